#!/usr/bin/env python3
"""Spatial partitioning (-serenity-partition-spatial) on the benchmark models.

For every TOSA model in bench/models/tosa (or the ones named), runs
serenity-opt with -serenity-partition-spatial and reads the function's
#serenity.spatial attribute: the scheduled peak before and after
partitioning (memory model on TOSA) and the MACs before and after (the
recomputed halos). With --measure, also compiles and runs the model with
utils/serenity-run.py twice, scheduled (-serenity-memory-schedule) and
partitioned then scheduled, and prints the peak the compiled code allocated,
the model's prediction for the same lowered IR, and whether the outputs are
bit for bit identical (weights: serenity-run's --weights, default its fill
of pseudo-random values per weight; --weights=materialize writes them into
the IR before any pass).

Prints a markdown table of what it measured; nothing in it is hard-coded.
Exit status 1 if a model failed, if the outputs differ, or if a measured
peak after partitioning is above the scheduled one.

    /usr/bin/python3 bench/spatial/run-spatial.py [--measure] [model ...]
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
SERENITY_RUN = os.path.join(REPO, "utils", "serenity-run.py")
MODELS = os.path.join(REPO, "bench", "models", "tosa")
SPATIAL_RE = re.compile(r"serenity\.spatial = #serenity\.spatial<([^>]*)>")
# The serenity-schedule-lowered pipeline: Serenity's order, lowered to linalg
# and scheduled again there (bench/run-benchmarks.py's "rescheduled on
# linalg"), where the lowering's temporaries are buffers the model sees.
LOWERED = "serenity-schedule-lowered{rewrite=false time-limit=60}"
# Per order: the passes of (scheduled, partitioned then scheduled).
ORDERS = {
    "tosa": (["-serenity-memory-schedule"],
             ["-serenity-partition-spatial", "-serenity-memory-schedule"]),
    "linalg": (["--pass-pipeline=builtin.module(%s)" % LOWERED],
               ["--pass-pipeline=builtin.module(serenity-partition-spatial,"
                "%s)" % LOWERED]),
}


def with_options(passes, options):
    """`passes` with `options` given to -serenity-partition-spatial."""
    if not options:
        return passes
    return [p.replace("-serenity-partition-spatial",
                      "-serenity-partition-spatial=" + options)
            if p == "-serenity-partition-spatial" else
            p.replace("serenity-partition-spatial,",
                      "serenity-partition-spatial{%s}," % options)
            for p in passes]


def spatial_summary(opt, path, timeout, options=""):
    """The fields of the #serenity.spatial attribute the pass attaches."""
    start = time.monotonic()
    proc = subprocess.run([opt, path, "-serenity-partition-spatial" +
                           ("=" + options if options else "")],
                          capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[0]}
    match = SPATIAL_RE.search(proc.stdout)
    if not match:
        return {"error": "no #serenity.spatial attribute"}
    fields = {}
    for item in match.group(1).split(","):
        key, value = (s.strip() for s in item.split("="))
        fields[key] = value == "true" if value in ("true", "false") \
            else int(value)
    fields["seconds"] = time.monotonic() - start
    return fields


def elided_mode(path):
    """How the model marks its elided weights (serenity-run --elided)."""
    with open(path) as f:
        return ("resource" if "dense_resource<__elided__>" in f.read()
                else "zero-splats")


def run_measured(build, path, passes, dump, timeout, weights):
    cmd = [sys.executable, SERENITY_RUN, path, "--json", "--build-dir",
           build, "--timeout", str(timeout), "--dump-outputs", dump,
           "--weights", weights, "--elided", elided_mode(path)] + \
        ["--passes=" + p for p in passes]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines()
        return {"error": lines[-1] if lines else "serenity-run failed"}
    result = json.loads(proc.stdout)
    result["dump"] = dump
    return result


def same_outputs(a, b):
    """Bit for bit: the raw bytes of every output are equal."""
    if len(a["outputs"]) != len(b["outputs"]):
        return False
    for i in range(len(a["outputs"])):
        with open(os.path.join(a["dump"], "output%d.bin" % i), "rb") as f:
            x = f.read()
        with open(os.path.join(b["dump"], "output%d.bin" % i), "rb") as f:
            y = f.read()
        if x != y:
            return False
    return True


