#!/usr/bin/env python3
"""Run a TOSA or linalg-on-tensors function and measure its peak memory.

serenity-run lowers a module through bufferization and buffer deallocation to
LLVM, runs one of its functions with mlir-runner on a deterministic input,
and prints the peak of the bytes the compiled code really had allocated at
once, next to what the memory model (docs/MemoryModel.md) predicts for the
same order of ops, and a checksum of every output. docs/Runtime.md explains
the pipeline and what counts.

    serenity-run.py model.mlir                      # the order as given
    serenity-run.py model.mlir --passes=-serenity-memory-schedule
    serenity-run.py model.mlir --no-dealloc-fix     # upstream dealloc placement
    serenity-run.py model.mlir --json

How it works: the function is called from a generated entry function that
allocates its inputs (filled with a fixed pseudo-random pattern) through the
same tracked allocator, then the call is inlined, so that an input is freed
right after its last use and the results stay live until their checksums are
taken, as the model counts arguments and results. Buffers are allocated by
runtime/SerenityRuntime.cpp, which counts live bytes and their peak. Weights
the importer elided (zero splats) get a marker value that no folder treats
specially and are filled at run time with a deterministic pattern, so that
the network is not folded away and its outputs depend on every buffer.

Standard library only; runs with any python3 (3.7 or newer).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENTRY = "__serenity_run_main"

# Lowering of TOSA to linalg on tensors. Each TOSA op becomes ops at its own
# place, so the order of the TOSA ops is kept.
TOSA_TO_LINALG = ("func.func(tosa-optional-decompositions,tosa-to-linalg-named,"
                  "tosa-to-linalg,tosa-to-arith,tosa-to-tensor)")

# Tensors -> buffers. The inliner runs without its default canonicalizer so
# that nothing is folded or moved; buffer-alignment=0 keeps allocations at the
# size the model predicts (no alignment padding in the requested size).
BUFFERIZE = ("inline{default-pipeline=},symbol-dce,"
             "one-shot-bufferize{bufferize-function-boundaries "
             "buffer-alignment=0},"
             "buffer-deallocation-pipeline")
DEALLOC_FIX = "serenity-dealloc-after-last-use{report}"

# Buffers -> LLVM, with every allocation through the runtime's functions.
LOOPS = {
    "loops": "convert-linalg-to-loops",
    "affine": "convert-linalg-to-affine-loops,"
              "func.func(affine-loop-invariant-code-motion)",
}
TO_LLVM = ("convert-bufferization-to-memref,{loops},expand-strided-metadata,"
           "lower-affine,convert-scf-to-cf,convert-math-to-libm,"
           "finalize-memref-to-llvm{{use-generic-functions=1}},"
           "convert-to-llvm,reconcile-unrealized-casts")

# Element types the harness can feed and checksum: MLIR type -> (runtime
# suffix, is float).
ELEMENTS = {
    "f64": ("F64", True), "f32": ("F32", True), "f16": ("F16", True),
    "i64": ("I64", False), "i32": ("I32", False), "i16": ("I16", False),
    "i8": ("I8", False),
}


class RunError(Exception):
    """A stage failed; `stage` says which."""

    def __init__(self, stage, message):
        super().__init__("%s: %s" % (stage, message))
        self.stage = stage


# --------------------------------------------------------------------------
# Tools
# --------------------------------------------------------------------------

def find_build_dir(explicit):
    if explicit:
        return os.path.abspath(explicit)
    for name in ("build", "build-run", "build-bench"):
        path = os.path.join(REPO, name)
        if (os.path.exists(os.path.join(path, "bin", "serenity-opt")) and
                os.path.exists(os.path.join(path, "lib",
                                            "libSerenityRuntime.so"))):
            return path
    raise RunError("setup", "no build directory with bin/serenity-opt and "
                   "lib/libSerenityRuntime.so; build them (ninja serenity-opt "
                   "SerenityRuntime) or pass --build-dir")


def find_mlir_runner(explicit):
    for candidate in (explicit, shutil.which("mlir-runner"),
                      "/usr/lib/llvm-22/bin/mlir-runner"):
        if candidate and os.path.exists(candidate):
            return candidate
    raise RunError("setup", "no mlir-runner; pass --mlir-runner")


def run(cmd, stage, stdin=None, timeout=None, env=None):
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
    return proc.stdout.decode(errors="replace"), \
        proc.stderr.decode(errors="replace")


# --------------------------------------------------------------------------
# Reading the function's signature
# --------------------------------------------------------------------------

def scan(text, start=0):
    """Yields (index, character) for the characters of `text` from `start`
    that are outside string literals, skipping the '>' of every '->'."""
    i, quoted = start, False
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\":
                i += 1
            elif c == '"':
                quoted = False
        elif c == '"':
            quoted = True
        elif text.startswith("->", i):
            i += 1
        else:
            yield i, c
        i += 1


def split_top_level(text, sep=","):
    """Splits at `sep` outside of <>, (), [], {} and strings."""
    parts, depth, start = [], 0, 0
    for i, c in scan(text):
        if c in "<([{":
            depth += 1
        elif c in ">)]}":
            depth -= 1
        elif c == sep and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return parts


def matching(text, open_index):
    """Index of the bracket closing the one at `open_index`."""
    pairs = {"(": ")", "<": ">", "[": "]", "{": "}"}
    stack = []
    for i, c in scan(text, open_index):
        if c in pairs:
            stack.append(pairs[c])
        elif stack and c == stack[-1]:
            stack.pop()
            if not stack:
                return i
    raise RunError("harness", "unbalanced brackets in a function signature")


def strip_attributes(entry):
    """`tensor<...> {onnx.name = "x"}` -> `tensor<...>`."""
    parts = split_top_level(entry, sep=" ")
    return parts[0] if parts else entry


FUNC_RE = re.compile(r'^\s*func\.func\s+(?:(public|private|nested)\s+)?'
                     r'@("(?:[^"\\]|\\.)*"|[\w.$-]+)\(', re.M)


def functions(module_text):
    """[(name, visibility, has_body, arg_types, result_types, start, end)]
    for every func.func; `start`/`end` delimit its header."""
    found = []
    for m in FUNC_RE.finditer(module_text):
        open_args = m.end() - 1
        close_args = matching(module_text, open_args)
        args = [strip_attributes(a.split(":", 1)[1].strip())
                if a.startswith("%") else strip_attributes(a)
                for a in split_top_level(module_text[open_args + 1:
                                                     close_args])]
        rest = module_text[close_args + 1:]
        results = []
        consumed = 0
        arrow = re.match(r"\s*->\s*", rest)
        if arrow:
            consumed = arrow.end()
            if rest[consumed] == "(":
                close = matching(rest, consumed)
                results = [strip_attributes(r) for r in
                           split_top_level(rest[consumed + 1:close])]
                consumed = close + 1
            else:
                results = [split_top_level(rest[consumed:].split("\n")[0],
                                           sep=" ")[0]]
                consumed += len(results[0])
        line_end = rest.find("\n", consumed)
        header_tail = rest[consumed:line_end if line_end >= 0 else None]
        has_body = header_tail.rstrip().endswith("{")
        found.append((m.group(2), m.group(1) or "public", has_body, args,
                      results, m.start(), close_args + 1 + consumed))
    return found


TENSOR_RE = re.compile(r"^tensor<((?:\d+x)*)([a-z0-9]+)>$")


def parse_tensor(type_text, what):
    m = TENSOR_RE.match(type_text)
    if not m or m.group(2) not in ELEMENTS:
        raise RunError("harness", "%s has type %s; the harness needs ranked, "
                       "static tensors of %s" % (what, type_text,
                                                 ", ".join(ELEMENTS)))
    dims = [int(d) for d in m.group(1).split("x") if d]
    return dims, m.group(2)


# --------------------------------------------------------------------------
# The harness
# --------------------------------------------------------------------------

def fill_generic(name, dims, elt, seed):
    """A linalg.generic filling tensor `name` with a fixed pattern: values in
    [-1, 1) for floats, in [-3, 3] for integers, from a hash of the element's
    row-major index and `seed`."""
    rank = len(dims)
    ty = "tensor<%s%s>" % ("".join("%dx" % d for d in dims), elt)
    idx = ", ".join("d%d" % i for i in range(rank))
    lines = [
        "    %%%s_empty = tensor.empty() : %s" % (name, ty),
        "    %%%s = linalg.generic {indexing_maps = [affine_map<(%s) -> (%s)>],"
        " iterator_types = [%s]} outs(%%%s_empty : %s) {"
        % (name, idx, idx, ", ".join(['"parallel"'] * rank), name, ty),
        "    ^bb0(%out: " + elt + "):",
        "      %lin0 = arith.constant 0 : index",
    ]
    previous = "%lin0"
    for i, d in enumerate(dims):
        lines += [
            "      %%dim%d = arith.constant %d : index" % (i, d),
            "      %%i%d = linalg.index %d : index" % (i, i),
            "      %%mul%d = arith.muli %s, %%dim%d : index" % (i, previous, i),
            "      %%lin%d = arith.addi %%mul%d, %%i%d : index" % (i + 1, i, i),
        ]
        previous = "%%lin%d" % (i + 1)
    lines += [
        "      %%x = arith.index_cast %s : index to i64" % previous,
        "      %%seed = arith.constant %d : i64" % seed,
        "      %x1 = arith.addi %x, %seed : i64",
        "      %k = arith.constant -7046029254386353131 : i64",
        "      %x2 = arith.muli %x1, %k : i64",
        "      %s29 = arith.constant 29 : i64",
        "      %x3 = arith.shrui %x2, %s29 : i64",
        "      %x4 = arith.xori %x2, %x3 : i64",
        "      %x5 = arith.muli %x4, %k : i64",
        "      %s40 = arith.constant 40 : i64",
        "      %x6 = arith.shrui %x5, %s40 : i64",  # 24 bits
    ]
    if ELEMENTS[elt][1]:
        lines += [
            "      %f = arith.uitofp %x6 : i64 to f64",
            "      %scale = arith.constant 1.1920928955078125e-07 : f64",
            "      %one = arith.constant 1.0 : f64",
            "      %g = arith.mulf %f, %scale : f64",
            "      %h = arith.subf %g, %one : f64",
        ]
        if elt == "f64":
            lines.append("      linalg.yield %h : f64")
        else:
            lines += ["      %v = arith.truncf %h : f64 to " + elt,
                      "      linalg.yield %v : " + elt]
    else:
        lines += [
            "      %seven = arith.constant 7 : i64",
            "      %three = arith.constant 3 : i64",
            "      %r = arith.remui %x6, %seven : i64",
            "      %c = arith.subi %r, %three : i64",
        ]
        if elt == "i64":
            lines.append("      linalg.yield %c : i64")
        else:
            lines += ["      %v = arith.trunci %c : i64 to " + elt,
                      "      linalg.yield %v : " + elt]
    lines.append("    } -> " + ty)
    return lines


def build_harness(module_text, function):
    """The module with `function` made private and an entry function that
    feeds it, checksums its results and reports the peak."""
    funcs = functions(module_text)
    if not funcs:
        raise RunError("harness", "no func.func in the module")
    if function:
        chosen = [f for f in funcs if f[0] in (function, '"%s"' % function)]
        if not chosen:
            raise RunError("harness", "no function @%s" % function)
    else:
        chosen = [f for f in funcs if f[2] and f[1] == "public"] or \
            [f for f in funcs if f[2]]
        if not chosen:
            raise RunError("harness", "no function with a body")
    name, _, has_body, arg_types, result_types, start, _ = chosen[0]
    if not has_body:
        raise RunError("harness", "@%s has no body" % name)
    args = [parse_tensor(t, "argument #%d" % i)
            for i, t in enumerate(arg_types)]
    results = [parse_tensor(t, "result #%d" % i)
               for i, t in enumerate(result_types)]

    # Private, so that symbol-dce drops it once it is inlined.
    header = module_text[start:]
    header = re.sub(r"^(\s*func\.func\s+)(?:public\s+|private\s+)?@",
                    r"\1private @", header, count=1)
    module_text = module_text[:start] + header

    lines = []
    for suffix in sorted({ELEMENTS[elt][0] for _, elt in results}):
        elt = [e for e, (s, _) in ELEMENTS.items() if s == suffix][0]
        lines.append('  func.func private @serenityChecksum%s(tensor<*x%s> '
                     '{bufferization.access = "read"})' % (suffix, elt))
    lines.append("  func.func private @serenityReport()")
    lines.append("  func.func @%s() {" % ENTRY)
    operands = []
    for i, (dims, elt) in enumerate(args):
        lines += fill_generic("in%d" % i, dims, elt, seed=1000003 * (i + 1))
        operands.append("%%in%d" % i)
    res = ""
    if len(results) == 1:
        res = "%r = "
    elif results:
        res = "%%r:%d = " % len(results)
    lines.append("    %scall @%s(%s) : (%s) -> (%s)" % (
        res, name, ", ".join(operands), ", ".join(arg_types),
        ", ".join(result_types)))
    for i, (dims, elt) in enumerate(results):
        value = "%r" if len(results) == 1 else "%%r#%d" % i
        lines.append("    %%u%d = tensor.cast %s : %s to tensor<*x%s>"
                     % (i, value, result_types[i], elt))
        lines.append("    call @serenityChecksum%s(%%u%d) : (tensor<*x%s>) "
                     "-> ()" % (ELEMENTS[elt][0], i, elt))
    lines.append("    call @serenityReport() : () -> ()")
    lines.append("    return")
    lines.append("  }")

    body, sep, resources = module_text.partition("{-#")
    body = body.rstrip()
    if not body.endswith("}"):
        raise RunError("harness", "cannot find the end of the module")
    text = body[:-1] + "\n".join(lines) + "\n}\n" + sep + resources
    return name, args, results, text


# --------------------------------------------------------------------------
# Weights
# --------------------------------------------------------------------------

# An elided weight (a zero splat) would let TOSA's folders simplify the
# network away during lowering (x * 0 -> 0, x + 0 -> x), so in "fill" mode
# every such constant first gets this marker value instead, which no folder
# treats specially, and the global it becomes is filled at run time.
MARKER = "-9.765625e-04"  # MLIR prints it back as -9.765625E-4
ZERO = r"(?:0\.000000e\+00|0\.0|0)"
GLOBAL_RE = re.compile(
    r'^(\s*memref\.global\s+"private"\s+)constant\s+(@[\w.$-]+)\s*:\s*'
    r'memref<((?:\d+x)*)f32>\s*=\s*dense<-9\.7656250*[eE]-0*4>', re.M)
# A zero-splat f32 tensor constant: tosa.const or arith.constant.
CONST_RE = re.compile(r'((?:values = |arith\.constant )dense<)%s(>\s*:\s*'
                      r'tensor<((?:\d+x)*)f32>)' % ZERO)


def is_scalar(dims):
    """Zero-splat tensor<1xf32> (or 0-d) constants keep their zero: TOSA uses
    them as the zero points of float convolutions, which must be zero.
    Everything else that is a zero splat is an elided weight (1x1x1x1 edge
    weights of RandWire included)."""
    return len(dims) <= 1 and all(d == 1 for d in dims)


def fill_scale(dims):
    """(offset, scale) of the values a zero-splat f32 weight gets: per-channel
    vectors (at most one dimension above 1) get values in [0.5, 1), so they
    neither vanish nor flip signs as multipliers and stay small as biases;
    weights get a uniform distribution with variance 1 / fan-in (He et al.'s
    initialisation without the ReLU factor), the fan-in being all dimensions
    but the first, or the kernel window for a depthwise HxWxCx1 filter."""
    big = [d for d in dims if d > 1]
    if len(big) <= 1:
        return 0.75, 0.25
    if len(dims) == 4 and dims[3] == 1 and dims[0] == dims[1]:
        fan_in = dims[0] * dims[1]
    elif len(dims) == 3 and dims[0] == 1:
        fan_in = dims[1]
    else:
        fan_in = 1
        for d in dims[1:]:
            fan_in *= d
    return 0.0, (3.0 / max(fan_in, 1)) ** 0.5


def stable_hash(text):
    """FNV-1a of `text`, 62 bits: the seed of a global, from its name only, so
    that it does not depend on the order of the ops."""
    h = 0xcbf29ce484222325
    for byte in text.encode():
        h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h >> 2


def mark_weights(module_text):
    """Gives every zero-splat f32 tensor constant but scalars (is_scalar) the
    marker value. Returns (text, count)."""
    count = [0]

    def marked(m):
        if is_scalar([int(d) for d in m.group(3).split("x") if d]):
            return m.group(0)
        count[0] += 1
        return m.group(1) + MARKER + m.group(2)
    return CONST_RE.sub(marked, module_text), count[0]


def fill_weights(bufferized):
    """Makes every f32 global with the marker value (mark_weights) writable
    and fills it at the start of the entry function with serenityFillF32,
    seeded by its name. Returns (text, count)."""
    fills = []

    def writable(m):
        dims = [int(d) for d in m.group(3).split("x") if d]
        fills.append((m.group(2), dims))
        return "%s%s : memref<%sf32> = dense<%s>" % (
            m.group(1), m.group(2), m.group(3), MARKER)
    text = GLOBAL_RE.sub(writable, bufferized)
    if not fills:
        return bufferized, 0
    entry = re.search(r"func\.func @%s\(\) (?:attributes \{.*\} )?\{\n" % ENTRY,
                      text)
    if not entry:
        raise RunError("weights", "no entry function after bufferization")
    lines = []
    for i, (symbol, dims) in enumerate(fills):
        ty = "memref<%sf32>" % "".join("%dx" % d for d in dims)
        offset, scale = fill_scale(dims)
        lines += [
            "    %%sw%d = memref.get_global %s : %s" % (i, symbol, ty),
            "    %%sw%d_u = memref.cast %%sw%d : %s to memref<*xf32>"
            % (i, i, ty),
            "    %%sw%d_seed = arith.constant %d : i64" % (i, stable_hash(symbol)),
            "    %%sw%d_scale = arith.constant %r : f32" % (i, scale),
            "    %%sw%d_offset = arith.constant %r : f32" % (i, offset),
            "    call @serenityFillF32(%%sw%d_u, %%sw%d_seed, %%sw%d_scale, "
            "%%sw%d_offset) : (memref<*xf32>, i64, f32, f32) -> ()"
            % (i, i, i, i),
        ]
    text = text[:entry.end()] + "\n".join(lines) + "\n" + text[entry.end():]
    decl = ("  func.func private @serenityFillF32(memref<*xf32>, i64, f32, "
            "f32)\n")
    text = text[:entry.start()] + decl.lstrip() + "  " + text[entry.start():]
    return text, len(fills)


def materialize_weights(module_text):
    """Replaces the value of every zero-splat f32 constant of the module with
    explicit pseudo-random data (fill_scale's distribution), seeded by the
    constant's position in the module. Passes that rewrite weights (slice,
    concatenate them) then carry real values along, so the outputs of a
    rewritten module can be compared with the original's. Returns (text,
    count)."""
    import array
    import random
    count = [0]

    def explicit(m):
        dims = [int(d) for d in m.group(3).split("x") if d]
        if is_scalar(dims):
            return m.group(0)
        numel = 1
        for d in dims:
            numel *= d
        offset, scale = fill_scale(dims)
        rng = random.Random(1000003 * (count[0] + 1))
        count[0] += 1
        data = array.array("f", [offset + scale * (2.0 * rng.random() - 1.0)
                                 for _ in range(numel)])
        if sys.byteorder != "little":
            data.byteswap()
        return '%s"0x%s"%s' % (m.group(1), data.tobytes().hex().upper(),
                               m.group(2))
    return CONST_RE.sub(explicit, module_text), count[0]


# --------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------

REPORT_RE = re.compile(r"serenity-report: @(\S+): .*?peak (\d+) bytes")


def predicted_peak(opt, path, pipeline, name, timeout):
    """The model's peak for `name` after `pipeline` (None: as is)."""
    if pipeline:
        cmd = [opt, path, "--pass-pipeline=builtin.module(%s,serenity-report)"
               % pipeline, "-o", os.devnull]
    else:
        cmd = [opt, path, "-serenity-report", "-o", os.devnull]
    out, _ = run(cmd, "predict", timeout=timeout)
    for line in out.splitlines():
        m = REPORT_RE.match(line)
        if m and m.group(1).strip('"') == name.strip('"'):
            if "blocks, each modelled" in line:
                raise RunError("predict", "@%s has several blocks" % name)
            return int(m.group(2))
    raise RunError("predict", "no report for @%s in: %s" % (name, out[:300]))


