module {
  func.func @torch_jit(%arg0: tensor<1x3x224x224xf32> {onnx.name = "input"}) -> (tensor<1x1000xf32> {onnx.name = "output"}) {
    %0 = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24xf32>}> : () -> tensor<24xf32>
    %3 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24x3x3x3xf32>}> : () -> tensor<24x3x3x3xf32>
    %4 = tosa.conv2d %0, %3, %2, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x224x224x3xf32>, tensor<24x3x3x3xf32>, tensor<24xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x24xf32>
    %5 = tosa.clamp %4 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x112x112x24xf32>) -> tensor<1x112x112x24xf32>
    %6 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %7 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %8 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x3x3x24xf32>}> : () -> tensor<48x3x3x24xf32>
    %9 = tosa.conv2d %5, %8, %7, %6, %6 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x112x112x24xf32>, tensor<48x3x3x24xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x48xf32>
    %10 = tosa.clamp %9 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x48xf32>) -> tensor<1x56x56x48xf32>
    %11 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %12 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %13 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x3x3x48xf32>}> : () -> tensor<48x3x3x48xf32>
    %14 = tosa.conv2d %10, %13, %12, %11, %11 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x56x56x48xf32>, tensor<48x3x3x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %15 = tosa.clamp %10 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x48xf32>) -> tensor<1x56x56x48xf32>
    %16 = tosa.const_shape  {values = dense<[1, 55, 55, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %17 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %18 = tosa.slice %15, %17, %16 : (tensor<1x56x56x48xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x55x55x48xf32>
    %19 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %20 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24xf32>}> : () -> tensor<24xf32>
    %21 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24x1x1x48xf32>}> : () -> tensor<24x1x1x48xf32>
    %22 = tosa.conv2d %18, %21, %20, %19, %19 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x55x55x48xf32>, tensor<24x1x1x48xf32>, tensor<24xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x24xf32>
    %23 = tosa.const_shape  {values = dense<[1, 55, 56, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %24 = tosa.const_shape  {values = dense<[0, 1, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %25 = tosa.slice %15, %24, %23 : (tensor<1x56x56x48xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x55x56x48xf32>
    %26 = tosa.const_shape  {values = dense<[1, 55, 55, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %27 = tosa.const_shape  {values = dense<[0, 0, 1, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %28 = tosa.slice %25, %27, %26 : (tensor<1x55x56x48xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x55x55x48xf32>
    %29 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %30 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24xf32>}> : () -> tensor<24xf32>
    %31 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24x1x1x48xf32>}> : () -> tensor<24x1x1x48xf32>
    %32 = tosa.conv2d %28, %31, %30, %29, %29 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x55x55x48xf32>, tensor<24x1x1x48xf32>, tensor<24xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x24xf32>
    %33 = tosa.concat %22, %32 {axis = 3 : i32} : (tensor<1x28x28x24xf32>, tensor<1x28x28x24xf32>) -> tensor<1x28x28x48xf32>
    %34 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x48xf32>}> : () -> tensor<1x1x1x48xf32>
    %35 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %36 = tosa.mul %33, %34, %35 : (tensor<1x28x28x48xf32>, tensor<1x1x1x48xf32>, tensor<1xi8>) -> tensor<1x28x28x48xf32>
    %37 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x48xf32>}> : () -> tensor<1x1x1x48xf32>
    %38 = tosa.add %36, %37 : (tensor<1x28x28x48xf32>, tensor<1x1x1x48xf32>) -> tensor<1x28x28x48xf32>
    %39 = tosa.clamp %14 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %40 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %41 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %42 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %43 = tosa.conv2d %39, %42, %41, %40, %40 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %44 = tosa.clamp %38 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %45 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %46 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %47 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %48 = tosa.depthwise_conv2d %44, %47, %46, %45, %45 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %49 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %50 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %51 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %52 = tosa.conv2d %48, %51, %50, %49, %49 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %53 = tosa.clamp %52 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %54 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %55 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %56 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %57 = tosa.depthwise_conv2d %53, %56, %55, %54, %54 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %58 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %59 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %60 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %61 = tosa.conv2d %57, %60, %59, %58, %58 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %62 = tosa.clamp %43 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %63 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %64 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %65 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %66 = tosa.depthwise_conv2d %62, %65, %64, %63, %63 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %67 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %68 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %69 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %70 = tosa.conv2d %66, %69, %68, %67, %67 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %71 = tosa.clamp %70 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %72 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %73 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %74 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %75 = tosa.depthwise_conv2d %71, %74, %73, %72, %72 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %76 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %77 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %78 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %79 = tosa.conv2d %75, %78, %77, %76, %76 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %80 = tosa.add %61, %79 : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %81 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %82 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %83 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %84 = tosa.depthwise_conv2d %44, %83, %82, %81, %81 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %85 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %86 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %87 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %88 = tosa.conv2d %84, %87, %86, %85, %85 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %89 = tosa.clamp %88 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %90 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %91 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %92 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %93 = tosa.depthwise_conv2d %89, %92, %91, %90, %90 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %94 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %95 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %96 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %97 = tosa.conv2d %93, %96, %95, %94, %94 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %98 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %99 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %100 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %101 = tosa.depthwise_conv2d %62, %100, %99, %98, %98 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %102 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %103 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %104 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %105 = tosa.conv2d %101, %104, %103, %102, %102 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %106 = tosa.clamp %105 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %107 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %108 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %109 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %110 = tosa.depthwise_conv2d %106, %109, %108, %107, %107 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %111 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %112 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %113 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %114 = tosa.conv2d %110, %113, %112, %111, %111 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %115 = tosa.add %97, %114 : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %116 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %117 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %118 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %119 = tosa.depthwise_conv2d %62, %118, %117, %116, %116 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %120 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %121 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %122 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %123 = tosa.conv2d %119, %122, %121, %120, %120 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %124 = tosa.clamp %123 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %125 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %126 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %127 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %128 = tosa.depthwise_conv2d %124, %127, %126, %125, %125 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %129 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %130 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %131 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %132 = tosa.conv2d %128, %131, %130, %129, %129 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %133 = tosa.add %132, %38 : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %134 = tosa.clamp %80 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %135 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %136 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %137 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %138 = tosa.depthwise_conv2d %134, %137, %136, %135, %135 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %139 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %140 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %141 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %142 = tosa.conv2d %138, %141, %140, %139, %139 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %143 = tosa.add %38, %142 : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %144 = tosa.concat %80, %115, %133, %143 {axis = 3 : i32} : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x192xf32>
    %145 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %146 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %147 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %148 = tosa.conv2d %39, %147, %146, %145, %145 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %149 = tosa.clamp %144 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x192xf32>) -> tensor<1x28x28x192xf32>
    %150 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %151 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %152 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x192xf32>}> : () -> tensor<48x1x1x192xf32>
    %153 = tosa.conv2d %149, %152, %151, %150, %150 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>, tensor<48x1x1x192xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %154 = tosa.clamp %148 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %155 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %156 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %157 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %158 = tosa.depthwise_conv2d %154, %157, %156, %155, %155 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %159 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %160 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %161 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %162 = tosa.conv2d %158, %161, %160, %159, %159 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %163 = tosa.clamp %162 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %164 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %165 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %166 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %167 = tosa.depthwise_conv2d %163, %166, %165, %164, %164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %168 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %169 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %170 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %171 = tosa.conv2d %167, %170, %169, %168, %168 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %172 = tosa.clamp %153 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %173 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %174 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %175 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %176 = tosa.depthwise_conv2d %172, %175, %174, %173, %173 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %177 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %178 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %179 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %180 = tosa.conv2d %176, %179, %178, %177, %177 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %181 = tosa.clamp %180 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %182 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %183 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %184 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %185 = tosa.depthwise_conv2d %181, %184, %183, %182, %182 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %186 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %187 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %188 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %189 = tosa.conv2d %185, %188, %187, %186, %186 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %190 = tosa.add %171, %189 : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %191 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %192 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %193 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %194 = tosa.depthwise_conv2d %154, %193, %192, %191, %191 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %195 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %196 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %197 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %198 = tosa.conv2d %194, %197, %196, %195, %195 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %199 = tosa.clamp %198 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %200 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %201 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %202 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %203 = tosa.depthwise_conv2d %199, %202, %201, %200, %200 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %204 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %205 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %206 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %207 = tosa.conv2d %203, %206, %205, %204, %204 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %208 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %209 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %210 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %211 = tosa.depthwise_conv2d %172, %210, %209, %208, %208 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %212 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %213 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %214 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %215 = tosa.conv2d %211, %214, %213, %212, %212 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %216 = tosa.clamp %215 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %217 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %218 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %219 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %220 = tosa.depthwise_conv2d %216, %219, %218, %217, %217 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %221 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %222 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %223 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %224 = tosa.conv2d %220, %223, %222, %221, %221 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %225 = tosa.add %207, %224 : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %226 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %227 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %228 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %229 = tosa.depthwise_conv2d %172, %228, %227, %226, %226 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %230 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %231 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %232 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %233 = tosa.conv2d %229, %232, %231, %230, %230 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %234 = tosa.clamp %233 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %235 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %236 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %237 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %238 = tosa.depthwise_conv2d %234, %237, %236, %235, %235 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %239 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %240 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %241 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %242 = tosa.conv2d %238, %241, %240, %239, %239 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %243 = tosa.add %242, %148 : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %244 = tosa.clamp %190 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %245 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %246 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %247 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %248 = tosa.depthwise_conv2d %244, %247, %246, %245, %245 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %249 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %250 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %251 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %252 = tosa.conv2d %248, %251, %250, %249, %249 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %253 = tosa.add %148, %252 : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %254 = tosa.concat %190, %225, %243, %253 {axis = 3 : i32} : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x192xf32>
    %255 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %256 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %257 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x192xf32>}> : () -> tensor<48x1x1x192xf32>
    %258 = tosa.conv2d %149, %257, %256, %255, %255 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>, tensor<48x1x1x192xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %259 = tosa.clamp %254 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x192xf32>) -> tensor<1x28x28x192xf32>
    %260 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %261 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %262 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x192xf32>}> : () -> tensor<48x1x1x192xf32>
    %263 = tosa.conv2d %259, %262, %261, %260, %260 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>, tensor<48x1x1x192xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %264 = tosa.clamp %258 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %265 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %266 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %267 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %268 = tosa.depthwise_conv2d %264, %267, %266, %265, %265 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %269 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %270 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %271 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %272 = tosa.conv2d %268, %271, %270, %269, %269 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %273 = tosa.clamp %272 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %274 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %275 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %276 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %277 = tosa.depthwise_conv2d %273, %276, %275, %274, %274 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %278 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %279 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %280 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %281 = tosa.conv2d %277, %280, %279, %278, %278 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %282 = tosa.clamp %263 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %283 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %284 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %285 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %286 = tosa.depthwise_conv2d %282, %285, %284, %283, %283 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %287 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %288 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %289 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %290 = tosa.conv2d %286, %289, %288, %287, %287 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %291 = tosa.clamp %290 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %292 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %293 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %294 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %295 = tosa.depthwise_conv2d %291, %294, %293, %292, %292 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %296 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %297 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %298 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %299 = tosa.conv2d %295, %298, %297, %296, %296 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %300 = tosa.add %281, %299 : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %301 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %302 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %303 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %304 = tosa.depthwise_conv2d %264, %303, %302, %301, %301 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %305 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %306 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %307 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %308 = tosa.conv2d %304, %307, %306, %305, %305 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %309 = tosa.clamp %308 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %310 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %311 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %312 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %313 = tosa.depthwise_conv2d %309, %312, %311, %310, %310 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %314 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %315 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %316 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %317 = tosa.conv2d %313, %316, %315, %314, %314 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %318 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %319 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %320 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %321 = tosa.depthwise_conv2d %282, %320, %319, %318, %318 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %322 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %323 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %324 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %325 = tosa.conv2d %321, %324, %323, %322, %322 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %326 = tosa.clamp %325 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %327 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %328 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %329 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %330 = tosa.depthwise_conv2d %326, %329, %328, %327, %327 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %331 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %332 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %333 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %334 = tosa.conv2d %330, %333, %332, %331, %331 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %335 = tosa.add %317, %334 : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %336 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %337 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %338 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %339 = tosa.depthwise_conv2d %282, %338, %337, %336, %336 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %340 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %341 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %342 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %343 = tosa.conv2d %339, %342, %341, %340, %340 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %344 = tosa.clamp %343 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %345 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %346 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %347 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %348 = tosa.depthwise_conv2d %344, %347, %346, %345, %345 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %349 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %350 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %351 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %352 = tosa.conv2d %348, %351, %350, %349, %349 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %353 = tosa.add %352, %258 : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %354 = tosa.clamp %300 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %355 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %356 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %357 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %358 = tosa.depthwise_conv2d %354, %357, %356, %355, %355 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %359 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %360 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %361 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %362 = tosa.conv2d %358, %361, %360, %359, %359 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %363 = tosa.add %258, %362 : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %364 = tosa.concat %300, %335, %353, %363 {axis = 3 : i32} : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x192xf32>
    %365 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %366 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %367 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x192xf32>}> : () -> tensor<48x1x1x192xf32>
    %368 = tosa.conv2d %259, %367, %366, %365, %365 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>, tensor<48x1x1x192xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %369 = tosa.clamp %364 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x192xf32>) -> tensor<1x28x28x192xf32>
    %370 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %371 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %372 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x192xf32>}> : () -> tensor<48x1x1x192xf32>
    %373 = tosa.conv2d %369, %372, %371, %370, %370 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>, tensor<48x1x1x192xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %374 = tosa.clamp %368 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %375 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %376 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %377 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %378 = tosa.depthwise_conv2d %374, %377, %376, %375, %375 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %379 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %380 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %381 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %382 = tosa.conv2d %378, %381, %380, %379, %379 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %383 = tosa.clamp %382 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %384 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %385 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %386 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %387 = tosa.depthwise_conv2d %383, %386, %385, %384, %384 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %388 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %389 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %390 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %391 = tosa.conv2d %387, %390, %389, %388, %388 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %392 = tosa.clamp %373 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %393 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %394 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %395 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %396 = tosa.depthwise_conv2d %392, %395, %394, %393, %393 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %397 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %398 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %399 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %400 = tosa.conv2d %396, %399, %398, %397, %397 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %401 = tosa.clamp %400 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %402 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %403 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %404 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %405 = tosa.depthwise_conv2d %401, %404, %403, %402, %402 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %406 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %407 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %408 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %409 = tosa.conv2d %405, %408, %407, %406, %406 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %410 = tosa.add %391, %409 : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %411 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %412 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %413 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %414 = tosa.depthwise_conv2d %374, %413, %412, %411, %411 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %415 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %416 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %417 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %418 = tosa.conv2d %414, %417, %416, %415, %415 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %419 = tosa.clamp %418 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %420 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %421 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %422 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %423 = tosa.depthwise_conv2d %419, %422, %421, %420, %420 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %424 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %425 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %426 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %427 = tosa.conv2d %423, %426, %425, %424, %424 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %428 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %429 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %430 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %431 = tosa.depthwise_conv2d %392, %430, %429, %428, %428 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %432 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %433 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %434 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %435 = tosa.conv2d %431, %434, %433, %432, %432 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %436 = tosa.clamp %435 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %437 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %438 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %439 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %440 = tosa.depthwise_conv2d %436, %439, %438, %437, %437 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %441 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %442 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %443 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %444 = tosa.conv2d %440, %443, %442, %441, %441 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %445 = tosa.add %427, %444 : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %446 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %447 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %448 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %449 = tosa.depthwise_conv2d %392, %448, %447, %446, %446 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %450 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %451 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %452 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %453 = tosa.conv2d %449, %452, %451, %450, %450 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %454 = tosa.clamp %453 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %455 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %456 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %457 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %458 = tosa.depthwise_conv2d %454, %457, %456, %455, %455 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %459 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %460 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %461 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %462 = tosa.conv2d %458, %461, %460, %459, %459 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %463 = tosa.add %462, %368 : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %464 = tosa.clamp %410 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %465 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %466 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %467 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x48x1xf32>}> : () -> tensor<3x3x48x1xf32>
    %468 = tosa.depthwise_conv2d %464, %467, %466, %465, %465 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<3x3x48x1xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %469 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %470 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %471 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x48xf32>}> : () -> tensor<48x1x1x48xf32>
    %472 = tosa.conv2d %468, %471, %470, %469, %469 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x48xf32>, tensor<48x1x1x48xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x48xf32>
    %473 = tosa.add %368, %472 : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x48xf32>
    %474 = tosa.concat %410, %445, %463, %473 {axis = 3 : i32} : (tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>, tensor<1x28x28x48xf32>) -> tensor<1x28x28x192xf32>
    %475 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %476 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %477 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x192xf32>}> : () -> tensor<96x1x1x192xf32>
    %478 = tosa.conv2d %369, %477, %476, %475, %475 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>, tensor<96x1x1x192xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x96xf32>
    %479 = tosa.clamp %474 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x192xf32>) -> tensor<1x28x28x192xf32>
    %480 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %481 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %482 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x192xf32>}> : () -> tensor<96x1x1x192xf32>
    %483 = tosa.conv2d %479, %482, %481, %480, %480 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>, tensor<96x1x1x192xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x96xf32>
    %484 = tosa.max_pool2d %478 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x96xf32>) -> tensor<1x14x14x96xf32>
    %485 = tosa.max_pool2d %483 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x96xf32>) -> tensor<1x14x14x96xf32>
    %486 = tosa.add %484, %485 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %487 = tosa.add %486, %485 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %488 = tosa.add %484, %486 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %489 = tosa.concat %486, %487, %488, %487 {axis = 3 : i32} : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x384xf32>
    %490 = tosa.const_shape  {values = dense<[1, 27, 27, 192]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %491 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %492 = tosa.slice %479, %491, %490 : (tensor<1x28x28x192xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x27x27x192xf32>
    %493 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %494 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %495 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x192xf32>}> : () -> tensor<48x1x1x192xf32>
    %496 = tosa.conv2d %492, %495, %494, %493, %493 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x27x27x192xf32>, tensor<48x1x1x192xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x48xf32>
    %497 = tosa.const_shape  {values = dense<[1, 27, 28, 192]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %498 = tosa.const_shape  {values = dense<[0, 1, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %499 = tosa.slice %479, %498, %497 : (tensor<1x28x28x192xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x27x28x192xf32>
    %500 = tosa.const_shape  {values = dense<[1, 27, 27, 192]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %501 = tosa.const_shape  {values = dense<[0, 0, 1, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %502 = tosa.slice %499, %501, %500 : (tensor<1x27x28x192xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x27x27x192xf32>
    %503 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %504 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %505 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x192xf32>}> : () -> tensor<48x1x1x192xf32>
    %506 = tosa.conv2d %502, %505, %504, %503, %503 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x27x27x192xf32>, tensor<48x1x1x192xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x48xf32>
    %507 = tosa.concat %496, %506 {axis = 3 : i32} : (tensor<1x14x14x48xf32>, tensor<1x14x14x48xf32>) -> tensor<1x14x14x96xf32>
    %508 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x96xf32>}> : () -> tensor<1x1x1x96xf32>
    %509 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %510 = tosa.mul %507, %508, %509 : (tensor<1x14x14x96xf32>, tensor<1x1x1x96xf32>, tensor<1xi8>) -> tensor<1x14x14x96xf32>
    %511 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x96xf32>}> : () -> tensor<1x1x1x96xf32>
    %512 = tosa.add %510, %511 : (tensor<1x14x14x96xf32>, tensor<1x1x1x96xf32>) -> tensor<1x14x14x96xf32>
    %513 = tosa.clamp %489 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x384xf32>) -> tensor<1x14x14x384xf32>
    %514 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %515 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %516 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x384xf32>}> : () -> tensor<96x1x1x384xf32>
    %517 = tosa.conv2d %513, %516, %515, %514, %514 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<96x1x1x384xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %518 = tosa.clamp %512 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %519 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %520 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %521 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %522 = tosa.depthwise_conv2d %518, %521, %520, %519, %519 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %523 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %524 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %525 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %526 = tosa.conv2d %522, %525, %524, %523, %523 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %527 = tosa.clamp %526 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %528 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %529 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %530 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %531 = tosa.depthwise_conv2d %527, %530, %529, %528, %528 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %532 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %533 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %534 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %535 = tosa.conv2d %531, %534, %533, %532, %532 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %536 = tosa.clamp %517 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %537 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %538 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %539 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %540 = tosa.depthwise_conv2d %536, %539, %538, %537, %537 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %541 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %542 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %543 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %544 = tosa.conv2d %540, %543, %542, %541, %541 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %545 = tosa.clamp %544 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %546 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %547 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %548 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %549 = tosa.depthwise_conv2d %545, %548, %547, %546, %546 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %550 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %551 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %552 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %553 = tosa.conv2d %549, %552, %551, %550, %550 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %554 = tosa.add %535, %553 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %555 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %556 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %557 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %558 = tosa.depthwise_conv2d %518, %557, %556, %555, %555 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %559 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %560 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %561 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %562 = tosa.conv2d %558, %561, %560, %559, %559 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %563 = tosa.clamp %562 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %564 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %565 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %566 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %567 = tosa.depthwise_conv2d %563, %566, %565, %564, %564 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %568 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %569 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %570 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %571 = tosa.conv2d %567, %570, %569, %568, %568 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %572 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %573 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %574 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %575 = tosa.depthwise_conv2d %536, %574, %573, %572, %572 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %576 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %577 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %578 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %579 = tosa.conv2d %575, %578, %577, %576, %576 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %580 = tosa.clamp %579 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %581 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %582 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %583 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %584 = tosa.depthwise_conv2d %580, %583, %582, %581, %581 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %585 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %586 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %587 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %588 = tosa.conv2d %584, %587, %586, %585, %585 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %589 = tosa.add %571, %588 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %590 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %591 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %592 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %593 = tosa.depthwise_conv2d %536, %592, %591, %590, %590 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %594 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %595 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %596 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %597 = tosa.conv2d %593, %596, %595, %594, %594 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %598 = tosa.clamp %597 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %599 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %600 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %601 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %602 = tosa.depthwise_conv2d %598, %601, %600, %599, %599 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %603 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %604 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %605 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %606 = tosa.conv2d %602, %605, %604, %603, %603 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %607 = tosa.add %606, %512 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %608 = tosa.clamp %554 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %609 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %610 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %611 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %612 = tosa.depthwise_conv2d %608, %611, %610, %609, %609 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %613 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %614 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %615 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %616 = tosa.conv2d %612, %615, %614, %613, %613 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %617 = tosa.add %512, %616 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %618 = tosa.concat %554, %589, %607, %617 {axis = 3 : i32} : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x384xf32>
    %619 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %620 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %621 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x384xf32>}> : () -> tensor<96x1x1x384xf32>
    %622 = tosa.conv2d %513, %621, %620, %619, %619 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<96x1x1x384xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %623 = tosa.clamp %618 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x384xf32>) -> tensor<1x14x14x384xf32>
    %624 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %625 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %626 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x384xf32>}> : () -> tensor<96x1x1x384xf32>
    %627 = tosa.conv2d %623, %626, %625, %624, %624 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<96x1x1x384xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %628 = tosa.clamp %622 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %629 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %630 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %631 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %632 = tosa.depthwise_conv2d %628, %631, %630, %629, %629 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %633 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %634 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %635 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %636 = tosa.conv2d %632, %635, %634, %633, %633 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %637 = tosa.clamp %636 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %638 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %639 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %640 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %641 = tosa.depthwise_conv2d %637, %640, %639, %638, %638 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %642 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %643 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %644 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %645 = tosa.conv2d %641, %644, %643, %642, %642 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %646 = tosa.clamp %627 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %647 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %648 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %649 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %650 = tosa.depthwise_conv2d %646, %649, %648, %647, %647 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %651 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %652 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %653 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %654 = tosa.conv2d %650, %653, %652, %651, %651 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %655 = tosa.clamp %654 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %656 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %657 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %658 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %659 = tosa.depthwise_conv2d %655, %658, %657, %656, %656 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %660 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %661 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %662 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %663 = tosa.conv2d %659, %662, %661, %660, %660 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %664 = tosa.add %645, %663 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %665 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %666 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %667 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %668 = tosa.depthwise_conv2d %628, %667, %666, %665, %665 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %669 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %670 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %671 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %672 = tosa.conv2d %668, %671, %670, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %673 = tosa.clamp %672 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %674 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %675 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %676 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %677 = tosa.depthwise_conv2d %673, %676, %675, %674, %674 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %678 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %679 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %680 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %681 = tosa.conv2d %677, %680, %679, %678, %678 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %682 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %683 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %684 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %685 = tosa.depthwise_conv2d %646, %684, %683, %682, %682 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %686 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %687 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %688 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %689 = tosa.conv2d %685, %688, %687, %686, %686 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %690 = tosa.clamp %689 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %691 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %692 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %693 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %694 = tosa.depthwise_conv2d %690, %693, %692, %691, %691 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %695 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %696 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %697 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %698 = tosa.conv2d %694, %697, %696, %695, %695 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %699 = tosa.add %681, %698 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %700 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %701 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %702 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %703 = tosa.depthwise_conv2d %646, %702, %701, %700, %700 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %704 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %705 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %706 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %707 = tosa.conv2d %703, %706, %705, %704, %704 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %708 = tosa.clamp %707 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %709 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %710 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %711 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %712 = tosa.depthwise_conv2d %708, %711, %710, %709, %709 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %713 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %714 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %715 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %716 = tosa.conv2d %712, %715, %714, %713, %713 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %717 = tosa.add %716, %622 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %718 = tosa.clamp %664 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %719 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %720 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %721 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %722 = tosa.depthwise_conv2d %718, %721, %720, %719, %719 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %723 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %724 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %725 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %726 = tosa.conv2d %722, %725, %724, %723, %723 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %727 = tosa.add %622, %726 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %728 = tosa.concat %664, %699, %717, %727 {axis = 3 : i32} : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x384xf32>
    %729 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %730 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %731 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x384xf32>}> : () -> tensor<96x1x1x384xf32>
    %732 = tosa.conv2d %623, %731, %730, %729, %729 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<96x1x1x384xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %733 = tosa.clamp %728 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x384xf32>) -> tensor<1x14x14x384xf32>
    %734 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %735 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %736 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x384xf32>}> : () -> tensor<96x1x1x384xf32>
    %737 = tosa.conv2d %733, %736, %735, %734, %734 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<96x1x1x384xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %738 = tosa.clamp %732 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %739 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %740 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %741 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %742 = tosa.depthwise_conv2d %738, %741, %740, %739, %739 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %743 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %744 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %745 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %746 = tosa.conv2d %742, %745, %744, %743, %743 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %747 = tosa.clamp %746 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %748 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %749 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %750 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %751 = tosa.depthwise_conv2d %747, %750, %749, %748, %748 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %752 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %753 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %754 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %755 = tosa.conv2d %751, %754, %753, %752, %752 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %756 = tosa.clamp %737 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %757 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %758 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %759 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %760 = tosa.depthwise_conv2d %756, %759, %758, %757, %757 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %761 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %762 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %763 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %764 = tosa.conv2d %760, %763, %762, %761, %761 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %765 = tosa.clamp %764 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %766 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %767 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %768 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %769 = tosa.depthwise_conv2d %765, %768, %767, %766, %766 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %770 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %771 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %772 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %773 = tosa.conv2d %769, %772, %771, %770, %770 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %774 = tosa.add %755, %773 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %775 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %776 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %777 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %778 = tosa.depthwise_conv2d %738, %777, %776, %775, %775 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %779 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %780 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %781 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %782 = tosa.conv2d %778, %781, %780, %779, %779 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %783 = tosa.clamp %782 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %784 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %785 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %786 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %787 = tosa.depthwise_conv2d %783, %786, %785, %784, %784 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %788 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %789 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %790 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %791 = tosa.conv2d %787, %790, %789, %788, %788 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %792 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %793 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %794 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %795 = tosa.depthwise_conv2d %756, %794, %793, %792, %792 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %796 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %797 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %798 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %799 = tosa.conv2d %795, %798, %797, %796, %796 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %800 = tosa.clamp %799 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %801 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %802 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %803 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %804 = tosa.depthwise_conv2d %800, %803, %802, %801, %801 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %805 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %806 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %807 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %808 = tosa.conv2d %804, %807, %806, %805, %805 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %809 = tosa.add %791, %808 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %810 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %811 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %812 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %813 = tosa.depthwise_conv2d %756, %812, %811, %810, %810 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %814 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %815 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %816 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %817 = tosa.conv2d %813, %816, %815, %814, %814 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %818 = tosa.clamp %817 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %819 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %820 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %821 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %822 = tosa.depthwise_conv2d %818, %821, %820, %819, %819 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %823 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %824 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %825 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %826 = tosa.conv2d %822, %825, %824, %823, %823 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %827 = tosa.add %826, %732 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %828 = tosa.clamp %774 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %829 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %830 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %831 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %832 = tosa.depthwise_conv2d %828, %831, %830, %829, %829 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %833 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %834 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %835 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %836 = tosa.conv2d %832, %835, %834, %833, %833 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %837 = tosa.add %732, %836 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %838 = tosa.concat %774, %809, %827, %837 {axis = 3 : i32} : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x384xf32>
    %839 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %840 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %841 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x384xf32>}> : () -> tensor<96x1x1x384xf32>
    %842 = tosa.conv2d %733, %841, %840, %839, %839 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<96x1x1x384xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %843 = tosa.clamp %838 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x384xf32>) -> tensor<1x14x14x384xf32>
    %844 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %845 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %846 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x384xf32>}> : () -> tensor<96x1x1x384xf32>
    %847 = tosa.conv2d %843, %846, %845, %844, %844 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<96x1x1x384xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %848 = tosa.clamp %842 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %849 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %850 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %851 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %852 = tosa.depthwise_conv2d %848, %851, %850, %849, %849 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %853 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %854 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %855 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %856 = tosa.conv2d %852, %855, %854, %853, %853 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %857 = tosa.clamp %856 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %858 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %859 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %860 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %861 = tosa.depthwise_conv2d %857, %860, %859, %858, %858 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %862 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %863 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %864 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %865 = tosa.conv2d %861, %864, %863, %862, %862 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %866 = tosa.clamp %847 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %867 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %868 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %869 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %870 = tosa.depthwise_conv2d %866, %869, %868, %867, %867 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %871 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %872 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %873 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %874 = tosa.conv2d %870, %873, %872, %871, %871 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %875 = tosa.clamp %874 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %876 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %877 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %878 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %879 = tosa.depthwise_conv2d %875, %878, %877, %876, %876 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %880 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %881 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %882 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %883 = tosa.conv2d %879, %882, %881, %880, %880 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %884 = tosa.add %865, %883 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %885 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %886 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %887 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %888 = tosa.depthwise_conv2d %848, %887, %886, %885, %885 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %889 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %890 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %891 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %892 = tosa.conv2d %888, %891, %890, %889, %889 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %893 = tosa.clamp %892 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %894 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %895 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %896 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %897 = tosa.depthwise_conv2d %893, %896, %895, %894, %894 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %898 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %899 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %900 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %901 = tosa.conv2d %897, %900, %899, %898, %898 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %902 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %903 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %904 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %905 = tosa.depthwise_conv2d %866, %904, %903, %902, %902 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %906 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %907 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %908 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %909 = tosa.conv2d %905, %908, %907, %906, %906 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %910 = tosa.clamp %909 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %911 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %912 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %913 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %914 = tosa.depthwise_conv2d %910, %913, %912, %911, %911 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %915 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %916 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %917 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %918 = tosa.conv2d %914, %917, %916, %915, %915 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %919 = tosa.add %901, %918 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %920 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %921 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %922 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %923 = tosa.depthwise_conv2d %866, %922, %921, %920, %920 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %924 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %925 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %926 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %927 = tosa.conv2d %923, %926, %925, %924, %924 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %928 = tosa.clamp %927 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %929 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %930 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %931 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %932 = tosa.depthwise_conv2d %928, %931, %930, %929, %929 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %933 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %934 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %935 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %936 = tosa.conv2d %932, %935, %934, %933, %933 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %937 = tosa.add %936, %842 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %938 = tosa.clamp %884 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %939 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %940 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %941 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %942 = tosa.depthwise_conv2d %938, %941, %940, %939, %939 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %943 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %944 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %945 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x96xf32>}> : () -> tensor<96x1x1x96xf32>
    %946 = tosa.conv2d %942, %945, %944, %943, %943 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<96x1x1x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %947 = tosa.add %842, %946 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %948 = tosa.concat %884, %919, %937, %947 {axis = 3 : i32} : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x384xf32>
    %949 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %950 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %951 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x384xf32>}> : () -> tensor<192x1x1x384xf32>
    %952 = tosa.conv2d %843, %951, %950, %949, %949 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<192x1x1x384xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x192xf32>
    %953 = tosa.clamp %948 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x384xf32>) -> tensor<1x14x14x384xf32>
    %954 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %955 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %956 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x384xf32>}> : () -> tensor<192x1x1x384xf32>
    %957 = tosa.conv2d %953, %956, %955, %954, %954 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<192x1x1x384xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x192xf32>
    %958 = tosa.max_pool2d %952 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x192xf32>) -> tensor<1x7x7x192xf32>
    %959 = tosa.max_pool2d %957 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x192xf32>) -> tensor<1x7x7x192xf32>
    %960 = tosa.add %958, %959 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %961 = tosa.add %960, %959 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %962 = tosa.add %958, %960 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %963 = tosa.concat %960, %961, %962, %961 {axis = 3 : i32} : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x768xf32>
    %964 = tosa.const_shape  {values = dense<[1, 13, 13, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %965 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %966 = tosa.slice %953, %965, %964 : (tensor<1x14x14x384xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x13x13x384xf32>
    %967 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %968 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %969 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x384xf32>}> : () -> tensor<96x1x1x384xf32>
    %970 = tosa.conv2d %966, %969, %968, %967, %967 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x13x13x384xf32>, tensor<96x1x1x384xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x96xf32>
    %971 = tosa.const_shape  {values = dense<[1, 13, 14, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %972 = tosa.const_shape  {values = dense<[0, 1, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %973 = tosa.slice %953, %972, %971 : (tensor<1x14x14x384xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x13x14x384xf32>
    %974 = tosa.const_shape  {values = dense<[1, 13, 13, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %975 = tosa.const_shape  {values = dense<[0, 0, 1, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %976 = tosa.slice %973, %975, %974 : (tensor<1x13x14x384xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x13x13x384xf32>
    %977 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %978 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %979 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x384xf32>}> : () -> tensor<96x1x1x384xf32>
    %980 = tosa.conv2d %976, %979, %978, %977, %977 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x13x13x384xf32>, tensor<96x1x1x384xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x96xf32>
    %981 = tosa.concat %970, %980 {axis = 3 : i32} : (tensor<1x7x7x96xf32>, tensor<1x7x7x96xf32>) -> tensor<1x7x7x192xf32>
    %982 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x192xf32>}> : () -> tensor<1x1x1x192xf32>
    %983 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %984 = tosa.mul %981, %982, %983 : (tensor<1x7x7x192xf32>, tensor<1x1x1x192xf32>, tensor<1xi8>) -> tensor<1x7x7x192xf32>
    %985 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x192xf32>}> : () -> tensor<1x1x1x192xf32>
    %986 = tosa.add %984, %985 : (tensor<1x7x7x192xf32>, tensor<1x1x1x192xf32>) -> tensor<1x7x7x192xf32>
    %987 = tosa.clamp %963 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x768xf32>) -> tensor<1x7x7x768xf32>
    %988 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %989 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %990 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %991 = tosa.conv2d %987, %990, %989, %988, %988 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %992 = tosa.clamp %986 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %993 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %994 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %995 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %996 = tosa.depthwise_conv2d %992, %995, %994, %993, %993 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %997 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %998 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %999 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1000 = tosa.conv2d %996, %999, %998, %997, %997 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1001 = tosa.clamp %1000 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1002 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1003 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1004 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1005 = tosa.depthwise_conv2d %1001, %1004, %1003, %1002, %1002 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1006 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1007 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1008 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1009 = tosa.conv2d %1005, %1008, %1007, %1006, %1006 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1010 = tosa.clamp %991 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1011 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1012 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1013 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1014 = tosa.depthwise_conv2d %1010, %1013, %1012, %1011, %1011 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1015 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1016 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1017 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1018 = tosa.conv2d %1014, %1017, %1016, %1015, %1015 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1019 = tosa.clamp %1018 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1020 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1021 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1022 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1023 = tosa.depthwise_conv2d %1019, %1022, %1021, %1020, %1020 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1024 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1025 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1026 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1027 = tosa.conv2d %1023, %1026, %1025, %1024, %1024 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1028 = tosa.add %1009, %1027 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1029 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1030 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1031 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1032 = tosa.depthwise_conv2d %992, %1031, %1030, %1029, %1029 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1033 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1034 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1035 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1036 = tosa.conv2d %1032, %1035, %1034, %1033, %1033 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1037 = tosa.clamp %1036 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1038 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1039 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1040 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1041 = tosa.depthwise_conv2d %1037, %1040, %1039, %1038, %1038 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1042 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1043 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1044 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1045 = tosa.conv2d %1041, %1044, %1043, %1042, %1042 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1046 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1047 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1048 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1049 = tosa.depthwise_conv2d %1010, %1048, %1047, %1046, %1046 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1050 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1051 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1052 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1053 = tosa.conv2d %1049, %1052, %1051, %1050, %1050 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1054 = tosa.clamp %1053 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1055 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1056 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1057 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1058 = tosa.depthwise_conv2d %1054, %1057, %1056, %1055, %1055 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1059 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1060 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1061 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1062 = tosa.conv2d %1058, %1061, %1060, %1059, %1059 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1063 = tosa.add %1045, %1062 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1064 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1065 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1066 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1067 = tosa.depthwise_conv2d %1010, %1066, %1065, %1064, %1064 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1068 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1069 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1070 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1071 = tosa.conv2d %1067, %1070, %1069, %1068, %1068 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1072 = tosa.clamp %1071 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1073 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1074 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1075 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1076 = tosa.depthwise_conv2d %1072, %1075, %1074, %1073, %1073 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1077 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1078 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1079 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1080 = tosa.conv2d %1076, %1079, %1078, %1077, %1077 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1081 = tosa.add %1080, %986 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1082 = tosa.clamp %1028 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1083 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1084 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1085 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1086 = tosa.depthwise_conv2d %1082, %1085, %1084, %1083, %1083 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1087 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1088 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1089 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1090 = tosa.conv2d %1086, %1089, %1088, %1087, %1087 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1091 = tosa.add %986, %1090 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1092 = tosa.concat %1028, %1063, %1081, %1091 {axis = 3 : i32} : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x768xf32>
    %1093 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1094 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1095 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %1096 = tosa.conv2d %987, %1095, %1094, %1093, %1093 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1097 = tosa.clamp %1092 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x768xf32>) -> tensor<1x7x7x768xf32>
    %1098 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1099 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1100 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %1101 = tosa.conv2d %1097, %1100, %1099, %1098, %1098 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1102 = tosa.clamp %1096 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1103 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1104 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1105 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1106 = tosa.depthwise_conv2d %1102, %1105, %1104, %1103, %1103 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1107 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1108 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1109 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1110 = tosa.conv2d %1106, %1109, %1108, %1107, %1107 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1111 = tosa.clamp %1110 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1112 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1113 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1114 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1115 = tosa.depthwise_conv2d %1111, %1114, %1113, %1112, %1112 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1116 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1117 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1118 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1119 = tosa.conv2d %1115, %1118, %1117, %1116, %1116 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1120 = tosa.clamp %1101 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1121 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1122 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1123 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1124 = tosa.depthwise_conv2d %1120, %1123, %1122, %1121, %1121 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1125 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1126 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1127 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1128 = tosa.conv2d %1124, %1127, %1126, %1125, %1125 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1129 = tosa.clamp %1128 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1130 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1131 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1132 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1133 = tosa.depthwise_conv2d %1129, %1132, %1131, %1130, %1130 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1134 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1135 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1136 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1137 = tosa.conv2d %1133, %1136, %1135, %1134, %1134 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1138 = tosa.add %1119, %1137 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1139 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1140 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1141 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1142 = tosa.depthwise_conv2d %1102, %1141, %1140, %1139, %1139 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1143 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1144 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1145 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1146 = tosa.conv2d %1142, %1145, %1144, %1143, %1143 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1147 = tosa.clamp %1146 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1148 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1149 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1150 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1151 = tosa.depthwise_conv2d %1147, %1150, %1149, %1148, %1148 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1152 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1153 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1154 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1155 = tosa.conv2d %1151, %1154, %1153, %1152, %1152 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1156 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1157 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1158 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1159 = tosa.depthwise_conv2d %1120, %1158, %1157, %1156, %1156 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1160 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1161 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1162 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1163 = tosa.conv2d %1159, %1162, %1161, %1160, %1160 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1164 = tosa.clamp %1163 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1165 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1166 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1167 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1168 = tosa.depthwise_conv2d %1164, %1167, %1166, %1165, %1165 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1169 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1170 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1171 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1172 = tosa.conv2d %1168, %1171, %1170, %1169, %1169 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1173 = tosa.add %1155, %1172 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1174 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1175 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1176 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1177 = tosa.depthwise_conv2d %1120, %1176, %1175, %1174, %1174 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1178 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1179 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1180 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1181 = tosa.conv2d %1177, %1180, %1179, %1178, %1178 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1182 = tosa.clamp %1181 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1183 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1184 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1185 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1186 = tosa.depthwise_conv2d %1182, %1185, %1184, %1183, %1183 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1187 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1188 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1189 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1190 = tosa.conv2d %1186, %1189, %1188, %1187, %1187 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1191 = tosa.add %1190, %1096 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1192 = tosa.clamp %1138 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1193 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1194 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1195 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1196 = tosa.depthwise_conv2d %1192, %1195, %1194, %1193, %1193 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1197 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1198 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1199 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1200 = tosa.conv2d %1196, %1199, %1198, %1197, %1197 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1201 = tosa.add %1096, %1200 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1202 = tosa.concat %1138, %1173, %1191, %1201 {axis = 3 : i32} : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x768xf32>
    %1203 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1204 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1205 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %1206 = tosa.conv2d %1097, %1205, %1204, %1203, %1203 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1207 = tosa.clamp %1202 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x768xf32>) -> tensor<1x7x7x768xf32>
    %1208 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1209 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1210 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %1211 = tosa.conv2d %1207, %1210, %1209, %1208, %1208 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1212 = tosa.clamp %1206 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1213 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1214 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1215 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1216 = tosa.depthwise_conv2d %1212, %1215, %1214, %1213, %1213 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1217 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1218 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1219 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1220 = tosa.conv2d %1216, %1219, %1218, %1217, %1217 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1221 = tosa.clamp %1220 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1222 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1223 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1224 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1225 = tosa.depthwise_conv2d %1221, %1224, %1223, %1222, %1222 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1226 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1227 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1228 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1229 = tosa.conv2d %1225, %1228, %1227, %1226, %1226 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1230 = tosa.clamp %1211 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1231 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1232 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1233 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1234 = tosa.depthwise_conv2d %1230, %1233, %1232, %1231, %1231 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1235 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1236 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1237 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1238 = tosa.conv2d %1234, %1237, %1236, %1235, %1235 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1239 = tosa.clamp %1238 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1240 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1241 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1242 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1243 = tosa.depthwise_conv2d %1239, %1242, %1241, %1240, %1240 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1244 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1245 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1246 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1247 = tosa.conv2d %1243, %1246, %1245, %1244, %1244 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1248 = tosa.add %1229, %1247 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1249 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1250 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1251 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1252 = tosa.depthwise_conv2d %1212, %1251, %1250, %1249, %1249 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1253 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1254 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1255 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1256 = tosa.conv2d %1252, %1255, %1254, %1253, %1253 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1257 = tosa.clamp %1256 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1258 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1259 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1260 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1261 = tosa.depthwise_conv2d %1257, %1260, %1259, %1258, %1258 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1262 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1263 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1264 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1265 = tosa.conv2d %1261, %1264, %1263, %1262, %1262 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1266 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1267 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1268 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1269 = tosa.depthwise_conv2d %1230, %1268, %1267, %1266, %1266 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1270 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1271 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1272 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1273 = tosa.conv2d %1269, %1272, %1271, %1270, %1270 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1274 = tosa.clamp %1273 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1275 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1276 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1277 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1278 = tosa.depthwise_conv2d %1274, %1277, %1276, %1275, %1275 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1279 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1280 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1281 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1282 = tosa.conv2d %1278, %1281, %1280, %1279, %1279 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1283 = tosa.add %1265, %1282 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1284 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1285 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1286 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1287 = tosa.depthwise_conv2d %1230, %1286, %1285, %1284, %1284 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1288 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1289 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1290 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1291 = tosa.conv2d %1287, %1290, %1289, %1288, %1288 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1292 = tosa.clamp %1291 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1293 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1294 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1295 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1296 = tosa.depthwise_conv2d %1292, %1295, %1294, %1293, %1293 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1297 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1298 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1299 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1300 = tosa.conv2d %1296, %1299, %1298, %1297, %1297 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1301 = tosa.add %1300, %1206 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1302 = tosa.clamp %1248 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1303 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1304 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1305 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1306 = tosa.depthwise_conv2d %1302, %1305, %1304, %1303, %1303 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1307 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1308 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1309 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1310 = tosa.conv2d %1306, %1309, %1308, %1307, %1307 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1311 = tosa.add %1206, %1310 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1312 = tosa.concat %1248, %1283, %1301, %1311 {axis = 3 : i32} : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x768xf32>
    %1313 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1314 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1315 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %1316 = tosa.conv2d %1207, %1315, %1314, %1313, %1313 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1317 = tosa.clamp %1312 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x768xf32>) -> tensor<1x7x7x768xf32>
    %1318 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1319 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1320 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %1321 = tosa.conv2d %1317, %1320, %1319, %1318, %1318 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1322 = tosa.clamp %1316 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1323 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1324 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1325 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1326 = tosa.depthwise_conv2d %1322, %1325, %1324, %1323, %1323 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1327 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1328 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1329 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1330 = tosa.conv2d %1326, %1329, %1328, %1327, %1327 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1331 = tosa.clamp %1330 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1332 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1333 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1334 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1335 = tosa.depthwise_conv2d %1331, %1334, %1333, %1332, %1332 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1336 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1337 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1338 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1339 = tosa.conv2d %1335, %1338, %1337, %1336, %1336 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1340 = tosa.clamp %1321 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1341 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1342 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1343 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1344 = tosa.depthwise_conv2d %1340, %1343, %1342, %1341, %1341 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1345 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1346 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1347 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1348 = tosa.conv2d %1344, %1347, %1346, %1345, %1345 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1349 = tosa.clamp %1348 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1350 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1351 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1352 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1353 = tosa.depthwise_conv2d %1349, %1352, %1351, %1350, %1350 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1354 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1355 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1356 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1357 = tosa.conv2d %1353, %1356, %1355, %1354, %1354 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1358 = tosa.add %1339, %1357 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1359 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1360 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1361 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1362 = tosa.depthwise_conv2d %1322, %1361, %1360, %1359, %1359 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1363 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1364 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1365 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1366 = tosa.conv2d %1362, %1365, %1364, %1363, %1363 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1367 = tosa.clamp %1366 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1368 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1369 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1370 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1371 = tosa.depthwise_conv2d %1367, %1370, %1369, %1368, %1368 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1372 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1373 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1374 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1375 = tosa.conv2d %1371, %1374, %1373, %1372, %1372 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1376 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1377 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1378 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1379 = tosa.depthwise_conv2d %1340, %1378, %1377, %1376, %1376 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1380 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1381 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1382 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1383 = tosa.conv2d %1379, %1382, %1381, %1380, %1380 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1384 = tosa.clamp %1383 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1385 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1386 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1387 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1388 = tosa.depthwise_conv2d %1384, %1387, %1386, %1385, %1385 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1389 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1390 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1391 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1392 = tosa.conv2d %1388, %1391, %1390, %1389, %1389 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1393 = tosa.add %1375, %1392 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1394 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1395 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1396 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1397 = tosa.depthwise_conv2d %1340, %1396, %1395, %1394, %1394 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1398 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1399 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1400 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1401 = tosa.conv2d %1397, %1400, %1399, %1398, %1398 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1402 = tosa.clamp %1401 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1403 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1404 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1405 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1406 = tosa.depthwise_conv2d %1402, %1405, %1404, %1403, %1403 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1407 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1408 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1409 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1410 = tosa.conv2d %1406, %1409, %1408, %1407, %1407 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1411 = tosa.add %1410, %1316 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1412 = tosa.clamp %1358 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1413 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1414 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1415 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %1416 = tosa.depthwise_conv2d %1412, %1415, %1414, %1413, %1413 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1417 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1418 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %1419 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x192xf32>}> : () -> tensor<192x1x1x192xf32>
    %1420 = tosa.conv2d %1416, %1419, %1418, %1417, %1417 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<192x1x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %1421 = tosa.add %1316, %1420 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %1422 = tosa.concat %1358, %1393, %1411, %1421 {axis = 3 : i32} : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x768xf32>
    %1423 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1424 = tosa.avg_pool2d %1422, %1423, %1423 {acc_type = f32, kernel = array<i64: 7, 7>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 7, 7>} : (tensor<1x7x7x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x768xf32>
    %1425 = tosa.const_shape  {values = dense<[1, 768, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1426 = tosa.reshape %1424, %1425 : (tensor<1x1x1x768xf32>, !tosa.shape<4>) -> tensor<1x768x1x1xf32>
    %1427 = tosa.const_shape  {values = dense<[1, 768]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %1428 = tosa.reshape %1426, %1427 : (tensor<1x768x1x1xf32>, !tosa.shape<2>) -> tensor<1x768xf32>
    %1429 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<768x1000xf32>}> : () -> tensor<768x1000xf32>
    %1430 = tosa.const_shape  {values = dense<[1, 1, 768]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %1431 = tosa.reshape %1428, %1430 : (tensor<1x768xf32>, !tosa.shape<3>) -> tensor<1x1x768xf32>
    %1432 = tosa.const_shape  {values = dense<[1, 768, 1000]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %1433 = tosa.reshape %1429, %1432 : (tensor<768x1000xf32>, !tosa.shape<3>) -> tensor<1x768x1000xf32>
    %1434 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1435 = tosa.matmul %1431, %1433, %1434, %1434 : (tensor<1x1x768xf32>, tensor<1x768x1000xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1000xf32>
    %1436 = tosa.const_shape  {values = dense<[1, 1000]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %1437 = tosa.reshape %1435, %1436 : (tensor<1x1x1000xf32>, !tosa.shape<2>) -> tensor<1x1000xf32>
    %1438 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1000xf32>}> : () -> tensor<1x1000xf32>
    %1439 = tosa.add %1437, %1438 : (tensor<1x1000xf32>, tensor<1x1000xf32>) -> tensor<1x1000xf32>
    return %1439 : tensor<1x1000xf32>
  }
}
