#!/usr/bin/env python3
"""Run a TOSA or linalg-on-tensors function and measure its peak memory.

serenity-run lowers a module through bufferization and buffer deallocation to
LLVM, runs one of its functions with mlir-runner on a deterministic input,
and prints the peak of the bytes the compiled code really had allocated at
once, next to what the memory model (docs/MemoryModel.md) predicts for the
same order of ops, and a checksum of every output. docs/Runtime.md explains
the pipeline and what counts.

    serenity-run.py model.mlir                      # the order as given
    serenity-run.py model.mlir --passes=-serenity-memory-schedule
    serenity-run.py model.mlir --no-dealloc-fix     # upstream dealloc placement
    serenity-run.py model.mlir --json
    serenity-run.py bench/models/tosa/googlenet.mlir --elided=zero-splats
    serenity-run.py model.mlir --deploy='rewrite=true'  # one static arena

It only orchestrates utils/serenity_harness.py: every stage is a named
pipeline or a test pass of serenity-opt (the entry function that feeds the
function and checksums its results, the weights elided by the importer filled
at run time), and every figure is read from JSON (the memory model's report,
the runtime's events).

Standard library only; runs with any python3 (3.7 or newer).
"""

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import serenity_harness as harness  # noqa: E402
from serenity_harness import RunError  # noqa: E402


def predicted_peak(tools, path, before, name, timeout):
    """The model's peak for @name after the pipeline elements `before`, and
    the function's Serenity attributes."""
    function = harness.function_report(
        harness.report(tools, path, before, timeout=timeout), name)
    if len(function["blocks"]) > 1:
        raise RunError("predict", "@%s has several blocks" % name)
    return function["peak_bytes"], function["attributes"]


def deploy_options(options):
    """serenity-deploy's options for --deploy=OPTIONS, or RunError for
    those the harness cannot run."""
    if re.search(r"\barena\s*=\s*argument\b", options):
        raise RunError("deploy", "arena=argument changes the entry "
                       "function's signature; use alloc or global")
    return options


def check_deployed(result, options, op_counts):
    """Activations only from the arena, and the measured arena the planned
    one: one allocation of the planned size (none with arena=global), and
    no memref.alloc but the arena's left in the bufferized IR."""
    if "arena" not in result:
        raise RunError("deploy", "no #serenity.arena on the entry function")
    planned = result["arena"]["bytes"]
    is_global = re.search(r"\barena\s*=\s*global\b", options) is not None
    want = (0, 0) if is_global else (1, planned)
    got = (result["allocations"], result["measured"])
    if got != want:
        raise RunError("deploy", "expected %d allocations and a measured "
                       "peak of %d bytes (the planned arena), measured %d "
                       "allocations and %d bytes" % (want + got))
    allocs = op_counts.get("memref.alloc", 0)
    if allocs != want[0]:
        raise RunError("deploy", "%d memref.alloc left in the bufferized "
                       "IR, expected %d" % (allocs, want[0]))
    result["deployed"] = {"planned_bytes": planned,
                          "measured_bytes": got[1],
                          "storage": "global" if is_global else "alloc"}


