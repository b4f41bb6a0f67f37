#!/usr/bin/env python3
"""Static arenas and off-chip traffic of every benchmark network.

Runs serenity-arena-bench (bench/arena/serenity-arena-bench.cpp) on every
bench/models/tosa/<model>.mlir and the bundled example, and prints two
markdown tables, also written to bench/arena/results.md:

1. The static arena of the compiled program (fp32, as utils/serenity-run.py
   compiles it: inputs, activations and outputs), planned by
   -serenity-plan-arena: TensorFlow Lite's planner and Serenity's, in the
   framework order, Serenity's order (serenity-schedule-lowered) and with
   identity rewriting; the live-bytes lower bound of each order; whether
   Serenity's placement is proven optimal; the time of the pass.
2. The int8 off-chip traffic (loads + stores under Belady's policy,
   serenity/Arena/Traffic.h) of the same orders for 32, 64, 128 and 256 KiB
   of on-chip memory.

Under each, the geometric means over the 15 benchmark networks and over the
six DARTS / RandWire / SwiftNet-like ones (the example is shown, not
averaged), and the checks of the acceptance criteria: how many plain
schedules are planned at their proven lower bound, that Serenity's arena
never exceeds a baseline's, the slowest planning.

With --measure MODEL,..., also compiles and runs those networks with
utils/serenity-run.py, with malloc and with the arena
(--bufferized-passes=serenity-plan-arena), and checks that the outputs are
bit for bit equal, that the arena is the only allocation and that the
measured arena is the planned one (plus the alignment slack of the
lowering, docs/Arena.md).

Every number comes from this run. Standard library only.

    python3 bench/arena/arena-bench.py
    python3 bench/arena/arena-bench.py --only darts_v2_cifar10 --no-write
    python3 bench/arena/arena-bench.py --measure swiftnet_like_hpd,darts_v2_cifar10
"""

import argparse
import concurrent.futures
import datetime
import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
MODELS = [
    "darts_v2_imagenet", "darts_v2_cifar10", "randwire_ws_cifar10",
    "randwire_ws_cifar100", "randwire_ws_imagenet", "swiftnet_like_hpd",
    "googlenet", "inception_v3", "densenet121", "mnasnet1_0",
    "efficientnet_b0", "mobilenet_v2", "squeezenet1_0", "shufflenet_v2_x1_0",
    "regnet_x_400mf",
]
SIX = set(MODELS[:6])
EXAMPLE = "nas-cells (example)"
ORDERS = [("framework", "framework"), ("serenity", "Serenity"),
          ("serenity+rewrite", "+rewrite"),
          ("serenity+rewrite+in-place", "+rewrite+in-place")]
CAPACITIES = ["32", "64", "128", "256"]
# The deployed configuration: the whole pipeline, rewriting and in-place
# reuse included (serenity-deploy{rewrite=true in-place=true}).
DEPLOYED = "serenity+rewrite+in-place"
DEPLOY_OPTIONS = "rewrite=true in-place=true"
# The section of bench/results.md this script owns.
BEGIN = "<!-- arena-bench: begin (written by bench/arena/arena-bench.py) -->"
END = "<!-- arena-bench: end -->"


def find_tool(build):
    path = os.path.join(build, "bin", "serenity-arena-bench")
    if not os.path.exists(path):
        sys.exit("arena-bench: no %s; build it (ninja serenity-arena-bench) "
                 "or pass --build-dir" % path)
    return path


