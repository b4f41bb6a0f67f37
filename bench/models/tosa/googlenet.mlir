module {
  func.func @torch_jit(%arg0: tensor<1x3x224x224xf32> {onnx.name = "input"}) -> (tensor<1x1000xf32> {onnx.name = "output"}) {
    %0 = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %3 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x7x7x3xf32>}> : () -> tensor<64x7x7x3xf32>
    %4 = tosa.conv2d %0, %3, %2, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 3, 2, 3, 2>, stride = array<i64: 2, 2>} : (tensor<1x224x224x3xf32>, tensor<64x7x7x3xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x64xf32>
    %5 = tosa.clamp %4 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x112x112x64xf32>) -> tensor<1x112x112x64xf32>
    %6 = tosa.max_pool2d %5 {kernel = array<i64: 3, 3>, pad = array<i64: 0, 1, 0, 1>, stride = array<i64: 2, 2>} : (tensor<1x112x112x64xf32>) -> tensor<1x56x56x64xf32>
    %7 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %8 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %9 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x64xf32>}> : () -> tensor<64x1x1x64xf32>
    %10 = tosa.conv2d %6, %9, %8, %7, %7 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x64xf32>, tensor<64x1x1x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x64xf32>
    %11 = tosa.clamp %10 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x64xf32>) -> tensor<1x56x56x64xf32>
    %12 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %13 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %14 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x3x3x64xf32>}> : () -> tensor<192x3x3x64xf32>
    %15 = tosa.conv2d %11, %14, %13, %12, %12 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x56x56x64xf32>, tensor<192x3x3x64xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x192xf32>
    %16 = tosa.clamp %15 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x192xf32>) -> tensor<1x56x56x192xf32>
    %17 = tosa.max_pool2d %16 {kernel = array<i64: 3, 3>, pad = array<i64: 0, 1, 0, 1>, stride = array<i64: 2, 2>} : (tensor<1x56x56x192xf32>) -> tensor<1x28x28x192xf32>
    %18 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %19 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %20 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x192xf32>}> : () -> tensor<64x1x1x192xf32>
    %21 = tosa.conv2d %17, %20, %19, %18, %18 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>, tensor<64x1x1x192xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x64xf32>
    %22 = tosa.clamp %21 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x64xf32>) -> tensor<1x28x28x64xf32>
    %23 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %24 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %25 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x192xf32>}> : () -> tensor<96x1x1x192xf32>
    %26 = tosa.conv2d %17, %25, %24, %23, %23 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>, tensor<96x1x1x192xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x96xf32>
    %27 = tosa.clamp %26 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x96xf32>) -> tensor<1x28x28x96xf32>
    %28 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %29 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %30 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x3x3x96xf32>}> : () -> tensor<128x3x3x96xf32>
    %31 = tosa.conv2d %27, %30, %29, %28, %28 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x96xf32>, tensor<128x3x3x96xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %32 = tosa.clamp %31 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %33 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %34 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %35 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x192xf32>}> : () -> tensor<16x1x1x192xf32>
    %36 = tosa.conv2d %17, %35, %34, %33, %33 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>, tensor<16x1x1x192xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x16xf32>
    %37 = tosa.clamp %36 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x16xf32>) -> tensor<1x28x28x16xf32>
    %38 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %39 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %40 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x16xf32>}> : () -> tensor<32x3x3x16xf32>
    %41 = tosa.conv2d %37, %40, %39, %38, %38 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x16xf32>, tensor<32x3x3x16xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %42 = tosa.clamp %41 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x32xf32>) -> tensor<1x28x28x32xf32>
    %43 = tosa.max_pool2d %17 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>) -> tensor<1x28x28x192xf32>
    %44 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %45 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %46 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x192xf32>}> : () -> tensor<32x1x1x192xf32>
    %47 = tosa.conv2d %43, %46, %45, %44, %44 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>, tensor<32x1x1x192xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %48 = tosa.clamp %47 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x32xf32>) -> tensor<1x28x28x32xf32>
    %49 = tosa.concat %22, %32, %42, %48 {axis = 3 : i32} : (tensor<1x28x28x64xf32>, tensor<1x28x28x128xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>) -> tensor<1x28x28x256xf32>
    %50 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %51 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %52 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x256xf32>}> : () -> tensor<128x1x1x256xf32>
    %53 = tosa.conv2d %49, %52, %51, %50, %50 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x256xf32>, tensor<128x1x1x256xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %54 = tosa.clamp %53 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %55 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %56 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %57 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x256xf32>}> : () -> tensor<128x1x1x256xf32>
    %58 = tosa.conv2d %49, %57, %56, %55, %55 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x256xf32>, tensor<128x1x1x256xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %59 = tosa.clamp %58 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %60 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %61 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %62 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x3x3x128xf32>}> : () -> tensor<192x3x3x128xf32>
    %63 = tosa.conv2d %59, %62, %61, %60, %60 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<192x3x3x128xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x192xf32>
    %64 = tosa.clamp %63 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x192xf32>) -> tensor<1x28x28x192xf32>
    %65 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %66 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %67 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x256xf32>}> : () -> tensor<32x1x1x256xf32>
    %68 = tosa.conv2d %49, %67, %66, %65, %65 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x256xf32>, tensor<32x1x1x256xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %69 = tosa.clamp %68 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x32xf32>) -> tensor<1x28x28x32xf32>
    %70 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %71 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %72 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x3x3x32xf32>}> : () -> tensor<96x3x3x32xf32>
    %73 = tosa.conv2d %69, %72, %71, %70, %70 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x32xf32>, tensor<96x3x3x32xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x96xf32>
    %74 = tosa.clamp %73 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x96xf32>) -> tensor<1x28x28x96xf32>
    %75 = tosa.max_pool2d %49 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x256xf32>) -> tensor<1x28x28x256xf32>
    %76 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %77 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %78 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x256xf32>}> : () -> tensor<64x1x1x256xf32>
    %79 = tosa.conv2d %75, %78, %77, %76, %76 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x256xf32>, tensor<64x1x1x256xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x64xf32>
    %80 = tosa.clamp %79 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x64xf32>) -> tensor<1x28x28x64xf32>
    %81 = tosa.concat %54, %64, %74, %80 {axis = 3 : i32} : (tensor<1x28x28x128xf32>, tensor<1x28x28x192xf32>, tensor<1x28x28x96xf32>, tensor<1x28x28x64xf32>) -> tensor<1x28x28x480xf32>
    %82 = tosa.max_pool2d %81 {kernel = array<i64: 3, 3>, pad = array<i64: 0, 1, 0, 1>, stride = array<i64: 2, 2>} : (tensor<1x28x28x480xf32>) -> tensor<1x14x14x480xf32>
    %83 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %84 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %85 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x480xf32>}> : () -> tensor<192x1x1x480xf32>
    %86 = tosa.conv2d %82, %85, %84, %83, %83 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>, tensor<192x1x1x480xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x192xf32>
    %87 = tosa.clamp %86 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x192xf32>) -> tensor<1x14x14x192xf32>
    %88 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %89 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %90 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x480xf32>}> : () -> tensor<96x1x1x480xf32>
    %91 = tosa.conv2d %82, %90, %89, %88, %88 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>, tensor<96x1x1x480xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x96xf32>
    %92 = tosa.clamp %91 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x96xf32>) -> tensor<1x14x14x96xf32>
    %93 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %94 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<208xf32>}> : () -> tensor<208xf32>
    %95 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<208x3x3x96xf32>}> : () -> tensor<208x3x3x96xf32>
    %96 = tosa.conv2d %92, %95, %94, %93, %93 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x96xf32>, tensor<208x3x3x96xf32>, tensor<208xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x208xf32>
    %97 = tosa.clamp %96 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x208xf32>) -> tensor<1x14x14x208xf32>
    %98 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %99 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %100 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x480xf32>}> : () -> tensor<16x1x1x480xf32>
    %101 = tosa.conv2d %82, %100, %99, %98, %98 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>, tensor<16x1x1x480xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %102 = tosa.clamp %101 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x16xf32>) -> tensor<1x14x14x16xf32>
    %103 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %104 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %105 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x3x3x16xf32>}> : () -> tensor<48x3x3x16xf32>
    %106 = tosa.conv2d %102, %105, %104, %103, %103 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<48x3x3x16xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x48xf32>
    %107 = tosa.clamp %106 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x48xf32>) -> tensor<1x14x14x48xf32>
    %108 = tosa.max_pool2d %82 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>) -> tensor<1x14x14x480xf32>
    %109 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %110 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %111 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x480xf32>}> : () -> tensor<64x1x1x480xf32>
    %112 = tosa.conv2d %108, %111, %110, %109, %109 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>, tensor<64x1x1x480xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x64xf32>
    %113 = tosa.clamp %112 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x64xf32>) -> tensor<1x14x14x64xf32>
    %114 = tosa.concat %87, %97, %107, %113 {axis = 3 : i32} : (tensor<1x14x14x192xf32>, tensor<1x14x14x208xf32>, tensor<1x14x14x48xf32>, tensor<1x14x14x64xf32>) -> tensor<1x14x14x512xf32>
    %115 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %116 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %117 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x512xf32>}> : () -> tensor<160x1x1x512xf32>
    %118 = tosa.conv2d %114, %117, %116, %115, %115 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x512xf32>, tensor<160x1x1x512xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x160xf32>
    %119 = tosa.clamp %118 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %120 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %121 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<112xf32>}> : () -> tensor<112xf32>
    %122 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<112x1x1x512xf32>}> : () -> tensor<112x1x1x512xf32>
    %123 = tosa.conv2d %114, %122, %121, %120, %120 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x512xf32>, tensor<112x1x1x512xf32>, tensor<112xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x112xf32>
    %124 = tosa.clamp %123 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x112xf32>) -> tensor<1x14x14x112xf32>
    %125 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %126 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<224xf32>}> : () -> tensor<224xf32>
    %127 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<224x3x3x112xf32>}> : () -> tensor<224x3x3x112xf32>
    %128 = tosa.conv2d %124, %127, %126, %125, %125 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x112xf32>, tensor<224x3x3x112xf32>, tensor<224xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x224xf32>
    %129 = tosa.clamp %128 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x224xf32>) -> tensor<1x14x14x224xf32>
    %130 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %131 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24xf32>}> : () -> tensor<24xf32>
    %132 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24x1x1x512xf32>}> : () -> tensor<24x1x1x512xf32>
    %133 = tosa.conv2d %114, %132, %131, %130, %130 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x512xf32>, tensor<24x1x1x512xf32>, tensor<24xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x24xf32>
    %134 = tosa.clamp %133 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x24xf32>) -> tensor<1x14x14x24xf32>
    %135 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %136 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %137 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x3x3x24xf32>}> : () -> tensor<64x3x3x24xf32>
    %138 = tosa.conv2d %134, %137, %136, %135, %135 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x24xf32>, tensor<64x3x3x24xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x64xf32>
    %139 = tosa.clamp %138 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x64xf32>) -> tensor<1x14x14x64xf32>
    %140 = tosa.max_pool2d %114 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x512xf32>) -> tensor<1x14x14x512xf32>
    %141 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %142 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %143 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x512xf32>}> : () -> tensor<64x1x1x512xf32>
    %144 = tosa.conv2d %140, %143, %142, %141, %141 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x512xf32>, tensor<64x1x1x512xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x64xf32>
    %145 = tosa.clamp %144 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x64xf32>) -> tensor<1x14x14x64xf32>
    %146 = tosa.concat %119, %129, %139, %145 {axis = 3 : i32} : (tensor<1x14x14x160xf32>, tensor<1x14x14x224xf32>, tensor<1x14x14x64xf32>, tensor<1x14x14x64xf32>) -> tensor<1x14x14x512xf32>
    %147 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %148 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %149 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x512xf32>}> : () -> tensor<128x1x1x512xf32>
    %150 = tosa.conv2d %146, %149, %148, %147, %147 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x512xf32>, tensor<128x1x1x512xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %151 = tosa.clamp %150 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %152 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %153 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %154 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x512xf32>}> : () -> tensor<128x1x1x512xf32>
    %155 = tosa.conv2d %146, %154, %153, %152, %152 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x512xf32>, tensor<128x1x1x512xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %156 = tosa.clamp %155 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %157 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %158 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<256xf32>}> : () -> tensor<256xf32>
    %159 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<256x3x3x128xf32>}> : () -> tensor<256x3x3x128xf32>
    %160 = tosa.conv2d %156, %159, %158, %157, %157 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<256x3x3x128xf32>, tensor<256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x256xf32>
    %161 = tosa.clamp %160 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x256xf32>) -> tensor<1x14x14x256xf32>
    %162 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %163 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24xf32>}> : () -> tensor<24xf32>
    %164 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24x1x1x512xf32>}> : () -> tensor<24x1x1x512xf32>
    %165 = tosa.conv2d %146, %164, %163, %162, %162 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x512xf32>, tensor<24x1x1x512xf32>, tensor<24xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x24xf32>
    %166 = tosa.clamp %165 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x24xf32>) -> tensor<1x14x14x24xf32>
    %167 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %168 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %169 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x3x3x24xf32>}> : () -> tensor<64x3x3x24xf32>
    %170 = tosa.conv2d %166, %169, %168, %167, %167 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x24xf32>, tensor<64x3x3x24xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x64xf32>
    %171 = tosa.clamp %170 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x64xf32>) -> tensor<1x14x14x64xf32>
    %172 = tosa.max_pool2d %146 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x512xf32>) -> tensor<1x14x14x512xf32>
    %173 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %174 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %175 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x512xf32>}> : () -> tensor<64x1x1x512xf32>
    %176 = tosa.conv2d %172, %175, %174, %173, %173 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x512xf32>, tensor<64x1x1x512xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x64xf32>
    %177 = tosa.clamp %176 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x64xf32>) -> tensor<1x14x14x64xf32>
    %178 = tosa.concat %151, %161, %171, %177 {axis = 3 : i32} : (tensor<1x14x14x128xf32>, tensor<1x14x14x256xf32>, tensor<1x14x14x64xf32>, tensor<1x14x14x64xf32>) -> tensor<1x14x14x512xf32>
    %179 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %180 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<112xf32>}> : () -> tensor<112xf32>
    %181 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<112x1x1x512xf32>}> : () -> tensor<112x1x1x512xf32>
    %182 = tosa.conv2d %178, %181, %180, %179, %179 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x512xf32>, tensor<112x1x1x512xf32>, tensor<112xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x112xf32>
    %183 = tosa.clamp %182 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x112xf32>) -> tensor<1x14x14x112xf32>
    %184 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %185 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %186 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x512xf32>}> : () -> tensor<144x1x1x512xf32>
    %187 = tosa.conv2d %178, %186, %185, %184, %184 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x512xf32>, tensor<144x1x1x512xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x144xf32>
    %188 = tosa.clamp %187 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x144xf32>) -> tensor<1x14x14x144xf32>
    %189 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %190 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<288xf32>}> : () -> tensor<288xf32>
    %191 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<288x3x3x144xf32>}> : () -> tensor<288x3x3x144xf32>
    %192 = tosa.conv2d %188, %191, %190, %189, %189 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x144xf32>, tensor<288x3x3x144xf32>, tensor<288xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x288xf32>
    %193 = tosa.clamp %192 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x288xf32>) -> tensor<1x14x14x288xf32>
    %194 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %195 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %196 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x512xf32>}> : () -> tensor<32x1x1x512xf32>
    %197 = tosa.conv2d %178, %196, %195, %194, %194 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x512xf32>, tensor<32x1x1x512xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %198 = tosa.clamp %197 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x32xf32>) -> tensor<1x14x14x32xf32>
    %199 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %200 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %201 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x3x3x32xf32>}> : () -> tensor<64x3x3x32xf32>
    %202 = tosa.conv2d %198, %201, %200, %199, %199 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x32xf32>, tensor<64x3x3x32xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x64xf32>
    %203 = tosa.clamp %202 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x64xf32>) -> tensor<1x14x14x64xf32>
    %204 = tosa.max_pool2d %178 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x512xf32>) -> tensor<1x14x14x512xf32>
    %205 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %206 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %207 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x512xf32>}> : () -> tensor<64x1x1x512xf32>
    %208 = tosa.conv2d %204, %207, %206, %205, %205 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x512xf32>, tensor<64x1x1x512xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x64xf32>
    %209 = tosa.clamp %208 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x64xf32>) -> tensor<1x14x14x64xf32>
    %210 = tosa.concat %183, %193, %203, %209 {axis = 3 : i32} : (tensor<1x14x14x112xf32>, tensor<1x14x14x288xf32>, tensor<1x14x14x64xf32>, tensor<1x14x14x64xf32>) -> tensor<1x14x14x528xf32>
    %211 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %212 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<256xf32>}> : () -> tensor<256xf32>
    %213 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<256x1x1x528xf32>}> : () -> tensor<256x1x1x528xf32>
    %214 = tosa.conv2d %210, %213, %212, %211, %211 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x528xf32>, tensor<256x1x1x528xf32>, tensor<256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x256xf32>
    %215 = tosa.clamp %214 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x256xf32>) -> tensor<1x14x14x256xf32>
    %216 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %217 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %218 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x528xf32>}> : () -> tensor<160x1x1x528xf32>
    %219 = tosa.conv2d %210, %218, %217, %216, %216 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x528xf32>, tensor<160x1x1x528xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x160xf32>
    %220 = tosa.clamp %219 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %221 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %222 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<320xf32>}> : () -> tensor<320xf32>
    %223 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<320x3x3x160xf32>}> : () -> tensor<320x3x3x160xf32>
    %224 = tosa.conv2d %220, %223, %222, %221, %221 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x160xf32>, tensor<320x3x3x160xf32>, tensor<320xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x320xf32>
    %225 = tosa.clamp %224 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x320xf32>) -> tensor<1x14x14x320xf32>
    %226 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %227 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %228 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x528xf32>}> : () -> tensor<32x1x1x528xf32>
    %229 = tosa.conv2d %210, %228, %227, %226, %226 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x528xf32>, tensor<32x1x1x528xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %230 = tosa.clamp %229 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x32xf32>) -> tensor<1x14x14x32xf32>
    %231 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %232 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %233 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x3x3x32xf32>}> : () -> tensor<128x3x3x32xf32>
    %234 = tosa.conv2d %230, %233, %232, %231, %231 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x32xf32>, tensor<128x3x3x32xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %235 = tosa.clamp %234 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %236 = tosa.max_pool2d %210 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x528xf32>) -> tensor<1x14x14x528xf32>
    %237 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %238 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %239 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x528xf32>}> : () -> tensor<128x1x1x528xf32>
    %240 = tosa.conv2d %236, %239, %238, %237, %237 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x528xf32>, tensor<128x1x1x528xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %241 = tosa.clamp %240 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %242 = tosa.concat %215, %225, %235, %241 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x320xf32>, tensor<1x14x14x128xf32>, tensor<1x14x14x128xf32>) -> tensor<1x14x14x832xf32>
    %243 = tosa.max_pool2d %242 {kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x832xf32>) -> tensor<1x7x7x832xf32>
    %244 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %245 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<256xf32>}> : () -> tensor<256xf32>
    %246 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<256x1x1x832xf32>}> : () -> tensor<256x1x1x832xf32>
    %247 = tosa.conv2d %243, %246, %245, %244, %244 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x832xf32>, tensor<256x1x1x832xf32>, tensor<256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x256xf32>
    %248 = tosa.clamp %247 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x256xf32>) -> tensor<1x7x7x256xf32>
    %249 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %250 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %251 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x832xf32>}> : () -> tensor<160x1x1x832xf32>
    %252 = tosa.conv2d %243, %251, %250, %249, %249 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x832xf32>, tensor<160x1x1x832xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x160xf32>
    %253 = tosa.clamp %252 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x160xf32>) -> tensor<1x7x7x160xf32>
    %254 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %255 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<320xf32>}> : () -> tensor<320xf32>
    %256 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<320x3x3x160xf32>}> : () -> tensor<320x3x3x160xf32>
    %257 = tosa.conv2d %253, %256, %255, %254, %254 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x160xf32>, tensor<320x3x3x160xf32>, tensor<320xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x320xf32>
    %258 = tosa.clamp %257 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x320xf32>) -> tensor<1x7x7x320xf32>
    %259 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %260 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %261 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x832xf32>}> : () -> tensor<32x1x1x832xf32>
    %262 = tosa.conv2d %243, %261, %260, %259, %259 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x832xf32>, tensor<32x1x1x832xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %263 = tosa.clamp %262 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x32xf32>) -> tensor<1x7x7x32xf32>
    %264 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %265 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %266 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x3x3x32xf32>}> : () -> tensor<128x3x3x32xf32>
    %267 = tosa.conv2d %263, %266, %265, %264, %264 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x32xf32>, tensor<128x3x3x32xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %268 = tosa.clamp %267 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %269 = tosa.max_pool2d %243 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x832xf32>) -> tensor<1x7x7x832xf32>
    %270 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %271 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %272 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x832xf32>}> : () -> tensor<128x1x1x832xf32>
    %273 = tosa.conv2d %269, %272, %271, %270, %270 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x832xf32>, tensor<128x1x1x832xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %274 = tosa.clamp %273 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %275 = tosa.concat %248, %258, %268, %274 {axis = 3 : i32} : (tensor<1x7x7x256xf32>, tensor<1x7x7x320xf32>, tensor<1x7x7x128xf32>, tensor<1x7x7x128xf32>) -> tensor<1x7x7x832xf32>
    %276 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %277 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %278 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x1x1x832xf32>}> : () -> tensor<384x1x1x832xf32>
    %279 = tosa.conv2d %275, %278, %277, %276, %276 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x832xf32>, tensor<384x1x1x832xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x384xf32>
    %280 = tosa.clamp %279 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x384xf32>) -> tensor<1x7x7x384xf32>
    %281 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %282 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %283 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x832xf32>}> : () -> tensor<192x1x1x832xf32>
    %284 = tosa.conv2d %275, %283, %282, %281, %281 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x832xf32>, tensor<192x1x1x832xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %285 = tosa.clamp %284 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %286 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %287 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %288 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x3x3x192xf32>}> : () -> tensor<384x3x3x192xf32>
    %289 = tosa.conv2d %285, %288, %287, %286, %286 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<384x3x3x192xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x384xf32>
    %290 = tosa.clamp %289 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x384xf32>) -> tensor<1x7x7x384xf32>
    %291 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %292 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %293 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x832xf32>}> : () -> tensor<48x1x1x832xf32>
    %294 = tosa.conv2d %275, %293, %292, %291, %291 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x832xf32>, tensor<48x1x1x832xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x48xf32>
    %295 = tosa.clamp %294 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x48xf32>) -> tensor<1x7x7x48xf32>
    %296 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %297 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %298 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x3x3x48xf32>}> : () -> tensor<128x3x3x48xf32>
    %299 = tosa.conv2d %295, %298, %297, %296, %296 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x48xf32>, tensor<128x3x3x48xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %300 = tosa.clamp %299 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %301 = tosa.max_pool2d %275 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x832xf32>) -> tensor<1x7x7x832xf32>
    %302 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %303 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %304 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x832xf32>}> : () -> tensor<128x1x1x832xf32>
    %305 = tosa.conv2d %301, %304, %303, %302, %302 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x832xf32>, tensor<128x1x1x832xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %306 = tosa.clamp %305 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %307 = tosa.concat %280, %290, %300, %306 {axis = 3 : i32} : (tensor<1x7x7x384xf32>, tensor<1x7x7x384xf32>, tensor<1x7x7x128xf32>, tensor<1x7x7x128xf32>) -> tensor<1x7x7x1024xf32>
    %308 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %309 = tosa.avg_pool2d %307, %308, %308 {acc_type = f32, kernel = array<i64: 7, 7>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x1024xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x1024xf32>
    %310 = tosa.const_shape  {values = dense<[1, 1024, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %311 = tosa.reshape %309, %310 : (tensor<1x1x1x1024xf32>, !tosa.shape<4>) -> tensor<1x1024x1x1xf32>
    %312 = tosa.const_shape  {values = dense<[1, 1024]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %313 = tosa.reshape %311, %312 : (tensor<1x1024x1x1xf32>, !tosa.shape<2>) -> tensor<1x1024xf32>
    %314 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1024x1000xf32>}> : () -> tensor<1024x1000xf32>
    %315 = tosa.const_shape  {values = dense<[1, 1, 1024]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %316 = tosa.reshape %313, %315 : (tensor<1x1024xf32>, !tosa.shape<3>) -> tensor<1x1x1024xf32>
    %317 = tosa.const_shape  {values = dense<[1, 1024, 1000]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %318 = tosa.reshape %314, %317 : (tensor<1024x1000xf32>, !tosa.shape<3>) -> tensor<1x1024x1000xf32>
    %319 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %320 = tosa.matmul %316, %318, %319, %319 : (tensor<1x1x1024xf32>, tensor<1x1024x1000xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1000xf32>
    %321 = tosa.const_shape  {values = dense<[1, 1000]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %322 = tosa.reshape %320, %321 : (tensor<1x1x1000xf32>, !tosa.shape<2>) -> tensor<1x1000xf32>
    %323 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1000xf32>}> : () -> tensor<1x1000xf32>
    %324 = tosa.add %322, %323 : (tensor<1x1000xf32>, tensor<1x1000xf32>) -> tensor<1x1000xf32>
    return %324 : tensor<1x1000xf32>
  }
}
