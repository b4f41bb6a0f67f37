#!/usr/bin/python3
"""Imports every classification model of the installed torchvision (0.14 on
Debian: 80 models, the transformers included) at several opsets, verifies
each import and schedules it, and writes one table.

    /usr/bin/python3 bench/import/torchvision-sweep.py \
        [--build-dir build] [--opsets 13,17] [--only vit_b_16,swin_t] \
        [--work-dir /tmp/serenity-tv-sweep] [--output bench/import/torchvision-sweep.md]

Per model and opset:
1. export: a fresh process builds the model with random weights
   (weights=None, torch.manual_seed(0)), eval mode, batch 1, 224x224 input
   (299 for inception_v3), and runs torch.onnx.export with static shapes and
   no clean-up (the graph as torch emits it); grad stays enabled so that
   nn.MultiheadAttention takes its exportable path;
2. import: serenity-translate --import-onnx --elide-weights;
3. verify: serenity-opt parses and verifies the module;
4. schedule: serenity-opt -serenity-memory-schedule (time-limit 60 s), whose
   #serenity.schedule attribute gives the peak of the framework order, the
   scheduled peak and whether it is proven optimal.

A model whose export fails (a torch limitation) is listed with torch's error
and does not count against the importer. The table, the import errors and
the figures all come from this run; ONNX files are cached in --work-dir
(delete it to re-export). Exit status 1 if any exported model failed to
import, verify or schedule.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

EXPORT = r"""
import sys, warnings, torch, torchvision
warnings.simplefilter("ignore")
name, opset, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
torch.manual_seed(0)
torch.set_num_threads(2)
model = torchvision.models.get_model(name, weights=None).eval()
size = 299 if name == "inception_v3" else 224
x = torch.randn(1, 3, size, size)
torch.onnx.export(model, x, path, opset_version=opset,
                  input_names=["input"], output_names=["output"])
