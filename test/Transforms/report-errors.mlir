// RUN: not serenity-opt %s -serenity-report=output-file=%t.missing/dir/report.txt -o /dev/null 2>&1 | FileCheck %s --check-prefix=FILE

// An output file that cannot be opened is reported at the op the pass runs
// on (the module, line 8) and fails the run (bad option values:
// pass-options-errors.mlir).
// FILE: report-errors.mlir:8:1: error: serenity-report: cannot open output file '{{.*}}report.txt'

module {
  func.func @f() {
    return
  }
}
