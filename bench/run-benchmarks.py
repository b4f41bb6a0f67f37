#!/usr/bin/env python3
"""Run serenity-bench on every benchmark model and print one table.

For every bench/models/tosa/<model>.mlir (and the bundled example
examples/nas-cells.mlir), in fp32 and with 8-bit activations
(--element-bits=8), runs

    serenity-bench <model>.mlir --json [--element-bits=8]

and prints one markdown table: ops, scheduling nodes, nodes after chain
merging, the peak activation memory of the framework order, reverse
post-order, the greedy list order, Serenity's exact schedule, Serenity
with identity rewriting (n/a until that pass exists), Serenity after spatial
partitioning (serenity-opt -serenity-partition-spatial, its #serenity.spatial
summary: the peak after and the MACs it recomputes), the lower bound,
whether the schedule is proven optimal, the time of the schedule() call, the
peak RSS of serenity-bench, and the reduction framework / Serenity, with the
geometric-mean reduction under it. Models the importer could not convert are
listed as "not imported". The table, with the date, the machine and the build
type, is also written to bench/results.md. Then it plots the live bytes of a
few models before and after -serenity-memory-schedule (serenity-opt
-serenity-report=timeline=csv) as SVGs in docs/figures/.

Every number comes from this run. Exit status 1 if any model failed its check
or could not be measured. Standard library only; runs with any python3.

    python3 bench/run-benchmarks.py                 # everything, ~2 minutes
    python3 bench/run-benchmarks.py --measure       # + compiled, run, measured
    python3 bench/run-benchmarks.py --only googlenet,randwire_ws_cifar10 \
        --no-plots --output /tmp/results.md
"""

import argparse
import datetime
import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH_DIR)
sys.path.insert(0, BENCH_DIR)
import plot_timeline  # noqa: E402  (bench/plot_timeline.py)

# The benchmark networks (bench/models/nets/__init__.py), the paper's
# irregularly wired ones first.
MODELS = [
    "darts_v2_imagenet",
    "darts_v2_cifar10",
    "randwire_ws_cifar10",
    "randwire_ws_cifar100",
    "randwire_ws_imagenet",
    "swiftnet_like_hpd",
    "googlenet",
    "inception_v3",
    "densenet121",
    "mnasnet1_0",
    "efficientnet_b0",
    "mobilenet_v2",
    "squeezenet1_0",
    "shufflenet_v2_x1_0",
    "regnet_x_400mf",
]
# The kinds of network SERENITY evaluates (DARTS, RandWire, SwiftNet cells).
PAPER_KIND = {m for m in MODELS if m.startswith(("darts", "randwire", "swift"))}
EXAMPLE = os.path.join(REPO, "examples", "nas-cells.mlir")
EXAMPLE_NAME = "nas-cells (example)"
# SERENITY (Ahn et al., MLSys 2020), peak memory reduction vs TensorFlow Lite,
# geometric mean over its benchmark networks.
PAPER_SCHEDULING = 1.68
PAPER_REWRITING = 1.86
# Plotted by default (the first two imported), else the models with the
# largest reductions. Each SVG is about 15 KB.
PLOT_PREFERENCE = ["randwire_ws_cifar10", "darts_v2_cifar10",
                   "randwire_ws_imagenet", "swiftnet_like_hpd"]

PRECISIONS = [("fp32", None), ("int8", 8)]


def find_build_dir(explicit):
    if explicit:
        return os.path.abspath(explicit)
    # build/ is what utils/build.sh (and so the README's commands) make.
    for name in ("build", "build-bench"):
        path = os.path.join(REPO, name)
        if os.path.exists(os.path.join(path, "bin", "serenity-bench")):
            return path
    sys.exit("run-benchmarks: no serenity-bench in build/bin or "
             "build-bench/bin; build it (ninja serenity-bench serenity-opt) or "
             "pass --build-dir")


def cmake_cache_value(build_dir, key):
    try:
        with open(os.path.join(build_dir, "CMakeCache.txt")) as f:
            for line in f:
                if line.startswith(key + ":"):
                    return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return None


def machine():
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count()
    cpu = platform.processor() or "unknown CPU"
    memory = None
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    memory = int(line.split()[1]) / (1024.0 * 1024.0)
                    break
    except OSError:
        pass
    text = "nproc %d, %s" % (cores, cpu)
    if memory:
        text += ", %.0f GiB RAM" % memory
    return text