def kb(n):
    return "%.1f" % (n / 1024.0)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*",
                        help="model names in bench/models/tosa (default: all)")
    parser.add_argument("--build-dir", default=os.path.join(REPO, "build"))
    parser.add_argument("--models-dir", default=MODELS,
                        help="directory of TOSA models (default: %(default)s)")
    parser.add_argument("--measure", action="store_true",
                        help="compile and run both versions (minutes each)")
    parser.add_argument("--order", choices=sorted(ORDERS), default="tosa",
                        help="with --measure: schedule on TOSA "
                        "(-serenity-memory-schedule) or reschedule on linalg "
                        "(the serenity-schedule-lowered pipeline)")
    parser.add_argument("--timeout", type=int, default=1800)
    parser.add_argument("--weights", default="fill",
                        choices=("fill", "materialize"),
                        help="with --measure: serenity-run's --weights")
    parser.add_argument("--passes", default="",
                        help="options of -serenity-partition-spatial, e.g. "
                        "'search-width=3' (in every run)")
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument("--table-from", metavar="JSON",
                        help="print the table of a JSON written by --json "
                        "(with the same --measure and --order) instead of "
                        "running anything")
    args = parser.parse_args(argv)
    opt = os.path.join(args.build_dir, "bin", "serenity-opt")
    names = args.models or sorted(
        f[:-5] for f in os.listdir(args.models_dir) if f.endswith(".mlir")) \
        if not args.table_from else []

    results = {}
    if args.table_from:
        with open(args.table_from) as f:
            results = json.load(f)
        names = []
    for name in names:
        path = os.path.join(args.models_dir, name + ".mlir")
        r = {"model": spatial_summary(opt, path, args.timeout, args.passes)}
        if args.measure and "error" not in r["model"]:
            with tempfile.TemporaryDirectory() as tmp:
                runs = {}
                for key, passes in zip(("scheduled", "partitioned"),
                                       ORDERS[args.order]):
                    dump = os.path.join(tmp, key)
                    os.makedirs(dump)
                    runs[key] = run_measured(args.build_dir, path,
                                             with_options(passes,
                                                          args.passes),
                                             dump, args.timeout, args.weights)
                ok = all("error" not in v for v in runs.values())
                r["identical"] = ok and same_outputs(runs["scheduled"],
                                                     runs["partitioned"])
                for key, v in runs.items():
                    r[key] = {k: v.get(k) for k in
                              ("measured", "predicted", "predicted_linalg",
                               "error")}
        results[name] = r
        print("done: %s" % name, file=sys.stderr, flush=True)
        if args.json:  # after every model, so that a cut-short run keeps them
            with open(args.json, "w") as f:
                json.dump(results, f, indent=1)

    head = ["model", "peak KB scheduled (model)", "+spatial KB (model)",
            "reduction (model)", "regions", "tiles", "MACs M",
            "extra MACs", "pass s"]
    if args.measure:
        where = " (%s)" % ("Serenity" if args.order == "tosa"
                           else "rescheduled on linalg")
        head += ["measured KB" + where, "measured KB +spatial" + where,
                 "reduction (measured)", "measured = model of lowered IR?",
                 "outputs"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for name, r in results.items():
        m = r["model"]
        if "error" in m:
            print("| %s | error: %s |" % (name, m["error"]))
            continue
        extra = (m["macs_after"] - m["macs_before"]) / m["macs_before"] \
            if m["macs_before"] else 0.0
        row = [name, kb(m["peak_before"]), kb(m["peak_after"]),
               "%.2fx" % (m["peak_before"] / m["peak_after"]),
               str(m["regions"]), str(m["tiles"]),
               "%.1f" % (m["macs_before"] / 1e6), "%+.1f%%" % (100 * extra),
               "%.1f" % m["seconds"] + (" (limit hit)"
                                         if m["time_limit_hit"] else "")]
        if args.measure:
            s, p = r["scheduled"], r["partitioned"]
            if s.get("error") or p.get("error"):
                row += ["error: %s" % (s.get("error") or p.get("error"))] + \
                    [""] * 4
            else:
                exact = s["measured"] == s["predicted_linalg"] and \
                    p["measured"] == p["predicted_linalg"]
                row += [kb(s["measured"]), kb(p["measured"]),
                        "%.2fx" % (s["measured"] / p["measured"]),
                        "yes" if exact else "no",
                        "identical" if r["identical"] else "DIFFERENT"]
        print("| " + " | ".join(row) + " |")
    bad = [n for n, r in results.items()
           if "error" in r["model"] or r.get("identical") is False]
    if args.measure:
        above = [n for n, r in results.items()
                 if "scheduled" in r and
                 not (r["scheduled"].get("error") or
                      r["partitioned"].get("error")) and
                 r["partitioned"]["measured"] > r["scheduled"]["measured"]]
        failed = [n for n, r in results.items()
                  if "scheduled" in r and (r["scheduled"].get("error") or
                                           r["partitioned"].get("error"))]
        print()
        print("Measured peak after partitioning above the scheduled one on: "
              "%s." % (", ".join(above) if above else "none"))
        bad += above + failed
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
