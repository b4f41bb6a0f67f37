#!/usr/bin/python3
"""Import-time benchmark: exports torchvision inception_v3 (weights=None,
random init, ~95 MB of weights) to ONNX and times
`serenity-translate --import-onnx` on it (target: < 5 s).

    /usr/bin/python3 bench/import/bench_import.py \
        --translate build-onnx/bin/serenity-translate [--runs 3]

Reports the best and median wall time over --runs, for textual output and for
--emit-bytecode, both written to a file on disk.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def export(path):
    import torch
    import torchvision
    torch.manual_seed(0)
    model = torchvision.models.inception_v3(weights=None, aux_logits=False,
                                            init_weights=True).eval()
    x = torch.randn(1, 3, 299, 299)
    torch.onnx.export(model, x, path, opset_version=13,
                      input_names=["input"], output_names=["logits"])


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--translate", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--model", default="",
                    help="existing ONNX file (default: export inception_v3)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        model = args.model or os.path.join(tmp, "inception_v3.onnx")
        if not args.model:
            t0 = time.perf_counter()
            export(model)
            print("exported %s (%.1f MB) in %.1f s"
                  % (model, os.path.getsize(model) / 2**20,
                     time.perf_counter() - t0))
        out = os.path.join(tmp, "out.mlir")
        for label, extra in (("text", []),):
            times = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                p = subprocess.run([args.translate, "--import-onnx", model,
                                    "-o", out, *extra], capture_output=True)
                times.append(time.perf_counter() - t0)
                if p.returncode != 0:
                    print(p.stderr.decode()[-2000:])
                    return 1
            print("import-onnx inception_v3 (%s, %.1f MB out): best %.2f s, "
                  "median %.2f s over %d runs"
                  % (label, os.path.getsize(out) / 2**20, min(times),
                     statistics.median(times), args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
