#!/usr/bin/env python3
"""Imports a whole network with serenity-translate, runs it through the TOSA
lowering pipeline and mlir-runner on a saved input, and compares with the
saved PyTorch output (see utils/onnx/make_test_models.py).

Prints the max abs error and "1 passed, 0 failed" (or "0 passed, 1 failed");
exits non-zero on a mismatch.
"""

import argparse
import os
import sys

import onnx
from onnx import numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import onnx_mlir_run as omr  # noqa: E402


def load_pb(path):
    t = onnx.TensorProto()
    with open(path, "rb") as f:
        t.ParseFromString(f.read())
    return numpy_helper.to_array(t)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--translate", required=True)
    ap.add_argument("--mlir-runner", required=True)
    ap.add_argument("--lib-dir", default="",
                    help="dir of the runner libraries (default: next to "
                         "mlir-runner's lib/)")
    ap.add_argument("--model", required=True, help="path without .onnx")
    ap.add_argument("--rtol", type=float, default=1e-3)
    ap.add_argument("--atol", type=float, default=1e-5)
    args = ap.parse_args()
    args.lib_dir = omr.runner_lib_dir(args.lib_dir, args.mlir_runner)

    x = load_pb(args.model + ".input.pb")
    ref = load_pb(args.model + ".output.pb")
    name = os.path.basename(args.model)
    try:
        text = omr.import_model(args.translate, args.model + ".onnx")
        got = omr.lower_and_run(args.mlir_runner, args.lib_dir,
                                omr.build_main(text, [x], [ref]))
    except omr.RunError as e:
        print("%s: %s failed: %s" % (name, e.stage, e))
        print("0 passed, 1 failed")
        return 1
    ok, err = omr.compare(got[0], ref, args.rtol, args.atol)
    print("%s: %d outputs, max abs error %.3g, max |ref| %.3g"
          % (name, ref.size, err, abs(ref).max()))
    print("%d passed, %d failed" % (int(ok), int(not ok)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