OUTPUT_RE = re.compile(
    r"serenity-runtime: output (\d+) (\w+) (\S+) elements (\d+) hash (0x[0-9a-f]+) "
    r"sum (\S+) abs_sum (\S+) min (\S+) max (\S+) nonfinite (\d+)")
PEAK_RE = re.compile(
    r"serenity-runtime: peak (\d+) bytes at allocation (\d+), (\d+) "
    r"allocations, (\d+) frees, (\d+) bytes allocated in total, (\d+) live")
SECONDS_RE = re.compile(r"serenity-runtime: seconds (\S+) to the first "
                        r"allocation, (\S+) executing")
EXIT_RE = re.compile(r"serenity-runtime: at exit: (\d+) live bytes in (\d+)")
DEALLOC_RE = re.compile(r"serenity-dealloc-after-last-use: (\d+) deallocs "
                        r"moved, (\d+) already in place, (\d+) kept")


SCHEDULE_RE = re.compile(r"serenity\.schedule = #serenity\.schedule<([^>]*)>")


def schedule_of(module_text, name):
    """The fields of @name's #serenity.schedule attribute (the last
    -serenity-memory-schedule's result), or None."""
    start = module_text.find("@%s(" % name.strip('"'))
    if start < 0:
        return None
    end = module_text.find("func.func", start)
    m = SCHEDULE_RE.search(module_text, start, end if end >= 0 else len(
        module_text))
    return attribute_fields(m.group(1)) if m else None


