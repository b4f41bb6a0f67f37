#!/usr/bin/env python3
"""Runs a network before and after -serenity-rewrite-identity and compares.

The network is a TOSA function (a .mlir file). Its f32 constants of more
than one element (weights, biases, per-channel scales) get pseudo-random
values first (-serenity-test-materialize-weights{select=all}), so that a
rewrite that mixes up weight slices or channels cannot go unnoticed;
single-element constants (zero points, shifts, scalars) are kept. Then:

  reference = the network                       (optionally lowered to linalg)
  rewritten = serenity-opt -serenity-rewrite-identity{...}
              -serenity-memory-schedule         (the order the rewrite is for)

Both run through the harness of utils/serenity_harness.py on the same
inputs (the entry pass's pattern), and their outputs are compared within
fp32 tolerance. What the rewrite did is read from the function's
#serenity.rewrite (-serenity-report{format=json}) and printed; --expect
checks that the rewrites under test really happened.

Prints "N passed, M failed"; exits non-zero on a failure.
"""

import argparse
import os
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "utils"))
import serenity_harness as harness  # noqa: E402

# The report's #serenity.rewrite fields, by the names --expect and the
# output use.
FIGURES = [("sites", "sites"), ("sites-rewritten", "rewritten"),
           ("convs", "convs_partitioned"), ("ops", "ops_partitioned"),
           ("concats", "concats_materialized"),
           ("redirected", "producers_redirected"), ("sums", "adds_accumulated"),
           ("peak-before", "peak_before"), ("peak-after", "peak_after")]


def run_outputs(tools, source, tmp):
    """The outputs of the function of `source`, as float32 arrays."""
    os.makedirs(tmp)
    lowered, signature = harness.compile_module(tools, source, tmp,
                                                weights="keep", stages=False)
    dump = os.path.join(tmp, "outputs")
    harness.execute(tools, lowered, dump_dir=dump)
    outputs = []
    for i, result in enumerate(signature["results"]):
        if result["type"] != "f32":
            raise harness.RunError("driver", "only f32 results are compared")
        outputs.append(np.frombuffer(harness.read_output(dump, i),
                                     dtype=np.float32))
    return outputs


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--serenity-opt", required=True)
    ap.add_argument("--mlir-runner", required=True)
    ap.add_argument("--lib-dir", default="")
    ap.add_argument("--network", required=True, help="a TOSA .mlir file")
    ap.add_argument("--linalg", action="store_true",
                    help="lower the network to linalg before rewriting")
    ap.add_argument("--rewrites", default="channel,kernel,concat,sum")
    ap.add_argument("--profitable", action="store_true",
                    help="keep only-if-profitable=true (default: rewrite "
                         "every site, to test every rewrite)")
    ap.add_argument("--expect", action="append", default=[],
                    help="NAME>=N on the figures: " +
                    ", ".join(name for name, _ in FIGURES))
    ap.add_argument("--keep-weights", action="store_true",
                    help="keep the network's constants (when they are "
                         "already random, e.g. an exported untrained model)")
    ap.add_argument("--rtol", type=float, default=1e-4)
    ap.add_argument("--atol", type=float, default=1e-5)
    args = ap.parse_args()
    name = os.path.basename(args.network) + (" (linalg)" if args.linalg
                                             else "")

    try:
        tools = harness.Tools(mlir_runner=args.mlir_runner,
                              lib_dir=args.lib_dir, opt=args.serenity_opt)
        with tempfile.TemporaryDirectory(prefix="rewrite-test-") as tmp:
            source = args.network
            randomized = 0
            before = []
            if not args.keep_weights:
                info = os.path.join(tmp, "weights.json")
                before.append("serenity-test-materialize-weights{select=all "
                              "info-file=%s}" % info)
            if args.linalg:
                before.append("serenity-tosa-to-linalg")
            if before:
                reference = os.path.join(tmp, "reference.mlir")
                harness.opt(tools, source, reference, before, "prepare")
                source = reference
                if not args.keep_weights:
                    randomized = harness.read_json(info)["weights"]
            options = "rewrites=%s" % args.rewrites
            if not args.profitable:
                options += " only-if-profitable=false"
            rewritten = os.path.join(tmp, "rewritten.mlir")
            harness.opt(tools, source, rewritten,
                        ["serenity-rewrite-identity{%s}" % options,
                         "serenity-memory-schedule"], "rewrite")
            functions = harness.report(tools, rewritten,
                                       stage="rewrite")["functions"]
            summary = [f["attributes"]["rewrite"] for f in functions
                       if "rewrite" in f["attributes"]]
            if len(summary) != 1:
                raise harness.RunError("rewrite", "%d rewritten functions"
                                       % len(summary))
            figures = {key: summary[0][field] for key, field in FIGURES}
            ref = run_outputs(tools, source, os.path.join(tmp, "reference"))
            got = run_outputs(tools, rewritten, os.path.join(tmp, "rewritten"))
    except harness.RunError as e:
        print("%s: %s failed: %s" % (name, e.stage, str(e)[:4000]))
        print("0 passed, 1 failed")
        return 1

    print("%s: %d constants randomized, rewrites %s: %s" % (
        name, randomized, args.rewrites,
        ", ".join("%s %d" % kv for kv in figures.items())))
    ok = len(got) == len(ref)
    for i, (g, r) in enumerate(zip(got, ref)):
        err = float(np.abs(g.astype(np.float64) - r).max()) if r.size else 0.0
        scale = float(np.abs(r).max()) if r.size else 0.0
        same = g.size == r.size and bool(np.all(
            np.abs(g.astype(np.float64) - r) <= args.atol + args.rtol *
            np.abs(r)))
        ok &= same
        print("output %d: %d values, max abs error %.3g, max |ref| %.3g%s"
              % (i, r.size, err, scale, "" if same else " MISMATCH"))
    for expect in args.expect:
        key, value = expect.split(">=")
        if figures[key] < int(value):
            print("expected %s >= %s, got %d" % (key, value, figures[key]))
            ok = False
    print("%d passed, %d failed" % (int(ok), int(not ok)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
