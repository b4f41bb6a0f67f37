module {
  func.func @torch_jit(%arg0: tensor<1x3x128x128xf32> {onnx.name = "input"}) -> (tensor<1x2xf32> {onnx.name = "output"}) {
    %0 = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x128x128xf32>) -> tensor<1x128x128x3xf32>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %3 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x3xf32>}> : () -> tensor<16x3x3x3xf32>
    %4 = tosa.conv2d %0, %3, %2, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x128x128x3xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x64x64x16xf32>
    %5 = tosa.clamp %4 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x64x64x16xf32>) -> tensor<1x64x64x16xf32>
    %6 = tosa.const_shape  {values = dense<[1, 63, 63, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %7 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %8 = tosa.slice %5, %7, %6 : (tensor<1x64x64x16xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x63x63x16xf32>
    %9 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %10 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %11 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x16xf32>}> : () -> tensor<16x1x1x16xf32>
    %12 = tosa.conv2d %8, %11, %10, %9, %9 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x63x63x16xf32>, tensor<16x1x1x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %13 = tosa.clamp %12 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x16xf32>) -> tensor<1x32x32x16xf32>
    %14 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %15 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %16 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x16x1xf32>}> : () -> tensor<3x3x16x1xf32>
    %17 = tosa.depthwise_conv2d %5, %16, %15, %14, %14 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x64x64x16xf32>, tensor<3x3x16x1xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %18 = tosa.clamp %17 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x16xf32>) -> tensor<1x32x32x16xf32>
    %19 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %20 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %21 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x16xf32>}> : () -> tensor<16x1x1x16xf32>
    %22 = tosa.conv2d %18, %21, %20, %19, %19 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x16xf32>, tensor<16x1x1x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %23 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %24 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %25 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x16x1xf32>}> : () -> tensor<5x5x16x1xf32>
    %26 = tosa.depthwise_conv2d %5, %25, %24, %23, %23 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 1, 2, 1>, stride = array<i64: 2, 2>} : (tensor<1x64x64x16xf32>, tensor<5x5x16x1xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %27 = tosa.clamp %26 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x16xf32>) -> tensor<1x32x32x16xf32>
    %28 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %29 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %30 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x16xf32>}> : () -> tensor<16x1x1x16xf32>
    %31 = tosa.conv2d %27, %30, %29, %28, %28 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x16xf32>, tensor<16x1x1x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %32 = tosa.max_pool2d %5 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x64x64x16xf32>) -> tensor<1x32x32x16xf32>
    %33 = tosa.concat %13, %22 {axis = 3 : i32} : (tensor<1x32x32x16xf32>, tensor<1x32x32x16xf32>) -> tensor<1x32x32x32xf32>
    %34 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %35 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %36 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x32x1xf32>}> : () -> tensor<3x3x32x1xf32>
    %37 = tosa.depthwise_conv2d %33, %36, %35, %34, %34 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<3x3x32x1xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x32xf32>
    %38 = tosa.clamp %37 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x32xf32>) -> tensor<1x32x32x32xf32>
    %39 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %40 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %41 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x32xf32>}> : () -> tensor<16x1x1x32xf32>
    %42 = tosa.conv2d %38, %41, %40, %39, %39 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<16x1x1x32xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %43 = tosa.concat %22, %31 {axis = 3 : i32} : (tensor<1x32x32x16xf32>, tensor<1x32x32x16xf32>) -> tensor<1x32x32x32xf32>
    %44 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %45 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %46 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x32xf32>}> : () -> tensor<16x1x1x32xf32>
    %47 = tosa.conv2d %43, %46, %45, %44, %44 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<16x1x1x32xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %48 = tosa.clamp %47 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x16xf32>) -> tensor<1x32x32x16xf32>
    %49 = tosa.concat %13, %32 {axis = 3 : i32} : (tensor<1x32x32x16xf32>, tensor<1x32x32x16xf32>) -> tensor<1x32x32x32xf32>
    %50 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %51 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %52 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x32x1xf32>}> : () -> tensor<5x5x32x1xf32>
    %53 = tosa.depthwise_conv2d %49, %52, %51, %50, %50 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<5x5x32x1xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x32xf32>
    %54 = tosa.clamp %53 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x32xf32>) -> tensor<1x32x32x32xf32>
    %55 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %56 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %57 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x32xf32>}> : () -> tensor<16x1x1x32xf32>
    %58 = tosa.conv2d %54, %57, %56, %55, %55 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<16x1x1x32xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %59 = tosa.concat %42, %48, %58 {axis = 3 : i32} : (tensor<1x32x32x16xf32>, tensor<1x32x32x16xf32>, tensor<1x32x32x16xf32>) -> tensor<1x32x32x48xf32>
    %60 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %61 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %62 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x48xf32>}> : () -> tensor<16x1x1x48xf32>
    %63 = tosa.conv2d %59, %62, %61, %60, %60 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x48xf32>, tensor<16x1x1x48xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %64 = tosa.clamp %63 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x16xf32>) -> tensor<1x32x32x16xf32>
    %65 = tosa.concat %42, %48, %58, %64 {axis = 3 : i32} : (tensor<1x32x32x16xf32>, tensor<1x32x32x16xf32>, tensor<1x32x32x16xf32>, tensor<1x32x32x16xf32>) -> tensor<1x32x32x64xf32>
    %66 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %67 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %68 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x64xf32>}> : () -> tensor<32x1x1x64xf32>
    %69 = tosa.conv2d %65, %68, %67, %66, %66 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x64xf32>, tensor<32x1x1x64xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x32xf32>
    %70 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %71 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %72 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x32xf32>}> : () -> tensor<16x1x1x32xf32>
    %73 = tosa.conv2d %69, %72, %71, %70, %70 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<16x1x1x32xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %74 = tosa.clamp %73 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x16xf32>) -> tensor<1x32x32x16xf32>
    %75 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %76 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %77 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x32x1xf32>}> : () -> tensor<3x3x32x1xf32>
    %78 = tosa.depthwise_conv2d %69, %77, %76, %75, %75 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<3x3x32x1xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x32xf32>
    %79 = tosa.clamp %78 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x32xf32>) -> tensor<1x32x32x32xf32>
    %80 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %81 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %82 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x32xf32>}> : () -> tensor<16x1x1x32xf32>
    %83 = tosa.conv2d %79, %82, %81, %80, %80 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<16x1x1x32xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %84 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %85 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %86 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x32x1xf32>}> : () -> tensor<5x5x32x1xf32>
    %87 = tosa.depthwise_conv2d %69, %86, %85, %84, %84 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<5x5x32x1xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x32xf32>
    %88 = tosa.clamp %87 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x32xf32>) -> tensor<1x32x32x32xf32>
    %89 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %90 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %91 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x32xf32>}> : () -> tensor<16x1x1x32xf32>
    %92 = tosa.conv2d %88, %91, %90, %89, %89 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<16x1x1x32xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %93 = tosa.max_pool2d %69 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>) -> tensor<1x32x32x32xf32>
    %94 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %95 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %96 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x32xf32>}> : () -> tensor<16x1x1x32xf32>
    %97 = tosa.conv2d %93, %96, %95, %94, %94 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<16x1x1x32xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %98 = tosa.clamp %97 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x16xf32>) -> tensor<1x32x32x16xf32>
    %99 = tosa.concat %74, %83 {axis = 3 : i32} : (tensor<1x32x32x16xf32>, tensor<1x32x32x16xf32>) -> tensor<1x32x32x32xf32>
    %100 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %101 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %102 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x32x1xf32>}> : () -> tensor<3x3x32x1xf32>
    %103 = tosa.depthwise_conv2d %99, %102, %101, %100, %100 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<3x3x32x1xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x32xf32>
    %104 = tosa.clamp %103 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x32xf32>) -> tensor<1x32x32x32xf32>
    %105 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %106 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %107 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x32xf32>}> : () -> tensor<16x1x1x32xf32>
    %108 = tosa.conv2d %104, %107, %106, %105, %105 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<16x1x1x32xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %109 = tosa.concat %83, %92 {axis = 3 : i32} : (tensor<1x32x32x16xf32>, tensor<1x32x32x16xf32>) -> tensor<1x32x32x32xf32>
    %110 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %111 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %112 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x32xf32>}> : () -> tensor<16x1x1x32xf32>
    %113 = tosa.conv2d %109, %112, %111, %110, %110 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<16x1x1x32xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %114 = tosa.clamp %113 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x16xf32>) -> tensor<1x32x32x16xf32>
    %115 = tosa.concat %74, %98 {axis = 3 : i32} : (tensor<1x32x32x16xf32>, tensor<1x32x32x16xf32>) -> tensor<1x32x32x32xf32>
    %116 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %117 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %118 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x32x1xf32>}> : () -> tensor<5x5x32x1xf32>
    %119 = tosa.depthwise_conv2d %115, %118, %117, %116, %116 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<5x5x32x1xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x32xf32>
    %120 = tosa.clamp %119 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x32xf32>) -> tensor<1x32x32x32xf32>
    %121 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %122 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %123 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x32xf32>}> : () -> tensor<16x1x1x32xf32>
    %124 = tosa.conv2d %120, %123, %122, %121, %121 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<16x1x1x32xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %125 = tosa.concat %108, %114, %124 {axis = 3 : i32} : (tensor<1x32x32x16xf32>, tensor<1x32x32x16xf32>, tensor<1x32x32x16xf32>) -> tensor<1x32x32x48xf32>
    %126 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %127 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %128 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x48xf32>}> : () -> tensor<16x1x1x48xf32>
    %129 = tosa.conv2d %125, %128, %127, %126, %126 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x48xf32>, tensor<16x1x1x48xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x16xf32>
    %130 = tosa.clamp %129 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x16xf32>) -> tensor<1x32x32x16xf32>
    %131 = tosa.concat %108, %114, %124, %130 {axis = 3 : i32} : (tensor<1x32x32x16xf32>, tensor<1x32x32x16xf32>, tensor<1x32x32x16xf32>, tensor<1x32x32x16xf32>) -> tensor<1x32x32x64xf32>
    %132 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %133 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %134 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x64xf32>}> : () -> tensor<32x1x1x64xf32>
    %135 = tosa.conv2d %131, %134, %133, %132, %132 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x64xf32>, tensor<32x1x1x64xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x32xf32>
    %136 = tosa.add %69, %135 : (tensor<1x32x32x32xf32>, tensor<1x32x32x32xf32>) -> tensor<1x32x32x32xf32>
    %137 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %138 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %139 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x32x1xf32>}> : () -> tensor<3x3x32x1xf32>
    %140 = tosa.depthwise_conv2d %136, %139, %138, %137, %137 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x32x32x32xf32>, tensor<3x3x32x1xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %141 = tosa.clamp %140 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
    %142 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %143 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %144 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x32xf32>}> : () -> tensor<32x1x1x32xf32>
    %145 = tosa.conv2d %141, %144, %143, %142, %142 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x32xf32>, tensor<32x1x1x32xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %146 = tosa.const_shape  {values = dense<[1, 31, 31, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %147 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %148 = tosa.slice %136, %147, %146 : (tensor<1x32x32x32xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x31x31x32xf32>
    %149 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %150 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %151 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x32xf32>}> : () -> tensor<32x1x1x32xf32>
    %152 = tosa.conv2d %148, %151, %150, %149, %149 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x31x31x32xf32>, tensor<32x1x1x32xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %153 = tosa.clamp %152 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
    %154 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %155 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %156 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x32xf32>}> : () -> tensor<64x1x1x32xf32>
    %157 = tosa.conv2d %136, %156, %155, %154, %154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x32xf32>, tensor<64x1x1x32xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x64xf32>
    %158 = tosa.clamp %157 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x64xf32>) -> tensor<1x32x32x64xf32>
    %159 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %160 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %161 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x64x1xf32>}> : () -> tensor<3x3x64x1xf32>
    %162 = tosa.depthwise_conv2d %158, %161, %160, %159, %159 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x32x32x64xf32>, tensor<3x3x64x1xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x64xf32>
    %163 = tosa.clamp %162 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x64xf32>) -> tensor<1x16x16x64xf32>
    %164 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %165 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %166 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x64xf32>}> : () -> tensor<32x1x1x64xf32>
    %167 = tosa.conv2d %163, %166, %165, %164, %164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<32x1x1x64xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %168 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %169 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %170 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x32x1xf32>}> : () -> tensor<3x3x32x1xf32>
    %171 = tosa.depthwise_conv2d %145, %170, %169, %168, %168 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x32xf32>, tensor<3x3x32x1xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %172 = tosa.clamp %171 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
    %173 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %174 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %175 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x32xf32>}> : () -> tensor<32x1x1x32xf32>
    %176 = tosa.conv2d %172, %175, %174, %173, %173 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x32xf32>, tensor<32x1x1x32xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %177 = tosa.concat %153, %167 {axis = 3 : i32} : (tensor<1x16x16x32xf32>, tensor<1x16x16x32xf32>) -> tensor<1x16x16x64xf32>
    %178 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %179 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %180 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x64x1xf32>}> : () -> tensor<5x5x64x1xf32>
    %181 = tosa.depthwise_conv2d %177, %180, %179, %178, %178 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<5x5x64x1xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x64xf32>
    %182 = tosa.clamp %181 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x64xf32>) -> tensor<1x16x16x64xf32>
    %183 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %184 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %185 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x64xf32>}> : () -> tensor<32x1x1x64xf32>
    %186 = tosa.conv2d %182, %185, %184, %183, %183 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<32x1x1x64xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %187 = tosa.concat %145, %176 {axis = 3 : i32} : (tensor<1x16x16x32xf32>, tensor<1x16x16x32xf32>) -> tensor<1x16x16x64xf32>
    %188 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %189 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %190 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x64xf32>}> : () -> tensor<32x1x1x64xf32>
    %191 = tosa.conv2d %187, %190, %189, %188, %188 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<32x1x1x64xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %192 = tosa.clamp %191 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
    %193 = tosa.concat %167, %186 {axis = 3 : i32} : (tensor<1x16x16x32xf32>, tensor<1x16x16x32xf32>) -> tensor<1x16x16x64xf32>
    %194 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %195 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %196 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x64x1xf32>}> : () -> tensor<3x3x64x1xf32>
    %197 = tosa.depthwise_conv2d %193, %196, %195, %194, %194 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<3x3x64x1xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x64xf32>
    %198 = tosa.clamp %197 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x64xf32>) -> tensor<1x16x16x64xf32>
    %199 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %200 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %201 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x64xf32>}> : () -> tensor<32x1x1x64xf32>
    %202 = tosa.conv2d %198, %201, %200, %199, %199 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<32x1x1x64xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %203 = tosa.max_pool2d %153 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
    %204 = tosa.concat %192, %202, %203 {axis = 3 : i32} : (tensor<1x16x16x32xf32>, tensor<1x16x16x32xf32>, tensor<1x16x16x32xf32>) -> tensor<1x16x16x96xf32>
    %205 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %206 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %207 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x96xf32>}> : () -> tensor<32x1x1x96xf32>
    %208 = tosa.conv2d %204, %207, %206, %205, %205 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x96xf32>, tensor<32x1x1x96xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %209 = tosa.clamp %208 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
    %210 = tosa.concat %176, %192, %209 {axis = 3 : i32} : (tensor<1x16x16x32xf32>, tensor<1x16x16x32xf32>, tensor<1x16x16x32xf32>) -> tensor<1x16x16x96xf32>
    %211 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %212 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %213 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x96xf32>}> : () -> tensor<64x1x1x96xf32>
    %214 = tosa.conv2d %210, %213, %212, %211, %211 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x96xf32>, tensor<64x1x1x96xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x64xf32>
    %215 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %216 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %217 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x64x1xf32>}> : () -> tensor<3x3x64x1xf32>
    %218 = tosa.depthwise_conv2d %214, %217, %216, %215, %215 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<3x3x64x1xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x64xf32>
    %219 = tosa.clamp %218 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x64xf32>) -> tensor<1x16x16x64xf32>
    %220 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %221 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %222 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x64xf32>}> : () -> tensor<32x1x1x64xf32>
    %223 = tosa.conv2d %219, %222, %221, %220, %220 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<32x1x1x64xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %224 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %225 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %226 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x64xf32>}> : () -> tensor<32x1x1x64xf32>
    %227 = tosa.conv2d %214, %226, %225, %224, %224 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<32x1x1x64xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %228 = tosa.clamp %227 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
    %229 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %230 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %231 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x64xf32>}> : () -> tensor<64x1x1x64xf32>
    %232 = tosa.conv2d %214, %231, %230, %229, %229 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<64x1x1x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x64xf32>
    %233 = tosa.clamp %232 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x64xf32>) -> tensor<1x16x16x64xf32>
    %234 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %235 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %236 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x64x1xf32>}> : () -> tensor<3x3x64x1xf32>
    %237 = tosa.depthwise_conv2d %233, %236, %235, %234, %234 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<3x3x64x1xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x64xf32>
    %238 = tosa.clamp %237 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x64xf32>) -> tensor<1x16x16x64xf32>
    %239 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %240 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %241 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x64xf32>}> : () -> tensor<32x1x1x64xf32>
    %242 = tosa.conv2d %238, %241, %240, %239, %239 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<32x1x1x64xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %243 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %244 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %245 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x32x1xf32>}> : () -> tensor<3x3x32x1xf32>
    %246 = tosa.depthwise_conv2d %223, %245, %244, %243, %243 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x32xf32>, tensor<3x3x32x1xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %247 = tosa.clamp %246 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
    %248 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %249 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %250 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x32xf32>}> : () -> tensor<32x1x1x32xf32>
    %251 = tosa.conv2d %247, %250, %249, %248, %248 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x32xf32>, tensor<32x1x1x32xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %252 = tosa.concat %228, %242 {axis = 3 : i32} : (tensor<1x16x16x32xf32>, tensor<1x16x16x32xf32>) -> tensor<1x16x16x64xf32>
    %253 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %254 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %255 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x64x1xf32>}> : () -> tensor<5x5x64x1xf32>
    %256 = tosa.depthwise_conv2d %252, %255, %254, %253, %253 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<5x5x64x1xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x64xf32>
    %257 = tosa.clamp %256 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x64xf32>) -> tensor<1x16x16x64xf32>
    %258 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %259 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %260 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x64xf32>}> : () -> tensor<32x1x1x64xf32>
    %261 = tosa.conv2d %257, %260, %259, %258, %258 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<32x1x1x64xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %262 = tosa.concat %223, %251 {axis = 3 : i32} : (tensor<1x16x16x32xf32>, tensor<1x16x16x32xf32>) -> tensor<1x16x16x64xf32>
    %263 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %264 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %265 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x64xf32>}> : () -> tensor<32x1x1x64xf32>
    %266 = tosa.conv2d %262, %265, %264, %263, %263 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<32x1x1x64xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %267 = tosa.clamp %266 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
    %268 = tosa.concat %242, %261 {axis = 3 : i32} : (tensor<1x16x16x32xf32>, tensor<1x16x16x32xf32>) -> tensor<1x16x16x64xf32>
    %269 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %270 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %271 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x64x1xf32>}> : () -> tensor<3x3x64x1xf32>
    %272 = tosa.depthwise_conv2d %268, %271, %270, %269, %269 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<3x3x64x1xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x64xf32>
    %273 = tosa.clamp %272 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x64xf32>) -> tensor<1x16x16x64xf32>
    %274 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %275 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %276 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x64xf32>}> : () -> tensor<32x1x1x64xf32>
    %277 = tosa.conv2d %273, %276, %275, %274, %274 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x64xf32>, tensor<32x1x1x64xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %278 = tosa.max_pool2d %228 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
    %279 = tosa.concat %267, %277, %278 {axis = 3 : i32} : (tensor<1x16x16x32xf32>, tensor<1x16x16x32xf32>, tensor<1x16x16x32xf32>) -> tensor<1x16x16x96xf32>
    %280 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %281 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %282 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x96xf32>}> : () -> tensor<32x1x1x96xf32>
    %283 = tosa.conv2d %279, %282, %281, %280, %280 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x96xf32>, tensor<32x1x1x96xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x32xf32>
    %284 = tosa.clamp %283 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x32xf32>) -> tensor<1x16x16x32xf32>
    %285 = tosa.concat %251, %267, %284 {axis = 3 : i32} : (tensor<1x16x16x32xf32>, tensor<1x16x16x32xf32>, tensor<1x16x16x32xf32>) -> tensor<1x16x16x96xf32>
    %286 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %287 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %288 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x96xf32>}> : () -> tensor<64x1x1x96xf32>
    %289 = tosa.conv2d %285, %288, %287, %286, %286 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x96xf32>, tensor<64x1x1x96xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x64xf32>
    %290 = tosa.add %214, %289 : (tensor<1x16x16x64xf32>, tensor<1x16x16x64xf32>) -> tensor<1x16x16x64xf32>
    %291 = tosa.const_shape  {values = dense<[1, 15, 15, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %292 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %293 = tosa.slice %290, %292, %291 : (tensor<1x16x16x64xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x15x15x64xf32>
    %294 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %295 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %296 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x64xf32>}> : () -> tensor<64x1x1x64xf32>
    %297 = tosa.conv2d %293, %296, %295, %294, %294 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x15x15x64xf32>, tensor<64x1x1x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %298 = tosa.clamp %297 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x64xf32>) -> tensor<1x8x8x64xf32>
    %299 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %300 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %301 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x64x1xf32>}> : () -> tensor<3x3x64x1xf32>
    %302 = tosa.depthwise_conv2d %290, %301, %300, %299, %299 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x16x16x64xf32>, tensor<3x3x64x1xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %303 = tosa.clamp %302 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x64xf32>) -> tensor<1x8x8x64xf32>
    %304 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %305 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %306 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x64xf32>}> : () -> tensor<64x1x1x64xf32>
    %307 = tosa.conv2d %303, %306, %305, %304, %304 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x64xf32>, tensor<64x1x1x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %308 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %309 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %310 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x64x1xf32>}> : () -> tensor<3x3x64x1xf32>
    %311 = tosa.depthwise_conv2d %298, %310, %309, %308, %308 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x64xf32>, tensor<3x3x64x1xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %312 = tosa.clamp %311 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x64xf32>) -> tensor<1x8x8x64xf32>
    %313 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %314 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %315 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x64xf32>}> : () -> tensor<64x1x1x64xf32>
    %316 = tosa.conv2d %312, %315, %314, %313, %313 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x64xf32>, tensor<64x1x1x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %317 = tosa.concat %298, %307 {axis = 3 : i32} : (tensor<1x8x8x64xf32>, tensor<1x8x8x64xf32>) -> tensor<1x8x8x128xf32>
    %318 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %319 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %320 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x128x1xf32>}> : () -> tensor<5x5x128x1xf32>
    %321 = tosa.depthwise_conv2d %317, %320, %319, %318, %318 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x8x8x128xf32>, tensor<5x5x128x1xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x128xf32>
    %322 = tosa.clamp %321 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x128xf32>) -> tensor<1x8x8x128xf32>
    %323 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %324 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %325 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x128xf32>}> : () -> tensor<64x1x1x128xf32>
    %326 = tosa.conv2d %322, %325, %324, %323, %323 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x128xf32>, tensor<64x1x1x128xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %327 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %328 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %329 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x64xf32>}> : () -> tensor<128x1x1x64xf32>
    %330 = tosa.conv2d %307, %329, %328, %327, %327 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x64xf32>, tensor<128x1x1x64xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x128xf32>
    %331 = tosa.clamp %330 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x128xf32>) -> tensor<1x8x8x128xf32>
    %332 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %333 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %334 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x128x1xf32>}> : () -> tensor<3x3x128x1xf32>
    %335 = tosa.depthwise_conv2d %331, %334, %333, %332, %332 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x128xf32>, tensor<3x3x128x1xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x128xf32>
    %336 = tosa.clamp %335 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x128xf32>) -> tensor<1x8x8x128xf32>
    %337 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %338 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %339 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x128xf32>}> : () -> tensor<64x1x1x128xf32>
    %340 = tosa.conv2d %336, %339, %338, %337, %337 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x128xf32>, tensor<64x1x1x128xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %341 = tosa.concat %316, %326, %340 {axis = 3 : i32} : (tensor<1x8x8x64xf32>, tensor<1x8x8x64xf32>, tensor<1x8x8x64xf32>) -> tensor<1x8x8x192xf32>
    %342 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %343 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %344 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x192xf32>}> : () -> tensor<64x1x1x192xf32>
    %345 = tosa.conv2d %341, %344, %343, %342, %342 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x192xf32>, tensor<64x1x1x192xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %346 = tosa.clamp %345 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x64xf32>) -> tensor<1x8x8x64xf32>
    %347 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %348 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %349 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x64x1xf32>}> : () -> tensor<3x3x64x1xf32>
    %350 = tosa.depthwise_conv2d %326, %349, %348, %347, %347 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x64xf32>, tensor<3x3x64x1xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %351 = tosa.clamp %350 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x64xf32>) -> tensor<1x8x8x64xf32>
    %352 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %353 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %354 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x64xf32>}> : () -> tensor<64x1x1x64xf32>
    %355 = tosa.conv2d %351, %354, %353, %352, %352 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x64xf32>, tensor<64x1x1x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %356 = tosa.concat %340, %346, %355 {axis = 3 : i32} : (tensor<1x8x8x64xf32>, tensor<1x8x8x64xf32>, tensor<1x8x8x64xf32>) -> tensor<1x8x8x192xf32>
    %357 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %358 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %359 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x192xf32>}> : () -> tensor<128x1x1x192xf32>
    %360 = tosa.conv2d %356, %359, %358, %357, %357 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x192xf32>, tensor<128x1x1x192xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x128xf32>
    %361 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %362 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %363 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x128xf32>}> : () -> tensor<64x1x1x128xf32>
    %364 = tosa.conv2d %360, %363, %362, %361, %361 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x128xf32>, tensor<64x1x1x128xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %365 = tosa.clamp %364 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x64xf32>) -> tensor<1x8x8x64xf32>
    %366 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %367 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %368 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x128x1xf32>}> : () -> tensor<3x3x128x1xf32>
    %369 = tosa.depthwise_conv2d %360, %368, %367, %366, %366 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x128xf32>, tensor<3x3x128x1xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x128xf32>
    %370 = tosa.clamp %369 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x128xf32>) -> tensor<1x8x8x128xf32>
    %371 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %372 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %373 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x128xf32>}> : () -> tensor<64x1x1x128xf32>
    %374 = tosa.conv2d %370, %373, %372, %371, %371 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x128xf32>, tensor<64x1x1x128xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %375 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %376 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %377 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x64x1xf32>}> : () -> tensor<3x3x64x1xf32>
    %378 = tosa.depthwise_conv2d %365, %377, %376, %375, %375 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x64xf32>, tensor<3x3x64x1xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %379 = tosa.clamp %378 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x64xf32>) -> tensor<1x8x8x64xf32>
    %380 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %381 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %382 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x64xf32>}> : () -> tensor<64x1x1x64xf32>
    %383 = tosa.conv2d %379, %382, %381, %380, %380 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x64xf32>, tensor<64x1x1x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %384 = tosa.concat %365, %374 {axis = 3 : i32} : (tensor<1x8x8x64xf32>, tensor<1x8x8x64xf32>) -> tensor<1x8x8x128xf32>
    %385 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %386 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %387 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x128x1xf32>}> : () -> tensor<5x5x128x1xf32>
    %388 = tosa.depthwise_conv2d %384, %387, %386, %385, %385 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x8x8x128xf32>, tensor<5x5x128x1xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x128xf32>
    %389 = tosa.clamp %388 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x128xf32>) -> tensor<1x8x8x128xf32>
    %390 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %391 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %392 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x128xf32>}> : () -> tensor<64x1x1x128xf32>
    %393 = tosa.conv2d %389, %392, %391, %390, %390 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x128xf32>, tensor<64x1x1x128xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %394 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %395 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %396 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x64xf32>}> : () -> tensor<128x1x1x64xf32>
    %397 = tosa.conv2d %374, %396, %395, %394, %394 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x64xf32>, tensor<128x1x1x64xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x128xf32>
    %398 = tosa.clamp %397 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x128xf32>) -> tensor<1x8x8x128xf32>
    %399 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %400 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %401 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x128x1xf32>}> : () -> tensor<3x3x128x1xf32>
    %402 = tosa.depthwise_conv2d %398, %401, %400, %399, %399 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x128xf32>, tensor<3x3x128x1xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x128xf32>
    %403 = tosa.clamp %402 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x128xf32>) -> tensor<1x8x8x128xf32>
    %404 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %405 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %406 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x128xf32>}> : () -> tensor<64x1x1x128xf32>
    %407 = tosa.conv2d %403, %406, %405, %404, %404 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x128xf32>, tensor<64x1x1x128xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %408 = tosa.concat %383, %393, %407 {axis = 3 : i32} : (tensor<1x8x8x64xf32>, tensor<1x8x8x64xf32>, tensor<1x8x8x64xf32>) -> tensor<1x8x8x192xf32>
    %409 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %410 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %411 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x192xf32>}> : () -> tensor<64x1x1x192xf32>
    %412 = tosa.conv2d %408, %411, %410, %409, %409 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x192xf32>, tensor<64x1x1x192xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %413 = tosa.clamp %412 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x64xf32>) -> tensor<1x8x8x64xf32>
    %414 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %415 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %416 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x64x1xf32>}> : () -> tensor<3x3x64x1xf32>
    %417 = tosa.depthwise_conv2d %393, %416, %415, %414, %414 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x64xf32>, tensor<3x3x64x1xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %418 = tosa.clamp %417 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x64xf32>) -> tensor<1x8x8x64xf32>
    %419 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %420 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %421 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x64xf32>}> : () -> tensor<64x1x1x64xf32>
    %422 = tosa.conv2d %418, %421, %420, %419, %419 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x64xf32>, tensor<64x1x1x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x64xf32>
    %423 = tosa.concat %407, %413, %422 {axis = 3 : i32} : (tensor<1x8x8x64xf32>, tensor<1x8x8x64xf32>, tensor<1x8x8x64xf32>) -> tensor<1x8x8x192xf32>
    %424 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %425 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %426 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x192xf32>}> : () -> tensor<128x1x1x192xf32>
    %427 = tosa.conv2d %423, %426, %425, %424, %424 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x192xf32>, tensor<128x1x1x192xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x128xf32>
    %428 = tosa.add %360, %427 : (tensor<1x8x8x128xf32>, tensor<1x8x8x128xf32>) -> tensor<1x8x8x128xf32>
    %429 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %430 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<256xf32>}> : () -> tensor<256xf32>
    %431 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<256x1x1x128xf32>}> : () -> tensor<256x1x1x128xf32>
    %432 = tosa.conv2d %428, %431, %430, %429, %429 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x128xf32>, tensor<256x1x1x128xf32>, tensor<256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x256xf32>
    %433 = tosa.clamp %432 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x256xf32>) -> tensor<1x8x8x256xf32>
    %434 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %435 = tosa.avg_pool2d %433, %434, %434 {acc_type = f32, kernel = array<i64: 8, 8>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x256xf32>
    %436 = tosa.const_shape  {values = dense<[1, 256, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %437 = tosa.reshape %435, %436 : (tensor<1x1x1x256xf32>, !tosa.shape<4>) -> tensor<1x256x1x1xf32>
    %438 = tosa.const_shape  {values = dense<[1, 256]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %439 = tosa.reshape %437, %438 : (tensor<1x256x1x1xf32>, !tosa.shape<2>) -> tensor<1x256xf32>
    %440 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<256x2xf32>}> : () -> tensor<256x2xf32>
    %441 = tosa.const_shape  {values = dense<[1, 1, 256]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %442 = tosa.reshape %439, %441 : (tensor<1x256xf32>, !tosa.shape<3>) -> tensor<1x1x256xf32>
    %443 = tosa.const_shape  {values = dense<[1, 256, 2]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %444 = tosa.reshape %440, %443 : (tensor<256x2xf32>, !tosa.shape<3>) -> tensor<1x256x2xf32>
    %445 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %446 = tosa.matmul %442, %444, %445, %445 : (tensor<1x1x256xf32>, tensor<1x256x2xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x2xf32>
    %447 = tosa.const_shape  {values = dense<[1, 2]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %448 = tosa.reshape %446, %447 : (tensor<1x1x2xf32>, !tosa.shape<2>) -> tensor<1x2xf32>
    %449 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x2xf32>}> : () -> tensor<1x2xf32>
    %450 = tosa.add %448, %449 : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>
    return %450 : tensor<1x2xf32>
  }
}
