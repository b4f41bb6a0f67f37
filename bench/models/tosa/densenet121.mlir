module {
  func.func @torch_jit(%arg0: tensor<1x3x224x224xf32> {onnx.name = "input"}) -> (tensor<1x1000xf32> {onnx.name = "output"}) {
    %0 = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %3 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x7x7x3xf32>}> : () -> tensor<64x7x7x3xf32>
    %4 = tosa.conv2d %0, %3, %2, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 3, 2, 3, 2>, stride = array<i64: 2, 2>} : (tensor<1x224x224x3xf32>, tensor<64x7x7x3xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x64xf32>
    %5 = tosa.clamp %4 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x112x112x64xf32>) -> tensor<1x112x112x64xf32>
    %6 = tosa.max_pool2d %5 {kernel = array<i64: 3, 3>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x112x112x64xf32>) -> tensor<1x56x56x64xf32>
    %7 = tosa.concat %6 {axis = 3 : i32} : (tensor<1x56x56x64xf32>) -> tensor<1x56x56x64xf32>
    %8 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x64xf32>}> : () -> tensor<1x1x1x64xf32>
    %9 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %10 = tosa.mul %7, %8, %9 : (tensor<1x56x56x64xf32>, tensor<1x1x1x64xf32>, tensor<1xi8>) -> tensor<1x56x56x64xf32>
    %11 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x64xf32>}> : () -> tensor<1x1x1x64xf32>
    %12 = tosa.add %10, %11 : (tensor<1x56x56x64xf32>, tensor<1x1x1x64xf32>) -> tensor<1x56x56x64xf32>
    %13 = tosa.clamp %12 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x64xf32>) -> tensor<1x56x56x64xf32>
    %14 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %15 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %16 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x64xf32>}> : () -> tensor<128x1x1x64xf32>
    %17 = tosa.conv2d %13, %16, %15, %14, %14 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x64xf32>, tensor<128x1x1x64xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x128xf32>
    %18 = tosa.clamp %17 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x128xf32>) -> tensor<1x56x56x128xf32>
    %19 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %20 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %21 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %22 = tosa.conv2d %18, %21, %20, %19, %19 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x56x56x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x32xf32>
    %23 = tosa.concat %6, %22 {axis = 3 : i32} : (tensor<1x56x56x64xf32>, tensor<1x56x56x32xf32>) -> tensor<1x56x56x96xf32>
    %24 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x96xf32>}> : () -> tensor<1x1x1x96xf32>
    %25 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %26 = tosa.mul %23, %24, %25 : (tensor<1x56x56x96xf32>, tensor<1x1x1x96xf32>, tensor<1xi8>) -> tensor<1x56x56x96xf32>
    %27 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x96xf32>}> : () -> tensor<1x1x1x96xf32>
    %28 = tosa.add %26, %27 : (tensor<1x56x56x96xf32>, tensor<1x1x1x96xf32>) -> tensor<1x56x56x96xf32>
    %29 = tosa.clamp %28 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x96xf32>) -> tensor<1x56x56x96xf32>
    %30 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %31 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %32 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x96xf32>}> : () -> tensor<128x1x1x96xf32>
    %33 = tosa.conv2d %29, %32, %31, %30, %30 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x96xf32>, tensor<128x1x1x96xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x128xf32>
    %34 = tosa.clamp %33 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x128xf32>) -> tensor<1x56x56x128xf32>
    %35 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %36 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %37 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %38 = tosa.conv2d %34, %37, %36, %35, %35 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x56x56x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x32xf32>
    %39 = tosa.concat %6, %22, %38 {axis = 3 : i32} : (tensor<1x56x56x64xf32>, tensor<1x56x56x32xf32>, tensor<1x56x56x32xf32>) -> tensor<1x56x56x128xf32>
    %40 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x128xf32>}> : () -> tensor<1x1x1x128xf32>
    %41 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %42 = tosa.mul %39, %40, %41 : (tensor<1x56x56x128xf32>, tensor<1x1x1x128xf32>, tensor<1xi8>) -> tensor<1x56x56x128xf32>
    %43 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x128xf32>}> : () -> tensor<1x1x1x128xf32>
    %44 = tosa.add %42, %43 : (tensor<1x56x56x128xf32>, tensor<1x1x1x128xf32>) -> tensor<1x56x56x128xf32>
    %45 = tosa.clamp %44 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x128xf32>) -> tensor<1x56x56x128xf32>
    %46 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %47 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %48 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x128xf32>}> : () -> tensor<128x1x1x128xf32>
    %49 = tosa.conv2d %45, %48, %47, %46, %46 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x128xf32>, tensor<128x1x1x128xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x128xf32>
    %50 = tosa.clamp %49 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x128xf32>) -> tensor<1x56x56x128xf32>
    %51 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %52 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %53 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %54 = tosa.conv2d %50, %53, %52, %51, %51 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x56x56x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x32xf32>
    %55 = tosa.concat %6, %22, %38, %54 {axis = 3 : i32} : (tensor<1x56x56x64xf32>, tensor<1x56x56x32xf32>, tensor<1x56x56x32xf32>, tensor<1x56x56x32xf32>) -> tensor<1x56x56x160xf32>
    %56 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x160xf32>}> : () -> tensor<1x1x1x160xf32>
    %57 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %58 = tosa.mul %55, %56, %57 : (tensor<1x56x56x160xf32>, tensor<1x1x1x160xf32>, tensor<1xi8>) -> tensor<1x56x56x160xf32>
    %59 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x160xf32>}> : () -> tensor<1x1x1x160xf32>
    %60 = tosa.add %58, %59 : (tensor<1x56x56x160xf32>, tensor<1x1x1x160xf32>) -> tensor<1x56x56x160xf32>
    %61 = tosa.clamp %60 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x160xf32>) -> tensor<1x56x56x160xf32>
    %62 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %63 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %64 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x160xf32>}> : () -> tensor<128x1x1x160xf32>
    %65 = tosa.conv2d %61, %64, %63, %62, %62 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x160xf32>, tensor<128x1x1x160xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x128xf32>
    %66 = tosa.clamp %65 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x128xf32>) -> tensor<1x56x56x128xf32>
    %67 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %68 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %69 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %70 = tosa.conv2d %66, %69, %68, %67, %67 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x56x56x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x32xf32>
    %71 = tosa.concat %6, %22, %38, %54, %70 {axis = 3 : i32} : (tensor<1x56x56x64xf32>, tensor<1x56x56x32xf32>, tensor<1x56x56x32xf32>, tensor<1x56x56x32xf32>, tensor<1x56x56x32xf32>) -> tensor<1x56x56x192xf32>
    %72 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x192xf32>}> : () -> tensor<1x1x1x192xf32>
    %73 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %74 = tosa.mul %71, %72, %73 : (tensor<1x56x56x192xf32>, tensor<1x1x1x192xf32>, tensor<1xi8>) -> tensor<1x56x56x192xf32>
    %75 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x192xf32>}> : () -> tensor<1x1x1x192xf32>
    %76 = tosa.add %74, %75 : (tensor<1x56x56x192xf32>, tensor<1x1x1x192xf32>) -> tensor<1x56x56x192xf32>
    %77 = tosa.clamp %76 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x192xf32>) -> tensor<1x56x56x192xf32>
    %78 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %79 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %80 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x192xf32>}> : () -> tensor<128x1x1x192xf32>
    %81 = tosa.conv2d %77, %80, %79, %78, %78 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x192xf32>, tensor<128x1x1x192xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x128xf32>
    %82 = tosa.clamp %81 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x128xf32>) -> tensor<1x56x56x128xf32>
    %83 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %84 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %85 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %86 = tosa.conv2d %82, %85, %84, %83, %83 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x56x56x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x32xf32>
    %87 = tosa.concat %6, %22, %38, %54, %70, %86 {axis = 3 : i32} : (tensor<1x56x56x64xf32>, tensor<1x56x56x32xf32>, tensor<1x56x56x32xf32>, tensor<1x56x56x32xf32>, tensor<1x56x56x32xf32>, tensor<1x56x56x32xf32>) -> tensor<1x56x56x224xf32>
    %88 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x224xf32>}> : () -> tensor<1x1x1x224xf32>
    %89 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %90 = tosa.mul %87, %88, %89 : (tensor<1x56x56x224xf32>, tensor<1x1x1x224xf32>, tensor<1xi8>) -> tensor<1x56x56x224xf32>
    %91 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x224xf32>}> : () -> tensor<1x1x1x224xf32>
    %92 = tosa.add %90, %91 : (tensor<1x56x56x224xf32>, tensor<1x1x1x224xf32>) -> tensor<1x56x56x224xf32>
    %93 = tosa.clamp %92 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x224xf32>) -> tensor<1x56x56x224xf32>
    %94 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %95 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %96 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x224xf32>}> : () -> tensor<128x1x1x224xf32>
    %97 = tosa.conv2d %93, %96, %95, %94, %94 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x224xf32>, tensor<128x1x1x224xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x128xf32>
    %98 = tosa.clamp %97 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x128xf32>) -> tensor<1x56x56x128xf32>
    %99 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %100 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %101 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %102 = tosa.conv2d %98, %101, %100, %99, %99 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x56x56x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x32xf32>
    %103 = tosa.concat %6, %22, %38, %54, %70, %86, %102 {axis = 3 : i32} : (tensor<1x56x56x64xf32>, tensor<1x56x56x32xf32>, tensor<1x56x56x32xf32>, tensor<1x56x56x32xf32>, tensor<1x56x56x32xf32>, tensor<1x56x56x32xf32>, tensor<1x56x56x32xf32>) -> tensor<1x56x56x256xf32>
    %104 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x256xf32>}> : () -> tensor<1x1x1x256xf32>
    %105 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %106 = tosa.mul %103, %104, %105 : (tensor<1x56x56x256xf32>, tensor<1x1x1x256xf32>, tensor<1xi8>) -> tensor<1x56x56x256xf32>
    %107 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x256xf32>}> : () -> tensor<1x1x1x256xf32>
    %108 = tosa.add %106, %107 : (tensor<1x56x56x256xf32>, tensor<1x1x1x256xf32>) -> tensor<1x56x56x256xf32>
    %109 = tosa.clamp %108 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x256xf32>) -> tensor<1x56x56x256xf32>
    %110 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %111 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %112 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x256xf32>}> : () -> tensor<128x1x1x256xf32>
    %113 = tosa.conv2d %109, %112, %111, %110, %110 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x256xf32>, tensor<128x1x1x256xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x128xf32>
    %114 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %115 = tosa.avg_pool2d %113, %114, %114 {acc_type = f32, kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x56x56x128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %116 = tosa.concat %115 {axis = 3 : i32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %117 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x128xf32>}> : () -> tensor<1x1x1x128xf32>
    %118 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %119 = tosa.mul %116, %117, %118 : (tensor<1x28x28x128xf32>, tensor<1x1x1x128xf32>, tensor<1xi8>) -> tensor<1x28x28x128xf32>
    %120 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x128xf32>}> : () -> tensor<1x1x1x128xf32>
    %121 = tosa.add %119, %120 : (tensor<1x28x28x128xf32>, tensor<1x1x1x128xf32>) -> tensor<1x28x28x128xf32>
    %122 = tosa.clamp %121 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %123 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %124 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %125 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x128xf32>}> : () -> tensor<128x1x1x128xf32>
    %126 = tosa.conv2d %122, %125, %124, %123, %123 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<128x1x1x128xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %127 = tosa.clamp %126 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %128 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %129 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %130 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %131 = tosa.conv2d %127, %130, %129, %128, %128 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %132 = tosa.concat %115, %131 {axis = 3 : i32} : (tensor<1x28x28x128xf32>, tensor<1x28x28x32xf32>) -> tensor<1x28x28x160xf32>
    %133 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x160xf32>}> : () -> tensor<1x1x1x160xf32>
    %134 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %135 = tosa.mul %132, %133, %134 : (tensor<1x28x28x160xf32>, tensor<1x1x1x160xf32>, tensor<1xi8>) -> tensor<1x28x28x160xf32>
    %136 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x160xf32>}> : () -> tensor<1x1x1x160xf32>
    %137 = tosa.add %135, %136 : (tensor<1x28x28x160xf32>, tensor<1x1x1x160xf32>) -> tensor<1x28x28x160xf32>
    %138 = tosa.clamp %137 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x160xf32>) -> tensor<1x28x28x160xf32>
    %139 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %140 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %141 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x160xf32>}> : () -> tensor<128x1x1x160xf32>
    %142 = tosa.conv2d %138, %141, %140, %139, %139 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x160xf32>, tensor<128x1x1x160xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %143 = tosa.clamp %142 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %144 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %145 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %146 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %147 = tosa.conv2d %143, %146, %145, %144, %144 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %148 = tosa.concat %115, %131, %147 {axis = 3 : i32} : (tensor<1x28x28x128xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>) -> tensor<1x28x28x192xf32>
    %149 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x192xf32>}> : () -> tensor<1x1x1x192xf32>
    %150 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %151 = tosa.mul %148, %149, %150 : (tensor<1x28x28x192xf32>, tensor<1x1x1x192xf32>, tensor<1xi8>) -> tensor<1x28x28x192xf32>
    %152 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x192xf32>}> : () -> tensor<1x1x1x192xf32>
    %153 = tosa.add %151, %152 : (tensor<1x28x28x192xf32>, tensor<1x1x1x192xf32>) -> tensor<1x28x28x192xf32>
    %154 = tosa.clamp %153 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x192xf32>) -> tensor<1x28x28x192xf32>
    %155 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %156 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %157 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x192xf32>}> : () -> tensor<128x1x1x192xf32>
    %158 = tosa.conv2d %154, %157, %156, %155, %155 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x192xf32>, tensor<128x1x1x192xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %159 = tosa.clamp %158 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %160 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %161 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %162 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %163 = tosa.conv2d %159, %162, %161, %160, %160 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %164 = tosa.concat %115, %131, %147, %163 {axis = 3 : i32} : (tensor<1x28x28x128xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>) -> tensor<1x28x28x224xf32>
    %165 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x224xf32>}> : () -> tensor<1x1x1x224xf32>
    %166 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %167 = tosa.mul %164, %165, %166 : (tensor<1x28x28x224xf32>, tensor<1x1x1x224xf32>, tensor<1xi8>) -> tensor<1x28x28x224xf32>
    %168 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x224xf32>}> : () -> tensor<1x1x1x224xf32>
    %169 = tosa.add %167, %168 : (tensor<1x28x28x224xf32>, tensor<1x1x1x224xf32>) -> tensor<1x28x28x224xf32>
    %170 = tosa.clamp %169 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x224xf32>) -> tensor<1x28x28x224xf32>
    %171 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %172 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %173 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x224xf32>}> : () -> tensor<128x1x1x224xf32>
    %174 = tosa.conv2d %170, %173, %172, %171, %171 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x224xf32>, tensor<128x1x1x224xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %175 = tosa.clamp %174 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %176 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %177 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %178 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %179 = tosa.conv2d %175, %178, %177, %176, %176 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %180 = tosa.concat %115, %131, %147, %163, %179 {axis = 3 : i32} : (tensor<1x28x28x128xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>) -> tensor<1x28x28x256xf32>
    %181 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x256xf32>}> : () -> tensor<1x1x1x256xf32>
    %182 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %183 = tosa.mul %180, %181, %182 : (tensor<1x28x28x256xf32>, tensor<1x1x1x256xf32>, tensor<1xi8>) -> tensor<1x28x28x256xf32>
    %184 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x256xf32>}> : () -> tensor<1x1x1x256xf32>
    %185 = tosa.add %183, %184 : (tensor<1x28x28x256xf32>, tensor<1x1x1x256xf32>) -> tensor<1x28x28x256xf32>
    %186 = tosa.clamp %185 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x256xf32>) -> tensor<1x28x28x256xf32>
    %187 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %188 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %189 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x256xf32>}> : () -> tensor<128x1x1x256xf32>
    %190 = tosa.conv2d %186, %189, %188, %187, %187 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x256xf32>, tensor<128x1x1x256xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %191 = tosa.clamp %190 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %192 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %193 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %194 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %195 = tosa.conv2d %191, %194, %193, %192, %192 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %196 = tosa.concat %115, %131, %147, %163, %179, %195 {axis = 3 : i32} : (tensor<1x28x28x128xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>) -> tensor<1x28x28x288xf32>
    %197 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x288xf32>}> : () -> tensor<1x1x1x288xf32>
    %198 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %199 = tosa.mul %196, %197, %198 : (tensor<1x28x28x288xf32>, tensor<1x1x1x288xf32>, tensor<1xi8>) -> tensor<1x28x28x288xf32>
    %200 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x288xf32>}> : () -> tensor<1x1x1x288xf32>
    %201 = tosa.add %199, %200 : (tensor<1x28x28x288xf32>, tensor<1x1x1x288xf32>) -> tensor<1x28x28x288xf32>
    %202 = tosa.clamp %201 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x288xf32>) -> tensor<1x28x28x288xf32>
    %203 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %204 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %205 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x288xf32>}> : () -> tensor<128x1x1x288xf32>
    %206 = tosa.conv2d %202, %205, %204, %203, %203 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x288xf32>, tensor<128x1x1x288xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %207 = tosa.clamp %206 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %208 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %209 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %210 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %211 = tosa.conv2d %207, %210, %209, %208, %208 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %212 = tosa.concat %115, %131, %147, %163, %179, %195, %211 {axis = 3 : i32} : (tensor<1x28x28x128xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>) -> tensor<1x28x28x320xf32>
    %213 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x320xf32>}> : () -> tensor<1x1x1x320xf32>
    %214 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %215 = tosa.mul %212, %213, %214 : (tensor<1x28x28x320xf32>, tensor<1x1x1x320xf32>, tensor<1xi8>) -> tensor<1x28x28x320xf32>
    %216 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x320xf32>}> : () -> tensor<1x1x1x320xf32>
    %217 = tosa.add %215, %216 : (tensor<1x28x28x320xf32>, tensor<1x1x1x320xf32>) -> tensor<1x28x28x320xf32>
    %218 = tosa.clamp %217 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x320xf32>) -> tensor<1x28x28x320xf32>
    %219 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %220 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %221 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x320xf32>}> : () -> tensor<128x1x1x320xf32>
    %222 = tosa.conv2d %218, %221, %220, %219, %219 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x320xf32>, tensor<128x1x1x320xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %223 = tosa.clamp %222 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %224 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %225 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %226 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %227 = tosa.conv2d %223, %226, %225, %224, %224 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %228 = tosa.concat %115, %131, %147, %163, %179, %195, %211, %227 {axis = 3 : i32} : (tensor<1x28x28x128xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>) -> tensor<1x28x28x352xf32>
    %229 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x352xf32>}> : () -> tensor<1x1x1x352xf32>
    %230 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %231 = tosa.mul %228, %229, %230 : (tensor<1x28x28x352xf32>, tensor<1x1x1x352xf32>, tensor<1xi8>) -> tensor<1x28x28x352xf32>
    %232 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x352xf32>}> : () -> tensor<1x1x1x352xf32>
    %233 = tosa.add %231, %232 : (tensor<1x28x28x352xf32>, tensor<1x1x1x352xf32>) -> tensor<1x28x28x352xf32>
    %234 = tosa.clamp %233 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x352xf32>) -> tensor<1x28x28x352xf32>
    %235 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %236 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %237 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x352xf32>}> : () -> tensor<128x1x1x352xf32>
    %238 = tosa.conv2d %234, %237, %236, %235, %235 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x352xf32>, tensor<128x1x1x352xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %239 = tosa.clamp %238 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %240 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %241 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %242 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %243 = tosa.conv2d %239, %242, %241, %240, %240 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %244 = tosa.concat %115, %131, %147, %163, %179, %195, %211, %227, %243 {axis = 3 : i32} : (tensor<1x28x28x128xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>) -> tensor<1x28x28x384xf32>
    %245 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x384xf32>}> : () -> tensor<1x1x1x384xf32>
    %246 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %247 = tosa.mul %244, %245, %246 : (tensor<1x28x28x384xf32>, tensor<1x1x1x384xf32>, tensor<1xi8>) -> tensor<1x28x28x384xf32>
    %248 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x384xf32>}> : () -> tensor<1x1x1x384xf32>
    %249 = tosa.add %247, %248 : (tensor<1x28x28x384xf32>, tensor<1x1x1x384xf32>) -> tensor<1x28x28x384xf32>
    %250 = tosa.clamp %249 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x384xf32>) -> tensor<1x28x28x384xf32>
    %251 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %252 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %253 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x384xf32>}> : () -> tensor<128x1x1x384xf32>
    %254 = tosa.conv2d %250, %253, %252, %251, %251 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x384xf32>, tensor<128x1x1x384xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %255 = tosa.clamp %254 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %256 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %257 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %258 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %259 = tosa.conv2d %255, %258, %257, %256, %256 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %260 = tosa.concat %115, %131, %147, %163, %179, %195, %211, %227, %243, %259 {axis = 3 : i32} : (tensor<1x28x28x128xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>) -> tensor<1x28x28x416xf32>
    %261 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x416xf32>}> : () -> tensor<1x1x1x416xf32>
    %262 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %263 = tosa.mul %260, %261, %262 : (tensor<1x28x28x416xf32>, tensor<1x1x1x416xf32>, tensor<1xi8>) -> tensor<1x28x28x416xf32>
    %264 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x416xf32>}> : () -> tensor<1x1x1x416xf32>
    %265 = tosa.add %263, %264 : (tensor<1x28x28x416xf32>, tensor<1x1x1x416xf32>) -> tensor<1x28x28x416xf32>
    %266 = tosa.clamp %265 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x416xf32>) -> tensor<1x28x28x416xf32>
    %267 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %268 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %269 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x416xf32>}> : () -> tensor<128x1x1x416xf32>
    %270 = tosa.conv2d %266, %269, %268, %267, %267 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x416xf32>, tensor<128x1x1x416xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %271 = tosa.clamp %270 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %272 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %273 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %274 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %275 = tosa.conv2d %271, %274, %273, %272, %272 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %276 = tosa.concat %115, %131, %147, %163, %179, %195, %211, %227, %243, %259, %275 {axis = 3 : i32} : (tensor<1x28x28x128xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>) -> tensor<1x28x28x448xf32>
    %277 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x448xf32>}> : () -> tensor<1x1x1x448xf32>
    %278 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %279 = tosa.mul %276, %277, %278 : (tensor<1x28x28x448xf32>, tensor<1x1x1x448xf32>, tensor<1xi8>) -> tensor<1x28x28x448xf32>
    %280 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x448xf32>}> : () -> tensor<1x1x1x448xf32>
    %281 = tosa.add %279, %280 : (tensor<1x28x28x448xf32>, tensor<1x1x1x448xf32>) -> tensor<1x28x28x448xf32>
    %282 = tosa.clamp %281 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x448xf32>) -> tensor<1x28x28x448xf32>
    %283 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %284 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %285 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x448xf32>}> : () -> tensor<128x1x1x448xf32>
    %286 = tosa.conv2d %282, %285, %284, %283, %283 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x448xf32>, tensor<128x1x1x448xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %287 = tosa.clamp %286 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %288 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %289 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %290 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %291 = tosa.conv2d %287, %290, %289, %288, %288 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %292 = tosa.concat %115, %131, %147, %163, %179, %195, %211, %227, %243, %259, %275, %291 {axis = 3 : i32} : (tensor<1x28x28x128xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>) -> tensor<1x28x28x480xf32>
    %293 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x480xf32>}> : () -> tensor<1x1x1x480xf32>
    %294 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %295 = tosa.mul %292, %293, %294 : (tensor<1x28x28x480xf32>, tensor<1x1x1x480xf32>, tensor<1xi8>) -> tensor<1x28x28x480xf32>
    %296 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x480xf32>}> : () -> tensor<1x1x1x480xf32>
    %297 = tosa.add %295, %296 : (tensor<1x28x28x480xf32>, tensor<1x1x1x480xf32>) -> tensor<1x28x28x480xf32>
    %298 = tosa.clamp %297 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x480xf32>) -> tensor<1x28x28x480xf32>
    %299 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %300 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %301 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x480xf32>}> : () -> tensor<128x1x1x480xf32>
    %302 = tosa.conv2d %298, %301, %300, %299, %299 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x480xf32>, tensor<128x1x1x480xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x128xf32>
    %303 = tosa.clamp %302 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x128xf32>) -> tensor<1x28x28x128xf32>
    %304 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %305 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %306 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %307 = tosa.conv2d %303, %306, %305, %304, %304 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x32xf32>
    %308 = tosa.concat %115, %131, %147, %163, %179, %195, %211, %227, %243, %259, %275, %291, %307 {axis = 3 : i32} : (tensor<1x28x28x128xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>, tensor<1x28x28x32xf32>) -> tensor<1x28x28x512xf32>
    %309 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x512xf32>}> : () -> tensor<1x1x1x512xf32>
    %310 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %311 = tosa.mul %308, %309, %310 : (tensor<1x28x28x512xf32>, tensor<1x1x1x512xf32>, tensor<1xi8>) -> tensor<1x28x28x512xf32>
    %312 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x512xf32>}> : () -> tensor<1x1x1x512xf32>
    %313 = tosa.add %311, %312 : (tensor<1x28x28x512xf32>, tensor<1x1x1x512xf32>) -> tensor<1x28x28x512xf32>
    %314 = tosa.clamp %313 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x512xf32>) -> tensor<1x28x28x512xf32>
    %315 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %316 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<256xf32>}> : () -> tensor<256xf32>
    %317 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<256x1x1x512xf32>}> : () -> tensor<256x1x1x512xf32>
    %318 = tosa.conv2d %314, %317, %316, %315, %315 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x512xf32>, tensor<256x1x1x512xf32>, tensor<256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x256xf32>
    %319 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %320 = tosa.avg_pool2d %318, %319, %319 {acc_type = f32, kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x256xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x256xf32>
    %321 = tosa.concat %320 {axis = 3 : i32} : (tensor<1x14x14x256xf32>) -> tensor<1x14x14x256xf32>
    %322 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x256xf32>}> : () -> tensor<1x1x1x256xf32>
    %323 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %324 = tosa.mul %321, %322, %323 : (tensor<1x14x14x256xf32>, tensor<1x1x1x256xf32>, tensor<1xi8>) -> tensor<1x14x14x256xf32>
    %325 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x256xf32>}> : () -> tensor<1x1x1x256xf32>
    %326 = tosa.add %324, %325 : (tensor<1x14x14x256xf32>, tensor<1x1x1x256xf32>) -> tensor<1x14x14x256xf32>
    %327 = tosa.clamp %326 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x256xf32>) -> tensor<1x14x14x256xf32>
    %328 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %329 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %330 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x256xf32>}> : () -> tensor<128x1x1x256xf32>
    %331 = tosa.conv2d %327, %330, %329, %328, %328 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x256xf32>, tensor<128x1x1x256xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %332 = tosa.clamp %331 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %333 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %334 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %335 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %336 = tosa.conv2d %332, %335, %334, %333, %333 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %337 = tosa.concat %320, %336 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x288xf32>
    %338 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x288xf32>}> : () -> tensor<1x1x1x288xf32>
    %339 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %340 = tosa.mul %337, %338, %339 : (tensor<1x14x14x288xf32>, tensor<1x1x1x288xf32>, tensor<1xi8>) -> tensor<1x14x14x288xf32>
    %341 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x288xf32>}> : () -> tensor<1x1x1x288xf32>
    %342 = tosa.add %340, %341 : (tensor<1x14x14x288xf32>, tensor<1x1x1x288xf32>) -> tensor<1x14x14x288xf32>
    %343 = tosa.clamp %342 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x288xf32>) -> tensor<1x14x14x288xf32>
    %344 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %345 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %346 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x288xf32>}> : () -> tensor<128x1x1x288xf32>
    %347 = tosa.conv2d %343, %346, %345, %344, %344 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x288xf32>, tensor<128x1x1x288xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %348 = tosa.clamp %347 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %349 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %350 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %351 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %352 = tosa.conv2d %348, %351, %350, %349, %349 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %353 = tosa.concat %320, %336, %352 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x320xf32>
    %354 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x320xf32>}> : () -> tensor<1x1x1x320xf32>
    %355 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %356 = tosa.mul %353, %354, %355 : (tensor<1x14x14x320xf32>, tensor<1x1x1x320xf32>, tensor<1xi8>) -> tensor<1x14x14x320xf32>
    %357 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x320xf32>}> : () -> tensor<1x1x1x320xf32>
    %358 = tosa.add %356, %357 : (tensor<1x14x14x320xf32>, tensor<1x1x1x320xf32>) -> tensor<1x14x14x320xf32>
    %359 = tosa.clamp %358 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x320xf32>) -> tensor<1x14x14x320xf32>
    %360 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %361 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %362 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x320xf32>}> : () -> tensor<128x1x1x320xf32>
    %363 = tosa.conv2d %359, %362, %361, %360, %360 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x320xf32>, tensor<128x1x1x320xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %364 = tosa.clamp %363 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %365 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %366 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %367 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %368 = tosa.conv2d %364, %367, %366, %365, %365 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %369 = tosa.concat %320, %336, %352, %368 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x352xf32>
    %370 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x352xf32>}> : () -> tensor<1x1x1x352xf32>
    %371 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %372 = tosa.mul %369, %370, %371 : (tensor<1x14x14x352xf32>, tensor<1x1x1x352xf32>, tensor<1xi8>) -> tensor<1x14x14x352xf32>
    %373 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x352xf32>}> : () -> tensor<1x1x1x352xf32>
    %374 = tosa.add %372, %373 : (tensor<1x14x14x352xf32>, tensor<1x1x1x352xf32>) -> tensor<1x14x14x352xf32>
    %375 = tosa.clamp %374 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x352xf32>) -> tensor<1x14x14x352xf32>
    %376 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %377 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %378 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x352xf32>}> : () -> tensor<128x1x1x352xf32>
    %379 = tosa.conv2d %375, %378, %377, %376, %376 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x352xf32>, tensor<128x1x1x352xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %380 = tosa.clamp %379 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %381 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %382 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %383 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %384 = tosa.conv2d %380, %383, %382, %381, %381 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %385 = tosa.concat %320, %336, %352, %368, %384 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x384xf32>
    %386 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x384xf32>}> : () -> tensor<1x1x1x384xf32>
    %387 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %388 = tosa.mul %385, %386, %387 : (tensor<1x14x14x384xf32>, tensor<1x1x1x384xf32>, tensor<1xi8>) -> tensor<1x14x14x384xf32>
    %389 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x384xf32>}> : () -> tensor<1x1x1x384xf32>
    %390 = tosa.add %388, %389 : (tensor<1x14x14x384xf32>, tensor<1x1x1x384xf32>) -> tensor<1x14x14x384xf32>
    %391 = tosa.clamp %390 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x384xf32>) -> tensor<1x14x14x384xf32>
    %392 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %393 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %394 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x384xf32>}> : () -> tensor<128x1x1x384xf32>
    %395 = tosa.conv2d %391, %394, %393, %392, %392 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x384xf32>, tensor<128x1x1x384xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %396 = tosa.clamp %395 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %397 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %398 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %399 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %400 = tosa.conv2d %396, %399, %398, %397, %397 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %401 = tosa.concat %320, %336, %352, %368, %384, %400 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x416xf32>
    %402 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x416xf32>}> : () -> tensor<1x1x1x416xf32>
    %403 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %404 = tosa.mul %401, %402, %403 : (tensor<1x14x14x416xf32>, tensor<1x1x1x416xf32>, tensor<1xi8>) -> tensor<1x14x14x416xf32>
    %405 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x416xf32>}> : () -> tensor<1x1x1x416xf32>
    %406 = tosa.add %404, %405 : (tensor<1x14x14x416xf32>, tensor<1x1x1x416xf32>) -> tensor<1x14x14x416xf32>
    %407 = tosa.clamp %406 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x416xf32>) -> tensor<1x14x14x416xf32>
    %408 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %409 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %410 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x416xf32>}> : () -> tensor<128x1x1x416xf32>
    %411 = tosa.conv2d %407, %410, %409, %408, %408 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x416xf32>, tensor<128x1x1x416xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %412 = tosa.clamp %411 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %413 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %414 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %415 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %416 = tosa.conv2d %412, %415, %414, %413, %413 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %417 = tosa.concat %320, %336, %352, %368, %384, %400, %416 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x448xf32>
    %418 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x448xf32>}> : () -> tensor<1x1x1x448xf32>
    %419 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %420 = tosa.mul %417, %418, %419 : (tensor<1x14x14x448xf32>, tensor<1x1x1x448xf32>, tensor<1xi8>) -> tensor<1x14x14x448xf32>
    %421 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x448xf32>}> : () -> tensor<1x1x1x448xf32>
    %422 = tosa.add %420, %421 : (tensor<1x14x14x448xf32>, tensor<1x1x1x448xf32>) -> tensor<1x14x14x448xf32>
    %423 = tosa.clamp %422 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x448xf32>) -> tensor<1x14x14x448xf32>
    %424 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %425 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %426 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x448xf32>}> : () -> tensor<128x1x1x448xf32>
    %427 = tosa.conv2d %423, %426, %425, %424, %424 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x448xf32>, tensor<128x1x1x448xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %428 = tosa.clamp %427 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %429 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %430 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %431 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %432 = tosa.conv2d %428, %431, %430, %429, %429 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %433 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x480xf32>
    %434 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x480xf32>}> : () -> tensor<1x1x1x480xf32>
    %435 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %436 = tosa.mul %433, %434, %435 : (tensor<1x14x14x480xf32>, tensor<1x1x1x480xf32>, tensor<1xi8>) -> tensor<1x14x14x480xf32>
    %437 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x480xf32>}> : () -> tensor<1x1x1x480xf32>
    %438 = tosa.add %436, %437 : (tensor<1x14x14x480xf32>, tensor<1x1x1x480xf32>) -> tensor<1x14x14x480xf32>
    %439 = tosa.clamp %438 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x480xf32>) -> tensor<1x14x14x480xf32>
    %440 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %441 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %442 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x480xf32>}> : () -> tensor<128x1x1x480xf32>
    %443 = tosa.conv2d %439, %442, %441, %440, %440 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>, tensor<128x1x1x480xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %444 = tosa.clamp %443 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %445 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %446 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %447 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %448 = tosa.conv2d %444, %447, %446, %445, %445 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %449 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x512xf32>
    %450 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x512xf32>}> : () -> tensor<1x1x1x512xf32>
    %451 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %452 = tosa.mul %449, %450, %451 : (tensor<1x14x14x512xf32>, tensor<1x1x1x512xf32>, tensor<1xi8>) -> tensor<1x14x14x512xf32>
    %453 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x512xf32>}> : () -> tensor<1x1x1x512xf32>
    %454 = tosa.add %452, %453 : (tensor<1x14x14x512xf32>, tensor<1x1x1x512xf32>) -> tensor<1x14x14x512xf32>
    %455 = tosa.clamp %454 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x512xf32>) -> tensor<1x14x14x512xf32>
    %456 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %457 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %458 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x512xf32>}> : () -> tensor<128x1x1x512xf32>
    %459 = tosa.conv2d %455, %458, %457, %456, %456 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x512xf32>, tensor<128x1x1x512xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %460 = tosa.clamp %459 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %461 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %462 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %463 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %464 = tosa.conv2d %460, %463, %462, %461, %461 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %465 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448, %464 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x544xf32>
    %466 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x544xf32>}> : () -> tensor<1x1x1x544xf32>
    %467 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %468 = tosa.mul %465, %466, %467 : (tensor<1x14x14x544xf32>, tensor<1x1x1x544xf32>, tensor<1xi8>) -> tensor<1x14x14x544xf32>
    %469 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x544xf32>}> : () -> tensor<1x1x1x544xf32>
    %470 = tosa.add %468, %469 : (tensor<1x14x14x544xf32>, tensor<1x1x1x544xf32>) -> tensor<1x14x14x544xf32>
    %471 = tosa.clamp %470 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x544xf32>) -> tensor<1x14x14x544xf32>
    %472 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %473 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %474 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x544xf32>}> : () -> tensor<128x1x1x544xf32>
    %475 = tosa.conv2d %471, %474, %473, %472, %472 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x544xf32>, tensor<128x1x1x544xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %476 = tosa.clamp %475 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %477 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %478 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %479 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %480 = tosa.conv2d %476, %479, %478, %477, %477 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %481 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448, %464, %480 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x576xf32>
    %482 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x576xf32>}> : () -> tensor<1x1x1x576xf32>
    %483 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %484 = tosa.mul %481, %482, %483 : (tensor<1x14x14x576xf32>, tensor<1x1x1x576xf32>, tensor<1xi8>) -> tensor<1x14x14x576xf32>
    %485 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x576xf32>}> : () -> tensor<1x1x1x576xf32>
    %486 = tosa.add %484, %485 : (tensor<1x14x14x576xf32>, tensor<1x1x1x576xf32>) -> tensor<1x14x14x576xf32>
    %487 = tosa.clamp %486 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x576xf32>) -> tensor<1x14x14x576xf32>
    %488 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %489 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %490 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x576xf32>}> : () -> tensor<128x1x1x576xf32>
    %491 = tosa.conv2d %487, %490, %489, %488, %488 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x576xf32>, tensor<128x1x1x576xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %492 = tosa.clamp %491 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %493 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %494 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %495 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %496 = tosa.conv2d %492, %495, %494, %493, %493 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %497 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448, %464, %480, %496 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x608xf32>
    %498 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x608xf32>}> : () -> tensor<1x1x1x608xf32>
    %499 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %500 = tosa.mul %497, %498, %499 : (tensor<1x14x14x608xf32>, tensor<1x1x1x608xf32>, tensor<1xi8>) -> tensor<1x14x14x608xf32>
    %501 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x608xf32>}> : () -> tensor<1x1x1x608xf32>
    %502 = tosa.add %500, %501 : (tensor<1x14x14x608xf32>, tensor<1x1x1x608xf32>) -> tensor<1x14x14x608xf32>
    %503 = tosa.clamp %502 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x608xf32>) -> tensor<1x14x14x608xf32>
    %504 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %505 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %506 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x608xf32>}> : () -> tensor<128x1x1x608xf32>
    %507 = tosa.conv2d %503, %506, %505, %504, %504 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x608xf32>, tensor<128x1x1x608xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %508 = tosa.clamp %507 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %509 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %510 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %511 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %512 = tosa.conv2d %508, %511, %510, %509, %509 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %513 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448, %464, %480, %496, %512 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x640xf32>
    %514 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x640xf32>}> : () -> tensor<1x1x1x640xf32>
    %515 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %516 = tosa.mul %513, %514, %515 : (tensor<1x14x14x640xf32>, tensor<1x1x1x640xf32>, tensor<1xi8>) -> tensor<1x14x14x640xf32>
    %517 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x640xf32>}> : () -> tensor<1x1x1x640xf32>
    %518 = tosa.add %516, %517 : (tensor<1x14x14x640xf32>, tensor<1x1x1x640xf32>) -> tensor<1x14x14x640xf32>
    %519 = tosa.clamp %518 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x640xf32>) -> tensor<1x14x14x640xf32>
    %520 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %521 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %522 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x640xf32>}> : () -> tensor<128x1x1x640xf32>
    %523 = tosa.conv2d %519, %522, %521, %520, %520 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x640xf32>, tensor<128x1x1x640xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %524 = tosa.clamp %523 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %525 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %526 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %527 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %528 = tosa.conv2d %524, %527, %526, %525, %525 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %529 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448, %464, %480, %496, %512, %528 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x672xf32>
    %530 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x672xf32>}> : () -> tensor<1x1x1x672xf32>
    %531 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %532 = tosa.mul %529, %530, %531 : (tensor<1x14x14x672xf32>, tensor<1x1x1x672xf32>, tensor<1xi8>) -> tensor<1x14x14x672xf32>
    %533 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x672xf32>}> : () -> tensor<1x1x1x672xf32>
    %534 = tosa.add %532, %533 : (tensor<1x14x14x672xf32>, tensor<1x1x1x672xf32>) -> tensor<1x14x14x672xf32>
    %535 = tosa.clamp %534 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x672xf32>) -> tensor<1x14x14x672xf32>
    %536 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %537 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %538 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x672xf32>}> : () -> tensor<128x1x1x672xf32>
    %539 = tosa.conv2d %535, %538, %537, %536, %536 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x672xf32>, tensor<128x1x1x672xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %540 = tosa.clamp %539 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %541 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %542 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %543 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %544 = tosa.conv2d %540, %543, %542, %541, %541 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %545 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448, %464, %480, %496, %512, %528, %544 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x704xf32>
    %546 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x704xf32>}> : () -> tensor<1x1x1x704xf32>
    %547 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %548 = tosa.mul %545, %546, %547 : (tensor<1x14x14x704xf32>, tensor<1x1x1x704xf32>, tensor<1xi8>) -> tensor<1x14x14x704xf32>
    %549 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x704xf32>}> : () -> tensor<1x1x1x704xf32>
    %550 = tosa.add %548, %549 : (tensor<1x14x14x704xf32>, tensor<1x1x1x704xf32>) -> tensor<1x14x14x704xf32>
    %551 = tosa.clamp %550 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x704xf32>) -> tensor<1x14x14x704xf32>
    %552 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %553 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %554 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x704xf32>}> : () -> tensor<128x1x1x704xf32>
    %555 = tosa.conv2d %551, %554, %553, %552, %552 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x704xf32>, tensor<128x1x1x704xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %556 = tosa.clamp %555 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %557 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %558 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %559 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %560 = tosa.conv2d %556, %559, %558, %557, %557 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %561 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448, %464, %480, %496, %512, %528, %544, %560 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x736xf32>
    %562 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x736xf32>}> : () -> tensor<1x1x1x736xf32>
    %563 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %564 = tosa.mul %561, %562, %563 : (tensor<1x14x14x736xf32>, tensor<1x1x1x736xf32>, tensor<1xi8>) -> tensor<1x14x14x736xf32>
    %565 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x736xf32>}> : () -> tensor<1x1x1x736xf32>
    %566 = tosa.add %564, %565 : (tensor<1x14x14x736xf32>, tensor<1x1x1x736xf32>) -> tensor<1x14x14x736xf32>
    %567 = tosa.clamp %566 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x736xf32>) -> tensor<1x14x14x736xf32>
    %568 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %569 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %570 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x736xf32>}> : () -> tensor<128x1x1x736xf32>
    %571 = tosa.conv2d %567, %570, %569, %568, %568 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x736xf32>, tensor<128x1x1x736xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %572 = tosa.clamp %571 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %573 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %574 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %575 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %576 = tosa.conv2d %572, %575, %574, %573, %573 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %577 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448, %464, %480, %496, %512, %528, %544, %560, %576 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x768xf32>
    %578 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x768xf32>}> : () -> tensor<1x1x1x768xf32>
    %579 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %580 = tosa.mul %577, %578, %579 : (tensor<1x14x14x768xf32>, tensor<1x1x1x768xf32>, tensor<1xi8>) -> tensor<1x14x14x768xf32>
    %581 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x768xf32>}> : () -> tensor<1x1x1x768xf32>
    %582 = tosa.add %580, %581 : (tensor<1x14x14x768xf32>, tensor<1x1x1x768xf32>) -> tensor<1x14x14x768xf32>
    %583 = tosa.clamp %582 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x768xf32>) -> tensor<1x14x14x768xf32>
    %584 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %585 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %586 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x768xf32>}> : () -> tensor<128x1x1x768xf32>
    %587 = tosa.conv2d %583, %586, %585, %584, %584 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x768xf32>, tensor<128x1x1x768xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %588 = tosa.clamp %587 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %589 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %590 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %591 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %592 = tosa.conv2d %588, %591, %590, %589, %589 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %593 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448, %464, %480, %496, %512, %528, %544, %560, %576, %592 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x800xf32>
    %594 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x800xf32>}> : () -> tensor<1x1x1x800xf32>
    %595 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %596 = tosa.mul %593, %594, %595 : (tensor<1x14x14x800xf32>, tensor<1x1x1x800xf32>, tensor<1xi8>) -> tensor<1x14x14x800xf32>
    %597 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x800xf32>}> : () -> tensor<1x1x1x800xf32>
    %598 = tosa.add %596, %597 : (tensor<1x14x14x800xf32>, tensor<1x1x1x800xf32>) -> tensor<1x14x14x800xf32>
    %599 = tosa.clamp %598 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x800xf32>) -> tensor<1x14x14x800xf32>
    %600 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %601 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %602 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x800xf32>}> : () -> tensor<128x1x1x800xf32>
    %603 = tosa.conv2d %599, %602, %601, %600, %600 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x800xf32>, tensor<128x1x1x800xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %604 = tosa.clamp %603 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %605 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %606 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %607 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %608 = tosa.conv2d %604, %607, %606, %605, %605 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %609 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448, %464, %480, %496, %512, %528, %544, %560, %576, %592, %608 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x832xf32>
    %610 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x832xf32>}> : () -> tensor<1x1x1x832xf32>
    %611 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %612 = tosa.mul %609, %610, %611 : (tensor<1x14x14x832xf32>, tensor<1x1x1x832xf32>, tensor<1xi8>) -> tensor<1x14x14x832xf32>
    %613 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x832xf32>}> : () -> tensor<1x1x1x832xf32>
    %614 = tosa.add %612, %613 : (tensor<1x14x14x832xf32>, tensor<1x1x1x832xf32>) -> tensor<1x14x14x832xf32>
    %615 = tosa.clamp %614 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x832xf32>) -> tensor<1x14x14x832xf32>
    %616 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %617 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %618 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x832xf32>}> : () -> tensor<128x1x1x832xf32>
    %619 = tosa.conv2d %615, %618, %617, %616, %616 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x832xf32>, tensor<128x1x1x832xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %620 = tosa.clamp %619 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %621 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %622 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %623 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %624 = tosa.conv2d %620, %623, %622, %621, %621 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %625 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448, %464, %480, %496, %512, %528, %544, %560, %576, %592, %608, %624 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x864xf32>
    %626 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x864xf32>}> : () -> tensor<1x1x1x864xf32>
    %627 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %628 = tosa.mul %625, %626, %627 : (tensor<1x14x14x864xf32>, tensor<1x1x1x864xf32>, tensor<1xi8>) -> tensor<1x14x14x864xf32>
    %629 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x864xf32>}> : () -> tensor<1x1x1x864xf32>
    %630 = tosa.add %628, %629 : (tensor<1x14x14x864xf32>, tensor<1x1x1x864xf32>) -> tensor<1x14x14x864xf32>
    %631 = tosa.clamp %630 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x864xf32>) -> tensor<1x14x14x864xf32>
    %632 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %633 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %634 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x864xf32>}> : () -> tensor<128x1x1x864xf32>
    %635 = tosa.conv2d %631, %634, %633, %632, %632 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x864xf32>, tensor<128x1x1x864xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %636 = tosa.clamp %635 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %637 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %638 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %639 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %640 = tosa.conv2d %636, %639, %638, %637, %637 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %641 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448, %464, %480, %496, %512, %528, %544, %560, %576, %592, %608, %624, %640 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x896xf32>
    %642 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x896xf32>}> : () -> tensor<1x1x1x896xf32>
    %643 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %644 = tosa.mul %641, %642, %643 : (tensor<1x14x14x896xf32>, tensor<1x1x1x896xf32>, tensor<1xi8>) -> tensor<1x14x14x896xf32>
    %645 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x896xf32>}> : () -> tensor<1x1x1x896xf32>
    %646 = tosa.add %644, %645 : (tensor<1x14x14x896xf32>, tensor<1x1x1x896xf32>) -> tensor<1x14x14x896xf32>
    %647 = tosa.clamp %646 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x896xf32>) -> tensor<1x14x14x896xf32>
    %648 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %649 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %650 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x896xf32>}> : () -> tensor<128x1x1x896xf32>
    %651 = tosa.conv2d %647, %650, %649, %648, %648 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x896xf32>, tensor<128x1x1x896xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %652 = tosa.clamp %651 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %653 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %654 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %655 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %656 = tosa.conv2d %652, %655, %654, %653, %653 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %657 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448, %464, %480, %496, %512, %528, %544, %560, %576, %592, %608, %624, %640, %656 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x928xf32>
    %658 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x928xf32>}> : () -> tensor<1x1x1x928xf32>
    %659 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %660 = tosa.mul %657, %658, %659 : (tensor<1x14x14x928xf32>, tensor<1x1x1x928xf32>, tensor<1xi8>) -> tensor<1x14x14x928xf32>
    %661 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x928xf32>}> : () -> tensor<1x1x1x928xf32>
    %662 = tosa.add %660, %661 : (tensor<1x14x14x928xf32>, tensor<1x1x1x928xf32>) -> tensor<1x14x14x928xf32>
    %663 = tosa.clamp %662 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x928xf32>) -> tensor<1x14x14x928xf32>
    %664 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %665 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %666 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x928xf32>}> : () -> tensor<128x1x1x928xf32>
    %667 = tosa.conv2d %663, %666, %665, %664, %664 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x928xf32>, tensor<128x1x1x928xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %668 = tosa.clamp %667 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %669 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %670 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %671 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %672 = tosa.conv2d %668, %671, %670, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %673 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448, %464, %480, %496, %512, %528, %544, %560, %576, %592, %608, %624, %640, %656, %672 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x960xf32>
    %674 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x960xf32>}> : () -> tensor<1x1x1x960xf32>
    %675 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %676 = tosa.mul %673, %674, %675 : (tensor<1x14x14x960xf32>, tensor<1x1x1x960xf32>, tensor<1xi8>) -> tensor<1x14x14x960xf32>
    %677 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x960xf32>}> : () -> tensor<1x1x1x960xf32>
    %678 = tosa.add %676, %677 : (tensor<1x14x14x960xf32>, tensor<1x1x1x960xf32>) -> tensor<1x14x14x960xf32>
    %679 = tosa.clamp %678 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x960xf32>) -> tensor<1x14x14x960xf32>
    %680 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %681 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %682 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x960xf32>}> : () -> tensor<128x1x1x960xf32>
    %683 = tosa.conv2d %679, %682, %681, %680, %680 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x960xf32>, tensor<128x1x1x960xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %684 = tosa.clamp %683 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %685 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %686 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %687 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %688 = tosa.conv2d %684, %687, %686, %685, %685 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %689 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448, %464, %480, %496, %512, %528, %544, %560, %576, %592, %608, %624, %640, %656, %672, %688 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x992xf32>
    %690 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x992xf32>}> : () -> tensor<1x1x1x992xf32>
    %691 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %692 = tosa.mul %689, %690, %691 : (tensor<1x14x14x992xf32>, tensor<1x1x1x992xf32>, tensor<1xi8>) -> tensor<1x14x14x992xf32>
    %693 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x992xf32>}> : () -> tensor<1x1x1x992xf32>
    %694 = tosa.add %692, %693 : (tensor<1x14x14x992xf32>, tensor<1x1x1x992xf32>) -> tensor<1x14x14x992xf32>
    %695 = tosa.clamp %694 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x992xf32>) -> tensor<1x14x14x992xf32>
    %696 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %697 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %698 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x992xf32>}> : () -> tensor<128x1x1x992xf32>
    %699 = tosa.conv2d %695, %698, %697, %696, %696 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x992xf32>, tensor<128x1x1x992xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x128xf32>
    %700 = tosa.clamp %699 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x128xf32>) -> tensor<1x14x14x128xf32>
    %701 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %702 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %703 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %704 = tosa.conv2d %700, %703, %702, %701, %701 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x32xf32>
    %705 = tosa.concat %320, %336, %352, %368, %384, %400, %416, %432, %448, %464, %480, %496, %512, %528, %544, %560, %576, %592, %608, %624, %640, %656, %672, %688, %704 {axis = 3 : i32} : (tensor<1x14x14x256xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>, tensor<1x14x14x32xf32>) -> tensor<1x14x14x1024xf32>
    %706 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x1024xf32>}> : () -> tensor<1x1x1x1024xf32>
    %707 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %708 = tosa.mul %705, %706, %707 : (tensor<1x14x14x1024xf32>, tensor<1x1x1x1024xf32>, tensor<1xi8>) -> tensor<1x14x14x1024xf32>
    %709 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x1024xf32>}> : () -> tensor<1x1x1x1024xf32>
    %710 = tosa.add %708, %709 : (tensor<1x14x14x1024xf32>, tensor<1x1x1x1024xf32>) -> tensor<1x14x14x1024xf32>
    %711 = tosa.clamp %710 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x1024xf32>) -> tensor<1x14x14x1024xf32>
    %712 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %713 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<512xf32>}> : () -> tensor<512xf32>
    %714 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<512x1x1x1024xf32>}> : () -> tensor<512x1x1x1024xf32>
    %715 = tosa.conv2d %711, %714, %713, %712, %712 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x1024xf32>, tensor<512x1x1x1024xf32>, tensor<512xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x512xf32>
    %716 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %717 = tosa.avg_pool2d %715, %716, %716 {acc_type = f32, kernel = array<i64: 2, 2>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x512xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x512xf32>
    %718 = tosa.concat %717 {axis = 3 : i32} : (tensor<1x7x7x512xf32>) -> tensor<1x7x7x512xf32>
    %719 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x512xf32>}> : () -> tensor<1x1x1x512xf32>
    %720 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %721 = tosa.mul %718, %719, %720 : (tensor<1x7x7x512xf32>, tensor<1x1x1x512xf32>, tensor<1xi8>) -> tensor<1x7x7x512xf32>
    %722 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x512xf32>}> : () -> tensor<1x1x1x512xf32>
    %723 = tosa.add %721, %722 : (tensor<1x7x7x512xf32>, tensor<1x1x1x512xf32>) -> tensor<1x7x7x512xf32>
    %724 = tosa.clamp %723 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x512xf32>) -> tensor<1x7x7x512xf32>
    %725 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %726 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %727 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x512xf32>}> : () -> tensor<128x1x1x512xf32>
    %728 = tosa.conv2d %724, %727, %726, %725, %725 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x512xf32>, tensor<128x1x1x512xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %729 = tosa.clamp %728 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %730 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %731 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %732 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %733 = tosa.conv2d %729, %732, %731, %730, %730 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %734 = tosa.concat %717, %733 {axis = 3 : i32} : (tensor<1x7x7x512xf32>, tensor<1x7x7x32xf32>) -> tensor<1x7x7x544xf32>
    %735 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x544xf32>}> : () -> tensor<1x1x1x544xf32>
    %736 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %737 = tosa.mul %734, %735, %736 : (tensor<1x7x7x544xf32>, tensor<1x1x1x544xf32>, tensor<1xi8>) -> tensor<1x7x7x544xf32>
    %738 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x544xf32>}> : () -> tensor<1x1x1x544xf32>
    %739 = tosa.add %737, %738 : (tensor<1x7x7x544xf32>, tensor<1x1x1x544xf32>) -> tensor<1x7x7x544xf32>
    %740 = tosa.clamp %739 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x544xf32>) -> tensor<1x7x7x544xf32>
    %741 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %742 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %743 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x544xf32>}> : () -> tensor<128x1x1x544xf32>
    %744 = tosa.conv2d %740, %743, %742, %741, %741 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x544xf32>, tensor<128x1x1x544xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %745 = tosa.clamp %744 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %746 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %747 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %748 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %749 = tosa.conv2d %745, %748, %747, %746, %746 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %750 = tosa.concat %717, %733, %749 {axis = 3 : i32} : (tensor<1x7x7x512xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>) -> tensor<1x7x7x576xf32>
    %751 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x576xf32>}> : () -> tensor<1x1x1x576xf32>
    %752 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %753 = tosa.mul %750, %751, %752 : (tensor<1x7x7x576xf32>, tensor<1x1x1x576xf32>, tensor<1xi8>) -> tensor<1x7x7x576xf32>
    %754 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x576xf32>}> : () -> tensor<1x1x1x576xf32>
    %755 = tosa.add %753, %754 : (tensor<1x7x7x576xf32>, tensor<1x1x1x576xf32>) -> tensor<1x7x7x576xf32>
    %756 = tosa.clamp %755 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x576xf32>) -> tensor<1x7x7x576xf32>
    %757 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %758 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %759 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x576xf32>}> : () -> tensor<128x1x1x576xf32>
    %760 = tosa.conv2d %756, %759, %758, %757, %757 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x576xf32>, tensor<128x1x1x576xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %761 = tosa.clamp %760 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %762 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %763 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %764 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %765 = tosa.conv2d %761, %764, %763, %762, %762 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %766 = tosa.concat %717, %733, %749, %765 {axis = 3 : i32} : (tensor<1x7x7x512xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>) -> tensor<1x7x7x608xf32>
    %767 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x608xf32>}> : () -> tensor<1x1x1x608xf32>
    %768 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %769 = tosa.mul %766, %767, %768 : (tensor<1x7x7x608xf32>, tensor<1x1x1x608xf32>, tensor<1xi8>) -> tensor<1x7x7x608xf32>
    %770 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x608xf32>}> : () -> tensor<1x1x1x608xf32>
    %771 = tosa.add %769, %770 : (tensor<1x7x7x608xf32>, tensor<1x1x1x608xf32>) -> tensor<1x7x7x608xf32>
    %772 = tosa.clamp %771 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x608xf32>) -> tensor<1x7x7x608xf32>
    %773 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %774 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %775 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x608xf32>}> : () -> tensor<128x1x1x608xf32>
    %776 = tosa.conv2d %772, %775, %774, %773, %773 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x608xf32>, tensor<128x1x1x608xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %777 = tosa.clamp %776 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %778 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %779 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %780 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %781 = tosa.conv2d %777, %780, %779, %778, %778 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %782 = tosa.concat %717, %733, %749, %765, %781 {axis = 3 : i32} : (tensor<1x7x7x512xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>) -> tensor<1x7x7x640xf32>
    %783 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x640xf32>}> : () -> tensor<1x1x1x640xf32>
    %784 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %785 = tosa.mul %782, %783, %784 : (tensor<1x7x7x640xf32>, tensor<1x1x1x640xf32>, tensor<1xi8>) -> tensor<1x7x7x640xf32>
    %786 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x640xf32>}> : () -> tensor<1x1x1x640xf32>
    %787 = tosa.add %785, %786 : (tensor<1x7x7x640xf32>, tensor<1x1x1x640xf32>) -> tensor<1x7x7x640xf32>
    %788 = tosa.clamp %787 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x640xf32>) -> tensor<1x7x7x640xf32>
    %789 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %790 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %791 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x640xf32>}> : () -> tensor<128x1x1x640xf32>
    %792 = tosa.conv2d %788, %791, %790, %789, %789 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x640xf32>, tensor<128x1x1x640xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %793 = tosa.clamp %792 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %794 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %795 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %796 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %797 = tosa.conv2d %793, %796, %795, %794, %794 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %798 = tosa.concat %717, %733, %749, %765, %781, %797 {axis = 3 : i32} : (tensor<1x7x7x512xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>) -> tensor<1x7x7x672xf32>
    %799 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x672xf32>}> : () -> tensor<1x1x1x672xf32>
    %800 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %801 = tosa.mul %798, %799, %800 : (tensor<1x7x7x672xf32>, tensor<1x1x1x672xf32>, tensor<1xi8>) -> tensor<1x7x7x672xf32>
    %802 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x672xf32>}> : () -> tensor<1x1x1x672xf32>
    %803 = tosa.add %801, %802 : (tensor<1x7x7x672xf32>, tensor<1x1x1x672xf32>) -> tensor<1x7x7x672xf32>
    %804 = tosa.clamp %803 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x672xf32>) -> tensor<1x7x7x672xf32>
    %805 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %806 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %807 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x672xf32>}> : () -> tensor<128x1x1x672xf32>
    %808 = tosa.conv2d %804, %807, %806, %805, %805 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x672xf32>, tensor<128x1x1x672xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %809 = tosa.clamp %808 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %810 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %811 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %812 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %813 = tosa.conv2d %809, %812, %811, %810, %810 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %814 = tosa.concat %717, %733, %749, %765, %781, %797, %813 {axis = 3 : i32} : (tensor<1x7x7x512xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>) -> tensor<1x7x7x704xf32>
    %815 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x704xf32>}> : () -> tensor<1x1x1x704xf32>
    %816 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %817 = tosa.mul %814, %815, %816 : (tensor<1x7x7x704xf32>, tensor<1x1x1x704xf32>, tensor<1xi8>) -> tensor<1x7x7x704xf32>
    %818 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x704xf32>}> : () -> tensor<1x1x1x704xf32>
    %819 = tosa.add %817, %818 : (tensor<1x7x7x704xf32>, tensor<1x1x1x704xf32>) -> tensor<1x7x7x704xf32>
    %820 = tosa.clamp %819 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x704xf32>) -> tensor<1x7x7x704xf32>
    %821 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %822 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %823 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x704xf32>}> : () -> tensor<128x1x1x704xf32>
    %824 = tosa.conv2d %820, %823, %822, %821, %821 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x704xf32>, tensor<128x1x1x704xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %825 = tosa.clamp %824 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %826 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %827 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %828 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %829 = tosa.conv2d %825, %828, %827, %826, %826 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %830 = tosa.concat %717, %733, %749, %765, %781, %797, %813, %829 {axis = 3 : i32} : (tensor<1x7x7x512xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>) -> tensor<1x7x7x736xf32>
    %831 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x736xf32>}> : () -> tensor<1x1x1x736xf32>
    %832 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %833 = tosa.mul %830, %831, %832 : (tensor<1x7x7x736xf32>, tensor<1x1x1x736xf32>, tensor<1xi8>) -> tensor<1x7x7x736xf32>
    %834 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x736xf32>}> : () -> tensor<1x1x1x736xf32>
    %835 = tosa.add %833, %834 : (tensor<1x7x7x736xf32>, tensor<1x1x1x736xf32>) -> tensor<1x7x7x736xf32>
    %836 = tosa.clamp %835 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x736xf32>) -> tensor<1x7x7x736xf32>
    %837 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %838 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %839 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x736xf32>}> : () -> tensor<128x1x1x736xf32>
    %840 = tosa.conv2d %836, %839, %838, %837, %837 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x736xf32>, tensor<128x1x1x736xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %841 = tosa.clamp %840 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %842 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %843 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %844 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %845 = tosa.conv2d %841, %844, %843, %842, %842 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %846 = tosa.concat %717, %733, %749, %765, %781, %797, %813, %829, %845 {axis = 3 : i32} : (tensor<1x7x7x512xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>) -> tensor<1x7x7x768xf32>
    %847 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x768xf32>}> : () -> tensor<1x1x1x768xf32>
    %848 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %849 = tosa.mul %846, %847, %848 : (tensor<1x7x7x768xf32>, tensor<1x1x1x768xf32>, tensor<1xi8>) -> tensor<1x7x7x768xf32>
    %850 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x768xf32>}> : () -> tensor<1x1x1x768xf32>
    %851 = tosa.add %849, %850 : (tensor<1x7x7x768xf32>, tensor<1x1x1x768xf32>) -> tensor<1x7x7x768xf32>
    %852 = tosa.clamp %851 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x768xf32>) -> tensor<1x7x7x768xf32>
    %853 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %854 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %855 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x768xf32>}> : () -> tensor<128x1x1x768xf32>
    %856 = tosa.conv2d %852, %855, %854, %853, %853 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x768xf32>, tensor<128x1x1x768xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %857 = tosa.clamp %856 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %858 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %859 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %860 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %861 = tosa.conv2d %857, %860, %859, %858, %858 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %862 = tosa.concat %717, %733, %749, %765, %781, %797, %813, %829, %845, %861 {axis = 3 : i32} : (tensor<1x7x7x512xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>) -> tensor<1x7x7x800xf32>
    %863 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x800xf32>}> : () -> tensor<1x1x1x800xf32>
    %864 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %865 = tosa.mul %862, %863, %864 : (tensor<1x7x7x800xf32>, tensor<1x1x1x800xf32>, tensor<1xi8>) -> tensor<1x7x7x800xf32>
    %866 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x800xf32>}> : () -> tensor<1x1x1x800xf32>
    %867 = tosa.add %865, %866 : (tensor<1x7x7x800xf32>, tensor<1x1x1x800xf32>) -> tensor<1x7x7x800xf32>
    %868 = tosa.clamp %867 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x800xf32>) -> tensor<1x7x7x800xf32>
    %869 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %870 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %871 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x800xf32>}> : () -> tensor<128x1x1x800xf32>
    %872 = tosa.conv2d %868, %871, %870, %869, %869 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x800xf32>, tensor<128x1x1x800xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %873 = tosa.clamp %872 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %874 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %875 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %876 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %877 = tosa.conv2d %873, %876, %875, %874, %874 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %878 = tosa.concat %717, %733, %749, %765, %781, %797, %813, %829, %845, %861, %877 {axis = 3 : i32} : (tensor<1x7x7x512xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>) -> tensor<1x7x7x832xf32>
    %879 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x832xf32>}> : () -> tensor<1x1x1x832xf32>
    %880 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %881 = tosa.mul %878, %879, %880 : (tensor<1x7x7x832xf32>, tensor<1x1x1x832xf32>, tensor<1xi8>) -> tensor<1x7x7x832xf32>
    %882 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x832xf32>}> : () -> tensor<1x1x1x832xf32>
    %883 = tosa.add %881, %882 : (tensor<1x7x7x832xf32>, tensor<1x1x1x832xf32>) -> tensor<1x7x7x832xf32>
    %884 = tosa.clamp %883 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x832xf32>) -> tensor<1x7x7x832xf32>
    %885 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %886 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %887 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x832xf32>}> : () -> tensor<128x1x1x832xf32>
    %888 = tosa.conv2d %884, %887, %886, %885, %885 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x832xf32>, tensor<128x1x1x832xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %889 = tosa.clamp %888 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %890 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %891 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %892 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %893 = tosa.conv2d %889, %892, %891, %890, %890 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %894 = tosa.concat %717, %733, %749, %765, %781, %797, %813, %829, %845, %861, %877, %893 {axis = 3 : i32} : (tensor<1x7x7x512xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>) -> tensor<1x7x7x864xf32>
    %895 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x864xf32>}> : () -> tensor<1x1x1x864xf32>
    %896 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %897 = tosa.mul %894, %895, %896 : (tensor<1x7x7x864xf32>, tensor<1x1x1x864xf32>, tensor<1xi8>) -> tensor<1x7x7x864xf32>
    %898 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x864xf32>}> : () -> tensor<1x1x1x864xf32>
    %899 = tosa.add %897, %898 : (tensor<1x7x7x864xf32>, tensor<1x1x1x864xf32>) -> tensor<1x7x7x864xf32>
    %900 = tosa.clamp %899 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x864xf32>) -> tensor<1x7x7x864xf32>
    %901 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %902 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %903 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x864xf32>}> : () -> tensor<128x1x1x864xf32>
    %904 = tosa.conv2d %900, %903, %902, %901, %901 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x864xf32>, tensor<128x1x1x864xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %905 = tosa.clamp %904 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %906 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %907 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %908 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %909 = tosa.conv2d %905, %908, %907, %906, %906 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %910 = tosa.concat %717, %733, %749, %765, %781, %797, %813, %829, %845, %861, %877, %893, %909 {axis = 3 : i32} : (tensor<1x7x7x512xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>) -> tensor<1x7x7x896xf32>
    %911 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x896xf32>}> : () -> tensor<1x1x1x896xf32>
    %912 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %913 = tosa.mul %910, %911, %912 : (tensor<1x7x7x896xf32>, tensor<1x1x1x896xf32>, tensor<1xi8>) -> tensor<1x7x7x896xf32>
    %914 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x896xf32>}> : () -> tensor<1x1x1x896xf32>
    %915 = tosa.add %913, %914 : (tensor<1x7x7x896xf32>, tensor<1x1x1x896xf32>) -> tensor<1x7x7x896xf32>
    %916 = tosa.clamp %915 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x896xf32>) -> tensor<1x7x7x896xf32>
    %917 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %918 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %919 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x896xf32>}> : () -> tensor<128x1x1x896xf32>
    %920 = tosa.conv2d %916, %919, %918, %917, %917 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x896xf32>, tensor<128x1x1x896xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %921 = tosa.clamp %920 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %922 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %923 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %924 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %925 = tosa.conv2d %921, %924, %923, %922, %922 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %926 = tosa.concat %717, %733, %749, %765, %781, %797, %813, %829, %845, %861, %877, %893, %909, %925 {axis = 3 : i32} : (tensor<1x7x7x512xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>) -> tensor<1x7x7x928xf32>
    %927 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x928xf32>}> : () -> tensor<1x1x1x928xf32>
    %928 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %929 = tosa.mul %926, %927, %928 : (tensor<1x7x7x928xf32>, tensor<1x1x1x928xf32>, tensor<1xi8>) -> tensor<1x7x7x928xf32>
    %930 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x928xf32>}> : () -> tensor<1x1x1x928xf32>
    %931 = tosa.add %929, %930 : (tensor<1x7x7x928xf32>, tensor<1x1x1x928xf32>) -> tensor<1x7x7x928xf32>
    %932 = tosa.clamp %931 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x928xf32>) -> tensor<1x7x7x928xf32>
    %933 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %934 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %935 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x928xf32>}> : () -> tensor<128x1x1x928xf32>
    %936 = tosa.conv2d %932, %935, %934, %933, %933 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x928xf32>, tensor<128x1x1x928xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %937 = tosa.clamp %936 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %938 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %939 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %940 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %941 = tosa.conv2d %937, %940, %939, %938, %938 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %942 = tosa.concat %717, %733, %749, %765, %781, %797, %813, %829, %845, %861, %877, %893, %909, %925, %941 {axis = 3 : i32} : (tensor<1x7x7x512xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>) -> tensor<1x7x7x960xf32>
    %943 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x960xf32>}> : () -> tensor<1x1x1x960xf32>
    %944 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %945 = tosa.mul %942, %943, %944 : (tensor<1x7x7x960xf32>, tensor<1x1x1x960xf32>, tensor<1xi8>) -> tensor<1x7x7x960xf32>
    %946 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x960xf32>}> : () -> tensor<1x1x1x960xf32>
    %947 = tosa.add %945, %946 : (tensor<1x7x7x960xf32>, tensor<1x1x1x960xf32>) -> tensor<1x7x7x960xf32>
    %948 = tosa.clamp %947 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x960xf32>) -> tensor<1x7x7x960xf32>
    %949 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %950 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %951 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x960xf32>}> : () -> tensor<128x1x1x960xf32>
    %952 = tosa.conv2d %948, %951, %950, %949, %949 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x960xf32>, tensor<128x1x1x960xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %953 = tosa.clamp %952 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %954 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %955 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %956 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %957 = tosa.conv2d %953, %956, %955, %954, %954 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %958 = tosa.concat %717, %733, %749, %765, %781, %797, %813, %829, %845, %861, %877, %893, %909, %925, %941, %957 {axis = 3 : i32} : (tensor<1x7x7x512xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>) -> tensor<1x7x7x992xf32>
    %959 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x992xf32>}> : () -> tensor<1x1x1x992xf32>
    %960 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %961 = tosa.mul %958, %959, %960 : (tensor<1x7x7x992xf32>, tensor<1x1x1x992xf32>, tensor<1xi8>) -> tensor<1x7x7x992xf32>
    %962 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x992xf32>}> : () -> tensor<1x1x1x992xf32>
    %963 = tosa.add %961, %962 : (tensor<1x7x7x992xf32>, tensor<1x1x1x992xf32>) -> tensor<1x7x7x992xf32>
    %964 = tosa.clamp %963 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x992xf32>) -> tensor<1x7x7x992xf32>
    %965 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %966 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128xf32>}> : () -> tensor<128xf32>
    %967 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<128x1x1x992xf32>}> : () -> tensor<128x1x1x992xf32>
    %968 = tosa.conv2d %964, %967, %966, %965, %965 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x992xf32>, tensor<128x1x1x992xf32>, tensor<128xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x128xf32>
    %969 = tosa.clamp %968 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x128xf32>) -> tensor<1x7x7x128xf32>
    %970 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %971 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %972 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x128xf32>}> : () -> tensor<32x3x3x128xf32>
    %973 = tosa.conv2d %969, %972, %971, %970, %970 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x128xf32>, tensor<32x3x3x128xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x32xf32>
    %974 = tosa.concat %717, %733, %749, %765, %781, %797, %813, %829, %845, %861, %877, %893, %909, %925, %941, %957, %973 {axis = 3 : i32} : (tensor<1x7x7x512xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>, tensor<1x7x7x32xf32>) -> tensor<1x7x7x1024xf32>
    %975 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x1024xf32>}> : () -> tensor<1x1x1x1024xf32>
    %976 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %977 = tosa.mul %974, %975, %976 : (tensor<1x7x7x1024xf32>, tensor<1x1x1x1024xf32>, tensor<1xi8>) -> tensor<1x7x7x1024xf32>
    %978 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1x1x1024xf32>}> : () -> tensor<1x1x1x1024xf32>
    %979 = tosa.add %977, %978 : (tensor<1x7x7x1024xf32>, tensor<1x1x1x1024xf32>) -> tensor<1x7x7x1024xf32>
    %980 = tosa.clamp %979 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x1024xf32>) -> tensor<1x7x7x1024xf32>
    %981 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %982 = tosa.avg_pool2d %980, %981, %981 {acc_type = f32, kernel = array<i64: 7, 7>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x1024xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x1024xf32>
    %983 = tosa.const_shape  {values = dense<[1, 1024, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %984 = tosa.reshape %982, %983 : (tensor<1x1x1x1024xf32>, !tosa.shape<4>) -> tensor<1x1024x1x1xf32>
    %985 = tosa.const_shape  {values = dense<[1, 1024]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %986 = tosa.reshape %984, %985 : (tensor<1x1024x1x1xf32>, !tosa.shape<2>) -> tensor<1x1024xf32>
    %987 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1024x1000xf32>}> : () -> tensor<1024x1000xf32>
    %988 = tosa.const_shape  {values = dense<[1, 1, 1024]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %989 = tosa.reshape %986, %988 : (tensor<1x1024xf32>, !tosa.shape<3>) -> tensor<1x1x1024xf32>
    %990 = tosa.const_shape  {values = dense<[1, 1024, 1000]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %991 = tosa.reshape %987, %990 : (tensor<1024x1000xf32>, !tosa.shape<3>) -> tensor<1x1024x1000xf32>
    %992 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %993 = tosa.matmul %989, %991, %992, %992 : (tensor<1x1x1024xf32>, tensor<1x1024x1000xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1000xf32>
    %994 = tosa.const_shape  {values = dense<[1, 1000]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %995 = tosa.reshape %993, %994 : (tensor<1x1x1000xf32>, !tosa.shape<2>) -> tensor<1x1000xf32>
    %996 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1000xf32>}> : () -> tensor<1x1000xf32>
    %997 = tosa.add %995, %996 : (tensor<1x1000xf32>, tensor<1x1000xf32>) -> tensor<1x1000xf32>
    return %997 : tensor<1x1000xf32>
  }
}
