"""Compile a module with serenity-opt, run one of its functions with
mlir-runner and the counting runtime, and read back what happened.

The one harness of Serenity's measured runs and numeric tests:
utils/serenity-run.py (measured peaks), test/Import/onnx_mlir_run.py (ONNX
numerics) and test/Rewrite/run_rewrite_test.py (rewrites keep numerics) all
run through it. It only orchestrates: every stage is a named pipeline or a
test pass of serenity-opt (docs/Runtime.md, "The pipeline"), and every result
it reads is JSON: the report of -serenity-report{format=json}, the signature
the entry pass writes, the events the runtime prints.

Standard library only; runs with any python3 (3.7 or newer).
"""

import json
import os
import shutil
import subprocess

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENTRY = "__serenity_run_main"

# What --weights may say, and how an importer marked the weights it elided
# (test/lib/TestWeights.cpp): dense_resource<__elided__>, or, for modules
# imported before that convention, zero splats (resources count as elided
# in both modes).
WEIGHTS = ("fill", "materialize", "keep")
ELIDED = ("resource", "zero-splats")
LOOPS = ("loops", "affine")


class RunError(Exception):
    """A stage failed; `stage` says which."""

    def __init__(self, stage, message):
        super().__init__("%s: %s" % (stage, message))
        self.stage = stage


# --------------------------------------------------------------------------
# Tools
# --------------------------------------------------------------------------

def find_build_dir(explicit=None):
    """`explicit`, else $SERENITY_BUILD_DIR (lit sets it), else build/,
    build-run/ or build-bench/ of the repository: the first with
    bin/serenity-opt and lib/libSerenityRuntime.so."""
    candidates = [explicit] if explicit else []
    if not explicit:
        if os.environ.get("SERENITY_BUILD_DIR"):
            candidates.append(os.environ["SERENITY_BUILD_DIR"])
        candidates += [os.path.join(REPO, name)
                       for name in ("build", "build-run", "build-bench")]
    for path in candidates:
        if (os.path.exists(os.path.join(path, "bin", "serenity-opt")) and
                os.path.exists(os.path.join(path, "lib",
                                            "libSerenityRuntime.so"))):
            return os.path.abspath(path)
    raise RunError("setup", "no build directory with bin/serenity-opt and "
                   "lib/libSerenityRuntime.so (looked at %s); build them "
                   "(ninja serenity-opt SerenityRuntime) or pass --build-dir"
                   % ", ".join(candidates))


def find_mlir_runner(explicit=None):
    for candidate in (explicit, shutil.which("mlir-runner"),
                      "/usr/lib/llvm-22/bin/mlir-runner"):
        if candidate and os.path.exists(candidate):
            return candidate
    raise RunError("setup", "no mlir-runner; pass --mlir-runner")


def runner_lib_dir(lib_dir, mlir_runner):
    """`lib_dir`, or the lib/ beside the mlir-runner binary when empty."""
    if lib_dir:
        return lib_dir
    path = shutil.which(mlir_runner) or mlir_runner
    return os.path.join(os.path.dirname(os.path.realpath(path)), "..", "lib")


class Tools:
    """serenity-opt, the runtime and mlir-runner with its C runner utils."""

    def __init__(self, build_dir=None, mlir_runner=None, lib_dir=None,
                 opt=None):
        if opt and not build_dir:
            # The build directory of the serenity-opt given (<build>/bin).
            path = shutil.which(opt) or opt
            build_dir = os.path.dirname(os.path.dirname(os.path.realpath(path)))
        self.build = find_build_dir(build_dir)
        self.opt = os.path.join(self.build, "bin", "serenity-opt")
        self.runtime = os.path.join(self.build, "lib", "libSerenityRuntime.so")
        self.runner = find_mlir_runner(mlir_runner)
        self.c_utils = os.path.join(runner_lib_dir(lib_dir, self.runner),
                                    "libmlir_c_runner_utils.so")


