// RUN: not serenity-opt %s -serenity-report=timeline=xml -o /dev/null 2>&1 | FileCheck %s --check-prefix=FORMAT
// RUN: not serenity-opt %s -serenity-annotate-footprint=alignment=0 -o /dev/null 2>&1 | FileCheck %s --check-prefix=ALIGN
// RUN: not serenity-opt %s -serenity-report=output-file=%t.missing/dir/report.txt -o /dev/null 2>&1 | FileCheck %s --check-prefix=FILE

// Bad pass options are reported at the op the pass runs on (the module,
// line 11) and fail the run.
// FORMAT: report-errors.mlir:11:1: error: serenity-report: unknown timeline format 'xml' (expected none, json or csv)
// ALIGN: report-errors.mlir:11:1: error: serenity: alignment must be at least 1
// FILE: report-errors.mlir:11:1: error: serenity-report: cannot open output file '{{.*}}report.txt'

module {
  func.func @f() {
    return
  }
}
