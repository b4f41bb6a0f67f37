#!/usr/bin/python3
"""Export Serenity's benchmark networks to ONNX.

Run with Debian's interpreter, which sees python3-torch / -torchvision /
-onnx (the ``python3`` on PATH may be a different build):

    /usr/bin/python3 bench/models/export.py                 # all models
    /usr/bin/python3 bench/models/export.py -o /tmp/onnx darts_v2_imagenet
    /usr/bin/python3 bench/models/export.py --list

For every model: ``torch.manual_seed(0)``, build with random init (no
pretrained weights), calibrate the BatchNorm statistics on noise (see
``calibrate_batchnorm``; ``--no-calibrate`` skips it), eval mode, batch 1,
``torch.onnx.export`` at opset 17 with ``do_constant_folding=True`` and
static shapes.  The graph is then tidied by ``onnx_tools.cleanup`` (no-op
``Identity``/``Pad`` removal, constant folding incl. ``Shape`` of static
tensors, ``Constant`` -> initializer; ``--raw`` skips it), checked with
``onnx.checker`` (full check) and ``onnx.shape_inference.infer_shapes``
(strict; every node output must get a fully static shape), and run by
``onnx_tools.Evaluator`` (a torch-based ONNX interpreter) on the same random
input to compare with the PyTorch output (``--no-verify`` skips that).  The
shape-inferred model (with ``value_info`` for all intermediates) is written
to ``<out>/<name>.onnx``; ``<out>/summary.json`` records the printed table.
"""

import argparse
import collections
import json
import os
import sys
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import onnx  # noqa: E402
import torch  # noqa: E402

import onnx_tools  # noqa: E402
from nets import MODELS  # noqa: E402

OPSET = 17


def static_shape_problems(model):
    """Names of node outputs whose inferred shape is missing or not static."""
    known = {}
    for vi in list(model.graph.value_info) + list(model.graph.output) + \
            list(model.graph.input):
        known[vi.name] = vi
    problems = []
    for node in model.graph.node:
        for out in node.output:
            if not out:
                continue
            vi = known.get(out)
            if vi is None or not vi.type.HasField("tensor_type") or \
                    not vi.type.tensor_type.HasField("shape"):
                problems.append(out + " (no shape)")
                continue
            dims = vi.type.tensor_type.shape.dim
            if any(not d.HasField("dim_value") or d.dim_value <= 0
                   for d in dims):
                problems.append(out + " (dynamic)")
    return problems


def calibrate_batchnorm(model, shape, batch=4):
    """Set BatchNorm running statistics from one training-mode forward pass
    on Gaussian noise (batch ``batch``), then return to eval mode.

    With fresh BN statistics (mean 0, var 1) activations of randomly
    initialised deep nets shrink layer after layer (to ~1e-14 at the
    classifier of efficientnet_b0), so the logits are just the classifier
    bias and comparing outputs checks almost nothing.  After this the
    activations are O(1).  Weights are unchanged (still random)."""
    bns = [m for m in model.modules()
           if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]
    if not bns:
        return model.eval()
    saved = [m.momentum for m in bns]
    for m in bns:
        m.reset_running_stats()
        m.momentum = None  # cumulative average: one batch -> its statistics
    model.train()
    with torch.no_grad():
        model(torch.randn(batch, *shape[1:]))
    for m, mom in zip(bns, saved):
        m.momentum = mom
    return model.eval()


