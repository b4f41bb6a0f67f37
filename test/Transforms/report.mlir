// RUN: serenity-opt %s -serenity-report -o /dev/null | FileCheck %s --check-prefix=TEXT
// RUN: serenity-opt %s -serenity-report=timeline=csv -o /dev/null | FileCheck %s --check-prefix=CSV
// RUN: serenity-opt %s -serenity-report=timeline=json -o /dev/null | FileCheck %s --check-prefix=JSON
// RUN: serenity-opt %s -serenity-report="timeline=json output-file=%t.json" -o /dev/null
// RUN: %host_python -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['functions'][0]['blocks'][0]['peak_bytes'])" %t.json | FileCheck %s --check-prefix=FILE
// RUN: serenity-opt %s -serenity-report -o - | FileCheck %s --check-prefix=IR

// The report does not change the IR.
// IR: func.func @diamond
// IR-NOT: serenity.

// Rule 7 step by step: the timeline shows live bytes while each op runs and
// after its dead buffers are freed.
//   entry          : arg 1024
//   %0 = abs(arg)  : 2048 during, 2048 after (arg still needed by %1)
//   %1 = tanh(arg) : 3072 during, 2048 after (arg freed)
//   %2 = add       : 3072 during, 1024 after (%0, %1 freed; %2 returned)
// Lower bound: add needs %0 + %1 + %2 = 3072.
// TEXT: serenity-report: @diamond: 3 ops, peak 3072 bytes at op #1 (tosa.tanh loc({{.*}}report.mlir":{{[0-9]+}}:8)), lower bound 3072 bytes, entry 1024 bytes
// TEXT: serenity-report: @two_blocks: 2 blocks, each modelled on its own
// TEXT-NEXT: block #0: 1 ops, peak 32 bytes at op #0
// TEXT-NEXT: block #1: 2 ops, peak 48 bytes at op #0
// TEXT: serenity-report: @external: external, nothing to report

// CSV: function,block,step,op,loc,during_bytes,after_bytes
// CSV-NEXT: diamond,0,-1,entry,,1024,1024
// CSV-NEXT: diamond,0,0,tosa.abs,"loc(""{{.*}}report.mlir"":{{[0-9]+}}:8)",2048,2048
// CSV-NEXT: diamond,0,1,tosa.tanh,"{{.*}}",3072,2048
// CSV-NEXT: diamond,0,2,tosa.add,"{{.*}}",3072,1024

// JSON keys come sorted; the function's name follows its blocks.
// JSON: "lower_bound_bytes": 3072
// JSON: "peak_bytes": 3072
// JSON: "peak_step": 1
// JSON: "during_bytes": 3072
// JSON: "op": "tosa.tanh"
// JSON: "function": "diamond"

// FILE: 3072
func.func @diamond(%arg0: tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32> {
  %0 = tosa.abs %arg0 : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %1 = tosa.tanh %arg0 : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  %2 = tosa.add %0, %1 : (tensor<1x8x8x4xf32>, tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  return %2 : tensor<1x8x8x4xf32>
}

// Several blocks: each block is modelled on its own. Block #0: arg (16) +
// abs (16) = 32; %0 is passed to ^bb1 as its argument (live-out of block #0).
// Block #1: its argument %x (16), the arg %a live-in from the entry block
// (16) and the exp (16): 48; the add holds %a, %1 and its result: 48.
func.func @two_blocks(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = tosa.abs %a : (tensor<4xf32>) -> tensor<4xf32>
  cf.br ^bb1(%0 : tensor<4xf32>)
^bb1(%x: tensor<4xf32>):
  %1 = tosa.exp %x : (tensor<4xf32>) -> tensor<4xf32>
  %2 = tosa.add %1, %a : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %2 : tensor<4xf32>
}

func.func private @external(tensor<4xf32>) -> tensor<4xf32>