def attribute_fields(body):
    """{key: value} of the fields `key = value, ...` of a dialect attribute."""
    fields = {}
    for key, value in re.findall(r'(\w+) = ("[^"]*"|\w+)', body):
        value = value.strip('"')
        fields[key] = (int(value) if value.isdigit() else
                       value == "true" if value in ("true", "false") else
                       value)
    return fields


# -serenity-plan-arena's summary (in --bufferized-passes), which mlir-runner
# cannot parse: read, then removed.
ARENA_RE = re.compile(r"serenity\.arena = #serenity\.arena<([^>]*)>(, )?")
SCHEDULE_STRIP_RE = re.compile(
    r"(, )?serenity\.schedule = #serenity\.schedule<[^>]*>(, )?")


def measure(args):
    build = find_build_dir(args.build_dir)
    opt = os.path.join(build, "bin", "serenity-opt")
    runtime = os.path.join(build, "lib", "libSerenityRuntime.so")
    runner = find_mlir_runner(args.mlir_runner)
    lib_dir = args.runner_lib_dir or os.path.join(
        os.path.dirname(os.path.realpath(runner)), "..", "lib")
    c_utils = os.path.join(lib_dir, "libmlir_c_runner_utils.so")
    timeout = args.timeout or None
    tmp = args.keep_temps or tempfile.mkdtemp(prefix="serenity-run-")
    os.makedirs(tmp, exist_ok=True)
    seconds = {}
    result = {"module": args.module}
    try:
        # 1. The order to run: the module as given, after `--passes`.
        start = time.monotonic()
        source = args.module
        if args.weights != "keep":
            with open(args.module) as f:
                text = f.read()
            if args.weights == "materialize":
                text, result["materialized_weights"] = \
                    materialize_weights(text)
            else:
                text, result["marked_weights"] = mark_weights(text)
            source = os.path.join(tmp, "0-weights.mlir")
            with open(source, "w") as f:
                f.write(text)
        prepared = os.path.join(tmp, "0-prepared.mlir")
        cmd = [opt, source] + args.passes + ["-o", prepared]
        run(cmd, "passes", timeout=timeout)
        with open(prepared) as f:
            module_text = f.read()
        name, ins, outs, harness = build_harness(module_text, args.function)
        result["function"] = name.strip('"')
        schedule = schedule_of(module_text, name)
        if schedule:
            result["schedule"] = schedule
        harness_path = os.path.join(tmp, "1-harness.mlir")
        with open(harness_path, "w") as f:
            f.write(harness)

        # 2. What the model predicts for this order, on the IR as given and
        # on the linalg the lowering produces from it. (With --deploy the
        # pipeline schedules, and the planned arena is the prediction.)
        if not args.no_predict and args.deploy is None:
            result["predicted"] = predicted_peak(opt, prepared, None, name,
                                                 timeout)
            result["predicted_linalg"] = predicted_peak(
                opt, prepared, TOSA_TO_LINALG, name, timeout)
        seconds["prepare"] = time.monotonic() - start

        # 3. Lower to buffers, free each buffer after its last use.
        start = time.monotonic()
        bufferized = os.path.join(tmp, "2-bufferized.mlir")
        if args.deploy is not None:
            pipeline = deploy_pipeline(args.deploy)
        else:
            pipeline = TOSA_TO_LINALG + "," + BUFFERIZE
            if not args.no_dealloc_fix:
                pipeline += "," + DEALLOC_FIX
        pipeline += "".join("," + p for p in args.bufferized_passes)
        _, stderr = run([opt, harness_path, "--pass-pipeline=builtin.module(%s)"
                         % pipeline, "-mlir-print-op-on-diagnostic=false", "-o", bufferized],
                        "bufferize",
                        timeout=timeout)
        moved = DEALLOC_RE.search(stderr)
        result["deallocs"] = dict(zip(
            ("moved", "in-place", "kept"),
            [int(g) for g in moved.groups()] if moved else [0, 0, 0]))
        with open(bufferized) as f:
            text = f.read()
        result["static_allocs"] = len(re.findall(r"= memref\.alloc\(", text))
        result["static_deallocs"] = len(re.findall(r"memref\.dealloc ", text))
        arena = ARENA_RE.search(text)
        if arena:
            result["arena"] = attribute_fields(arena.group(1))
            text = ARENA_RE.sub("", text)
        if args.deploy is not None:
            # The pipeline scheduled the entry function as well.
            text = SCHEDULE_STRIP_RE.sub(
                lambda m: ", " if m.group(1) and m.group(2) else "", text)
        if args.weights == "fill":
            text, result["filled_weights"] = fill_weights(text)
        filled = os.path.join(tmp, "3-filled.mlir")
        with open(filled, "w") as f:
            f.write(text)

        # 4. To LLVM.
        lowered = os.path.join(tmp, "4-llvm.mlir")
        to_llvm = TO_LLVM.format(loops=LOOPS[args.loops])
        if args.deploy is not None:
            to_llvm = to_llvm.replace(GENERIC_ALLOC, DEPLOY_ALLOC)
        run([opt, filled, "--pass-pipeline=builtin.module(%s)" % to_llvm,
             "-o", lowered],
            "lower", timeout=timeout)
        seconds["lower"] = time.monotonic() - start

        # 5. Run.
        start = time.monotonic()
        env = None
        if args.dump_outputs:
            os.makedirs(args.dump_outputs, exist_ok=True)
            env = dict(os.environ, SERENITY_RUNTIME_DUMP=os.path.abspath(
                args.dump_outputs))
        out, _ = run([runner, lowered, "-e", ENTRY,
                      "-entry-point-result=void", "-O%d" % args.opt_level,
                      "-shared-libs=%s,%s" % (runtime, c_utils)],
                     "run", timeout=timeout, env=env)
        seconds["run"] = time.monotonic() - start
    finally:
        if not args.keep_temps:
            shutil.rmtree(tmp, ignore_errors=True)

    result["outputs"] = []
    for m in OUTPUT_RE.finditer(out):
        result["outputs"].append({
            "type": m.group(2), "shape": m.group(3),
            "elements": int(m.group(4)), "hash": m.group(5),
            "sum": float(m.group(6)), "abs_sum": float(m.group(7)),
            "min": float(m.group(8)), "max": float(m.group(9)),
            "nonfinite": int(m.group(10))})
    peak = PEAK_RE.search(out)
    at_exit = EXIT_RE.search(out)
    if not peak or not at_exit or len(result["outputs"]) != len(outs):
        raise RunError("run", "unexpected output:\n" + out[-2000:])
    result["measured"] = int(peak.group(1))
    result["peak_allocation"] = int(peak.group(2))
    result["allocations"] = int(peak.group(3))
    result["frees"] = int(peak.group(4))
    result["allocated_total"] = int(peak.group(5))
    result["live_at_exit"] = int(at_exit.group(1))
    timing = SECONDS_RE.search(out)
    if timing:
        seconds["compile"] = float(timing.group(1))
        seconds["execute"] = float(timing.group(2))
    result["seconds"] = {k: round(v, 2) for k, v in seconds.items()}
    if args.deploy is not None:
        check_deployed(result, args.deploy)
    return result


