// RUN: serenity-opt %s -serenity-report=onchip-bytes=3072 -o /dev/null | FileCheck %s --check-prefix=FITS
// RUN: serenity-opt %s -serenity-report=onchip-bytes=2048 -o /dev/null | FileCheck %s --check-prefix=C2K
// RUN: serenity-opt %s -serenity-report=onchip-bytes=1024 -o /dev/null | FileCheck %s --check-prefix=C1K
// RUN: serenity-opt %s -serenity-report="onchip-bytes=2048 timeline=json" -o /dev/null | FileCheck %s --check-prefix=JSON
// RUN: serenity-opt %s -serenity-report -o /dev/null | FileCheck %s --check-prefix=NONE
// RUN: serenity-opt %serenity_src/examples/nas-cells.mlir -serenity-report="element-bits=8 onchip-bytes=32768" -o /dev/null | FileCheck %s --check-prefix=NAS
// RUN: serenity-opt %serenity_src/examples/nas-cells.mlir -serenity-memory-schedule -serenity-report="element-bits=8 onchip-bytes=32768" -o /dev/null | FileCheck %s --check-prefix=NAS-SCHED
// RUN: serenity-opt %serenity_src/examples/nas-cells.mlir -serenity-memory-schedule -serenity-report="element-bits=8 onchip-bytes=65536" -o /dev/null | FileCheck %s --check-prefix=NAS-64K

// Off-chip traffic of the current order under Belady's policy (docs/Arena.md),
// with every buffer 1024 bytes (1x8x8x4xf32):
//   entry           : %arg0 on chip
//   #0 abs(%arg0)   : holds %arg0 (read), %0 (written)           = 2048
//   #1 exp(%arg0)   : holds %arg0 (read), %1 (written), %0 (live) = 3072
//   #2 add(%0, %1)  : reads %0, %1, writes %2 (returned)          = 3072
//
// 3072 bytes on chip: everything fits, nothing moves.
// FITS: serenity-report: @diamond: 3 ops, peak 3072 bytes at op #1 {{.*}}, entry 1024 bytes, off-chip traffic 0 bytes (0 loaded, 0 stored)
//
// 2048 bytes: during #1, 1024 of the 3072 bytes must be off chip; %0 and %1
// are both next read by #2 and have no off-chip copy, so one of them is
// stored (1024) and #2 reads it back from off chip (1024 loaded), holding the
// other operand and its result (2048).
// C2K: serenity-report: @diamond: {{.*}}, off-chip traffic 2048 bytes (1024 loaded, 1024 stored)
//
// 1024 bytes: #0 holds %arg0 (read again by #1) and writes %0 straight out
// (1024 stored); #1 likewise writes %1 out (1024 stored); #2 reads both from
// off chip (2048 loaded) and holds its result.
// C1K: serenity-report: @diamond: {{.*}}, off-chip traffic 4096 bytes (2048 loaded, 2048 stored)
//
// JSON: "load_bytes": 1024
// JSON: "store_bytes": 1024
//
// Without the option the line has no traffic.
// NONE: serenity-report: @diamond: {{.*}}, entry 1024 bytes{{$}}
//
// The traffic is that of the current order. The bundled example in int8 with
// 32 KiB on chip: as written (peak 84 KiB) 448 KiB move; in the memory-optimal
// order (peak 48 KiB) 88 KiB; with 64 KiB, above that peak, nothing.
// NAS: serenity-report: @nas_cells: {{.*}} peak 86016 bytes {{.*}}, off-chip traffic 458752 bytes (229376 loaded, 229376 stored)
// NAS-SCHED: serenity-report: @nas_cells: {{.*}} peak 49152 bytes {{.*}}, off-chip traffic 90112 bytes (57344 loaded, 32768 stored)
// NAS-64K: serenity-report: @nas_cells: {{.*}} peak 49152 bytes {{.*}}, off-chip traffic 0 bytes (0 loaded, 0 stored)

func.func @diamond(%arg0: tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32> {
  %0 = tosa.abs %arg0 : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %1 = tosa.exp %arg0 : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %2 = tosa.add %0, %1 : (tensor<1x8x8x4xf32>, tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  return %2 : tensor<1x8x8x4xf32>
}
