module {
  func.func @torch_jit(%arg0: tensor<1x3x224x224xf32> {onnx.name = "input"}) -> (tensor<1x1000xf32> {onnx.name = "output"}) {
    %0 = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24xf32>}> : () -> tensor<24xf32>
    %3 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24x3x3x3xf32>}> : () -> tensor<24x3x3x3xf32>
    %4 = tosa.conv2d %0, %3, %2, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x224x224x3xf32>, tensor<24x3x3x3xf32>, tensor<24xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x24xf32>
    %5 = tosa.clamp %4 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x112x112x24xf32>) -> tensor<1x112x112x24xf32>
    %6 = tosa.max_pool2d %5 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x112x112x24xf32>) -> tensor<1x56x56x24xf32>
    %7 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %8 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24xf32>}> : () -> tensor<24xf32>
    %9 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x24x1xf32>}> : () -> tensor<3x3x24x1xf32>
    %10 = tosa.depthwise_conv2d %6, %9, %8, %7, %7 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x56x56x24xf32>, tensor<3x3x24x1xf32>, tensor<24xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x24xf32>
    %11 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %12 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58xf32>}> : () -> tensor<58xf32>
    %13 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58x1x1x24xf32>}> : () -> tensor<58x1x1x24xf32>
    %14 = tosa.conv2d %10, %13, %12, %11, %11 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x24xf32>, tensor<58x1x1x24xf32>, tensor<58xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x58xf32>
    %15 = tosa.clamp %14 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x58xf32>) -> tensor<1x28x28x58xf32>
    %16 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %17 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58xf32>}> : () -> tensor<58xf32>
    %18 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58x1x1x24xf32>}> : () -> tensor<58x1x1x24xf32>
    %19 = tosa.conv2d %6, %18, %17, %16, %16 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x24xf32>, tensor<58x1x1x24xf32>, tensor<58xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x58xf32>
    %20 = tosa.clamp %19 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x58xf32>) -> tensor<1x56x56x58xf32>
    %21 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %22 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58xf32>}> : () -> tensor<58xf32>
    %23 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x58x1xf32>}> : () -> tensor<3x3x58x1xf32>
    %24 = tosa.depthwise_conv2d %20, %23, %22, %21, %21 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x56x56x58xf32>, tensor<3x3x58x1xf32>, tensor<58xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x58xf32>
    %25 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %26 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58xf32>}> : () -> tensor<58xf32>
    %27 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58x1x1x58xf32>}> : () -> tensor<58x1x1x58xf32>
    %28 = tosa.conv2d %24, %27, %26, %25, %25 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x58xf32>, tensor<58x1x1x58xf32>, tensor<58xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x58xf32>
    %29 = tosa.clamp %28 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x58xf32>) -> tensor<1x28x28x58xf32>
    %30 = tosa.concat %15, %29 {axis = 3 : i32} : (tensor<1x28x28x58xf32>, tensor<1x28x28x58xf32>) -> tensor<1x28x28x116xf32>
    %31 = tosa.transpose %30 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x28x28x116xf32>) -> tensor<1x116x28x28xf32>
    %32 = tosa.const_shape  {values = dense<[1, 2, 58, 28, 28]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %33 = tosa.reshape %31, %32 : (tensor<1x116x28x28xf32>, !tosa.shape<5>) -> tensor<1x2x58x28x28xf32>
    %34 = tosa.transpose %33 {perms = array<i32: 0, 2, 1, 3, 4>} : (tensor<1x2x58x28x28xf32>) -> tensor<1x58x2x28x28xf32>
    %35 = tosa.const_shape  {values = dense<[1, 116, 28, 28]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %36 = tosa.reshape %34, %35 : (tensor<1x58x2x28x28xf32>, !tosa.shape<4>) -> tensor<1x116x28x28xf32>
    %37 = tosa.const_shape  {values = dense<[1, 58, 28, 28]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %38 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %39 = tosa.slice %36, %38, %37 : (tensor<1x116x28x28xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x58x28x28xf32>
    %40 = tosa.const_shape  {values = dense<[1, 58, 28, 28]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %41 = tosa.const_shape  {values = dense<[0, 58, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %42 = tosa.slice %36, %41, %40 : (tensor<1x116x28x28xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x58x28x28xf32>
    %43 = tosa.transpose %42 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x58x28x28xf32>) -> tensor<1x28x28x58xf32>
    %44 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %45 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58xf32>}> : () -> tensor<58xf32>
    %46 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58x1x1x58xf32>}> : () -> tensor<58x1x1x58xf32>
    %47 = tosa.conv2d %43, %46, %45, %44, %44 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x58xf32>, tensor<58x1x1x58xf32>, tensor<58xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x58xf32>
    %48 = tosa.clamp %47 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x58xf32>) -> tensor<1x28x28x58xf32>
    %49 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %50 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58xf32>}> : () -> tensor<58xf32>
    %51 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x58x1xf32>}> : () -> tensor<3x3x58x1xf32>
    %52 = tosa.depthwise_conv2d %48, %51, %50, %49, %49 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x58xf32>, tensor<3x3x58x1xf32>, tensor<58xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x58xf32>
    %53 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %54 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58xf32>}> : () -> tensor<58xf32>
    %55 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58x1x1x58xf32>}> : () -> tensor<58x1x1x58xf32>
    %56 = tosa.conv2d %52, %55, %54, %53, %53 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x58xf32>, tensor<58x1x1x58xf32>, tensor<58xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x58xf32>
    %57 = tosa.clamp %56 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x58xf32>) -> tensor<1x28x28x58xf32>
    %58 = tosa.transpose %39 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x58x28x28xf32>) -> tensor<1x28x28x58xf32>
    %59 = tosa.concat %58, %57 {axis = 3 : i32} : (tensor<1x28x28x58xf32>, tensor<1x28x28x58xf32>) -> tensor<1x28x28x116xf32>
    %60 = tosa.transpose %59 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x28x28x116xf32>) -> tensor<1x116x28x28xf32>
    %61 = tosa.const_shape  {values = dense<[1, 2, 58, 28, 28]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %62 = tosa.reshape %60, %61 : (tensor<1x116x28x28xf32>, !tosa.shape<5>) -> tensor<1x2x58x28x28xf32>
    %63 = tosa.transpose %62 {perms = array<i32: 0, 2, 1, 3, 4>} : (tensor<1x2x58x28x28xf32>) -> tensor<1x58x2x28x28xf32>
    %64 = tosa.const_shape  {values = dense<[1, 116, 28, 28]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %65 = tosa.reshape %63, %64 : (tensor<1x58x2x28x28xf32>, !tosa.shape<4>) -> tensor<1x116x28x28xf32>
    %66 = tosa.const_shape  {values = dense<[1, 58, 28, 28]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %67 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %68 = tosa.slice %65, %67, %66 : (tensor<1x116x28x28xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x58x28x28xf32>
    %69 = tosa.const_shape  {values = dense<[1, 58, 28, 28]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %70 = tosa.const_shape  {values = dense<[0, 58, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %71 = tosa.slice %65, %70, %69 : (tensor<1x116x28x28xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x58x28x28xf32>
    %72 = tosa.transpose %71 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x58x28x28xf32>) -> tensor<1x28x28x58xf32>
    %73 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %74 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58xf32>}> : () -> tensor<58xf32>
    %75 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58x1x1x58xf32>}> : () -> tensor<58x1x1x58xf32>
    %76 = tosa.conv2d %72, %75, %74, %73, %73 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x58xf32>, tensor<58x1x1x58xf32>, tensor<58xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x58xf32>
    %77 = tosa.clamp %76 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x58xf32>) -> tensor<1x28x28x58xf32>
    %78 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %79 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58xf32>}> : () -> tensor<58xf32>
    %80 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x58x1xf32>}> : () -> tensor<3x3x58x1xf32>
    %81 = tosa.depthwise_conv2d %77, %80, %79, %78, %78 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x58xf32>, tensor<3x3x58x1xf32>, tensor<58xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x58xf32>
    %82 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %83 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58xf32>}> : () -> tensor<58xf32>
    %84 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58x1x1x58xf32>}> : () -> tensor<58x1x1x58xf32>
    %85 = tosa.conv2d %81, %84, %83, %82, %82 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x58xf32>, tensor<58x1x1x58xf32>, tensor<58xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x58xf32>
    %86 = tosa.clamp %85 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x58xf32>) -> tensor<1x28x28x58xf32>
    %87 = tosa.transpose %68 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x58x28x28xf32>) -> tensor<1x28x28x58xf32>
    %88 = tosa.concat %87, %86 {axis = 3 : i32} : (tensor<1x28x28x58xf32>, tensor<1x28x28x58xf32>) -> tensor<1x28x28x116xf32>
    %89 = tosa.transpose %88 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x28x28x116xf32>) -> tensor<1x116x28x28xf32>
    %90 = tosa.const_shape  {values = dense<[1, 2, 58, 28, 28]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %91 = tosa.reshape %89, %90 : (tensor<1x116x28x28xf32>, !tosa.shape<5>) -> tensor<1x2x58x28x28xf32>
    %92 = tosa.transpose %91 {perms = array<i32: 0, 2, 1, 3, 4>} : (tensor<1x2x58x28x28xf32>) -> tensor<1x58x2x28x28xf32>
    %93 = tosa.const_shape  {values = dense<[1, 116, 28, 28]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %94 = tosa.reshape %92, %93 : (tensor<1x58x2x28x28xf32>, !tosa.shape<4>) -> tensor<1x116x28x28xf32>
    %95 = tosa.const_shape  {values = dense<[1, 58, 28, 28]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %96 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %97 = tosa.slice %94, %96, %95 : (tensor<1x116x28x28xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x58x28x28xf32>
    %98 = tosa.const_shape  {values = dense<[1, 58, 28, 28]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %99 = tosa.const_shape  {values = dense<[0, 58, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %100 = tosa.slice %94, %99, %98 : (tensor<1x116x28x28xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x58x28x28xf32>
    %101 = tosa.transpose %100 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x58x28x28xf32>) -> tensor<1x28x28x58xf32>
    %102 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %103 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58xf32>}> : () -> tensor<58xf32>
    %104 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58x1x1x58xf32>}> : () -> tensor<58x1x1x58xf32>
    %105 = tosa.conv2d %101, %104, %103, %102, %102 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x58xf32>, tensor<58x1x1x58xf32>, tensor<58xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x58xf32>
    %106 = tosa.clamp %105 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x58xf32>) -> tensor<1x28x28x58xf32>
    %107 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %108 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58xf32>}> : () -> tensor<58xf32>
    %109 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x58x1xf32>}> : () -> tensor<3x3x58x1xf32>
    %110 = tosa.depthwise_conv2d %106, %109, %108, %107, %107 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x58xf32>, tensor<3x3x58x1xf32>, tensor<58xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x58xf32>
    %111 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %112 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58xf32>}> : () -> tensor<58xf32>
    %113 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<58x1x1x58xf32>}> : () -> tensor<58x1x1x58xf32>
    %114 = tosa.conv2d %110, %113, %112, %111, %111 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x58xf32>, tensor<58x1x1x58xf32>, tensor<58xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x58xf32>
    %115 = tosa.clamp %114 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x58xf32>) -> tensor<1x28x28x58xf32>
    %116 = tosa.transpose %97 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x58x28x28xf32>) -> tensor<1x28x28x58xf32>
    %117 = tosa.concat %116, %115 {axis = 3 : i32} : (tensor<1x28x28x58xf32>, tensor<1x28x28x58xf32>) -> tensor<1x28x28x116xf32>
    %118 = tosa.transpose %117 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x28x28x116xf32>) -> tensor<1x116x28x28xf32>
    %119 = tosa.const_shape  {values = dense<[1, 2, 58, 28, 28]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %120 = tosa.reshape %118, %119 : (tensor<1x116x28x28xf32>, !tosa.shape<5>) -> tensor<1x2x58x28x28xf32>
    %121 = tosa.transpose %120 {perms = array<i32: 0, 2, 1, 3, 4>} : (tensor<1x2x58x28x28xf32>) -> tensor<1x58x2x28x28xf32>
    %122 = tosa.const_shape  {values = dense<[1, 116, 28, 28]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %123 = tosa.reshape %121, %122 : (tensor<1x58x2x28x28xf32>, !tosa.shape<4>) -> tensor<1x116x28x28xf32>
    %124 = tosa.transpose %123 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x116x28x28xf32>) -> tensor<1x28x28x116xf32>
    %125 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %126 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %127 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x116x1xf32>}> : () -> tensor<3x3x116x1xf32>
    %128 = tosa.depthwise_conv2d %124, %127, %126, %125, %125 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x116xf32>, tensor<3x3x116x1xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %129 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %130 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %131 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %132 = tosa.conv2d %128, %131, %130, %129, %129 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %133 = tosa.clamp %132 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x116xf32>) -> tensor<1x14x14x116xf32>
    %134 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %135 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %136 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %137 = tosa.conv2d %124, %136, %135, %134, %134 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x116xf32>
    %138 = tosa.clamp %137 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x116xf32>) -> tensor<1x28x28x116xf32>
    %139 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %140 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %141 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x116x1xf32>}> : () -> tensor<3x3x116x1xf32>
    %142 = tosa.depthwise_conv2d %138, %141, %140, %139, %139 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x116xf32>, tensor<3x3x116x1xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %143 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %144 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %145 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %146 = tosa.conv2d %142, %145, %144, %143, %143 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %147 = tosa.clamp %146 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x116xf32>) -> tensor<1x14x14x116xf32>
    %148 = tosa.concat %133, %147 {axis = 3 : i32} : (tensor<1x14x14x116xf32>, tensor<1x14x14x116xf32>) -> tensor<1x14x14x232xf32>
    %149 = tosa.transpose %148 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x14x14x232xf32>) -> tensor<1x232x14x14xf32>
    %150 = tosa.const_shape  {values = dense<[1, 2, 116, 14, 14]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %151 = tosa.reshape %149, %150 : (tensor<1x232x14x14xf32>, !tosa.shape<5>) -> tensor<1x2x116x14x14xf32>
    %152 = tosa.transpose %151 {perms = array<i32: 0, 2, 1, 3, 4>} : (tensor<1x2x116x14x14xf32>) -> tensor<1x116x2x14x14xf32>
    %153 = tosa.const_shape  {values = dense<[1, 232, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %154 = tosa.reshape %152, %153 : (tensor<1x116x2x14x14xf32>, !tosa.shape<4>) -> tensor<1x232x14x14xf32>
    %155 = tosa.const_shape  {values = dense<[1, 116, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %156 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %157 = tosa.slice %154, %156, %155 : (tensor<1x232x14x14xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x116x14x14xf32>
    %158 = tosa.const_shape  {values = dense<[1, 116, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %159 = tosa.const_shape  {values = dense<[0, 116, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %160 = tosa.slice %154, %159, %158 : (tensor<1x232x14x14xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x116x14x14xf32>
    %161 = tosa.transpose %160 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x116x14x14xf32>) -> tensor<1x14x14x116xf32>
    %162 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %163 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %164 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %165 = tosa.conv2d %161, %164, %163, %162, %162 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %166 = tosa.clamp %165 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x116xf32>) -> tensor<1x14x14x116xf32>
    %167 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %168 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %169 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x116x1xf32>}> : () -> tensor<3x3x116x1xf32>
    %170 = tosa.depthwise_conv2d %166, %169, %168, %167, %167 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<3x3x116x1xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %171 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %172 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %173 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %174 = tosa.conv2d %170, %173, %172, %171, %171 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %175 = tosa.clamp %174 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x116xf32>) -> tensor<1x14x14x116xf32>
    %176 = tosa.transpose %157 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x116x14x14xf32>) -> tensor<1x14x14x116xf32>
    %177 = tosa.concat %176, %175 {axis = 3 : i32} : (tensor<1x14x14x116xf32>, tensor<1x14x14x116xf32>) -> tensor<1x14x14x232xf32>
    %178 = tosa.transpose %177 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x14x14x232xf32>) -> tensor<1x232x14x14xf32>
    %179 = tosa.const_shape  {values = dense<[1, 2, 116, 14, 14]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %180 = tosa.reshape %178, %179 : (tensor<1x232x14x14xf32>, !tosa.shape<5>) -> tensor<1x2x116x14x14xf32>
    %181 = tosa.transpose %180 {perms = array<i32: 0, 2, 1, 3, 4>} : (tensor<1x2x116x14x14xf32>) -> tensor<1x116x2x14x14xf32>
    %182 = tosa.const_shape  {values = dense<[1, 232, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %183 = tosa.reshape %181, %182 : (tensor<1x116x2x14x14xf32>, !tosa.shape<4>) -> tensor<1x232x14x14xf32>
    %184 = tosa.const_shape  {values = dense<[1, 116, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %185 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %186 = tosa.slice %183, %185, %184 : (tensor<1x232x14x14xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x116x14x14xf32>
    %187 = tosa.const_shape  {values = dense<[1, 116, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %188 = tosa.const_shape  {values = dense<[0, 116, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %189 = tosa.slice %183, %188, %187 : (tensor<1x232x14x14xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x116x14x14xf32>
    %190 = tosa.transpose %189 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x116x14x14xf32>) -> tensor<1x14x14x116xf32>
    %191 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %192 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %193 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %194 = tosa.conv2d %190, %193, %192, %191, %191 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %195 = tosa.clamp %194 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x116xf32>) -> tensor<1x14x14x116xf32>
    %196 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %197 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %198 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x116x1xf32>}> : () -> tensor<3x3x116x1xf32>
    %199 = tosa.depthwise_conv2d %195, %198, %197, %196, %196 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<3x3x116x1xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %200 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %201 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %202 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %203 = tosa.conv2d %199, %202, %201, %200, %200 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %204 = tosa.clamp %203 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x116xf32>) -> tensor<1x14x14x116xf32>
    %205 = tosa.transpose %186 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x116x14x14xf32>) -> tensor<1x14x14x116xf32>
    %206 = tosa.concat %205, %204 {axis = 3 : i32} : (tensor<1x14x14x116xf32>, tensor<1x14x14x116xf32>) -> tensor<1x14x14x232xf32>
    %207 = tosa.transpose %206 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x14x14x232xf32>) -> tensor<1x232x14x14xf32>
    %208 = tosa.const_shape  {values = dense<[1, 2, 116, 14, 14]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %209 = tosa.reshape %207, %208 : (tensor<1x232x14x14xf32>, !tosa.shape<5>) -> tensor<1x2x116x14x14xf32>
    %210 = tosa.transpose %209 {perms = array<i32: 0, 2, 1, 3, 4>} : (tensor<1x2x116x14x14xf32>) -> tensor<1x116x2x14x14xf32>
    %211 = tosa.const_shape  {values = dense<[1, 232, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %212 = tosa.reshape %210, %211 : (tensor<1x116x2x14x14xf32>, !tosa.shape<4>) -> tensor<1x232x14x14xf32>
    %213 = tosa.const_shape  {values = dense<[1, 116, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %214 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %215 = tosa.slice %212, %214, %213 : (tensor<1x232x14x14xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x116x14x14xf32>
    %216 = tosa.const_shape  {values = dense<[1, 116, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %217 = tosa.const_shape  {values = dense<[0, 116, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %218 = tosa.slice %212, %217, %216 : (tensor<1x232x14x14xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x116x14x14xf32>
    %219 = tosa.transpose %218 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x116x14x14xf32>) -> tensor<1x14x14x116xf32>
    %220 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %221 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %222 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %223 = tosa.conv2d %219, %222, %221, %220, %220 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %224 = tosa.clamp %223 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x116xf32>) -> tensor<1x14x14x116xf32>
    %225 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %226 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %227 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x116x1xf32>}> : () -> tensor<3x3x116x1xf32>
    %228 = tosa.depthwise_conv2d %224, %227, %226, %225, %225 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<3x3x116x1xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %229 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %230 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %231 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %232 = tosa.conv2d %228, %231, %230, %229, %229 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %233 = tosa.clamp %232 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x116xf32>) -> tensor<1x14x14x116xf32>
    %234 = tosa.transpose %215 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x116x14x14xf32>) -> tensor<1x14x14x116xf32>
    %235 = tosa.concat %234, %233 {axis = 3 : i32} : (tensor<1x14x14x116xf32>, tensor<1x14x14x116xf32>) -> tensor<1x14x14x232xf32>
    %236 = tosa.transpose %235 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x14x14x232xf32>) -> tensor<1x232x14x14xf32>
    %237 = tosa.const_shape  {values = dense<[1, 2, 116, 14, 14]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %238 = tosa.reshape %236, %237 : (tensor<1x232x14x14xf32>, !tosa.shape<5>) -> tensor<1x2x116x14x14xf32>
    %239 = tosa.transpose %238 {perms = array<i32: 0, 2, 1, 3, 4>} : (tensor<1x2x116x14x14xf32>) -> tensor<1x116x2x14x14xf32>
    %240 = tosa.const_shape  {values = dense<[1, 232, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %241 = tosa.reshape %239, %240 : (tensor<1x116x2x14x14xf32>, !tosa.shape<4>) -> tensor<1x232x14x14xf32>
    %242 = tosa.const_shape  {values = dense<[1, 116, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %243 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %244 = tosa.slice %241, %243, %242 : (tensor<1x232x14x14xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x116x14x14xf32>
    %245 = tosa.const_shape  {values = dense<[1, 116, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %246 = tosa.const_shape  {values = dense<[0, 116, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %247 = tosa.slice %241, %246, %245 : (tensor<1x232x14x14xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x116x14x14xf32>
    %248 = tosa.transpose %247 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x116x14x14xf32>) -> tensor<1x14x14x116xf32>
    %249 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %250 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %251 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %252 = tosa.conv2d %248, %251, %250, %249, %249 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %253 = tosa.clamp %252 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x116xf32>) -> tensor<1x14x14x116xf32>
    %254 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %255 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %256 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x116x1xf32>}> : () -> tensor<3x3x116x1xf32>
    %257 = tosa.depthwise_conv2d %253, %256, %255, %254, %254 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<3x3x116x1xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %258 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %259 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %260 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %261 = tosa.conv2d %257, %260, %259, %258, %258 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %262 = tosa.clamp %261 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x116xf32>) -> tensor<1x14x14x116xf32>
    %263 = tosa.transpose %244 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x116x14x14xf32>) -> tensor<1x14x14x116xf32>
    %264 = tosa.concat %263, %262 {axis = 3 : i32} : (tensor<1x14x14x116xf32>, tensor<1x14x14x116xf32>) -> tensor<1x14x14x232xf32>
    %265 = tosa.transpose %264 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x14x14x232xf32>) -> tensor<1x232x14x14xf32>
    %266 = tosa.const_shape  {values = dense<[1, 2, 116, 14, 14]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %267 = tosa.reshape %265, %266 : (tensor<1x232x14x14xf32>, !tosa.shape<5>) -> tensor<1x2x116x14x14xf32>
    %268 = tosa.transpose %267 {perms = array<i32: 0, 2, 1, 3, 4>} : (tensor<1x2x116x14x14xf32>) -> tensor<1x116x2x14x14xf32>
    %269 = tosa.const_shape  {values = dense<[1, 232, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %270 = tosa.reshape %268, %269 : (tensor<1x116x2x14x14xf32>, !tosa.shape<4>) -> tensor<1x232x14x14xf32>
    %271 = tosa.const_shape  {values = dense<[1, 116, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %272 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %273 = tosa.slice %270, %272, %271 : (tensor<1x232x14x14xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x116x14x14xf32>
    %274 = tosa.const_shape  {values = dense<[1, 116, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %275 = tosa.const_shape  {values = dense<[0, 116, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %276 = tosa.slice %270, %275, %274 : (tensor<1x232x14x14xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x116x14x14xf32>
    %277 = tosa.transpose %276 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x116x14x14xf32>) -> tensor<1x14x14x116xf32>
    %278 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %279 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %280 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %281 = tosa.conv2d %277, %280, %279, %278, %278 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %282 = tosa.clamp %281 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x116xf32>) -> tensor<1x14x14x116xf32>
    %283 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %284 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %285 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x116x1xf32>}> : () -> tensor<3x3x116x1xf32>
    %286 = tosa.depthwise_conv2d %282, %285, %284, %283, %283 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<3x3x116x1xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %287 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %288 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %289 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %290 = tosa.conv2d %286, %289, %288, %287, %287 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %291 = tosa.clamp %290 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x116xf32>) -> tensor<1x14x14x116xf32>
    %292 = tosa.transpose %273 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x116x14x14xf32>) -> tensor<1x14x14x116xf32>
    %293 = tosa.concat %292, %291 {axis = 3 : i32} : (tensor<1x14x14x116xf32>, tensor<1x14x14x116xf32>) -> tensor<1x14x14x232xf32>
    %294 = tosa.transpose %293 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x14x14x232xf32>) -> tensor<1x232x14x14xf32>
    %295 = tosa.const_shape  {values = dense<[1, 2, 116, 14, 14]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %296 = tosa.reshape %294, %295 : (tensor<1x232x14x14xf32>, !tosa.shape<5>) -> tensor<1x2x116x14x14xf32>
    %297 = tosa.transpose %296 {perms = array<i32: 0, 2, 1, 3, 4>} : (tensor<1x2x116x14x14xf32>) -> tensor<1x116x2x14x14xf32>
    %298 = tosa.const_shape  {values = dense<[1, 232, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %299 = tosa.reshape %297, %298 : (tensor<1x116x2x14x14xf32>, !tosa.shape<4>) -> tensor<1x232x14x14xf32>
    %300 = tosa.const_shape  {values = dense<[1, 116, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %301 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %302 = tosa.slice %299, %301, %300 : (tensor<1x232x14x14xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x116x14x14xf32>
    %303 = tosa.const_shape  {values = dense<[1, 116, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %304 = tosa.const_shape  {values = dense<[0, 116, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %305 = tosa.slice %299, %304, %303 : (tensor<1x232x14x14xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x116x14x14xf32>
    %306 = tosa.transpose %305 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x116x14x14xf32>) -> tensor<1x14x14x116xf32>
    %307 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %308 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %309 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %310 = tosa.conv2d %306, %309, %308, %307, %307 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %311 = tosa.clamp %310 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x116xf32>) -> tensor<1x14x14x116xf32>
    %312 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %313 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %314 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x116x1xf32>}> : () -> tensor<3x3x116x1xf32>
    %315 = tosa.depthwise_conv2d %311, %314, %313, %312, %312 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<3x3x116x1xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %316 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %317 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %318 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %319 = tosa.conv2d %315, %318, %317, %316, %316 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %320 = tosa.clamp %319 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x116xf32>) -> tensor<1x14x14x116xf32>
    %321 = tosa.transpose %302 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x116x14x14xf32>) -> tensor<1x14x14x116xf32>
    %322 = tosa.concat %321, %320 {axis = 3 : i32} : (tensor<1x14x14x116xf32>, tensor<1x14x14x116xf32>) -> tensor<1x14x14x232xf32>
    %323 = tosa.transpose %322 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x14x14x232xf32>) -> tensor<1x232x14x14xf32>
    %324 = tosa.const_shape  {values = dense<[1, 2, 116, 14, 14]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %325 = tosa.reshape %323, %324 : (tensor<1x232x14x14xf32>, !tosa.shape<5>) -> tensor<1x2x116x14x14xf32>
    %326 = tosa.transpose %325 {perms = array<i32: 0, 2, 1, 3, 4>} : (tensor<1x2x116x14x14xf32>) -> tensor<1x116x2x14x14xf32>
    %327 = tosa.const_shape  {values = dense<[1, 232, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %328 = tosa.reshape %326, %327 : (tensor<1x116x2x14x14xf32>, !tosa.shape<4>) -> tensor<1x232x14x14xf32>
    %329 = tosa.const_shape  {values = dense<[1, 116, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %330 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %331 = tosa.slice %328, %330, %329 : (tensor<1x232x14x14xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x116x14x14xf32>
    %332 = tosa.const_shape  {values = dense<[1, 116, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %333 = tosa.const_shape  {values = dense<[0, 116, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %334 = tosa.slice %328, %333, %332 : (tensor<1x232x14x14xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x116x14x14xf32>
    %335 = tosa.transpose %334 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x116x14x14xf32>) -> tensor<1x14x14x116xf32>
    %336 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %337 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %338 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %339 = tosa.conv2d %335, %338, %337, %336, %336 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %340 = tosa.clamp %339 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x116xf32>) -> tensor<1x14x14x116xf32>
    %341 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %342 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %343 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x116x1xf32>}> : () -> tensor<3x3x116x1xf32>
    %344 = tosa.depthwise_conv2d %340, %343, %342, %341, %341 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<3x3x116x1xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %345 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %346 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116xf32>}> : () -> tensor<116xf32>
    %347 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<116x1x1x116xf32>}> : () -> tensor<116x1x1x116xf32>
    %348 = tosa.conv2d %344, %347, %346, %345, %345 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x116xf32>, tensor<116x1x1x116xf32>, tensor<116xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x116xf32>
    %349 = tosa.clamp %348 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x116xf32>) -> tensor<1x14x14x116xf32>
    %350 = tosa.transpose %331 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x116x14x14xf32>) -> tensor<1x14x14x116xf32>
    %351 = tosa.concat %350, %349 {axis = 3 : i32} : (tensor<1x14x14x116xf32>, tensor<1x14x14x116xf32>) -> tensor<1x14x14x232xf32>
    %352 = tosa.transpose %351 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x14x14x232xf32>) -> tensor<1x232x14x14xf32>
    %353 = tosa.const_shape  {values = dense<[1, 2, 116, 14, 14]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %354 = tosa.reshape %352, %353 : (tensor<1x232x14x14xf32>, !tosa.shape<5>) -> tensor<1x2x116x14x14xf32>
    %355 = tosa.transpose %354 {perms = array<i32: 0, 2, 1, 3, 4>} : (tensor<1x2x116x14x14xf32>) -> tensor<1x116x2x14x14xf32>
    %356 = tosa.const_shape  {values = dense<[1, 232, 14, 14]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %357 = tosa.reshape %355, %356 : (tensor<1x116x2x14x14xf32>, !tosa.shape<4>) -> tensor<1x232x14x14xf32>
    %358 = tosa.transpose %357 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x232x14x14xf32>) -> tensor<1x14x14x232xf32>
    %359 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %360 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232xf32>}> : () -> tensor<232xf32>
    %361 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x232x1xf32>}> : () -> tensor<3x3x232x1xf32>
    %362 = tosa.depthwise_conv2d %358, %361, %360, %359, %359 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x232xf32>, tensor<3x3x232x1xf32>, tensor<232xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x232xf32>
    %363 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %364 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232xf32>}> : () -> tensor<232xf32>
    %365 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232x1x1x232xf32>}> : () -> tensor<232x1x1x232xf32>
    %366 = tosa.conv2d %362, %365, %364, %363, %363 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x232xf32>, tensor<232x1x1x232xf32>, tensor<232xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x232xf32>
    %367 = tosa.clamp %366 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x232xf32>) -> tensor<1x7x7x232xf32>
    %368 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %369 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232xf32>}> : () -> tensor<232xf32>
    %370 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232x1x1x232xf32>}> : () -> tensor<232x1x1x232xf32>
    %371 = tosa.conv2d %358, %370, %369, %368, %368 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x232xf32>, tensor<232x1x1x232xf32>, tensor<232xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x232xf32>
    %372 = tosa.clamp %371 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x232xf32>) -> tensor<1x14x14x232xf32>
    %373 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %374 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232xf32>}> : () -> tensor<232xf32>
    %375 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x232x1xf32>}> : () -> tensor<3x3x232x1xf32>
    %376 = tosa.depthwise_conv2d %372, %375, %374, %373, %373 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x232xf32>, tensor<3x3x232x1xf32>, tensor<232xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x232xf32>
    %377 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %378 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232xf32>}> : () -> tensor<232xf32>
    %379 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232x1x1x232xf32>}> : () -> tensor<232x1x1x232xf32>
    %380 = tosa.conv2d %376, %379, %378, %377, %377 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x232xf32>, tensor<232x1x1x232xf32>, tensor<232xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x232xf32>
    %381 = tosa.clamp %380 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x232xf32>) -> tensor<1x7x7x232xf32>
    %382 = tosa.concat %367, %381 {axis = 3 : i32} : (tensor<1x7x7x232xf32>, tensor<1x7x7x232xf32>) -> tensor<1x7x7x464xf32>
    %383 = tosa.transpose %382 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x7x7x464xf32>) -> tensor<1x464x7x7xf32>
    %384 = tosa.const_shape  {values = dense<[1, 2, 232, 7, 7]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %385 = tosa.reshape %383, %384 : (tensor<1x464x7x7xf32>, !tosa.shape<5>) -> tensor<1x2x232x7x7xf32>
    %386 = tosa.transpose %385 {perms = array<i32: 0, 2, 1, 3, 4>} : (tensor<1x2x232x7x7xf32>) -> tensor<1x232x2x7x7xf32>
    %387 = tosa.const_shape  {values = dense<[1, 464, 7, 7]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %388 = tosa.reshape %386, %387 : (tensor<1x232x2x7x7xf32>, !tosa.shape<4>) -> tensor<1x464x7x7xf32>
    %389 = tosa.const_shape  {values = dense<[1, 232, 7, 7]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %390 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %391 = tosa.slice %388, %390, %389 : (tensor<1x464x7x7xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x232x7x7xf32>
    %392 = tosa.const_shape  {values = dense<[1, 232, 7, 7]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %393 = tosa.const_shape  {values = dense<[0, 232, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %394 = tosa.slice %388, %393, %392 : (tensor<1x464x7x7xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x232x7x7xf32>
    %395 = tosa.transpose %394 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x232x7x7xf32>) -> tensor<1x7x7x232xf32>
    %396 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %397 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232xf32>}> : () -> tensor<232xf32>
    %398 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232x1x1x232xf32>}> : () -> tensor<232x1x1x232xf32>
    %399 = tosa.conv2d %395, %398, %397, %396, %396 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x232xf32>, tensor<232x1x1x232xf32>, tensor<232xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x232xf32>
    %400 = tosa.clamp %399 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x232xf32>) -> tensor<1x7x7x232xf32>
    %401 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %402 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232xf32>}> : () -> tensor<232xf32>
    %403 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x232x1xf32>}> : () -> tensor<3x3x232x1xf32>
    %404 = tosa.depthwise_conv2d %400, %403, %402, %401, %401 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x232xf32>, tensor<3x3x232x1xf32>, tensor<232xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x232xf32>
    %405 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %406 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232xf32>}> : () -> tensor<232xf32>
    %407 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232x1x1x232xf32>}> : () -> tensor<232x1x1x232xf32>
    %408 = tosa.conv2d %404, %407, %406, %405, %405 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x232xf32>, tensor<232x1x1x232xf32>, tensor<232xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x232xf32>
    %409 = tosa.clamp %408 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x232xf32>) -> tensor<1x7x7x232xf32>
    %410 = tosa.transpose %391 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x232x7x7xf32>) -> tensor<1x7x7x232xf32>
    %411 = tosa.concat %410, %409 {axis = 3 : i32} : (tensor<1x7x7x232xf32>, tensor<1x7x7x232xf32>) -> tensor<1x7x7x464xf32>
    %412 = tosa.transpose %411 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x7x7x464xf32>) -> tensor<1x464x7x7xf32>
    %413 = tosa.const_shape  {values = dense<[1, 2, 232, 7, 7]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %414 = tosa.reshape %412, %413 : (tensor<1x464x7x7xf32>, !tosa.shape<5>) -> tensor<1x2x232x7x7xf32>
    %415 = tosa.transpose %414 {perms = array<i32: 0, 2, 1, 3, 4>} : (tensor<1x2x232x7x7xf32>) -> tensor<1x232x2x7x7xf32>
    %416 = tosa.const_shape  {values = dense<[1, 464, 7, 7]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %417 = tosa.reshape %415, %416 : (tensor<1x232x2x7x7xf32>, !tosa.shape<4>) -> tensor<1x464x7x7xf32>
    %418 = tosa.const_shape  {values = dense<[1, 232, 7, 7]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %419 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %420 = tosa.slice %417, %419, %418 : (tensor<1x464x7x7xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x232x7x7xf32>
    %421 = tosa.const_shape  {values = dense<[1, 232, 7, 7]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %422 = tosa.const_shape  {values = dense<[0, 232, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %423 = tosa.slice %417, %422, %421 : (tensor<1x464x7x7xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x232x7x7xf32>
    %424 = tosa.transpose %423 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x232x7x7xf32>) -> tensor<1x7x7x232xf32>
    %425 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %426 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232xf32>}> : () -> tensor<232xf32>
    %427 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232x1x1x232xf32>}> : () -> tensor<232x1x1x232xf32>
    %428 = tosa.conv2d %424, %427, %426, %425, %425 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x232xf32>, tensor<232x1x1x232xf32>, tensor<232xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x232xf32>
    %429 = tosa.clamp %428 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x232xf32>) -> tensor<1x7x7x232xf32>
    %430 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %431 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232xf32>}> : () -> tensor<232xf32>
    %432 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x232x1xf32>}> : () -> tensor<3x3x232x1xf32>
    %433 = tosa.depthwise_conv2d %429, %432, %431, %430, %430 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x232xf32>, tensor<3x3x232x1xf32>, tensor<232xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x232xf32>
    %434 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %435 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232xf32>}> : () -> tensor<232xf32>
    %436 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232x1x1x232xf32>}> : () -> tensor<232x1x1x232xf32>
    %437 = tosa.conv2d %433, %436, %435, %434, %434 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x232xf32>, tensor<232x1x1x232xf32>, tensor<232xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x232xf32>
    %438 = tosa.clamp %437 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x232xf32>) -> tensor<1x7x7x232xf32>
    %439 = tosa.transpose %420 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x232x7x7xf32>) -> tensor<1x7x7x232xf32>
    %440 = tosa.concat %439, %438 {axis = 3 : i32} : (tensor<1x7x7x232xf32>, tensor<1x7x7x232xf32>) -> tensor<1x7x7x464xf32>
    %441 = tosa.transpose %440 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x7x7x464xf32>) -> tensor<1x464x7x7xf32>
    %442 = tosa.const_shape  {values = dense<[1, 2, 232, 7, 7]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %443 = tosa.reshape %441, %442 : (tensor<1x464x7x7xf32>, !tosa.shape<5>) -> tensor<1x2x232x7x7xf32>
    %444 = tosa.transpose %443 {perms = array<i32: 0, 2, 1, 3, 4>} : (tensor<1x2x232x7x7xf32>) -> tensor<1x232x2x7x7xf32>
    %445 = tosa.const_shape  {values = dense<[1, 464, 7, 7]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %446 = tosa.reshape %444, %445 : (tensor<1x232x2x7x7xf32>, !tosa.shape<4>) -> tensor<1x464x7x7xf32>
    %447 = tosa.const_shape  {values = dense<[1, 232, 7, 7]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %448 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %449 = tosa.slice %446, %448, %447 : (tensor<1x464x7x7xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x232x7x7xf32>
    %450 = tosa.const_shape  {values = dense<[1, 232, 7, 7]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %451 = tosa.const_shape  {values = dense<[0, 232, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %452 = tosa.slice %446, %451, %450 : (tensor<1x464x7x7xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x232x7x7xf32>
    %453 = tosa.transpose %452 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x232x7x7xf32>) -> tensor<1x7x7x232xf32>
    %454 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %455 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232xf32>}> : () -> tensor<232xf32>
    %456 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232x1x1x232xf32>}> : () -> tensor<232x1x1x232xf32>
    %457 = tosa.conv2d %453, %456, %455, %454, %454 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x232xf32>, tensor<232x1x1x232xf32>, tensor<232xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x232xf32>
    %458 = tosa.clamp %457 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x232xf32>) -> tensor<1x7x7x232xf32>
    %459 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %460 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232xf32>}> : () -> tensor<232xf32>
    %461 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x232x1xf32>}> : () -> tensor<3x3x232x1xf32>
    %462 = tosa.depthwise_conv2d %458, %461, %460, %459, %459 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x232xf32>, tensor<3x3x232x1xf32>, tensor<232xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x232xf32>
    %463 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %464 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232xf32>}> : () -> tensor<232xf32>
    %465 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<232x1x1x232xf32>}> : () -> tensor<232x1x1x232xf32>
    %466 = tosa.conv2d %462, %465, %464, %463, %463 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x232xf32>, tensor<232x1x1x232xf32>, tensor<232xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x232xf32>
    %467 = tosa.clamp %466 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x232xf32>) -> tensor<1x7x7x232xf32>
    %468 = tosa.transpose %449 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x232x7x7xf32>) -> tensor<1x7x7x232xf32>
    %469 = tosa.concat %468, %467 {axis = 3 : i32} : (tensor<1x7x7x232xf32>, tensor<1x7x7x232xf32>) -> tensor<1x7x7x464xf32>
    %470 = tosa.transpose %469 {perms = array<i32: 0, 3, 1, 2>} : (tensor<1x7x7x464xf32>) -> tensor<1x464x7x7xf32>
    %471 = tosa.const_shape  {values = dense<[1, 2, 232, 7, 7]> : tensor<5xindex>} : () -> !tosa.shape<5>
    %472 = tosa.reshape %470, %471 : (tensor<1x464x7x7xf32>, !tosa.shape<5>) -> tensor<1x2x232x7x7xf32>
    %473 = tosa.transpose %472 {perms = array<i32: 0, 2, 1, 3, 4>} : (tensor<1x2x232x7x7xf32>) -> tensor<1x232x2x7x7xf32>
    %474 = tosa.const_shape  {values = dense<[1, 464, 7, 7]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %475 = tosa.reshape %473, %474 : (tensor<1x232x2x7x7xf32>, !tosa.shape<4>) -> tensor<1x464x7x7xf32>
    %476 = tosa.transpose %475 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x464x7x7xf32>) -> tensor<1x7x7x464xf32>
    %477 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %478 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1024xf32>}> : () -> tensor<1024xf32>
    %479 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1024x1x1x464xf32>}> : () -> tensor<1024x1x1x464xf32>
    %480 = tosa.conv2d %476, %479, %478, %477, %477 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x464xf32>, tensor<1024x1x1x464xf32>, tensor<1024xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x1024xf32>
    %481 = tosa.clamp %480 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x1024xf32>) -> tensor<1x7x7x1024xf32>
    %482 = tosa.reduce_sum %481 {axis = 1 : i32} : (tensor<1x7x7x1024xf32>) -> tensor<1x1x7x1024xf32>
    %483 = tosa.reduce_sum %482 {axis = 2 : i32} : (tensor<1x1x7x1024xf32>) -> tensor<1x1x1x1024xf32>
    %484 = "tosa.const"() <{values = dense<0.0204081628> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %485 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %486 = tosa.mul %483, %484, %485 : (tensor<1x1x1x1024xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x1x1x1024xf32>
    %487 = tosa.const_shape  {values = dense<[1, 1024, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %488 = tosa.reshape %486, %487 : (tensor<1x1x1x1024xf32>, !tosa.shape<4>) -> tensor<1x1024x1x1xf32>
    %489 = tosa.const_shape  {values = dense<[1, 1024]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %490 = tosa.reshape %488, %489 : (tensor<1x1024x1x1xf32>, !tosa.shape<2>) -> tensor<1x1024xf32>
    %491 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1024x1000xf32>}> : () -> tensor<1024x1000xf32>
    %492 = tosa.const_shape  {values = dense<[1, 1, 1024]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %493 = tosa.reshape %490, %492 : (tensor<1x1024xf32>, !tosa.shape<3>) -> tensor<1x1x1024xf32>
    %494 = tosa.const_shape  {values = dense<[1, 1024, 1000]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %495 = tosa.reshape %491, %494 : (tensor<1024x1000xf32>, !tosa.shape<3>) -> tensor<1x1024x1000xf32>
    %496 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %497 = tosa.matmul %493, %495, %496, %496 : (tensor<1x1x1024xf32>, tensor<1x1024x1000xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1000xf32>
    %498 = tosa.const_shape  {values = dense<[1, 1000]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %499 = tosa.reshape %497, %498 : (tensor<1x1x1000xf32>, !tosa.shape<2>) -> tensor<1x1000xf32>
    %500 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1000xf32>}> : () -> tensor<1x1000xf32>
    %501 = tosa.add %499, %500 : (tensor<1x1000xf32>, tensor<1x1000xf32>) -> tensor<1x1000xf32>
    return %501 : tensor<1x1000xf32>
  }
}