def measure(args):
    tools = harness.Tools(args.build_dir, args.mlir_runner,
                          args.runner_lib_dir)
    timeout = args.timeout or None
    tmp = args.keep_temps or tempfile.mkdtemp(prefix="serenity-run-")
    os.makedirs(tmp, exist_ok=True)
    seconds = {}
    result = {"module": args.module}
    try:
        # 1. The order to run: the module as given (its weights prepared),
        # after `--passes`.
        start = time.monotonic()
        source = args.module
        info = os.path.join(tmp, "weights.json")
        prepare = harness.weight_pass(args.weights, args.elided, info)
        if prepare:
            source = os.path.join(tmp, "0-weights.mlir")
            harness.opt(tools, args.module, source, [prepare], "weights",
                        timeout)
            key = ("materialized_weights" if args.weights == "materialize"
                   else "marked_weights")
            result[key] = harness.read_json(info)["weights"]
        prepared = os.path.join(tmp, "0-prepared.mlir")
        harness.run([tools.opt, source] + args.passes + ["-o", prepared],
                    "passes", timeout=timeout)

        # 2. Lower to LLVM around an entry function: the function's name and
        # signature come back from the entry pass.
        lowered, signature = harness.compile_module(
            tools, prepared, tmp, function=args.function,
            weights=args.weights, elided=args.elided,
            free_after_last_use=not args.no_dealloc_fix, loops=args.loops,
            bufferized_passes=args.bufferized_passes,
            deploy=(None if args.deploy is None
                    else deploy_options(args.deploy)),
            timeout=timeout)
        name = signature["function"]
        result["function"] = name
        if "arena" in signature["attributes"]:
            result["arena"] = signature["attributes"]["arena"]
        result["filled_weights"] = signature["filled_weights"]
        result["input_independent_results"] = \
            signature["input_independent_results"]
        seconds["lower"] = time.monotonic() - start

        # 3. What the model predicts for this order, on the IR as given and
        # on the linalg the lowering produces from it. (With --deploy the
        # pipeline schedules, and the planned arena is the prediction.)
        start = time.monotonic()
        if not args.no_predict and args.deploy is None:
            result["predicted"], attributes = predicted_peak(
                tools, prepared, [], name, timeout)
            result["predicted_linalg"], _ = predicted_peak(
                tools, prepared, ["serenity-tosa-to-linalg"], name, timeout)
            for key in ("schedule", "rewrite"):
                if key in attributes:
                    result[key] = attributes[key]
        seconds["predict"] = time.monotonic() - start

        # 4. Run.
        start = time.monotonic()
        events = harness.execute(tools, lowered, args.opt_level, timeout,
                                 dump_dir=args.dump_outputs)
        seconds["run"] = time.monotonic() - start
    finally:
        if not args.keep_temps:
            shutil.rmtree(tmp, ignore_errors=True)

    if len(events["outputs"]) != len(signature["results"]):
        raise RunError("run", "%d outputs for %d results" % (
            len(events["outputs"]), len(signature["results"])))
    result["outputs"] = [dict(o, shape="x".join(str(d) for d in o["shape"]))
                         for o in events["outputs"]]
    for o in result["outputs"]:
        del o["index"]
    # Outputs whose elements are all equal: what a network computes when its
    # weights are zeros (a legacy zero-splat import run with
    # --elided=resource fills nothing), whatever the input.
    result["constant_outputs"] = [
        i for i, o in enumerate(result["outputs"])
        if o["elements"] > 1 and o["nonfinite"] == 0 and o["min"] == o["max"]]
    report = events["report"]
    result["measured"] = report["peak_bytes"]
    result["peak_allocation"] = report["peak_allocation"]
    result["allocations"] = report["allocations"]
    result["frees"] = report["frees"]
    result["allocated_total"] = report["allocated_bytes"]
    result["live_at_exit"] = events["exit"]["live_bytes"]
    seconds["compile"] = report["seconds_to_first_allocation"]
    seconds["execute"] = report["seconds_executing"]
    result["seconds"] = {k: round(v, 2) for k, v in seconds.items()}
    if args.deploy is not None:
        check_deployed(result, args.deploy, signature["op_counts"])
    return result