# --deploy: the serenity-deploy pipeline on the harness (inlined into it, so
# that the inputs, the activations and the outputs are one function's
# buffers), with the arena allocated through aligned_alloc: the arena's size
# is a multiple of its alignment, so the runtime sees exactly the arena
# (plain alloc requests the alignment on top, docs/Arena.md).
GENERIC_ALLOC = "finalize-memref-to-llvm{use-generic-functions=1}"
DEPLOY_ALLOC = ("finalize-memref-to-llvm{use-generic-functions=1 "
                "use-aligned-alloc=1}")


def deploy_pipeline(options):
    if re.search(r"\barena\s*=\s*argument\b", options):
        raise RunError("deploy", "arena=argument changes the entry "
                       "function's signature; use alloc or global")
    return "serenity-deploy{inline=true report=true %s}" % options


def check_deployed(result, options):
    """Activations only from the arena, and the measured arena the planned
    one."""
    if "arena" not in result:
        raise RunError("deploy", "no #serenity.arena on the entry function")
    planned = result["arena"]["bytes"]
    is_global = re.search(r"\barena\s*=\s*global\b", options) is not None
    want = (0, 0) if is_global else (1, planned)
    got = (result["allocations"], result["measured"])
    if got != want:
        raise RunError("deploy", "expected %d allocations and a measured "
                       "peak of %d bytes (the planned arena), measured %d "
                       "allocations and %d bytes" % (want + got))
    if result["static_allocs"] != want[0]:
        raise RunError("deploy", "%d memref.alloc left in the bufferized "
                       "IR, expected %d" % (result["static_allocs"], want[0]))
    result["deployed"] = {"planned_bytes": planned,
                          "measured_bytes": 0 if is_global else got[1],
                          "storage": "global" if is_global else "alloc"}


