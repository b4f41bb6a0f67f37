module {
  func.func @torch_jit(%arg0: tensor<1x3x32x32xf32> {onnx.name = "input"}) -> (tensor<1x10xf32> {onnx.name = "output"}) {
    %0 = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x32x32xf32>) -> tensor<1x32x32x3xf32>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<108xf32>}> : () -> tensor<108xf32>
    %3 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<108x3x3x3xf32>}> : () -> tensor<108x3x3x3xf32>
    %4 = tosa.conv2d %0, %3, %2, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x3xf32>, tensor<108x3x3x3xf32>, tensor<108xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x108xf32>
    %5 = tosa.clamp %4 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x108xf32>) -> tensor<1x32x32x108xf32>
    %6 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %7 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %8 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x108xf32>}> : () -> tensor<36x1x1x108xf32>
    %9 = tosa.conv2d %5, %8, %7, %6, %6 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x108xf32>, tensor<36x1x1x108xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %10 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %11 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %12 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x108xf32>}> : () -> tensor<36x1x1x108xf32>
    %13 = tosa.conv2d %5, %12, %11, %10, %10 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x108xf32>, tensor<36x1x1x108xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %14 = tosa.clamp %9 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %15 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %16 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %17 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %18 = tosa.depthwise_conv2d %14, %17, %16, %15, %15 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %19 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %20 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %21 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %22 = tosa.conv2d %18, %21, %20, %19, %19 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %23 = tosa.clamp %22 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %24 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %25 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %26 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %27 = tosa.depthwise_conv2d %23, %26, %25, %24, %24 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %28 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %29 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %30 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %31 = tosa.conv2d %27, %30, %29, %28, %28 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %32 = tosa.clamp %13 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %33 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %34 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %35 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %36 = tosa.depthwise_conv2d %32, %35, %34, %33, %33 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %37 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %38 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %39 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %40 = tosa.conv2d %36, %39, %38, %37, %37 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %41 = tosa.clamp %40 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %42 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %43 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %44 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %45 = tosa.depthwise_conv2d %41, %44, %43, %42, %42 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %46 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %47 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %48 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %49 = tosa.conv2d %45, %48, %47, %46, %46 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %50 = tosa.add %31, %49 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %51 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %52 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %53 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %54 = tosa.depthwise_conv2d %14, %53, %52, %51, %51 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %55 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %56 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %57 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %58 = tosa.conv2d %54, %57, %56, %55, %55 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %59 = tosa.clamp %58 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %60 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %61 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %62 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %63 = tosa.depthwise_conv2d %59, %62, %61, %60, %60 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %64 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %65 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %66 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %67 = tosa.conv2d %63, %66, %65, %64, %64 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %68 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %69 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %70 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %71 = tosa.depthwise_conv2d %32, %70, %69, %68, %68 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %72 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %73 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %74 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %75 = tosa.conv2d %71, %74, %73, %72, %72 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %76 = tosa.clamp %75 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %77 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %78 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %79 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %80 = tosa.depthwise_conv2d %76, %79, %78, %77, %77 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %81 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %82 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %83 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %84 = tosa.conv2d %80, %83, %82, %81, %81 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %85 = tosa.add %67, %84 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %86 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %87 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %88 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %89 = tosa.depthwise_conv2d %32, %88, %87, %86, %86 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %90 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %91 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %92 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %93 = tosa.conv2d %89, %92, %91, %90, %90 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %94 = tosa.clamp %93 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %95 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %96 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %97 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %98 = tosa.depthwise_conv2d %94, %97, %96, %95, %95 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %99 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %100 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %101 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %102 = tosa.conv2d %98, %101, %100, %99, %99 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %103 = tosa.add %102, %9 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %104 = tosa.clamp %50 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %105 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %106 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %107 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %108 = tosa.depthwise_conv2d %104, %107, %106, %105, %105 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %109 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %110 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %111 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %112 = tosa.conv2d %108, %111, %110, %109, %109 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %113 = tosa.add %9, %112 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %114 = tosa.concat %50, %85, %103, %113 {axis = 3 : i32} : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x144xf32>
    %115 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %116 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %117 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x108xf32>}> : () -> tensor<36x1x1x108xf32>
    %118 = tosa.conv2d %5, %117, %116, %115, %115 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x108xf32>, tensor<36x1x1x108xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %119 = tosa.clamp %114 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x144xf32>) -> tensor<1x32x32x144xf32>
    %120 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %121 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %122 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x144xf32>}> : () -> tensor<36x1x1x144xf32>
    %123 = tosa.conv2d %119, %122, %121, %120, %120 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x144xf32>, tensor<36x1x1x144xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %124 = tosa.clamp %118 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %125 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %126 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %127 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %128 = tosa.depthwise_conv2d %124, %127, %126, %125, %125 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %129 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %130 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %131 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %132 = tosa.conv2d %128, %131, %130, %129, %129 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %133 = tosa.clamp %132 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %134 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %135 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %136 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %137 = tosa.depthwise_conv2d %133, %136, %135, %134, %134 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %138 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %139 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %140 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %141 = tosa.conv2d %137, %140, %139, %138, %138 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %142 = tosa.clamp %123 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %143 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %144 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %145 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %146 = tosa.depthwise_conv2d %142, %145, %144, %143, %143 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %147 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %148 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %149 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %150 = tosa.conv2d %146, %149, %148, %147, %147 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %151 = tosa.clamp %150 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %152 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %153 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %154 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %155 = tosa.depthwise_conv2d %151, %154, %153, %152, %152 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %156 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %157 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %158 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %159 = tosa.conv2d %155, %158, %157, %156, %156 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %160 = tosa.add %141, %159 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %161 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %162 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %163 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %164 = tosa.depthwise_conv2d %124, %163, %162, %161, %161 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %165 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %166 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %167 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %168 = tosa.conv2d %164, %167, %166, %165, %165 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %169 = tosa.clamp %168 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %170 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %171 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %172 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %173 = tosa.depthwise_conv2d %169, %172, %171, %170, %170 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %174 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %175 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %176 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %177 = tosa.conv2d %173, %176, %175, %174, %174 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %178 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %179 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %180 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %181 = tosa.depthwise_conv2d %142, %180, %179, %178, %178 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %182 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %183 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %184 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %185 = tosa.conv2d %181, %184, %183, %182, %182 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %186 = tosa.clamp %185 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %187 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %188 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %189 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %190 = tosa.depthwise_conv2d %186, %189, %188, %187, %187 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %191 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %192 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %193 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %194 = tosa.conv2d %190, %193, %192, %191, %191 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %195 = tosa.add %177, %194 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %196 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %197 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %198 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %199 = tosa.depthwise_conv2d %142, %198, %197, %196, %196 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %200 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %201 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %202 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %203 = tosa.conv2d %199, %202, %201, %200, %200 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %204 = tosa.clamp %203 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %205 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %206 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %207 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %208 = tosa.depthwise_conv2d %204, %207, %206, %205, %205 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %209 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %210 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %211 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %212 = tosa.conv2d %208, %211, %210, %209, %209 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %213 = tosa.add %212, %118 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %214 = tosa.clamp %160 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %215 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %216 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %217 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %218 = tosa.depthwise_conv2d %214, %217, %216, %215, %215 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %219 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %220 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %221 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %222 = tosa.conv2d %218, %221, %220, %219, %219 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %223 = tosa.add %118, %222 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %224 = tosa.concat %160, %195, %213, %223 {axis = 3 : i32} : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x144xf32>
    %225 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %226 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %227 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x144xf32>}> : () -> tensor<36x1x1x144xf32>
    %228 = tosa.conv2d %119, %227, %226, %225, %225 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x144xf32>, tensor<36x1x1x144xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %229 = tosa.clamp %224 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x144xf32>) -> tensor<1x32x32x144xf32>
    %230 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %231 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %232 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x144xf32>}> : () -> tensor<36x1x1x144xf32>
    %233 = tosa.conv2d %229, %232, %231, %230, %230 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x144xf32>, tensor<36x1x1x144xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %234 = tosa.clamp %228 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %235 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %236 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %237 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %238 = tosa.depthwise_conv2d %234, %237, %236, %235, %235 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %239 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %240 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %241 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %242 = tosa.conv2d %238, %241, %240, %239, %239 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %243 = tosa.clamp %242 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %244 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %245 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %246 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %247 = tosa.depthwise_conv2d %243, %246, %245, %244, %244 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %248 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %249 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %250 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %251 = tosa.conv2d %247, %250, %249, %248, %248 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %252 = tosa.clamp %233 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %253 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %254 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %255 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %256 = tosa.depthwise_conv2d %252, %255, %254, %253, %253 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %257 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %258 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %259 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %260 = tosa.conv2d %256, %259, %258, %257, %257 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %261 = tosa.clamp %260 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %262 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %263 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %264 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %265 = tosa.depthwise_conv2d %261, %264, %263, %262, %262 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %266 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %267 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %268 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %269 = tosa.conv2d %265, %268, %267, %266, %266 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %270 = tosa.add %251, %269 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %271 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %272 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %273 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %274 = tosa.depthwise_conv2d %234, %273, %272, %271, %271 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %275 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %276 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %277 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %278 = tosa.conv2d %274, %277, %276, %275, %275 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %279 = tosa.clamp %278 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %280 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %281 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %282 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %283 = tosa.depthwise_conv2d %279, %282, %281, %280, %280 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %284 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %285 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %286 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %287 = tosa.conv2d %283, %286, %285, %284, %284 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %288 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %289 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %290 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %291 = tosa.depthwise_conv2d %252, %290, %289, %288, %288 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %292 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %293 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %294 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %295 = tosa.conv2d %291, %294, %293, %292, %292 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %296 = tosa.clamp %295 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %297 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %298 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %299 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %300 = tosa.depthwise_conv2d %296, %299, %298, %297, %297 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %301 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %302 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %303 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %304 = tosa.conv2d %300, %303, %302, %301, %301 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %305 = tosa.add %287, %304 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %306 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %307 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %308 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %309 = tosa.depthwise_conv2d %252, %308, %307, %306, %306 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %310 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %311 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %312 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %313 = tosa.conv2d %309, %312, %311, %310, %310 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %314 = tosa.clamp %313 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %315 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %316 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %317 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %318 = tosa.depthwise_conv2d %314, %317, %316, %315, %315 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %319 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %320 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %321 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %322 = tosa.conv2d %318, %321, %320, %319, %319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %323 = tosa.add %322, %228 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %324 = tosa.clamp %270 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %325 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %326 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %327 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %328 = tosa.depthwise_conv2d %324, %327, %326, %325, %325 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %329 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %330 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %331 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %332 = tosa.conv2d %328, %331, %330, %329, %329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %333 = tosa.add %228, %332 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %334 = tosa.concat %270, %305, %323, %333 {axis = 3 : i32} : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x144xf32>
    %335 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %336 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %337 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x144xf32>}> : () -> tensor<36x1x1x144xf32>
    %338 = tosa.conv2d %229, %337, %336, %335, %335 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x144xf32>, tensor<36x1x1x144xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %339 = tosa.clamp %334 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x144xf32>) -> tensor<1x32x32x144xf32>
    %340 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %341 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %342 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x144xf32>}> : () -> tensor<36x1x1x144xf32>
    %343 = tosa.conv2d %339, %342, %341, %340, %340 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x144xf32>, tensor<36x1x1x144xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %344 = tosa.clamp %338 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %345 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %346 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %347 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %348 = tosa.depthwise_conv2d %344, %347, %346, %345, %345 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %349 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %350 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %351 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %352 = tosa.conv2d %348, %351, %350, %349, %349 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %353 = tosa.clamp %352 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %354 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %355 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %356 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %357 = tosa.depthwise_conv2d %353, %356, %355, %354, %354 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %358 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %359 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %360 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %361 = tosa.conv2d %357, %360, %359, %358, %358 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %362 = tosa.clamp %343 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %363 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %364 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %365 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %366 = tosa.depthwise_conv2d %362, %365, %364, %363, %363 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %367 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %368 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %369 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %370 = tosa.conv2d %366, %369, %368, %367, %367 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %371 = tosa.clamp %370 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %372 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %373 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %374 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %375 = tosa.depthwise_conv2d %371, %374, %373, %372, %372 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %376 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %377 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %378 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %379 = tosa.conv2d %375, %378, %377, %376, %376 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %380 = tosa.add %361, %379 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %381 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %382 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %383 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %384 = tosa.depthwise_conv2d %344, %383, %382, %381, %381 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %385 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %386 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %387 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %388 = tosa.conv2d %384, %387, %386, %385, %385 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %389 = tosa.clamp %388 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %390 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %391 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %392 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %393 = tosa.depthwise_conv2d %389, %392, %391, %390, %390 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %394 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %395 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %396 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %397 = tosa.conv2d %393, %396, %395, %394, %394 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %398 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %399 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %400 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %401 = tosa.depthwise_conv2d %362, %400, %399, %398, %398 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %402 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %403 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %404 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %405 = tosa.conv2d %401, %404, %403, %402, %402 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %406 = tosa.clamp %405 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %407 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %408 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %409 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %410 = tosa.depthwise_conv2d %406, %409, %408, %407, %407 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %411 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %412 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %413 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %414 = tosa.conv2d %410, %413, %412, %411, %411 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %415 = tosa.add %397, %414 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %416 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %417 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %418 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %419 = tosa.depthwise_conv2d %362, %418, %417, %416, %416 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %420 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %421 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %422 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %423 = tosa.conv2d %419, %422, %421, %420, %420 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %424 = tosa.clamp %423 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %425 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %426 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %427 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %428 = tosa.depthwise_conv2d %424, %427, %426, %425, %425 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %429 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %430 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %431 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %432 = tosa.conv2d %428, %431, %430, %429, %429 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %433 = tosa.add %432, %338 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %434 = tosa.clamp %380 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %435 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %436 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %437 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %438 = tosa.depthwise_conv2d %434, %437, %436, %435, %435 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %439 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %440 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %441 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %442 = tosa.conv2d %438, %441, %440, %439, %439 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %443 = tosa.add %338, %442 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %444 = tosa.concat %380, %415, %433, %443 {axis = 3 : i32} : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x144xf32>
    %445 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %446 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %447 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x144xf32>}> : () -> tensor<36x1x1x144xf32>
    %448 = tosa.conv2d %339, %447, %446, %445, %445 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x144xf32>, tensor<36x1x1x144xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %449 = tosa.clamp %444 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x144xf32>) -> tensor<1x32x32x144xf32>
    %450 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %451 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %452 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x144xf32>}> : () -> tensor<36x1x1x144xf32>
    %453 = tosa.conv2d %449, %452, %451, %450, %450 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x144xf32>, tensor<36x1x1x144xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %454 = tosa.clamp %448 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %455 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %456 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %457 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %458 = tosa.depthwise_conv2d %454, %457, %456, %455, %455 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %459 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %460 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %461 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %462 = tosa.conv2d %458, %461, %460, %459, %459 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %463 = tosa.clamp %462 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %464 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %465 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %466 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %467 = tosa.depthwise_conv2d %463, %466, %465, %464, %464 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %468 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %469 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %470 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %471 = tosa.conv2d %467, %470, %469, %468, %468 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %472 = tosa.clamp %453 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %473 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %474 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %475 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %476 = tosa.depthwise_conv2d %472, %475, %474, %473, %473 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %477 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %478 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %479 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %480 = tosa.conv2d %476, %479, %478, %477, %477 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %481 = tosa.clamp %480 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %482 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %483 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %484 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %485 = tosa.depthwise_conv2d %481, %484, %483, %482, %482 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %486 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %487 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %488 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %489 = tosa.conv2d %485, %488, %487, %486, %486 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %490 = tosa.add %471, %489 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %491 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %492 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %493 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %494 = tosa.depthwise_conv2d %454, %493, %492, %491, %491 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %495 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %496 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %497 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %498 = tosa.conv2d %494, %497, %496, %495, %495 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %499 = tosa.clamp %498 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %500 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %501 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %502 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %503 = tosa.depthwise_conv2d %499, %502, %501, %500, %500 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %504 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %505 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %506 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %507 = tosa.conv2d %503, %506, %505, %504, %504 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %508 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %509 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %510 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %511 = tosa.depthwise_conv2d %472, %510, %509, %508, %508 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %512 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %513 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %514 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %515 = tosa.conv2d %511, %514, %513, %512, %512 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %516 = tosa.clamp %515 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %517 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %518 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %519 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %520 = tosa.depthwise_conv2d %516, %519, %518, %517, %517 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %521 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %522 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %523 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %524 = tosa.conv2d %520, %523, %522, %521, %521 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %525 = tosa.add %507, %524 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %526 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %527 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %528 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %529 = tosa.depthwise_conv2d %472, %528, %527, %526, %526 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %530 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %531 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %532 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %533 = tosa.conv2d %529, %532, %531, %530, %530 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %534 = tosa.clamp %533 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %535 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %536 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %537 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %538 = tosa.depthwise_conv2d %534, %537, %536, %535, %535 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %539 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %540 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %541 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %542 = tosa.conv2d %538, %541, %540, %539, %539 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %543 = tosa.add %542, %448 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %544 = tosa.clamp %490 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %545 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %546 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %547 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %548 = tosa.depthwise_conv2d %544, %547, %546, %545, %545 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %549 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %550 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %551 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %552 = tosa.conv2d %548, %551, %550, %549, %549 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %553 = tosa.add %448, %552 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %554 = tosa.concat %490, %525, %543, %553 {axis = 3 : i32} : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x144xf32>
    %555 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %556 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %557 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x144xf32>}> : () -> tensor<36x1x1x144xf32>
    %558 = tosa.conv2d %449, %557, %556, %555, %555 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x144xf32>, tensor<36x1x1x144xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %559 = tosa.clamp %554 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x144xf32>) -> tensor<1x32x32x144xf32>
    %560 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %561 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %562 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x144xf32>}> : () -> tensor<36x1x1x144xf32>
    %563 = tosa.conv2d %559, %562, %561, %560, %560 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x144xf32>, tensor<36x1x1x144xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %564 = tosa.clamp %558 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %565 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %566 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %567 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %568 = tosa.depthwise_conv2d %564, %567, %566, %565, %565 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %569 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %570 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %571 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %572 = tosa.conv2d %568, %571, %570, %569, %569 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %573 = tosa.clamp %572 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %574 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %575 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %576 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %577 = tosa.depthwise_conv2d %573, %576, %575, %574, %574 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %578 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %579 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %580 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %581 = tosa.conv2d %577, %580, %579, %578, %578 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %582 = tosa.clamp %563 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %583 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %584 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %585 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %586 = tosa.depthwise_conv2d %582, %585, %584, %583, %583 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %587 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %588 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %589 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %590 = tosa.conv2d %586, %589, %588, %587, %587 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %591 = tosa.clamp %590 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %592 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %593 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %594 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %595 = tosa.depthwise_conv2d %591, %594, %593, %592, %592 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %596 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %597 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %598 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %599 = tosa.conv2d %595, %598, %597, %596, %596 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %600 = tosa.add %581, %599 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %601 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %602 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %603 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %604 = tosa.depthwise_conv2d %564, %603, %602, %601, %601 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %605 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %606 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %607 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %608 = tosa.conv2d %604, %607, %606, %605, %605 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %609 = tosa.clamp %608 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %610 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %611 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %612 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %613 = tosa.depthwise_conv2d %609, %612, %611, %610, %610 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %614 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %615 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %616 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %617 = tosa.conv2d %613, %616, %615, %614, %614 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %618 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %619 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %620 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %621 = tosa.depthwise_conv2d %582, %620, %619, %618, %618 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %622 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %623 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %624 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %625 = tosa.conv2d %621, %624, %623, %622, %622 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %626 = tosa.clamp %625 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %627 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %628 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %629 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %630 = tosa.depthwise_conv2d %626, %629, %628, %627, %627 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %631 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %632 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %633 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %634 = tosa.conv2d %630, %633, %632, %631, %631 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %635 = tosa.add %617, %634 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %636 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %637 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %638 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %639 = tosa.depthwise_conv2d %582, %638, %637, %636, %636 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %640 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %641 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %642 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %643 = tosa.conv2d %639, %642, %641, %640, %640 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %644 = tosa.clamp %643 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %645 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %646 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %647 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %648 = tosa.depthwise_conv2d %644, %647, %646, %645, %645 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %649 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %650 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %651 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %652 = tosa.conv2d %648, %651, %650, %649, %649 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %653 = tosa.add %652, %558 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %654 = tosa.clamp %600 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %655 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %656 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %657 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x36x1xf32>}> : () -> tensor<3x3x36x1xf32>
    %658 = tosa.depthwise_conv2d %654, %657, %656, %655, %655 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<3x3x36x1xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %659 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %660 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %661 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x36xf32>}> : () -> tensor<36x1x1x36xf32>
    %662 = tosa.conv2d %658, %661, %660, %659, %659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x36xf32>, tensor<36x1x1x36xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x36xf32>
    %663 = tosa.add %558, %662 : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x36xf32>
    %664 = tosa.concat %600, %635, %653, %663 {axis = 3 : i32} : (tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>, tensor<1x32x32x36xf32>) -> tensor<1x32x32x144xf32>
    %665 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %666 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %667 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x144xf32>}> : () -> tensor<72x1x1x144xf32>
    %668 = tosa.conv2d %559, %667, %666, %665, %665 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x144xf32>, tensor<72x1x1x144xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x72xf32>
    %669 = tosa.clamp %664 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x144xf32>) -> tensor<1x32x32x144xf32>
    %670 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %671 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %672 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x144xf32>}> : () -> tensor<72x1x1x144xf32>
    %673 = tosa.conv2d %669, %672, %671, %670, %670 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x32x32x144xf32>, tensor<72x1x1x144xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x72xf32>
    %674 = tosa.max_pool2d %668 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x32x32x72xf32>) -> tensor<1x16x16x72xf32>
    %675 = tosa.max_pool2d %673 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x32x32x72xf32>) -> tensor<1x16x16x72xf32>
    %676 = tosa.add %674, %675 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %677 = tosa.add %676, %675 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %678 = tosa.add %674, %676 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %679 = tosa.concat %676, %677, %678, %677 {axis = 3 : i32} : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x288xf32>
    %680 = tosa.const_shape  {values = dense<[1, 31, 31, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %681 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %682 = tosa.slice %669, %681, %680 : (tensor<1x32x32x144xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x31x31x144xf32>
    %683 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %684 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %685 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x144xf32>}> : () -> tensor<36x1x1x144xf32>
    %686 = tosa.conv2d %682, %685, %684, %683, %683 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x31x31x144xf32>, tensor<36x1x1x144xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x36xf32>
    %687 = tosa.const_shape  {values = dense<[1, 31, 32, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %688 = tosa.const_shape  {values = dense<[0, 1, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %689 = tosa.slice %669, %688, %687 : (tensor<1x32x32x144xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x31x32x144xf32>
    %690 = tosa.const_shape  {values = dense<[1, 31, 31, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %691 = tosa.const_shape  {values = dense<[0, 0, 1, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %692 = tosa.slice %689, %691, %690 : (tensor<1x31x32x144xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x31x31x144xf32>
    %693 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %694 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36xf32>}> : () -> tensor<36xf32>
    %695 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<36x1x1x144xf32>}> : () -> tensor<36x1x1x144xf32>
    %696 = tosa.conv2d %692, %695, %694, %693, %693 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x31x31x144xf32>, tensor<36x1x1x144xf32>, tensor<36xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x36xf32>
    %697 = tosa.concat %686, %696 {axis = 3 : i32} : (tensor<1x16x16x36xf32>, tensor<1x16x16x36xf32>) -> tensor<1x16x16x72xf32>
    %698 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x72xf32>}> : () -> tensor<1x1x1x72xf32>
    %699 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %700 = tosa.mul %697, %698, %699 : (tensor<1x16x16x72xf32>, tensor<1x1x1x72xf32>, tensor<1xi8>) -> tensor<1x16x16x72xf32>
    %701 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x72xf32>}> : () -> tensor<1x1x1x72xf32>
    %702 = tosa.add %700, %701 : (tensor<1x16x16x72xf32>, tensor<1x1x1x72xf32>) -> tensor<1x16x16x72xf32>
    %703 = tosa.clamp %679 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x288xf32>) -> tensor<1x16x16x288xf32>
    %704 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %705 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %706 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x288xf32>}> : () -> tensor<72x1x1x288xf32>
    %707 = tosa.conv2d %703, %706, %705, %704, %704 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x288xf32>, tensor<72x1x1x288xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %708 = tosa.clamp %702 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %709 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %710 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %711 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %712 = tosa.depthwise_conv2d %708, %711, %710, %709, %709 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %713 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %714 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %715 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %716 = tosa.conv2d %712, %715, %714, %713, %713 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %717 = tosa.clamp %716 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %718 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %719 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %720 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %721 = tosa.depthwise_conv2d %717, %720, %719, %718, %718 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %722 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %723 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %724 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %725 = tosa.conv2d %721, %724, %723, %722, %722 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %726 = tosa.clamp %707 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %727 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %728 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %729 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %730 = tosa.depthwise_conv2d %726, %729, %728, %727, %727 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %731 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %732 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %733 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %734 = tosa.conv2d %730, %733, %732, %731, %731 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %735 = tosa.clamp %734 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %736 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %737 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %738 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %739 = tosa.depthwise_conv2d %735, %738, %737, %736, %736 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %740 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %741 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %742 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %743 = tosa.conv2d %739, %742, %741, %740, %740 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %744 = tosa.add %725, %743 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %745 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %746 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %747 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %748 = tosa.depthwise_conv2d %708, %747, %746, %745, %745 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %749 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %750 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %751 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %752 = tosa.conv2d %748, %751, %750, %749, %749 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %753 = tosa.clamp %752 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %754 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %755 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %756 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %757 = tosa.depthwise_conv2d %753, %756, %755, %754, %754 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %758 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %759 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %760 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %761 = tosa.conv2d %757, %760, %759, %758, %758 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %762 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %763 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %764 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %765 = tosa.depthwise_conv2d %726, %764, %763, %762, %762 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %766 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %767 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %768 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %769 = tosa.conv2d %765, %768, %767, %766, %766 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %770 = tosa.clamp %769 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %771 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %772 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %773 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %774 = tosa.depthwise_conv2d %770, %773, %772, %771, %771 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %775 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %776 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %777 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %778 = tosa.conv2d %774, %777, %776, %775, %775 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %779 = tosa.add %761, %778 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %780 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %781 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %782 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %783 = tosa.depthwise_conv2d %726, %782, %781, %780, %780 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %784 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %785 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %786 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %787 = tosa.conv2d %783, %786, %785, %784, %784 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %788 = tosa.clamp %787 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %789 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %790 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %791 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %792 = tosa.depthwise_conv2d %788, %791, %790, %789, %789 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %793 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %794 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %795 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %796 = tosa.conv2d %792, %795, %794, %793, %793 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %797 = tosa.add %796, %702 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %798 = tosa.clamp %744 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %799 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %800 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %801 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %802 = tosa.depthwise_conv2d %798, %801, %800, %799, %799 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %803 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %804 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %805 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %806 = tosa.conv2d %802, %805, %804, %803, %803 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %807 = tosa.add %702, %806 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %808 = tosa.concat %744, %779, %797, %807 {axis = 3 : i32} : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x288xf32>
    %809 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %810 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %811 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x288xf32>}> : () -> tensor<72x1x1x288xf32>
    %812 = tosa.conv2d %703, %811, %810, %809, %809 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x288xf32>, tensor<72x1x1x288xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %813 = tosa.clamp %808 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x288xf32>) -> tensor<1x16x16x288xf32>
    %814 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %815 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %816 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x288xf32>}> : () -> tensor<72x1x1x288xf32>
    %817 = tosa.conv2d %813, %816, %815, %814, %814 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x288xf32>, tensor<72x1x1x288xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %818 = tosa.clamp %812 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %819 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %820 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %821 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %822 = tosa.depthwise_conv2d %818, %821, %820, %819, %819 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %823 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %824 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %825 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %826 = tosa.conv2d %822, %825, %824, %823, %823 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %827 = tosa.clamp %826 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %828 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %829 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %830 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %831 = tosa.depthwise_conv2d %827, %830, %829, %828, %828 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %832 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %833 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %834 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %835 = tosa.conv2d %831, %834, %833, %832, %832 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %836 = tosa.clamp %817 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %837 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %838 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %839 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %840 = tosa.depthwise_conv2d %836, %839, %838, %837, %837 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %841 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %842 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %843 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %844 = tosa.conv2d %840, %843, %842, %841, %841 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %845 = tosa.clamp %844 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %846 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %847 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %848 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %849 = tosa.depthwise_conv2d %845, %848, %847, %846, %846 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %850 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %851 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %852 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %853 = tosa.conv2d %849, %852, %851, %850, %850 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %854 = tosa.add %835, %853 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %855 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %856 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %857 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %858 = tosa.depthwise_conv2d %818, %857, %856, %855, %855 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %859 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %860 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %861 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %862 = tosa.conv2d %858, %861, %860, %859, %859 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %863 = tosa.clamp %862 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %864 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %865 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %866 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %867 = tosa.depthwise_conv2d %863, %866, %865, %864, %864 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %868 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %869 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %870 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %871 = tosa.conv2d %867, %870, %869, %868, %868 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %872 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %873 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %874 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %875 = tosa.depthwise_conv2d %836, %874, %873, %872, %872 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %876 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %877 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %878 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %879 = tosa.conv2d %875, %878, %877, %876, %876 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %880 = tosa.clamp %879 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %881 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %882 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %883 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %884 = tosa.depthwise_conv2d %880, %883, %882, %881, %881 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %885 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %886 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %887 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %888 = tosa.conv2d %884, %887, %886, %885, %885 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %889 = tosa.add %871, %888 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %890 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %891 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %892 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %893 = tosa.depthwise_conv2d %836, %892, %891, %890, %890 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %894 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %895 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %896 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %897 = tosa.conv2d %893, %896, %895, %894, %894 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %898 = tosa.clamp %897 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %899 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %900 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %901 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %902 = tosa.depthwise_conv2d %898, %901, %900, %899, %899 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %903 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %904 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %905 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %906 = tosa.conv2d %902, %905, %904, %903, %903 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %907 = tosa.add %906, %812 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %908 = tosa.clamp %854 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %909 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %910 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %911 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %912 = tosa.depthwise_conv2d %908, %911, %910, %909, %909 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %913 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %914 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %915 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %916 = tosa.conv2d %912, %915, %914, %913, %913 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %917 = tosa.add %812, %916 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %918 = tosa.concat %854, %889, %907, %917 {axis = 3 : i32} : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x288xf32>
    %919 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %920 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %921 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x288xf32>}> : () -> tensor<72x1x1x288xf32>
    %922 = tosa.conv2d %813, %921, %920, %919, %919 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x288xf32>, tensor<72x1x1x288xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %923 = tosa.clamp %918 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x288xf32>) -> tensor<1x16x16x288xf32>
    %924 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %925 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %926 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x288xf32>}> : () -> tensor<72x1x1x288xf32>
    %927 = tosa.conv2d %923, %926, %925, %924, %924 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x288xf32>, tensor<72x1x1x288xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %928 = tosa.clamp %922 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %929 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %930 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %931 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %932 = tosa.depthwise_conv2d %928, %931, %930, %929, %929 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %933 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %934 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %935 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %936 = tosa.conv2d %932, %935, %934, %933, %933 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %937 = tosa.clamp %936 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %938 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %939 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %940 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %941 = tosa.depthwise_conv2d %937, %940, %939, %938, %938 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %942 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %943 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %944 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %945 = tosa.conv2d %941, %944, %943, %942, %942 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %946 = tosa.clamp %927 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %947 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %948 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %949 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %950 = tosa.depthwise_conv2d %946, %949, %948, %947, %947 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %951 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %952 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %953 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %954 = tosa.conv2d %950, %953, %952, %951, %951 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %955 = tosa.clamp %954 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %956 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %957 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %958 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %959 = tosa.depthwise_conv2d %955, %958, %957, %956, %956 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %960 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %961 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %962 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %963 = tosa.conv2d %959, %962, %961, %960, %960 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %964 = tosa.add %945, %963 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %965 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %966 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %967 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %968 = tosa.depthwise_conv2d %928, %967, %966, %965, %965 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %969 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %970 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %971 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %972 = tosa.conv2d %968, %971, %970, %969, %969 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %973 = tosa.clamp %972 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %974 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %975 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %976 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %977 = tosa.depthwise_conv2d %973, %976, %975, %974, %974 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %978 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %979 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %980 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %981 = tosa.conv2d %977, %980, %979, %978, %978 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %982 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %983 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %984 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %985 = tosa.depthwise_conv2d %946, %984, %983, %982, %982 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %986 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %987 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %988 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %989 = tosa.conv2d %985, %988, %987, %986, %986 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %990 = tosa.clamp %989 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %991 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %992 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %993 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %994 = tosa.depthwise_conv2d %990, %993, %992, %991, %991 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %995 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %996 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %997 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %998 = tosa.conv2d %994, %997, %996, %995, %995 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %999 = tosa.add %981, %998 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1000 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1001 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1002 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1003 = tosa.depthwise_conv2d %946, %1002, %1001, %1000, %1000 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1004 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1005 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1006 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1007 = tosa.conv2d %1003, %1006, %1005, %1004, %1004 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1008 = tosa.clamp %1007 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1009 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1010 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1011 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1012 = tosa.depthwise_conv2d %1008, %1011, %1010, %1009, %1009 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1013 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1014 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1015 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1016 = tosa.conv2d %1012, %1015, %1014, %1013, %1013 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1017 = tosa.add %1016, %922 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1018 = tosa.clamp %964 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1019 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1020 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1021 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1022 = tosa.depthwise_conv2d %1018, %1021, %1020, %1019, %1019 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1023 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1024 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1025 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1026 = tosa.conv2d %1022, %1025, %1024, %1023, %1023 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1027 = tosa.add %922, %1026 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1028 = tosa.concat %964, %999, %1017, %1027 {axis = 3 : i32} : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x288xf32>
    %1029 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1030 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1031 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x288xf32>}> : () -> tensor<72x1x1x288xf32>
    %1032 = tosa.conv2d %923, %1031, %1030, %1029, %1029 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x288xf32>, tensor<72x1x1x288xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1033 = tosa.clamp %1028 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x288xf32>) -> tensor<1x16x16x288xf32>
    %1034 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1035 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1036 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x288xf32>}> : () -> tensor<72x1x1x288xf32>
    %1037 = tosa.conv2d %1033, %1036, %1035, %1034, %1034 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x288xf32>, tensor<72x1x1x288xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1038 = tosa.clamp %1032 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1039 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1040 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1041 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1042 = tosa.depthwise_conv2d %1038, %1041, %1040, %1039, %1039 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1043 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1044 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1045 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1046 = tosa.conv2d %1042, %1045, %1044, %1043, %1043 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1047 = tosa.clamp %1046 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1048 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1049 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1050 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1051 = tosa.depthwise_conv2d %1047, %1050, %1049, %1048, %1048 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1052 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1053 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1054 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1055 = tosa.conv2d %1051, %1054, %1053, %1052, %1052 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1056 = tosa.clamp %1037 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1057 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1058 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1059 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1060 = tosa.depthwise_conv2d %1056, %1059, %1058, %1057, %1057 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1061 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1062 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1063 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1064 = tosa.conv2d %1060, %1063, %1062, %1061, %1061 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1065 = tosa.clamp %1064 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1066 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1067 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1068 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1069 = tosa.depthwise_conv2d %1065, %1068, %1067, %1066, %1066 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1070 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1071 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1072 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1073 = tosa.conv2d %1069, %1072, %1071, %1070, %1070 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1074 = tosa.add %1055, %1073 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1075 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1076 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1077 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1078 = tosa.depthwise_conv2d %1038, %1077, %1076, %1075, %1075 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1079 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1080 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1081 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1082 = tosa.conv2d %1078, %1081, %1080, %1079, %1079 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1083 = tosa.clamp %1082 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1084 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1085 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1086 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1087 = tosa.depthwise_conv2d %1083, %1086, %1085, %1084, %1084 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1088 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1089 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1090 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1091 = tosa.conv2d %1087, %1090, %1089, %1088, %1088 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1092 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1093 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1094 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1095 = tosa.depthwise_conv2d %1056, %1094, %1093, %1092, %1092 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1096 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1097 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1098 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1099 = tosa.conv2d %1095, %1098, %1097, %1096, %1096 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1100 = tosa.clamp %1099 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1101 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1102 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1103 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1104 = tosa.depthwise_conv2d %1100, %1103, %1102, %1101, %1101 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1105 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1106 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1107 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1108 = tosa.conv2d %1104, %1107, %1106, %1105, %1105 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1109 = tosa.add %1091, %1108 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1110 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1111 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1112 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1113 = tosa.depthwise_conv2d %1056, %1112, %1111, %1110, %1110 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1114 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1115 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1116 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1117 = tosa.conv2d %1113, %1116, %1115, %1114, %1114 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1118 = tosa.clamp %1117 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1119 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1120 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1121 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1122 = tosa.depthwise_conv2d %1118, %1121, %1120, %1119, %1119 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1123 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1124 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1125 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1126 = tosa.conv2d %1122, %1125, %1124, %1123, %1123 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1127 = tosa.add %1126, %1032 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1128 = tosa.clamp %1074 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1129 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1130 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1131 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1132 = tosa.depthwise_conv2d %1128, %1131, %1130, %1129, %1129 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1133 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1134 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1135 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1136 = tosa.conv2d %1132, %1135, %1134, %1133, %1133 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1137 = tosa.add %1032, %1136 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1138 = tosa.concat %1074, %1109, %1127, %1137 {axis = 3 : i32} : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x288xf32>
    %1139 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1140 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1141 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x288xf32>}> : () -> tensor<72x1x1x288xf32>
    %1142 = tosa.conv2d %1033, %1141, %1140, %1139, %1139 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x288xf32>, tensor<72x1x1x288xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1143 = tosa.clamp %1138 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x288xf32>) -> tensor<1x16x16x288xf32>
    %1144 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1145 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1146 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x288xf32>}> : () -> tensor<72x1x1x288xf32>
    %1147 = tosa.conv2d %1143, %1146, %1145, %1144, %1144 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x288xf32>, tensor<72x1x1x288xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1148 = tosa.clamp %1142 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1149 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1150 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1151 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1152 = tosa.depthwise_conv2d %1148, %1151, %1150, %1149, %1149 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1153 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1154 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1155 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1156 = tosa.conv2d %1152, %1155, %1154, %1153, %1153 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1157 = tosa.clamp %1156 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1158 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1159 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1160 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1161 = tosa.depthwise_conv2d %1157, %1160, %1159, %1158, %1158 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1162 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1163 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1164 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1165 = tosa.conv2d %1161, %1164, %1163, %1162, %1162 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1166 = tosa.clamp %1147 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1167 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1168 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1169 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1170 = tosa.depthwise_conv2d %1166, %1169, %1168, %1167, %1167 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1171 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1172 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1173 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1174 = tosa.conv2d %1170, %1173, %1172, %1171, %1171 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1175 = tosa.clamp %1174 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1176 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1177 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1178 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1179 = tosa.depthwise_conv2d %1175, %1178, %1177, %1176, %1176 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1180 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1181 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1182 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1183 = tosa.conv2d %1179, %1182, %1181, %1180, %1180 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1184 = tosa.add %1165, %1183 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1185 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1186 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1187 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1188 = tosa.depthwise_conv2d %1148, %1187, %1186, %1185, %1185 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1189 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1190 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1191 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1192 = tosa.conv2d %1188, %1191, %1190, %1189, %1189 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1193 = tosa.clamp %1192 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1194 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1195 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1196 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1197 = tosa.depthwise_conv2d %1193, %1196, %1195, %1194, %1194 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1198 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1199 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1200 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1201 = tosa.conv2d %1197, %1200, %1199, %1198, %1198 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1202 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1203 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1204 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1205 = tosa.depthwise_conv2d %1166, %1204, %1203, %1202, %1202 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1206 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1207 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1208 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1209 = tosa.conv2d %1205, %1208, %1207, %1206, %1206 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1210 = tosa.clamp %1209 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1211 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1212 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1213 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1214 = tosa.depthwise_conv2d %1210, %1213, %1212, %1211, %1211 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1215 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1216 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1217 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1218 = tosa.conv2d %1214, %1217, %1216, %1215, %1215 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1219 = tosa.add %1201, %1218 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1220 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1221 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1222 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1223 = tosa.depthwise_conv2d %1166, %1222, %1221, %1220, %1220 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1224 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1225 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1226 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1227 = tosa.conv2d %1223, %1226, %1225, %1224, %1224 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1228 = tosa.clamp %1227 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1229 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1230 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1231 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1232 = tosa.depthwise_conv2d %1228, %1231, %1230, %1229, %1229 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1233 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1234 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1235 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1236 = tosa.conv2d %1232, %1235, %1234, %1233, %1233 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1237 = tosa.add %1236, %1142 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1238 = tosa.clamp %1184 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1239 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1240 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1241 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1242 = tosa.depthwise_conv2d %1238, %1241, %1240, %1239, %1239 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1243 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1244 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1245 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1246 = tosa.conv2d %1242, %1245, %1244, %1243, %1243 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1247 = tosa.add %1142, %1246 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1248 = tosa.concat %1184, %1219, %1237, %1247 {axis = 3 : i32} : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x288xf32>
    %1249 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1250 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1251 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x288xf32>}> : () -> tensor<72x1x1x288xf32>
    %1252 = tosa.conv2d %1143, %1251, %1250, %1249, %1249 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x288xf32>, tensor<72x1x1x288xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1253 = tosa.clamp %1248 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x288xf32>) -> tensor<1x16x16x288xf32>
    %1254 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1255 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1256 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x288xf32>}> : () -> tensor<72x1x1x288xf32>
    %1257 = tosa.conv2d %1253, %1256, %1255, %1254, %1254 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x288xf32>, tensor<72x1x1x288xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1258 = tosa.clamp %1252 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1259 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1260 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1261 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1262 = tosa.depthwise_conv2d %1258, %1261, %1260, %1259, %1259 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1263 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1264 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1265 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1266 = tosa.conv2d %1262, %1265, %1264, %1263, %1263 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1267 = tosa.clamp %1266 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1268 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1269 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1270 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1271 = tosa.depthwise_conv2d %1267, %1270, %1269, %1268, %1268 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1272 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1273 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1274 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1275 = tosa.conv2d %1271, %1274, %1273, %1272, %1272 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1276 = tosa.clamp %1257 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1277 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1278 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1279 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1280 = tosa.depthwise_conv2d %1276, %1279, %1278, %1277, %1277 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1281 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1282 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1283 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1284 = tosa.conv2d %1280, %1283, %1282, %1281, %1281 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1285 = tosa.clamp %1284 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1286 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1287 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1288 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1289 = tosa.depthwise_conv2d %1285, %1288, %1287, %1286, %1286 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1290 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1291 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1292 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1293 = tosa.conv2d %1289, %1292, %1291, %1290, %1290 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1294 = tosa.add %1275, %1293 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1295 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1296 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1297 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1298 = tosa.depthwise_conv2d %1258, %1297, %1296, %1295, %1295 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1299 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1300 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1301 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1302 = tosa.conv2d %1298, %1301, %1300, %1299, %1299 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1303 = tosa.clamp %1302 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1304 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1305 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1306 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1307 = tosa.depthwise_conv2d %1303, %1306, %1305, %1304, %1304 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1308 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1309 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1310 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1311 = tosa.conv2d %1307, %1310, %1309, %1308, %1308 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1312 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1313 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1314 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1315 = tosa.depthwise_conv2d %1276, %1314, %1313, %1312, %1312 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1316 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1317 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1318 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1319 = tosa.conv2d %1315, %1318, %1317, %1316, %1316 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1320 = tosa.clamp %1319 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1321 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1322 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1323 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1324 = tosa.depthwise_conv2d %1320, %1323, %1322, %1321, %1321 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1325 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1326 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1327 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1328 = tosa.conv2d %1324, %1327, %1326, %1325, %1325 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1329 = tosa.add %1311, %1328 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1330 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1331 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1332 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1333 = tosa.depthwise_conv2d %1276, %1332, %1331, %1330, %1330 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1334 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1335 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1336 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1337 = tosa.conv2d %1333, %1336, %1335, %1334, %1334 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1338 = tosa.clamp %1337 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1339 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1340 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1341 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1342 = tosa.depthwise_conv2d %1338, %1341, %1340, %1339, %1339 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1343 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1344 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1345 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1346 = tosa.conv2d %1342, %1345, %1344, %1343, %1343 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1347 = tosa.add %1346, %1252 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1348 = tosa.clamp %1294 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1349 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1350 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1351 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x72x1xf32>}> : () -> tensor<3x3x72x1xf32>
    %1352 = tosa.depthwise_conv2d %1348, %1351, %1350, %1349, %1349 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<3x3x72x1xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1353 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1354 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1355 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x72xf32>}> : () -> tensor<72x1x1x72xf32>
    %1356 = tosa.conv2d %1352, %1355, %1354, %1353, %1353 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x72xf32>, tensor<72x1x1x72xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x72xf32>
    %1357 = tosa.add %1252, %1356 : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x72xf32>
    %1358 = tosa.concat %1294, %1329, %1347, %1357 {axis = 3 : i32} : (tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>, tensor<1x16x16x72xf32>) -> tensor<1x16x16x288xf32>
    %1359 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1360 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1361 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x288xf32>}> : () -> tensor<144x1x1x288xf32>
    %1362 = tosa.conv2d %1253, %1361, %1360, %1359, %1359 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x288xf32>, tensor<144x1x1x288xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x144xf32>
    %1363 = tosa.clamp %1358 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x288xf32>) -> tensor<1x16x16x288xf32>
    %1364 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1365 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1366 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x288xf32>}> : () -> tensor<144x1x1x288xf32>
    %1367 = tosa.conv2d %1363, %1366, %1365, %1364, %1364 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x288xf32>, tensor<144x1x1x288xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x144xf32>
    %1368 = tosa.max_pool2d %1362 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x16x16x144xf32>) -> tensor<1x8x8x144xf32>
    %1369 = tosa.max_pool2d %1367 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x16x16x144xf32>) -> tensor<1x8x8x144xf32>
    %1370 = tosa.add %1368, %1369 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1371 = tosa.add %1370, %1369 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1372 = tosa.add %1368, %1370 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1373 = tosa.concat %1370, %1371, %1372, %1371 {axis = 3 : i32} : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x576xf32>
    %1374 = tosa.const_shape  {values = dense<[1, 15, 15, 288]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1375 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1376 = tosa.slice %1363, %1375, %1374 : (tensor<1x16x16x288xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x15x15x288xf32>
    %1377 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1378 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1379 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x288xf32>}> : () -> tensor<72x1x1x288xf32>
    %1380 = tosa.conv2d %1376, %1379, %1378, %1377, %1377 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x15x15x288xf32>, tensor<72x1x1x288xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x72xf32>
    %1381 = tosa.const_shape  {values = dense<[1, 15, 16, 288]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1382 = tosa.const_shape  {values = dense<[0, 1, 0, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1383 = tosa.slice %1363, %1382, %1381 : (tensor<1x16x16x288xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x15x16x288xf32>
    %1384 = tosa.const_shape  {values = dense<[1, 15, 15, 288]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1385 = tosa.const_shape  {values = dense<[0, 0, 1, 0]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1386 = tosa.slice %1383, %1385, %1384 : (tensor<1x15x16x288xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x15x15x288xf32>
    %1387 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1388 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72xf32>}> : () -> tensor<72xf32>
    %1389 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<72x1x1x288xf32>}> : () -> tensor<72x1x1x288xf32>
    %1390 = tosa.conv2d %1386, %1389, %1388, %1387, %1387 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x15x15x288xf32>, tensor<72x1x1x288xf32>, tensor<72xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x72xf32>
    %1391 = tosa.concat %1380, %1390 {axis = 3 : i32} : (tensor<1x8x8x72xf32>, tensor<1x8x8x72xf32>) -> tensor<1x8x8x144xf32>
    %1392 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x144xf32>}> : () -> tensor<1x1x1x144xf32>
    %1393 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1394 = tosa.mul %1391, %1392, %1393 : (tensor<1x8x8x144xf32>, tensor<1x1x1x144xf32>, tensor<1xi8>) -> tensor<1x8x8x144xf32>
    %1395 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x144xf32>}> : () -> tensor<1x1x1x144xf32>
    %1396 = tosa.add %1394, %1395 : (tensor<1x8x8x144xf32>, tensor<1x1x1x144xf32>) -> tensor<1x8x8x144xf32>
    %1397 = tosa.clamp %1373 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x576xf32>) -> tensor<1x8x8x576xf32>
    %1398 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1399 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1400 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x576xf32>}> : () -> tensor<144x1x1x576xf32>
    %1401 = tosa.conv2d %1397, %1400, %1399, %1398, %1398 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x576xf32>, tensor<144x1x1x576xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1402 = tosa.clamp %1396 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1403 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1404 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1405 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1406 = tosa.depthwise_conv2d %1402, %1405, %1404, %1403, %1403 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1407 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1408 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1409 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1410 = tosa.conv2d %1406, %1409, %1408, %1407, %1407 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1411 = tosa.clamp %1410 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1412 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1413 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1414 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1415 = tosa.depthwise_conv2d %1411, %1414, %1413, %1412, %1412 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1416 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1417 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1418 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1419 = tosa.conv2d %1415, %1418, %1417, %1416, %1416 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1420 = tosa.clamp %1401 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1421 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1422 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1423 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1424 = tosa.depthwise_conv2d %1420, %1423, %1422, %1421, %1421 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1425 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1426 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1427 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1428 = tosa.conv2d %1424, %1427, %1426, %1425, %1425 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1429 = tosa.clamp %1428 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1430 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1431 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1432 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1433 = tosa.depthwise_conv2d %1429, %1432, %1431, %1430, %1430 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1434 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1435 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1436 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1437 = tosa.conv2d %1433, %1436, %1435, %1434, %1434 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1438 = tosa.add %1419, %1437 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1439 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1440 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1441 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1442 = tosa.depthwise_conv2d %1402, %1441, %1440, %1439, %1439 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1443 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1444 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1445 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1446 = tosa.conv2d %1442, %1445, %1444, %1443, %1443 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1447 = tosa.clamp %1446 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1448 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1449 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1450 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1451 = tosa.depthwise_conv2d %1447, %1450, %1449, %1448, %1448 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1452 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1453 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1454 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1455 = tosa.conv2d %1451, %1454, %1453, %1452, %1452 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1456 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1457 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1458 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1459 = tosa.depthwise_conv2d %1420, %1458, %1457, %1456, %1456 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1460 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1461 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1462 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1463 = tosa.conv2d %1459, %1462, %1461, %1460, %1460 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1464 = tosa.clamp %1463 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1465 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1466 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1467 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1468 = tosa.depthwise_conv2d %1464, %1467, %1466, %1465, %1465 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1469 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1470 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1471 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1472 = tosa.conv2d %1468, %1471, %1470, %1469, %1469 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1473 = tosa.add %1455, %1472 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1474 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1475 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1476 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1477 = tosa.depthwise_conv2d %1420, %1476, %1475, %1474, %1474 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1478 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1479 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1480 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1481 = tosa.conv2d %1477, %1480, %1479, %1478, %1478 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1482 = tosa.clamp %1481 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1483 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1484 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1485 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1486 = tosa.depthwise_conv2d %1482, %1485, %1484, %1483, %1483 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1487 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1488 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1489 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1490 = tosa.conv2d %1486, %1489, %1488, %1487, %1487 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1491 = tosa.add %1490, %1396 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1492 = tosa.clamp %1438 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1493 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1494 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1495 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1496 = tosa.depthwise_conv2d %1492, %1495, %1494, %1493, %1493 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1497 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1498 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1499 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1500 = tosa.conv2d %1496, %1499, %1498, %1497, %1497 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1501 = tosa.add %1396, %1500 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1502 = tosa.concat %1438, %1473, %1491, %1501 {axis = 3 : i32} : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x576xf32>
    %1503 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1504 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1505 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x576xf32>}> : () -> tensor<144x1x1x576xf32>
    %1506 = tosa.conv2d %1397, %1505, %1504, %1503, %1503 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x576xf32>, tensor<144x1x1x576xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1507 = tosa.clamp %1502 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x576xf32>) -> tensor<1x8x8x576xf32>
    %1508 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1509 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1510 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x576xf32>}> : () -> tensor<144x1x1x576xf32>
    %1511 = tosa.conv2d %1507, %1510, %1509, %1508, %1508 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x576xf32>, tensor<144x1x1x576xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1512 = tosa.clamp %1506 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1513 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1514 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1515 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1516 = tosa.depthwise_conv2d %1512, %1515, %1514, %1513, %1513 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1517 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1518 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1519 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1520 = tosa.conv2d %1516, %1519, %1518, %1517, %1517 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1521 = tosa.clamp %1520 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1522 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1523 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1524 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1525 = tosa.depthwise_conv2d %1521, %1524, %1523, %1522, %1522 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1526 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1527 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1528 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1529 = tosa.conv2d %1525, %1528, %1527, %1526, %1526 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1530 = tosa.clamp %1511 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1531 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1532 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1533 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1534 = tosa.depthwise_conv2d %1530, %1533, %1532, %1531, %1531 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1535 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1536 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1537 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1538 = tosa.conv2d %1534, %1537, %1536, %1535, %1535 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1539 = tosa.clamp %1538 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1540 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1541 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1542 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1543 = tosa.depthwise_conv2d %1539, %1542, %1541, %1540, %1540 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1544 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1545 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1546 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1547 = tosa.conv2d %1543, %1546, %1545, %1544, %1544 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1548 = tosa.add %1529, %1547 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1549 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1550 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1551 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1552 = tosa.depthwise_conv2d %1512, %1551, %1550, %1549, %1549 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1553 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1554 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1555 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1556 = tosa.conv2d %1552, %1555, %1554, %1553, %1553 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1557 = tosa.clamp %1556 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1558 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1559 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1560 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1561 = tosa.depthwise_conv2d %1557, %1560, %1559, %1558, %1558 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1562 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1563 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1564 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1565 = tosa.conv2d %1561, %1564, %1563, %1562, %1562 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1566 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1567 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1568 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1569 = tosa.depthwise_conv2d %1530, %1568, %1567, %1566, %1566 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1570 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1571 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1572 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1573 = tosa.conv2d %1569, %1572, %1571, %1570, %1570 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1574 = tosa.clamp %1573 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1575 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1576 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1577 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1578 = tosa.depthwise_conv2d %1574, %1577, %1576, %1575, %1575 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1579 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1580 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1581 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1582 = tosa.conv2d %1578, %1581, %1580, %1579, %1579 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1583 = tosa.add %1565, %1582 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1584 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1585 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1586 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1587 = tosa.depthwise_conv2d %1530, %1586, %1585, %1584, %1584 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1588 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1589 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1590 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1591 = tosa.conv2d %1587, %1590, %1589, %1588, %1588 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1592 = tosa.clamp %1591 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1593 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1594 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1595 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1596 = tosa.depthwise_conv2d %1592, %1595, %1594, %1593, %1593 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1597 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1598 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1599 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1600 = tosa.conv2d %1596, %1599, %1598, %1597, %1597 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1601 = tosa.add %1600, %1506 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1602 = tosa.clamp %1548 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1603 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1604 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1605 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1606 = tosa.depthwise_conv2d %1602, %1605, %1604, %1603, %1603 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1607 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1608 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1609 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1610 = tosa.conv2d %1606, %1609, %1608, %1607, %1607 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1611 = tosa.add %1506, %1610 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1612 = tosa.concat %1548, %1583, %1601, %1611 {axis = 3 : i32} : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x576xf32>
    %1613 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1614 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1615 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x576xf32>}> : () -> tensor<144x1x1x576xf32>
    %1616 = tosa.conv2d %1507, %1615, %1614, %1613, %1613 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x576xf32>, tensor<144x1x1x576xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1617 = tosa.clamp %1612 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x576xf32>) -> tensor<1x8x8x576xf32>
    %1618 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1619 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1620 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x576xf32>}> : () -> tensor<144x1x1x576xf32>
    %1621 = tosa.conv2d %1617, %1620, %1619, %1618, %1618 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x576xf32>, tensor<144x1x1x576xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1622 = tosa.clamp %1616 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1623 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1624 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1625 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1626 = tosa.depthwise_conv2d %1622, %1625, %1624, %1623, %1623 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1627 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1628 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1629 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1630 = tosa.conv2d %1626, %1629, %1628, %1627, %1627 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1631 = tosa.clamp %1630 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1632 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1633 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1634 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1635 = tosa.depthwise_conv2d %1631, %1634, %1633, %1632, %1632 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1636 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1637 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1638 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1639 = tosa.conv2d %1635, %1638, %1637, %1636, %1636 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1640 = tosa.clamp %1621 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1641 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1642 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1643 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1644 = tosa.depthwise_conv2d %1640, %1643, %1642, %1641, %1641 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1645 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1646 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1647 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1648 = tosa.conv2d %1644, %1647, %1646, %1645, %1645 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1649 = tosa.clamp %1648 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1650 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1651 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1652 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1653 = tosa.depthwise_conv2d %1649, %1652, %1651, %1650, %1650 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1654 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1655 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1656 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1657 = tosa.conv2d %1653, %1656, %1655, %1654, %1654 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1658 = tosa.add %1639, %1657 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1659 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1660 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1661 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1662 = tosa.depthwise_conv2d %1622, %1661, %1660, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1663 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1664 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1665 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1666 = tosa.conv2d %1662, %1665, %1664, %1663, %1663 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1667 = tosa.clamp %1666 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1668 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1669 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1670 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1671 = tosa.depthwise_conv2d %1667, %1670, %1669, %1668, %1668 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1672 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1673 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1674 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1675 = tosa.conv2d %1671, %1674, %1673, %1672, %1672 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1676 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1677 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1678 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1679 = tosa.depthwise_conv2d %1640, %1678, %1677, %1676, %1676 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1680 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1681 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1682 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1683 = tosa.conv2d %1679, %1682, %1681, %1680, %1680 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1684 = tosa.clamp %1683 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1685 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1686 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1687 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1688 = tosa.depthwise_conv2d %1684, %1687, %1686, %1685, %1685 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1689 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1690 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1691 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1692 = tosa.conv2d %1688, %1691, %1690, %1689, %1689 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1693 = tosa.add %1675, %1692 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1694 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1695 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1696 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1697 = tosa.depthwise_conv2d %1640, %1696, %1695, %1694, %1694 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1698 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1699 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1700 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1701 = tosa.conv2d %1697, %1700, %1699, %1698, %1698 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1702 = tosa.clamp %1701 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1703 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1704 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1705 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1706 = tosa.depthwise_conv2d %1702, %1705, %1704, %1703, %1703 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1707 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1708 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1709 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1710 = tosa.conv2d %1706, %1709, %1708, %1707, %1707 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1711 = tosa.add %1710, %1616 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1712 = tosa.clamp %1658 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1713 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1714 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1715 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1716 = tosa.depthwise_conv2d %1712, %1715, %1714, %1713, %1713 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1717 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1718 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1719 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1720 = tosa.conv2d %1716, %1719, %1718, %1717, %1717 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1721 = tosa.add %1616, %1720 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1722 = tosa.concat %1658, %1693, %1711, %1721 {axis = 3 : i32} : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x576xf32>
    %1723 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1724 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1725 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x576xf32>}> : () -> tensor<144x1x1x576xf32>
    %1726 = tosa.conv2d %1617, %1725, %1724, %1723, %1723 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x576xf32>, tensor<144x1x1x576xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1727 = tosa.clamp %1722 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x576xf32>) -> tensor<1x8x8x576xf32>
    %1728 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1729 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1730 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x576xf32>}> : () -> tensor<144x1x1x576xf32>
    %1731 = tosa.conv2d %1727, %1730, %1729, %1728, %1728 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x576xf32>, tensor<144x1x1x576xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1732 = tosa.clamp %1726 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1733 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1734 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1735 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1736 = tosa.depthwise_conv2d %1732, %1735, %1734, %1733, %1733 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1737 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1738 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1739 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1740 = tosa.conv2d %1736, %1739, %1738, %1737, %1737 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1741 = tosa.clamp %1740 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1742 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1743 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1744 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1745 = tosa.depthwise_conv2d %1741, %1744, %1743, %1742, %1742 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1746 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1747 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1748 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1749 = tosa.conv2d %1745, %1748, %1747, %1746, %1746 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1750 = tosa.clamp %1731 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1751 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1752 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1753 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1754 = tosa.depthwise_conv2d %1750, %1753, %1752, %1751, %1751 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1755 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1756 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1757 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1758 = tosa.conv2d %1754, %1757, %1756, %1755, %1755 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1759 = tosa.clamp %1758 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1760 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1761 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1762 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1763 = tosa.depthwise_conv2d %1759, %1762, %1761, %1760, %1760 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1764 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1765 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1766 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1767 = tosa.conv2d %1763, %1766, %1765, %1764, %1764 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1768 = tosa.add %1749, %1767 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1769 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1770 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1771 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1772 = tosa.depthwise_conv2d %1732, %1771, %1770, %1769, %1769 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1773 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1774 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1775 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1776 = tosa.conv2d %1772, %1775, %1774, %1773, %1773 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1777 = tosa.clamp %1776 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1778 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1779 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1780 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1781 = tosa.depthwise_conv2d %1777, %1780, %1779, %1778, %1778 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1782 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1783 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1784 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1785 = tosa.conv2d %1781, %1784, %1783, %1782, %1782 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1786 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1787 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1788 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1789 = tosa.depthwise_conv2d %1750, %1788, %1787, %1786, %1786 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1790 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1791 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1792 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1793 = tosa.conv2d %1789, %1792, %1791, %1790, %1790 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1794 = tosa.clamp %1793 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1795 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1796 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1797 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1798 = tosa.depthwise_conv2d %1794, %1797, %1796, %1795, %1795 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1799 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1800 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1801 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1802 = tosa.conv2d %1798, %1801, %1800, %1799, %1799 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1803 = tosa.add %1785, %1802 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1804 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1805 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1806 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1807 = tosa.depthwise_conv2d %1750, %1806, %1805, %1804, %1804 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1808 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1809 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1810 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1811 = tosa.conv2d %1807, %1810, %1809, %1808, %1808 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1812 = tosa.clamp %1811 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1813 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1814 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1815 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1816 = tosa.depthwise_conv2d %1812, %1815, %1814, %1813, %1813 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1817 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1818 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1819 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1820 = tosa.conv2d %1816, %1819, %1818, %1817, %1817 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1821 = tosa.add %1820, %1726 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1822 = tosa.clamp %1768 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1823 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1824 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1825 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1826 = tosa.depthwise_conv2d %1822, %1825, %1824, %1823, %1823 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1827 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1828 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1829 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1830 = tosa.conv2d %1826, %1829, %1828, %1827, %1827 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1831 = tosa.add %1726, %1830 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1832 = tosa.concat %1768, %1803, %1821, %1831 {axis = 3 : i32} : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x576xf32>
    %1833 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1834 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1835 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x576xf32>}> : () -> tensor<144x1x1x576xf32>
    %1836 = tosa.conv2d %1727, %1835, %1834, %1833, %1833 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x576xf32>, tensor<144x1x1x576xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1837 = tosa.clamp %1832 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x576xf32>) -> tensor<1x8x8x576xf32>
    %1838 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1839 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1840 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x576xf32>}> : () -> tensor<144x1x1x576xf32>
    %1841 = tosa.conv2d %1837, %1840, %1839, %1838, %1838 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x576xf32>, tensor<144x1x1x576xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1842 = tosa.clamp %1836 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1843 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1844 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1845 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1846 = tosa.depthwise_conv2d %1842, %1845, %1844, %1843, %1843 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1847 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1848 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1849 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1850 = tosa.conv2d %1846, %1849, %1848, %1847, %1847 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1851 = tosa.clamp %1850 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1852 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1853 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1854 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1855 = tosa.depthwise_conv2d %1851, %1854, %1853, %1852, %1852 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1856 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1857 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1858 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1859 = tosa.conv2d %1855, %1858, %1857, %1856, %1856 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1860 = tosa.clamp %1841 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1861 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1862 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1863 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1864 = tosa.depthwise_conv2d %1860, %1863, %1862, %1861, %1861 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1865 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1866 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1867 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1868 = tosa.conv2d %1864, %1867, %1866, %1865, %1865 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1869 = tosa.clamp %1868 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1870 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1871 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1872 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1873 = tosa.depthwise_conv2d %1869, %1872, %1871, %1870, %1870 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1874 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1875 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1876 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1877 = tosa.conv2d %1873, %1876, %1875, %1874, %1874 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1878 = tosa.add %1859, %1877 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1879 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1880 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1881 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1882 = tosa.depthwise_conv2d %1842, %1881, %1880, %1879, %1879 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1883 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1884 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1885 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1886 = tosa.conv2d %1882, %1885, %1884, %1883, %1883 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1887 = tosa.clamp %1886 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1888 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1889 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1890 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1891 = tosa.depthwise_conv2d %1887, %1890, %1889, %1888, %1888 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1892 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1893 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1894 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1895 = tosa.conv2d %1891, %1894, %1893, %1892, %1892 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1896 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1897 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1898 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1899 = tosa.depthwise_conv2d %1860, %1898, %1897, %1896, %1896 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1900 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1901 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1902 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1903 = tosa.conv2d %1899, %1902, %1901, %1900, %1900 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1904 = tosa.clamp %1903 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1905 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1906 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1907 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1908 = tosa.depthwise_conv2d %1904, %1907, %1906, %1905, %1905 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1909 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1910 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1911 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1912 = tosa.conv2d %1908, %1911, %1910, %1909, %1909 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1913 = tosa.add %1895, %1912 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1914 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1915 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1916 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1917 = tosa.depthwise_conv2d %1860, %1916, %1915, %1914, %1914 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1918 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1919 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1920 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1921 = tosa.conv2d %1917, %1920, %1919, %1918, %1918 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1922 = tosa.clamp %1921 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1923 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1924 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1925 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1926 = tosa.depthwise_conv2d %1922, %1925, %1924, %1923, %1923 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1927 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1928 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1929 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1930 = tosa.conv2d %1926, %1929, %1928, %1927, %1927 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1931 = tosa.add %1930, %1836 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1932 = tosa.clamp %1878 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1933 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1934 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1935 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1936 = tosa.depthwise_conv2d %1932, %1935, %1934, %1933, %1933 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1937 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1938 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1939 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1940 = tosa.conv2d %1936, %1939, %1938, %1937, %1937 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1941 = tosa.add %1836, %1940 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1942 = tosa.concat %1878, %1913, %1931, %1941 {axis = 3 : i32} : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x576xf32>
    %1943 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1944 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1945 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x576xf32>}> : () -> tensor<144x1x1x576xf32>
    %1946 = tosa.conv2d %1837, %1945, %1944, %1943, %1943 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x576xf32>, tensor<144x1x1x576xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1947 = tosa.clamp %1942 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x576xf32>) -> tensor<1x8x8x576xf32>
    %1948 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1949 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1950 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x576xf32>}> : () -> tensor<144x1x1x576xf32>
    %1951 = tosa.conv2d %1947, %1950, %1949, %1948, %1948 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x576xf32>, tensor<144x1x1x576xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1952 = tosa.clamp %1946 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1953 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1954 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1955 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1956 = tosa.depthwise_conv2d %1952, %1955, %1954, %1953, %1953 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1957 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1958 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1959 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1960 = tosa.conv2d %1956, %1959, %1958, %1957, %1957 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1961 = tosa.clamp %1960 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1962 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1963 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1964 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1965 = tosa.depthwise_conv2d %1961, %1964, %1963, %1962, %1962 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1966 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1967 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1968 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1969 = tosa.conv2d %1965, %1968, %1967, %1966, %1966 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1970 = tosa.clamp %1951 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1971 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1972 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1973 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1974 = tosa.depthwise_conv2d %1970, %1973, %1972, %1971, %1971 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1975 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1976 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1977 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1978 = tosa.conv2d %1974, %1977, %1976, %1975, %1975 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1979 = tosa.clamp %1978 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1980 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1981 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1982 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1983 = tosa.depthwise_conv2d %1979, %1982, %1981, %1980, %1980 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1984 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1985 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1986 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1987 = tosa.conv2d %1983, %1986, %1985, %1984, %1984 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1988 = tosa.add %1969, %1987 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1989 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1990 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1991 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %1992 = tosa.depthwise_conv2d %1952, %1991, %1990, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1993 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1994 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %1995 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %1996 = tosa.conv2d %1992, %1995, %1994, %1993, %1993 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %1997 = tosa.clamp %1996 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %1998 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1999 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %2000 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %2001 = tosa.depthwise_conv2d %1997, %2000, %1999, %1998, %1998 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %2002 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2003 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %2004 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %2005 = tosa.conv2d %2001, %2004, %2003, %2002, %2002 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %2006 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2007 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %2008 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %2009 = tosa.depthwise_conv2d %1970, %2008, %2007, %2006, %2006 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %2010 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2011 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %2012 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %2013 = tosa.conv2d %2009, %2012, %2011, %2010, %2010 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %2014 = tosa.clamp %2013 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %2015 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2016 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %2017 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %2018 = tosa.depthwise_conv2d %2014, %2017, %2016, %2015, %2015 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %2019 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2020 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %2021 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %2022 = tosa.conv2d %2018, %2021, %2020, %2019, %2019 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %2023 = tosa.add %2005, %2022 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %2024 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2025 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %2026 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %2027 = tosa.depthwise_conv2d %1970, %2026, %2025, %2024, %2024 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %2028 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2029 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %2030 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %2031 = tosa.conv2d %2027, %2030, %2029, %2028, %2028 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %2032 = tosa.clamp %2031 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %2033 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2034 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %2035 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %2036 = tosa.depthwise_conv2d %2032, %2035, %2034, %2033, %2033 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %2037 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2038 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %2039 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %2040 = tosa.conv2d %2036, %2039, %2038, %2037, %2037 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %2041 = tosa.add %2040, %1946 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %2042 = tosa.clamp %1988 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %2043 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2044 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %2045 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %2046 = tosa.depthwise_conv2d %2042, %2045, %2044, %2043, %2043 {acc_type = f32, dilation = array<i64: 2, 2>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %2047 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2048 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %2049 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x144xf32>}> : () -> tensor<144x1x1x144xf32>
    %2050 = tosa.conv2d %2046, %2049, %2048, %2047, %2047 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x144xf32>, tensor<144x1x1x144xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x144xf32>
    %2051 = tosa.add %1946, %2050 : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x144xf32>
    %2052 = tosa.concat %1988, %2023, %2041, %2051 {axis = 3 : i32} : (tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>, tensor<1x8x8x144xf32>) -> tensor<1x8x8x576xf32>
    %2053 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2054 = tosa.avg_pool2d %2052, %2053, %2053 {acc_type = f32, kernel = array<i64: 8, 8>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x576xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x576xf32>
    %2055 = tosa.const_shape  {values = dense<[1, 576, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2056 = tosa.reshape %2054, %2055 : (tensor<1x1x1x576xf32>, !tosa.shape<4>) -> tensor<1x576x1x1xf32>
    %2057 = tosa.const_shape  {values = dense<[1, 576]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %2058 = tosa.reshape %2056, %2057 : (tensor<1x576x1x1xf32>, !tosa.shape<2>) -> tensor<1x576xf32>
    %2059 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<576x10xf32>}> : () -> tensor<576x10xf32>
    %2060 = tosa.const_shape  {values = dense<[1, 1, 576]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %2061 = tosa.reshape %2058, %2060 : (tensor<1x576xf32>, !tosa.shape<3>) -> tensor<1x1x576xf32>
    %2062 = tosa.const_shape  {values = dense<[1, 576, 10]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %2063 = tosa.reshape %2059, %2062 : (tensor<576x10xf32>, !tosa.shape<3>) -> tensor<1x576x10xf32>
    %2064 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2065 = tosa.matmul %2061, %2063, %2064, %2064 : (tensor<1x1x576xf32>, tensor<1x576x10xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x10xf32>
    %2066 = tosa.const_shape  {values = dense<[1, 10]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %2067 = tosa.reshape %2065, %2066 : (tensor<1x1x10xf32>, !tosa.shape<2>) -> tensor<1x10xf32>
    %2068 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x10xf32>}> : () -> tensor<1x10xf32>
    %2069 = tosa.add %2067, %2068 : (tensor<1x10xf32>, tensor<1x10xf32>) -> tensor<1x10xf32>
    return %2069 : tensor<1x10xf32>
  }
}
