module {
  func.func @torch_jit(%arg0: tensor<1x3x224x224xf32> {onnx.name = "input"}) -> (tensor<1x1000xf32> {onnx.name = "output"}) {
    %0 = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32>
    %1 = tosa.const_shape  {values = dense<[1, 223, 223, 3]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %3 = tosa.slice %0, %2, %1 : (tensor<1x224x224x3xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x223x223x3xf32>
    %4 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %5 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %6 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x7x7x3xf32>}> : () -> tensor<96x7x7x3xf32>
    %7 = tosa.conv2d %3, %6, %5, %4, %4 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x223x223x3xf32>, tensor<96x7x7x3xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x109x109x96xf32>
    %8 = tosa.clamp %7 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x109x109x96xf32>) -> tensor<1x109x109x96xf32>
    %9 = tosa.max_pool2d %8 {kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x109x109x96xf32>) -> tensor<1x54x54x96xf32>
    %10 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %11 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %12 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x96xf32>}> : () -> tensor<16x1x1x96xf32>
    %13 = tosa.conv2d %9, %12, %11, %10, %10 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x54x54x96xf32>, tensor<16x1x1x96xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x54x54x16xf32>
    %14 = tosa.clamp %13 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x54x54x16xf32>) -> tensor<1x54x54x16xf32>
    %15 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %16 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %17 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x16xf32>}> : () -> tensor<64x1x1x16xf32>
    %18 = tosa.conv2d %14, %17, %16, %15, %15 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x54x54x16xf32>, tensor<64x1x1x16xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x54x54x64xf32>
    %19 = tosa.clamp %18 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x54x54x64xf32>) -> tensor<1x54x54x64xf32>
    %20 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %21 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x3x3x16xf32>}> : () -> tensor<64x3x3x16xf32>
    %22 = tosa.conv2d %14, %21, %16, %20, %20 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x54x54x16xf32>, tensor<64x3x3x16xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x54x54x64xf32>
    %23 = tosa.clamp %22 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x54x54x64xf32>) -> tensor<1x54x54x64xf32>
    %24 = tosa.concat %19, %23 {axis = 3 : i32} : (tensor<1x54x54x64xf32>, tensor<1x54x54x64xf32>) -> tensor<1x54x54x128xf32>
    %25 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %26 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x128xf32>}> : () -> tensor<16x1x1x128xf32>
    %27 = tosa.conv2d %24, %26, %11, %25, %25 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x54x54x128xf32>, tensor<16x1x1x128xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x54x54x16xf32>
    %28 = tosa.clamp %27 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x54x54x16xf32>) -> tensor<1x54x54x16xf32>
    %29 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %30 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x16xf32>}> : () -> tensor<64x1x1x16xf32>
    %31 = tosa.conv2d %28, %30, %16, %29, %29 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x54x54x16xf32>, tensor<64x1x1x16xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x54x54x64xf32>
    %32 = tosa.clamp %31 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x54x54x64xf32>) -> tensor<1x54x54x64xf32>
    %33 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %34 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x3x3x16xf32>}> : () -> tensor<64x3x3x16xf32>
    %35 = tosa.conv2d %28, %34, %16, %33, %33 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x54x54x16xf32>, tensor<64x3x3x16xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x54x54x64xf32>
    %36 = tosa.clamp %35 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x54x54x64xf32>) -> tensor<1x54x54x64xf32>
    %37 = tosa.concat %32, %36 {axis = 3 : i32} : (tensor<1x54x54x64xf32>, tensor<1x54x54x64xf32>) -> tensor<1x54x54x128xf32>
    %38 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %39 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %40 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x128xf32>}> : () -> tensor<32x1x1x128xf32>
    %41 = tosa.conv2d %37, %40, %39, %38, %38 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x54x54x128xf32>, tensor<32x1x1x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x54x54x32xf32>
    %42 = tosa.clamp %41 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x54x54x32xf32>) -> tensor<1x54x54x32xf32>
    %43 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %44 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %45 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x32xf32>}> : () -> tensor<128x1x1x32xf32>
    %46 = tosa.conv2d %42, %45, %44, %43, %43 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x54x54x32xf32>, tensor<128x1x1x32xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x54x54x128xf32>
    %47 = tosa.clamp %46 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x54x54x128xf32>) -> tensor<1x54x54x128xf32>
    %48 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %49 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x3x3x32xf32>}> : () -> tensor<128x3x3x32xf32>
    %50 = tosa.conv2d %42, %49, %44, %48, %48 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x54x54x32xf32>, tensor<128x3x3x32xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x54x54x128xf32>
    %51 = tosa.clamp %50 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x54x54x128xf32>) -> tensor<1x54x54x128xf32>
    %52 = tosa.concat %47, %51 {axis = 3 : i32} : (tensor<1x54x54x128xf32>, tensor<1x54x54x128xf32>) -> tensor<1x54x54x256xf32>
    %53 = tosa.max_pool2d %52 {kernel = array<i64: 3, 3>, pad = array<i64: 0, 1, 0, 1>, stride = array<i64: 2, 2>} : (tensor<1x54x54x256xf32>) -> tensor<1x27x27x256xf32>
    %54 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %55 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x256xf32>}> : () -> tensor<32x1x1x256xf32>
    %56 = tosa.conv2d %53, %55, %39, %54, %54 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x27x27x256xf32>, tensor<32x1x1x256xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x27x27x32xf32>
    %57 = tosa.clamp %56 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x27x27x32xf32>) -> tensor<1x27x27x32xf32>
    %58 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %59 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x32xf32>}> : () -> tensor<128x1x1x32xf32>
    %60 = tosa.conv2d %57, %59, %44, %58, %58 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x27x27x32xf32>, tensor<128x1x1x32xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x27x27x128xf32>
    %61 = tosa.clamp %60 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x27x27x128xf32>) -> tensor<1x27x27x128xf32>
    %62 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %63 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x3x3x32xf32>}> : () -> tensor<128x3x3x32xf32>
    %64 = tosa.conv2d %57, %63, %44, %62, %62 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x27x27x32xf32>, tensor<128x3x3x32xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x27x27x128xf32>
    %65 = tosa.clamp %64 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x27x27x128xf32>) -> tensor<1x27x27x128xf32>
    %66 = tosa.concat %61, %65 {axis = 3 : i32} : (tensor<1x27x27x128xf32>, tensor<1x27x27x128xf32>) -> tensor<1x27x27x256xf32>
    %67 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %68 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %69 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x256xf32>}> : () -> tensor<48x1x1x256xf32>
    %70 = tosa.conv2d %66, %69, %68, %67, %67 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x27x27x256xf32>, tensor<48x1x1x256xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x27x27x48xf32>
    %71 = tosa.clamp %70 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x27x27x48xf32>) -> tensor<1x27x27x48xf32>
    %72 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %73 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %74 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x48xf32>}> : () -> tensor<192x1x1x48xf32>
    %75 = tosa.conv2d %71, %74, %73, %72, %72 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x27x27x48xf32>, tensor<192x1x1x48xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x27x27x192xf32>
    %76 = tosa.clamp %75 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x27x27x192xf32>) -> tensor<1x27x27x192xf32>
    %77 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %78 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x3x3x48xf32>}> : () -> tensor<192x3x3x48xf32>
    %79 = tosa.conv2d %71, %78, %73, %77, %77 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x27x27x48xf32>, tensor<192x3x3x48xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x27x27x192xf32>
    %80 = tosa.clamp %79 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x27x27x192xf32>) -> tensor<1x27x27x192xf32>
    %81 = tosa.concat %76, %80 {axis = 3 : i32} : (tensor<1x27x27x192xf32>, tensor<1x27x27x192xf32>) -> tensor<1x27x27x384xf32>
    %82 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %83 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x384xf32>}> : () -> tensor<48x1x1x384xf32>
    %84 = tosa.conv2d %81, %83, %68, %82, %82 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x27x27x384xf32>, tensor<48x1x1x384xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x27x27x48xf32>
    %85 = tosa.clamp %84 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x27x27x48xf32>) -> tensor<1x27x27x48xf32>
    %86 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %87 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x48xf32>}> : () -> tensor<192x1x1x48xf32>
    %88 = tosa.conv2d %85, %87, %73, %86, %86 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x27x27x48xf32>, tensor<192x1x1x48xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x27x27x192xf32>
    %89 = tosa.clamp %88 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x27x27x192xf32>) -> tensor<1x27x27x192xf32>
    %90 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %91 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x3x3x48xf32>}> : () -> tensor<192x3x3x48xf32>
    %92 = tosa.conv2d %85, %91, %73, %90, %90 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x27x27x48xf32>, tensor<192x3x3x48xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x27x27x192xf32>
    %93 = tosa.clamp %92 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x27x27x192xf32>) -> tensor<1x27x27x192xf32>
    %94 = tosa.concat %89, %93 {axis = 3 : i32} : (tensor<1x27x27x192xf32>, tensor<1x27x27x192xf32>) -> tensor<1x27x27x384xf32>
    %95 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %96 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x384xf32>}> : () -> tensor<64x1x1x384xf32>
    %97 = tosa.conv2d %94, %96, %16, %95, %95 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x27x27x384xf32>, tensor<64x1x1x384xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x27x27x64xf32>
    %98 = tosa.clamp %97 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x27x27x64xf32>) -> tensor<1x27x27x64xf32>
    %99 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %100 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<256xf32>}> : () -> tensor<256xf32>
    %101 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<256x1x1x64xf32>}> : () -> tensor<256x1x1x64xf32>
    %102 = tosa.conv2d %98, %101, %100, %99, %99 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x27x27x64xf32>, tensor<256x1x1x64xf32>, tensor<256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x27x27x256xf32>
    %103 = tosa.clamp %102 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x27x27x256xf32>) -> tensor<1x27x27x256xf32>
    %104 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %105 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<256x3x3x64xf32>}> : () -> tensor<256x3x3x64xf32>
    %106 = tosa.conv2d %98, %105, %100, %104, %104 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x27x27x64xf32>, tensor<256x3x3x64xf32>, tensor<256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x27x27x256xf32>
    %107 = tosa.clamp %106 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x27x27x256xf32>) -> tensor<1x27x27x256xf32>
    %108 = tosa.concat %103, %107 {axis = 3 : i32} : (tensor<1x27x27x256xf32>, tensor<1x27x27x256xf32>) -> tensor<1x27x27x512xf32>
    %109 = tosa.max_pool2d %108 {kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x27x27x512xf32>) -> tensor<1x13x13x512xf32>
    %110 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %111 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x512xf32>}> : () -> tensor<64x1x1x512xf32>
    %112 = tosa.conv2d %109, %111, %16, %110, %110 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x13x13x512xf32>, tensor<64x1x1x512xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x13x13x64xf32>
    %113 = tosa.clamp %112 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x13x13x64xf32>) -> tensor<1x13x13x64xf32>
    %114 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %115 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<256x1x1x64xf32>}> : () -> tensor<256x1x1x64xf32>
    %116 = tosa.conv2d %113, %115, %100, %114, %114 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x13x13x64xf32>, tensor<256x1x1x64xf32>, tensor<256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x13x13x256xf32>
    %117 = tosa.clamp %116 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x13x13x256xf32>) -> tensor<1x13x13x256xf32>
    %118 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %119 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<256x3x3x64xf32>}> : () -> tensor<256x3x3x64xf32>
    %120 = tosa.conv2d %113, %119, %100, %118, %118 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x13x13x64xf32>, tensor<256x3x3x64xf32>, tensor<256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x13x13x256xf32>
    %121 = tosa.clamp %120 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x13x13x256xf32>) -> tensor<1x13x13x256xf32>
    %122 = tosa.concat %117, %121 {axis = 3 : i32} : (tensor<1x13x13x256xf32>, tensor<1x13x13x256xf32>) -> tensor<1x13x13x512xf32>
    %123 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %124 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1000xf32>}> : () -> tensor<1000xf32>
    %125 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1000x1x1x512xf32>}> : () -> tensor<1000x1x1x512xf32>
    %126 = tosa.conv2d %122, %125, %124, %123, %123 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x13x13x512xf32>, tensor<1000x1x1x512xf32>, tensor<1000xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x13x13x1000xf32>
    %127 = tosa.clamp %126 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x13x13x1000xf32>) -> tensor<1x13x13x1000xf32>
    %128 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %129 = tosa.avg_pool2d %127, %128, %128 {acc_type = f32, kernel = array<i64: 13, 13>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x13x13x1000xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x1000xf32>
    %130 = tosa.const_shape  {values = dense<[1, 1000, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %131 = tosa.reshape %129, %130 : (tensor<1x1x1x1000xf32>, !tosa.shape<4>) -> tensor<1x1000x1x1xf32>
    %132 = tosa.const_shape  {values = dense<[1, 1000]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %133 = tosa.reshape %131, %132 : (tensor<1x1000x1x1xf32>, !tosa.shape<2>) -> tensor<1x1000xf32>
    return %133 : tensor<1x1000xf32>
  }
}