def print_text(result):
    name = result["function"]
    line = "serenity-run: @%s: measured peak %d bytes" % (name,
                                                          result["measured"])
    if "predicted" in result:
        line += ", predicted %d bytes (model on the input IR), %d bytes " \
                "(model on the lowered linalg)" % (result["predicted"],
                                                   result["predicted_linalg"])
    print(line)
    print("serenity-run: @%s: %d allocations, %d frees, %d bytes allocated "
          "in total, %d live at exit; deallocs moved %d, in place %d, kept "
          "%d" % (name, result["allocations"], result["frees"],
                  result["allocated_total"], result["live_at_exit"],
                  result["deallocs"]["moved"], result["deallocs"]["in-place"],
                  result["deallocs"]["kept"]))
    if "arena" in result:
        print("serenity-run: @%s: arena %d bytes, lower bound %d bytes, "
              "%d buffers" % (name, result["arena"]["bytes"],
                              result["arena"]["lower_bound"],
                              result["arena"]["buffers"]))
    if "deployed" in result:
        d = result["deployed"]
        print("serenity-run: @%s: deployed: every buffer in one arena (%s) "
              "of %d bytes planned, %d bytes allocated at run time"
              % (name, d["storage"], d["planned_bytes"], d["measured_bytes"]))
    for i, o in enumerate(result["outputs"]):
        print("serenity-run: @%s: output %d %s %s hash %s sum %.9g abs_sum "
              "%.9g nonfinite %d" % (name, i, o["type"], o["shape"],
                                     o["hash"], o["sum"], o["abs_sum"],
                                     o["nonfinite"]))
    print("serenity-run: @%s: seconds %s" % (name, ", ".join(
        "%s %.1f" % kv for kv in result["seconds"].items())))


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Run with --help for the options; docs/Runtime.md for more.")
    parser.add_argument("module", help="TOSA or linalg-on-tensors module")
    parser.add_argument("--function", help="function to run (default: the "
                        "first public function with a body)")
    parser.add_argument("--passes", action="append", default=[],
                        help="serenity-opt arguments applied first, e.g. "
                        "--passes=-serenity-memory-schedule (repeatable)")
    parser.add_argument("--bufferized-passes", action="append", default=[],
                        metavar="PASS", help="passes run on the bufferized "
                        "IR after the deallocs are placed, e.g. "
                        "serenity-plan-arena (repeatable)")
    parser.add_argument("--deploy", nargs="?", const="", metavar="OPTIONS",
                        help="compile with the serenity-deploy pipeline "
                        "(schedule, bufferize, plan one arena; OPTIONS are "
                        "its options, e.g. --deploy='rewrite=true "
                        "arena=global') and check that the arena is the "
                        "only allocation and is the planned size")
    parser.add_argument("--no-dealloc-fix", action="store_true",
                        help="leave deallocs where buffer-deallocation-"
                        "pipeline puts them (end of block)")
    parser.add_argument("--weights", choices=["fill", "materialize", "keep"],
                        default="fill", help="fill: give zero-splat f32 "
                        "weights a fixed pattern at run time (default; "
                        "weights of one shape share it); materialize: write "
                        "pseudo-random values into every zero-splat f32 "
                        "constant before any pass (for comparing the outputs "
                        "of passes that rewrite weights; slower); keep: leave "
                        "them zero (TOSA's folders may then simplify the "
                        "network away: x * 0 -> 0)")
    parser.add_argument("--dump-outputs", metavar="DIR",
                        help="write every output's raw bytes to "
                        "DIR/output<N>.bin (row-major)")
    parser.add_argument("--loops", choices=sorted(LOOPS), default="loops",
                        help="how linalg becomes loops")
    parser.add_argument("--opt-level", type=int, default=0,
                        help="mlir-runner's LLVM optimisation level (default "
                        "0: the whole network is one function after "
                        "inlining, and LLVM's optimisations of it take far "
                        "longer than running it unoptimised)")
    parser.add_argument("--no-predict", action="store_true",
                        help="skip the model's predictions")
    parser.add_argument("--build-dir", help="directory with bin/serenity-opt "
                        "and lib/libSerenityRuntime.so (default: build, "
                        "build-run or build-bench)")
    parser.add_argument("--mlir-runner", help="mlir-runner binary")
    parser.add_argument("--runner-lib-dir", help="directory of "
                        "libmlir_c_runner_utils.so (default: beside "
                        "mlir-runner)")
    parser.add_argument("--timeout", type=int, default=0,
                        help="seconds per stage (0: none)")
    parser.add_argument("--keep-temps", metavar="DIR",
                        help="keep every stage's IR in DIR")
    parser.add_argument("--json", action="store_true",
                        help="print the result as JSON")
    args = parser.parse_args(argv)
    try:
        result = measure(args)
    except RunError as e:
        print("serenity-run: error: %s" % e, file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print_text(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