def print_text(result):
    name = result["function"]
    line = "serenity-run: @%s: measured peak %d bytes" % (name,
                                                          result["measured"])
    if "predicted" in result:
        line += ", predicted %d bytes (model on the input IR), %d bytes " \
                "(model on the lowered linalg)" % (result["predicted"],
                                                   result["predicted_linalg"])
    print(line)
    print("serenity-run: @%s: %d allocations, %d frees, %d bytes allocated "
          "in total, %d live at exit" % (name, result["allocations"],
                                         result["frees"],
                                         result["allocated_total"],
                                         result["live_at_exit"]))
    if "arena" in result:
        print("serenity-run: @%s: arena %d bytes, lower bound %d bytes, "
              "%d buffers" % (name, result["arena"]["bytes"],
                              result["arena"]["lower_bound"],
                              result["arena"]["buffers"]))
    if "deployed" in result:
        d = result["deployed"]
        print("serenity-run: @%s: deployed: every buffer in one arena (%s) "
              "of %d bytes planned, %d bytes allocated at run time"
              % (name, d["storage"], d["planned_bytes"], d["measured_bytes"]))

    def number(value):
        # The runtime gives null for a sum that overflowed.
        return "inf" if value is None else "%.9g" % value
    for i, o in enumerate(result["outputs"]):
        print("serenity-run: @%s: output %d %s %s hash %s sum %s abs_sum %s "
              "nonfinite %d" % (name, i, o["type"], o["shape"], o["hash"],
                                number(o["sum"]), number(o["abs_sum"]),
                                o["nonfinite"]))
    for i in result["input_independent_results"]:
        print("serenity-run: @%s: warning: output %d does not depend on the "
              "input (its checksum is the same for every input)" % (name, i))
    for i in result["constant_outputs"]:
        if i in result["input_independent_results"]:
            continue
        print("serenity-run: @%s: warning: output %d is constant (every "
              "element is %s), so it says little about the order; %d elided "
              "weights were filled (a module whose elided weights are zero "
              "splats needs --elided=zero-splats)"
              % (name, i, number(result["outputs"][i]["min"]),
                 result["filled_weights"]))
    print("serenity-run: @%s: seconds %s" % (name, ", ".join(
        "%s %.1f" % kv for kv in result["seconds"].items())))


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Run with --help for the options; docs/Runtime.md for more.")
    parser.add_argument("module", help="TOSA or linalg-on-tensors module")
    parser.add_argument("--function", help="function to run (default: the "
                        "first public function with a body)")
    parser.add_argument("--passes", action="append", default=[],
                        help="serenity-opt arguments applied first, e.g. "
                        "--passes=-serenity-memory-schedule (repeatable)")
    parser.add_argument("--bufferized-passes", action="append", default=[],
                        metavar="PASS", help="passes run on the bufferized "
                        "IR after the deallocs are placed, e.g. "
                        "serenity-plan-arena (repeatable)")
    parser.add_argument("--deploy", nargs="?", const="", metavar="OPTIONS",
                        help="compile with the serenity-deploy pipeline "
                        "(schedule, bufferize, plan one arena; OPTIONS are "
                        "its options, e.g. --deploy='rewrite=true "
                        "arena=global') and check that the arena is the "
                        "only allocation and is the planned size")
    parser.add_argument("--no-dealloc-fix", action="store_true",
                        help="leave deallocs where buffer-deallocation-"
                        "pipeline puts them (end of block)")
    parser.add_argument("--weights", choices=harness.WEIGHTS,
                        default="fill", help="what elided weights get. fill: "
                        "pseudo-random values at run time, seeded by the "
                        "weight's global (default; genuine constants keep "
                        "their values); materialize: pseudo-random "
                        "values written into them before any pass (for "
                        "comparing the outputs of passes that rewrite "
                        "weights; slower); keep: nothing (with "
                        "--elided=zero-splats the zeros stay, and TOSA's "
                        "folders may simplify the network away: x * 0 -> 0)")
    parser.add_argument("--elided", choices=harness.ELIDED,
                        default="resource", help="how the importer marked "
                        "the weights it elided: resource: "
                        "dense_resource<__elided__> (default, what "
                        "serenity-translate --elide-weights writes); "
                        "zero-splats: legacy, every f32 zero splat but "
                        "tensor<1xf32> and tensor<f32> (zero points) is an "
                        "elided weight too (resources always are)")
    parser.add_argument("--dump-outputs", metavar="DIR",
                        help="write every output's raw bytes to "
                        "DIR/output<N>.bin (row-major)")
    parser.add_argument("--loops", choices=harness.LOOPS, default="loops",
                        help="how linalg becomes loops")
    parser.add_argument("--opt-level", type=int, default=0,
                        help="mlir-runner's LLVM optimisation level (default "
                        "0: the whole network is one function after "
                        "inlining, and LLVM's optimisations of it take far "
                        "longer than running it unoptimised)")
    parser.add_argument("--no-predict", action="store_true",
                        help="skip the model's predictions")
    parser.add_argument("--build-dir", help="directory with bin/serenity-opt "
                        "and lib/libSerenityRuntime.so (default: build, "
                        "build-run or build-bench)")
    parser.add_argument("--mlir-runner", help="mlir-runner binary")
    parser.add_argument("--runner-lib-dir", help="directory of "
                        "libmlir_c_runner_utils.so (default: beside "
                        "mlir-runner)")
    parser.add_argument("--timeout", type=int, default=0,
                        help="seconds per stage (0: none)")
    parser.add_argument("--keep-temps", metavar="DIR",
                        help="keep every stage's IR in DIR")
    parser.add_argument("--json", action="store_true",
                        help="print the result as JSON")
    args = parser.parse_args(argv)
    try:
        result = measure(args)
    except RunError as e:
        print("serenity-run: error: %s" % e, file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print_text(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
