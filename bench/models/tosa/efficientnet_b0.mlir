module {
  func.func @torch_jit(%arg0: tensor<1x3x224x224xf32> {onnx.name = "input"}) -> (tensor<1x1000xf32> {onnx.name = "output"}) {
    %0 = tosa.transpose %arg0 {perms = array<i32: 0, 2, 3, 1>} : (tensor<1x3x224x224xf32>) -> tensor<1x224x224x3xf32>
    %1 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %2 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %3 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x3x3x3xf32>}> : () -> tensor<32x3x3x3xf32>
    %4 = tosa.conv2d %0, %3, %2, %1, %1 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x224x224x3xf32>, tensor<32x3x3x3xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x32xf32>
    %5 = tosa.sigmoid %4 : (tensor<1x112x112x32xf32>) -> tensor<1x112x112x32xf32>
    %6 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %7 = tosa.mul %4, %5, %6 : (tensor<1x112x112x32xf32>, tensor<1x112x112x32xf32>, tensor<1xi8>) -> tensor<1x112x112x32xf32>
    %8 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %9 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %10 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x32x1xf32>}> : () -> tensor<3x3x32x1xf32>
    %11 = tosa.depthwise_conv2d %7, %10, %9, %8, %8 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x112x112x32xf32>, tensor<3x3x32x1xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x32xf32>
    %12 = tosa.sigmoid %11 : (tensor<1x112x112x32xf32>) -> tensor<1x112x112x32xf32>
    %13 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %14 = tosa.mul %11, %12, %13 : (tensor<1x112x112x32xf32>, tensor<1x112x112x32xf32>, tensor<1xi8>) -> tensor<1x112x112x32xf32>
    %15 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %16 = tosa.avg_pool2d %14, %15, %15 {acc_type = f32, kernel = array<i64: 112, 112>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x112x112x32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x32xf32>
    %17 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %18 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<8xf32>}> : () -> tensor<8xf32>
    %19 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<8x1x1x32xf32>}> : () -> tensor<8x1x1x32xf32>
    %20 = tosa.conv2d %16, %19, %18, %17, %17 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x32xf32>, tensor<8x1x1x32xf32>, tensor<8xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x8xf32>
    %21 = tosa.sigmoid %20 : (tensor<1x1x1x8xf32>) -> tensor<1x1x1x8xf32>
    %22 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %23 = tosa.mul %20, %21, %22 : (tensor<1x1x1x8xf32>, tensor<1x1x1x8xf32>, tensor<1xi8>) -> tensor<1x1x1x8xf32>
    %24 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %25 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32xf32>}> : () -> tensor<32xf32>
    %26 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<32x1x1x8xf32>}> : () -> tensor<32x1x1x8xf32>
    %27 = tosa.conv2d %23, %26, %25, %24, %24 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x8xf32>, tensor<32x1x1x8xf32>, tensor<32xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x32xf32>
    %28 = tosa.sigmoid %27 : (tensor<1x1x1x32xf32>) -> tensor<1x1x1x32xf32>
    %29 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %30 = tosa.mul %28, %14, %29 : (tensor<1x1x1x32xf32>, tensor<1x112x112x32xf32>, tensor<1xi8>) -> tensor<1x112x112x32xf32>
    %31 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %32 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16xf32>}> : () -> tensor<16xf32>
    %33 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<16x1x1x32xf32>}> : () -> tensor<16x1x1x32xf32>
    %34 = tosa.conv2d %30, %33, %32, %31, %31 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x112x112x32xf32>, tensor<16x1x1x32xf32>, tensor<16xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x16xf32>
    %35 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %36 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %37 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x16xf32>}> : () -> tensor<96x1x1x16xf32>
    %38 = tosa.conv2d %34, %37, %36, %35, %35 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x112x112x16xf32>, tensor<96x1x1x16xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x112x112x96xf32>
    %39 = tosa.sigmoid %38 : (tensor<1x112x112x96xf32>) -> tensor<1x112x112x96xf32>
    %40 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %41 = tosa.mul %38, %39, %40 : (tensor<1x112x112x96xf32>, tensor<1x112x112x96xf32>, tensor<1xi8>) -> tensor<1x112x112x96xf32>
    %42 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %43 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %44 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x96x1xf32>}> : () -> tensor<3x3x96x1xf32>
    %45 = tosa.depthwise_conv2d %41, %44, %43, %42, %42 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x112x112x96xf32>, tensor<3x3x96x1xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x96xf32>
    %46 = tosa.sigmoid %45 : (tensor<1x56x56x96xf32>) -> tensor<1x56x56x96xf32>
    %47 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %48 = tosa.mul %45, %46, %47 : (tensor<1x56x56x96xf32>, tensor<1x56x56x96xf32>, tensor<1xi8>) -> tensor<1x56x56x96xf32>
    %49 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %50 = tosa.avg_pool2d %48, %49, %49 {acc_type = f32, kernel = array<i64: 56, 56>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x96xf32>
    %51 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %52 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<4xf32>}> : () -> tensor<4xf32>
    %53 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<4x1x1x96xf32>}> : () -> tensor<4x1x1x96xf32>
    %54 = tosa.conv2d %50, %53, %52, %51, %51 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x96xf32>, tensor<4x1x1x96xf32>, tensor<4xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x4xf32>
    %55 = tosa.sigmoid %54 : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x4xf32>
    %56 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %57 = tosa.mul %54, %55, %56 : (tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1xi8>) -> tensor<1x1x1x4xf32>
    %58 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %59 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96xf32>}> : () -> tensor<96xf32>
    %60 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<96x1x1x4xf32>}> : () -> tensor<96x1x1x4xf32>
    %61 = tosa.conv2d %57, %60, %59, %58, %58 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x4xf32>, tensor<96x1x1x4xf32>, tensor<96xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x96xf32>
    %62 = tosa.sigmoid %61 : (tensor<1x1x1x96xf32>) -> tensor<1x1x1x96xf32>
    %63 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %64 = tosa.mul %62, %48, %63 : (tensor<1x1x1x96xf32>, tensor<1x56x56x96xf32>, tensor<1xi8>) -> tensor<1x56x56x96xf32>
    %65 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %66 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24xf32>}> : () -> tensor<24xf32>
    %67 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24x1x1x96xf32>}> : () -> tensor<24x1x1x96xf32>
    %68 = tosa.conv2d %64, %67, %66, %65, %65 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x96xf32>, tensor<24x1x1x96xf32>, tensor<24xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x24xf32>
    %69 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %70 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %71 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x24xf32>}> : () -> tensor<144x1x1x24xf32>
    %72 = tosa.conv2d %68, %71, %70, %69, %69 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x24xf32>, tensor<144x1x1x24xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x144xf32>
    %73 = tosa.sigmoid %72 : (tensor<1x56x56x144xf32>) -> tensor<1x56x56x144xf32>
    %74 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %75 = tosa.mul %72, %73, %74 : (tensor<1x56x56x144xf32>, tensor<1x56x56x144xf32>, tensor<1xi8>) -> tensor<1x56x56x144xf32>
    %76 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %77 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %78 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x144x1xf32>}> : () -> tensor<3x3x144x1xf32>
    %79 = tosa.depthwise_conv2d %75, %78, %77, %76, %76 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x56x56x144xf32>, tensor<3x3x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x144xf32>
    %80 = tosa.sigmoid %79 : (tensor<1x56x56x144xf32>) -> tensor<1x56x56x144xf32>
    %81 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %82 = tosa.mul %79, %80, %81 : (tensor<1x56x56x144xf32>, tensor<1x56x56x144xf32>, tensor<1xi8>) -> tensor<1x56x56x144xf32>
    %83 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %84 = tosa.avg_pool2d %82, %83, %83 {acc_type = f32, kernel = array<i64: 56, 56>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x144xf32>
    %85 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %86 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<6xf32>}> : () -> tensor<6xf32>
    %87 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<6x1x1x144xf32>}> : () -> tensor<6x1x1x144xf32>
    %88 = tosa.conv2d %84, %87, %86, %85, %85 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x144xf32>, tensor<6x1x1x144xf32>, tensor<6xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x6xf32>
    %89 = tosa.sigmoid %88 : (tensor<1x1x1x6xf32>) -> tensor<1x1x1x6xf32>
    %90 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %91 = tosa.mul %88, %89, %90 : (tensor<1x1x1x6xf32>, tensor<1x1x1x6xf32>, tensor<1xi8>) -> tensor<1x1x1x6xf32>
    %92 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %93 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %94 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x6xf32>}> : () -> tensor<144x1x1x6xf32>
    %95 = tosa.conv2d %91, %94, %93, %92, %92 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x6xf32>, tensor<144x1x1x6xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x144xf32>
    %96 = tosa.sigmoid %95 : (tensor<1x1x1x144xf32>) -> tensor<1x1x1x144xf32>
    %97 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %98 = tosa.mul %96, %82, %97 : (tensor<1x1x1x144xf32>, tensor<1x56x56x144xf32>, tensor<1xi8>) -> tensor<1x56x56x144xf32>
    %99 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %100 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24xf32>}> : () -> tensor<24xf32>
    %101 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<24x1x1x144xf32>}> : () -> tensor<24x1x1x144xf32>
    %102 = tosa.conv2d %98, %101, %100, %99, %99 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x144xf32>, tensor<24x1x1x144xf32>, tensor<24xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x24xf32>
    %103 = tosa.add %102, %68 : (tensor<1x56x56x24xf32>, tensor<1x56x56x24xf32>) -> tensor<1x56x56x24xf32>
    %104 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %105 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %106 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x24xf32>}> : () -> tensor<144x1x1x24xf32>
    %107 = tosa.conv2d %103, %106, %105, %104, %104 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x56x56x24xf32>, tensor<144x1x1x24xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x56x56x144xf32>
    %108 = tosa.sigmoid %107 : (tensor<1x56x56x144xf32>) -> tensor<1x56x56x144xf32>
    %109 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %110 = tosa.mul %107, %108, %109 : (tensor<1x56x56x144xf32>, tensor<1x56x56x144xf32>, tensor<1xi8>) -> tensor<1x56x56x144xf32>
    %111 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %112 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144xf32>}> : () -> tensor<144xf32>
    %113 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x144x1xf32>}> : () -> tensor<5x5x144x1xf32>
    %114 = tosa.depthwise_conv2d %110, %113, %112, %111, %111 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 1, 2, 1>, stride = array<i64: 2, 2>} : (tensor<1x56x56x144xf32>, tensor<5x5x144x1xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x144xf32>
    %115 = tosa.sigmoid %114 : (tensor<1x28x28x144xf32>) -> tensor<1x28x28x144xf32>
    %116 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %117 = tosa.mul %114, %115, %116 : (tensor<1x28x28x144xf32>, tensor<1x28x28x144xf32>, tensor<1xi8>) -> tensor<1x28x28x144xf32>
    %118 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %119 = tosa.avg_pool2d %117, %118, %118 {acc_type = f32, kernel = array<i64: 28, 28>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x144xf32>
    %120 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %121 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<6x1x1x144xf32>}> : () -> tensor<6x1x1x144xf32>
    %122 = tosa.conv2d %119, %121, %86, %120, %120 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x144xf32>, tensor<6x1x1x144xf32>, tensor<6xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x6xf32>
    %123 = tosa.sigmoid %122 : (tensor<1x1x1x6xf32>) -> tensor<1x1x1x6xf32>
    %124 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %125 = tosa.mul %122, %123, %124 : (tensor<1x1x1x6xf32>, tensor<1x1x1x6xf32>, tensor<1xi8>) -> tensor<1x1x1x6xf32>
    %126 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %127 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<144x1x1x6xf32>}> : () -> tensor<144x1x1x6xf32>
    %128 = tosa.conv2d %125, %127, %93, %126, %126 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x6xf32>, tensor<144x1x1x6xf32>, tensor<144xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x144xf32>
    %129 = tosa.sigmoid %128 : (tensor<1x1x1x144xf32>) -> tensor<1x1x1x144xf32>
    %130 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %131 = tosa.mul %129, %117, %130 : (tensor<1x1x1x144xf32>, tensor<1x28x28x144xf32>, tensor<1xi8>) -> tensor<1x28x28x144xf32>
    %132 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %133 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<40xf32>}> : () -> tensor<40xf32>
    %134 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<40x1x1x144xf32>}> : () -> tensor<40x1x1x144xf32>
    %135 = tosa.conv2d %131, %134, %133, %132, %132 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x144xf32>, tensor<40x1x1x144xf32>, tensor<40xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x40xf32>
    %136 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %137 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<240xf32>}> : () -> tensor<240xf32>
    %138 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<240x1x1x40xf32>}> : () -> tensor<240x1x1x40xf32>
    %139 = tosa.conv2d %135, %138, %137, %136, %136 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x40xf32>, tensor<240x1x1x40xf32>, tensor<240xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x240xf32>
    %140 = tosa.sigmoid %139 : (tensor<1x28x28x240xf32>) -> tensor<1x28x28x240xf32>
    %141 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %142 = tosa.mul %139, %140, %141 : (tensor<1x28x28x240xf32>, tensor<1x28x28x240xf32>, tensor<1xi8>) -> tensor<1x28x28x240xf32>
    %143 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %144 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<240xf32>}> : () -> tensor<240xf32>
    %145 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x240x1xf32>}> : () -> tensor<5x5x240x1xf32>
    %146 = tosa.depthwise_conv2d %142, %145, %144, %143, %143 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x28x28x240xf32>, tensor<5x5x240x1xf32>, tensor<240xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x240xf32>
    %147 = tosa.sigmoid %146 : (tensor<1x28x28x240xf32>) -> tensor<1x28x28x240xf32>
    %148 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %149 = tosa.mul %146, %147, %148 : (tensor<1x28x28x240xf32>, tensor<1x28x28x240xf32>, tensor<1xi8>) -> tensor<1x28x28x240xf32>
    %150 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %151 = tosa.avg_pool2d %149, %150, %150 {acc_type = f32, kernel = array<i64: 28, 28>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x240xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x240xf32>
    %152 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %153 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<10xf32>}> : () -> tensor<10xf32>
    %154 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<10x1x1x240xf32>}> : () -> tensor<10x1x1x240xf32>
    %155 = tosa.conv2d %151, %154, %153, %152, %152 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x240xf32>, tensor<10x1x1x240xf32>, tensor<10xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x10xf32>
    %156 = tosa.sigmoid %155 : (tensor<1x1x1x10xf32>) -> tensor<1x1x1x10xf32>
    %157 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %158 = tosa.mul %155, %156, %157 : (tensor<1x1x1x10xf32>, tensor<1x1x1x10xf32>, tensor<1xi8>) -> tensor<1x1x1x10xf32>
    %159 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %160 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<240xf32>}> : () -> tensor<240xf32>
    %161 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<240x1x1x10xf32>}> : () -> tensor<240x1x1x10xf32>
    %162 = tosa.conv2d %158, %161, %160, %159, %159 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x10xf32>, tensor<240x1x1x10xf32>, tensor<240xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x240xf32>
    %163 = tosa.sigmoid %162 : (tensor<1x1x1x240xf32>) -> tensor<1x1x1x240xf32>
    %164 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %165 = tosa.mul %163, %149, %164 : (tensor<1x1x1x240xf32>, tensor<1x28x28x240xf32>, tensor<1xi8>) -> tensor<1x28x28x240xf32>
    %166 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %167 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<40xf32>}> : () -> tensor<40xf32>
    %168 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<40x1x1x240xf32>}> : () -> tensor<40x1x1x240xf32>
    %169 = tosa.conv2d %165, %168, %167, %166, %166 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x240xf32>, tensor<40x1x1x240xf32>, tensor<40xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x40xf32>
    %170 = tosa.add %169, %135 : (tensor<1x28x28x40xf32>, tensor<1x28x28x40xf32>) -> tensor<1x28x28x40xf32>
    %171 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %172 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<240xf32>}> : () -> tensor<240xf32>
    %173 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<240x1x1x40xf32>}> : () -> tensor<240x1x1x40xf32>
    %174 = tosa.conv2d %170, %173, %172, %171, %171 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x28x28x40xf32>, tensor<240x1x1x40xf32>, tensor<240xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x28x28x240xf32>
    %175 = tosa.sigmoid %174 : (tensor<1x28x28x240xf32>) -> tensor<1x28x28x240xf32>
    %176 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %177 = tosa.mul %174, %175, %176 : (tensor<1x28x28x240xf32>, tensor<1x28x28x240xf32>, tensor<1xi8>) -> tensor<1x28x28x240xf32>
    %178 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %179 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<240xf32>}> : () -> tensor<240xf32>
    %180 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x240x1xf32>}> : () -> tensor<3x3x240x1xf32>
    %181 = tosa.depthwise_conv2d %177, %180, %179, %178, %178 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 0, 1, 0>, stride = array<i64: 2, 2>} : (tensor<1x28x28x240xf32>, tensor<3x3x240x1xf32>, tensor<240xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x240xf32>
    %182 = tosa.sigmoid %181 : (tensor<1x14x14x240xf32>) -> tensor<1x14x14x240xf32>
    %183 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %184 = tosa.mul %181, %182, %183 : (tensor<1x14x14x240xf32>, tensor<1x14x14x240xf32>, tensor<1xi8>) -> tensor<1x14x14x240xf32>
    %185 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %186 = tosa.avg_pool2d %184, %185, %185 {acc_type = f32, kernel = array<i64: 14, 14>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x240xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x240xf32>
    %187 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %188 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<10x1x1x240xf32>}> : () -> tensor<10x1x1x240xf32>
    %189 = tosa.conv2d %186, %188, %153, %187, %187 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x240xf32>, tensor<10x1x1x240xf32>, tensor<10xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x10xf32>
    %190 = tosa.sigmoid %189 : (tensor<1x1x1x10xf32>) -> tensor<1x1x1x10xf32>
    %191 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %192 = tosa.mul %189, %190, %191 : (tensor<1x1x1x10xf32>, tensor<1x1x1x10xf32>, tensor<1xi8>) -> tensor<1x1x1x10xf32>
    %193 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %194 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<240x1x1x10xf32>}> : () -> tensor<240x1x1x10xf32>
    %195 = tosa.conv2d %192, %194, %160, %193, %193 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x10xf32>, tensor<240x1x1x10xf32>, tensor<240xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x240xf32>
    %196 = tosa.sigmoid %195 : (tensor<1x1x1x240xf32>) -> tensor<1x1x1x240xf32>
    %197 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %198 = tosa.mul %196, %184, %197 : (tensor<1x1x1x240xf32>, tensor<1x14x14x240xf32>, tensor<1xi8>) -> tensor<1x14x14x240xf32>
    %199 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %200 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<80xf32>}> : () -> tensor<80xf32>
    %201 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<80x1x1x240xf32>}> : () -> tensor<80x1x1x240xf32>
    %202 = tosa.conv2d %198, %201, %200, %199, %199 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x240xf32>, tensor<80x1x1x240xf32>, tensor<80xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x80xf32>
    %203 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %204 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<480xf32>}> : () -> tensor<480xf32>
    %205 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<480x1x1x80xf32>}> : () -> tensor<480x1x1x80xf32>
    %206 = tosa.conv2d %202, %205, %204, %203, %203 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x80xf32>, tensor<480x1x1x80xf32>, tensor<480xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x480xf32>
    %207 = tosa.sigmoid %206 : (tensor<1x14x14x480xf32>) -> tensor<1x14x14x480xf32>
    %208 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %209 = tosa.mul %206, %207, %208 : (tensor<1x14x14x480xf32>, tensor<1x14x14x480xf32>, tensor<1xi8>) -> tensor<1x14x14x480xf32>
    %210 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %211 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<480xf32>}> : () -> tensor<480xf32>
    %212 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x480x1xf32>}> : () -> tensor<3x3x480x1xf32>
    %213 = tosa.depthwise_conv2d %209, %212, %211, %210, %210 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>, tensor<3x3x480x1xf32>, tensor<480xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x480xf32>
    %214 = tosa.sigmoid %213 : (tensor<1x14x14x480xf32>) -> tensor<1x14x14x480xf32>
    %215 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %216 = tosa.mul %213, %214, %215 : (tensor<1x14x14x480xf32>, tensor<1x14x14x480xf32>, tensor<1xi8>) -> tensor<1x14x14x480xf32>
    %217 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %218 = tosa.avg_pool2d %216, %217, %217 {acc_type = f32, kernel = array<i64: 14, 14>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x480xf32>
    %219 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %220 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<20xf32>}> : () -> tensor<20xf32>
    %221 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<20x1x1x480xf32>}> : () -> tensor<20x1x1x480xf32>
    %222 = tosa.conv2d %218, %221, %220, %219, %219 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x480xf32>, tensor<20x1x1x480xf32>, tensor<20xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x20xf32>
    %223 = tosa.sigmoid %222 : (tensor<1x1x1x20xf32>) -> tensor<1x1x1x20xf32>
    %224 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %225 = tosa.mul %222, %223, %224 : (tensor<1x1x1x20xf32>, tensor<1x1x1x20xf32>, tensor<1xi8>) -> tensor<1x1x1x20xf32>
    %226 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %227 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<480xf32>}> : () -> tensor<480xf32>
    %228 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<480x1x1x20xf32>}> : () -> tensor<480x1x1x20xf32>
    %229 = tosa.conv2d %225, %228, %227, %226, %226 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x20xf32>, tensor<480x1x1x20xf32>, tensor<480xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x480xf32>
    %230 = tosa.sigmoid %229 : (tensor<1x1x1x480xf32>) -> tensor<1x1x1x480xf32>
    %231 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %232 = tosa.mul %230, %216, %231 : (tensor<1x1x1x480xf32>, tensor<1x14x14x480xf32>, tensor<1xi8>) -> tensor<1x14x14x480xf32>
    %233 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %234 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<80xf32>}> : () -> tensor<80xf32>
    %235 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<80x1x1x480xf32>}> : () -> tensor<80x1x1x480xf32>
    %236 = tosa.conv2d %232, %235, %234, %233, %233 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>, tensor<80x1x1x480xf32>, tensor<80xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x80xf32>
    %237 = tosa.add %236, %202 : (tensor<1x14x14x80xf32>, tensor<1x14x14x80xf32>) -> tensor<1x14x14x80xf32>
    %238 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %239 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<480xf32>}> : () -> tensor<480xf32>
    %240 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<480x1x1x80xf32>}> : () -> tensor<480x1x1x80xf32>
    %241 = tosa.conv2d %237, %240, %239, %238, %238 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x80xf32>, tensor<480x1x1x80xf32>, tensor<480xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x480xf32>
    %242 = tosa.sigmoid %241 : (tensor<1x14x14x480xf32>) -> tensor<1x14x14x480xf32>
    %243 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %244 = tosa.mul %241, %242, %243 : (tensor<1x14x14x480xf32>, tensor<1x14x14x480xf32>, tensor<1xi8>) -> tensor<1x14x14x480xf32>
    %245 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %246 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<480xf32>}> : () -> tensor<480xf32>
    %247 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x480x1xf32>}> : () -> tensor<3x3x480x1xf32>
    %248 = tosa.depthwise_conv2d %244, %247, %246, %245, %245 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>, tensor<3x3x480x1xf32>, tensor<480xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x480xf32>
    %249 = tosa.sigmoid %248 : (tensor<1x14x14x480xf32>) -> tensor<1x14x14x480xf32>
    %250 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %251 = tosa.mul %248, %249, %250 : (tensor<1x14x14x480xf32>, tensor<1x14x14x480xf32>, tensor<1xi8>) -> tensor<1x14x14x480xf32>
    %252 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %253 = tosa.avg_pool2d %251, %252, %252 {acc_type = f32, kernel = array<i64: 14, 14>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x480xf32>
    %254 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %255 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<20x1x1x480xf32>}> : () -> tensor<20x1x1x480xf32>
    %256 = tosa.conv2d %253, %255, %220, %254, %254 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x480xf32>, tensor<20x1x1x480xf32>, tensor<20xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x20xf32>
    %257 = tosa.sigmoid %256 : (tensor<1x1x1x20xf32>) -> tensor<1x1x1x20xf32>
    %258 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %259 = tosa.mul %256, %257, %258 : (tensor<1x1x1x20xf32>, tensor<1x1x1x20xf32>, tensor<1xi8>) -> tensor<1x1x1x20xf32>
    %260 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %261 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<480x1x1x20xf32>}> : () -> tensor<480x1x1x20xf32>
    %262 = tosa.conv2d %259, %261, %227, %260, %260 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x20xf32>, tensor<480x1x1x20xf32>, tensor<480xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x480xf32>
    %263 = tosa.sigmoid %262 : (tensor<1x1x1x480xf32>) -> tensor<1x1x1x480xf32>
    %264 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %265 = tosa.mul %263, %251, %264 : (tensor<1x1x1x480xf32>, tensor<1x14x14x480xf32>, tensor<1xi8>) -> tensor<1x14x14x480xf32>
    %266 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %267 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<80xf32>}> : () -> tensor<80xf32>
    %268 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<80x1x1x480xf32>}> : () -> tensor<80x1x1x480xf32>
    %269 = tosa.conv2d %265, %268, %267, %266, %266 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>, tensor<80x1x1x480xf32>, tensor<80xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x80xf32>
    %270 = tosa.add %269, %237 : (tensor<1x14x14x80xf32>, tensor<1x14x14x80xf32>) -> tensor<1x14x14x80xf32>
    %271 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %272 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<480xf32>}> : () -> tensor<480xf32>
    %273 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<480x1x1x80xf32>}> : () -> tensor<480x1x1x80xf32>
    %274 = tosa.conv2d %270, %273, %272, %271, %271 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x80xf32>, tensor<480x1x1x80xf32>, tensor<480xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x480xf32>
    %275 = tosa.sigmoid %274 : (tensor<1x14x14x480xf32>) -> tensor<1x14x14x480xf32>
    %276 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %277 = tosa.mul %274, %275, %276 : (tensor<1x14x14x480xf32>, tensor<1x14x14x480xf32>, tensor<1xi8>) -> tensor<1x14x14x480xf32>
    %278 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %279 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<480xf32>}> : () -> tensor<480xf32>
    %280 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x480x1xf32>}> : () -> tensor<5x5x480x1xf32>
    %281 = tosa.depthwise_conv2d %277, %280, %279, %278, %278 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>, tensor<5x5x480x1xf32>, tensor<480xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x480xf32>
    %282 = tosa.sigmoid %281 : (tensor<1x14x14x480xf32>) -> tensor<1x14x14x480xf32>
    %283 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %284 = tosa.mul %281, %282, %283 : (tensor<1x14x14x480xf32>, tensor<1x14x14x480xf32>, tensor<1xi8>) -> tensor<1x14x14x480xf32>
    %285 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %286 = tosa.avg_pool2d %284, %285, %285 {acc_type = f32, kernel = array<i64: 14, 14>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x480xf32>
    %287 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %288 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<20x1x1x480xf32>}> : () -> tensor<20x1x1x480xf32>
    %289 = tosa.conv2d %286, %288, %220, %287, %287 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x480xf32>, tensor<20x1x1x480xf32>, tensor<20xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x20xf32>
    %290 = tosa.sigmoid %289 : (tensor<1x1x1x20xf32>) -> tensor<1x1x1x20xf32>
    %291 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %292 = tosa.mul %289, %290, %291 : (tensor<1x1x1x20xf32>, tensor<1x1x1x20xf32>, tensor<1xi8>) -> tensor<1x1x1x20xf32>
    %293 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %294 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<480x1x1x20xf32>}> : () -> tensor<480x1x1x20xf32>
    %295 = tosa.conv2d %292, %294, %227, %293, %293 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x20xf32>, tensor<480x1x1x20xf32>, tensor<480xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x480xf32>
    %296 = tosa.sigmoid %295 : (tensor<1x1x1x480xf32>) -> tensor<1x1x1x480xf32>
    %297 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %298 = tosa.mul %296, %284, %297 : (tensor<1x1x1x480xf32>, tensor<1x14x14x480xf32>, tensor<1xi8>) -> tensor<1x14x14x480xf32>
    %299 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %300 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<112xf32>}> : () -> tensor<112xf32>
    %301 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<112x1x1x480xf32>}> : () -> tensor<112x1x1x480xf32>
    %302 = tosa.conv2d %298, %301, %300, %299, %299 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x480xf32>, tensor<112x1x1x480xf32>, tensor<112xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x112xf32>
    %303 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %304 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<672xf32>}> : () -> tensor<672xf32>
    %305 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<672x1x1x112xf32>}> : () -> tensor<672x1x1x112xf32>
    %306 = tosa.conv2d %302, %305, %304, %303, %303 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x112xf32>, tensor<672x1x1x112xf32>, tensor<672xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x672xf32>
    %307 = tosa.sigmoid %306 : (tensor<1x14x14x672xf32>) -> tensor<1x14x14x672xf32>
    %308 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %309 = tosa.mul %306, %307, %308 : (tensor<1x14x14x672xf32>, tensor<1x14x14x672xf32>, tensor<1xi8>) -> tensor<1x14x14x672xf32>
    %310 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %311 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<672xf32>}> : () -> tensor<672xf32>
    %312 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x672x1xf32>}> : () -> tensor<5x5x672x1xf32>
    %313 = tosa.depthwise_conv2d %309, %312, %311, %310, %310 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x14x14x672xf32>, tensor<5x5x672x1xf32>, tensor<672xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x672xf32>
    %314 = tosa.sigmoid %313 : (tensor<1x14x14x672xf32>) -> tensor<1x14x14x672xf32>
    %315 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %316 = tosa.mul %313, %314, %315 : (tensor<1x14x14x672xf32>, tensor<1x14x14x672xf32>, tensor<1xi8>) -> tensor<1x14x14x672xf32>
    %317 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %318 = tosa.avg_pool2d %316, %317, %317 {acc_type = f32, kernel = array<i64: 14, 14>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x672xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x672xf32>
    %319 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %320 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<28xf32>}> : () -> tensor<28xf32>
    %321 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<28x1x1x672xf32>}> : () -> tensor<28x1x1x672xf32>
    %322 = tosa.conv2d %318, %321, %320, %319, %319 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x672xf32>, tensor<28x1x1x672xf32>, tensor<28xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x28xf32>
    %323 = tosa.sigmoid %322 : (tensor<1x1x1x28xf32>) -> tensor<1x1x1x28xf32>
    %324 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %325 = tosa.mul %322, %323, %324 : (tensor<1x1x1x28xf32>, tensor<1x1x1x28xf32>, tensor<1xi8>) -> tensor<1x1x1x28xf32>
    %326 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %327 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<672xf32>}> : () -> tensor<672xf32>
    %328 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<672x1x1x28xf32>}> : () -> tensor<672x1x1x28xf32>
    %329 = tosa.conv2d %325, %328, %327, %326, %326 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x28xf32>, tensor<672x1x1x28xf32>, tensor<672xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x672xf32>
    %330 = tosa.sigmoid %329 : (tensor<1x1x1x672xf32>) -> tensor<1x1x1x672xf32>
    %331 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %332 = tosa.mul %330, %316, %331 : (tensor<1x1x1x672xf32>, tensor<1x14x14x672xf32>, tensor<1xi8>) -> tensor<1x14x14x672xf32>
    %333 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %334 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<112xf32>}> : () -> tensor<112xf32>
    %335 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<112x1x1x672xf32>}> : () -> tensor<112x1x1x672xf32>
    %336 = tosa.conv2d %332, %335, %334, %333, %333 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x672xf32>, tensor<112x1x1x672xf32>, tensor<112xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x112xf32>
    %337 = tosa.add %336, %302 : (tensor<1x14x14x112xf32>, tensor<1x14x14x112xf32>) -> tensor<1x14x14x112xf32>
    %338 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %339 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<672xf32>}> : () -> tensor<672xf32>
    %340 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<672x1x1x112xf32>}> : () -> tensor<672x1x1x112xf32>
    %341 = tosa.conv2d %337, %340, %339, %338, %338 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x112xf32>, tensor<672x1x1x112xf32>, tensor<672xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x672xf32>
    %342 = tosa.sigmoid %341 : (tensor<1x14x14x672xf32>) -> tensor<1x14x14x672xf32>
    %343 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %344 = tosa.mul %341, %342, %343 : (tensor<1x14x14x672xf32>, tensor<1x14x14x672xf32>, tensor<1xi8>) -> tensor<1x14x14x672xf32>
    %345 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %346 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<672xf32>}> : () -> tensor<672xf32>
    %347 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x672x1xf32>}> : () -> tensor<5x5x672x1xf32>
    %348 = tosa.depthwise_conv2d %344, %347, %346, %345, %345 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x14x14x672xf32>, tensor<5x5x672x1xf32>, tensor<672xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x672xf32>
    %349 = tosa.sigmoid %348 : (tensor<1x14x14x672xf32>) -> tensor<1x14x14x672xf32>
    %350 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %351 = tosa.mul %348, %349, %350 : (tensor<1x14x14x672xf32>, tensor<1x14x14x672xf32>, tensor<1xi8>) -> tensor<1x14x14x672xf32>
    %352 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %353 = tosa.avg_pool2d %351, %352, %352 {acc_type = f32, kernel = array<i64: 14, 14>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x672xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x672xf32>
    %354 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %355 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<28x1x1x672xf32>}> : () -> tensor<28x1x1x672xf32>
    %356 = tosa.conv2d %353, %355, %320, %354, %354 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x672xf32>, tensor<28x1x1x672xf32>, tensor<28xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x28xf32>
    %357 = tosa.sigmoid %356 : (tensor<1x1x1x28xf32>) -> tensor<1x1x1x28xf32>
    %358 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %359 = tosa.mul %356, %357, %358 : (tensor<1x1x1x28xf32>, tensor<1x1x1x28xf32>, tensor<1xi8>) -> tensor<1x1x1x28xf32>
    %360 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %361 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<672x1x1x28xf32>}> : () -> tensor<672x1x1x28xf32>
    %362 = tosa.conv2d %359, %361, %327, %360, %360 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x28xf32>, tensor<672x1x1x28xf32>, tensor<672xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x672xf32>
    %363 = tosa.sigmoid %362 : (tensor<1x1x1x672xf32>) -> tensor<1x1x1x672xf32>
    %364 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %365 = tosa.mul %363, %351, %364 : (tensor<1x1x1x672xf32>, tensor<1x14x14x672xf32>, tensor<1xi8>) -> tensor<1x14x14x672xf32>
    %366 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %367 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<112xf32>}> : () -> tensor<112xf32>
    %368 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<112x1x1x672xf32>}> : () -> tensor<112x1x1x672xf32>
    %369 = tosa.conv2d %365, %368, %367, %366, %366 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x672xf32>, tensor<112x1x1x672xf32>, tensor<112xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x112xf32>
    %370 = tosa.add %369, %337 : (tensor<1x14x14x112xf32>, tensor<1x14x14x112xf32>) -> tensor<1x14x14x112xf32>
    %371 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %372 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<672xf32>}> : () -> tensor<672xf32>
    %373 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<672x1x1x112xf32>}> : () -> tensor<672x1x1x112xf32>
    %374 = tosa.conv2d %370, %373, %372, %371, %371 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x14x14x112xf32>, tensor<672x1x1x112xf32>, tensor<672xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x14x14x672xf32>
    %375 = tosa.sigmoid %374 : (tensor<1x14x14x672xf32>) -> tensor<1x14x14x672xf32>
    %376 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %377 = tosa.mul %374, %375, %376 : (tensor<1x14x14x672xf32>, tensor<1x14x14x672xf32>, tensor<1xi8>) -> tensor<1x14x14x672xf32>
    %378 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %379 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<672xf32>}> : () -> tensor<672xf32>
    %380 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x672x1xf32>}> : () -> tensor<5x5x672x1xf32>
    %381 = tosa.depthwise_conv2d %377, %380, %379, %378, %378 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 1, 2, 1>, stride = array<i64: 2, 2>} : (tensor<1x14x14x672xf32>, tensor<5x5x672x1xf32>, tensor<672xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x672xf32>
    %382 = tosa.sigmoid %381 : (tensor<1x7x7x672xf32>) -> tensor<1x7x7x672xf32>
    %383 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %384 = tosa.mul %381, %382, %383 : (tensor<1x7x7x672xf32>, tensor<1x7x7x672xf32>, tensor<1xi8>) -> tensor<1x7x7x672xf32>
    %385 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %386 = tosa.avg_pool2d %384, %385, %385 {acc_type = f32, kernel = array<i64: 7, 7>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x672xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x672xf32>
    %387 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %388 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<28x1x1x672xf32>}> : () -> tensor<28x1x1x672xf32>
    %389 = tosa.conv2d %386, %388, %320, %387, %387 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x672xf32>, tensor<28x1x1x672xf32>, tensor<28xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x28xf32>
    %390 = tosa.sigmoid %389 : (tensor<1x1x1x28xf32>) -> tensor<1x1x1x28xf32>
    %391 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %392 = tosa.mul %389, %390, %391 : (tensor<1x1x1x28xf32>, tensor<1x1x1x28xf32>, tensor<1xi8>) -> tensor<1x1x1x28xf32>
    %393 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %394 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<672x1x1x28xf32>}> : () -> tensor<672x1x1x28xf32>
    %395 = tosa.conv2d %392, %394, %327, %393, %393 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x28xf32>, tensor<672x1x1x28xf32>, tensor<672xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x672xf32>
    %396 = tosa.sigmoid %395 : (tensor<1x1x1x672xf32>) -> tensor<1x1x1x672xf32>
    %397 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %398 = tosa.mul %396, %384, %397 : (tensor<1x1x1x672xf32>, tensor<1x7x7x672xf32>, tensor<1xi8>) -> tensor<1x7x7x672xf32>
    %399 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %400 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %401 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x672xf32>}> : () -> tensor<192x1x1x672xf32>
    %402 = tosa.conv2d %398, %401, %400, %399, %399 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x672xf32>, tensor<192x1x1x672xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %403 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %404 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152xf32>}> : () -> tensor<1152xf32>
    %405 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152x1x1x192xf32>}> : () -> tensor<1152x1x1x192xf32>
    %406 = tosa.conv2d %402, %405, %404, %403, %403 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<1152x1x1x192xf32>, tensor<1152xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x1152xf32>
    %407 = tosa.sigmoid %406 : (tensor<1x7x7x1152xf32>) -> tensor<1x7x7x1152xf32>
    %408 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %409 = tosa.mul %406, %407, %408 : (tensor<1x7x7x1152xf32>, tensor<1x7x7x1152xf32>, tensor<1xi8>) -> tensor<1x7x7x1152xf32>
    %410 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %411 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152xf32>}> : () -> tensor<1152xf32>
    %412 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x1152x1xf32>}> : () -> tensor<5x5x1152x1xf32>
    %413 = tosa.depthwise_conv2d %409, %412, %411, %410, %410 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x7x7x1152xf32>, tensor<5x5x1152x1xf32>, tensor<1152xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x1152xf32>
    %414 = tosa.sigmoid %413 : (tensor<1x7x7x1152xf32>) -> tensor<1x7x7x1152xf32>
    %415 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %416 = tosa.mul %413, %414, %415 : (tensor<1x7x7x1152xf32>, tensor<1x7x7x1152xf32>, tensor<1xi8>) -> tensor<1x7x7x1152xf32>
    %417 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %418 = tosa.avg_pool2d %416, %417, %417 {acc_type = f32, kernel = array<i64: 7, 7>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x1152xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x1152xf32>
    %419 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %420 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48xf32>}> : () -> tensor<48xf32>
    %421 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x1152xf32>}> : () -> tensor<48x1x1x1152xf32>
    %422 = tosa.conv2d %418, %421, %420, %419, %419 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x1152xf32>, tensor<48x1x1x1152xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x48xf32>
    %423 = tosa.sigmoid %422 : (tensor<1x1x1x48xf32>) -> tensor<1x1x1x48xf32>
    %424 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %425 = tosa.mul %422, %423, %424 : (tensor<1x1x1x48xf32>, tensor<1x1x1x48xf32>, tensor<1xi8>) -> tensor<1x1x1x48xf32>
    %426 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %427 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152xf32>}> : () -> tensor<1152xf32>
    %428 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152x1x1x48xf32>}> : () -> tensor<1152x1x1x48xf32>
    %429 = tosa.conv2d %425, %428, %427, %426, %426 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x48xf32>, tensor<1152x1x1x48xf32>, tensor<1152xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x1152xf32>
    %430 = tosa.sigmoid %429 : (tensor<1x1x1x1152xf32>) -> tensor<1x1x1x1152xf32>
    %431 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %432 = tosa.mul %430, %416, %431 : (tensor<1x1x1x1152xf32>, tensor<1x7x7x1152xf32>, tensor<1xi8>) -> tensor<1x7x7x1152xf32>
    %433 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %434 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %435 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x1152xf32>}> : () -> tensor<192x1x1x1152xf32>
    %436 = tosa.conv2d %432, %435, %434, %433, %433 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x1152xf32>, tensor<192x1x1x1152xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %437 = tosa.add %436, %402 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %438 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %439 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152xf32>}> : () -> tensor<1152xf32>
    %440 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152x1x1x192xf32>}> : () -> tensor<1152x1x1x192xf32>
    %441 = tosa.conv2d %437, %440, %439, %438, %438 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<1152x1x1x192xf32>, tensor<1152xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x1152xf32>
    %442 = tosa.sigmoid %441 : (tensor<1x7x7x1152xf32>) -> tensor<1x7x7x1152xf32>
    %443 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %444 = tosa.mul %441, %442, %443 : (tensor<1x7x7x1152xf32>, tensor<1x7x7x1152xf32>, tensor<1xi8>) -> tensor<1x7x7x1152xf32>
    %445 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %446 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152xf32>}> : () -> tensor<1152xf32>
    %447 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x1152x1xf32>}> : () -> tensor<5x5x1152x1xf32>
    %448 = tosa.depthwise_conv2d %444, %447, %446, %445, %445 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x7x7x1152xf32>, tensor<5x5x1152x1xf32>, tensor<1152xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x1152xf32>
    %449 = tosa.sigmoid %448 : (tensor<1x7x7x1152xf32>) -> tensor<1x7x7x1152xf32>
    %450 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %451 = tosa.mul %448, %449, %450 : (tensor<1x7x7x1152xf32>, tensor<1x7x7x1152xf32>, tensor<1xi8>) -> tensor<1x7x7x1152xf32>
    %452 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %453 = tosa.avg_pool2d %451, %452, %452 {acc_type = f32, kernel = array<i64: 7, 7>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x1152xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x1152xf32>
    %454 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %455 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x1152xf32>}> : () -> tensor<48x1x1x1152xf32>
    %456 = tosa.conv2d %453, %455, %420, %454, %454 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x1152xf32>, tensor<48x1x1x1152xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x48xf32>
    %457 = tosa.sigmoid %456 : (tensor<1x1x1x48xf32>) -> tensor<1x1x1x48xf32>
    %458 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %459 = tosa.mul %456, %457, %458 : (tensor<1x1x1x48xf32>, tensor<1x1x1x48xf32>, tensor<1xi8>) -> tensor<1x1x1x48xf32>
    %460 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %461 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152x1x1x48xf32>}> : () -> tensor<1152x1x1x48xf32>
    %462 = tosa.conv2d %459, %461, %427, %460, %460 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x48xf32>, tensor<1152x1x1x48xf32>, tensor<1152xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x1152xf32>
    %463 = tosa.sigmoid %462 : (tensor<1x1x1x1152xf32>) -> tensor<1x1x1x1152xf32>
    %464 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %465 = tosa.mul %463, %451, %464 : (tensor<1x1x1x1152xf32>, tensor<1x7x7x1152xf32>, tensor<1xi8>) -> tensor<1x7x7x1152xf32>
    %466 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %467 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %468 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x1152xf32>}> : () -> tensor<192x1x1x1152xf32>
    %469 = tosa.conv2d %465, %468, %467, %466, %466 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x1152xf32>, tensor<192x1x1x1152xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %470 = tosa.add %469, %437 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %471 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %472 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152xf32>}> : () -> tensor<1152xf32>
    %473 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152x1x1x192xf32>}> : () -> tensor<1152x1x1x192xf32>
    %474 = tosa.conv2d %470, %473, %472, %471, %471 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<1152x1x1x192xf32>, tensor<1152xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x1152xf32>
    %475 = tosa.sigmoid %474 : (tensor<1x7x7x1152xf32>) -> tensor<1x7x7x1152xf32>
    %476 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %477 = tosa.mul %474, %475, %476 : (tensor<1x7x7x1152xf32>, tensor<1x7x7x1152xf32>, tensor<1xi8>) -> tensor<1x7x7x1152xf32>
    %478 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %479 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152xf32>}> : () -> tensor<1152xf32>
    %480 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<5x5x1152x1xf32>}> : () -> tensor<5x5x1152x1xf32>
    %481 = tosa.depthwise_conv2d %477, %480, %479, %478, %478 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 2, 2, 2, 2>, stride = array<i64: 1, 1>} : (tensor<1x7x7x1152xf32>, tensor<5x5x1152x1xf32>, tensor<1152xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x1152xf32>
    %482 = tosa.sigmoid %481 : (tensor<1x7x7x1152xf32>) -> tensor<1x7x7x1152xf32>
    %483 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %484 = tosa.mul %481, %482, %483 : (tensor<1x7x7x1152xf32>, tensor<1x7x7x1152xf32>, tensor<1xi8>) -> tensor<1x7x7x1152xf32>
    %485 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %486 = tosa.avg_pool2d %484, %485, %485 {acc_type = f32, kernel = array<i64: 7, 7>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x1152xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x1152xf32>
    %487 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %488 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x1152xf32>}> : () -> tensor<48x1x1x1152xf32>
    %489 = tosa.conv2d %486, %488, %420, %487, %487 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x1152xf32>, tensor<48x1x1x1152xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x48xf32>
    %490 = tosa.sigmoid %489 : (tensor<1x1x1x48xf32>) -> tensor<1x1x1x48xf32>
    %491 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %492 = tosa.mul %489, %490, %491 : (tensor<1x1x1x48xf32>, tensor<1x1x1x48xf32>, tensor<1xi8>) -> tensor<1x1x1x48xf32>
    %493 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %494 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152x1x1x48xf32>}> : () -> tensor<1152x1x1x48xf32>
    %495 = tosa.conv2d %492, %494, %427, %493, %493 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x48xf32>, tensor<1152x1x1x48xf32>, tensor<1152xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x1152xf32>
    %496 = tosa.sigmoid %495 : (tensor<1x1x1x1152xf32>) -> tensor<1x1x1x1152xf32>
    %497 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %498 = tosa.mul %496, %484, %497 : (tensor<1x1x1x1152xf32>, tensor<1x7x7x1152xf32>, tensor<1xi8>) -> tensor<1x7x7x1152xf32>
    %499 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %500 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192xf32>}> : () -> tensor<192xf32>
    %501 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<192x1x1x1152xf32>}> : () -> tensor<192x1x1x1152xf32>
    %502 = tosa.conv2d %498, %501, %500, %499, %499 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x1152xf32>, tensor<192x1x1x1152xf32>, tensor<192xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x192xf32>
    %503 = tosa.add %502, %470 : (tensor<1x7x7x192xf32>, tensor<1x7x7x192xf32>) -> tensor<1x7x7x192xf32>
    %504 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %505 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152xf32>}> : () -> tensor<1152xf32>
    %506 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152x1x1x192xf32>}> : () -> tensor<1152x1x1x192xf32>
    %507 = tosa.conv2d %503, %506, %505, %504, %504 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x192xf32>, tensor<1152x1x1x192xf32>, tensor<1152xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x1152xf32>
    %508 = tosa.sigmoid %507 : (tensor<1x7x7x1152xf32>) -> tensor<1x7x7x1152xf32>
    %509 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %510 = tosa.mul %507, %508, %509 : (tensor<1x7x7x1152xf32>, tensor<1x7x7x1152xf32>, tensor<1xi8>) -> tensor<1x7x7x1152xf32>
    %511 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %512 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152xf32>}> : () -> tensor<1152xf32>
    %513 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<3x3x1152x1xf32>}> : () -> tensor<3x3x1152x1xf32>
    %514 = tosa.depthwise_conv2d %510, %513, %512, %511, %511 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 1, 1, 1, 1>, stride = array<i64: 1, 1>} : (tensor<1x7x7x1152xf32>, tensor<3x3x1152x1xf32>, tensor<1152xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x1152xf32>
    %515 = tosa.sigmoid %514 : (tensor<1x7x7x1152xf32>) -> tensor<1x7x7x1152xf32>
    %516 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %517 = tosa.mul %514, %515, %516 : (tensor<1x7x7x1152xf32>, tensor<1x7x7x1152xf32>, tensor<1xi8>) -> tensor<1x7x7x1152xf32>
    %518 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %519 = tosa.avg_pool2d %517, %518, %518 {acc_type = f32, kernel = array<i64: 7, 7>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x1152xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x1152xf32>
    %520 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %521 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<48x1x1x1152xf32>}> : () -> tensor<48x1x1x1152xf32>
    %522 = tosa.conv2d %519, %521, %420, %520, %520 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x1152xf32>, tensor<48x1x1x1152xf32>, tensor<48xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x48xf32>
    %523 = tosa.sigmoid %522 : (tensor<1x1x1x48xf32>) -> tensor<1x1x1x48xf32>
    %524 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %525 = tosa.mul %522, %523, %524 : (tensor<1x1x1x48xf32>, tensor<1x1x1x48xf32>, tensor<1xi8>) -> tensor<1x1x1x48xf32>
    %526 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %527 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1152x1x1x48xf32>}> : () -> tensor<1152x1x1x48xf32>
    %528 = tosa.conv2d %525, %527, %427, %526, %526 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x1x1x48xf32>, tensor<1152x1x1x48xf32>, tensor<1152xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x1152xf32>
    %529 = tosa.sigmoid %528 : (tensor<1x1x1x1152xf32>) -> tensor<1x1x1x1152xf32>
    %530 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %531 = tosa.mul %529, %517, %530 : (tensor<1x1x1x1152xf32>, tensor<1x7x7x1152xf32>, tensor<1xi8>) -> tensor<1x7x7x1152xf32>
    %532 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %533 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<320xf32>}> : () -> tensor<320xf32>
    %534 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<320x1x1x1152xf32>}> : () -> tensor<320x1x1x1152xf32>
    %535 = tosa.conv2d %531, %534, %533, %532, %532 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x1152xf32>, tensor<320x1x1x1152xf32>, tensor<320xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x320xf32>
    %536 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %537 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1280xf32>}> : () -> tensor<1280xf32>
    %538 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1280x1x1x320xf32>}> : () -> tensor<1280x1x1x320xf32>
    %539 = tosa.conv2d %535, %538, %537, %536, %536 {acc_type = f32, dilation = array<i64: 1, 1>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x320xf32>, tensor<1280x1x1x320xf32>, tensor<1280xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x7x7x1280xf32>
    %540 = tosa.sigmoid %539 : (tensor<1x7x7x1280xf32>) -> tensor<1x7x7x1280xf32>
    %541 = "tosa.const"() <{values = dense<0> : tensor<1xi8>}> : () -> tensor<1xi8>
    %542 = tosa.mul %539, %540, %541 : (tensor<1x7x7x1280xf32>, tensor<1x7x7x1280xf32>, tensor<1xi8>) -> tensor<1x7x7x1280xf32>
    %543 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %544 = tosa.avg_pool2d %542, %543, %543 {acc_type = f32, kernel = array<i64: 7, 7>, pad = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<1x7x7x1280xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1x1280xf32>
    %545 = tosa.const_shape  {values = dense<[1, 1280, 1, 1]> : tensor<4xindex>} : () -> !tosa.shape<4>
    %546 = tosa.reshape %544, %545 : (tensor<1x1x1x1280xf32>, !tosa.shape<4>) -> tensor<1x1280x1x1xf32>
    %547 = tosa.const_shape  {values = dense<[1, 1280]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %548 = tosa.reshape %546, %547 : (tensor<1x1280x1x1xf32>, !tosa.shape<2>) -> tensor<1x1280xf32>
    %549 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1280x1000xf32>}> : () -> tensor<1280x1000xf32>
    %550 = tosa.const_shape  {values = dense<[1, 1, 1280]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %551 = tosa.reshape %548, %550 : (tensor<1x1280xf32>, !tosa.shape<3>) -> tensor<1x1x1280xf32>
    %552 = tosa.const_shape  {values = dense<[1, 1280, 1000]> : tensor<3xindex>} : () -> !tosa.shape<3>
    %553 = tosa.reshape %549, %552 : (tensor<1280x1000xf32>, !tosa.shape<3>) -> tensor<1x1280x1000xf32>
    %554 = "tosa.const"() <{values = dense<0.000000e+00> : tensor<1xf32>}> : () -> tensor<1xf32>
    %555 = tosa.matmul %551, %553, %554, %554 : (tensor<1x1x1280xf32>, tensor<1x1280x1000xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<1x1x1000xf32>
    %556 = tosa.const_shape  {values = dense<[1, 1000]> : tensor<2xindex>} : () -> !tosa.shape<2>
    %557 = tosa.reshape %555, %556 : (tensor<1x1x1000xf32>, !tosa.shape<2>) -> tensor<1x1000xf32>
    %558 = "tosa.const"() <{values = dense_resource<__elided__> : tensor<1x1000xf32>}> : () -> tensor<1x1000xf32>
    %559 = tosa.add %557, %558 : (tensor<1x1000xf32>, tensor<1x1000xf32>) -> tensor<1x1000xf32>
    return %559 : tensor<1x1000xf32>
  }
}