def export_one(name, out_dir, raw=False, verify=True, calibrate=True):
    builder, shape, _ = MODELS[name]
    torch.manual_seed(0)
    model = builder().eval()
    if calibrate:
        calibrate_batchnorm(model, shape)
    n_params = sum(p.numel() for p in model.parameters())
    x = torch.randn(*shape)
    path = os.path.join(out_dir, name + ".onnx")
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(model, (x,), path, opset_version=OPSET,
                          do_constant_folding=True,
                          training=torch.onnx.TrainingMode.EVAL,
                          input_names=["input"], output_names=["output"])
        y_ref = model(x)
    m = onnx.load(path)
    raw_ops = sorted({n.op_type for n in m.graph.node})
    stats = {}
    if not raw:
        m, stats = onnx_tools.cleanup(m)
    onnx.checker.check_model(m, full_check=True)
    m = onnx.shape_inference.infer_shapes(m, check_type=True,
                                          strict_mode=True)
    problems = static_shape_problems(m)
    if problems:
        raise RuntimeError("non-static shapes: " + ", ".join(problems[:10]))
    onnx.checker.check_model(m)
    max_err = None
    if verify:
        y = onnx_tools.Evaluator(m)(x)[0]
        scale = max(float(y_ref.abs().max()), 1e-6)
        max_err = float((y - y_ref).abs().max()) / scale
        if tuple(y.shape) != tuple(y_ref.shape) or not max_err < 5e-3:
            raise RuntimeError("ONNX graph disagrees with PyTorch: relative "
                               "max error %.3g" % max_err)
    onnx.save(m, path)
    ops = collections.Counter(n.op_type for n in m.graph.node)
    onnx_params = sum(int(torch.tensor(list(t.dims)).prod().item()) if t.dims
                      else 1 for t in m.graph.initializer)
    out_vi = m.graph.output[0].type.tensor_type.shape.dim
    return {
        "name": name,
        "nodes": len(m.graph.node),
        "params": n_params,
        "onnx_params": onnx_params,
        "input_shape": list(shape),
        "output_shape": [d.dim_value for d in out_vi],
        "file_bytes": os.path.getsize(path),
        "op_types": dict(sorted(ops.items())),
        "raw_op_types": raw_ops,
        "cleanup": stats,
        "rel_max_err": max_err,
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("models", nargs="*",
                    help="model names (default: all); see --list")
    ap.add_argument("-o", "--out", default=os.path.join(HERE, "onnx"),
                    help="output directory (default: bench/models/onnx)")
    ap.add_argument("--raw", action="store_true",
                    help="save the exporter's graph as is (no onnx_tools "
                         "cleanup)")
    ap.add_argument("--no-calibrate", action="store_true",
                    help="keep the default BatchNorm statistics (mean 0, "
                         "var 1) instead of calibrating them on noise")
    ap.add_argument("--no-verify", action="store_true",
                    help="skip running the ONNX graph against PyTorch")
    ap.add_argument("--list", action="store_true",
                    help="list model names and exit")
    args = ap.parse_args(argv)

    if args.list:
        for name, (_, shape, src) in MODELS.items():
            print("%-22s %-18s %s" % (name, "x".join(map(str, shape)), src))
        return 0
    names = []
    for item in args.models or list(MODELS):
        names += [n for n in item.split(",") if n]
    unknown = [n for n in names if n not in MODELS]
    if unknown:
        ap.error("unknown model(s): %s (use --list)" % ", ".join(unknown))

    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    os.makedirs(args.out, exist_ok=True)
    rows, failed = [], {}
    t_all = time.time()
    for name in names:
        t0 = time.time()
        try:
            row = export_one(name, args.out, args.raw, not args.no_verify,
                             not args.no_calibrate)
        except Exception as e:  # report and go on with the others
            failed[name] = "%s: %s" % (type(e).__name__, e)
            print("FAILED %s: %s" % (name, failed[name]), file=sys.stderr,
                  flush=True)
            continue
        row["seconds"] = round(time.time() - t0, 2)
        rows.append(row)
        print("exported %-22s %6.1fs" % (name, row["seconds"]), flush=True)
    total = time.time() - t_all

    hdr = ("model", "nodes", "params", "onnx_params", "input",
           "size_MB", "op_types", "rel_err", "secs")
    fmt = "%-22s %6s %11s %11s %-14s %8s %8s %8s %6s"
    print()
    print(fmt % hdr)
    print(fmt % tuple("-" * len(h) for h in hdr))
    for r in rows:
        print(fmt % (r["name"], r["nodes"], "{:,}".format(r["params"]),
                     "{:,}".format(r["onnx_params"]),
                     "x".join(map(str, r["input_shape"])),
                     "%.2f" % (r["file_bytes"] / 2**20),
                     len(r["op_types"]),
                     "-" if r["rel_max_err"] is None
                     else "%.1e" % r["rel_max_err"],
                     "%.1f" % r["seconds"]))

    all_ops = collections.Counter()
    users = collections.defaultdict(list)
    for r in rows:
        for op, n in r["op_types"].items():
            all_ops[op] += n
            users[op].append(r["name"])
    print("\nONNX op types over all exported models (%d distinct, opset %d):"
          % (len(all_ops), OPSET))
    print("  " + " ".join(sorted(all_ops)))
    print("\n%-20s %7s  %s" % ("op", "count", "models"))
    for op in sorted(all_ops):
        us = users[op]
        who = "all" if len(us) == len(rows) else ", ".join(us)
        print("%-20s %7d  %s" % (op, all_ops[op], who))
    print("\n%d exported, %d failed, total %.1fs -> %s"
          % (len(rows), len(failed), total, args.out))
    for name, err in failed.items():
        print("  FAILED %s: %s" % (name, err))

    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump({"opset": OPSET, "torch": torch.__version__,
                   "onnx": onnx.__version__, "models": rows,
                   "op_types": dict(sorted(all_ops.items())),
                   "failed": failed, "total_seconds": round(total, 1)},
                  f, indent=1)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
