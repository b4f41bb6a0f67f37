module {
  func.func @torch_jit(%arg0: tensor<1x3x32x32xf32> {onnx.name = "input"}) -> (tensor<1x10xf32> {onnx.name = "output"}) {
    %0 = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x32x32xf32>) -> tensor<1x32x32x3xf32>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<39xf32>}> : () -> tensor<39xf32>
    %3 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<39x3x3x3xf32>}> : () -> tensor<39x3x3x3xf32>
    %4 = tosa.conv2d %0, %3, %2, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x3xf32>, tensor<39x3x3x3xf32>, tensor<39xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x39xf32>
    %5 = tosa.clamp %4 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x39xf32>) -> tensor<1x32x32x39xf32>
    %6 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %7 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %8 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x3x3x39xf32>}> : () -> tensor<78x3x3x39xf32>
    %9 = tosa.conv2d %5, %8, %7, %6, %6 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x32x32x39xf32>, tensor<78x3x3x39xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x32x32x78xf32>
    %10 = tosa.clamp %9 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x32x32x78xf32>) -> tensor<1x32x32x78xf32>
    %11 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %12 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %13 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %14 = tosa.depthwise_conv2d %10, %13, %12, %11, %11 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x32x32x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %15 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %16 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %17 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %18 = tosa.conv2d %14, %17, %16, %15, %15 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %19 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %20 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %21 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %22 = tosa.depthwise_conv2d %10, %21, %20, %19, %19 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x32x32x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %23 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %24 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %25 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %26 = tosa.conv2d %22, %25, %24, %23, %23 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %27 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %28 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %29 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %30 = tosa.depthwise_conv2d %10, %29, %28, %27, %27 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x32x32x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %31 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %32 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %33 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %34 = tosa.conv2d %30, %33, %32, %31, %31 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %35 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %36 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %37 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %38 = tosa.depthwise_conv2d %10, %37, %36, %35, %35 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x32x32x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %39 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %40 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %41 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %42 = tosa.conv2d %38, %41, %40, %39, %39 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %43 = tosa.clamp %18 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %44 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %45 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %46 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %47 = tosa.depthwise_conv2d %43, %46, %45, %44, %44 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %48 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %49 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %50 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %51 = tosa.conv2d %47, %50, %49, %48, %48 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %52 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %53 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %54 = tosa.mul %26, %52, %53 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %55 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %56 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %57 = tosa.mul %42, %55, %56 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %58 = tosa.add %54, %57 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %59 = tosa.clamp %58 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %60 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %61 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %62 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %63 = tosa.depthwise_conv2d %59, %62, %61, %60, %60 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %64 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %65 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %66 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %67 = tosa.conv2d %63, %66, %65, %64, %64 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %68 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %69 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %70 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %71 = tosa.depthwise_conv2d %10, %70, %69, %68, %68 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x32x32x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %72 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %73 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %74 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %75 = tosa.conv2d %71, %74, %73, %72, %72 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %76 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %77 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %78 = tosa.mul %34, %76, %77 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %79 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %80 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %81 = tosa.mul %67, %79, %80 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %82 = tosa.add %78, %81 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %83 = tosa.clamp %82 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %84 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %85 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %86 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %87 = tosa.depthwise_conv2d %83, %86, %85, %84, %84 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %88 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %89 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %90 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %91 = tosa.conv2d %87, %90, %89, %88, %88 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %92 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %93 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %94 = tosa.mul %18, %92, %93 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %95 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %96 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %97 = tosa.mul %51, %95, %96 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %98 = tosa.add %94, %97 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %99 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %100 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %101 = tosa.mul %75, %99, %100 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %102 = tosa.add %98, %101 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %103 = tosa.clamp %102 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %104 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %105 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %106 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %107 = tosa.depthwise_conv2d %103, %106, %105, %104, %104 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %108 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %109 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %110 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %111 = tosa.conv2d %107, %110, %109, %108, %108 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %112 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %113 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %114 = tosa.mul %34, %112, %113 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %115 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %116 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %117 = tosa.mul %75, %115, %116 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %118 = tosa.add %114, %117 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %119 = tosa.clamp %118 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %120 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %121 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %122 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %123 = tosa.depthwise_conv2d %119, %122, %121, %120, %120 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %124 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %125 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %126 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %127 = tosa.conv2d %123, %126, %125, %124, %124 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %128 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %129 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %130 = tosa.mul %26, %128, %129 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %131 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %132 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %133 = tosa.mul %34, %131, %132 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %134 = tosa.add %130, %133 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %135 = tosa.clamp %134 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %136 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %137 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %138 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %139 = tosa.depthwise_conv2d %135, %138, %137, %136, %136 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %140 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %141 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %142 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %143 = tosa.conv2d %139, %142, %141, %140, %140 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %144 = tosa.clamp %51 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %145 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %146 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %147 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %148 = tosa.depthwise_conv2d %144, %147, %146, %145, %145 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %149 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %150 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %151 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %152 = tosa.conv2d %148, %151, %150, %149, %149 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %153 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %154 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %155 = tosa.mul %34, %153, %154 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %156 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %157 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %158 = tosa.mul %152, %156, %157 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %159 = tosa.add %155, %158 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %160 = tosa.clamp %159 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %161 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %162 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %163 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %164 = tosa.depthwise_conv2d %160, %163, %162, %161, %161 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %165 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %166 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %167 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %168 = tosa.conv2d %164, %167, %166, %165, %165 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %169 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %170 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %171 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %172 = tosa.depthwise_conv2d %10, %171, %170, %169, %169 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x32x32x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %173 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %174 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %175 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %176 = tosa.conv2d %172, %175, %174, %173, %173 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %177 = tosa.clamp %42 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %178 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %179 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %180 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %181 = tosa.depthwise_conv2d %177, %180, %179, %178, %178 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %182 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %183 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %184 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %185 = tosa.conv2d %181, %184, %183, %182, %182 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %186 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %187 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %188 = tosa.mul %127, %186, %187 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %189 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %190 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %191 = tosa.mul %176, %189, %190 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %192 = tosa.add %188, %191 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %193 = tosa.clamp %192 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %194 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %195 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %196 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %197 = tosa.depthwise_conv2d %193, %196, %195, %194, %194 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %198 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %199 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %200 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %201 = tosa.conv2d %197, %200, %199, %198, %198 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %202 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %203 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %204 = tosa.mul %185, %202, %203 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %205 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %206 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %207 = tosa.mul %201, %205, %206 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %208 = tosa.add %204, %207 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %209 = tosa.clamp %208 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %210 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %211 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %212 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %213 = tosa.depthwise_conv2d %209, %212, %211, %210, %210 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %214 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %215 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %216 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %217 = tosa.conv2d %213, %216, %215, %214, %214 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %218 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %219 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %220 = tosa.mul %111, %218, %219 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %221 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %222 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %223 = tosa.mul %127, %221, %222 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %224 = tosa.add %220, %223 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %225 = tosa.clamp %224 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %226 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %227 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %228 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %229 = tosa.depthwise_conv2d %225, %228, %227, %226, %226 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %230 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %231 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %232 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %233 = tosa.conv2d %229, %232, %231, %230, %230 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %234 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %235 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %236 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %237 = tosa.depthwise_conv2d %10, %236, %235, %234, %234 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x32x32x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %238 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %239 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %240 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %241 = tosa.conv2d %237, %240, %239, %238, %238 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %242 = tosa.clamp %75 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %243 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %244 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %245 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %246 = tosa.depthwise_conv2d %242, %245, %244, %243, %243 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %247 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %248 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %249 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %250 = tosa.conv2d %246, %249, %248, %247, %247 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %251 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %252 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %253 = tosa.mul %233, %251, %252 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %254 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %255 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %256 = tosa.mul %250, %254, %255 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %257 = tosa.add %253, %256 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %258 = tosa.clamp %257 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %259 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %260 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %261 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %262 = tosa.depthwise_conv2d %258, %261, %260, %259, %259 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %263 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %264 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %265 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %266 = tosa.conv2d %262, %265, %264, %263, %263 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %267 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %268 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %269 = tosa.mul %111, %267, %268 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %270 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %271 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %272 = tosa.mul %201, %270, %271 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %273 = tosa.add %269, %272 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %274 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %275 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %276 = tosa.mul %217, %274, %275 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %277 = tosa.add %273, %276 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %278 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %279 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %280 = tosa.mul %266, %278, %279 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %281 = tosa.add %277, %280 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %282 = tosa.clamp %281 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %283 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %284 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %285 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %286 = tosa.depthwise_conv2d %282, %285, %284, %283, %283 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %287 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %288 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %289 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %290 = tosa.conv2d %286, %289, %288, %287, %287 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %291 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %292 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %293 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %294 = tosa.depthwise_conv2d %10, %293, %292, %291, %291 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x32x32x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %295 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %296 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %297 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %298 = tosa.conv2d %294, %297, %296, %295, %295 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %299 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %300 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %301 = tosa.mul %26, %299, %300 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %302 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %303 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %304 = tosa.mul %217, %302, %303 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %305 = tosa.add %301, %304 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %306 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %307 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %308 = tosa.mul %250, %306, %307 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %309 = tosa.add %305, %308 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %310 = tosa.clamp %309 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %311 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %312 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %313 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %314 = tosa.depthwise_conv2d %310, %313, %312, %311, %311 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %315 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %316 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %317 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %318 = tosa.conv2d %314, %317, %316, %315, %315 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %319 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %320 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %321 = tosa.mul %18, %319, %320 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %322 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %323 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %324 = tosa.mul %91, %322, %323 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %325 = tosa.add %321, %324 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %326 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %327 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %328 = tosa.mul %168, %326, %327 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %329 = tosa.add %325, %328 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %330 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %331 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %332 = tosa.mul %233, %330, %331 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %333 = tosa.add %329, %332 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %334 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %335 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %336 = tosa.mul %241, %334, %335 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %337 = tosa.add %333, %336 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %338 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %339 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %340 = tosa.mul %290, %338, %339 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %341 = tosa.add %337, %340 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %342 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %343 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %344 = tosa.mul %298, %342, %343 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %345 = tosa.add %341, %344 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %346 = tosa.clamp %345 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %347 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %348 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %349 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %350 = tosa.depthwise_conv2d %346, %349, %348, %347, %347 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %351 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %352 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %353 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %354 = tosa.conv2d %350, %353, %352, %351, %351 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %355 = tosa.clamp %354 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %356 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %357 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %358 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %359 = tosa.depthwise_conv2d %355, %358, %357, %356, %356 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %360 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %361 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %362 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %363 = tosa.conv2d %359, %362, %361, %360, %360 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %364 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %365 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %366 = tosa.mul %34, %364, %365 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %367 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %368 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %369 = tosa.mul %143, %367, %368 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %370 = tosa.add %366, %369 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %371 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %372 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %373 = tosa.mul %298, %371, %372 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %374 = tosa.add %370, %373 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %375 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %376 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %377 = tosa.mul %363, %375, %376 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %378 = tosa.add %374, %377 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %379 = tosa.clamp %378 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %380 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %381 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %382 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %383 = tosa.depthwise_conv2d %379, %382, %381, %380, %380 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %384 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %385 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %386 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %387 = tosa.conv2d %383, %386, %385, %384, %384 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %388 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %389 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %390 = tosa.mul %51, %388, %389 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %391 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %392 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %393 = tosa.mul %176, %391, %392 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %394 = tosa.add %390, %393 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %395 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %396 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %397 = tosa.mul %241, %395, %396 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %398 = tosa.add %394, %397 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %399 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %400 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %401 = tosa.mul %266, %399, %400 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %402 = tosa.add %398, %401 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %403 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %404 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %405 = tosa.mul %354, %403, %404 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %406 = tosa.add %402, %405 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %407 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %408 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %409 = tosa.mul %363, %407, %408 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %410 = tosa.add %406, %409 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %411 = tosa.clamp %410 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %412 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %413 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %414 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %415 = tosa.depthwise_conv2d %411, %414, %413, %412, %412 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %416 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %417 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %418 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %419 = tosa.conv2d %415, %418, %417, %416, %416 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %420 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %421 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %422 = tosa.mul %111, %420, %421 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %423 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %424 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %425 = tosa.mul %185, %423, %424 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %426 = tosa.add %422, %425 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %427 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %428 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %429 = tosa.mul %387, %427, %428 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %430 = tosa.add %426, %429 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %431 = tosa.clamp %430 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %432 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %433 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %434 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %435 = tosa.depthwise_conv2d %431, %434, %433, %432, %432 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %436 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %437 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %438 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %439 = tosa.conv2d %435, %438, %437, %436, %436 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %440 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %441 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %442 = tosa.mul %290, %440, %441 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %443 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %444 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %445 = tosa.mul %439, %443, %444 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %446 = tosa.add %442, %445 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %447 = tosa.clamp %446 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %448 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %449 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %450 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %451 = tosa.depthwise_conv2d %447, %450, %449, %448, %448 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %452 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %453 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %454 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %455 = tosa.conv2d %451, %454, %453, %452, %452 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %456 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %457 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %458 = tosa.mul %26, %456, %457 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %459 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %460 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %461 = tosa.mul %34, %459, %460 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %462 = tosa.add %458, %461 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %463 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %464 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %465 = tosa.mul %51, %463, %464 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %466 = tosa.add %462, %465 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %467 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %468 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %469 = tosa.mul %67, %467, %468 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %470 = tosa.add %466, %469 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %471 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %472 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %473 = tosa.mul %176, %471, %472 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %474 = tosa.add %470, %473 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %475 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %476 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %477 = tosa.mul %298, %475, %476 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %478 = tosa.add %474, %477 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %479 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %480 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %481 = tosa.mul %455, %479, %480 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %482 = tosa.add %478, %481 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %483 = tosa.clamp %482 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %484 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %485 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %486 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %487 = tosa.depthwise_conv2d %483, %486, %485, %484, %484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %488 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %489 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %490 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %491 = tosa.conv2d %487, %490, %489, %488, %488 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %492 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %493 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %494 = tosa.mul %42, %492, %493 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %495 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %496 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %497 = tosa.mul %233, %495, %496 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %498 = tosa.add %494, %497 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %499 = tosa.clamp %498 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %500 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %501 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %502 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %503 = tosa.depthwise_conv2d %499, %502, %501, %500, %500 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %504 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %505 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %506 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78x1x1x78xf32>}> : () -> tensor<78x1x1x78xf32>
    %507 = tosa.conv2d %503, %506, %505, %504, %504 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x16x16x78xf32>, tensor<78x1x1x78xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x16x16x78xf32>
    %508 = tosa.add %318, %419 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %509 = tosa.add %508, %491 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %510 = tosa.add %509, %507 : (tensor<1x16x16x78xf32>, tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %511 = "tosa.const"() <{values = dense<2.500000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %512 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %513 = tosa.mul %510, %511, %512 : (tensor<1x16x16x78xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x16x16x78xf32>
    %514 = tosa.clamp %513 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x16x16x78xf32>) -> tensor<1x16x16x78xf32>
    %515 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %516 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %517 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %518 = tosa.depthwise_conv2d %514, %517, %516, %515, %515 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x78xf32>
    %519 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %520 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %521 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x78xf32>}> : () -> tensor<156x1x1x78xf32>
    %522 = tosa.conv2d %518, %521, %520, %519, %519 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x78xf32>, tensor<156x1x1x78xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %523 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %524 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %525 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %526 = tosa.depthwise_conv2d %514, %525, %524, %523, %523 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x78xf32>
    %527 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %528 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %529 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x78xf32>}> : () -> tensor<156x1x1x78xf32>
    %530 = tosa.conv2d %526, %529, %528, %527, %527 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x78xf32>, tensor<156x1x1x78xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %531 = tosa.clamp %530 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %532 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %533 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %534 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %535 = tosa.depthwise_conv2d %531, %534, %533, %532, %532 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %536 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %537 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %538 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %539 = tosa.conv2d %535, %538, %537, %536, %536 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %540 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %541 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %542 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %543 = tosa.depthwise_conv2d %514, %542, %541, %540, %540 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x78xf32>
    %544 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %545 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %546 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x78xf32>}> : () -> tensor<156x1x1x78xf32>
    %547 = tosa.conv2d %543, %546, %545, %544, %544 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x78xf32>, tensor<156x1x1x78xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %548 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %549 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %550 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %551 = tosa.depthwise_conv2d %514, %550, %549, %548, %548 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x78xf32>
    %552 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %553 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %554 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x78xf32>}> : () -> tensor<156x1x1x78xf32>
    %555 = tosa.conv2d %551, %554, %553, %552, %552 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x78xf32>, tensor<156x1x1x78xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %556 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %557 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %558 = tosa.mul %547, %556, %557 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %559 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %560 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %561 = tosa.mul %555, %559, %560 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %562 = tosa.add %558, %561 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %563 = tosa.clamp %562 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %564 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %565 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %566 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %567 = tosa.depthwise_conv2d %563, %566, %565, %564, %564 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %568 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %569 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %570 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %571 = tosa.conv2d %567, %570, %569, %568, %568 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %572 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %573 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %574 = tosa.mul %522, %572, %573 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %575 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %576 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %577 = tosa.mul %555, %575, %576 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %578 = tosa.add %574, %577 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %579 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %580 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %581 = tosa.mul %571, %579, %580 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %582 = tosa.add %578, %581 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %583 = tosa.clamp %582 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %584 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %585 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %586 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %587 = tosa.depthwise_conv2d %583, %586, %585, %584, %584 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %588 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %589 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %590 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %591 = tosa.conv2d %587, %590, %589, %588, %588 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %592 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %593 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %594 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %595 = tosa.depthwise_conv2d %514, %594, %593, %592, %592 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x78xf32>
    %596 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %597 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %598 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x78xf32>}> : () -> tensor<156x1x1x78xf32>
    %599 = tosa.conv2d %595, %598, %597, %596, %596 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x78xf32>, tensor<156x1x1x78xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %600 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %601 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<78xf32>}> : () -> tensor<78xf32>
    %602 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x78x1xf32>}> : () -> tensor<3x3x78x1xf32>
    %603 = tosa.depthwise_conv2d %514, %602, %601, %600, %600 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x16x16x78xf32>, tensor<3x3x78x1xf32>, tensor<78xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x78xf32>
    %604 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %605 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %606 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x78xf32>}> : () -> tensor<156x1x1x78xf32>
    %607 = tosa.conv2d %603, %606, %605, %604, %604 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x78xf32>, tensor<156x1x1x78xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %608 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %609 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %610 = tosa.mul %530, %608, %609 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %611 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %612 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %613 = tosa.mul %599, %611, %612 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %614 = tosa.add %610, %613 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %615 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %616 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %617 = tosa.mul %607, %615, %616 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %618 = tosa.add %614, %617 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %619 = tosa.clamp %618 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %620 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %621 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %622 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %623 = tosa.depthwise_conv2d %619, %622, %621, %620, %620 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %624 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %625 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %626 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %627 = tosa.conv2d %623, %626, %625, %624, %624 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %628 = tosa.clamp %539 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %629 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %630 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %631 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %632 = tosa.depthwise_conv2d %628, %631, %630, %629, %629 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %633 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %634 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %635 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %636 = tosa.conv2d %632, %635, %634, %633, %633 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %637 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %638 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %639 = tosa.mul %571, %637, %638 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %640 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %641 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %642 = tosa.mul %599, %640, %641 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %643 = tosa.add %639, %642 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %644 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %645 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %646 = tosa.mul %636, %644, %645 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %647 = tosa.add %643, %646 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %648 = tosa.clamp %647 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %649 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %650 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %651 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %652 = tosa.depthwise_conv2d %648, %651, %650, %649, %649 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %653 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %654 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %655 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %656 = tosa.conv2d %652, %655, %654, %653, %653 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %657 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %658 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %659 = tosa.mul %547, %657, %658 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %660 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %661 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %662 = tosa.mul %656, %660, %661 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %663 = tosa.add %659, %662 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %664 = tosa.clamp %663 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %665 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %666 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %667 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %668 = tosa.depthwise_conv2d %664, %667, %666, %665, %665 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %669 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %670 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %671 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %672 = tosa.conv2d %668, %671, %670, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %673 = tosa.clamp %672 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %674 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %675 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %676 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %677 = tosa.depthwise_conv2d %673, %676, %675, %674, %674 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %678 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %679 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %680 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %681 = tosa.conv2d %677, %680, %679, %678, %678 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %682 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %683 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %684 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %685 = tosa.depthwise_conv2d %673, %684, %683, %682, %682 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %686 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %687 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %688 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %689 = tosa.conv2d %685, %688, %687, %686, %686 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %690 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %691 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %692 = tosa.mul %607, %690, %691 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %693 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %694 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %695 = tosa.mul %681, %693, %694 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %696 = tosa.add %692, %695 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %697 = tosa.clamp %696 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %698 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %699 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %700 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %701 = tosa.depthwise_conv2d %697, %700, %699, %698, %698 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %702 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %703 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %704 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %705 = tosa.conv2d %701, %704, %703, %702, %702 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %706 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %707 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %708 = tosa.mul %627, %706, %707 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %709 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %710 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %711 = tosa.mul %705, %709, %710 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %712 = tosa.add %708, %711 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %713 = tosa.clamp %712 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %714 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %715 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %716 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %717 = tosa.depthwise_conv2d %713, %716, %715, %714, %714 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %718 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %719 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %720 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %721 = tosa.conv2d %717, %720, %719, %718, %718 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %722 = tosa.clamp %591 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %723 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %724 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %725 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %726 = tosa.depthwise_conv2d %722, %725, %724, %723, %723 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %727 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %728 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %729 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %730 = tosa.conv2d %726, %729, %728, %727, %727 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %731 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %732 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %733 = tosa.mul %522, %731, %732 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %734 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %735 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %736 = tosa.mul %547, %734, %735 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %737 = tosa.add %733, %736 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %738 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %739 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %740 = tosa.mul %555, %738, %739 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %741 = tosa.add %737, %740 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %742 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %743 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %744 = tosa.mul %627, %742, %743 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %745 = tosa.add %741, %744 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %746 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %747 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %748 = tosa.mul %705, %746, %747 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %749 = tosa.add %745, %748 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %750 = tosa.clamp %749 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %751 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %752 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %753 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %754 = tosa.depthwise_conv2d %750, %753, %752, %751, %751 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %755 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %756 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %757 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %758 = tosa.conv2d %754, %757, %756, %755, %755 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %759 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %760 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %761 = tosa.mul %672, %759, %760 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %762 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %763 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %764 = tosa.mul %681, %762, %763 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %765 = tosa.add %761, %764 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %766 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %767 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %768 = tosa.mul %730, %766, %767 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %769 = tosa.add %765, %768 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %770 = tosa.clamp %769 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %771 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %772 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %773 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %774 = tosa.depthwise_conv2d %770, %773, %772, %771, %771 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %775 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %776 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %777 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %778 = tosa.conv2d %774, %777, %776, %775, %775 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %779 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %780 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %781 = tosa.mul %539, %779, %780 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %782 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %783 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %784 = tosa.mul %672, %782, %783 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %785 = tosa.add %781, %784 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %786 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %787 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %788 = tosa.mul %689, %786, %787 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %789 = tosa.add %785, %788 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %790 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %791 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %792 = tosa.mul %778, %790, %791 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %793 = tosa.add %789, %792 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %794 = tosa.clamp %793 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %795 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %796 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %797 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %798 = tosa.depthwise_conv2d %794, %797, %796, %795, %795 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %799 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %800 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %801 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %802 = tosa.conv2d %798, %801, %800, %799, %799 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %803 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %804 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %805 = tosa.mul %705, %803, %804 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %806 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %807 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %808 = tosa.mul %721, %806, %807 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %809 = tosa.add %805, %808 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %810 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %811 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %812 = tosa.mul %758, %810, %811 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %813 = tosa.add %809, %812 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %814 = tosa.clamp %813 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %815 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %816 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %817 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %818 = tosa.depthwise_conv2d %814, %817, %816, %815, %815 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %819 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %820 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %821 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %822 = tosa.conv2d %818, %821, %820, %819, %819 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %823 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %824 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %825 = tosa.mul %530, %823, %824 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %826 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %827 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %828 = tosa.mul %636, %826, %827 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %829 = tosa.add %825, %828 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %830 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %831 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %832 = tosa.mul %802, %830, %831 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %833 = tosa.add %829, %832 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %834 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %835 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %836 = tosa.mul %822, %834, %835 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %837 = tosa.add %833, %836 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %838 = tosa.clamp %837 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %839 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %840 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %841 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %842 = tosa.depthwise_conv2d %838, %841, %840, %839, %839 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %843 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %844 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %845 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %846 = tosa.conv2d %842, %845, %844, %843, %843 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %847 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %848 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %849 = tosa.mul %539, %847, %848 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %850 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %851 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %852 = tosa.mul %591, %850, %851 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %853 = tosa.add %849, %852 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %854 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %855 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %856 = tosa.mul %689, %854, %855 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %857 = tosa.add %853, %856 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %858 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %859 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %860 = tosa.mul %721, %858, %859 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %861 = tosa.add %857, %860 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %862 = tosa.clamp %861 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %863 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %864 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %865 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %866 = tosa.depthwise_conv2d %862, %865, %864, %863, %863 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %867 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %868 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %869 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %870 = tosa.conv2d %866, %869, %868, %867, %867 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %871 = tosa.clamp %870 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %872 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %873 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %874 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %875 = tosa.depthwise_conv2d %871, %874, %873, %872, %872 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %876 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %877 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %878 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %879 = tosa.conv2d %875, %878, %877, %876, %876 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %880 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %881 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %882 = tosa.mul %539, %880, %881 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %883 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %884 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %885 = tosa.mul %879, %883, %884 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %886 = tosa.add %882, %885 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %887 = tosa.clamp %886 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %888 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %889 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %890 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %891 = tosa.depthwise_conv2d %887, %890, %889, %888, %888 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %892 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %893 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %894 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %895 = tosa.conv2d %891, %894, %893, %892, %892 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %896 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %897 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %898 = tosa.mul %730, %896, %897 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %899 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %900 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %901 = tosa.mul %758, %899, %900 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %902 = tosa.add %898, %901 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %903 = tosa.clamp %902 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %904 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %905 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %906 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %907 = tosa.depthwise_conv2d %903, %906, %905, %904, %904 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %908 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %909 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %910 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %911 = tosa.conv2d %907, %910, %909, %908, %908 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %912 = tosa.clamp %895 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %913 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %914 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %915 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %916 = tosa.depthwise_conv2d %912, %915, %914, %913, %913 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %917 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %918 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %919 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %920 = tosa.conv2d %916, %919, %918, %917, %917 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %921 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %922 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %923 = tosa.mul %522, %921, %922 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %924 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %925 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %926 = tosa.mul %627, %924, %925 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %927 = tosa.add %923, %926 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %928 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %929 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %930 = tosa.mul %920, %928, %929 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %931 = tosa.add %927, %930 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %932 = tosa.clamp %931 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %933 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %934 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %935 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %936 = tosa.depthwise_conv2d %932, %935, %934, %933, %933 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %937 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %938 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %939 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %940 = tosa.conv2d %936, %939, %938, %937, %937 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %941 = tosa.clamp %681 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %942 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %943 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %944 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %945 = tosa.depthwise_conv2d %941, %944, %943, %942, %942 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %946 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %947 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %948 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %949 = tosa.conv2d %945, %948, %947, %946, %946 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %950 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %951 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %952 = tosa.mul %530, %950, %951 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %953 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %954 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %955 = tosa.mul %547, %953, %954 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %956 = tosa.add %952, %955 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %957 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %958 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %959 = tosa.mul %730, %957, %958 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %960 = tosa.add %956, %959 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %961 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %962 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %963 = tosa.mul %911, %961, %962 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %964 = tosa.add %960, %963 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %965 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %966 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %967 = tosa.mul %920, %965, %966 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %968 = tosa.add %964, %967 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %969 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %970 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %971 = tosa.mul %940, %969, %970 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %972 = tosa.add %968, %971 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %973 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %974 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %975 = tosa.mul %949, %973, %974 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %976 = tosa.add %972, %975 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %977 = tosa.clamp %976 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %978 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %979 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %980 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %981 = tosa.depthwise_conv2d %977, %980, %979, %978, %978 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %982 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %983 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %984 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %985 = tosa.conv2d %981, %984, %983, %982, %982 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %986 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %987 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %988 = tosa.mul %522, %986, %987 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %989 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %990 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %991 = tosa.mul %636, %989, %990 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %992 = tosa.add %988, %991 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %993 = tosa.clamp %992 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %994 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %995 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %996 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %997 = tosa.depthwise_conv2d %993, %996, %995, %994, %994 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %998 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %999 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %1000 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156x1x1x156xf32>}> : () -> tensor<156x1x1x156xf32>
    %1001 = tosa.conv2d %997, %1000, %999, %998, %998 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x156xf32>, tensor<156x1x1x156xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x156xf32>
    %1002 = tosa.add %846, %985 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %1003 = tosa.add %1002, %1001 : (tensor<1x8x8x156xf32>, tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %1004 = "tosa.const"() <{values = dense<0.333333343> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1005 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1006 = tosa.mul %1003, %1004, %1005 : (tensor<1x8x8x156xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x8x8x156xf32>
    %1007 = tosa.clamp %1006 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x156xf32>) -> tensor<1x8x8x156xf32>
    %1008 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1009 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %1010 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %1011 = tosa.depthwise_conv2d %1007, %1010, %1009, %1008, %1008 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x156xf32>
    %1012 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1013 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1014 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x156xf32>}> : () -> tensor<312x1x1x156xf32>
    %1015 = tosa.conv2d %1011, %1014, %1013, %1012, %1012 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x156xf32>, tensor<312x1x1x156xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1016 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1017 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %1018 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %1019 = tosa.depthwise_conv2d %1007, %1018, %1017, %1016, %1016 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x156xf32>
    %1020 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1021 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1022 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x156xf32>}> : () -> tensor<312x1x1x156xf32>
    %1023 = tosa.conv2d %1019, %1022, %1021, %1020, %1020 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x156xf32>, tensor<312x1x1x156xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1024 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1025 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1026 = tosa.mul %1015, %1024, %1025 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1027 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1028 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1029 = tosa.mul %1023, %1027, %1028 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1030 = tosa.add %1026, %1029 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1031 = tosa.clamp %1030 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1032 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1033 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1034 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1035 = tosa.depthwise_conv2d %1031, %1034, %1033, %1032, %1032 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1036 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1037 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1038 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1039 = tosa.conv2d %1035, %1038, %1037, %1036, %1036 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1040 = tosa.clamp %1039 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1041 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1042 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1043 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1044 = tosa.depthwise_conv2d %1040, %1043, %1042, %1041, %1041 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1045 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1046 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1047 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1048 = tosa.conv2d %1044, %1047, %1046, %1045, %1045 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1049 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1050 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %1051 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %1052 = tosa.depthwise_conv2d %1007, %1051, %1050, %1049, %1049 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x156xf32>
    %1053 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1054 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1055 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x156xf32>}> : () -> tensor<312x1x1x156xf32>
    %1056 = tosa.conv2d %1052, %1055, %1054, %1053, %1053 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x156xf32>, tensor<312x1x1x156xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1057 = tosa.clamp %1056 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1058 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1059 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1060 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1061 = tosa.depthwise_conv2d %1057, %1060, %1059, %1058, %1058 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1062 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1063 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1064 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1065 = tosa.conv2d %1061, %1064, %1063, %1062, %1062 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1066 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1067 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %1068 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %1069 = tosa.depthwise_conv2d %1007, %1068, %1067, %1066, %1066 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x156xf32>
    %1070 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1071 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1072 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x156xf32>}> : () -> tensor<312x1x1x156xf32>
    %1073 = tosa.conv2d %1069, %1072, %1071, %1070, %1070 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x156xf32>, tensor<312x1x1x156xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1074 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1075 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<156xf32>}> : () -> tensor<156xf32>
    %1076 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x156x1xf32>}> : () -> tensor<3x3x156x1xf32>
    %1077 = tosa.depthwise_conv2d %1007, %1076, %1075, %1074, %1074 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x8x8x156xf32>, tensor<3x3x156x1xf32>, tensor<156xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x156xf32>
    %1078 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1079 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1080 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x156xf32>}> : () -> tensor<312x1x1x156xf32>
    %1081 = tosa.conv2d %1077, %1080, %1079, %1078, %1078 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x156xf32>, tensor<312x1x1x156xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1082 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1083 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1084 = tosa.mul %1073, %1082, %1083 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1085 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1086 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1087 = tosa.mul %1081, %1085, %1086 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1088 = tosa.add %1084, %1087 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1089 = tosa.clamp %1088 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1090 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1091 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1092 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1093 = tosa.depthwise_conv2d %1089, %1092, %1091, %1090, %1090 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1094 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1095 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1096 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1097 = tosa.conv2d %1093, %1096, %1095, %1094, %1094 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1098 = tosa.clamp %1081 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1099 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1100 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1101 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1102 = tosa.depthwise_conv2d %1098, %1101, %1100, %1099, %1099 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1103 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1104 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1105 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1106 = tosa.conv2d %1102, %1105, %1104, %1103, %1103 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1107 = tosa.clamp %1065 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1108 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1109 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1110 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1111 = tosa.depthwise_conv2d %1107, %1110, %1109, %1108, %1108 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1112 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1113 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1114 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1115 = tosa.conv2d %1111, %1114, %1113, %1112, %1112 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1116 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1117 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1118 = tosa.mul %1048, %1116, %1117 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1119 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1120 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1121 = tosa.mul %1056, %1119, %1120 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1122 = tosa.add %1118, %1121 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1123 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1124 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1125 = tosa.mul %1106, %1123, %1124 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1126 = tosa.add %1122, %1125 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1127 = tosa.clamp %1126 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1128 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1129 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1130 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1131 = tosa.depthwise_conv2d %1127, %1130, %1129, %1128, %1128 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1132 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1133 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1134 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1135 = tosa.conv2d %1131, %1134, %1133, %1132, %1132 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1136 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1137 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1138 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1139 = tosa.depthwise_conv2d %1057, %1138, %1137, %1136, %1136 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1140 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1141 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1142 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1143 = tosa.conv2d %1139, %1142, %1141, %1140, %1140 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1144 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1145 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1146 = tosa.mul %1015, %1144, %1145 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1147 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1148 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1149 = tosa.mul %1065, %1147, %1148 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1150 = tosa.add %1146, %1149 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1151 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1152 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1153 = tosa.mul %1106, %1151, %1152 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1154 = tosa.add %1150, %1153 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1155 = tosa.clamp %1154 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1156 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1157 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1158 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1159 = tosa.depthwise_conv2d %1155, %1158, %1157, %1156, %1156 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1160 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1161 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1162 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1163 = tosa.conv2d %1159, %1162, %1161, %1160, %1160 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1164 = tosa.clamp %1143 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1165 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1166 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1167 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1168 = tosa.depthwise_conv2d %1164, %1167, %1166, %1165, %1165 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1169 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1170 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1171 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1172 = tosa.conv2d %1168, %1171, %1170, %1169, %1169 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1173 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1174 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1175 = tosa.mul %1065, %1173, %1174 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1176 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1177 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1178 = tosa.mul %1097, %1176, %1177 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1179 = tosa.add %1175, %1178 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1180 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1181 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1182 = tosa.mul %1115, %1180, %1181 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1183 = tosa.add %1179, %1182 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1184 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1185 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1186 = tosa.mul %1172, %1184, %1185 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1187 = tosa.add %1183, %1186 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1188 = tosa.clamp %1187 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1189 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1190 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1191 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1192 = tosa.depthwise_conv2d %1188, %1191, %1190, %1189, %1189 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1193 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1194 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1195 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1196 = tosa.conv2d %1192, %1195, %1194, %1193, %1193 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1197 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1198 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1199 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1200 = tosa.depthwise_conv2d %1107, %1199, %1198, %1197, %1197 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1201 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1202 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1203 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1204 = tosa.conv2d %1200, %1203, %1202, %1201, %1201 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1205 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1206 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1207 = tosa.mul %1143, %1205, %1206 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1208 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1209 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1210 = tosa.mul %1196, %1208, %1209 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1211 = tosa.add %1207, %1210 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1212 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1213 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1214 = tosa.mul %1204, %1212, %1213 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1215 = tosa.add %1211, %1214 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1216 = tosa.clamp %1215 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1217 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1218 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1219 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1220 = tosa.depthwise_conv2d %1216, %1219, %1218, %1217, %1217 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1221 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1222 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1223 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1224 = tosa.conv2d %1220, %1223, %1222, %1221, %1221 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1225 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1226 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1227 = tosa.mul %1065, %1225, %1226 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1228 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1229 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1230 = tosa.mul %1163, %1228, %1229 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1231 = tosa.add %1227, %1230 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1232 = tosa.clamp %1231 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1233 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1234 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1235 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1236 = tosa.depthwise_conv2d %1232, %1235, %1234, %1233, %1233 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1237 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1238 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1239 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1240 = tosa.conv2d %1236, %1239, %1238, %1237, %1237 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1241 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1242 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1243 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1244 = tosa.depthwise_conv2d %1164, %1243, %1242, %1241, %1241 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1245 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1246 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1247 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1248 = tosa.conv2d %1244, %1247, %1246, %1245, %1245 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1249 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1250 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1251 = tosa.mul %1048, %1249, %1250 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1252 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1253 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1254 = tosa.mul %1224, %1252, %1253 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1255 = tosa.add %1251, %1254 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1256 = tosa.clamp %1255 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1257 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1258 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1259 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1260 = tosa.depthwise_conv2d %1256, %1259, %1258, %1257, %1257 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1261 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1262 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1263 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1264 = tosa.conv2d %1260, %1263, %1262, %1261, %1261 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1265 = tosa.clamp %1264 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1266 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1267 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1268 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1269 = tosa.depthwise_conv2d %1265, %1268, %1267, %1266, %1266 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1270 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1271 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1272 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1273 = tosa.conv2d %1269, %1272, %1271, %1270, %1270 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1274 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1275 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1276 = tosa.mul %1015, %1274, %1275 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1277 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1278 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1279 = tosa.mul %1097, %1277, %1278 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1280 = tosa.add %1276, %1279 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1281 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1282 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1283 = tosa.mul %1204, %1281, %1282 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1284 = tosa.add %1280, %1283 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1285 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1286 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1287 = tosa.mul %1273, %1285, %1286 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1288 = tosa.add %1284, %1287 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1289 = tosa.clamp %1288 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1290 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1291 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1292 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1293 = tosa.depthwise_conv2d %1289, %1292, %1291, %1290, %1290 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1294 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1295 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1296 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1297 = tosa.conv2d %1293, %1296, %1295, %1294, %1294 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1298 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1299 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1300 = tosa.mul %1106, %1298, %1299 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1301 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1302 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1303 = tosa.mul %1135, %1301, %1302 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1304 = tosa.add %1300, %1303 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1305 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1306 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1307 = tosa.mul %1172, %1305, %1306 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1308 = tosa.add %1304, %1307 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1309 = tosa.clamp %1308 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1310 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1311 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1312 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1313 = tosa.depthwise_conv2d %1309, %1312, %1311, %1310, %1310 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1314 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1315 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1316 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1317 = tosa.conv2d %1313, %1316, %1315, %1314, %1314 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1318 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1319 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1320 = tosa.mul %1039, %1318, %1319 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1321 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1322 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1323 = tosa.mul %1115, %1321, %1322 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1324 = tosa.add %1320, %1323 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1325 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1326 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1327 = tosa.mul %1273, %1325, %1326 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1328 = tosa.add %1324, %1327 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1329 = tosa.clamp %1328 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1330 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1331 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1332 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1333 = tosa.depthwise_conv2d %1329, %1332, %1331, %1330, %1330 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1334 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1335 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1336 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1337 = tosa.conv2d %1333, %1336, %1335, %1334, %1334 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1338 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1339 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1340 = tosa.mul %1015, %1338, %1339 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1341 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1342 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1343 = tosa.mul %1273, %1341, %1342 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1344 = tosa.add %1340, %1343 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1345 = tosa.clamp %1344 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1346 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1347 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1348 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1349 = tosa.depthwise_conv2d %1345, %1348, %1347, %1346, %1346 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1350 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1351 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1352 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1353 = tosa.conv2d %1349, %1352, %1351, %1350, %1350 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1354 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1355 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1356 = tosa.mul %1023, %1354, %1355 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1357 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1358 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1359 = tosa.mul %1163, %1357, %1358 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1360 = tosa.add %1356, %1359 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1361 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1362 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1363 = tosa.mul %1273, %1361, %1362 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1364 = tosa.add %1360, %1363 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1365 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1366 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1367 = tosa.mul %1297, %1365, %1366 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1368 = tosa.add %1364, %1367 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1369 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1370 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1371 = tosa.mul %1317, %1369, %1370 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1372 = tosa.add %1368, %1371 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1373 = tosa.clamp %1372 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1374 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1375 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1376 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1377 = tosa.depthwise_conv2d %1373, %1376, %1375, %1374, %1374 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1378 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1379 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1380 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1381 = tosa.conv2d %1377, %1380, %1379, %1378, %1378 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1382 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1383 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1384 = tosa.mul %1097, %1382, %1383 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1385 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1386 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1387 = tosa.mul %1297, %1385, %1386 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1388 = tosa.add %1384, %1387 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1389 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1390 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1391 = tosa.mul %1353, %1389, %1390 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1392 = tosa.add %1388, %1391 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1393 = tosa.clamp %1392 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1394 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1395 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1396 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1397 = tosa.depthwise_conv2d %1393, %1396, %1395, %1394, %1394 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1398 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1399 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1400 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1401 = tosa.conv2d %1397, %1400, %1399, %1398, %1398 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1402 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1403 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1404 = tosa.mul %1039, %1402, %1403 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1405 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1406 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1407 = tosa.mul %1143, %1405, %1406 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1408 = tosa.add %1404, %1407 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1409 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1410 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1411 = tosa.mul %1381, %1409, %1410 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1412 = tosa.add %1408, %1411 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1413 = tosa.clamp %1412 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1414 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1415 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1416 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1417 = tosa.depthwise_conv2d %1413, %1416, %1415, %1414, %1414 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1418 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1419 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1420 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1421 = tosa.conv2d %1417, %1420, %1419, %1418, %1418 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1422 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1423 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1424 = tosa.mul %1048, %1422, %1423 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1425 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1426 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1427 = tosa.mul %1115, %1425, %1426 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1428 = tosa.add %1424, %1427 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1429 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1430 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1431 = tosa.mul %1264, %1429, %1430 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1432 = tosa.add %1428, %1431 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1433 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1434 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1435 = tosa.mul %1401, %1433, %1434 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1436 = tosa.add %1432, %1435 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1437 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1438 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1439 = tosa.mul %1421, %1437, %1438 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1440 = tosa.add %1436, %1439 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1441 = tosa.clamp %1440 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1442 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1443 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1444 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1445 = tosa.depthwise_conv2d %1441, %1444, %1443, %1442, %1442 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1446 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1447 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1448 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1449 = tosa.conv2d %1445, %1448, %1447, %1446, %1446 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1450 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1451 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1452 = tosa.mul %1048, %1450, %1451 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1453 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1454 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1455 = tosa.mul %1073, %1453, %1454 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1456 = tosa.add %1452, %1455 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1457 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1458 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1459 = tosa.mul %1135, %1457, %1458 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1460 = tosa.add %1456, %1459 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1461 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1462 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1463 = tosa.mul %1248, %1461, %1462 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1464 = tosa.add %1460, %1463 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1465 = tosa.clamp %1464 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1466 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1467 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1468 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1469 = tosa.depthwise_conv2d %1465, %1468, %1467, %1466, %1466 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1470 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1471 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1472 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1473 = tosa.conv2d %1469, %1472, %1471, %1470, %1470 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1474 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1475 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1476 = tosa.mul %1023, %1474, %1475 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1477 = "tosa.const"() <{values = dense<5.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1478 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1479 = tosa.mul %1297, %1477, %1478 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1480 = tosa.add %1476, %1479 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1481 = tosa.clamp %1480 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1482 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1483 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1484 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x312x1xf32>}> : () -> tensor<3x3x312x1xf32>
    %1485 = tosa.depthwise_conv2d %1481, %1484, %1483, %1482, %1482 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<3x3x312x1xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1486 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1487 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312xf32>}> : () -> tensor<312xf32>
    %1488 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<312x1x1x312xf32>}> : () -> tensor<312x1x1x312xf32>
    %1489 = tosa.conv2d %1485, %1488, %1487, %1486, %1486 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<312x1x1x312xf32>, tensor<312xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x312xf32>
    %1490 = tosa.add %1240, %1337 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1491 = tosa.add %1490, %1449 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1492 = tosa.add %1491, %1473 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1493 = tosa.add %1492, %1489 : (tensor<1x4x4x312xf32>, tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1494 = "tosa.const"() <{values = dense<2.000000e-01> : tensor<1x1x1x1xf32>}> : () -> tensor<1x1x1x1xf32>
    %1495 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %1496 = tosa.mul %1493, %1494, %1495 : (tensor<1x4x4x312xf32>, tensor<1x1x1x1xf32>, tensor<1xi8>) -> tensor<1x4x4x312xf32>
    %1497 = tosa.clamp %1496 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x312xf32>) -> tensor<1x4x4x312xf32>
    %1498 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1499 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1280xf32>}> : () -> tensor<1280xf32>
    %1500 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1280x1x1x312xf32>}> : () -> tensor<1280x1x1x312xf32>
    %1501 = tosa.conv2d %1497, %1500, %1499, %1498, %1498 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x312xf32>, tensor<1280x1x1x312xf32>, tensor<1280xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x4x4x1280xf32>
    %1502 = tosa.clamp %1501 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x4x4x1280xf32>) -> tensor<1x4x4x1280xf32>
    %1503 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1504 = tosa.avg_pool2d %1502, %1503, %1503 {acc_type = f32, kernel = array<i64: 4, 4>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x4x4x1280xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x1280xf32>
    %1505 = tosa.const_shape  {values = dense<[1, 1280, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1506 = tosa.reshape %1504, %1505 : (tensor<1x1x1x1280xf32>, !tosa.shape<4>) -> tensor<1x1280x1x1xf32>
    %1507 = tosa.const_shape  {values = dense<[1, 1280]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %1508 = tosa.reshape %1506, %1507 : (tensor<1x1280x1x1xf32>, !tosa.shape<2>) -> tensor<1x1280xf32>
    %1509 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1280x10xf32>}> : () -> tensor<1280x10xf32>
    %1510 = tosa.const_shape  {values = dense<[1, 1, 1280]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %1511 = tosa.reshape %1508, %1510 : (tensor<1x1280xf32>, !tosa.shape<3>) -> tensor<1x1x1280xf32>
    %1512 = tosa.const_shape  {values = dense<[1, 1280, 10]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %1513 = tosa.reshape %1509, %1512 : (tensor<1280x10xf32>, !tosa.shape<3>) -> tensor<1x1280x10xf32>
    %1514 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1515 = tosa.matmul %1511, %1513, %1514, %1514 : (tensor<1x1x1280xf32>, tensor<1x1280x10xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x10xf32>
    %1516 = tosa.const_shape  {values = dense<[1, 10]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %1517 = tosa.reshape %1515, %1516 : (tensor<1x1x10xf32>, !tosa.shape<2>) -> tensor<1x10xf32>
    %1518 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x10xf32>}> : () -> tensor<1x10xf32>
    %1519 = tosa.add %1517, %1518 : (tensor<1x10xf32>, tensor<1x10xf32>) -> tensor<1x10xf32>
    return %1519 : tensor<1x10xf32>
  }
}
