module {
  func.func @torch_jit(%arg0: tensor<1x3x224x224xf32> {onnx.name = "input"}) -> (tensor<1x1000xf32> {onnx.name = "output"}) {
    %0 = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %3 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x3xf32>}> : () -> tensor<32x3x3x3xf32>
    %4 = tosa.conv2d %0, %3, %2, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x224x224x3xf32>, tensor<32x3x3x3xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x32xf32>
    %5 = tosa.clamp %4 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x112x112x32xf32>) -> tensor<1x112x112x32xf32>
    %6 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %7 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %8 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x32x1xf32>}> : () -> tensor<3x3x32x1xf32>
    %9 = tosa.depthwise_conv2d %5, %8, %7, %6, %6 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x112x112x32xf32>, tensor<3x3x32x1xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x32xf32>
    %10 = tosa.clamp %9 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x112x112x32xf32>) -> tensor<1x112x112x32xf32>
    %11 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %12 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %13 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x32xf32>}> : () -> tensor<16x1x1x32xf32>
    %14 = tosa.conv2d %10, %13, %12, %11, %11 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x112x112x32xf32>, tensor<16x1x1x32xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x16xf32>
    %15 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %16 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %17 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x16xf32>}> : () -> tensor<96x1x1x16xf32>
    %18 = tosa.conv2d %14, %17, %16, %15, %15 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x112x112x16xf32>, tensor<96x1x1x16xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x96xf32>
    %19 = tosa.clamp %18 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x112x112x96xf32>) -> tensor<1x112x112x96xf32>
    %20 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %21 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %22 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %23 = tosa.depthwise_conv2d %19, %22, %21, %20, %20 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x112x112x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x96xf32>
    %24 = tosa.clamp %23 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x96xf32>) -> tensor<1x56x56x96xf32>
    %25 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %26 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24xf32>}> : () -> tensor<24xf32>
    %27 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24x1x1x96xf32>}> : () -> tensor<24x1x1x96xf32>
    %28 = tosa.conv2d %24, %27, %26, %25, %25 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x96xf32>, tensor<24x1x1x96xf32>, tensor<24xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x24xf32>
    %29 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %30 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %31 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x24xf32>}> : () -> tensor<144x1x1x24xf32>
    %32 = tosa.conv2d %28, %31, %30, %29, %29 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x24xf32>, tensor<144x1x1x24xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x144xf32>
    %33 = tosa.clamp %32 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x144xf32>) -> tensor<1x56x56x144xf32>
    %34 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %35 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %36 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %37 = tosa.depthwise_conv2d %33, %36, %35, %34, %34 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x56x56x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x144xf32>
    %38 = tosa.clamp %37 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x144xf32>) -> tensor<1x56x56x144xf32>
    %39 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %40 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24xf32>}> : () -> tensor<24xf32>
    %41 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24x1x1x144xf32>}> : () -> tensor<24x1x1x144xf32>
    %42 = tosa.conv2d %38, %41, %40, %39, %39 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x144xf32>, tensor<24x1x1x144xf32>, tensor<24xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x24xf32>
    %43 = tosa.add %28, %42 : (tensor<1x56x56x24xf32>, tensor<1x56x56x24xf32>) -> tensor<1x56x56x24xf32>
    %44 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %45 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %46 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x24xf32>}> : () -> tensor<144x1x1x24xf32>
    %47 = tosa.conv2d %43, %46, %45, %44, %44 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x24xf32>, tensor<144x1x1x24xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x144xf32>
    %48 = tosa.clamp %47 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x144xf32>) -> tensor<1x56x56x144xf32>
    %49 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %50 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %51 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %52 = tosa.depthwise_conv2d %48, %51, %50, %49, %49 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x56x56x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x144xf32>
    %53 = tosa.clamp %52 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x144xf32>) -> tensor<1x28x28x144xf32>
    %54 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %55 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %56 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x144xf32>}> : () -> tensor<32x1x1x144xf32>
    %57 = tosa.conv2d %53, %56, %55, %54, %54 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x144xf32>, tensor<32x1x1x144xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %58 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %59 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %60 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x32xf32>}> : () -> tensor<192x1x1x32xf32>
    %61 = tosa.conv2d %57, %60, %59, %58, %58 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x32xf32>, tensor<192x1x1x32xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x192xf32>
    %62 = tosa.clamp %61 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x192xf32>) -> tensor<1x28x28x192xf32>
    %63 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %64 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %65 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %66 = tosa.depthwise_conv2d %62, %65, %64, %63, %63 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x192xf32>
    %67 = tosa.clamp %66 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x192xf32>) -> tensor<1x28x28x192xf32>
    %68 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %69 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %70 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x192xf32>}> : () -> tensor<32x1x1x192xf32>
    %71 = tosa.conv2d %67, %70, %69, %68, %68 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>, tensor<32x1x1x192xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %72 = tosa.add %57, %71 : (tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>) -> tensor<1x28x28x32xf32>
    %73 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %74 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %75 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x32xf32>}> : () -> tensor<192x1x1x32xf32>
    %76 = tosa.conv2d %72, %75, %74, %73, %73 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x32xf32>, tensor<192x1x1x32xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x192xf32>
    %77 = tosa.clamp %76 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x192xf32>) -> tensor<1x28x28x192xf32>
    %78 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %79 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %80 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %81 = tosa.depthwise_conv2d %77, %80, %79, %78, %78 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x192xf32>
    %82 = tosa.clamp %81 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x192xf32>) -> tensor<1x28x28x192xf32>
    %83 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %84 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %85 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x192xf32>}> : () -> tensor<32x1x1x192xf32>
    %86 = tosa.conv2d %82, %85, %84, %83, %83 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>, tensor<32x1x1x192xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %87 = tosa.add %72, %86 : (tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>) -> tensor<1x28x28x32xf32>
    %88 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %89 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %90 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x32xf32>}> : () -> tensor<192x1x1x32xf32>
    %91 = tosa.conv2d %87, %90, %89, %88, %88 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x32xf32>, tensor<192x1x1x32xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x192xf32>
    %92 = tosa.clamp %91 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x192xf32>) -> tensor<1x28x28x192xf32>
    %93 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %94 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %95 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x192x1xf32>}> : () -> tensor<3x3x192x1xf32>
    %96 = tosa.depthwise_conv2d %92, %95, %94, %93, %93 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x192xf32>, tensor<3x3x192x1xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x192xf32>
    %97 = tosa.clamp %96 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x192xf32>) -> tensor<1x14x14x192xf32>
    %98 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %99 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %100 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x192xf32>}> : () -> tensor<64x1x1x192xf32>
    %101 = tosa.conv2d %97, %100, %99, %98, %98 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x192xf32>, tensor<64x1x1x192xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x64xf32>
    %102 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %103 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %104 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x1x1x64xf32>}> : () -> tensor<384x1x1x64xf32>
    %105 = tosa.conv2d %101, %104, %103, %102, %102 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x64xf32>, tensor<384x1x1x64xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x384xf32>
    %106 = tosa.clamp %105 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x384xf32>) -> tensor<1x14x14x384xf32>
    %107 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %108 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %109 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x384x1xf32>}> : () -> tensor<3x3x384x1xf32>
    %110 = tosa.depthwise_conv2d %106, %109, %108, %107, %107 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<3x3x384x1xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x384xf32>
    %111 = tosa.clamp %110 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x384xf32>) -> tensor<1x14x14x384xf32>
    %112 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %113 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %114 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x384xf32>}> : () -> tensor<64x1x1x384xf32>
    %115 = tosa.conv2d %111, %114, %113, %112, %112 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<64x1x1x384xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x64xf32>
    %116 = tosa.add %101, %115 : (tensor<1x14x14x64xf32>, tensor<1x14x14x64xf32>) -> tensor<1x14x14x64xf32>
    %117 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %118 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %119 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x1x1x64xf32>}> : () -> tensor<384x1x1x64xf32>
    %120 = tosa.conv2d %116, %119, %118, %117, %117 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x64xf32>, tensor<384x1x1x64xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x384xf32>
    %121 = tosa.clamp %120 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x384xf32>) -> tensor<1x14x14x384xf32>
    %122 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %123 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %124 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x384x1xf32>}> : () -> tensor<3x3x384x1xf32>
    %125 = tosa.depthwise_conv2d %121, %124, %123, %122, %122 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<3x3x384x1xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x384xf32>
    %126 = tosa.clamp %125 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x384xf32>) -> tensor<1x14x14x384xf32>
    %127 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %128 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %129 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x384xf32>}> : () -> tensor<64x1x1x384xf32>
    %130 = tosa.conv2d %126, %129, %128, %127, %127 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<64x1x1x384xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x64xf32>
    %131 = tosa.add %116, %130 : (tensor<1x14x14x64xf32>, tensor<1x14x14x64xf32>) -> tensor<1x14x14x64xf32>
    %132 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %133 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %134 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x1x1x64xf32>}> : () -> tensor<384x1x1x64xf32>
    %135 = tosa.conv2d %131, %134, %133, %132, %132 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x64xf32>, tensor<384x1x1x64xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x384xf32>
    %136 = tosa.clamp %135 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x384xf32>) -> tensor<1x14x14x384xf32>
    %137 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %138 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %139 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x384x1xf32>}> : () -> tensor<3x3x384x1xf32>
    %140 = tosa.depthwise_conv2d %136, %139, %138, %137, %137 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<3x3x384x1xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x384xf32>
    %141 = tosa.clamp %140 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x384xf32>) -> tensor<1x14x14x384xf32>
    %142 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %143 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %144 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x384xf32>}> : () -> tensor<64x1x1x384xf32>
    %145 = tosa.conv2d %141, %144, %143, %142, %142 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<64x1x1x384xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x64xf32>
    %146 = tosa.add %131, %145 : (tensor<1x14x14x64xf32>, tensor<1x14x14x64xf32>) -> tensor<1x14x14x64xf32>
    %147 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %148 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %149 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x1x1x64xf32>}> : () -> tensor<384x1x1x64xf32>
    %150 = tosa.conv2d %146, %149, %148, %147, %147 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x64xf32>, tensor<384x1x1x64xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x384xf32>
    %151 = tosa.clamp %150 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x384xf32>) -> tensor<1x14x14x384xf32>
    %152 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %153 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %154 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x384x1xf32>}> : () -> tensor<3x3x384x1xf32>
    %155 = tosa.depthwise_conv2d %151, %154, %153, %152, %152 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<3x3x384x1xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x384xf32>
    %156 = tosa.clamp %155 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x384xf32>) -> tensor<1x14x14x384xf32>
    %157 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %158 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %159 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x384xf32>}> : () -> tensor<96x1x1x384xf32>
    %160 = tosa.conv2d %156, %159, %158, %157, %157 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<96x1x1x384xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %161 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %162 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<576xf32>}> : () -> tensor<576xf32>
    %163 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<576x1x1x96xf32>}> : () -> tensor<576x1x1x96xf32>
    %164 = tosa.conv2d %160, %163, %162, %161, %161 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<576x1x1x96xf32>, tensor<576xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x576xf32>
    %165 = tosa.clamp %164 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x576xf32>) -> tensor<1x14x14x576xf32>
    %166 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %167 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<576xf32>}> : () -> tensor<576xf32>
    %168 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x576x1xf32>}> : () -> tensor<3x3x576x1xf32>
    %169 = tosa.depthwise_conv2d %165, %168, %167, %166, %166 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x576xf32>, tensor<3x3x576x1xf32>, tensor<576xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x576xf32>
    %170 = tosa.clamp %169 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x576xf32>) -> tensor<1x14x14x576xf32>
    %171 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %172 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %173 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x576xf32>}> : () -> tensor<96x1x1x576xf32>
    %174 = tosa.conv2d %170, %173, %172, %171, %171 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x576xf32>, tensor<96x1x1x576xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %175 = tosa.add %160, %174 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %176 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %177 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<576xf32>}> : () -> tensor<576xf32>
    %178 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<576x1x1x96xf32>}> : () -> tensor<576x1x1x96xf32>
    %179 = tosa.conv2d %175, %178, %177, %176, %176 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<576x1x1x96xf32>, tensor<576xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x576xf32>
    %180 = tosa.clamp %179 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x576xf32>) -> tensor<1x14x14x576xf32>
    %181 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %182 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<576xf32>}> : () -> tensor<576xf32>
    %183 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x576x1xf32>}> : () -> tensor<3x3x576x1xf32>
    %184 = tosa.depthwise_conv2d %180, %183, %182, %181, %181 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x576xf32>, tensor<3x3x576x1xf32>, tensor<576xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x576xf32>
    %185 = tosa.clamp %184 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x576xf32>) -> tensor<1x14x14x576xf32>
    %186 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %187 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %188 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x576xf32>}> : () -> tensor<96x1x1x576xf32>
    %189 = tosa.conv2d %185, %188, %187, %186, %186 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x576xf32>, tensor<96x1x1x576xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %190 = tosa.add %175, %189 : (tensor<1x14x14x96xf32>, tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %191 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %192 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<576xf32>}> : () -> tensor<576xf32>
    %193 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<576x1x1x96xf32>}> : () -> tensor<576x1x1x96xf32>
    %194 = tosa.conv2d %190, %193, %192, %191, %191 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<576x1x1x96xf32>, tensor<576xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x576xf32>
    %195 = tosa.clamp %194 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x576xf32>) -> tensor<1x14x14x576xf32>
    %196 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %197 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<576xf32>}> : () -> tensor<576xf32>
    %198 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x576x1xf32>}> : () -> tensor<3x3x576x1xf32>
    %199 = tosa.depthwise_conv2d %195, %198, %197, %196, %196 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x576xf32>, tensor<3x3x576x1xf32>, tensor<576xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x576xf32>
    %200 = tosa.clamp %199 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x576xf32>) -> tensor<1x7x7x576xf32>
    %201 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %202 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %203 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x576xf32>}> : () -> tensor<160x1x1x576xf32>
    %204 = tosa.conv2d %200, %203, %202, %201, %201 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x576xf32>, tensor<160x1x1x576xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x160xf32>
    %205 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %206 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<960xf32>}> : () -> tensor<960xf32>
    %207 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<960x1x1x160xf32>}> : () -> tensor<960x1x1x160xf32>
    %208 = tosa.conv2d %204, %207, %206, %205, %205 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x160xf32>, tensor<960x1x1x160xf32>, tensor<960xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x960xf32>
    %209 = tosa.clamp %208 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x960xf32>) -> tensor<1x7x7x960xf32>
    %210 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %211 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<960xf32>}> : () -> tensor<960xf32>
    %212 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x960x1xf32>}> : () -> tensor<3x3x960x1xf32>
    %213 = tosa.depthwise_conv2d %209, %212, %211, %210, %210 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x960xf32>, tensor<3x3x960x1xf32>, tensor<960xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x960xf32>
    %214 = tosa.clamp %213 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x960xf32>) -> tensor<1x7x7x960xf32>
    %215 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %216 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %217 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x960xf32>}> : () -> tensor<160x1x1x960xf32>
    %218 = tosa.conv2d %214, %217, %216, %215, %215 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x960xf32>, tensor<160x1x1x960xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x160xf32>
    %219 = tosa.add %204, %218 : (tensor<1x7x7x160xf32>, tensor<1x7x7x160xf32>) -> tensor<1x7x7x160xf32>
    %220 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %221 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<960xf32>}> : () -> tensor<960xf32>
    %222 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<960x1x1x160xf32>}> : () -> tensor<960x1x1x160xf32>
    %223 = tosa.conv2d %219, %222, %221, %220, %220 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x160xf32>, tensor<960x1x1x160xf32>, tensor<960xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x960xf32>
    %224 = tosa.clamp %223 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x960xf32>) -> tensor<1x7x7x960xf32>
    %225 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %226 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<960xf32>}> : () -> tensor<960xf32>
    %227 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x960x1xf32>}> : () -> tensor<3x3x960x1xf32>
    %228 = tosa.depthwise_conv2d %224, %227, %226, %225, %225 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x960xf32>, tensor<3x3x960x1xf32>, tensor<960xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x960xf32>
    %229 = tosa.clamp %228 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x960xf32>) -> tensor<1x7x7x960xf32>
    %230 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %231 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %232 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x960xf32>}> : () -> tensor<160x1x1x960xf32>
    %233 = tosa.conv2d %229, %232, %231, %230, %230 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x960xf32>, tensor<160x1x1x960xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x160xf32>
    %234 = tosa.add %219, %233 : (tensor<1x7x7x160xf32>, tensor<1x7x7x160xf32>) -> tensor<1x7x7x160xf32>
    %235 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %236 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<960xf32>}> : () -> tensor<960xf32>
    %237 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<960x1x1x160xf32>}> : () -> tensor<960x1x1x160xf32>
    %238 = tosa.conv2d %234, %237, %236, %235, %235 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x160xf32>, tensor<960x1x1x160xf32>, tensor<960xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x960xf32>
    %239 = tosa.clamp %238 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x960xf32>) -> tensor<1x7x7x960xf32>
    %240 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %241 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<960xf32>}> : () -> tensor<960xf32>
    %242 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x960x1xf32>}> : () -> tensor<3x3x960x1xf32>
    %243 = tosa.depthwise_conv2d %239, %242, %241, %240, %240 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x960xf32>, tensor<3x3x960x1xf32>, tensor<960xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x960xf32>
    %244 = tosa.clamp %243 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x960xf32>) -> tensor<1x7x7x960xf32>
    %245 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %246 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<320xf32>}> : () -> tensor<320xf32>
    %247 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<320x1x1x960xf32>}> : () -> tensor<320x1x1x960xf32>
    %248 = tosa.conv2d %244, %247, %246, %245, %245 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x960xf32>, tensor<320x1x1x960xf32>, tensor<320xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x320xf32>
    %249 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %250 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1280xf32>}> : () -> tensor<1280xf32>
    %251 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1280x1x1x320xf32>}> : () -> tensor<1280x1x1x320xf32>
    %252 = tosa.conv2d %248, %251, %250, %249, %249 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x320xf32>, tensor<1280x1x1x320xf32>, tensor<1280xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x1280xf32>
    %253 = tosa.clamp %252 {max_val = 6.000000e+00 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x1280xf32>) -> tensor<1x7x7x1280xf32>
    %254 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %255 = tosa.avg_pool2d %253, %254, %254 {acc_type = f32, kernel = array<i64: 7, 7>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x1280xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x1280xf32>
    %256 = tosa.const_shape  {values = dense<[1, 1280, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %257 = tosa.reshape %255, %256 : (tensor<1x1x1x1280xf32>, !tosa.shape<4>) -> tensor<1x1280x1x1xf32>
    %258 = tosa.const_shape  {values = dense<[1, 1280]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %259 = tosa.reshape %257, %258 : (tensor<1x1280x1x1xf32>, !tosa.shape<2>) -> tensor<1x1280xf32>
    %260 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1280x1000xf32>}> : () -> tensor<1280x1000xf32>
    %261 = tosa.const_shape  {values = dense<[1, 1, 1280]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %262 = tosa.reshape %259, %261 : (tensor<1x1280xf32>, !tosa.shape<3>) -> tensor<1x1x1280xf32>
    %263 = tosa.const_shape  {values = dense<[1, 1280, 1000]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %264 = tosa.reshape %260, %263 : (tensor<1280x1000xf32>, !tosa.shape<3>) -> tensor<1x1280x1000xf32>
    %265 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %266 = tosa.matmul %262, %264, %265, %265 : (tensor<1x1x1280xf32>, tensor<1x1280x1000xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1000xf32>
    %267 = tosa.const_shape  {values = dense<[1, 1000]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %268 = tosa.reshape %266, %267 : (tensor<1x1x1000xf32>, !tosa.shape<2>) -> tensor<1x1000xf32>
    %269 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1000xf32>}> : () -> tensor<1x1000xf32>
    %270 = tosa.add %268, %269 : (tensor<1x1000xf32>, tensor<1x1000xf32>) -> tensor<1x1000xf32>
    return %270 : tensor<1x1000xf32>
  }
}