"""

_SCHEDULE = re.compile(
    r"serenity\.schedule = #serenity\.schedule<peak_before = (\d+), "
    r"peak_after = (\d+), lower_bound = (\d+), optimal = (true|false)")


def classification_models():
    import torchvision
    return sorted(torchvision.models.list_models(module=torchvision.models))


def run(cmd, timeout, **kw):
    t0 = time.time()
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, **kw)
    except subprocess.TimeoutExpired:
        return None, "timed out after %d s" % timeout, time.time() - t0
    err = p.stderr.decode(errors="replace")
    return p, err, time.time() - t0


def first_error(text):
    """The diagnostic of an import (its first "error:" line) or the message
    of a Python exception (the last "...Error: " line)."""
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    for line in lines:
        if "error:" in line:
            return line[:300]
    for line in reversed(lines):
        if re.match(r"[\w.]*(Error|Exception): ", line):
            return line[:300]
    return lines[-1][:300] if lines else "(no message)"


def sweep_one(args, name, opset):
    row = {"model": name, "opset": opset}
    onnx_path = os.path.join(args.work_dir, "%s_op%d.onnx" % (name, opset))
    if not os.path.exists(onnx_path):
        p, err, secs = run([sys.executable, "-c", EXPORT, name, str(opset),
                            onnx_path], args.export_timeout)
        row["export_s"] = round(secs, 1)
        if p is None or p.returncode != 0:
            if os.path.exists(onnx_path):
                os.remove(onnx_path)
            row["outcome"] = "export failed (torch)"
            row["detail"] = first_error(err)
            return row
    row["onnx_mb"] = round(os.path.getsize(onnx_path) / 2**20, 1)
    mlir_path = os.path.join(args.work_dir, "%s_op%d.mlir" % (name, opset))
    p, err, secs = run([args.translate, "--import-onnx", "--elide-weights",
                        onnx_path, "-o", mlir_path], args.timeout)
    row["import_s"] = round(secs, 2)
    if p is None or p.returncode != 0:
        row["outcome"] = "import failed"
        row["detail"] = first_error(err)
        return row
    with open(mlir_path) as f:
        text = f.read()
    row["tosa_ops"] = len(re.findall(r"^\s+(?:%\S+ = )?\"?tosa\.", text,
                                     re.M))
    p, err, secs = run([args.opt, mlir_path, "-o", os.devnull], args.timeout)
    if p is None or p.returncode != 0:
        row["outcome"] = "verify failed"
        row["detail"] = first_error(err)
        return row
    p, err, secs = run([args.opt, mlir_path,
                        "-serenity-memory-schedule=time-limit=60"],
                       args.timeout)
    row["schedule_s"] = round(secs, 2)
    m = _SCHEDULE.search(p.stdout.decode()) if p is not None and \
        p.returncode == 0 else None
    if not m:
        row["outcome"] = "schedule failed"
        row["detail"] = first_error(err)
        return row
    row["peak_before"], row["peak_after"] = int(m.group(1)), int(m.group(2))
    row["optimal"] = m.group(4) == "true"
    row["outcome"] = "ok"
    os.remove(mlir_path)
    return row


def kib(v):
    return "%.1f" % (v / 1024.0)


def write_table(args, rows, seconds):
    lines = [
        "# torchvision classification models through the ONNX importer",
        "",
        "Written by `bench/import/torchvision-sweep.py` (see its docstring): "
        "every classification model of torchvision %s, exported by torch %s "
        "with random weights at opsets %s, imported with "
        "`--elide-weights`, verified and scheduled with "
        "`-serenity-memory-schedule` (peaks in KiB, fp32; 'given' is the "
        "order torch exported). Run time %.0f s on %d cores."
        % (args.tv_version, args.torch_version,
           ", ".join(map(str, args.opsets)), seconds, os.cpu_count() or 1),
        "",
    ]
    ok = [r for r in rows if r["outcome"] == "ok"]
    exported = [r for r in rows if not r["outcome"].startswith("export")]
    for opset in args.opsets:
        n_exp = sum(1 for r in exported if r["opset"] == opset)
        n_ok = sum(1 for r in ok if r["opset"] == opset)
        n_all = sum(1 for r in rows if r["opset"] == opset)
        lines.append("- opset %d: %d of %d models exported; %d of %d exported "
                     "imported, verified and scheduled"
                     % (opset, n_exp, n_all, n_ok, n_exp))
    lines += ["", "| model | opset | ONNX MB | TOSA ops | import s | "
              "given KiB | scheduled KiB | optimal | schedule s | outcome |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        if r["outcome"] == "ok":
            lines.append("| %s | %d | %s | %d | %s | %s | %s | %s | %s | ok |"
                         % (r["model"], r["opset"], r["onnx_mb"],
                            r["tosa_ops"], r["import_s"],
                            kib(r["peak_before"]), kib(r["peak_after"]),
                            "yes" if r["optimal"] else "no",
                            r["schedule_s"]))
        else:
            detail = r.get("detail", "").replace("|", "\\|")
            lines.append("| %s | %d | %s | | %s | | | | | %s: %s |"
                         % (r["model"], r["opset"], r.get("onnx_mb", ""),
                            r.get("import_s", ""), r["outcome"], detail))
    with open(args.output, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build-dir", default=os.path.join(REPO, "build"))
    ap.add_argument("--opsets", default="13,17")
    ap.add_argument("--only", default="")
    ap.add_argument("--work-dir", default="/tmp/serenity-tv-sweep")
    ap.add_argument("--output",
                    default=os.path.join(HERE, "torchvision-sweep.md"))
    ap.add_argument("--timeout", type=int, default=900)
    ap.add_argument("--export-timeout", type=int, default=1800)
    args = ap.parse_args()
    args.translate = os.path.join(args.build_dir, "bin", "serenity-translate")
    args.opt = os.path.join(args.build_dir, "bin", "serenity-opt")
    args.opsets = [int(o) for o in args.opsets.split(",")]
    import torch
    import torchvision
    args.torch_version, args.tv_version = torch.__version__, \
        torchvision.__version__
    os.makedirs(args.work_dir, exist_ok=True)
    names = [n for n in args.only.split(",") if n] or classification_models()
    rows = []
    t0 = time.time()
    for name in names:
        for opset in args.opsets:
            row = sweep_one(args, name, opset)
            rows.append(row)
            print(json.dumps(row), flush=True)
            write_table(args, rows, time.time() - t0)
    bad = [r for r in rows if r["outcome"] not in ("ok",)
           and not r["outcome"].startswith("export")]
    print("%d passed, %d failed" % (sum(r["outcome"] == "ok" for r in rows),
                                    len(bad)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