def run(cmd, stage, stdin=None, timeout=None, env=None):
    """(stdout, stderr) of `cmd`; RunError(stage) if it fails."""
    try:
        proc = subprocess.run(cmd, input=stdin, capture_output=True,
                              timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        raise RunError(stage, "timed out after %s s" % timeout)
    if proc.returncode != 0:
        err = proc.stderr.decode(errors="replace").strip()
        lines = err.splitlines()
        if len(lines) > 30:
            err = "\n".join(lines[:30] + ["... (%d more lines)"
                                          % (len(lines) - 30)])
        raise RunError(stage, err or "exit status %d" % proc.returncode)
    return (proc.stdout.decode(errors="replace"),
            proc.stderr.decode(errors="replace"))


def pipeline(*elements):
    """The textual pipeline running `elements` (pipeline and pass names with
    their options) on the module, in order."""
    return "builtin.module(%s)" % ",".join(e for e in elements if e)


def opt(tools, source, output, elements, stage, timeout=None):
    """serenity-opt on the file `source` with the pipeline of `elements`,
    written to `output` (a path or os.devnull); returns its stdout."""
    out, _ = run([tools.opt, source, "--pass-pipeline=" + pipeline(*elements),
                  "-mlir-print-op-on-diagnostic=false", "-o", output],
                 stage, timeout=timeout)
    return out


def read_json(path):
    with open(path) as f:
        return json.load(f)


# --------------------------------------------------------------------------
# What the memory model says
# --------------------------------------------------------------------------

def report(tools, source, before=(), stage="predict", timeout=None):
    """-serenity-report{format=json} of `source` after the pipeline
    elements `before`: {"functions": [...]}."""
    out = opt(tools, source, os.devnull,
              list(before) + ["serenity-report{format=json}"], stage, timeout)
    return json.loads(out)


def function_report(document, name):
    """The report of @name, or RunError."""
    for function in document["functions"]:
        if function["function"] == name:
            return function
    raise RunError("predict", "no report for @%s" % name)


# --------------------------------------------------------------------------
# Weights
# --------------------------------------------------------------------------

def weight_pass(weights, elided, info_file):
    """The pass that prepares the weights before any other: explicit values
    (materialize), else a resource of its own for every elided weight,
    which seeds the values the fill pass gives it at run time. With
    weights=keep, legacy zero splats stay zeros (resources have no values
    to keep: they are filled whatever `weights` says)."""
    if weights == "materialize":
        return ("serenity-test-materialize-weights{elided=%s info-file=%s}"
                % (elided, info_file))
    mode = elided if weights == "fill" else "resource"
    return "serenity-test-mark-weights{elided=%s info-file=%s}" % (
        mode, info_file)


def fill_pass(info_file):
    """The pass that fills the elided weights (the resources
    dense_resource<__elided__N>) at run time, after bufferization."""
    return "serenity-test-fill-weights{info-file=%s}" % info_file


# --------------------------------------------------------------------------
# Compiling and running
# --------------------------------------------------------------------------

def count_ops(tools, source, stage, timeout=None):
    """How many ops of each name `source` has (upstream print-op-stats):
    {"memref.alloc": 3, ...}."""
    _, err = run([tools.opt, source,
                  "--pass-pipeline=" + pipeline("print-op-stats{json=true}"),
                  "-o", os.devnull], stage, timeout=timeout)
    try:
        return json.loads(err[err.index("{"):])
    except ValueError:
        raise RunError(stage, "print-op-stats printed no JSON:\n" + err)


def compile_module(tools, source, tmp, function=None, inputs="pattern",
                   weights="fill", elided="resource", free_after_last_use=True,
                   loops="loops", stages=True, bufferized_passes=(),
                   deploy=None, timeout=None):
    """Lowers the TOSA or linalg module `source` to LLVM for mlir-runner,
    with an entry function around `function`. Writes the stages to `tmp`
    (1-harness, 2-bufferized, 3-filled, 4-llvm .mlir) when `stages`, else
    runs one serenity-opt. Returns (path of the LLVM module, the entry's
    signature with "filled_weights" and, with `stages` and
    `bufferized_passes` or `deploy`, "attributes": the Serenity attributes
    of the entry function after `bufferized_passes` or `deploy`,
    such as the arena of serenity-plan-arena, and with `deploy`
    "op_counts": how many ops of each name the bufferized IR has).

    With `deploy` (the options of serenity-deploy, "" for none), the TOSA
    module is compiled by serenity-deploy instead of
    serenity-bufferize-for-measurement: scheduled, inlined into the entry
    function (so that its inputs, activations and outputs are one
    function's buffers, all in the arena) and planned into one arena, which
    is then allocated through the runtime's counting aligned_alloc: the
    arena's size is a multiple of its alignment, so the runtime sees exactly
    the arena (docs/Arena.md)."""
    info = os.path.join(tmp, "entry.json")
    filled = os.path.join(tmp, "filled.json")
    entry = "serenity-test-runner-entry{inputs=%s info-file=%s%s}" % (
        inputs, info, " function=" + function if function else "")
    lower = ["serenity-tosa-to-linalg"]
    if deploy is None:
        bufferize = ("serenity-bufferize-for-measurement"
                     "{free-after-last-use=%s}"
                     % ("true" if free_after_last_use else "false"))
        aligned = ""
    else:
        # serenity-deploy lowers the TOSA itself, after scheduling it.
        lower = []
        bufferize = "serenity-deploy{inline=true %s}" % deploy
        aligned = " use-aligned-alloc=true"
    fill = fill_pass(filled)
    to_llvm = "serenity-lower-to-llvm-for-runner{loops=%s%s}" % (loops,
                                                                 aligned)
    # Weights elided as resources get keys of their own (those numbered
    # before, by serenity-run ahead of its --passes, keep theirs).
    mark = (None if weights == "materialize" else
            "serenity-test-mark-weights{elided=%s}"
            % (elided if weights == "fill" else "resource"))
    # What the passes on the bufferized IR leave on the entry function, read
    # from the JSON report that ends their stage (and stripped before
    # lowering: mlir-runner does not load the Serenity dialect).
    read_attributes = stages and (bool(bufferized_passes) or
                                  deploy is not None)
    report_json = ["serenity-report{format=json}"] if read_attributes else []
    steps = [("harness", [mark] + lower + [entry], "1-harness"),
             ("bufferize", [bufferize] + list(bufferized_passes) +
              report_json, "2-bufferized"),
             ("weights", ["serenity-test-strip-attributes", fill],
              "3-filled"),
             ("lower", [to_llvm], "4-llvm")]
    attributes, op_counts = {}, {}
    if stages:
        for stage, elements, name in steps:
            output = os.path.join(tmp, name + ".mlir")
            out = opt(tools, source, output, elements, stage, timeout)
            source = output
            if stage == "bufferize" and read_attributes:
                attributes = function_report(json.loads(out),
                                             ENTRY)["attributes"]
            if stage == "bufferize" and deploy is not None:
                op_counts = count_ops(tools, source, stage, timeout)
    else:
        source_all = [e for _, elements, _ in steps for e in elements]
        output = os.path.join(tmp, "4-llvm.mlir")
        opt(tools, source, output, source_all, "lower", timeout)
        source = output
    signature = read_json(info)
    signature["attributes"] = attributes
    signature["op_counts"] = op_counts
    signature["filled_weights"] = (read_json(filled)["weights"]
                                   if os.path.exists(filled) else 0)
    return source, signature


def execute(tools, lowered, opt_level=0, timeout=None, inputs_dir=None,
            dump_dir=None):
    """Runs the entry function of `lowered`; the runtime's events:
    {"outputs": [...], "report": {...}, "exit": {...}}."""
    env = dict(os.environ)
    if inputs_dir:
        env["SERENITY_RUNTIME_INPUTS"] = os.path.abspath(inputs_dir)
    if dump_dir:
        os.makedirs(dump_dir, exist_ok=True)
        env["SERENITY_RUNTIME_DUMP"] = os.path.abspath(dump_dir)
    out, _ = run([tools.runner, lowered, "-e", ENTRY,
                  "-entry-point-result=void", "-O%d" % opt_level,
                  "-shared-libs=%s,%s" % (tools.runtime, tools.c_utils)],
                 "run", timeout=timeout, env=env)
    events = {"outputs": []}
    for line in out.splitlines():
        if not line.startswith("{"):
            continue
        event = json.loads(line)
        kind = event.pop("event")
        if kind == "output":
            events["outputs"].append(event)
        else:
            events[kind] = event
    if "report" not in events or "exit" not in events:
        raise RunError("run", "the runtime reported nothing:\n" + out[-2000:])
    return events


def read_output(dump_dir, index):
    """The raw bytes of output `index` of a run with `dump_dir`."""
    with open(os.path.join(dump_dir, "output%d.bin" % index), "rb") as f:
        return f.read()
