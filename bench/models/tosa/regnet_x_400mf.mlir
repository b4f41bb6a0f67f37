module {
  func.func @torch_jit(%arg0: tensor<1x3x224x224xf32> {onnx.name = "input"}) -> (tensor<1x1000xf32> {onnx.name = "output"}) {
    %0 = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %3 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x3xf32>}> : () -> tensor<32x3x3x3xf32>
    %4 = tosa.conv2d %0, %3, %2, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x224x224x3xf32>, tensor<32x3x3x3xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x32xf32>
    %5 = tosa.clamp %4 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x112x112x32xf32>) -> tensor<1x112x112x32xf32>
    %6 = tosa.const_shape  {values = dense<[1, 111, 111, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %7 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %8 = tosa.slice %5, %7, %6 : (tensor<1x112x112x32xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x111x111x32xf32>
    %9 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %10 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %11 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x32xf32>}> : () -> tensor<32x1x1x32xf32>
    %12 = tosa.conv2d %8, %11, %10, %9, %9 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x111x111x32xf32>, tensor<32x1x1x32xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x32xf32>
    %13 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %14 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %15 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x32xf32>}> : () -> tensor<32x1x1x32xf32>
    %16 = tosa.conv2d %5, %15, %14, %13, %13 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x112x112x32xf32>, tensor<32x1x1x32xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x32xf32>
    %17 = tosa.clamp %16 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x112x112x32xf32>) -> tensor<1x112x112x32xf32>
    %18 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %19 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %20 = tosa.const_shape  {values = dense<[1, 112, 112, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %21 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %22 = tosa.slice %17, %21, %20 : (tensor<1x112x112x32xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x112x112x16xf32>
    %23 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %24 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %25 = tosa.conv2d %22, %23, %24, %18, %18 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x112x112x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x16xf32>
    %26 = tosa.const_shape  {values = dense<[1, 112, 112, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %27 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %28 = tosa.slice %17, %27, %26 : (tensor<1x112x112x32xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x112x112x16xf32>
    %29 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %30 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %31 = tosa.conv2d %28, %29, %30, %18, %18 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x112x112x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x16xf32>
    %32 = tosa.concat %25, %31 {axis = 3 : i32} : (tensor<1x56x56x16xf32>, tensor<1x56x56x16xf32>) -> tensor<1x56x56x32xf32>
    %33 = tosa.clamp %32 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x32xf32>) -> tensor<1x56x56x32xf32>
    %34 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %35 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %36 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x32xf32>}> : () -> tensor<32x1x1x32xf32>
    %37 = tosa.conv2d %33, %36, %35, %34, %34 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x32xf32>, tensor<32x1x1x32xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x32xf32>
    %38 = tosa.add %12, %37 : (tensor<1x56x56x32xf32>, tensor<1x56x56x32xf32>) -> tensor<1x56x56x32xf32>
    %39 = tosa.clamp %38 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x32xf32>) -> tensor<1x56x56x32xf32>
    %40 = tosa.const_shape  {values = dense<[1, 55, 55, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %41 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %42 = tosa.slice %39, %41, %40 : (tensor<1x56x56x32xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x55x55x32xf32>
    %43 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %44 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %45 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x32xf32>}> : () -> tensor<64x1x1x32xf32>
    %46 = tosa.conv2d %42, %45, %44, %43, %43 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x55x55x32xf32>, tensor<64x1x1x32xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x64xf32>
    %47 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %48 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %49 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x32xf32>}> : () -> tensor<64x1x1x32xf32>
    %50 = tosa.conv2d %39, %49, %48, %47, %47 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x32xf32>, tensor<64x1x1x32xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x64xf32>
    %51 = tosa.clamp %50 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x56x56x64xf32>) -> tensor<1x56x56x64xf32>
    %52 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %53 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %54 = tosa.const_shape  {values = dense<[1, 56, 56, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %55 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %56 = tosa.slice %51, %55, %54 : (tensor<1x56x56x64xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x56x56x16xf32>
    %57 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %58 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %59 = tosa.conv2d %56, %57, %58, %52, %52 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x56x56x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x16xf32>
    %60 = tosa.const_shape  {values = dense<[1, 56, 56, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %61 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %62 = tosa.slice %51, %61, %60 : (tensor<1x56x56x64xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x56x56x16xf32>
    %63 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %64 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %65 = tosa.conv2d %62, %63, %64, %52, %52 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x56x56x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x16xf32>
    %66 = tosa.const_shape  {values = dense<[1, 56, 56, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %67 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %68 = tosa.slice %51, %67, %66 : (tensor<1x56x56x64xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x56x56x16xf32>
    %69 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %70 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %71 = tosa.conv2d %68, %69, %70, %52, %52 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x56x56x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x16xf32>
    %72 = tosa.const_shape  {values = dense<[1, 56, 56, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %73 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %74 = tosa.slice %51, %73, %72 : (tensor<1x56x56x64xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x56x56x16xf32>
    %75 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %76 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %77 = tosa.conv2d %74, %75, %76, %52, %52 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x56x56x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x16xf32>
    %78 = tosa.concat %59, %65, %71, %77 {axis = 3 : i32} : (tensor<1x28x28x16xf32>, tensor<1x28x28x16xf32>, tensor<1x28x28x16xf32>, tensor<1x28x28x16xf32>) -> tensor<1x28x28x64xf32>
    %79 = tosa.clamp %78 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x64xf32>) -> tensor<1x28x28x64xf32>
    %80 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %81 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %82 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x64xf32>}> : () -> tensor<64x1x1x64xf32>
    %83 = tosa.conv2d %79, %82, %81, %80, %80 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x64xf32>, tensor<64x1x1x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x64xf32>
    %84 = tosa.add %46, %83 : (tensor<1x28x28x64xf32>, tensor<1x28x28x64xf32>) -> tensor<1x28x28x64xf32>
    %85 = tosa.clamp %84 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x64xf32>) -> tensor<1x28x28x64xf32>
    %86 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %87 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %88 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x64xf32>}> : () -> tensor<64x1x1x64xf32>
    %89 = tosa.conv2d %85, %88, %87, %86, %86 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x64xf32>, tensor<64x1x1x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x64xf32>
    %90 = tosa.clamp %89 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x64xf32>) -> tensor<1x28x28x64xf32>
    %91 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %92 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %93 = tosa.const_shape  {values = dense<[1, 28, 28, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %94 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %95 = tosa.slice %90, %94, %93 : (tensor<1x28x28x64xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x28x28x16xf32>
    %96 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %97 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %98 = tosa.conv2d %95, %96, %97, %91, %91 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x16xf32>
    %99 = tosa.const_shape  {values = dense<[1, 28, 28, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %100 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %101 = tosa.slice %90, %100, %99 : (tensor<1x28x28x64xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x28x28x16xf32>
    %102 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %103 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %104 = tosa.conv2d %101, %102, %103, %91, %91 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x16xf32>
    %105 = tosa.const_shape  {values = dense<[1, 28, 28, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %106 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %107 = tosa.slice %90, %106, %105 : (tensor<1x28x28x64xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x28x28x16xf32>
    %108 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %109 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %110 = tosa.conv2d %107, %108, %109, %91, %91 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x16xf32>
    %111 = tosa.const_shape  {values = dense<[1, 28, 28, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %112 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %113 = tosa.slice %90, %112, %111 : (tensor<1x28x28x64xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x28x28x16xf32>
    %114 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %115 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %116 = tosa.conv2d %113, %114, %115, %91, %91 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x28x28x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x16xf32>
    %117 = tosa.concat %98, %104, %110, %116 {axis = 3 : i32} : (tensor<1x28x28x16xf32>, tensor<1x28x28x16xf32>, tensor<1x28x28x16xf32>, tensor<1x28x28x16xf32>) -> tensor<1x28x28x64xf32>
    %118 = tosa.clamp %117 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x64xf32>) -> tensor<1x28x28x64xf32>
    %119 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %120 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64xf32>}> : () -> tensor<64xf32>
    %121 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<64x1x1x64xf32>}> : () -> tensor<64x1x1x64xf32>
    %122 = tosa.conv2d %118, %121, %120, %119, %119 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x64xf32>, tensor<64x1x1x64xf32>, tensor<64xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x64xf32>
    %123 = tosa.add %85, %122 : (tensor<1x28x28x64xf32>, tensor<1x28x28x64xf32>) -> tensor<1x28x28x64xf32>
    %124 = tosa.clamp %123 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x64xf32>) -> tensor<1x28x28x64xf32>
    %125 = tosa.const_shape  {values = dense<[1, 27, 27, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %126 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %127 = tosa.slice %124, %126, %125 : (tensor<1x28x28x64xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x27x27x64xf32>
    %128 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %129 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %130 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x64xf32>}> : () -> tensor<160x1x1x64xf32>
    %131 = tosa.conv2d %127, %130, %129, %128, %128 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x27x27x64xf32>, tensor<160x1x1x64xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x160xf32>
    %132 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %133 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %134 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x64xf32>}> : () -> tensor<160x1x1x64xf32>
    %135 = tosa.conv2d %124, %134, %133, %132, %132 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x64xf32>, tensor<160x1x1x64xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x160xf32>
    %136 = tosa.clamp %135 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x28x28x160xf32>) -> tensor<1x28x28x160xf32>
    %137 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %138 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %139 = tosa.const_shape  {values = dense<[1, 28, 28, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %140 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %141 = tosa.slice %136, %140, %139 : (tensor<1x28x28x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x28x28x16xf32>
    %142 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %143 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %144 = tosa.conv2d %141, %142, %143, %137, %137 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %145 = tosa.const_shape  {values = dense<[1, 28, 28, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %146 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %147 = tosa.slice %136, %146, %145 : (tensor<1x28x28x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x28x28x16xf32>
    %148 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %149 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %150 = tosa.conv2d %147, %148, %149, %137, %137 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %151 = tosa.const_shape  {values = dense<[1, 28, 28, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %152 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %153 = tosa.slice %136, %152, %151 : (tensor<1x28x28x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x28x28x16xf32>
    %154 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %155 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %156 = tosa.conv2d %153, %154, %155, %137, %137 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %157 = tosa.const_shape  {values = dense<[1, 28, 28, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %158 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %159 = tosa.slice %136, %158, %157 : (tensor<1x28x28x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x28x28x16xf32>
    %160 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %161 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %162 = tosa.conv2d %159, %160, %161, %137, %137 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %163 = tosa.const_shape  {values = dense<[1, 28, 28, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %164 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %165 = tosa.slice %136, %164, %163 : (tensor<1x28x28x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x28x28x16xf32>
    %166 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %167 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %168 = tosa.conv2d %165, %166, %167, %137, %137 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %169 = tosa.const_shape  {values = dense<[1, 28, 28, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %170 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %171 = tosa.slice %136, %170, %169 : (tensor<1x28x28x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x28x28x16xf32>
    %172 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %173 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %174 = tosa.conv2d %171, %172, %173, %137, %137 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %175 = tosa.const_shape  {values = dense<[1, 28, 28, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %176 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %177 = tosa.slice %136, %176, %175 : (tensor<1x28x28x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x28x28x16xf32>
    %178 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %179 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %180 = tosa.conv2d %177, %178, %179, %137, %137 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %181 = tosa.const_shape  {values = dense<[1, 28, 28, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %182 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %183 = tosa.slice %136, %182, %181 : (tensor<1x28x28x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x28x28x16xf32>
    %184 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %185 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %186 = tosa.conv2d %183, %184, %185, %137, %137 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %187 = tosa.const_shape  {values = dense<[1, 28, 28, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %188 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %189 = tosa.slice %136, %188, %187 : (tensor<1x28x28x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x28x28x16xf32>
    %190 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %191 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %192 = tosa.conv2d %189, %190, %191, %137, %137 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %193 = tosa.const_shape  {values = dense<[1, 28, 28, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %194 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %195 = tosa.slice %136, %194, %193 : (tensor<1x28x28x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x28x28x16xf32>
    %196 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %197 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %198 = tosa.conv2d %195, %196, %197, %137, %137 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %199 = tosa.concat %144, %150, %156, %162, %168, %174, %180, %186, %192, %198 {axis = 3 : i32} : (tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>) -> tensor<1x14x14x160xf32>
    %200 = tosa.clamp %199 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %201 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %202 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %203 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x160xf32>}> : () -> tensor<160x1x1x160xf32>
    %204 = tosa.conv2d %200, %203, %202, %201, %201 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x160xf32>, tensor<160x1x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x160xf32>
    %205 = tosa.add %131, %204 : (tensor<1x14x14x160xf32>, tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %206 = tosa.clamp %205 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %207 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %208 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %209 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x160xf32>}> : () -> tensor<160x1x1x160xf32>
    %210 = tosa.conv2d %206, %209, %208, %207, %207 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x160xf32>, tensor<160x1x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x160xf32>
    %211 = tosa.clamp %210 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %212 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %213 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %214 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %215 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %216 = tosa.slice %211, %215, %214 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %217 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %218 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %219 = tosa.conv2d %216, %217, %218, %212, %212 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %220 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %221 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %222 = tosa.slice %211, %221, %220 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %223 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %224 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %225 = tosa.conv2d %222, %223, %224, %212, %212 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %226 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %227 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %228 = tosa.slice %211, %227, %226 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %229 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %230 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %231 = tosa.conv2d %228, %229, %230, %212, %212 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %232 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %233 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %234 = tosa.slice %211, %233, %232 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %235 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %236 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %237 = tosa.conv2d %234, %235, %236, %212, %212 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %238 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %239 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %240 = tosa.slice %211, %239, %238 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %241 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %242 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %243 = tosa.conv2d %240, %241, %242, %212, %212 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %244 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %245 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %246 = tosa.slice %211, %245, %244 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %247 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %248 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %249 = tosa.conv2d %246, %247, %248, %212, %212 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %250 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %251 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %252 = tosa.slice %211, %251, %250 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %253 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %254 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %255 = tosa.conv2d %252, %253, %254, %212, %212 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %256 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %257 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %258 = tosa.slice %211, %257, %256 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %259 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %260 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %261 = tosa.conv2d %258, %259, %260, %212, %212 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %262 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %263 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %264 = tosa.slice %211, %263, %262 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %265 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %266 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %267 = tosa.conv2d %264, %265, %266, %212, %212 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %268 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %269 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %270 = tosa.slice %211, %269, %268 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %271 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %272 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %273 = tosa.conv2d %270, %271, %272, %212, %212 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %274 = tosa.concat %219, %225, %231, %237, %243, %249, %255, %261, %267, %273 {axis = 3 : i32} : (tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>) -> tensor<1x14x14x160xf32>
    %275 = tosa.clamp %274 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %276 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %277 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %278 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x160xf32>}> : () -> tensor<160x1x1x160xf32>
    %279 = tosa.conv2d %275, %278, %277, %276, %276 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x160xf32>, tensor<160x1x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x160xf32>
    %280 = tosa.add %206, %279 : (tensor<1x14x14x160xf32>, tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %281 = tosa.clamp %280 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %282 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %283 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %284 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x160xf32>}> : () -> tensor<160x1x1x160xf32>
    %285 = tosa.conv2d %281, %284, %283, %282, %282 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x160xf32>, tensor<160x1x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x160xf32>
    %286 = tosa.clamp %285 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %287 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %288 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %289 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %290 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %291 = tosa.slice %286, %290, %289 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %292 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %293 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %294 = tosa.conv2d %291, %292, %293, %287, %287 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %295 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %296 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %297 = tosa.slice %286, %296, %295 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %298 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %299 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %300 = tosa.conv2d %297, %298, %299, %287, %287 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %301 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %302 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %303 = tosa.slice %286, %302, %301 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %304 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %305 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %306 = tosa.conv2d %303, %304, %305, %287, %287 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %307 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %308 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %309 = tosa.slice %286, %308, %307 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %310 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %311 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %312 = tosa.conv2d %309, %310, %311, %287, %287 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %313 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %314 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %315 = tosa.slice %286, %314, %313 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %316 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %317 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %318 = tosa.conv2d %315, %316, %317, %287, %287 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %319 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %320 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %321 = tosa.slice %286, %320, %319 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %322 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %323 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %324 = tosa.conv2d %321, %322, %323, %287, %287 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %325 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %326 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %327 = tosa.slice %286, %326, %325 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %328 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %329 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %330 = tosa.conv2d %327, %328, %329, %287, %287 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %331 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %332 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %333 = tosa.slice %286, %332, %331 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %334 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %335 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %336 = tosa.conv2d %333, %334, %335, %287, %287 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %337 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %338 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %339 = tosa.slice %286, %338, %337 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %340 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %341 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %342 = tosa.conv2d %339, %340, %341, %287, %287 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %343 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %344 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %345 = tosa.slice %286, %344, %343 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %346 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %347 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %348 = tosa.conv2d %345, %346, %347, %287, %287 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %349 = tosa.concat %294, %300, %306, %312, %318, %324, %330, %336, %342, %348 {axis = 3 : i32} : (tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>) -> tensor<1x14x14x160xf32>
    %350 = tosa.clamp %349 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %351 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %352 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %353 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x160xf32>}> : () -> tensor<160x1x1x160xf32>
    %354 = tosa.conv2d %350, %353, %352, %351, %351 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x160xf32>, tensor<160x1x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x160xf32>
    %355 = tosa.add %281, %354 : (tensor<1x14x14x160xf32>, tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %356 = tosa.clamp %355 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %357 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %358 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %359 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x160xf32>}> : () -> tensor<160x1x1x160xf32>
    %360 = tosa.conv2d %356, %359, %358, %357, %357 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x160xf32>, tensor<160x1x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x160xf32>
    %361 = tosa.clamp %360 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %362 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %363 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %364 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %365 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %366 = tosa.slice %361, %365, %364 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %367 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %368 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %369 = tosa.conv2d %366, %367, %368, %362, %362 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %370 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %371 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %372 = tosa.slice %361, %371, %370 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %373 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %374 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %375 = tosa.conv2d %372, %373, %374, %362, %362 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %376 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %377 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %378 = tosa.slice %361, %377, %376 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %379 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %380 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %381 = tosa.conv2d %378, %379, %380, %362, %362 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %382 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %383 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %384 = tosa.slice %361, %383, %382 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %385 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %386 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %387 = tosa.conv2d %384, %385, %386, %362, %362 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %388 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %389 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %390 = tosa.slice %361, %389, %388 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %391 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %392 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %393 = tosa.conv2d %390, %391, %392, %362, %362 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %394 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %395 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %396 = tosa.slice %361, %395, %394 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %397 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %398 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %399 = tosa.conv2d %396, %397, %398, %362, %362 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %400 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %401 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %402 = tosa.slice %361, %401, %400 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %403 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %404 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %405 = tosa.conv2d %402, %403, %404, %362, %362 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %406 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %407 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %408 = tosa.slice %361, %407, %406 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %409 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %410 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %411 = tosa.conv2d %408, %409, %410, %362, %362 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %412 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %413 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %414 = tosa.slice %361, %413, %412 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %415 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %416 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %417 = tosa.conv2d %414, %415, %416, %362, %362 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %418 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %419 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %420 = tosa.slice %361, %419, %418 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %421 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %422 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %423 = tosa.conv2d %420, %421, %422, %362, %362 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %424 = tosa.concat %369, %375, %381, %387, %393, %399, %405, %411, %417, %423 {axis = 3 : i32} : (tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>) -> tensor<1x14x14x160xf32>
    %425 = tosa.clamp %424 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %426 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %427 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %428 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x160xf32>}> : () -> tensor<160x1x1x160xf32>
    %429 = tosa.conv2d %425, %428, %427, %426, %426 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x160xf32>, tensor<160x1x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x160xf32>
    %430 = tosa.add %356, %429 : (tensor<1x14x14x160xf32>, tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %431 = tosa.clamp %430 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %432 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %433 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %434 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x160xf32>}> : () -> tensor<160x1x1x160xf32>
    %435 = tosa.conv2d %431, %434, %433, %432, %432 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x160xf32>, tensor<160x1x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x160xf32>
    %436 = tosa.clamp %435 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %437 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %438 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %439 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %440 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %441 = tosa.slice %436, %440, %439 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %442 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %443 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %444 = tosa.conv2d %441, %442, %443, %437, %437 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %445 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %446 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %447 = tosa.slice %436, %446, %445 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %448 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %449 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %450 = tosa.conv2d %447, %448, %449, %437, %437 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %451 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %452 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %453 = tosa.slice %436, %452, %451 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %454 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %455 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %456 = tosa.conv2d %453, %454, %455, %437, %437 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %457 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %458 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %459 = tosa.slice %436, %458, %457 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %460 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %461 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %462 = tosa.conv2d %459, %460, %461, %437, %437 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %463 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %464 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %465 = tosa.slice %436, %464, %463 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %466 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %467 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %468 = tosa.conv2d %465, %466, %467, %437, %437 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %469 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %470 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %471 = tosa.slice %436, %470, %469 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %472 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %473 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %474 = tosa.conv2d %471, %472, %473, %437, %437 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %475 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %476 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %477 = tosa.slice %436, %476, %475 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %478 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %479 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %480 = tosa.conv2d %477, %478, %479, %437, %437 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %481 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %482 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %483 = tosa.slice %436, %482, %481 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %484 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %485 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %486 = tosa.conv2d %483, %484, %485, %437, %437 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %487 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %488 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %489 = tosa.slice %436, %488, %487 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %490 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %491 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %492 = tosa.conv2d %489, %490, %491, %437, %437 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %493 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %494 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %495 = tosa.slice %436, %494, %493 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %496 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %497 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %498 = tosa.conv2d %495, %496, %497, %437, %437 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %499 = tosa.concat %444, %450, %456, %462, %468, %474, %480, %486, %492, %498 {axis = 3 : i32} : (tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>) -> tensor<1x14x14x160xf32>
    %500 = tosa.clamp %499 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %501 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %502 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %503 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x160xf32>}> : () -> tensor<160x1x1x160xf32>
    %504 = tosa.conv2d %500, %503, %502, %501, %501 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x160xf32>, tensor<160x1x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x160xf32>
    %505 = tosa.add %431, %504 : (tensor<1x14x14x160xf32>, tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %506 = tosa.clamp %505 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %507 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %508 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %509 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x160xf32>}> : () -> tensor<160x1x1x160xf32>
    %510 = tosa.conv2d %506, %509, %508, %507, %507 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x160xf32>, tensor<160x1x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x160xf32>
    %511 = tosa.clamp %510 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %512 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %513 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %514 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %515 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %516 = tosa.slice %511, %515, %514 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %517 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %518 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %519 = tosa.conv2d %516, %517, %518, %512, %512 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %520 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %521 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %522 = tosa.slice %511, %521, %520 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %523 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %524 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %525 = tosa.conv2d %522, %523, %524, %512, %512 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %526 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %527 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %528 = tosa.slice %511, %527, %526 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %529 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %530 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %531 = tosa.conv2d %528, %529, %530, %512, %512 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %532 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %533 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %534 = tosa.slice %511, %533, %532 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %535 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %536 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %537 = tosa.conv2d %534, %535, %536, %512, %512 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %538 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %539 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %540 = tosa.slice %511, %539, %538 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %541 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %542 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %543 = tosa.conv2d %540, %541, %542, %512, %512 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %544 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %545 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %546 = tosa.slice %511, %545, %544 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %547 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %548 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %549 = tosa.conv2d %546, %547, %548, %512, %512 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %550 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %551 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %552 = tosa.slice %511, %551, %550 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %553 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %554 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %555 = tosa.conv2d %552, %553, %554, %512, %512 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %556 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %557 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %558 = tosa.slice %511, %557, %556 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %559 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %560 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %561 = tosa.conv2d %558, %559, %560, %512, %512 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %562 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %563 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %564 = tosa.slice %511, %563, %562 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %565 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %566 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %567 = tosa.conv2d %564, %565, %566, %512, %512 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %568 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %569 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %570 = tosa.slice %511, %569, %568 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %571 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %572 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %573 = tosa.conv2d %570, %571, %572, %512, %512 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %574 = tosa.concat %519, %525, %531, %537, %543, %549, %555, %561, %567, %573 {axis = 3 : i32} : (tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>) -> tensor<1x14x14x160xf32>
    %575 = tosa.clamp %574 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %576 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %577 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %578 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x160xf32>}> : () -> tensor<160x1x1x160xf32>
    %579 = tosa.conv2d %575, %578, %577, %576, %576 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x160xf32>, tensor<160x1x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x160xf32>
    %580 = tosa.add %506, %579 : (tensor<1x14x14x160xf32>, tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %581 = tosa.clamp %580 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %582 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %583 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %584 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x160xf32>}> : () -> tensor<160x1x1x160xf32>
    %585 = tosa.conv2d %581, %584, %583, %582, %582 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x160xf32>, tensor<160x1x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x160xf32>
    %586 = tosa.clamp %585 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %587 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %588 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %589 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %590 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %591 = tosa.slice %586, %590, %589 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %592 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %593 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %594 = tosa.conv2d %591, %592, %593, %587, %587 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %595 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %596 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %597 = tosa.slice %586, %596, %595 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %598 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %599 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %600 = tosa.conv2d %597, %598, %599, %587, %587 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %601 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %602 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %603 = tosa.slice %586, %602, %601 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %604 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %605 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %606 = tosa.conv2d %603, %604, %605, %587, %587 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %607 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %608 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %609 = tosa.slice %586, %608, %607 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %610 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %611 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %612 = tosa.conv2d %609, %610, %611, %587, %587 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %613 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %614 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %615 = tosa.slice %586, %614, %613 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %616 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %617 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %618 = tosa.conv2d %615, %616, %617, %587, %587 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %619 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %620 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %621 = tosa.slice %586, %620, %619 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %622 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %623 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %624 = tosa.conv2d %621, %622, %623, %587, %587 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %625 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %626 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %627 = tosa.slice %586, %626, %625 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %628 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %629 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %630 = tosa.conv2d %627, %628, %629, %587, %587 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %631 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %632 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %633 = tosa.slice %586, %632, %631 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %634 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %635 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %636 = tosa.conv2d %633, %634, %635, %587, %587 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %637 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %638 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %639 = tosa.slice %586, %638, %637 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %640 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %641 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %642 = tosa.conv2d %639, %640, %641, %587, %587 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %643 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %644 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %645 = tosa.slice %586, %644, %643 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %646 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %647 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %648 = tosa.conv2d %645, %646, %647, %587, %587 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x16xf32>
    %649 = tosa.concat %594, %600, %606, %612, %618, %624, %630, %636, %642, %648 {axis = 3 : i32} : (tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>, tensor<1x14x14x16xf32>) -> tensor<1x14x14x160xf32>
    %650 = tosa.clamp %649 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %651 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %652 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160xf32>}> : () -> tensor<160xf32>
    %653 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<160x1x1x160xf32>}> : () -> tensor<160x1x1x160xf32>
    %654 = tosa.conv2d %650, %653, %652, %651, %651 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x160xf32>, tensor<160x1x1x160xf32>, tensor<160xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x160xf32>
    %655 = tosa.add %581, %654 : (tensor<1x14x14x160xf32>, tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %656 = tosa.clamp %655 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x160xf32>) -> tensor<1x14x14x160xf32>
    %657 = tosa.const_shape  {values = dense<[1, 13, 13, 160]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %658 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %659 = tosa.slice %656, %658, %657 : (tensor<1x14x14x160xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x13x13x160xf32>
    %660 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %661 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %662 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x160xf32>}> : () -> tensor<400x1x1x160xf32>
    %663 = tosa.conv2d %659, %662, %661, %660, %660 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 2, 2>} : (tensor<1x13x13x160xf32>, tensor<400x1x1x160xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %664 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %665 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %666 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x160xf32>}> : () -> tensor<400x1x1x160xf32>
    %667 = tosa.conv2d %656, %666, %665, %664, %664 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x160xf32>, tensor<400x1x1x160xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x400xf32>
    %668 = tosa.clamp %667 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x14x14x400xf32>) -> tensor<1x14x14x400xf32>
    %669 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %670 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %671 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %672 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %673 = tosa.slice %668, %672, %671 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %674 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %675 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %676 = tosa.conv2d %673, %674, %675, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %677 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %678 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %679 = tosa.slice %668, %678, %677 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %680 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %681 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %682 = tosa.conv2d %679, %680, %681, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %683 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %684 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %685 = tosa.slice %668, %684, %683 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %686 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %687 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %688 = tosa.conv2d %685, %686, %687, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %689 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %690 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %691 = tosa.slice %668, %690, %689 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %692 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %693 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %694 = tosa.conv2d %691, %692, %693, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %695 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %696 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %697 = tosa.slice %668, %696, %695 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %698 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %699 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %700 = tosa.conv2d %697, %698, %699, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %701 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %702 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %703 = tosa.slice %668, %702, %701 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %704 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %705 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %706 = tosa.conv2d %703, %704, %705, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %707 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %708 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %709 = tosa.slice %668, %708, %707 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %710 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %711 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %712 = tosa.conv2d %709, %710, %711, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %713 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %714 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %715 = tosa.slice %668, %714, %713 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %716 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %717 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %718 = tosa.conv2d %715, %716, %717, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %719 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %720 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %721 = tosa.slice %668, %720, %719 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %722 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %723 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %724 = tosa.conv2d %721, %722, %723, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %725 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %726 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %727 = tosa.slice %668, %726, %725 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %728 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %729 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %730 = tosa.conv2d %727, %728, %729, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %731 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %732 = tosa.const_shape  {values = dense<[0, 0, 0, 160]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %733 = tosa.slice %668, %732, %731 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %734 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %735 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %736 = tosa.conv2d %733, %734, %735, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %737 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %738 = tosa.const_shape  {values = dense<[0, 0, 0, 176]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %739 = tosa.slice %668, %738, %737 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %740 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %741 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %742 = tosa.conv2d %739, %740, %741, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %743 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %744 = tosa.const_shape  {values = dense<[0, 0, 0, 192]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %745 = tosa.slice %668, %744, %743 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %746 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %747 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %748 = tosa.conv2d %745, %746, %747, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %749 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %750 = tosa.const_shape  {values = dense<[0, 0, 0, 208]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %751 = tosa.slice %668, %750, %749 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %752 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %753 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %754 = tosa.conv2d %751, %752, %753, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %755 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %756 = tosa.const_shape  {values = dense<[0, 0, 0, 224]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %757 = tosa.slice %668, %756, %755 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %758 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %759 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %760 = tosa.conv2d %757, %758, %759, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %761 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %762 = tosa.const_shape  {values = dense<[0, 0, 0, 240]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %763 = tosa.slice %668, %762, %761 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %764 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %765 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %766 = tosa.conv2d %763, %764, %765, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %767 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %768 = tosa.const_shape  {values = dense<[0, 0, 0, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %769 = tosa.slice %668, %768, %767 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %770 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %771 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %772 = tosa.conv2d %769, %770, %771, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %773 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %774 = tosa.const_shape  {values = dense<[0, 0, 0, 272]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %775 = tosa.slice %668, %774, %773 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %776 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %777 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %778 = tosa.conv2d %775, %776, %777, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %779 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %780 = tosa.const_shape  {values = dense<[0, 0, 0, 288]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %781 = tosa.slice %668, %780, %779 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %782 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %783 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %784 = tosa.conv2d %781, %782, %783, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %785 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %786 = tosa.const_shape  {values = dense<[0, 0, 0, 304]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %787 = tosa.slice %668, %786, %785 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %788 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %789 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %790 = tosa.conv2d %787, %788, %789, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %791 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %792 = tosa.const_shape  {values = dense<[0, 0, 0, 320]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %793 = tosa.slice %668, %792, %791 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %794 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %795 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %796 = tosa.conv2d %793, %794, %795, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %797 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %798 = tosa.const_shape  {values = dense<[0, 0, 0, 336]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %799 = tosa.slice %668, %798, %797 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %800 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %801 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %802 = tosa.conv2d %799, %800, %801, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %803 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %804 = tosa.const_shape  {values = dense<[0, 0, 0, 352]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %805 = tosa.slice %668, %804, %803 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %806 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %807 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %808 = tosa.conv2d %805, %806, %807, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %809 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %810 = tosa.const_shape  {values = dense<[0, 0, 0, 368]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %811 = tosa.slice %668, %810, %809 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %812 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %813 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %814 = tosa.conv2d %811, %812, %813, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %815 = tosa.const_shape  {values = dense<[1, 14, 14, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %816 = tosa.const_shape  {values = dense<[0, 0, 0, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %817 = tosa.slice %668, %816, %815 : (tensor<1x14x14x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x14x14x16xf32>
    %818 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %819 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %820 = tosa.conv2d %817, %818, %819, %669, %669 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x14x14x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %821 = tosa.concat %676, %682, %688, %694, %700, %706, %712, %718, %724, %730, %736, %742, %748, %754, %760, %766, %772, %778, %784, %790, %796, %802, %808, %814, %820 {axis = 3 : i32} : (tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>) -> tensor<1x7x7x400xf32>
    %822 = tosa.clamp %821 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %823 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %824 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %825 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %826 = tosa.conv2d %822, %825, %824, %823, %823 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %827 = tosa.add %663, %826 : (tensor<1x7x7x400xf32>, tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %828 = tosa.clamp %827 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %829 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %830 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %831 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %832 = tosa.conv2d %828, %831, %830, %829, %829 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %833 = tosa.clamp %832 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %834 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %835 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %836 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %837 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %838 = tosa.slice %833, %837, %836 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %839 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %840 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %841 = tosa.conv2d %838, %839, %840, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %842 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %843 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %844 = tosa.slice %833, %843, %842 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %845 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %846 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %847 = tosa.conv2d %844, %845, %846, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %848 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %849 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %850 = tosa.slice %833, %849, %848 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %851 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %852 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %853 = tosa.conv2d %850, %851, %852, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %854 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %855 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %856 = tosa.slice %833, %855, %854 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %857 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %858 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %859 = tosa.conv2d %856, %857, %858, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %860 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %861 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %862 = tosa.slice %833, %861, %860 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %863 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %864 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %865 = tosa.conv2d %862, %863, %864, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %866 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %867 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %868 = tosa.slice %833, %867, %866 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %869 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %870 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %871 = tosa.conv2d %868, %869, %870, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %872 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %873 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %874 = tosa.slice %833, %873, %872 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %875 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %876 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %877 = tosa.conv2d %874, %875, %876, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %878 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %879 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %880 = tosa.slice %833, %879, %878 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %881 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %882 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %883 = tosa.conv2d %880, %881, %882, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %884 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %885 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %886 = tosa.slice %833, %885, %884 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %887 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %888 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %889 = tosa.conv2d %886, %887, %888, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %890 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %891 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %892 = tosa.slice %833, %891, %890 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %893 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %894 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %895 = tosa.conv2d %892, %893, %894, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %896 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %897 = tosa.const_shape  {values = dense<[0, 0, 0, 160]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %898 = tosa.slice %833, %897, %896 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %899 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %900 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %901 = tosa.conv2d %898, %899, %900, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %902 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %903 = tosa.const_shape  {values = dense<[0, 0, 0, 176]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %904 = tosa.slice %833, %903, %902 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %905 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %906 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %907 = tosa.conv2d %904, %905, %906, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %908 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %909 = tosa.const_shape  {values = dense<[0, 0, 0, 192]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %910 = tosa.slice %833, %909, %908 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %911 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %912 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %913 = tosa.conv2d %910, %911, %912, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %914 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %915 = tosa.const_shape  {values = dense<[0, 0, 0, 208]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %916 = tosa.slice %833, %915, %914 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %917 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %918 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %919 = tosa.conv2d %916, %917, %918, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %920 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %921 = tosa.const_shape  {values = dense<[0, 0, 0, 224]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %922 = tosa.slice %833, %921, %920 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %923 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %924 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %925 = tosa.conv2d %922, %923, %924, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %926 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %927 = tosa.const_shape  {values = dense<[0, 0, 0, 240]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %928 = tosa.slice %833, %927, %926 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %929 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %930 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %931 = tosa.conv2d %928, %929, %930, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %932 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %933 = tosa.const_shape  {values = dense<[0, 0, 0, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %934 = tosa.slice %833, %933, %932 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %935 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %936 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %937 = tosa.conv2d %934, %935, %936, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %938 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %939 = tosa.const_shape  {values = dense<[0, 0, 0, 272]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %940 = tosa.slice %833, %939, %938 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %941 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %942 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %943 = tosa.conv2d %940, %941, %942, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %944 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %945 = tosa.const_shape  {values = dense<[0, 0, 0, 288]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %946 = tosa.slice %833, %945, %944 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %947 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %948 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %949 = tosa.conv2d %946, %947, %948, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %950 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %951 = tosa.const_shape  {values = dense<[0, 0, 0, 304]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %952 = tosa.slice %833, %951, %950 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %953 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %954 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %955 = tosa.conv2d %952, %953, %954, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %956 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %957 = tosa.const_shape  {values = dense<[0, 0, 0, 320]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %958 = tosa.slice %833, %957, %956 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %959 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %960 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %961 = tosa.conv2d %958, %959, %960, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %962 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %963 = tosa.const_shape  {values = dense<[0, 0, 0, 336]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %964 = tosa.slice %833, %963, %962 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %965 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %966 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %967 = tosa.conv2d %964, %965, %966, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %968 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %969 = tosa.const_shape  {values = dense<[0, 0, 0, 352]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %970 = tosa.slice %833, %969, %968 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %971 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %972 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %973 = tosa.conv2d %970, %971, %972, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %974 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %975 = tosa.const_shape  {values = dense<[0, 0, 0, 368]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %976 = tosa.slice %833, %975, %974 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %977 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %978 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %979 = tosa.conv2d %976, %977, %978, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %980 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %981 = tosa.const_shape  {values = dense<[0, 0, 0, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %982 = tosa.slice %833, %981, %980 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %983 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %984 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %985 = tosa.conv2d %982, %983, %984, %834, %834 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %986 = tosa.concat %841, %847, %853, %859, %865, %871, %877, %883, %889, %895, %901, %907, %913, %919, %925, %931, %937, %943, %949, %955, %961, %967, %973, %979, %985 {axis = 3 : i32} : (tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>) -> tensor<1x7x7x400xf32>
    %987 = tosa.clamp %986 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %988 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %989 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %990 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %991 = tosa.conv2d %987, %990, %989, %988, %988 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %992 = tosa.add %828, %991 : (tensor<1x7x7x400xf32>, tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %993 = tosa.clamp %992 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %994 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %995 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %996 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %997 = tosa.conv2d %993, %996, %995, %994, %994 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %998 = tosa.clamp %997 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %999 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1000 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1001 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1002 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1003 = tosa.slice %998, %1002, %1001 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1004 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1005 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1006 = tosa.conv2d %1003, %1004, %1005, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1007 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1008 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1009 = tosa.slice %998, %1008, %1007 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1010 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1011 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1012 = tosa.conv2d %1009, %1010, %1011, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1013 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1014 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1015 = tosa.slice %998, %1014, %1013 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1016 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1017 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1018 = tosa.conv2d %1015, %1016, %1017, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1019 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1020 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1021 = tosa.slice %998, %1020, %1019 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1022 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1023 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1024 = tosa.conv2d %1021, %1022, %1023, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1025 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1026 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1027 = tosa.slice %998, %1026, %1025 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1028 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1029 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1030 = tosa.conv2d %1027, %1028, %1029, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1031 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1032 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1033 = tosa.slice %998, %1032, %1031 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1034 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1035 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1036 = tosa.conv2d %1033, %1034, %1035, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1037 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1038 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1039 = tosa.slice %998, %1038, %1037 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1040 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1041 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1042 = tosa.conv2d %1039, %1040, %1041, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1043 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1044 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1045 = tosa.slice %998, %1044, %1043 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1046 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1047 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1048 = tosa.conv2d %1045, %1046, %1047, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1049 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1050 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1051 = tosa.slice %998, %1050, %1049 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1052 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1053 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1054 = tosa.conv2d %1051, %1052, %1053, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1055 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1056 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1057 = tosa.slice %998, %1056, %1055 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1058 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1059 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1060 = tosa.conv2d %1057, %1058, %1059, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1061 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1062 = tosa.const_shape  {values = dense<[0, 0, 0, 160]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1063 = tosa.slice %998, %1062, %1061 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1064 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1065 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1066 = tosa.conv2d %1063, %1064, %1065, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1067 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1068 = tosa.const_shape  {values = dense<[0, 0, 0, 176]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1069 = tosa.slice %998, %1068, %1067 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1070 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1071 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1072 = tosa.conv2d %1069, %1070, %1071, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1073 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1074 = tosa.const_shape  {values = dense<[0, 0, 0, 192]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1075 = tosa.slice %998, %1074, %1073 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1076 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1077 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1078 = tosa.conv2d %1075, %1076, %1077, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1079 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1080 = tosa.const_shape  {values = dense<[0, 0, 0, 208]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1081 = tosa.slice %998, %1080, %1079 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1082 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1083 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1084 = tosa.conv2d %1081, %1082, %1083, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1085 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1086 = tosa.const_shape  {values = dense<[0, 0, 0, 224]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1087 = tosa.slice %998, %1086, %1085 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1088 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1089 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1090 = tosa.conv2d %1087, %1088, %1089, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1091 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1092 = tosa.const_shape  {values = dense<[0, 0, 0, 240]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1093 = tosa.slice %998, %1092, %1091 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1094 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1095 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1096 = tosa.conv2d %1093, %1094, %1095, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1097 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1098 = tosa.const_shape  {values = dense<[0, 0, 0, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1099 = tosa.slice %998, %1098, %1097 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1100 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1101 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1102 = tosa.conv2d %1099, %1100, %1101, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1103 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1104 = tosa.const_shape  {values = dense<[0, 0, 0, 272]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1105 = tosa.slice %998, %1104, %1103 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1106 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1107 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1108 = tosa.conv2d %1105, %1106, %1107, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1109 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1110 = tosa.const_shape  {values = dense<[0, 0, 0, 288]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1111 = tosa.slice %998, %1110, %1109 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1112 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1113 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1114 = tosa.conv2d %1111, %1112, %1113, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1115 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1116 = tosa.const_shape  {values = dense<[0, 0, 0, 304]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1117 = tosa.slice %998, %1116, %1115 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1118 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1119 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1120 = tosa.conv2d %1117, %1118, %1119, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1121 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1122 = tosa.const_shape  {values = dense<[0, 0, 0, 320]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1123 = tosa.slice %998, %1122, %1121 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1124 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1125 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1126 = tosa.conv2d %1123, %1124, %1125, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1127 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1128 = tosa.const_shape  {values = dense<[0, 0, 0, 336]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1129 = tosa.slice %998, %1128, %1127 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1130 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1131 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1132 = tosa.conv2d %1129, %1130, %1131, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1133 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1134 = tosa.const_shape  {values = dense<[0, 0, 0, 352]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1135 = tosa.slice %998, %1134, %1133 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1136 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1137 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1138 = tosa.conv2d %1135, %1136, %1137, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1139 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1140 = tosa.const_shape  {values = dense<[0, 0, 0, 368]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1141 = tosa.slice %998, %1140, %1139 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1142 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1143 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1144 = tosa.conv2d %1141, %1142, %1143, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1145 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1146 = tosa.const_shape  {values = dense<[0, 0, 0, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1147 = tosa.slice %998, %1146, %1145 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1148 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1149 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1150 = tosa.conv2d %1147, %1148, %1149, %999, %999 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1151 = tosa.concat %1006, %1012, %1018, %1024, %1030, %1036, %1042, %1048, %1054, %1060, %1066, %1072, %1078, %1084, %1090, %1096, %1102, %1108, %1114, %1120, %1126, %1132, %1138, %1144, %1150 {axis = 3 : i32} : (tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>) -> tensor<1x7x7x400xf32>
    %1152 = tosa.clamp %1151 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1153 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1154 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1155 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %1156 = tosa.conv2d %1152, %1155, %1154, %1153, %1153 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %1157 = tosa.add %993, %1156 : (tensor<1x7x7x400xf32>, tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1158 = tosa.clamp %1157 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1159 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1160 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1161 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %1162 = tosa.conv2d %1158, %1161, %1160, %1159, %1159 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %1163 = tosa.clamp %1162 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1164 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1165 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1166 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1167 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1168 = tosa.slice %1163, %1167, %1166 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1169 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1170 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1171 = tosa.conv2d %1168, %1169, %1170, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1172 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1173 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1174 = tosa.slice %1163, %1173, %1172 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1175 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1176 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1177 = tosa.conv2d %1174, %1175, %1176, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1178 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1179 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1180 = tosa.slice %1163, %1179, %1178 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1181 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1182 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1183 = tosa.conv2d %1180, %1181, %1182, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1184 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1185 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1186 = tosa.slice %1163, %1185, %1184 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1187 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1188 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1189 = tosa.conv2d %1186, %1187, %1188, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1190 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1191 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1192 = tosa.slice %1163, %1191, %1190 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1193 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1194 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1195 = tosa.conv2d %1192, %1193, %1194, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1196 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1197 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1198 = tosa.slice %1163, %1197, %1196 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1199 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1200 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1201 = tosa.conv2d %1198, %1199, %1200, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1202 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1203 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1204 = tosa.slice %1163, %1203, %1202 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1205 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1206 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1207 = tosa.conv2d %1204, %1205, %1206, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1208 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1209 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1210 = tosa.slice %1163, %1209, %1208 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1211 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1212 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1213 = tosa.conv2d %1210, %1211, %1212, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1214 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1215 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1216 = tosa.slice %1163, %1215, %1214 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1217 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1218 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1219 = tosa.conv2d %1216, %1217, %1218, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1220 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1221 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1222 = tosa.slice %1163, %1221, %1220 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1223 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1224 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1225 = tosa.conv2d %1222, %1223, %1224, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1226 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1227 = tosa.const_shape  {values = dense<[0, 0, 0, 160]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1228 = tosa.slice %1163, %1227, %1226 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1229 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1230 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1231 = tosa.conv2d %1228, %1229, %1230, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1232 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1233 = tosa.const_shape  {values = dense<[0, 0, 0, 176]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1234 = tosa.slice %1163, %1233, %1232 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1235 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1236 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1237 = tosa.conv2d %1234, %1235, %1236, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1238 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1239 = tosa.const_shape  {values = dense<[0, 0, 0, 192]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1240 = tosa.slice %1163, %1239, %1238 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1241 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1242 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1243 = tosa.conv2d %1240, %1241, %1242, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1244 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1245 = tosa.const_shape  {values = dense<[0, 0, 0, 208]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1246 = tosa.slice %1163, %1245, %1244 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1247 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1248 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1249 = tosa.conv2d %1246, %1247, %1248, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1250 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1251 = tosa.const_shape  {values = dense<[0, 0, 0, 224]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1252 = tosa.slice %1163, %1251, %1250 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1253 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1254 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1255 = tosa.conv2d %1252, %1253, %1254, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1256 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1257 = tosa.const_shape  {values = dense<[0, 0, 0, 240]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1258 = tosa.slice %1163, %1257, %1256 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1259 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1260 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1261 = tosa.conv2d %1258, %1259, %1260, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1262 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1263 = tosa.const_shape  {values = dense<[0, 0, 0, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1264 = tosa.slice %1163, %1263, %1262 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1265 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1266 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1267 = tosa.conv2d %1264, %1265, %1266, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1268 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1269 = tosa.const_shape  {values = dense<[0, 0, 0, 272]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1270 = tosa.slice %1163, %1269, %1268 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1271 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1272 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1273 = tosa.conv2d %1270, %1271, %1272, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1274 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1275 = tosa.const_shape  {values = dense<[0, 0, 0, 288]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1276 = tosa.slice %1163, %1275, %1274 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1277 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1278 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1279 = tosa.conv2d %1276, %1277, %1278, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1280 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1281 = tosa.const_shape  {values = dense<[0, 0, 0, 304]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1282 = tosa.slice %1163, %1281, %1280 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1283 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1284 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1285 = tosa.conv2d %1282, %1283, %1284, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1286 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1287 = tosa.const_shape  {values = dense<[0, 0, 0, 320]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1288 = tosa.slice %1163, %1287, %1286 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1289 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1290 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1291 = tosa.conv2d %1288, %1289, %1290, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1292 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1293 = tosa.const_shape  {values = dense<[0, 0, 0, 336]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1294 = tosa.slice %1163, %1293, %1292 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1295 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1296 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1297 = tosa.conv2d %1294, %1295, %1296, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1298 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1299 = tosa.const_shape  {values = dense<[0, 0, 0, 352]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1300 = tosa.slice %1163, %1299, %1298 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1301 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1302 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1303 = tosa.conv2d %1300, %1301, %1302, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1304 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1305 = tosa.const_shape  {values = dense<[0, 0, 0, 368]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1306 = tosa.slice %1163, %1305, %1304 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1307 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1308 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1309 = tosa.conv2d %1306, %1307, %1308, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1310 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1311 = tosa.const_shape  {values = dense<[0, 0, 0, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1312 = tosa.slice %1163, %1311, %1310 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1313 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1314 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1315 = tosa.conv2d %1312, %1313, %1314, %1164, %1164 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1316 = tosa.concat %1171, %1177, %1183, %1189, %1195, %1201, %1207, %1213, %1219, %1225, %1231, %1237, %1243, %1249, %1255, %1261, %1267, %1273, %1279, %1285, %1291, %1297, %1303, %1309, %1315 {axis = 3 : i32} : (tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>) -> tensor<1x7x7x400xf32>
    %1317 = tosa.clamp %1316 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1318 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1319 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1320 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %1321 = tosa.conv2d %1317, %1320, %1319, %1318, %1318 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %1322 = tosa.add %1158, %1321 : (tensor<1x7x7x400xf32>, tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1323 = tosa.clamp %1322 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1324 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1325 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1326 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %1327 = tosa.conv2d %1323, %1326, %1325, %1324, %1324 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %1328 = tosa.clamp %1327 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1329 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1330 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1331 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1332 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1333 = tosa.slice %1328, %1332, %1331 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1334 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1335 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1336 = tosa.conv2d %1333, %1334, %1335, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1337 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1338 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1339 = tosa.slice %1328, %1338, %1337 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1340 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1341 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1342 = tosa.conv2d %1339, %1340, %1341, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1343 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1344 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1345 = tosa.slice %1328, %1344, %1343 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1346 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1347 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1348 = tosa.conv2d %1345, %1346, %1347, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1349 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1350 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1351 = tosa.slice %1328, %1350, %1349 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1352 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1353 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1354 = tosa.conv2d %1351, %1352, %1353, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1355 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1356 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1357 = tosa.slice %1328, %1356, %1355 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1358 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1359 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1360 = tosa.conv2d %1357, %1358, %1359, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1361 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1362 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1363 = tosa.slice %1328, %1362, %1361 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1364 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1365 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1366 = tosa.conv2d %1363, %1364, %1365, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1367 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1368 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1369 = tosa.slice %1328, %1368, %1367 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1370 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1371 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1372 = tosa.conv2d %1369, %1370, %1371, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1373 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1374 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1375 = tosa.slice %1328, %1374, %1373 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1376 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1377 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1378 = tosa.conv2d %1375, %1376, %1377, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1379 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1380 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1381 = tosa.slice %1328, %1380, %1379 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1382 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1383 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1384 = tosa.conv2d %1381, %1382, %1383, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1385 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1386 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1387 = tosa.slice %1328, %1386, %1385 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1388 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1389 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1390 = tosa.conv2d %1387, %1388, %1389, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1391 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1392 = tosa.const_shape  {values = dense<[0, 0, 0, 160]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1393 = tosa.slice %1328, %1392, %1391 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1394 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1395 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1396 = tosa.conv2d %1393, %1394, %1395, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1397 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1398 = tosa.const_shape  {values = dense<[0, 0, 0, 176]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1399 = tosa.slice %1328, %1398, %1397 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1400 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1401 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1402 = tosa.conv2d %1399, %1400, %1401, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1403 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1404 = tosa.const_shape  {values = dense<[0, 0, 0, 192]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1405 = tosa.slice %1328, %1404, %1403 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1406 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1407 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1408 = tosa.conv2d %1405, %1406, %1407, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1409 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1410 = tosa.const_shape  {values = dense<[0, 0, 0, 208]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1411 = tosa.slice %1328, %1410, %1409 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1412 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1413 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1414 = tosa.conv2d %1411, %1412, %1413, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1415 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1416 = tosa.const_shape  {values = dense<[0, 0, 0, 224]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1417 = tosa.slice %1328, %1416, %1415 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1418 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1419 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1420 = tosa.conv2d %1417, %1418, %1419, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1421 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1422 = tosa.const_shape  {values = dense<[0, 0, 0, 240]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1423 = tosa.slice %1328, %1422, %1421 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1424 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1425 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1426 = tosa.conv2d %1423, %1424, %1425, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1427 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1428 = tosa.const_shape  {values = dense<[0, 0, 0, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1429 = tosa.slice %1328, %1428, %1427 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1430 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1431 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1432 = tosa.conv2d %1429, %1430, %1431, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1433 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1434 = tosa.const_shape  {values = dense<[0, 0, 0, 272]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1435 = tosa.slice %1328, %1434, %1433 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1436 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1437 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1438 = tosa.conv2d %1435, %1436, %1437, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1439 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1440 = tosa.const_shape  {values = dense<[0, 0, 0, 288]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1441 = tosa.slice %1328, %1440, %1439 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1442 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1443 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1444 = tosa.conv2d %1441, %1442, %1443, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1445 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1446 = tosa.const_shape  {values = dense<[0, 0, 0, 304]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1447 = tosa.slice %1328, %1446, %1445 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1448 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1449 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1450 = tosa.conv2d %1447, %1448, %1449, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1451 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1452 = tosa.const_shape  {values = dense<[0, 0, 0, 320]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1453 = tosa.slice %1328, %1452, %1451 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1454 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1455 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1456 = tosa.conv2d %1453, %1454, %1455, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1457 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1458 = tosa.const_shape  {values = dense<[0, 0, 0, 336]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1459 = tosa.slice %1328, %1458, %1457 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1460 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1461 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1462 = tosa.conv2d %1459, %1460, %1461, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1463 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1464 = tosa.const_shape  {values = dense<[0, 0, 0, 352]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1465 = tosa.slice %1328, %1464, %1463 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1466 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1467 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1468 = tosa.conv2d %1465, %1466, %1467, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1469 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1470 = tosa.const_shape  {values = dense<[0, 0, 0, 368]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1471 = tosa.slice %1328, %1470, %1469 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1472 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1473 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1474 = tosa.conv2d %1471, %1472, %1473, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1475 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1476 = tosa.const_shape  {values = dense<[0, 0, 0, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1477 = tosa.slice %1328, %1476, %1475 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1478 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1479 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1480 = tosa.conv2d %1477, %1478, %1479, %1329, %1329 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1481 = tosa.concat %1336, %1342, %1348, %1354, %1360, %1366, %1372, %1378, %1384, %1390, %1396, %1402, %1408, %1414, %1420, %1426, %1432, %1438, %1444, %1450, %1456, %1462, %1468, %1474, %1480 {axis = 3 : i32} : (tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>) -> tensor<1x7x7x400xf32>
    %1482 = tosa.clamp %1481 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1483 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1484 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1485 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %1486 = tosa.conv2d %1482, %1485, %1484, %1483, %1483 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %1487 = tosa.add %1323, %1486 : (tensor<1x7x7x400xf32>, tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1488 = tosa.clamp %1487 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1489 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1490 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1491 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %1492 = tosa.conv2d %1488, %1491, %1490, %1489, %1489 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %1493 = tosa.clamp %1492 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1494 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1495 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1496 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1497 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1498 = tosa.slice %1493, %1497, %1496 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1499 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1500 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1501 = tosa.conv2d %1498, %1499, %1500, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1502 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1503 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1504 = tosa.slice %1493, %1503, %1502 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1505 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1506 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1507 = tosa.conv2d %1504, %1505, %1506, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1508 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1509 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1510 = tosa.slice %1493, %1509, %1508 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1511 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1512 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1513 = tosa.conv2d %1510, %1511, %1512, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1514 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1515 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1516 = tosa.slice %1493, %1515, %1514 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1517 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1518 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1519 = tosa.conv2d %1516, %1517, %1518, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1520 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1521 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1522 = tosa.slice %1493, %1521, %1520 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1523 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1524 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1525 = tosa.conv2d %1522, %1523, %1524, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1526 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1527 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1528 = tosa.slice %1493, %1527, %1526 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1529 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1530 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1531 = tosa.conv2d %1528, %1529, %1530, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1532 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1533 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1534 = tosa.slice %1493, %1533, %1532 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1535 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1536 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1537 = tosa.conv2d %1534, %1535, %1536, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1538 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1539 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1540 = tosa.slice %1493, %1539, %1538 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1541 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1542 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1543 = tosa.conv2d %1540, %1541, %1542, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1544 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1545 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1546 = tosa.slice %1493, %1545, %1544 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1547 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1548 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1549 = tosa.conv2d %1546, %1547, %1548, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1550 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1551 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1552 = tosa.slice %1493, %1551, %1550 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1553 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1554 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1555 = tosa.conv2d %1552, %1553, %1554, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1556 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1557 = tosa.const_shape  {values = dense<[0, 0, 0, 160]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1558 = tosa.slice %1493, %1557, %1556 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1559 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1560 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1561 = tosa.conv2d %1558, %1559, %1560, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1562 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1563 = tosa.const_shape  {values = dense<[0, 0, 0, 176]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1564 = tosa.slice %1493, %1563, %1562 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1565 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1566 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1567 = tosa.conv2d %1564, %1565, %1566, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1568 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1569 = tosa.const_shape  {values = dense<[0, 0, 0, 192]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1570 = tosa.slice %1493, %1569, %1568 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1571 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1572 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1573 = tosa.conv2d %1570, %1571, %1572, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1574 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1575 = tosa.const_shape  {values = dense<[0, 0, 0, 208]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1576 = tosa.slice %1493, %1575, %1574 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1577 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1578 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1579 = tosa.conv2d %1576, %1577, %1578, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1580 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1581 = tosa.const_shape  {values = dense<[0, 0, 0, 224]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1582 = tosa.slice %1493, %1581, %1580 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1583 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1584 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1585 = tosa.conv2d %1582, %1583, %1584, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1586 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1587 = tosa.const_shape  {values = dense<[0, 0, 0, 240]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1588 = tosa.slice %1493, %1587, %1586 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1589 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1590 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1591 = tosa.conv2d %1588, %1589, %1590, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1592 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1593 = tosa.const_shape  {values = dense<[0, 0, 0, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1594 = tosa.slice %1493, %1593, %1592 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1595 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1596 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1597 = tosa.conv2d %1594, %1595, %1596, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1598 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1599 = tosa.const_shape  {values = dense<[0, 0, 0, 272]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1600 = tosa.slice %1493, %1599, %1598 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1601 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1602 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1603 = tosa.conv2d %1600, %1601, %1602, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1604 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1605 = tosa.const_shape  {values = dense<[0, 0, 0, 288]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1606 = tosa.slice %1493, %1605, %1604 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1607 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1608 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1609 = tosa.conv2d %1606, %1607, %1608, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1610 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1611 = tosa.const_shape  {values = dense<[0, 0, 0, 304]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1612 = tosa.slice %1493, %1611, %1610 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1613 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1614 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1615 = tosa.conv2d %1612, %1613, %1614, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1616 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1617 = tosa.const_shape  {values = dense<[0, 0, 0, 320]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1618 = tosa.slice %1493, %1617, %1616 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1619 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1620 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1621 = tosa.conv2d %1618, %1619, %1620, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1622 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1623 = tosa.const_shape  {values = dense<[0, 0, 0, 336]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1624 = tosa.slice %1493, %1623, %1622 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1625 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1626 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1627 = tosa.conv2d %1624, %1625, %1626, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1628 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1629 = tosa.const_shape  {values = dense<[0, 0, 0, 352]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1630 = tosa.slice %1493, %1629, %1628 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1631 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1632 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1633 = tosa.conv2d %1630, %1631, %1632, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1634 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1635 = tosa.const_shape  {values = dense<[0, 0, 0, 368]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1636 = tosa.slice %1493, %1635, %1634 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1637 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1638 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1639 = tosa.conv2d %1636, %1637, %1638, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1640 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1641 = tosa.const_shape  {values = dense<[0, 0, 0, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1642 = tosa.slice %1493, %1641, %1640 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1643 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1644 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1645 = tosa.conv2d %1642, %1643, %1644, %1494, %1494 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1646 = tosa.concat %1501, %1507, %1513, %1519, %1525, %1531, %1537, %1543, %1549, %1555, %1561, %1567, %1573, %1579, %1585, %1591, %1597, %1603, %1609, %1615, %1621, %1627, %1633, %1639, %1645 {axis = 3 : i32} : (tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>) -> tensor<1x7x7x400xf32>
    %1647 = tosa.clamp %1646 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1648 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1649 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1650 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %1651 = tosa.conv2d %1647, %1650, %1649, %1648, %1648 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %1652 = tosa.add %1488, %1651 : (tensor<1x7x7x400xf32>, tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1653 = tosa.clamp %1652 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1654 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1655 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1656 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %1657 = tosa.conv2d %1653, %1656, %1655, %1654, %1654 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %1658 = tosa.clamp %1657 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1659 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1660 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1661 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1662 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1663 = tosa.slice %1658, %1662, %1661 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1664 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1665 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1666 = tosa.conv2d %1663, %1664, %1665, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1667 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1668 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1669 = tosa.slice %1658, %1668, %1667 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1670 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1671 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1672 = tosa.conv2d %1669, %1670, %1671, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1673 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1674 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1675 = tosa.slice %1658, %1674, %1673 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1676 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1677 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1678 = tosa.conv2d %1675, %1676, %1677, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1679 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1680 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1681 = tosa.slice %1658, %1680, %1679 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1682 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1683 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1684 = tosa.conv2d %1681, %1682, %1683, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1685 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1686 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1687 = tosa.slice %1658, %1686, %1685 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1688 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1689 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1690 = tosa.conv2d %1687, %1688, %1689, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1691 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1692 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1693 = tosa.slice %1658, %1692, %1691 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1694 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1695 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1696 = tosa.conv2d %1693, %1694, %1695, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1697 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1698 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1699 = tosa.slice %1658, %1698, %1697 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1700 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1701 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1702 = tosa.conv2d %1699, %1700, %1701, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1703 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1704 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1705 = tosa.slice %1658, %1704, %1703 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1706 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1707 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1708 = tosa.conv2d %1705, %1706, %1707, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1709 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1710 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1711 = tosa.slice %1658, %1710, %1709 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1712 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1713 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1714 = tosa.conv2d %1711, %1712, %1713, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1715 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1716 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1717 = tosa.slice %1658, %1716, %1715 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1718 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1719 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1720 = tosa.conv2d %1717, %1718, %1719, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1721 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1722 = tosa.const_shape  {values = dense<[0, 0, 0, 160]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1723 = tosa.slice %1658, %1722, %1721 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1724 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1725 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1726 = tosa.conv2d %1723, %1724, %1725, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1727 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1728 = tosa.const_shape  {values = dense<[0, 0, 0, 176]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1729 = tosa.slice %1658, %1728, %1727 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1730 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1731 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1732 = tosa.conv2d %1729, %1730, %1731, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1733 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1734 = tosa.const_shape  {values = dense<[0, 0, 0, 192]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1735 = tosa.slice %1658, %1734, %1733 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1736 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1737 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1738 = tosa.conv2d %1735, %1736, %1737, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1739 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1740 = tosa.const_shape  {values = dense<[0, 0, 0, 208]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1741 = tosa.slice %1658, %1740, %1739 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1742 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1743 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1744 = tosa.conv2d %1741, %1742, %1743, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1745 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1746 = tosa.const_shape  {values = dense<[0, 0, 0, 224]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1747 = tosa.slice %1658, %1746, %1745 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1748 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1749 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1750 = tosa.conv2d %1747, %1748, %1749, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1751 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1752 = tosa.const_shape  {values = dense<[0, 0, 0, 240]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1753 = tosa.slice %1658, %1752, %1751 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1754 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1755 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1756 = tosa.conv2d %1753, %1754, %1755, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1757 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1758 = tosa.const_shape  {values = dense<[0, 0, 0, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1759 = tosa.slice %1658, %1758, %1757 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1760 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1761 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1762 = tosa.conv2d %1759, %1760, %1761, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1763 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1764 = tosa.const_shape  {values = dense<[0, 0, 0, 272]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1765 = tosa.slice %1658, %1764, %1763 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1766 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1767 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1768 = tosa.conv2d %1765, %1766, %1767, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1769 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1770 = tosa.const_shape  {values = dense<[0, 0, 0, 288]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1771 = tosa.slice %1658, %1770, %1769 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1772 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1773 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1774 = tosa.conv2d %1771, %1772, %1773, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1775 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1776 = tosa.const_shape  {values = dense<[0, 0, 0, 304]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1777 = tosa.slice %1658, %1776, %1775 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1778 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1779 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1780 = tosa.conv2d %1777, %1778, %1779, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1781 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1782 = tosa.const_shape  {values = dense<[0, 0, 0, 320]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1783 = tosa.slice %1658, %1782, %1781 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1784 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1785 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1786 = tosa.conv2d %1783, %1784, %1785, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1787 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1788 = tosa.const_shape  {values = dense<[0, 0, 0, 336]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1789 = tosa.slice %1658, %1788, %1787 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1790 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1791 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1792 = tosa.conv2d %1789, %1790, %1791, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1793 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1794 = tosa.const_shape  {values = dense<[0, 0, 0, 352]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1795 = tosa.slice %1658, %1794, %1793 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1796 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1797 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1798 = tosa.conv2d %1795, %1796, %1797, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1799 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1800 = tosa.const_shape  {values = dense<[0, 0, 0, 368]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1801 = tosa.slice %1658, %1800, %1799 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1802 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1803 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1804 = tosa.conv2d %1801, %1802, %1803, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1805 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1806 = tosa.const_shape  {values = dense<[0, 0, 0, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1807 = tosa.slice %1658, %1806, %1805 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1808 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1809 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1810 = tosa.conv2d %1807, %1808, %1809, %1659, %1659 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1811 = tosa.concat %1666, %1672, %1678, %1684, %1690, %1696, %1702, %1708, %1714, %1720, %1726, %1732, %1738, %1744, %1750, %1756, %1762, %1768, %1774, %1780, %1786, %1792, %1798, %1804, %1810 {axis = 3 : i32} : (tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>) -> tensor<1x7x7x400xf32>
    %1812 = tosa.clamp %1811 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1813 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1814 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1815 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %1816 = tosa.conv2d %1812, %1815, %1814, %1813, %1813 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %1817 = tosa.add %1653, %1816 : (tensor<1x7x7x400xf32>, tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1818 = tosa.clamp %1817 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1819 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1820 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1821 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %1822 = tosa.conv2d %1818, %1821, %1820, %1819, %1819 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %1823 = tosa.clamp %1822 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1824 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1825 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1826 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1827 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1828 = tosa.slice %1823, %1827, %1826 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1829 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1830 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1831 = tosa.conv2d %1828, %1829, %1830, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1832 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1833 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1834 = tosa.slice %1823, %1833, %1832 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1835 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1836 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1837 = tosa.conv2d %1834, %1835, %1836, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1838 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1839 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1840 = tosa.slice %1823, %1839, %1838 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1841 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1842 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1843 = tosa.conv2d %1840, %1841, %1842, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1844 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1845 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1846 = tosa.slice %1823, %1845, %1844 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1847 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1848 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1849 = tosa.conv2d %1846, %1847, %1848, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1850 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1851 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1852 = tosa.slice %1823, %1851, %1850 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1853 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1854 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1855 = tosa.conv2d %1852, %1853, %1854, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1856 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1857 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1858 = tosa.slice %1823, %1857, %1856 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1859 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1860 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1861 = tosa.conv2d %1858, %1859, %1860, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1862 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1863 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1864 = tosa.slice %1823, %1863, %1862 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1865 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1866 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1867 = tosa.conv2d %1864, %1865, %1866, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1868 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1869 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1870 = tosa.slice %1823, %1869, %1868 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1871 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1872 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1873 = tosa.conv2d %1870, %1871, %1872, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1874 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1875 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1876 = tosa.slice %1823, %1875, %1874 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1877 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1878 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1879 = tosa.conv2d %1876, %1877, %1878, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1880 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1881 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1882 = tosa.slice %1823, %1881, %1880 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1883 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1884 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1885 = tosa.conv2d %1882, %1883, %1884, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1886 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1887 = tosa.const_shape  {values = dense<[0, 0, 0, 160]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1888 = tosa.slice %1823, %1887, %1886 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1889 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1890 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1891 = tosa.conv2d %1888, %1889, %1890, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1892 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1893 = tosa.const_shape  {values = dense<[0, 0, 0, 176]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1894 = tosa.slice %1823, %1893, %1892 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1895 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1896 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1897 = tosa.conv2d %1894, %1895, %1896, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1898 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1899 = tosa.const_shape  {values = dense<[0, 0, 0, 192]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1900 = tosa.slice %1823, %1899, %1898 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1901 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1902 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1903 = tosa.conv2d %1900, %1901, %1902, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1904 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1905 = tosa.const_shape  {values = dense<[0, 0, 0, 208]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1906 = tosa.slice %1823, %1905, %1904 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1907 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1908 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1909 = tosa.conv2d %1906, %1907, %1908, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1910 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1911 = tosa.const_shape  {values = dense<[0, 0, 0, 224]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1912 = tosa.slice %1823, %1911, %1910 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1913 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1914 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1915 = tosa.conv2d %1912, %1913, %1914, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1916 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1917 = tosa.const_shape  {values = dense<[0, 0, 0, 240]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1918 = tosa.slice %1823, %1917, %1916 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1919 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1920 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1921 = tosa.conv2d %1918, %1919, %1920, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1922 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1923 = tosa.const_shape  {values = dense<[0, 0, 0, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1924 = tosa.slice %1823, %1923, %1922 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1925 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1926 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1927 = tosa.conv2d %1924, %1925, %1926, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1928 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1929 = tosa.const_shape  {values = dense<[0, 0, 0, 272]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1930 = tosa.slice %1823, %1929, %1928 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1931 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1932 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1933 = tosa.conv2d %1930, %1931, %1932, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1934 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1935 = tosa.const_shape  {values = dense<[0, 0, 0, 288]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1936 = tosa.slice %1823, %1935, %1934 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1937 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1938 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1939 = tosa.conv2d %1936, %1937, %1938, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1940 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1941 = tosa.const_shape  {values = dense<[0, 0, 0, 304]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1942 = tosa.slice %1823, %1941, %1940 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1943 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1944 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1945 = tosa.conv2d %1942, %1943, %1944, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1946 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1947 = tosa.const_shape  {values = dense<[0, 0, 0, 320]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1948 = tosa.slice %1823, %1947, %1946 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1949 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1950 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1951 = tosa.conv2d %1948, %1949, %1950, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1952 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1953 = tosa.const_shape  {values = dense<[0, 0, 0, 336]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1954 = tosa.slice %1823, %1953, %1952 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1955 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1956 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1957 = tosa.conv2d %1954, %1955, %1956, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1958 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1959 = tosa.const_shape  {values = dense<[0, 0, 0, 352]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1960 = tosa.slice %1823, %1959, %1958 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1961 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1962 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1963 = tosa.conv2d %1960, %1961, %1962, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1964 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1965 = tosa.const_shape  {values = dense<[0, 0, 0, 368]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1966 = tosa.slice %1823, %1965, %1964 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1967 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1968 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1969 = tosa.conv2d %1966, %1967, %1968, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1970 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1971 = tosa.const_shape  {values = dense<[0, 0, 0, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1972 = tosa.slice %1823, %1971, %1970 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1973 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1974 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1975 = tosa.conv2d %1972, %1973, %1974, %1824, %1824 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1976 = tosa.concat %1831, %1837, %1843, %1849, %1855, %1861, %1867, %1873, %1879, %1885, %1891, %1897, %1903, %1909, %1915, %1921, %1927, %1933, %1939, %1945, %1951, %1957, %1963, %1969, %1975 {axis = 3 : i32} : (tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>) -> tensor<1x7x7x400xf32>
    %1977 = tosa.clamp %1976 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1978 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1979 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1980 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %1981 = tosa.conv2d %1977, %1980, %1979, %1978, %1978 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %1982 = tosa.add %1818, %1981 : (tensor<1x7x7x400xf32>, tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1983 = tosa.clamp %1982 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1984 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1985 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1986 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %1987 = tosa.conv2d %1983, %1986, %1985, %1984, %1984 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %1988 = tosa.clamp %1987 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %1989 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %1990 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %1991 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1992 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1993 = tosa.slice %1988, %1992, %1991 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %1994 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %1995 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %1996 = tosa.conv2d %1993, %1994, %1995, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %1997 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1998 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %1999 = tosa.slice %1988, %1998, %1997 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2000 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2001 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2002 = tosa.conv2d %1999, %2000, %2001, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2003 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2004 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2005 = tosa.slice %1988, %2004, %2003 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2006 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2007 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2008 = tosa.conv2d %2005, %2006, %2007, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2009 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2010 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2011 = tosa.slice %1988, %2010, %2009 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2012 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2013 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2014 = tosa.conv2d %2011, %2012, %2013, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2015 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2016 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2017 = tosa.slice %1988, %2016, %2015 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2018 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2019 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2020 = tosa.conv2d %2017, %2018, %2019, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2021 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2022 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2023 = tosa.slice %1988, %2022, %2021 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2024 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2025 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2026 = tosa.conv2d %2023, %2024, %2025, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2027 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2028 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2029 = tosa.slice %1988, %2028, %2027 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2030 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2031 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2032 = tosa.conv2d %2029, %2030, %2031, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2033 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2034 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2035 = tosa.slice %1988, %2034, %2033 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2036 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2037 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2038 = tosa.conv2d %2035, %2036, %2037, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2039 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2040 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2041 = tosa.slice %1988, %2040, %2039 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2042 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2043 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2044 = tosa.conv2d %2041, %2042, %2043, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2045 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2046 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2047 = tosa.slice %1988, %2046, %2045 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2048 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2049 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2050 = tosa.conv2d %2047, %2048, %2049, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2051 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2052 = tosa.const_shape  {values = dense<[0, 0, 0, 160]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2053 = tosa.slice %1988, %2052, %2051 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2054 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2055 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2056 = tosa.conv2d %2053, %2054, %2055, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2057 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2058 = tosa.const_shape  {values = dense<[0, 0, 0, 176]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2059 = tosa.slice %1988, %2058, %2057 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2060 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2061 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2062 = tosa.conv2d %2059, %2060, %2061, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2063 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2064 = tosa.const_shape  {values = dense<[0, 0, 0, 192]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2065 = tosa.slice %1988, %2064, %2063 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2066 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2067 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2068 = tosa.conv2d %2065, %2066, %2067, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2069 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2070 = tosa.const_shape  {values = dense<[0, 0, 0, 208]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2071 = tosa.slice %1988, %2070, %2069 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2072 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2073 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2074 = tosa.conv2d %2071, %2072, %2073, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2075 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2076 = tosa.const_shape  {values = dense<[0, 0, 0, 224]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2077 = tosa.slice %1988, %2076, %2075 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2078 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2079 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2080 = tosa.conv2d %2077, %2078, %2079, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2081 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2082 = tosa.const_shape  {values = dense<[0, 0, 0, 240]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2083 = tosa.slice %1988, %2082, %2081 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2084 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2085 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2086 = tosa.conv2d %2083, %2084, %2085, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2087 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2088 = tosa.const_shape  {values = dense<[0, 0, 0, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2089 = tosa.slice %1988, %2088, %2087 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2090 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2091 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2092 = tosa.conv2d %2089, %2090, %2091, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2093 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2094 = tosa.const_shape  {values = dense<[0, 0, 0, 272]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2095 = tosa.slice %1988, %2094, %2093 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2096 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2097 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2098 = tosa.conv2d %2095, %2096, %2097, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2099 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2100 = tosa.const_shape  {values = dense<[0, 0, 0, 288]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2101 = tosa.slice %1988, %2100, %2099 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2102 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2103 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2104 = tosa.conv2d %2101, %2102, %2103, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2105 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2106 = tosa.const_shape  {values = dense<[0, 0, 0, 304]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2107 = tosa.slice %1988, %2106, %2105 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2108 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2109 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2110 = tosa.conv2d %2107, %2108, %2109, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2111 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2112 = tosa.const_shape  {values = dense<[0, 0, 0, 320]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2113 = tosa.slice %1988, %2112, %2111 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2114 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2115 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2116 = tosa.conv2d %2113, %2114, %2115, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2117 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2118 = tosa.const_shape  {values = dense<[0, 0, 0, 336]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2119 = tosa.slice %1988, %2118, %2117 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2120 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2121 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2122 = tosa.conv2d %2119, %2120, %2121, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2123 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2124 = tosa.const_shape  {values = dense<[0, 0, 0, 352]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2125 = tosa.slice %1988, %2124, %2123 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2126 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2127 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2128 = tosa.conv2d %2125, %2126, %2127, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2129 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2130 = tosa.const_shape  {values = dense<[0, 0, 0, 368]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2131 = tosa.slice %1988, %2130, %2129 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2132 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2133 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2134 = tosa.conv2d %2131, %2132, %2133, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2135 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2136 = tosa.const_shape  {values = dense<[0, 0, 0, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2137 = tosa.slice %1988, %2136, %2135 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2138 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2139 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2140 = tosa.conv2d %2137, %2138, %2139, %1989, %1989 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2141 = tosa.concat %1996, %2002, %2008, %2014, %2020, %2026, %2032, %2038, %2044, %2050, %2056, %2062, %2068, %2074, %2080, %2086, %2092, %2098, %2104, %2110, %2116, %2122, %2128, %2134, %2140 {axis = 3 : i32} : (tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>) -> tensor<1x7x7x400xf32>
    %2142 = tosa.clamp %2141 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %2143 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2144 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %2145 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %2146 = tosa.conv2d %2142, %2145, %2144, %2143, %2143 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %2147 = tosa.add %1983, %2146 : (tensor<1x7x7x400xf32>, tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %2148 = tosa.clamp %2147 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %2149 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2150 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %2151 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %2152 = tosa.conv2d %2148, %2151, %2150, %2149, %2149 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %2153 = tosa.clamp %2152 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %2154 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2155 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %2156 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2157 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2158 = tosa.slice %2153, %2157, %2156 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2159 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2160 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2161 = tosa.conv2d %2158, %2159, %2160, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2162 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2163 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2164 = tosa.slice %2153, %2163, %2162 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2165 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2166 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2167 = tosa.conv2d %2164, %2165, %2166, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2168 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2169 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2170 = tosa.slice %2153, %2169, %2168 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2171 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2172 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2173 = tosa.conv2d %2170, %2171, %2172, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2174 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2175 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2176 = tosa.slice %2153, %2175, %2174 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2177 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2178 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2179 = tosa.conv2d %2176, %2177, %2178, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2180 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2181 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2182 = tosa.slice %2153, %2181, %2180 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2183 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2184 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2185 = tosa.conv2d %2182, %2183, %2184, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2186 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2187 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2188 = tosa.slice %2153, %2187, %2186 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2189 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2190 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2191 = tosa.conv2d %2188, %2189, %2190, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2192 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2193 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2194 = tosa.slice %2153, %2193, %2192 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2195 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2196 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2197 = tosa.conv2d %2194, %2195, %2196, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2198 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2199 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2200 = tosa.slice %2153, %2199, %2198 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2201 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2202 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2203 = tosa.conv2d %2200, %2201, %2202, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2204 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2205 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2206 = tosa.slice %2153, %2205, %2204 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2207 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2208 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2209 = tosa.conv2d %2206, %2207, %2208, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2210 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2211 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2212 = tosa.slice %2153, %2211, %2210 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2213 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2214 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2215 = tosa.conv2d %2212, %2213, %2214, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2216 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2217 = tosa.const_shape  {values = dense<[0, 0, 0, 160]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2218 = tosa.slice %2153, %2217, %2216 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2219 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2220 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2221 = tosa.conv2d %2218, %2219, %2220, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2222 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2223 = tosa.const_shape  {values = dense<[0, 0, 0, 176]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2224 = tosa.slice %2153, %2223, %2222 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2225 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2226 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2227 = tosa.conv2d %2224, %2225, %2226, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2228 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2229 = tosa.const_shape  {values = dense<[0, 0, 0, 192]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2230 = tosa.slice %2153, %2229, %2228 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2231 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2232 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2233 = tosa.conv2d %2230, %2231, %2232, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2234 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2235 = tosa.const_shape  {values = dense<[0, 0, 0, 208]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2236 = tosa.slice %2153, %2235, %2234 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2237 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2238 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2239 = tosa.conv2d %2236, %2237, %2238, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2240 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2241 = tosa.const_shape  {values = dense<[0, 0, 0, 224]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2242 = tosa.slice %2153, %2241, %2240 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2243 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2244 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2245 = tosa.conv2d %2242, %2243, %2244, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2246 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2247 = tosa.const_shape  {values = dense<[0, 0, 0, 240]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2248 = tosa.slice %2153, %2247, %2246 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2249 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2250 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2251 = tosa.conv2d %2248, %2249, %2250, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2252 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2253 = tosa.const_shape  {values = dense<[0, 0, 0, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2254 = tosa.slice %2153, %2253, %2252 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2255 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2256 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2257 = tosa.conv2d %2254, %2255, %2256, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2258 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2259 = tosa.const_shape  {values = dense<[0, 0, 0, 272]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2260 = tosa.slice %2153, %2259, %2258 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2261 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2262 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2263 = tosa.conv2d %2260, %2261, %2262, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2264 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2265 = tosa.const_shape  {values = dense<[0, 0, 0, 288]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2266 = tosa.slice %2153, %2265, %2264 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2267 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2268 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2269 = tosa.conv2d %2266, %2267, %2268, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2270 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2271 = tosa.const_shape  {values = dense<[0, 0, 0, 304]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2272 = tosa.slice %2153, %2271, %2270 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2273 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2274 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2275 = tosa.conv2d %2272, %2273, %2274, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2276 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2277 = tosa.const_shape  {values = dense<[0, 0, 0, 320]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2278 = tosa.slice %2153, %2277, %2276 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2279 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2280 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2281 = tosa.conv2d %2278, %2279, %2280, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2282 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2283 = tosa.const_shape  {values = dense<[0, 0, 0, 336]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2284 = tosa.slice %2153, %2283, %2282 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2285 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2286 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2287 = tosa.conv2d %2284, %2285, %2286, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2288 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2289 = tosa.const_shape  {values = dense<[0, 0, 0, 352]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2290 = tosa.slice %2153, %2289, %2288 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2291 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2292 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2293 = tosa.conv2d %2290, %2291, %2292, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2294 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2295 = tosa.const_shape  {values = dense<[0, 0, 0, 368]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2296 = tosa.slice %2153, %2295, %2294 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2297 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2298 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2299 = tosa.conv2d %2296, %2297, %2298, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2300 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2301 = tosa.const_shape  {values = dense<[0, 0, 0, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2302 = tosa.slice %2153, %2301, %2300 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2303 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2304 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2305 = tosa.conv2d %2302, %2303, %2304, %2154, %2154 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2306 = tosa.concat %2161, %2167, %2173, %2179, %2185, %2191, %2197, %2203, %2209, %2215, %2221, %2227, %2233, %2239, %2245, %2251, %2257, %2263, %2269, %2275, %2281, %2287, %2293, %2299, %2305 {axis = 3 : i32} : (tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>) -> tensor<1x7x7x400xf32>
    %2307 = tosa.clamp %2306 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %2308 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2309 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %2310 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %2311 = tosa.conv2d %2307, %2310, %2309, %2308, %2308 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %2312 = tosa.add %2148, %2311 : (tensor<1x7x7x400xf32>, tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %2313 = tosa.clamp %2312 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %2314 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2315 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %2316 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %2317 = tosa.conv2d %2313, %2316, %2315, %2314, %2314 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %2318 = tosa.clamp %2317 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %2319 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2320 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %2321 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2322 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2323 = tosa.slice %2318, %2322, %2321 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2324 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2325 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2326 = tosa.conv2d %2323, %2324, %2325, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2327 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2328 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2329 = tosa.slice %2318, %2328, %2327 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2330 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2331 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2332 = tosa.conv2d %2329, %2330, %2331, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2333 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2334 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2335 = tosa.slice %2318, %2334, %2333 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2336 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2337 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2338 = tosa.conv2d %2335, %2336, %2337, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2339 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2340 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2341 = tosa.slice %2318, %2340, %2339 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2342 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2343 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2344 = tosa.conv2d %2341, %2342, %2343, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2345 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2346 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2347 = tosa.slice %2318, %2346, %2345 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2348 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2349 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2350 = tosa.conv2d %2347, %2348, %2349, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2351 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2352 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2353 = tosa.slice %2318, %2352, %2351 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2354 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2355 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2356 = tosa.conv2d %2353, %2354, %2355, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2357 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2358 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2359 = tosa.slice %2318, %2358, %2357 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2360 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2361 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2362 = tosa.conv2d %2359, %2360, %2361, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2363 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2364 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2365 = tosa.slice %2318, %2364, %2363 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2366 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2367 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2368 = tosa.conv2d %2365, %2366, %2367, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2369 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2370 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2371 = tosa.slice %2318, %2370, %2369 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2372 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2373 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2374 = tosa.conv2d %2371, %2372, %2373, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2375 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2376 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2377 = tosa.slice %2318, %2376, %2375 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2378 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2379 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2380 = tosa.conv2d %2377, %2378, %2379, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2381 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2382 = tosa.const_shape  {values = dense<[0, 0, 0, 160]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2383 = tosa.slice %2318, %2382, %2381 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2384 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2385 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2386 = tosa.conv2d %2383, %2384, %2385, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2387 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2388 = tosa.const_shape  {values = dense<[0, 0, 0, 176]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2389 = tosa.slice %2318, %2388, %2387 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2390 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2391 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2392 = tosa.conv2d %2389, %2390, %2391, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2393 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2394 = tosa.const_shape  {values = dense<[0, 0, 0, 192]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2395 = tosa.slice %2318, %2394, %2393 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2396 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2397 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2398 = tosa.conv2d %2395, %2396, %2397, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2399 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2400 = tosa.const_shape  {values = dense<[0, 0, 0, 208]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2401 = tosa.slice %2318, %2400, %2399 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2402 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2403 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2404 = tosa.conv2d %2401, %2402, %2403, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2405 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2406 = tosa.const_shape  {values = dense<[0, 0, 0, 224]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2407 = tosa.slice %2318, %2406, %2405 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2408 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2409 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2410 = tosa.conv2d %2407, %2408, %2409, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2411 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2412 = tosa.const_shape  {values = dense<[0, 0, 0, 240]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2413 = tosa.slice %2318, %2412, %2411 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2414 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2415 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2416 = tosa.conv2d %2413, %2414, %2415, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2417 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2418 = tosa.const_shape  {values = dense<[0, 0, 0, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2419 = tosa.slice %2318, %2418, %2417 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2420 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2421 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2422 = tosa.conv2d %2419, %2420, %2421, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2423 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2424 = tosa.const_shape  {values = dense<[0, 0, 0, 272]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2425 = tosa.slice %2318, %2424, %2423 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2426 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2427 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2428 = tosa.conv2d %2425, %2426, %2427, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2429 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2430 = tosa.const_shape  {values = dense<[0, 0, 0, 288]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2431 = tosa.slice %2318, %2430, %2429 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2432 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2433 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2434 = tosa.conv2d %2431, %2432, %2433, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2435 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2436 = tosa.const_shape  {values = dense<[0, 0, 0, 304]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2437 = tosa.slice %2318, %2436, %2435 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2438 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2439 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2440 = tosa.conv2d %2437, %2438, %2439, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2441 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2442 = tosa.const_shape  {values = dense<[0, 0, 0, 320]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2443 = tosa.slice %2318, %2442, %2441 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2444 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2445 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2446 = tosa.conv2d %2443, %2444, %2445, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2447 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2448 = tosa.const_shape  {values = dense<[0, 0, 0, 336]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2449 = tosa.slice %2318, %2448, %2447 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2450 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2451 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2452 = tosa.conv2d %2449, %2450, %2451, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2453 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2454 = tosa.const_shape  {values = dense<[0, 0, 0, 352]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2455 = tosa.slice %2318, %2454, %2453 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2456 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2457 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2458 = tosa.conv2d %2455, %2456, %2457, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2459 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2460 = tosa.const_shape  {values = dense<[0, 0, 0, 368]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2461 = tosa.slice %2318, %2460, %2459 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2462 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2463 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2464 = tosa.conv2d %2461, %2462, %2463, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2465 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2466 = tosa.const_shape  {values = dense<[0, 0, 0, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2467 = tosa.slice %2318, %2466, %2465 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2468 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2469 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2470 = tosa.conv2d %2467, %2468, %2469, %2319, %2319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2471 = tosa.concat %2326, %2332, %2338, %2344, %2350, %2356, %2362, %2368, %2374, %2380, %2386, %2392, %2398, %2404, %2410, %2416, %2422, %2428, %2434, %2440, %2446, %2452, %2458, %2464, %2470 {axis = 3 : i32} : (tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>) -> tensor<1x7x7x400xf32>
    %2472 = tosa.clamp %2471 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %2473 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2474 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %2475 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %2476 = tosa.conv2d %2472, %2475, %2474, %2473, %2473 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %2477 = tosa.add %2313, %2476 : (tensor<1x7x7x400xf32>, tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %2478 = tosa.clamp %2477 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %2479 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2480 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %2481 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %2482 = tosa.conv2d %2478, %2481, %2480, %2479, %2479 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %2483 = tosa.clamp %2482 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %2484 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2485 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %2486 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2487 = tosa.const_shape  {values = dense<0> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2488 = tosa.slice %2483, %2487, %2486 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2489 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2490 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2491 = tosa.conv2d %2488, %2489, %2490, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2492 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2493 = tosa.const_shape  {values = dense<[0, 0, 0, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2494 = tosa.slice %2483, %2493, %2492 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2495 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2496 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2497 = tosa.conv2d %2494, %2495, %2496, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2498 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2499 = tosa.const_shape  {values = dense<[0, 0, 0, 32]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2500 = tosa.slice %2483, %2499, %2498 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2501 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2502 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2503 = tosa.conv2d %2500, %2501, %2502, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2504 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2505 = tosa.const_shape  {values = dense<[0, 0, 0, 48]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2506 = tosa.slice %2483, %2505, %2504 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2507 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2508 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2509 = tosa.conv2d %2506, %2507, %2508, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2510 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2511 = tosa.const_shape  {values = dense<[0, 0, 0, 64]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2512 = tosa.slice %2483, %2511, %2510 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2513 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2514 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2515 = tosa.conv2d %2512, %2513, %2514, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2516 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2517 = tosa.const_shape  {values = dense<[0, 0, 0, 80]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2518 = tosa.slice %2483, %2517, %2516 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2519 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2520 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2521 = tosa.conv2d %2518, %2519, %2520, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2522 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2523 = tosa.const_shape  {values = dense<[0, 0, 0, 96]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2524 = tosa.slice %2483, %2523, %2522 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2525 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2526 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2527 = tosa.conv2d %2524, %2525, %2526, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2528 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2529 = tosa.const_shape  {values = dense<[0, 0, 0, 112]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2530 = tosa.slice %2483, %2529, %2528 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2531 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2532 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2533 = tosa.conv2d %2530, %2531, %2532, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2534 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2535 = tosa.const_shape  {values = dense<[0, 0, 0, 128]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2536 = tosa.slice %2483, %2535, %2534 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2537 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2538 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2539 = tosa.conv2d %2536, %2537, %2538, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2540 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2541 = tosa.const_shape  {values = dense<[0, 0, 0, 144]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2542 = tosa.slice %2483, %2541, %2540 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2543 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2544 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2545 = tosa.conv2d %2542, %2543, %2544, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2546 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2547 = tosa.const_shape  {values = dense<[0, 0, 0, 160]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2548 = tosa.slice %2483, %2547, %2546 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2549 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2550 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2551 = tosa.conv2d %2548, %2549, %2550, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2552 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2553 = tosa.const_shape  {values = dense<[0, 0, 0, 176]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2554 = tosa.slice %2483, %2553, %2552 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2555 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2556 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2557 = tosa.conv2d %2554, %2555, %2556, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2558 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2559 = tosa.const_shape  {values = dense<[0, 0, 0, 192]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2560 = tosa.slice %2483, %2559, %2558 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2561 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2562 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2563 = tosa.conv2d %2560, %2561, %2562, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2564 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2565 = tosa.const_shape  {values = dense<[0, 0, 0, 208]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2566 = tosa.slice %2483, %2565, %2564 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2567 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2568 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2569 = tosa.conv2d %2566, %2567, %2568, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2570 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2571 = tosa.const_shape  {values = dense<[0, 0, 0, 224]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2572 = tosa.slice %2483, %2571, %2570 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2573 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2574 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2575 = tosa.conv2d %2572, %2573, %2574, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2576 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2577 = tosa.const_shape  {values = dense<[0, 0, 0, 240]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2578 = tosa.slice %2483, %2577, %2576 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2579 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2580 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2581 = tosa.conv2d %2578, %2579, %2580, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2582 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2583 = tosa.const_shape  {values = dense<[0, 0, 0, 256]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2584 = tosa.slice %2483, %2583, %2582 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2585 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2586 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2587 = tosa.conv2d %2584, %2585, %2586, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2588 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2589 = tosa.const_shape  {values = dense<[0, 0, 0, 272]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2590 = tosa.slice %2483, %2589, %2588 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2591 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2592 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2593 = tosa.conv2d %2590, %2591, %2592, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2594 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2595 = tosa.const_shape  {values = dense<[0, 0, 0, 288]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2596 = tosa.slice %2483, %2595, %2594 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2597 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2598 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2599 = tosa.conv2d %2596, %2597, %2598, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2600 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2601 = tosa.const_shape  {values = dense<[0, 0, 0, 304]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2602 = tosa.slice %2483, %2601, %2600 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2603 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2604 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2605 = tosa.conv2d %2602, %2603, %2604, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2606 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2607 = tosa.const_shape  {values = dense<[0, 0, 0, 320]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2608 = tosa.slice %2483, %2607, %2606 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2609 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2610 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2611 = tosa.conv2d %2608, %2609, %2610, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2612 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2613 = tosa.const_shape  {values = dense<[0, 0, 0, 336]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2614 = tosa.slice %2483, %2613, %2612 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2615 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2616 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2617 = tosa.conv2d %2614, %2615, %2616, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2618 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2619 = tosa.const_shape  {values = dense<[0, 0, 0, 352]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2620 = tosa.slice %2483, %2619, %2618 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2621 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2622 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2623 = tosa.conv2d %2620, %2621, %2622, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2624 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2625 = tosa.const_shape  {values = dense<[0, 0, 0, 368]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2626 = tosa.slice %2483, %2625, %2624 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2627 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2628 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2629 = tosa.conv2d %2626, %2627, %2628, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2630 = tosa.const_shape  {values = dense<[1, 7, 7, 16]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2631 = tosa.const_shape  {values = dense<[0, 0, 0, 384]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2632 = tosa.slice %2483, %2631, %2630 : (tensor<1x7x7x400xf32>, !tosa.shape<4>, !tosa.shape<4>) -> tensor<1x7x7x16xf32>
    %2633 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x3x3x16xf32>}> : () -> tensor<16x3x3x16xf32>
    %2634 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %2635 = tosa.conv2d %2632, %2633, %2634, %2484, %2484 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x16xf32>, tensor<16x3x3x16xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x16xf32>
    %2636 = tosa.concat %2491, %2497, %2503, %2509, %2515, %2521, %2527, %2533, %2539, %2545, %2551, %2557, %2563, %2569, %2575, %2581, %2587, %2593, %2599, %2605, %2611, %2617, %2623, %2629, %2635 {axis = 3 : i32} : (tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>, tensor<1x7x7x16xf32>) -> tensor<1x7x7x400xf32>
    %2637 = tosa.clamp %2636 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %2638 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2639 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400xf32>}> : () -> tensor<400xf32>
    %2640 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1x1x400xf32>}> : () -> tensor<400x1x1x400xf32>
    %2641 = tosa.conv2d %2637, %2640, %2639, %2638, %2638 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<400x1x1x400xf32>, tensor<400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x400xf32>
    %2642 = tosa.add %2478, %2641 : (tensor<1x7x7x400xf32>, tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %2643 = tosa.clamp %2642 {max_val = 0x7F800000 : f32, min_val = 0.000000e+00 : f32} : (tensor<1x7x7x400xf32>) -> tensor<1x7x7x400xf32>
    %2644 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2645 = tosa.avg_pool2d %2643, %2644, %2644 {acc_type = f32, kernel = array<i64: 7, 7>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x400xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x400xf32>
    %2646 = tosa.const_shape  {values = dense<[1, 400, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %2647 = tosa.reshape %2645, %2646 : (tensor<1x1x1x400xf32>, !tosa.shape<4>) -> tensor<1x400x1x1xf32>
    %2648 = tosa.const_shape  {values = dense<[1, 400]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %2649 = tosa.reshape %2647, %2648 : (tensor<1x400x1x1xf32>, !tosa.shape<2>) -> tensor<1x400xf32>
    %2650 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<400x1000xf32>}> : () -> tensor<400x1000xf32>
    %2651 = tosa.const_shape  {values = dense<[1, 1, 400]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %2652 = tosa.reshape %2649, %2651 : (tensor<1x400xf32>, !tosa.shape<3>) -> tensor<1x1x400xf32>
    %2653 = tosa.const_shape  {values = dense<[1, 400, 1000]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %2654 = tosa.reshape %2650, %2653 : (tensor<400x1000xf32>, !tosa.shape<3>) -> tensor<1x400x1000xf32>
    %2655 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2656 = tosa.matmul %2652, %2654, %2655, %2655 : (tensor<1x1x400xf32>, tensor<1x400x1000xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1000xf32>
    %2657 = tosa.const_shape  {values = dense<[1, 1000]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %2658 = tosa.reshape %2656, %2657 : (tensor<1x1x1000xf32>, !tosa.shape<2>) -> tensor<1x1000xf32>
    %2659 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1000xf32>}> : () -> tensor<1x1000xf32>
    %2660 = tosa.add %2658, %2659 : (tensor<1x1000xf32>, tensor<1x1000xf32>) -> tensor<1x1000xf32>
    return %2660 : tensor<1x1000xf32>
  }
}