def git_revision():
    try:
        rev = subprocess.run(["git", "-C", REPO, "rev-parse", "--short",
                              "HEAD"], capture_output=True, text=True,
                             timeout=20).stdout.strip()
        dirty = subprocess.run(["git", "-C", REPO, "status", "--porcelain",
                                "--untracked-files=no"], capture_output=True,
                               text=True, timeout=20).stdout.strip()
        return rev + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def tool_version(tool):
    try:
        out = subprocess.run([tool, "--version"], capture_output=True,
                             text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    for line in out.splitlines():
        if "version" in line.lower():
            return line.strip()
    return "unknown"


def not_imported_reason(models_dir, name):
    log = os.path.join(models_dir, name + ".log")
    if os.path.exists(log):
        with open(log, errors="replace") as f:
            for line in f:
                if "error:" in line:
                    message = line.split("error:", 1)[1].strip()
                    if len(message) > 200:
                        message = message[:197] + "..."
                    return "importer: " + message
        return "importer failed, see %s" % os.path.relpath(log, REPO)
    onnx = os.path.join(BENCH_DIR, "models", "onnx", name + ".onnx")
    if not os.path.exists(onnx):
        return "no ONNX file (run bench/models/export.py)"
    return "no TOSA file (run bench/models/gen-tosa.sh)"


def first_error(stderr):
    for line in stderr.splitlines():
        if "error:" in line:
            return line.split("error:", 1)[1].strip()[:200]
    lines = [l for l in stderr.splitlines() if l.strip()]
    return lines[-1][:200] if lines else "no output"


def run_timed(cmd, timeout):
    """Runs `cmd` with a timeout. Returns (the CompletedProcess, {"seconds":
    wall seconds}), or (None, {"error": ..., "seconds": ...}) if it timed
    out."""
    start = time.monotonic()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, {"error": "timed out after %d s" % timeout,
                      "seconds": time.monotonic() - start}
    return proc, {"seconds": time.monotonic() - start}


def run_bench(tool, path, bits, timeout):
    """Returns a dict: figures (the JSON) or error, wall seconds."""
    cmd = [tool, path, "--json"]
    if bits:
        cmd.append("--element-bits=%d" % bits)
    proc, result = run_timed(cmd, timeout)
    if proc is None:
        return result
    result["returncode"] = proc.returncode
    try:
        result["figures"] = json.loads(proc.stdout)
    except ValueError:
        result["error"] = first_error(proc.stderr)
        return result
    if proc.returncode != 0 or not result["figures"].get("checked"):
        result["error"] = "check failed: " + first_error(proc.stderr)
    return result


def kb(value):
    return "%.1f" % (value / 1024.0)


def ratio(a, b):
    return a / b if b else float("nan")


def geomean(values):
    values = [v for v in values if v > 0 and not math.isnan(v)]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


HEADER = ["model", "prec", "ops", "nodes", "merged", "framework KB",
          "RPO KB", "greedy KB", "Serenity KB", "+rewrite KB",
          "+spatial KB", "+spatial extra MACs", "lower bound KB", "optimal?",
          "time ms", "RSS MB", "reduction", "check"]

SPATIAL_RE = re.compile(r"serenity\.spatial = #serenity\.spatial<([^>]*)>")


def run_spatial(opt, path, bits, timeout, output):
    """-serenity-partition-spatial's #serenity.spatial summary (the largest
    peaks and the sums of the MACs over the module's functions), or
    {"error": ...}; with the wall seconds. The partitioned module is written
    to `output` (for the measured runs)."""
    cmd = [opt, path, "-serenity-partition-spatial" +
           ("=element-bits=%d" % bits if bits else ""), "-o", output]
    proc, result = run_timed(cmd, timeout)
    if proc is None:
        return result
    if proc.returncode != 0:
        result["error"] = first_error(proc.stderr)
        return result
    with open(output) as f:
        summaries = SPATIAL_RE.findall(f.read())
    result["module"] = output
    if not summaries:
        result["error"] = "no #serenity.spatial summary"
        return result
    total = {"peak_before": 0, "peak_after": 0, "macs_before": 0,
             "macs_after": 0, "regions": 0, "tiles": 0,
             "time_limit_hit": False}
    for summary in summaries:
        for item in summary.split(","):
            key, value = (part.strip() for part in item.split("=", 1))
            if key == "time_limit_hit":
                total[key] = total[key] or value == "true"
            elif key in ("peak_before", "peak_after"):
                total[key] = max(total[key], int(value))
            elif key in total:
                total[key] += int(value)
    result.update(total)
    return result


def spatial_cells(spatial):
    """The +spatial KB and extra MACs cells of a row."""
    if spatial is None:
        return ["n/a", "n/a"]
    if "error" in spatial:
        return ["error: " + spatial["error"].replace("|", "/")[:60], ""]
    extra = ratio(spatial["macs_after"] - spatial["macs_before"],
                  spatial["macs_before"]) if spatial["macs_before"] else 0.0
    return [kb(spatial["peak_after"]) +
            (" (limit hit)" if spatial["time_limit_hit"] else ""),
            "%+.1f%%" % (100 * extra)]


def table_row(name, precision, result, spatial=None):
    if "figures" not in result:
        return [name, precision] + [""] * (len(HEADER) - 4) + [
            "", "error: " + result["error"].replace("|", "/")]
    total = result["figures"]["total"]
    rss = result["figures"]["rss_kib"] / 1024.0
    rewrite = total.get("rewrite_bytes")
    check = "checked" if "error" not in result else \
        "FAILED: " + result["error"].replace("|", "/")
    return [
        name, precision, str(total["ops"]), str(total["nodes"]),
        str(total["merged"]), kb(total["framework_bytes"]),
        kb(total["rpo_bytes"]), kb(total["greedy_bytes"]),
        kb(total["serenity_bytes"]),
        kb(rewrite) if rewrite is not None else "n/a",
    ] + spatial_cells(spatial) + [
        kb(total["lower_bound_bytes"]),
        "yes" if total["optimal"] else "no",
        "%.1f" % total["time_ms"], "%.1f" % rss,
        "%.2fx" % ratio(total["framework_bytes"], total["serenity_bytes"]),
        check,
    ]


def markdown_table(rows):
    align = ["---", "---"] + ["---:"] * (len(HEADER) - 3) + ["---"]
    lines = ["| " + " | ".join(HEADER) + " |",
             "|" + "|".join(align) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def spatial_summary_lines(spatial, models):
    """The reduction Serenity / +spatial (model on TOSA) per precision, the
    extra MACs, and the models where +spatial is above Serenity alone."""
    lines = []
    for precision, _ in PRECISIONS:
        runs = [(m, spatial[(m, precision)]) for m in models
                if "peak_after" in spatial.get((m, precision), {})]
        if not runs:
            continue
        gains = [ratio(r["peak_before"], r["peak_after"]) for _, r in runs]
        changed = [m for m, r in runs if r["regions"]]
        worst = max((ratio(r["macs_after"] - r["macs_before"],
                           r["macs_before"]) for _, r in runs
                     if r["macs_before"]), default=0.0)
        above = [m for m, r in runs if r["peak_after"] > r["peak_before"]]
        lines.append(
            "- %s, spatial partitioning (model on TOSA, %d model%s): "
            "Serenity / +spatial **%.2fx** (geometric mean), partitioned "
            "%d of them, at most %+.1f%% MACs; +spatial above Serenity "
            "alone on: %s." % (
                precision, len(runs), "" if len(runs) == 1 else "s",
                geomean(gains), len(changed), 100 * worst,
                ", ".join(above) if above else "none"))
    return lines


def summary_lines(results, models):
    """Geometric means of the reduction over the measured benchmark models."""
    lines = []
    for precision, _ in PRECISIONS:
        for label, subset in (("all benchmark models", models),
                              ("DARTS / RandWire / SwiftNet-like",
                               [m for m in models if m in PAPER_KIND])):
            measured = [results[(m, precision)] for m in subset
                        if "figures" in results.get((m, precision), {})]
            if not measured:
                continue
            totals = [r["figures"]["total"] for r in measured]
            sched = geomean([ratio(t["framework_bytes"], t["serenity_bytes"])
                             for t in totals])
            rewrites = [ratio(t["framework_bytes"], t["rewrite_bytes"])
                        for t in totals if t.get("rewrite_bytes")]
            rewrite = "n/a (no -serenity-rewrite-identity pass yet)"
            if rewrites and len(rewrites) == len(totals):
                rewrite = "%.2fx" % geomean(rewrites)
            elif rewrites:
                rewrite = "%.2fx over the %d models it ran on" % (
                    geomean(rewrites), len(rewrites))
            lines.append(
                "- %s, %s (%d model%s): Serenity **%.2fx**, + identity "
                "rewriting %s" % (precision, label, len(totals),
                                  "" if len(totals) == 1 else "s", sched,
                                  rewrite))
    fp32 = [(m, results[(m, "fp32")]["figures"]["total"]) for m in models
            if "figures" in results.get((m, "fp32"), {})]
    at_bound = [m for m, t in fp32
                if t["framework_bytes"] == t["lower_bound_bytes"]]
    if at_bound:
        lines.append(
            "- In %d of the %d models (fp32) the framework order already "
            "attains the scheduler's proven lower bound, so no order can do "
            "better: %s."
            % (len(at_bound), len(fp32), ", ".join(at_bound)))
    for m, t in fp32:
        if not t["optimal"]:
            lines.append(
                "- %s (fp32): not proven optimal; the order of its "
                "costliest part comes from `%s` after expanding %d states, "
                "and the proven lower bound is %.0f%% below its peak."
                % (m, t["method"], t["states"],
                   100.0 * (1 - ratio(t["lower_bound_bytes"],
                                      t["serenity_bytes"]))))
    lines.append(
        "- Paper (SERENITY, MLSys 2020, int8, vs TensorFlow Lite's order, "
        "on its own DARTS / RandWire / SwiftNet networks): %.2fx with "
        "scheduling, %.2fx with identity graph rewriting."
        % (PAPER_SCHEDULING, PAPER_REWRITING))
    return lines


def make_plots(opt, model_paths, names, figures_dir, timeout, log):
    written = []
    for name in names:
        path = model_paths[name]
        with tempfile.TemporaryDirectory() as tmp:
            csvs = []
            for extra in ([], ["-serenity-memory-schedule"]):
                cmd = [opt, path] + extra + [
                    "-serenity-report=timeline=csv", "-o", os.devnull]
                try:
                    proc = subprocess.run(cmd, capture_output=True,
                                          text=True, timeout=timeout)
                except subprocess.TimeoutExpired:
                    proc = None
                if proc is None or proc.returncode != 0:
                    log("plot %s: serenity-opt failed: %s" % (
                        name, first_error(proc.stderr) if proc else
                        "timed out"))
                    break
                csvs.append(proc.stdout)
            if len(csvs) != 2:
                continue
        svg = plot_timeline.plot(csvs[0], csvs[1], "%s (fp32): live "
                                 "activations, framework order vs Serenity"
                                 % name)
        os.makedirs(figures_dir, exist_ok=True)
        out = os.path.join(figures_dir, "timeline-%s.svg" % name)
        with open(out, "w") as f:
            f.write(svg)
        written.append(out)
        log("plot %s -> %s (%d bytes)" % (name, os.path.relpath(out, REPO),
                                           len(svg)))
    return written


# ---------------------------------------------------------------------------
# Measured peak memory (--measure): every model compiled and run by
# utils/serenity-run.py, which counts the bytes the lowered code really
# allocates (docs/Runtime.md). Slow (minutes per model), so optional.
# ---------------------------------------------------------------------------

SERENITY_RUN = os.path.join(REPO, "utils", "serenity-run.py")
# (key, label, serenity-opt passes run before lowering).
# The serenity-schedule-lowered pipeline (include/serenity/Transforms/
# Pipelines.h): Serenity's order, lowered to linalg and scheduled again
# there, where the lowering's temporaries are buffers the model sees
# (docs/Runtime.md); the second schedule keeps the first order unless it
# finds a better one.
def reschedule_on_linalg(rewrite):
    return ("--pass-pipeline=builtin.module(serenity-schedule-lowered{"
            "rewrite=%s time-limit=60})" % ("true" if rewrite else "false"))


# (key, label, serenity-opt arguments run before lowering, whether the
# model's prediction is on the lowered linalg IR).
MEASURED_ORDERS = [
    ("framework", "framework", [], False),
    ("serenity", "Serenity", ["-serenity-memory-schedule"], False),
    ("rewrite", "+rewrite",
     ["-serenity-rewrite-identity", "-serenity-memory-schedule"], False),
    ("linalg", "rescheduled on linalg", [reschedule_on_linalg(False)], True),
    ("rewrite-linalg", "+rewrite, rescheduled on linalg",
     [reschedule_on_linalg(True)], True),
    ("spatial", "+spatial", ["-serenity-memory-schedule"], False),
    ("spatial-linalg", "+spatial, rescheduled on linalg",
     [reschedule_on_linalg(False)], True),
]
# Orders run on the module -serenity-partition-spatial made for the main
# table (fp32), not on the model itself: the pass runs once per model. The
# weights are materialized in it as in the model (the same weight constants,
# in the same order: partitioning adds none), so the outputs are comparable.
SPATIAL_INPUT = ("spatial", "spatial-linalg")
# Orders that only reorder or partition spatially: their outputs must be bit
# for bit the framework order's (docs/Spatial.md, "Why the numerics are
# kept").
EXACT_ORDERS = ("serenity", "linalg", "spatial", "spatial-linalg")
# Rewrites slice and concatenate weights: their outputs are comparable only
# if the weights carry real values through the passes.
MEASURE_WEIGHTS = "materialize"


def elided_mode(path):
    """How the model at `path` marks its elided weights (serenity-run
    --elided): dense_resource<__elided__> (serenity-translate
    --elide-weights), or zero splats in models imported before that."""
    with open(path) as f:
        return ("resource" if "dense_resource<__elided__>" in f.read()
                else "zero-splats")
# Outputs of rewritten modules are compared within this tolerance (max
# |a - b| <= ATOL + RTOL * max |a|); reordered ones must be bit for bit equal.
MEASURE_RTOL = 1e-4
MEASURE_ATOL = 1e-6
# The measured reduction is "as predicted" within this relative difference.
MEASURE_MATCH = 0.05


def run_measured(build, path, passes, timeout, dump_dir, elided):
    """serenity-run's JSON for `path` after `passes`, or {"error": ...}."""
    cmd = [sys.executable, SERENITY_RUN, path, "--json", "--build-dir",
           build, "--weights", MEASURE_WEIGHTS, "--elided", elided,
           "--timeout", str(timeout),
           "--dump-outputs", dump_dir] + ["--passes=" + p for p in passes]
    start = time.monotonic()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True)
    except OSError as e:
        return {"error": str(e), "wall": time.monotonic() - start}
    wall = time.monotonic() - start
    if proc.returncode != 0:
        return {"error": first_error(proc.stderr), "wall": wall}
    try:
        result = json.loads(proc.stdout)
    except ValueError:
        return {"error": "no JSON from serenity-run", "wall": wall}
    result["wall"] = wall
    return result


def read_floats(path):
    import array
    data = array.array("f")
    with open(path, "rb") as f:
        data.frombytes(f.read())
    if sys.byteorder != "little":
        data.byteswap()
    return data


def compare_outputs(reference, other):
    """'identical', 'max err X' within tolerance, or 'DIFFERENT: ...'."""
    ref_out, out = reference["outputs"], other["outputs"]
    if len(ref_out) != len(out):
        return "DIFFERENT: %d vs %d outputs" % (len(ref_out), len(out))
    if all(a["hash"] == b["hash"] for a, b in zip(ref_out, out)):
        return "identical"
    worst = 0.0
    for i, (a, b) in enumerate(zip(ref_out, out)):
        if a["type"] != "f32" or a["shape"] != b["shape"]:
            return "DIFFERENT: output %d" % i
        x = read_floats(os.path.join(reference["dump"], "output%d.bin" % i))
        y = read_floats(os.path.join(other["dump"], "output%d.bin" % i))
        scale = max((abs(v) for v in x), default=0.0)
        err = max((abs(u - v) for u, v in zip(x, y)), default=0.0)
        if not err <= MEASURE_ATOL + MEASURE_RTOL * scale:
            return "DIFFERENT: max err %.3g (max |ref| %.3g)" % (err, scale)
        worst = max(worst, err / scale if scale else err)
    return "max rel err %.1e" % worst


def measure_models(build, opt, paths, names, timeout, log, spatial=None):
    """{name: {key: serenity-run result}} and whether all went well.
    `spatial`: the main table's -serenity-partition-spatial runs (None: no
    spatial orders)."""
    orders = [o for o in MEASURED_ORDERS
              if spatial is not None or o[0] not in SPATIAL_INPUT]
    measured, ok = {}, True
    tmp = tempfile.mkdtemp(prefix="run-benchmarks-")
    try:
        for name in names:
            measured[name] = {}
            for key, _, passes, _ in orders:
                dump = os.path.join(tmp, name, key)
                path = paths[name]
                if key in SPATIAL_INPUT:
                    path = spatial.get((name, "fp32"), {}).get("module")
                if path is None:
                    result = {"error": "no partitioned module "
                              "(-serenity-partition-spatial failed)",
                              "wall": 0.0}
                else:
                    result = run_measured(build, path, passes, timeout, dump,
                                          elided_mode(paths[name]))
                result["dump"] = dump
                measured[name][key] = result
                if "error" in result:
                    ok = False
                    log("measure %-22s %-9s %6.1fs error: %s" % (
                        name, key, result["wall"], result["error"]))
                    continue
                log("measure %-22s %-9s %6.1fs measured %d B, model %d B "
                    "(lowered %d B)" % (name, key, result["wall"],
                                        result["measured"],
                                        result["predicted"],
                                        result["predicted_linalg"]))
            base = measured[name].get("framework", {})
            for key, _, _, _ in orders[1:]:
                other = measured[name].get(key, {})
                if "outputs" in base and "outputs" in other:
                    other["check"] = compare_outputs(base, other)
                    reorder = key in EXACT_ORDERS
                    if other["check"].startswith("DIFFERENT") or (
                            reorder and other["check"] != "identical"):
                        ok = False
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return measured, [o[0] for o in orders], ok


def measured_ratio(runs, key, field):
    """framework / `key` for `field` (predicted, predicted_linalg or
    measured), or None."""
    base, other = runs.get("framework", {}), runs.get(key, {})
    if "measured" not in base or "measured" not in other:
        return None
    return ratio(base[field], other[field])


def model_field(key):
    """The prediction an order is compared with: the model on TOSA, or on the
    lowered linalg for orders scheduled there."""
    on_linalg = [o[3] for o in MEASURED_ORDERS if o[0] == key]
    return "predicted_linalg" if on_linalg and on_linalg[0] else "predicted"


def linalg_proven(runs, keys):
    """Whether the last schedule of every order scheduled on linalg was
    proven optimal (its #serenity.schedule says optimal = true)."""
    linalg = [k for k in keys if model_field(k) == "predicted_linalg"]
    if not linalg:
        return "n/a"
    unproven = [k for k in linalg
                if not runs[k].get("schedule", {}).get("optimal")]
    return "yes" if not unproven else "no (%s)" % ", ".join(unproven)


def measured_rows(measured, keys, names, spatial):
    rows = []
    for name in names:
        runs = measured[name]
        row = [name]
        for key in keys:
            run = runs[key]
            if "measured" not in run:
                row.append("error: " + run["error"].replace("|", "/")[:80])
            else:
                row.append("%s / %s" % (kb(run[model_field(key)]),
                                        kb(run["measured"])))
            if key == "framework":
                continue
            model = measured_ratio(runs, key, model_field(key))
            real = measured_ratio(runs, key, "measured")
            row.append("%.2fx / %.2fx" % (model, real) if model else "n/a")
        if "spatial" in keys:
            row.append(spatial_cells(spatial.get((name, "fp32")))[1])
        exact = [k for k, r in runs.items()
                 if r.get("measured") is not None and
                 r["measured"] == r["predicted_linalg"]]
        row.append("yes" if len(exact) == len(runs) else
                   "no (%s)" % ", ".join(sorted(set(runs) - set(exact))))
        row.append(linalg_proven(runs, keys))
        row.append("; ".join("%s: %s" % (k, runs[k]["check"]) for k in keys
                             if "check" in runs[k]) or "n/a")
        row.append("%.0f" % sum(r.get("wall", 0) for r in runs.values()))
        rows.append(row)
    return rows


def measured_section(measured, keys, names, spatial):
    labels = {o[0]: o[1] for o in MEASURED_ORDERS}
    header = ["model"]
    for key in keys:
        header.append("%s KB model / measured" % labels[key])
        if key != "framework":
            header.append("%s reduction model / measured" % labels[key])
    if "spatial" in keys:
        header.append("+spatial extra MACs")
    header += ["measured = model of lowered IR?",
               "linalg schedules proven optimal?", "outputs", "run s"]
    lines = [
        "",
        "## Measured peak memory (fp32, compiled and run)",
        "",
        "`--measure`: every model lowered through bufferization, buffer "
        "deallocation and freeing after the last use to LLVM and run "
        "by `utils/serenity-run.py` (docs/Runtime.md). *Measured* is the "
        "peak of the bytes the compiled code had allocated at once (inputs, "
        "intermediates, the lowering's temporaries and outputs, through a "
        "counting allocator); *model* is the memory model's prediction for "
        "the same order on the TOSA IR (for the orders *%s*, on the linalg "
        "IR they were scheduled on). *Measured = model of lowered IR* says whether every "
        "measured peak equals the model applied to the linalg IR that "
        "tosa-to-linalg makes of the order, i.e. whether the pipeline "
        "realises the order exactly; *linalg schedules proven optimal* whether "
        "the schedules on linalg were proven optimal by the scheduler (their "
        "`#serenity.schedule` attribute). Outputs are compared with the framework "
        "order's: bit for bit after reordering, within a tolerance after "
        "rewriting. Weights: explicit pseudo-random values written into "
        "the elided weights before any pass (`--weights=%s`; `--elided` "
        "as each model marks them)."
        % (labels["linalg"], MEASURE_WEIGHTS),
        "",
    ]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|---|" + "|".join(["---:"] * (len(header) - 5)) +
                 "|---|---|---|---:|")
    for row in measured_rows(measured, keys, names, spatial):
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    for key in keys[1:]:
        pairs = [(measured_ratio(measured[n], key, model_field(key)),
                  measured_ratio(measured[n], key, "measured"), n)
                 for n in names if n != EXAMPLE_NAME]
        pairs = [p for p in pairs if p[0]]
        if not pairs:
            continue
        lines.append(
            "- %s, geometric mean over %d benchmark models: model %.2fx, "
            "measured %.2fx." % (labels[key], len(pairs),
                        geomean([p[0] for p in pairs]),
                        geomean([p[1] for p in pairs])))
        off = [(n, p, q) for p, q, n in pairs
               if abs(q / p - 1) > MEASURE_MATCH]
        if off:
            lines.append(
                "- %s: measured reduction more than %d%% away from the "
                "model's: %s." % (labels[key], round(100 * MEASURE_MATCH),
                                  ", ".join("%s (%.2fx vs %.2fx)" % t
                                            for t in off)))
    for key, base in (("spatial", "serenity"),
                      ("spatial-linalg", "linalg")):
        if key not in keys:
            continue
        pairs = [(measured[n][base]["measured"], measured[n][key]["measured"],
                  n) for n in names
                 if "measured" in measured[n].get(base, {}) and
                 "measured" in measured[n].get(key, {})]
        if not pairs:
            continue
        above = [n for b, k, n in pairs if k > b]
        lines.append(
            "- %s vs %s, measured: geometric mean reduction %.2fx over %d "
            "models (%s); measured above %s on: %s." % (
                labels[key], labels[base],
                geomean([ratio(b, k) for b, k, n in pairs
                         if n != EXAMPLE_NAME]) or float("nan"),
                len([p for p in pairs if p[2] != EXAMPLE_NAME]),
                ", ".join("%s %.2fx" % (n, ratio(b, k))
                          for b, k, n in pairs),
                labels[base], ", ".join(above) if above else "none"))
    lines.append(
        "- Where *measured = model of lowered IR* is yes, the difference "
        "between the model on TOSA and the measured peak is the lowering's "
        "temporaries (padded copies of convolution and pooling inputs, the "
        "accumulators of depthwise convolutions and average pools), which "
        "the model on TOSA does not count; docs/Runtime.md explains them.")
    total = sum(r.get("wall", 0) for n in names for r in measured[n].values())
    lines.append("- Measured runs: %.0f s in total (serenity-run, one model "
                 "and order at a time, including the passes)." % total)
    return lines

