#!/usr/bin/env python3
"""Runs a network before and after -serenity-rewrite-identity and compares.

The network is a TOSA function (a .mlir file). Its floating-point constants
with more than one element (weights, biases, per-channel scales) are replaced
with random non-zero values, so that a rewrite that mixes up weight slices or
channels cannot go unnoticed; single-element constants (zero points, shifts,
scalars) are kept. Then:

  reference = the network                       (optionally lowered to linalg)
  rewritten = serenity-opt -serenity-rewrite-identity{...}
              -serenity-memory-schedule         (the order the rewrite is for)

Both get a `main` feeding the same random inputs, go through the TOSA -> LLVM
pipeline of test/Import/onnx_mlir_run.py and mlir-runner, and their outputs
are compared within fp32 tolerance. The rewrite's report (sites, convolutions
and ops partitioned, concatenations materialized) is printed, and --expect
checks that the rewrites under test really happened.

Prints "N passed, M failed"; exits non-zero on a failure.
"""

import argparse
import os
import re
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "Import"))
import onnx_mlir_run as omr  # noqa: E402

TO_LINALG = ("builtin.module(func.func(tosa-optional-decompositions,"
             "tosa-to-linalg-named,tosa-to-linalg,"
             "tosa-to-arith,tosa-to-tensor))")

_CONST = re.compile(
    r'(dense<|dense_resource<)([^>]*)(>\s*:\s*tensor<)((?:\d+x)+)(f32)(>)')


def randomize_weights(text, rng):
    """Replaces f32 dense constants (and the importer's elided weights,
    dense_resource<__elided__>) of more than one element with random
    values: weights in +-1/sqrt(fan-in), everything else in [0.5, 1.5)
    with a random sign."""
    count = [0]

    def repl(m):
        dims = [int(d) for d in m.group(4).split("x") if d]
        n = int(np.prod(dims))
        if n <= 1:
            return m.group(0)
        count[0] += 1
        fan_in = int(np.prod(dims[1:])) if len(dims) > 1 else 1
        if len(dims) == 4 and dims[0] > 1:
            scale = 1.0 / np.sqrt(max(fan_in, 1))
            values = rng.uniform(-scale, scale, size=dims)
        else:
            values = rng.uniform(0.5, 1.5, size=dims) * rng.choice([-1, 1],
                                                                   size=dims)
        literal = omr.dense_literal(values.astype(np.float32))
        return literal + " : tensor<" + m.group(4) + m.group(5) + m.group(6)

    return _CONST.sub(repl, text), count[0]


def func_signature(text):
    m = re.search(r"func\.func @[\w.$-]+\(([^)]*)\)\s*->\s*(\(([^)]*)\)|"
                  r"tensor<[^>]*>)", text)
    if not m:
        raise omr.RunError("driver", "no function signature found")
    args = re.findall(r"tensor<([^>]*)>", m.group(1))
    results = re.findall(r"tensor<([^>]*)>", m.group(2))
    return args, results


def shape_of(spec):
    parts = spec.split("x")
    assert parts[-1] == "f32", "only f32 networks are supported: " + spec
    return [int(p) for p in parts[:-1]]


def run(cmd, stage, stdin=None):
    return omr.run(cmd, stage, stdin=stdin.encode() if stdin else None
                   ).decode()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--serenity-opt", required=True)
    ap.add_argument("--mlir-opt", required=True)
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
                    help="NAME>=N on the report: sites-rewritten, convs, "
                         "ops, concats, redirected, sums")
    ap.add_argument("--keep-weights", action="store_true",
                    help="keep the network's constants (when they are "
                         "already random, e.g. an exported untrained model)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--rtol", type=float, default=1e-4)
    ap.add_argument("--atol", type=float, default=1e-5)
    args = ap.parse_args()
    args.lib_dir = omr.runner_lib_dir(args.lib_dir, args.mlir_runner)
    name = os.path.basename(args.network) + (" (linalg)" if args.linalg
                                             else "")
    rng = np.random.default_rng(args.seed)

    try:
        with open(args.network) as f:
            text = f.read()
        randomized = 0
        if not args.keep_weights:
            text, randomized = randomize_weights(text, rng)
        if not re.search(r"^\s*module\b", text, re.M):
            text = "module {\n" + text + "\n}\n"
        arg_specs, result_specs = func_signature(text)
        inputs = [rng.standard_normal(shape_of(s)).astype(np.float32)
                  for s in arg_specs]
        outputs = [np.zeros(shape_of(s), np.float32) for s in result_specs]
        if args.linalg:
            text = run([args.mlir_opt, "--pass-pipeline=" + TO_LINALG, "-"],
                       "to-linalg", text)
        options = "rewrites=%s report" % args.rewrites
        if not args.profitable:
            options += " only-if-profitable=false"
        p = subprocess.run(
            [args.serenity_opt, "-mlir-print-op-on-diagnostic=false",
             "--pass-pipeline=builtin.module(serenity-rewrite-identity{%s},"
             "serenity-memory-schedule)" % options, "-"],
            input=text.encode(), capture_output=True)
        if p.returncode != 0:
            raise omr.RunError("rewrite", p.stderr.decode())
        # The schedule's function attributes would reach mlir-runner.
        rewritten = re.sub(r"serenity\.schedule = #serenity\.schedule<[^>]*>",
                           "serenity.schedule", p.stdout.decode())
        report = p.stderr.decode()
        m = re.search(r"(\d+) sites, (\d+) rewritten \((\d+) convolutions "
                      r"partitioned, (\d+) ops partitioned, (\d+) "
                      r"concatenations materialized, (\d+) producers "
                      r"redirected, (\d+) additions accumulated\), optimal "
                      r"peak (\d+) -> (\d+) bytes", report)
        if not m:
            raise omr.RunError("rewrite", "no report in: " + report)
        figures = dict(zip(["sites", "sites-rewritten", "convs", "ops",
                            "concats", "redirected", "sums", "peak-before",
                            "peak-after"], map(int, m.groups())))
        ref = omr.lower_and_run(args.mlir_opt, args.mlir_runner, args.lib_dir,
                                omr.build_main(text, inputs, outputs))
        got = omr.lower_and_run(args.mlir_opt, args.mlir_runner, args.lib_dir,
                                omr.build_main(rewritten, inputs, outputs))
    except omr.RunError as e:
        print("%s: %s failed: %s" % (name, e.stage, str(e)[:4000]))
        print("0 passed, 1 failed")
        return 1

    print("%s: %d constants randomized, rewrites %s: %s" % (
        name, randomized, args.rewrites,
        ", ".join("%s %d" % kv for kv in figures.items())))
    ok = len(got) == len(ref) == len(outputs)
    for i, (g, r) in enumerate(zip(got, ref)):
        same, err = omr.compare(g, r, args.rtol, args.atol)
        ok &= same
        print("output %d: %d values, max abs error %.3g, max |ref| %.3g%s"
              % (i, r.size, err, float(np.abs(r).max()),
                 "" if same else " MISMATCH"))
    for expect in args.expect:
        key, value = expect.split(">=")
        if figures[key] < int(value):
            print("expected %s >= %s, got %d" % (key, value, figures[key]))
            ok = False
    print("%d passed, %d failed" % (int(ok), int(not ok)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
