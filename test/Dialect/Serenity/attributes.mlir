// RUN: serenity-opt %s | serenity-opt | FileCheck %s

// Valid serenity attributes round-trip.

// CHECK-LABEL: func.func @annotated
// CHECK-SAME:    (%{{.*}}: tensor<?xf32> {serenity.bytes = 64 : i64})
// CHECK-SAME:    serenity.peak_bytes = 128 : i64
// CHECK-SAME:    serenity.schedule = #serenity.schedule<peak_before = 192, peak_after = 128, lower_bound = 128, optimal = true, method = "exact">
// CHECK:         tosa.abs {{.*}}{serenity.bytes = array<i64: 64>}
func.func @annotated(%a: tensor<?xf32> {serenity.bytes = 64 : i64}) -> tensor<?xf32>
    attributes {serenity.peak_bytes = 128 : i64,
                serenity.schedule = #serenity.schedule<peak_before = 192, peak_after = 128, lower_bound = 128, optimal = true, method = "exact">} {
  %0 = tosa.abs %a {serenity.bytes = array<i64: 64>} : (tensor<?xf32>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}
