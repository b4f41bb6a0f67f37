module {
  func.func @torch_jit(%arg0: tensor<1x3x299x299xf32> {onnx.name = "input"}) -> (tensor<1x1000xf32> {onnx.name = "output"}) {
    %0 = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x299x299xf32>) -> tensor<1x299x299x3xf32>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %3 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x3xf32>}> : () -> tensor<32x3x3x3xf32>
    %4 = tosa.conv2d %0, %3, %2, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x299x299x3xf32>, tensor<32x3x3x3xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x149x149x32xf32>
    %5 = tosa.clamp %4 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x149x149x32xf32>) -> tensor<1x149x149x32xf32>
    %6 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %7 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %8 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x32xf32>}> : () -> tensor<32x3x3x32xf32>
    %9 = tosa.conv2d %5, %8, %7, %6, %6 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x149x149x32xf32>, tensor<32x3x3x32xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x147x147x32xf32>
    %10 = tosa.clamp %9 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x147x147x32xf32>) -> tensor<1x147x147x32xf32>
    %11 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %12 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %13 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x3x3x32xf32>}> : () -> tensor<64x3x3x32xf32>
    %14 = tosa.conv2d %10, %13, %12, %11, %11 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x147x147x32xf32>, tensor<64x3x3x32xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x147x147x64xf32>
    %15 = tosa.clamp %14 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x147x147x64xf32>) -> tensor<1x147x147x64xf32>
    %16 = tosa.max_pool2d %15 {kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x147x147x64xf32>) -> tensor<1x73x73x64xf32>
    %17 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %18 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<80xf32>}> : () -> tensor<80xf32>
    %19 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<80x1x1x64xf32>}> : () -> tensor<80x1x1x64xf32>
    %20 = tosa.conv2d %16, %19, %18, %17, %17 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x73x73x64xf32>, tensor<80x1x1x64xf32>, tensor<80xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x73x73x80xf32>
    %21 = tosa.clamp %20 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x73x73x80xf32>) -> tensor<1x73x73x80xf32>
    %22 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %23 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %24 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x3x3x80xf32>}> : () -> tensor<192x3x3x80xf32>
    %25 = tosa.conv2d %21, %24, %23, %22, %22 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x73x73x80xf32>, tensor<192x3x3x80xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x71x71x192xf32>
    %26 = tosa.clamp %25 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x71x71x192xf32>) -> tensor<1x71x71x192xf32>
    %27 = tosa.max_pool2d %26 {kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x71x71x192xf32>) -> tensor<1x35x35x192xf32>
    %28 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %29 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %30 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x192xf32>}> : () -> tensor<64x1x1x192xf32>
    %31 = tosa.conv2d %27, %30, %29, %28, %28 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x35x35x192xf32>, tensor<64x1x1x192xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x64xf32>
    %32 = tosa.clamp %31 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x64xf32>) -> tensor<1x35x35x64xf32>
    %33 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %34 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %35 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x192xf32>}> : () -> tensor<48x1x1x192xf32>
    %36 = tosa.conv2d %27, %35, %34, %33, %33 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x35x35x192xf32>, tensor<48x1x1x192xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x48xf32>
    %37 = tosa.clamp %36 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x48xf32>) -> tensor<1x35x35x48xf32>
    %38 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %39 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %40 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x5x5x48xf32>}> : () -> tensor<64x5x5x48xf32>
    %41 = tosa.conv2d %37, %40, %39, %38, %38 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x35x35x48xf32>, tensor<64x5x5x48xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x64xf32>
    %42 = tosa.clamp %41 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x64xf32>) -> tensor<1x35x35x64xf32>
    %43 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %44 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %45 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x192xf32>}> : () -> tensor<64x1x1x192xf32>
    %46 = tosa.conv2d %27, %45, %44, %43, %43 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x35x35x192xf32>, tensor<64x1x1x192xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x64xf32>
    %47 = tosa.clamp %46 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x64xf32>) -> tensor<1x35x35x64xf32>
    %48 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %49 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %50 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x3x3x64xf32>}> : () -> tensor<96x3x3x64xf32>
    %51 = tosa.conv2d %47, %50, %49, %48, %48 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x35x35x64xf32>, tensor<96x3x3x64xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x96xf32>
    %52 = tosa.clamp %51 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x96xf32>) -> tensor<1x35x35x96xf32>
    %53 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %54 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %55 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x3x3x96xf32>}> : () -> tensor<96x3x3x96xf32>
    %56 = tosa.conv2d %52, %55, %54, %53, %53 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x35x35x96xf32>, tensor<96x3x3x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x96xf32>
    %57 = tosa.clamp %56 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x96xf32>) -> tensor<1x35x35x96xf32>
    %58 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %59 = tosa.const_shape  {values = dense<[0, 0, 1, 1, 1, 1, 0, 0]> : tensor<8xindex>} : () -> !tosa.shape<8>
    %60 = tosa.pad %27, %59, %58 : (tensor<1x35x35x192xf32>, !tosa.shape<8>, tensor<1xf32>) -> tensor<1x37x37x192xf32>
    %61 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %62 = tosa.avg_pool2d %60, %61, %61 {acc_type = f32, kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x37x37x192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x192xf32>
    %63 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %64 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %65 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x192xf32>}> : () -> tensor<32x1x1x192xf32>
    %66 = tosa.conv2d %62, %65, %64, %63, %63 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x35x35x192xf32>, tensor<32x1x1x192xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x32xf32>
    %67 = tosa.clamp %66 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x32xf32>) -> tensor<1x35x35x32xf32>
    %68 = tosa.concat %32, %42, %57, %67 {axis = 3 : i32} : (tensor<1x35x35x64xf32>, tensor<1x35x35x64xf32>, tensor<1x35x35x96xf32>, tensor<1x35x35x32xf32>) -> tensor<1x35x35x256xf32>
    %69 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %70 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %71 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x256xf32>}> : () -> tensor<64x1x1x256xf32>
    %72 = tosa.conv2d %68, %71, %70, %69, %69 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x35x35x256xf32>, tensor<64x1x1x256xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x64xf32>
    %73 = tosa.clamp %72 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x64xf32>) -> tensor<1x35x35x64xf32>
    %74 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %75 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %76 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x256xf32>}> : () -> tensor<48x1x1x256xf32>
    %77 = tosa.conv2d %68, %76, %75, %74, %74 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x35x35x256xf32>, tensor<48x1x1x256xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x48xf32>
    %78 = tosa.clamp %77 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x48xf32>) -> tensor<1x35x35x48xf32>
    %79 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %80 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %81 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x5x5x48xf32>}> : () -> tensor<64x5x5x48xf32>
    %82 = tosa.conv2d %78, %81, %80, %79, %79 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x35x35x48xf32>, tensor<64x5x5x48xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x64xf32>
    %83 = tosa.clamp %82 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x64xf32>) -> tensor<1x35x35x64xf32>
    %84 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %85 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %86 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x256xf32>}> : () -> tensor<64x1x1x256xf32>
    %87 = tosa.conv2d %68, %86, %85, %84, %84 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x35x35x256xf32>, tensor<64x1x1x256xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x64xf32>
    %88 = tosa.clamp %87 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x64xf32>) -> tensor<1x35x35x64xf32>
    %89 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %90 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %91 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x3x3x64xf32>}> : () -> tensor<96x3x3x64xf32>
    %92 = tosa.conv2d %88, %91, %90, %89, %89 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x35x35x64xf32>, tensor<96x3x3x64xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x96xf32>
    %93 = tosa.clamp %92 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x96xf32>) -> tensor<1x35x35x96xf32>
    %94 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %95 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %96 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x3x3x96xf32>}> : () -> tensor<96x3x3x96xf32>
    %97 = tosa.conv2d %93, %96, %95, %94, %94 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x35x35x96xf32>, tensor<96x3x3x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x96xf32>
    %98 = tosa.clamp %97 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x96xf32>) -> tensor<1x35x35x96xf32>
    %99 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %100 = tosa.const_shape  {values = dense<[0, 0, 1, 1, 1, 1, 0, 0]> : tensor<8xindex>} : () -> !tosa.shape<8>
    %101 = tosa.pad %68, %100, %99 : (tensor<1x35x35x256xf32>, !tosa.shape<8>, tensor<1xf32>) -> tensor<1x37x37x256xf32>
    %102 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %103 = tosa.avg_pool2d %101, %102, %102 {acc_type = f32, kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x37x37x256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x256xf32>
    %104 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %105 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %106 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x256xf32>}> : () -> tensor<64x1x1x256xf32>
    %107 = tosa.conv2d %103, %106, %105, %104, %104 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x35x35x256xf32>, tensor<64x1x1x256xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x64xf32>
    %108 = tosa.clamp %107 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x64xf32>) -> tensor<1x35x35x64xf32>
    %109 = tosa.concat %73, %83, %98, %108 {axis = 3 : i32} : (tensor<1x35x35x64xf32>, tensor<1x35x35x64xf32>, tensor<1x35x35x96xf32>, tensor<1x35x35x64xf32>) -> tensor<1x35x35x288xf32>
    %110 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %111 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %112 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x288xf32>}> : () -> tensor<64x1x1x288xf32>
    %113 = tosa.conv2d %109, %112, %111, %110, %110 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x35x35x288xf32>, tensor<64x1x1x288xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x64xf32>
    %114 = tosa.clamp %113 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x64xf32>) -> tensor<1x35x35x64xf32>
    %115 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %116 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %117 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x288xf32>}> : () -> tensor<48x1x1x288xf32>
    %118 = tosa.conv2d %109, %117, %116, %115, %115 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x35x35x288xf32>, tensor<48x1x1x288xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x48xf32>
    %119 = tosa.clamp %118 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x48xf32>) -> tensor<1x35x35x48xf32>
    %120 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %121 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %122 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x5x5x48xf32>}> : () -> tensor<64x5x5x48xf32>
    %123 = tosa.conv2d %119, %122, %121, %120, %120 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x35x35x48xf32>, tensor<64x5x5x48xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x64xf32>
    %124 = tosa.clamp %123 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x64xf32>) -> tensor<1x35x35x64xf32>
    %125 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %126 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %127 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x288xf32>}> : () -> tensor<64x1x1x288xf32>
    %128 = tosa.conv2d %109, %127, %126, %125, %125 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x35x35x288xf32>, tensor<64x1x1x288xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x64xf32>
    %129 = tosa.clamp %128 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x64xf32>) -> tensor<1x35x35x64xf32>
    %130 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %131 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %132 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x3x3x64xf32>}> : () -> tensor<96x3x3x64xf32>
    %133 = tosa.conv2d %129, %132, %131, %130, %130 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x35x35x64xf32>, tensor<96x3x3x64xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x96xf32>
    %134 = tosa.clamp %133 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x96xf32>) -> tensor<1x35x35x96xf32>
    %135 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %136 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %137 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x3x3x96xf32>}> : () -> tensor<96x3x3x96xf32>
    %138 = tosa.conv2d %134, %137, %136, %135, %135 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x35x35x96xf32>, tensor<96x3x3x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x96xf32>
    %139 = tosa.clamp %138 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x96xf32>) -> tensor<1x35x35x96xf32>
    %140 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %141 = tosa.const_shape  {values = dense<[0, 0, 1, 1, 1, 1, 0, 0]> : tensor<8xindex>} : () -> !tosa.shape<8>
    %142 = tosa.pad %109, %141, %140 : (tensor<1x35x35x288xf32>, !tosa.shape<8>, tensor<1xf32>) -> tensor<1x37x37x288xf32>
    %143 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %144 = tosa.avg_pool2d %142, %143, %143 {acc_type = f32, kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x37x37x288xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x288xf32>
    %145 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %146 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %147 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x288xf32>}> : () -> tensor<64x1x1x288xf32>
    %148 = tosa.conv2d %144, %147, %146, %145, %145 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x35x35x288xf32>, tensor<64x1x1x288xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x64xf32>
    %149 = tosa.clamp %148 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x64xf32>) -> tensor<1x35x35x64xf32>
    %150 = tosa.concat %114, %124, %139, %149 {axis = 3 : i32} : (tensor<1x35x35x64xf32>, tensor<1x35x35x64xf32>, tensor<1x35x35x96xf32>, tensor<1x35x35x64xf32>) -> tensor<1x35x35x288xf32>
    %151 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %152 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %153 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x3x3x288xf32>}> : () -> tensor<384x3x3x288xf32>
    %154 = tosa.conv2d %150, %153, %152, %151, %151 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x35x35x288xf32>, tensor<384x3x3x288xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x384xf32>
    %155 = tosa.clamp %154 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x384xf32>) -> tensor<1x17x17x384xf32>
    %156 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %157 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %158 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x288xf32>}> : () -> tensor<64x1x1x288xf32>
    %159 = tosa.conv2d %150, %158, %157, %156, %156 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x35x35x288xf32>, tensor<64x1x1x288xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x64xf32>
    %160 = tosa.clamp %159 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x64xf32>) -> tensor<1x35x35x64xf32>
    %161 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %162 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %163 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x3x3x64xf32>}> : () -> tensor<96x3x3x64xf32>
    %164 = tosa.conv2d %160, %163, %162, %161, %161 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x35x35x64xf32>, tensor<96x3x3x64xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x35x35x96xf32>
    %165 = tosa.clamp %164 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x35x35x96xf32>) -> tensor<1x35x35x96xf32>
    %166 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %167 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %168 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x3x3x96xf32>}> : () -> tensor<96x3x3x96xf32>
    %169 = tosa.conv2d %165, %168, %167, %166, %166 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x35x35x96xf32>, tensor<96x3x3x96xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x96xf32>
    %170 = tosa.clamp %169 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x96xf32>) -> tensor<1x17x17x96xf32>
    %171 = tosa.max_pool2d %150 {kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x35x35x288xf32>) -> tensor<1x17x17x288xf32>
    %172 = tosa.concat %155, %170, %171 {axis = 3 : i32} : (tensor<1x17x17x384xf32>, tensor<1x17x17x96xf32>, tensor<1x17x17x288xf32>) -> tensor<1x17x17x768xf32>
    %173 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %174 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %175 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %176 = tosa.conv2d %172, %175, %174, %173, %173 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %177 = tosa.clamp %176 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %178 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %179 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %180 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x768xf32>}> : () -> tensor<128x1x1x768xf32>
    %181 = tosa.conv2d %172, %180, %179, %178, %178 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<128x1x1x768xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x128xf32>
    %182 = tosa.clamp %181 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x128xf32>) -> tensor<1x17x17x128xf32>
    %183 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %184 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %185 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x7x128xf32>}> : () -> tensor<128x1x7x128xf32>
    %186 = tosa.conv2d %182, %185, %184, %183, %183 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 3, 3>, stride = array<i64: 1, 1>} : (tensor<1x17x17x128xf32>, tensor<128x1x7x128xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x128xf32>
    %187 = tosa.clamp %186 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x128xf32>) -> tensor<1x17x17x128xf32>
    %188 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %189 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %190 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x7x1x128xf32>}> : () -> tensor<192x7x1x128xf32>
    %191 = tosa.conv2d %187, %190, %189, %188, %188 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 3, 3, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x128xf32>, tensor<192x7x1x128xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %192 = tosa.clamp %191 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %193 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %194 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %195 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x768xf32>}> : () -> tensor<128x1x1x768xf32>
    %196 = tosa.conv2d %172, %195, %194, %193, %193 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<128x1x1x768xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x128xf32>
    %197 = tosa.clamp %196 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x128xf32>) -> tensor<1x17x17x128xf32>
    %198 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %199 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %200 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x7x1x128xf32>}> : () -> tensor<128x7x1x128xf32>
    %201 = tosa.conv2d %197, %200, %199, %198, %198 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 3, 3, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x128xf32>, tensor<128x7x1x128xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x128xf32>
    %202 = tosa.clamp %201 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x128xf32>) -> tensor<1x17x17x128xf32>
    %203 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %204 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %205 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x7x128xf32>}> : () -> tensor<128x1x7x128xf32>
    %206 = tosa.conv2d %202, %205, %204, %203, %203 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 3, 3>, stride = array<i64: 1, 1>} : (tensor<1x17x17x128xf32>, tensor<128x1x7x128xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x128xf32>
    %207 = tosa.clamp %206 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x128xf32>) -> tensor<1x17x17x128xf32>
    %208 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %209 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %210 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x7x1x128xf32>}> : () -> tensor<128x7x1x128xf32>
    %211 = tosa.conv2d %207, %210, %209, %208, %208 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 3, 3, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x128xf32>, tensor<128x7x1x128xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x128xf32>
    %212 = tosa.clamp %211 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x128xf32>) -> tensor<1x17x17x128xf32>
    %213 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %214 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %215 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x7x128xf32>}> : () -> tensor<192x1x7x128xf32>
    %216 = tosa.conv2d %212, %215, %214, %213, %213 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 3, 3>, stride = array<i64: 1, 1>} : (tensor<1x17x17x128xf32>, tensor<192x1x7x128xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %217 = tosa.clamp %216 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %218 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %219 = tosa.const_shape  {values = dense<[0, 0, 1, 1, 1, 1, 0, 0]> : tensor<8xindex>} : () -> !tosa.shape<8>
    %220 = tosa.pad %172, %219, %218 : (tensor<1x17x17x768xf32>, !tosa.shape<8>, tensor<1xf32>) -> tensor<1x19x19x768xf32>
    %221 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %222 = tosa.avg_pool2d %220, %221, %221 {acc_type = f32, kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x19x19x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x768xf32>
    %223 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %224 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %225 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %226 = tosa.conv2d %222, %225, %224, %223, %223 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %227 = tosa.clamp %226 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %228 = tosa.concat %177, %192, %217, %227 {axis = 3 : i32} : (tensor<1x17x17x192xf32>, tensor<1x17x17x192xf32>, tensor<1x17x17x192xf32>, tensor<1x17x17x192xf32>) -> tensor<1x17x17x768xf32>
    %229 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %230 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %231 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %232 = tosa.conv2d %228, %231, %230, %229, %229 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %233 = tosa.clamp %232 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %234 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %235 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %236 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x768xf32>}> : () -> tensor<160x1x1x768xf32>
    %237 = tosa.conv2d %228, %236, %235, %234, %234 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<160x1x1x768xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x160xf32>
    %238 = tosa.clamp %237 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x160xf32>) -> tensor<1x17x17x160xf32>
    %239 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %240 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %241 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x7x160xf32>}> : () -> tensor<160x1x7x160xf32>
    %242 = tosa.conv2d %238, %241, %240, %239, %239 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 3, 3>, stride = array<i64: 1, 1>} : (tensor<1x17x17x160xf32>, tensor<160x1x7x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x160xf32>
    %243 = tosa.clamp %242 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x160xf32>) -> tensor<1x17x17x160xf32>
    %244 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %245 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %246 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x7x1x160xf32>}> : () -> tensor<192x7x1x160xf32>
    %247 = tosa.conv2d %243, %246, %245, %244, %244 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 3, 3, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x160xf32>, tensor<192x7x1x160xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %248 = tosa.clamp %247 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %249 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %250 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %251 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x768xf32>}> : () -> tensor<160x1x1x768xf32>
    %252 = tosa.conv2d %228, %251, %250, %249, %249 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<160x1x1x768xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x160xf32>
    %253 = tosa.clamp %252 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x160xf32>) -> tensor<1x17x17x160xf32>
    %254 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %255 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %256 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x7x1x160xf32>}> : () -> tensor<160x7x1x160xf32>
    %257 = tosa.conv2d %253, %256, %255, %254, %254 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 3, 3, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x160xf32>, tensor<160x7x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x160xf32>
    %258 = tosa.clamp %257 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x160xf32>) -> tensor<1x17x17x160xf32>
    %259 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %260 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %261 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x7x160xf32>}> : () -> tensor<160x1x7x160xf32>
    %262 = tosa.conv2d %258, %261, %260, %259, %259 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 3, 3>, stride = array<i64: 1, 1>} : (tensor<1x17x17x160xf32>, tensor<160x1x7x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x160xf32>
    %263 = tosa.clamp %262 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x160xf32>) -> tensor<1x17x17x160xf32>
    %264 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %265 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %266 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x7x1x160xf32>}> : () -> tensor<160x7x1x160xf32>
    %267 = tosa.conv2d %263, %266, %265, %264, %264 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 3, 3, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x160xf32>, tensor<160x7x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x160xf32>
    %268 = tosa.clamp %267 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x160xf32>) -> tensor<1x17x17x160xf32>
    %269 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %270 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %271 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x7x160xf32>}> : () -> tensor<192x1x7x160xf32>
    %272 = tosa.conv2d %268, %271, %270, %269, %269 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 3, 3>, stride = array<i64: 1, 1>} : (tensor<1x17x17x160xf32>, tensor<192x1x7x160xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %273 = tosa.clamp %272 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %274 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %275 = tosa.const_shape  {values = dense<[0, 0, 1, 1, 1, 1, 0, 0]> : tensor<8xindex>} : () -> !tosa.shape<8>
    %276 = tosa.pad %228, %275, %274 : (tensor<1x17x17x768xf32>, !tosa.shape<8>, tensor<1xf32>) -> tensor<1x19x19x768xf32>
    %277 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %278 = tosa.avg_pool2d %276, %277, %277 {acc_type = f32, kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x19x19x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x768xf32>
    %279 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %280 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %281 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %282 = tosa.conv2d %278, %281, %280, %279, %279 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %283 = tosa.clamp %282 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %284 = tosa.concat %233, %248, %273, %283 {axis = 3 : i32} : (tensor<1x17x17x192xf32>, tensor<1x17x17x192xf32>, tensor<1x17x17x192xf32>, tensor<1x17x17x192xf32>) -> tensor<1x17x17x768xf32>
    %285 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %286 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %287 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %288 = tosa.conv2d %284, %287, %286, %285, %285 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %289 = tosa.clamp %288 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %290 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %291 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %292 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x768xf32>}> : () -> tensor<160x1x1x768xf32>
    %293 = tosa.conv2d %284, %292, %291, %290, %290 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<160x1x1x768xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x160xf32>
    %294 = tosa.clamp %293 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x160xf32>) -> tensor<1x17x17x160xf32>
    %295 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %296 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %297 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x7x160xf32>}> : () -> tensor<160x1x7x160xf32>
    %298 = tosa.conv2d %294, %297, %296, %295, %295 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 3, 3>, stride = array<i64: 1, 1>} : (tensor<1x17x17x160xf32>, tensor<160x1x7x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x160xf32>
    %299 = tosa.clamp %298 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x160xf32>) -> tensor<1x17x17x160xf32>
    %300 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %301 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %302 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x7x1x160xf32>}> : () -> tensor<192x7x1x160xf32>
    %303 = tosa.conv2d %299, %302, %301, %300, %300 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 3, 3, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x160xf32>, tensor<192x7x1x160xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %304 = tosa.clamp %303 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %305 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %306 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %307 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x768xf32>}> : () -> tensor<160x1x1x768xf32>
    %308 = tosa.conv2d %284, %307, %306, %305, %305 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<160x1x1x768xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x160xf32>
    %309 = tosa.clamp %308 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x160xf32>) -> tensor<1x17x17x160xf32>
    %310 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %311 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %312 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x7x1x160xf32>}> : () -> tensor<160x7x1x160xf32>
    %313 = tosa.conv2d %309, %312, %311, %310, %310 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 3, 3, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x160xf32>, tensor<160x7x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x160xf32>
    %314 = tosa.clamp %313 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x160xf32>) -> tensor<1x17x17x160xf32>
    %315 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %316 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %317 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x7x160xf32>}> : () -> tensor<160x1x7x160xf32>
    %318 = tosa.conv2d %314, %317, %316, %315, %315 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 3, 3>, stride = array<i64: 1, 1>} : (tensor<1x17x17x160xf32>, tensor<160x1x7x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x160xf32>
    %319 = tosa.clamp %318 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x160xf32>) -> tensor<1x17x17x160xf32>
    %320 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %321 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %322 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x7x1x160xf32>}> : () -> tensor<160x7x1x160xf32>
    %323 = tosa.conv2d %319, %322, %321, %320, %320 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 3, 3, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x160xf32>, tensor<160x7x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x160xf32>
    %324 = tosa.clamp %323 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x160xf32>) -> tensor<1x17x17x160xf32>
    %325 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %326 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %327 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x7x160xf32>}> : () -> tensor<192x1x7x160xf32>
    %328 = tosa.conv2d %324, %327, %326, %325, %325 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 3, 3>, stride = array<i64: 1, 1>} : (tensor<1x17x17x160xf32>, tensor<192x1x7x160xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %329 = tosa.clamp %328 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %330 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %331 = tosa.const_shape  {values = dense<[0, 0, 1, 1, 1, 1, 0, 0]> : tensor<8xindex>} : () -> !tosa.shape<8>
    %332 = tosa.pad %284, %331, %330 : (tensor<1x17x17x768xf32>, !tosa.shape<8>, tensor<1xf32>) -> tensor<1x19x19x768xf32>
    %333 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %334 = tosa.avg_pool2d %332, %333, %333 {acc_type = f32, kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x19x19x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x768xf32>
    %335 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %336 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %337 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %338 = tosa.conv2d %334, %337, %336, %335, %335 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %339 = tosa.clamp %338 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %340 = tosa.concat %289, %304, %329, %339 {axis = 3 : i32} : (tensor<1x17x17x192xf32>, tensor<1x17x17x192xf32>, tensor<1x17x17x192xf32>, tensor<1x17x17x192xf32>) -> tensor<1x17x17x768xf32>
    %341 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %342 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %343 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %344 = tosa.conv2d %340, %343, %342, %341, %341 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %345 = tosa.clamp %344 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %346 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %347 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %348 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %349 = tosa.conv2d %340, %348, %347, %346, %346 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %350 = tosa.clamp %349 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %351 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %352 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %353 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x7x192xf32>}> : () -> tensor<192x1x7x192xf32>
    %354 = tosa.conv2d %350, %353, %352, %351, %351 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 3, 3>, stride = array<i64: 1, 1>} : (tensor<1x17x17x192xf32>, tensor<192x1x7x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %355 = tosa.clamp %354 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %356 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %357 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %358 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x7x1x192xf32>}> : () -> tensor<192x7x1x192xf32>
    %359 = tosa.conv2d %355, %358, %357, %356, %356 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 3, 3, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x192xf32>, tensor<192x7x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %360 = tosa.clamp %359 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %361 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %362 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %363 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %364 = tosa.conv2d %340, %363, %362, %361, %361 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %365 = tosa.clamp %364 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %366 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %367 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %368 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x7x1x192xf32>}> : () -> tensor<192x7x1x192xf32>
    %369 = tosa.conv2d %365, %368, %367, %366, %366 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 3, 3, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x192xf32>, tensor<192x7x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %370 = tosa.clamp %369 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %371 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %372 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %373 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x7x192xf32>}> : () -> tensor<192x1x7x192xf32>
    %374 = tosa.conv2d %370, %373, %372, %371, %371 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 3, 3>, stride = array<i64: 1, 1>} : (tensor<1x17x17x192xf32>, tensor<192x1x7x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %375 = tosa.clamp %374 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %376 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %377 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %378 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x7x1x192xf32>}> : () -> tensor<192x7x1x192xf32>
    %379 = tosa.conv2d %375, %378, %377, %376, %376 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 3, 3, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x192xf32>, tensor<192x7x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %380 = tosa.clamp %379 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %381 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %382 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %383 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x7x192xf32>}> : () -> tensor<192x1x7x192xf32>
    %384 = tosa.conv2d %380, %383, %382, %381, %381 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 3, 3>, stride = array<i64: 1, 1>} : (tensor<1x17x17x192xf32>, tensor<192x1x7x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %385 = tosa.clamp %384 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %386 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %387 = tosa.const_shape  {values = dense<[0, 0, 1, 1, 1, 1, 0, 0]> : tensor<8xindex>} : () -> !tosa.shape<8>
    %388 = tosa.pad %340, %387, %386 : (tensor<1x17x17x768xf32>, !tosa.shape<8>, tensor<1xf32>) -> tensor<1x19x19x768xf32>
    %389 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %390 = tosa.avg_pool2d %388, %389, %389 {acc_type = f32, kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x19x19x768xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x768xf32>
    %391 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %392 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %393 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %394 = tosa.conv2d %390, %393, %392, %391, %391 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %395 = tosa.clamp %394 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %396 = tosa.concat %345, %360, %385, %395 {axis = 3 : i32} : (tensor<1x17x17x192xf32>, tensor<1x17x17x192xf32>, tensor<1x17x17x192xf32>, tensor<1x17x17x192xf32>) -> tensor<1x17x17x768xf32>
    %397 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %398 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %399 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %400 = tosa.conv2d %396, %399, %398, %397, %397 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %401 = tosa.clamp %400 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %402 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %403 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<320xf32>}> : () -> tensor<320xf32>
    %404 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<320x3x3x192xf32>}> : () -> tensor<320x3x3x192xf32>
    %405 = tosa.conv2d %401, %404, %403, %402, %402 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x17x17x192xf32>, tensor<320x3x3x192xf32>, tensor<320xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x320xf32>
    %406 = tosa.clamp %405 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x320xf32>) -> tensor<1x8x8x320xf32>
    %407 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %408 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %409 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x768xf32>}> : () -> tensor<192x1x1x768xf32>
    %410 = tosa.conv2d %396, %409, %408, %407, %407 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x768xf32>, tensor<192x1x1x768xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %411 = tosa.clamp %410 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %412 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %413 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %414 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x7x192xf32>}> : () -> tensor<192x1x7x192xf32>
    %415 = tosa.conv2d %411, %414, %413, %412, %412 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 3, 3>, stride = array<i64: 1, 1>} : (tensor<1x17x17x192xf32>, tensor<192x1x7x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %416 = tosa.clamp %415 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %417 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %418 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %419 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x7x1x192xf32>}> : () -> tensor<192x7x1x192xf32>
    %420 = tosa.conv2d %416, %419, %418, %417, %417 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 3, 3, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x17x17x192xf32>, tensor<192x7x1x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x17x17x192xf32>
    %421 = tosa.clamp %420 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x17x17x192xf32>) -> tensor<1x17x17x192xf32>
    %422 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %423 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %424 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x3x3x192xf32>}> : () -> tensor<192x3x3x192xf32>
    %425 = tosa.conv2d %421, %424, %423, %422, %422 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x17x17x192xf32>, tensor<192x3x3x192xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x192xf32>
    %426 = tosa.clamp %425 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x192xf32>) -> tensor<1x8x8x192xf32>
    %427 = tosa.max_pool2d %396 {kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x17x17x768xf32>) -> tensor<1x8x8x768xf32>
    %428 = tosa.concat %406, %426, %427 {axis = 3 : i32} : (tensor<1x8x8x320xf32>, tensor<1x8x8x192xf32>, tensor<1x8x8x768xf32>) -> tensor<1x8x8x1280xf32>
    %429 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %430 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<320xf32>}> : () -> tensor<320xf32>
    %431 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<320x1x1x1280xf32>}> : () -> tensor<320x1x1x1280xf32>
    %432 = tosa.conv2d %428, %431, %430, %429, %429 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x1280xf32>, tensor<320x1x1x1280xf32>, tensor<320xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x320xf32>
    %433 = tosa.clamp %432 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x320xf32>) -> tensor<1x8x8x320xf32>
    %434 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %435 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %436 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x1x1x1280xf32>}> : () -> tensor<384x1x1x1280xf32>
    %437 = tosa.conv2d %428, %436, %435, %434, %434 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x1280xf32>, tensor<384x1x1x1280xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x384xf32>
    %438 = tosa.clamp %437 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x384xf32>) -> tensor<1x8x8x384xf32>
    %439 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %440 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %441 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x1x3x384xf32>}> : () -> tensor<384x1x3x384xf32>
    %442 = tosa.conv2d %438, %441, %440, %439, %439 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x384xf32>, tensor<384x1x3x384xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x384xf32>
    %443 = tosa.clamp %442 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x384xf32>) -> tensor<1x8x8x384xf32>
    %444 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %445 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %446 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x3x1x384xf32>}> : () -> tensor<384x3x1x384xf32>
    %447 = tosa.conv2d %438, %446, %445, %444, %444 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x384xf32>, tensor<384x3x1x384xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x384xf32>
    %448 = tosa.clamp %447 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x384xf32>) -> tensor<1x8x8x384xf32>
    %449 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %450 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<448xf32>}> : () -> tensor<448xf32>
    %451 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<448x1x1x1280xf32>}> : () -> tensor<448x1x1x1280xf32>
    %452 = tosa.conv2d %428, %451, %450, %449, %449 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x1280xf32>, tensor<448x1x1x1280xf32>, tensor<448xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x448xf32>
    %453 = tosa.clamp %452 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x448xf32>) -> tensor<1x8x8x448xf32>
    %454 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %455 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %456 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x3x3x448xf32>}> : () -> tensor<384x3x3x448xf32>
    %457 = tosa.conv2d %453, %456, %455, %454, %454 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x448xf32>, tensor<384x3x3x448xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x384xf32>
    %458 = tosa.clamp %457 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x384xf32>) -> tensor<1x8x8x384xf32>
    %459 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %460 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %461 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x1x3x384xf32>}> : () -> tensor<384x1x3x384xf32>
    %462 = tosa.conv2d %458, %461, %460, %459, %459 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x384xf32>, tensor<384x1x3x384xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x384xf32>
    %463 = tosa.clamp %462 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x384xf32>) -> tensor<1x8x8x384xf32>
    %464 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %465 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %466 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x3x1x384xf32>}> : () -> tensor<384x3x1x384xf32>
    %467 = tosa.conv2d %458, %466, %465, %464, %464 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x384xf32>, tensor<384x3x1x384xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x384xf32>
    %468 = tosa.clamp %467 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x384xf32>) -> tensor<1x8x8x384xf32>
    %469 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %470 = tosa.const_shape  {values = dense<[0, 0, 1, 1, 1, 1, 0, 0]> : tensor<8xindex>} : () -> !tosa.shape<8>
    %471 = tosa.pad %428, %470, %469 : (tensor<1x8x8x1280xf32>, !tosa.shape<8>, tensor<1xf32>) -> tensor<1x10x10x1280xf32>
    %472 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %473 = tosa.avg_pool2d %471, %472, %472 {acc_type = f32, kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x10x10x1280xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x1280xf32>
    %474 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %475 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %476 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x1280xf32>}> : () -> tensor<192x1x1x1280xf32>
    %477 = tosa.conv2d %473, %476, %475, %474, %474 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x1280xf32>, tensor<192x1x1x1280xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x192xf32>
    %478 = tosa.clamp %477 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x192xf32>) -> tensor<1x8x8x192xf32>
    %479 = tosa.concat %433, %443, %448, %463, %468, %478 {axis = 3 : i32} : (tensor<1x8x8x320xf32>, tensor<1x8x8x384xf32>, tensor<1x8x8x384xf32>, tensor<1x8x8x384xf32>, tensor<1x8x8x384xf32>, tensor<1x8x8x192xf32>) -> tensor<1x8x8x2048xf32>
    %480 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %481 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<320xf32>}> : () -> tensor<320xf32>
    %482 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<320x1x1x2048xf32>}> : () -> tensor<320x1x1x2048xf32>
    %483 = tosa.conv2d %479, %482, %481, %480, %480 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x2048xf32>, tensor<320x1x1x2048xf32>, tensor<320xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x320xf32>
    %484 = tosa.clamp %483 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x320xf32>) -> tensor<1x8x8x320xf32>
    %485 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %486 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %487 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x1x1x2048xf32>}> : () -> tensor<384x1x1x2048xf32>
    %488 = tosa.conv2d %479, %487, %486, %485, %485 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x2048xf32>, tensor<384x1x1x2048xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x384xf32>
    %489 = tosa.clamp %488 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x384xf32>) -> tensor<1x8x8x384xf32>
    %490 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %491 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %492 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x1x3x384xf32>}> : () -> tensor<384x1x3x384xf32>
    %493 = tosa.conv2d %489, %492, %491, %490, %490 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x384xf32>, tensor<384x1x3x384xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x384xf32>
    %494 = tosa.clamp %493 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x384xf32>) -> tensor<1x8x8x384xf32>
    %495 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %496 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %497 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x3x1x384xf32>}> : () -> tensor<384x3x1x384xf32>
    %498 = tosa.conv2d %489, %497, %496, %495, %495 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x384xf32>, tensor<384x3x1x384xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x384xf32>
    %499 = tosa.clamp %498 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x384xf32>) -> tensor<1x8x8x384xf32>
    %500 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %501 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<448xf32>}> : () -> tensor<448xf32>
    %502 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<448x1x1x2048xf32>}> : () -> tensor<448x1x1x2048xf32>
    %503 = tosa.conv2d %479, %502, %501, %500, %500 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x2048xf32>, tensor<448x1x1x2048xf32>, tensor<448xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x448xf32>
    %504 = tosa.clamp %503 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x448xf32>) -> tensor<1x8x8x448xf32>
    %505 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %506 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %507 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x3x3x448xf32>}> : () -> tensor<384x3x3x448xf32>
    %508 = tosa.conv2d %504, %507, %506, %505, %505 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x448xf32>, tensor<384x3x3x448xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x384xf32>
    %509 = tosa.clamp %508 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x384xf32>) -> tensor<1x8x8x384xf32>
    %510 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %511 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %512 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x1x3x384xf32>}> : () -> tensor<384x1x3x384xf32>
    %513 = tosa.conv2d %509, %512, %511, %510, %510 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x8x8x384xf32>, tensor<384x1x3x384xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x384xf32>
    %514 = tosa.clamp %513 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x384xf32>) -> tensor<1x8x8x384xf32>
    %515 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %516 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384xf32>}> : () -> tensor<384xf32>
    %517 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<384x3x1x384xf32>}> : () -> tensor<384x3x1x384xf32>
    %518 = tosa.conv2d %509, %517, %516, %515, %515 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x384xf32>, tensor<384x3x1x384xf32>, tensor<384xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x384xf32>
    %519 = tosa.clamp %518 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x384xf32>) -> tensor<1x8x8x384xf32>
    %520 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %521 = tosa.const_shape  {values = dense<[0, 0, 1, 1, 1, 1, 0, 0]> : tensor<8xindex>} : () -> !tosa.shape<8>
    %522 = tosa.pad %479, %521, %520 : (tensor<1x8x8x2048xf32>, !tosa.shape<8>, tensor<1xf32>) -> tensor<1x10x10x2048xf32>
    %523 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %524 = tosa.avg_pool2d %522, %523, %523 {acc_type = f32, kernel = array<i64: 3, 3>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x10x10x2048xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x2048xf32>
    %525 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %526 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %527 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x2048xf32>}> : () -> tensor<192x1x1x2048xf32>
    %528 = tosa.conv2d %524, %527, %526, %525, %525 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x2048xf32>, tensor<192x1x1x2048xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x8x8x192xf32>
    %529 = tosa.clamp %528 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x8x8x192xf32>) -> tensor<1x8x8x192xf32>
    %530 = tosa.concat %484, %494, %499, %514, %519, %529 {axis = 3 : i32} : (tensor<1x8x8x320xf32>, tensor<1x8x8x384xf32>, tensor<1x8x8x384xf32>, tensor<1x8x8x384xf32>, tensor<1x8x8x384xf32>, tensor<1x8x8x192xf32>) -> tensor<1x8x8x2048xf32>
    %531 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %532 = tosa.avg_pool2d %530, %531, %531 {acc_type = f32, kernel = array<i64: 8, 8>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x8x8x2048xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x2048xf32>
    %533 = tosa.const_shape  {values = dense<[1, 2048, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %534 = tosa.reshape %532, %533 : (tensor<1x1x1x2048xf32>, !tosa.shape<4>) -> tensor<1x2048x1x1xf32>
    %535 = tosa.const_shape  {values = dense<[1, 2048]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %536 = tosa.reshape %534, %535 : (tensor<1x2048x1x1xf32>, !tosa.shape<2>) -> tensor<1x2048xf32>
    %537 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<2048x1000xf32>}> : () -> tensor<2048x1000xf32>
    %538 = tosa.const_shape  {values = dense<[1, 1, 2048]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %539 = tosa.reshape %536, %538 : (tensor<1x2048xf32>, !tosa.shape<3>) -> tensor<1x1x2048xf32>
    %540 = tosa.const_shape  {values = dense<[1, 2048, 1000]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %541 = tosa.reshape %537, %540 : (tensor<2048x1000xf32>, !tosa.shape<3>) -> tensor<1x2048x1000xf32>
    %542 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %543 = tosa.matmul %539, %541, %542, %542 : (tensor<1x1x2048xf32>, tensor<1x2048x1000xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1000xf32>
    %544 = tosa.const_shape  {values = dense<[1, 1000]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %545 = tosa.reshape %543, %544 : (tensor<1x1x1000xf32>, !tosa.shape<2>) -> tensor<1x1000xf32>
    %546 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1000xf32>}> : () -> tensor<1x1000xf32>
    %547 = tosa.add %545, %546 : (tensor<1x1000xf32>, tensor<1x1000xf32>) -> tensor<1x1000xf32>
    return %547 : tensor<1x1000xf32>
  }
}