def bench_one(tool, name, path, timeout):
    proc = subprocess.run([tool, path], capture_output=True, text=True,
                          timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError("%s: serenity-arena-bench failed:\n%s"
                           % (name, proc.stderr[-2000:]))
    return json.loads(proc.stdout)


def num(value):
    return "{:,}".format(value)


def geomean(values):
    values = [v for v in values if v > 0 and math.isfinite(v)]
    if not values:
        return float("nan")
    return math.exp(sum(math.log(v) for v in values) / len(values))


def traffic(order, capacity):
    t = order["traffic_int8"][capacity]
    return t["load"] + t["store"]


def arena_cell(arena):
    mark = "" if arena["optimal"] else " (gap)"
    return num(arena["bytes"]) + mark


def arena_table(results, names):
    head = ["network"]
    for _, title in ORDERS:
        head += [title + ": TFLite", title + ": lower bound",
                 title + ": Serenity"]
    head += ["proven", "pass s (max)", "TFLite fw / Serenity deployed"]
    rows = ["| " + " | ".join(head) + " |",
            "|" + "---|" * len(head)]
    for name in names:
        r = results[name]
        cells = [name]
        proven = []
        seconds = 0.0
        for key, _ in ORDERS:
            o = r["orders"][key]
            ser = o["arenas"]["serenity"]
            cells += [num(o["arenas"]["tflite"]["bytes"]),
                      num(ser["lower_bound"]), arena_cell(ser)]
            proven.append("yes" if ser["optimal"] else "no")
            seconds = max(seconds, ser["seconds"])
        cells.append("/".join(proven))
        cells.append("%.3f" % seconds)
        cells.append("%.2fx" % reduction(r))
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def reduction(r, key=DEPLOYED):
    """(framework order + TFLite arena) / (Serenity's arena in `key`)."""
    return (r["orders"]["framework"]["arenas"]["tflite"]["bytes"] /
            r["orders"][key]["arenas"]["serenity"]["bytes"])


def traffic_table(results, names):
    head = ["network"]
    for c in CAPACITIES:
        head += ["%s KiB: framework" % c, "%s KiB: Serenity" % c,
                 "%s KiB: +rewrite" % c]
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name in names:
        orders = results[name]["orders"]
        cells = [name]
        for c in CAPACITIES:
            cells += [num(traffic(orders[k], c)) for k, _ in ORDERS]
        rows.append("| " + " | ".join(cells) + " |")
    return rows


def traffic_summary(results, models):
    lines = []
    for key, title in ORDERS[1:]:
        parts = []
        for c in CAPACITIES:
            ratios, vanished, none = [], 0, 0
            for m in models:
                fw = traffic(results[m]["orders"]["framework"], c)
                ours = traffic(results[m]["orders"][key], c)
                if fw == 0 and ours == 0:
                    none += 1
                elif ours == 0:
                    vanished += 1
                else:
                    ratios.append(fw / ours)
            parts.append("%s KiB %.2fx over %d (%d to zero, %d with none "
                         "either way)" % (c, geomean(ratios), len(ratios),
                                          vanished, none))
        lines.append("- framework / %s: %s" % (title, "; ".join(parts)))
    return lines


def summary(results, models):
    lines = []
    present = [m for m in models if m in results]
    six = [m for m in present if m in SIX]
    for label, group in (("all %d benchmark networks" % len(present),
                          present),
                         ("the %d DARTS / RandWire / SwiftNet-like" %
                          len(six), six)):
        if not group:
            continue
        parts = []
        for key, title in ORDERS:
            parts.append("%s %.3fx" % (title, geomean(
                [reduction(results[m], key) for m in group])))
        live = geomean([results[m]["orders"]["framework"]["live_peak"] /
                        results[m]["orders"][DEPLOYED]["live_peak"]
                        for m in group])
        lines.append("- Geometric mean of (framework order + TFLite arena) / "
                     "(Serenity's arena), over %s: %s (deployed: %s; the live "
                     "peak alone, framework / deployed: %.3fx)"
                     % (label, ", ".join(parts), DEPLOYED, live))
    proven = {key: sum(1 for m in present
                       if results[m]["orders"][key]["arenas"]["serenity"]
                       ["optimal"] and
                       results[m]["orders"][key]["arenas"]["serenity"]
                       ["bytes"] == results[m]["orders"][key]["arenas"]
                       ["serenity"]["lower_bound"])
              for key, _ in ORDERS}
    lines.append("- Planned at the proven live-bytes lower bound: %s"
                 % ", ".join("%s %d/%d" % (title, proven[key], len(present))
                             for key, title in ORDERS))
    worse = [(m, key) for m in results for key, _ in ORDERS
             if results[m]["orders"][key]["arenas"]["serenity"]["bytes"] >
             min(results[m]["orders"][key]["arenas"][p]["bytes"]
                 for p in ("tflite", "tflite-micro", "xla"))]
    lines.append("- Serenity's arena above a baseline's: %s"
                 % (", ".join("%s (%s)" % w for w in worse) or
                    "never (%d plans)" % (len(results) * len(ORDERS))))
    slowest = max(((results[m]["orders"][k]["arenas"]["serenity"]["seconds"],
                    m, k) for m in results for k, _ in ORDERS))
    lines.append("- Slowest -serenity-plan-arena run: %.3f s (%s, %s order); "
                 "allocations left besides the arena: %d"
                 % (slowest[0], slowest[1], slowest[2],
                    sum(results[m]["orders"][k]["arenas"]["serenity"]
                        ["allocations_left"] - 1
                        for m in results for k, _ in ORDERS)))
    return lines


def measure(names, build, timeout):
    """Malloc build vs deployed build (serenity-deploy, one arena) of each
    network in the deployed configuration, through the runner; the runner
    itself fails unless the arena is the only allocation and is the planned
    size."""
    runner = os.path.join(REPO, "utils", "serenity-run.py")
    lines = []
    for name in names:
        path = os.path.join(REPO, "bench", "models", "tosa", name + ".mlir")
        runs = []
        for extra in (["--passes=--serenity-schedule-lowered=" +
                       DEPLOY_OPTIONS],
                      ["--deploy=" + DEPLOY_OPTIONS]):
            proc = subprocess.run(
                [sys.executable, runner, path, "--json", "--build-dir",
                 build] + extra,
                capture_output=True, text=True, timeout=timeout)
            if proc.returncode != 0:
                raise RuntimeError("%s: serenity-run failed:\n%s"
                                   % (name, proc.stderr[-2000:]))
            runs.append(json.loads(proc.stdout))
        malloc, arena = runs
        planned = arena["arena"]["bytes"]
        same = [o["hash"] for o in malloc["outputs"]] == \
            [o["hash"] for o in arena["outputs"]]
        lines.append(
            "- %s: malloc build %s allocations, measured peak %s B; deployed "
            "build %d allocation, measured %s B, planned arena %s B; outputs "
            "bit for bit equal: %s"
            % (name, num(malloc["allocations"]), num(malloc["measured"]),
               arena["allocations"], num(arena["measured"]), num(planned),
               "yes" if same else "NO"))
        if not same or arena["allocations"] != 1 or \
                arena["measured"] != planned:
            raise RuntimeError("%s: the deployed build differs" % name)
    return lines


def write_section(path, text):
    """Replace (or append) this script's section of bench/results.md."""
    with open(path) as f:
        old = f.read()
    section = BEGIN + "\n" + text + END + "\n"
    if BEGIN in old and END in old:
        head, rest = old.split(BEGIN, 1)
        new = head + section + rest.split(END, 1)[1].lstrip("\n")
    else:
        new = old.rstrip("\n") + "\n\n" + section
    with open(path, "w") as f:
        f.write(new)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build-dir", default=os.path.join(REPO, "build"))
    parser.add_argument("--only", help="comma-separated models")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("--no-write", action="store_true",
                        help="do not write bench/arena/results.md")
    parser.add_argument("--output",
                        default=os.path.join(HERE, "results.md"))
    parser.add_argument("--measure", help="comma-separated models to compile "
                        "and run with malloc and deployed in one arena")
    parser.add_argument("--results-md",
                        default=os.path.join(REPO, "bench", "results.md"),
                        help="also write the tables as a section of this "
                        "file (replacing its previous section)")
    args = parser.parse_args(argv)
    tool = find_tool(args.build_dir)
    models = args.only.split(",") if args.only else MODELS
    jobs = [(m, os.path.join(REPO, "bench", "models", "tosa", m + ".mlir"))
            for m in models]
    if not args.only:
        jobs.append((EXAMPLE, os.path.join(REPO, "examples",
                                           "nas-cells.mlir")))
    results = {}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = {pool.submit(bench_one, tool, name, path, args.timeout):
                   name for name, path in jobs}
        for future in concurrent.futures.as_completed(futures):
            results[futures[future]] = future.result()
    names = [name for name, _ in jobs]
    averaged = [m for m in models if m in results]

    out = ["# Static arenas and off-chip traffic", "",
           "Measured by `python3 bench/arena/arena-bench.py` on %s "
           "(docs/Arena.md explains every column)." %
           datetime.date.today().isoformat(), "",
           "## Static arena of the compiled program (fp32 bytes, alignment "
           "%d)" % results[names[0]]["alignment"], "",
           "Orders: the framework's, Serenity's (serenity-schedule-lowered), "
           "Serenity's with identity rewriting, and with in-place reuse "
           "as well (-serenity-in-place before the last schedule). "
           "\"(gap)\": not proven optimal. The last column divides the "
           "framework order's TFLite arena by Serenity's arena with "
           "rewriting and in-place reuse (deployed).", ""]
    out += arena_table(results, names)
    out += [""] + summary(results, averaged)
    out += ["", "## Off-chip traffic, int8 (bytes loaded + stored)", "",
            "Belady's policy for each order and on-chip capacity. With "
            "in-place reuse the graph records an op writing into its "
            "operand's buffer as a read of it (docs/Arena.md), so the store "
            "of a value written in place and evicted before its next read "
            "is not counted: the +rewrite+in-place figures undercount "
            "stores (loads are exact).", ""]
    out += traffic_table(results, names)
    out += ["", "Geometric means of the reduction over the %d benchmark "
            "networks:" % len(averaged), ""]
    out += traffic_summary(results, averaged)
    six = [m for m in averaged if m in SIX]
    if six:
        out += ["", "Over the six DARTS / RandWire / SwiftNet-like:", ""]
        out += traffic_summary(results, six)
    if args.measure:
        out += ["", "## Measured in the compiled code", ""]
        out += measure(args.measure.split(","), args.build_dir,
                       args.timeout)
    text = "\n".join(out) + "\n"
    print(text)
    if not args.no_write and not args.only:
        with open(args.output, "w") as f:
            f.write(text)
        # In bench/results.md one heading level down.
        write_section(args.results_md, "\n".join(
            "#" + line if line.startswith("#") else line for line in out)
            + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
