// Every option of every pass is checked before the pass touches the IR: a
// value out of range is an error at the op the pass runs on (the module,
// line 45) and the run fails; a value the option parser cannot read is
// reported once, by the parser, and named in one error (no empty `error:`
// line after it).

// Sizes that would overflow: the memory model's knobs.
// RUN: not serenity-opt %s -serenity-memory-schedule=element-bits=4294967295 -o /dev/null 2>&1 | FileCheck %s --check-prefix=BITS
// RUN: not serenity-opt %s -serenity-annotate-footprint=alignment=18446744073709551615 -o /dev/null 2>&1 | FileCheck %s --check-prefix=ALIGN
// RUN: not serenity-opt %s -serenity-report=alignment=0 -o /dev/null 2>&1 | FileCheck %s --check-prefix=ALIGN0
// RUN: not serenity-opt %s -serenity-rewrite-identity=element-bits=2000 -o /dev/null 2>&1 | FileCheck %s --check-prefix=BITS-REWRITE
// BITS: pass-options-errors.mlir:45:1: error: serenity-memory-schedule: element-bits must be in [0, 1024], got 4294967295
// ALIGN: pass-options-errors.mlir:45:1: error: serenity-annotate-footprint: alignment must be in [1, 4294967296] bytes, got 18446744073709551615
// ALIGN0: pass-options-errors.mlir:45:1: error: serenity-report: alignment must be in [1, 4294967296] bytes, got 0
// BITS-REWRITE: pass-options-errors.mlir:45:1: error: serenity-rewrite-identity: element-bits must be in [0, 1024], got 2000

// The scheduler's knobs, in both passes that schedule.
// RUN: not serenity-opt %s -serenity-memory-schedule=time-limit=-1 -o /dev/null 2>&1 | FileCheck %s --check-prefix=TIME
// RUN: not serenity-opt %s -serenity-rewrite-identity=time-limit=nan -o /dev/null 2>&1 | FileCheck %s --check-prefix=NAN
// RUN: not serenity-opt %s -serenity-memory-schedule=max-states=0 -o /dev/null 2>&1 | FileCheck %s --check-prefix=STATES
// RUN: not serenity-opt %s -serenity-rewrite-identity=beam-width=100000 -o /dev/null 2>&1 | FileCheck %s --check-prefix=BEAM
// TIME: pass-options-errors.mlir:45:1: error: serenity-memory-schedule: time-limit must be a number of seconds (0 or inf: none), got -1
// NAN: pass-options-errors.mlir:45:1: error: serenity-rewrite-identity: time-limit must be a number of seconds (0 or inf: none), got nan
// STATES: pass-options-errors.mlir:45:1: error: serenity-memory-schedule: max-states must be at least 1
// BEAM: pass-options-errors.mlir:45:1: error: serenity-rewrite-identity: beam-width must be at most 65536, got 100000

// Values the option parser rejects, as a flag and in a pipeline.
// RUN: not serenity-opt %s -serenity-memory-schedule=max-states=abc -o /dev/null 2>&1 | FileCheck %s --check-prefix=PARSE
// RUN: not serenity-opt %s --pass-pipeline='builtin.module(serenity-memory-schedule{max-states=abc})' -o /dev/null 2>&1 | FileCheck %s --check-prefix=PARSE
// RUN: not serenity-opt %s -serenity-memory-schedule=algorithm=magic -o /dev/null 2>&1 | FileCheck %s --check-prefix=ALGO
// RUN: not serenity-opt %s -serenity-report=timeline=xml -o /dev/null 2>&1 | FileCheck %s --check-prefix=TIMELINE
// PARSE: for the --max-states option: 'abc' value invalid for ulong argument!
// PARSE-NOT: error: {{$}}
// PARSE: error: invalid options for serenity-memory-schedule: 'max-states=abc'
// PARSE-NOT: error: {{$}}
// ALGO: for the --algorithm option: Cannot find option named 'magic'!
// ALGO-NEXT: error: invalid options for serenity-memory-schedule: 'algorithm=magic'
// TIMELINE: for the --timeline option: Cannot find option named 'xml'!
// TIMELINE-NEXT: error: invalid options for serenity-report: 'timeline=xml'

// Options that cannot go together.
// RUN: not serenity-opt %s -serenity-report='format=json timeline=csv' -o /dev/null 2>&1 | FileCheck %s --check-prefix=CSV
// CSV: pass-options-errors.mlir:45:1: error: serenity-report: timeline=csv prints CSV instead of the report; it cannot be combined with format=json

module {
  func.func @f() {
    return
  }
}