def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build-dir", help="build directory with "
                        "bin/serenity-bench and bin/serenity-opt (default: "
                        "build, else build-bench)")
    parser.add_argument("--models-dir",
                        default=os.path.join(BENCH_DIR, "models", "tosa"),
                        help="directory of the imported <model>.mlir files")
    parser.add_argument("--output", default=os.path.join(BENCH_DIR,
                                                         "results.md"))
    parser.add_argument("--figures-dir",
                        default=os.path.join(REPO, "docs", "figures"))
    parser.add_argument("--only", help="comma-separated model names")
    parser.add_argument("--plot", help="comma-separated models to plot "
                        "(default: two, the paper's kinds first)")
    parser.add_argument("--no-plots", action="store_true")
    parser.add_argument("--no-example", action="store_true",
                        help="leave out examples/nas-cells.mlir")
    parser.add_argument("--measure", action="store_true",
                        help="also compile and run every model and measure "
                        "its real peak memory (utils/serenity-run.py; slow: "
                        "minutes per model)")
    parser.add_argument("--measure-timeout", type=int, default=3600,
                        help="seconds per stage of a measured run")
    parser.add_argument("--timeout", type=int, default=300,
                        help="seconds per serenity-bench run (and per "
                        "-serenity-partition-spatial run)")
    parser.add_argument("--no-spatial", action="store_true",
                        help="leave out -serenity-partition-spatial (the "
                        "+spatial columns say n/a; --measure leaves out its "
                        "orders)")
    args = parser.parse_args(argv)

    started = time.monotonic()
    # Before anything is written (the plots are files of the repository).
    source = git_revision()
    build = find_build_dir(args.build_dir)
    bench = os.path.join(build, "bin", "serenity-bench")
    opt = os.path.join(build, "bin", "serenity-opt")

    def log(message):
        print("[%6.1fs] %s" % (time.monotonic() - started, message),
              file=sys.stderr, flush=True)

    models = list(MODELS)
    if os.path.isdir(args.models_dir):
        for f in sorted(os.listdir(args.models_dir)):
            name, ext = os.path.splitext(f)
            if ext == ".mlir" and name not in models:
                models.append(name)
    if args.only:
        wanted = args.only.split(",")
        unknown = [m for m in wanted if m not in models]
        if unknown:
            sys.exit("run-benchmarks: unknown model(s): " + ", ".join(unknown))
        models = [m for m in models if m in wanted]

    paths = {}
    missing = {}
    for name in models:
        path = os.path.join(args.models_dir, name + ".mlir")
        if os.path.exists(path):
            paths[name] = path
        else:
            missing[name] = not_imported_reason(args.models_dir, name)
    run_list = [m for m in models if m in paths]
    if not args.no_example and not args.only:
        paths[EXAMPLE_NAME] = EXAMPLE
        run_list.append(EXAMPLE_NAME)

    results = {}
    spatial_results = {}
    # The partitioned modules, until the measured runs are done.
    spatial_dir = tempfile.mkdtemp(prefix="run-benchmarks-spatial-")
    failed = False
    for name in run_list:
        for precision, bits in PRECISIONS:
            result = run_bench(bench, paths[name], bits, args.timeout)
            results[(name, precision)] = result
            if "error" in result:
                failed = True
            status = result.get("error", "checked")
            log("%-22s %s %6.1fs %s" % (name, precision, result["seconds"],
                                         status))
            if args.no_spatial:
                continue
            spatial = run_spatial(opt, paths[name], bits, args.timeout,
                                  os.path.join(spatial_dir, "%s-%s.mlir" % (
                                      name.replace(" ", "_"), precision)))
            spatial_results[(name, precision)] = spatial
            if "error" in spatial:
                failed = True
                log("%-22s %s %6.1fs spatial error: %s" % (
                    name, precision, spatial["seconds"], spatial["error"]))
            else:
                log("%-22s %s %6.1fs spatial %d -> %d B, %d regions, MACs "
                    "%d -> %d" % (name, precision, spatial["seconds"],
                                  spatial["peak_before"],
                                  spatial["peak_after"], spatial["regions"],
                                  spatial["macs_before"],
                                  spatial["macs_after"]))

    measured_runs = None
    try:
        if args.measure:
            measured_runs, measured_keys, measured_ok = measure_models(
                build, opt, paths, run_list, args.measure_timeout, log,
                spatial=None if args.no_spatial else spatial_results)
            failed = failed or not measured_ok
    finally:
        shutil.rmtree(spatial_dir, ignore_errors=True)

    rows = []
    for name in models + ([EXAMPLE_NAME] if EXAMPLE_NAME in paths else []):
        if name in missing:
            rows.append([name, "", "not imported"] + [""] * (len(HEADER) - 4)
                        + [missing[name].replace("|", "/")])
            continue
        for precision, _ in PRECISIONS:
            rows.append(table_row(
                name, precision, results[(name, precision)],
                None if args.no_spatial else
                spatial_results.get((name, precision))))

    plots = []
    if not args.no_plots:
        if args.plot:
            plot_names = [m for m in args.plot.split(",") if m in paths]
        else:
            plot_names = [m for m in PLOT_PREFERENCE if m in paths][:2]
            by_reduction = sorted(
                (m for m in run_list if m not in plot_names and
                 m != EXAMPLE_NAME and
                 "figures" in results[(m, "fp32")]),
                key=lambda m: -ratio(
                    results[(m, "fp32")]["figures"]["total"]
                    ["framework_bytes"],
                    results[(m, "fp32")]["figures"]["total"]
                    ["serenity_bytes"]))
            plot_names = (plot_names + by_reduction)[:2]
        plots = make_plots(opt, paths, plot_names, args.figures_dir,
                           args.timeout, log)

    elapsed = time.monotonic() - started
    measured = [m for m in models if m in paths]
    lines = [
        "# Benchmark results",
        "",
        "Generated by `bench/run-benchmarks.py` (see bench/README.md for "
        "what each column means and how to regenerate). Every number below "
        "was measured by that run.",
        "",
        "- Date: %s" % datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "- Machine: %s" % machine(),
        "- Build: %s, %s, CMAKE_BUILD_TYPE=%s" % (
            os.path.relpath(build, REPO), tool_version(bench),
            cmake_cache_value(build, "CMAKE_BUILD_TYPE") or "unknown"),
        "- Source: git %s" % source,
        "- Models: %d of %d imported from %s%s" % (
            len(measured), len(models), os.path.relpath(args.models_dir, REPO),
            "" if args.no_example or args.only else
            ", plus examples/nas-cells.mlir"),
        "- Run time: %.0f s (all serenity-bench and "
        "-serenity-partition-spatial runs, one at a time, %sand the plots)"
        % (elapsed, "the measured runs, " if args.measure else ""),
        "",
        "Peaks in KB (1 KB = 1024 bytes) of intermediate activations under "
        "docs/MemoryModel.md; fp32 uses the IR's element types, int8 sizes "
        "every element as one byte (`--element-bits=8`), as the paper does.",
        "",
        markdown_table(rows),
        "",
        "Geometric mean of the reduction framework order / Serenity:",
        "",
    ]
    lines += summary_lines(results, measured)
    lines += spatial_summary_lines(spatial_results, measured)
    lines += [
        "",
        "The framework order here is the order of the ops in the imported "
        "IR (PyTorch's ONNX export), not TensorFlow Lite's, and the DARTS / "
        "RandWire / SwiftNet-like networks are our re-implementations "
        "(bench/models/README.md), so the paper's figures are a reference "
        "point, not the same measurement.",
    ]
    if measured_runs is not None:
        lines += measured_section(measured_runs, measured_keys, run_list,
                                  spatial_results)
    if plots:
        lines += ["", "Live activations over op steps, framework order vs "
                  "Serenity (fp32):", ""]
        for p in plots:
            rel = os.path.relpath(p, os.path.dirname(
                os.path.abspath(args.output)))
            lines.append("![%s](%s)" % (os.path.basename(p), rel))
    text = "\n".join(lines) + "\n"
    print(text)
    # Keep the sections other benchmarks write with their own runs
    # (`<!-- NAME: begin ... -->` to `<!-- NAME: end -->`: bench/arena's
    # arena-bench.py, bench/sched's serenity-sched-bench --families).
    if os.path.exists(args.output):
        with open(args.output) as f:
            for section in re.finditer(r"<!-- ([^:>]+): begin.*?<!-- \1: "
                                       r"end -->\n", f.read(), re.S):
                text += "\n" + section.group(0)
    with open(args.output, "w") as f:
        f.write(text)
    log("wrote %s" % os.path.relpath(args.output, REPO))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
