#!/usr/bin/env python3
"""Mutation fuzzer for serenity-opt on MLIR inputs.

Takes the lit inputs of test/ (every *.mlir, split at `// -----`), mutates
them (bytes, tokens, truncation, swapped / duplicated / deleted lines, changed
shapes and numbers, unregistered ops inserted as producers and users of
values) and runs each mutant through one configuration of every Serenity pass
and pipeline (see CONFIGS). Every run must end, within --timeout seconds,
either with exit code 0 and output that parses and verifies again (and, for
`-serenity-report`'s JSON and CSV, byte figures that are non-negative
integers), or with exit code 1 and an `error:` diagnostic. Anything else (a
signal, a sanitizer report, an LLVM fatal error, an error exit without a
diagnostic, a hang) is a failure.

Deterministic: case i draws from random.Random((seed, i)), so a case can be
rerun on its own with --case i. Two modes:

  mutate      random mutations of every corpus chunk (default)
  neighbours  the chunks that hold a rewrite site (a concatenation, a
              convolution, an addition): one SSA value at a time gets an
              unregistered producer ("test.fuzz_id" between the value and
              its users) or an extra unregistered user ("test.fuzz_use")

Prints one line per failure and ends with
  "N cases: S succeeded, E clean errors, K known failures, F failures"
and exits 1 if F > 0. `--known 'CONFIG|REGEX'` (or a --known-file of them)
counts the failures of a configuration containing CONFIG whose description
matches REGEX as known instead: bugs that another change is fixing (see
test/Fuzz/README.md).

Local use (a longer run; writes reproducers, minimized, to --crash-dir):
  test/Fuzz/fuzz_mlir.py build/bin/serenity-opt test --iterations 5000 \\
      --jobs 2 --timeout 60 --crash-dir /tmp/fuzz --minimize
  test/Fuzz/fuzz_mlir.py build/bin/serenity-opt test --mode neighbours \\
      --exhaustive --jobs 2 --crash-dir /tmp/fuzz --minimize
"""

import argparse
import concurrent.futures
import json
import os
import random
import re
import subprocess
import sys
import tempfile

# Every pass and pipeline, with option variants. Case i of a mode runs
# CONFIGS[i % len(CONFIGS)] (mutate) so each gets the same share.
CONFIGS = [
    ["-serenity-annotate-footprint"],
    ["-serenity-annotate-footprint=alignment=64 element-bits=8 "
     "count-arguments=false"],
    ["-serenity-report"],
    ["-serenity-report=timeline=json"],
    ["-serenity-report=timeline=csv alignment=16"],
    ["-serenity-memory-schedule"],
    ["-serenity-memory-schedule=algorithm=heuristic"],
    ["-serenity-memory-schedule=algorithm=input-order"],
    ["-serenity-memory-schedule=max-states=50 beam-width=2"],
    ["-serenity-memory-schedule=divide-and-conquer=false merge-chains=false "
     "soft-budget=false time-limit=2"],
    ["-serenity-rewrite-identity"],
    ["-serenity-rewrite-identity=only-if-profitable=false"],
    ["-serenity-rewrite-identity=rewrites=channel,kernel max-states=100"],
    ["-serenity-plan-arena"],
    ["-serenity-plan-arena=arena=global alignment=64"],
    ["-serenity-schedule-lowered"],
    ["-serenity-schedule-lowered=rewrite=true"],
    ["-serenity-rewrite-identity", "-serenity-memory-schedule"],
]

# The passes that matter next to a rewrite site (neighbours mode).
NEIGHBOUR_CONFIGS = [
    ["-serenity-rewrite-identity"],
    ["-serenity-rewrite-identity=only-if-profitable=false"],
    ["-serenity-schedule-lowered=rewrite=true"],
    ["-serenity-memory-schedule"],
    ["-serenity-annotate-footprint"],
    ["-serenity-report=timeline=json"],
    ["-serenity-plan-arena"],
]

SITE = re.compile(r"tosa\.concat|tensor\.concat|tensor\.insert_slice|"
                  r"conv2d|conv_2d|depthwise|tosa\.add|linalg\.add")

DIMS = [0, 1, 2, 3, 7, 64, 255, 4096, 2**31 - 1, 2**31, 2**32, 2**40,
        2**61, 2**62, 2**62 + 1, 2**63 - 1]
NUMBERS = [0, 1, -1, 2, 7, 255, 2**31 - 1, -2**31, 2**32, 2**62,
           2**63 - 1, -2**63, 2**64, 10**30]
TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[%@^#!][\w.$\-]*|-?\d+(?:\.\d+)?'
                   r'(?:[eE][+-]?\d+)?|[A-Za-z_][\w.$]*|->|\S')
SHAPE = re.compile(r"\b(tensor|memref)<([^<>]*?)>")
INT = re.compile(r"(?<![\w.%#@$])-?\d+(?![\w.])")
DEF = re.compile(r"^(\s*)(%[A-Za-z_0-9$.\-]+)\s*=\s*(.*)$")


def load_corpus(root):
    chunks = []
    for dirpath, dirnames, filenames in os.walk(root):
        # Reproducers of known failures are not inputs to mutate.
        dirnames[:] = sorted(d for d in dirnames
                             if os.path.join(dirpath, d) !=
                             os.path.join(root, "Fuzz", "Inputs"))
        for name in sorted(filenames):
            if not name.endswith(".mlir"):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            for i, chunk in enumerate(re.split(r"(?m)^// -----\s*$", text)):
                # Chunks written to fail (diagnostic tests) only exercise
                # the parser and the verifier, which are upstream's.
                if "expected-error" in chunk:
                    continue
                body = "\n".join(line for line in chunk.splitlines()
                                 if not re.match(r"\s*//", line))
                if body.strip():
                    chunks.append((os.path.relpath(path, root), i, body))
    return chunks


# --- Mutations ---------------------------------------------------------------

def m_truncate(text, rng):
    return text[:rng.randrange(len(text) + 1)]


def m_bytes(text, rng):
    b = bytearray(text.encode())
    for _ in range(rng.randint(1, 4)):
        if not b:
            break
        i = rng.randrange(len(b))
        op = rng.randrange(3)
        if op == 0:
            b[i] = rng.choice(b" \n%@#!<>(){}[]:,=0123456789x?\"-")
        elif op == 1:
            del b[i:i + rng.randint(1, 8)]
        else:
            b[i:i] = bytes([rng.randrange(32, 127)])
    return b.decode(errors="replace")


def m_tokens(text, rng):
    spans = [m.span() for m in TOKEN.finditer(text)]
    if not spans:
        return text
    for _ in range(rng.randint(1, 3)):
        spans = [m.span() for m in TOKEN.finditer(text)]
        s, e = rng.choice(spans)
        op = rng.randrange(3)
        if op == 0:  # delete
            text = text[:s] + text[e:]
        elif op == 1:  # replace by another token of the input
            s2, e2 = rng.choice(spans)
            text = text[:s] + text[s2:e2] + text[e:]
        else:  # duplicate
            text = text[:e] + " " + text[s:e] + text[e:]
    return text


def m_lines(text, rng):
    lines = text.splitlines()
    if len(lines) < 2:
        return text
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    op = rng.randrange(3)
    if op == 0:
        lines[i], lines[j] = lines[j], lines[i]
    elif op == 1:
        lines.insert(j, lines[i])
    else:
        del lines[i]
    return "\n".join(lines)


def m_shape(text, rng):
    """Changes one dimension of one shaped type: everywhere the type occurs
    (the IR often stays valid) or at one place only."""
    types = sorted(set(m.group(0) for m in SHAPE.finditer(text)))
    if not types:
        return text
    old = rng.choice(types)
    kind, body = SHAPE.match(old).groups()
    dims = body.split("x")
    numeric = [k for k, d in enumerate(dims[:-1]) if d.isdigit() or d == "?"]
    if numeric:
        k = rng.choice(numeric)
        dims[k] = rng.choice([str(d) for d in DIMS] + ["?"])
    elif rng.randrange(2):
        dims.insert(0, str(rng.choice(DIMS)))
    else:
        dims[:] = ["*"] + dims[-1:]
    new = "%s<%s>" % (kind, "x".join(dims))
    if rng.randrange(4):
        return text.replace(old, new)
    k = text.find(old)
    return text[:k] + new + text[k + len(old):]


def m_number(text, rng):
    spans = [m.span() for m in INT.finditer(text)]
    if not spans:
        return text
    for _ in range(rng.randint(1, 2)):
        spans = [m.span() for m in INT.finditer(text)]
        if not spans:
            break
        s, e = rng.choice(spans)
        text = text[:s] + str(rng.choice(NUMBERS)) + text[e:]
    return text


def result_type(rest):
    """The type of a single-result op from the text after `%x = `, or None."""
    if rest.rstrip().endswith("{") or "^" in rest:
        return None
    colon = rest.rfind(" : ")
    if colon < 0:
        return None
    tail = rest[colon + 3:].strip()
    if "->" in tail:
        tail = tail[tail.rfind("->") + 2:].strip()
    elif " to " in tail:
        tail = tail[tail.rfind(" to ") + 4:].strip()
    if tail.startswith("(") or not re.match(r"(tensor|memref|vector)<|[if]\d|"
                                            r"index|!", tail):
        return None
    depth = 0
    for ch in tail:
        depth += {"<": 1, ">": -1, "(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return None
    return tail if depth == 0 else None


def value_defs(text):
    """(line index, indentation, name, type) of the single-result defs."""
    defs = []
    for i, line in enumerate(text.splitlines()):
        m = DEF.match(line)
        if not m or ":" in m.group(2)[1:] or "," in m.group(2):
            continue
        ty = result_type(m.group(3))
        if ty:
            defs.append((i, m.group(1), m.group(2), ty))
    return defs


def insert_neighbour(text, site, producer):
    """An unregistered producer between the value of `site` and its later
    uses, or an unregistered user right after its definition."""
    lines = text.splitlines()
    i, indent, name, ty = site
    if producer:
        new = name + "_fz"
        use = re.compile(re.escape(name) + r"(?![\w.$\-])")
        for j in range(i + 1, len(lines)):
            lines[j] = use.sub(new, lines[j])
        lines.insert(i + 1, '%s%s = "test.fuzz_id"(%s) : (%s) -> %s'
                     % (indent, new, name, ty, ty))
    else:
        lines.insert(i + 1, '%s"test.fuzz_use"(%s) : (%s) -> ()'
                     % (indent, name, ty))
    return "\n".join(lines)


def m_unregistered(text, rng):
    defs = value_defs(text)
    if not defs:
        return text
    return insert_neighbour(text, rng.choice(defs), rng.randrange(2) == 0)


# Mutations that often keep the IR valid (shapes, numbers, unregistered
# neighbours) reach the passes, the others mostly the parser: weighted so.
MUTATIONS = [m_truncate, m_bytes, m_tokens, m_lines, m_shape, m_shape,
             m_shape, m_number, m_number, m_unregistered, m_unregistered,
             m_unregistered]


# --- Running -----------------------------------------------------------------

BAD_OUTPUT = re.compile(r"Stack dump:|LLVM ERROR|AddressSanitizer|"
                        r"LeakSanitizer|runtime error:|Assertion .* failed|"
                        r"UNREACHABLE")


# A stack frame as LLVM's handler prints it ("#3 0x... fn (binary+0x...)")
# or as the sanitizers do ("#3 0x... fn /path/file.cpp:12:3").
FRAME = re.compile(r"^\s*#\d+ 0x[0-9a-f]+ (.*?) (?:\((\S*?)\+0x[0-9a-f]+\)|"
                   r"(\S+?):\d+(?::\d+)?)\s*$", re.M)
HEADLINE = re.compile(r"runtime error: .*|ERROR: \w+Sanitizer: [\w-]+|"
                      r"Assertion .* failed|LLVM ERROR: .*|UNREACHABLE.*")


def signature(err):
    """What went wrong: the sanitizer's, the assertion's or LLVM's headline,
    and the innermost stack frame in our code (not libMLIR, libc or the
    signal handler); else the first line of the error output."""
    headline = HEADLINE.search(err)
    frame = None
    for function, binary, path in FRAME.findall(err):
        where = binary or path
        if where.startswith(("/usr/", "/lib/", "./", "/build/")) or \
                function.startswith(("llvm::sys", "__interceptor", "abort",
                                     "raise", "__sanitizer")):
            continue
        frame = function[:200]
        if path:
            frame += " (%s)" % "/".join(path.split("/")[-3:])
        break
    parts = [p for p in (frame, headline and headline.group(0)[:200]) if p]
    if parts:
        return " ".join(parts)
    lines = [l for l in err.splitlines() if l.strip()]
    return lines[0][:300] if lines else ""


def check_report(config, stdout):
    """Byte figures of -serenity-report must be non-negative integers."""
    text = " ".join(config)
    if "timeline=json" in text:
        start = stdout.find("{")
        try:
            data, _ = json.JSONDecoder().raw_decode(stdout[start:])
        except ValueError as e:
            return "report JSON does not parse: %s" % e
        stack = [data]
        while stack:
            v = stack.pop()
            if isinstance(v, dict):
                for k, x in v.items():
                    if k.endswith("_bytes") and not (
                            isinstance(x, int) and x >= 0):
                        return "report JSON: %s = %r" % (k, x)
                    stack.append(x)
            elif isinstance(v, list):
                stack.extend(v)
    elif "timeline=csv" in text:
        for line in stdout.splitlines():
            if line.startswith("function,") or "," not in line:
                continue
            fields = line.rsplit(",", 2)
            if len(fields) == 3 and not (fields[1].isdigit()
                                         and fields[2].isdigit()):
                return "report CSV: bad bytes in %r" % line
    elif "-serenity-report" in text:
        if re.search(r"-\d+ bytes", stdout):
            return "report: negative bytes"
    return None


def run(opt, config, text, timeout, tmp, reparse=True):
    """Returns (status, detail, stderr): status is ok, error or failure,
    detail says what failed."""
    src = os.path.join(tmp, "in.mlir")
    out = os.path.join(tmp, "out.mlir")
    with open(src, "w") as f:
        f.write(text)
    # Without -verify-each, a pass of ours that breaks the IR and still
    # succeeds is caught below, when its output is parsed again, instead of
    # looking like a clean error. The pipeline keeps it: it runs upstream's
    # TOSA lowerings, which can turn IR that TOSA's verifier lets through
    # (e.g. a tosa.slice whose result type contradicts its size) into
    # invalid IR; the verifier then reports that as an error.
    verify = [] if any("schedule-lowered" in c for c in config) else \
        ["-verify-each=false"]
    cmd = [opt, "-allow-unregistered-dialect"] + verify + config + \
        [src, "-o", out]
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "failure", "timeout after %d s" % timeout, ""
    err = p.stderr.decode(errors="replace")
    stdout = p.stdout.decode(errors="replace")
    if p.returncode < 0:
        return "failure", "signal %d in %s" % (-p.returncode,
                                               signature(err)), err
    if BAD_OUTPUT.search(err):
        return "failure", "exit %d: %s" % (p.returncode, signature(err)), err
    if p.returncode == 1 and "error:" in err:
        return "error", None, err
    if p.returncode != 0:
        return "failure", "exit %d without an error: %s" % (p.returncode,
                                                            err[-300:]), err
    bad = check_report(config, stdout)
    if bad:
        return "failure", bad, err
    if reparse:
        try:
            q = subprocess.run([opt, "-allow-unregistered-dialect", out, "-o",
                                os.devnull], capture_output=True,
                               timeout=timeout)
        except subprocess.TimeoutExpired:
            return "failure", "reparsing the output timed out", err
        if q.returncode != 0:
            return "failure", "output does not parse or verify: %s" % (
                signature(q.stderr.decode(errors="replace"))), err
    return "ok", None, err


def minimize(opt, config, text, timeout, tmp, detail):
    """Line-based delta debugging: the smallest input that still fails the
    same way (a crash stays a crash, a timeout a timeout)."""
    kind = detail.split(" ")[0]

    def fails(t):
        status, d, _ = run(opt, config, t, timeout, tmp, reparse=False)
        return status == "failure" and d.split(" ")[0] == kind

    lines = text.splitlines()
    n = 2
    while len(lines) >= 2:
        size = max(1, len(lines) // n)
        reduced = False
        for start in range(0, len(lines), size):
            candidate = lines[:start] + lines[start + size:]
            if candidate and fails("\n".join(candidate)):
                lines, n, reduced = candidate, max(n - 1, 2), True
                break
        if not reduced:
            if size == 1:
                break
            n = min(len(lines), 2 * n)
    return "\n".join(lines) + "\n"


def known_matches(known, config, detail, err):
    """`known` is CONFIG|REGEX: a failure of a configuration containing
    CONFIG whose description or error output matches REGEX."""
    pass_name, _, pattern = known.partition("|")
    return pass_name in " ".join(config) and (
        re.search(pattern, detail) or re.search(pattern, err, re.M))


def make_case(args, corpus, sites, i):
    rng = random.Random("%d:%d" % (args.seed, i))
    if args.mode == "neighbours":
        if args.exhaustive:
            chunk, site, producer, config = sites[i]
        else:
            chunk, site, producer = rng.choice(sites)
            config = NEIGHBOUR_CONFIGS[i % len(NEIGHBOUR_CONFIGS)]
        text = insert_neighbour(chunk[2], site, producer)
        return chunk, text, config
    chunk = rng.choice(corpus)
    text = chunk[2]
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        text = rng.choice(MUTATIONS)(text, rng)
    return chunk, text, CONFIGS[i % len(CONFIGS)]


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("opt", help="serenity-opt")
    ap.add_argument("corpus", help="directory searched for *.mlir inputs")
    ap.add_argument("--mode", choices=["mutate", "neighbours"],
                    default="mutate")
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--case", type=int, help="run only this case")
    ap.add_argument("--exhaustive", action="store_true",
                    help="neighbours: every value x producer/user x config")
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--known", action="append", default=[],
                    metavar="PASS|REGEX",
                    help="count failures of a configuration containing PASS "
                         "whose description matches REGEX as known")
    ap.add_argument("--known-file", help="a file of --known patterns, one a "
                    "line (# starts a comment)")
    ap.add_argument("--no-reparse", action="store_true")
    ap.add_argument("--crash-dir", help="write failing inputs here")
    ap.add_argument("--minimize", action="store_true",
                    help="minimize failing inputs (with --crash-dir)")
    args = ap.parse_args()

    if args.known_file:
        with open(args.known_file) as f:
            args.known += [l.strip() for l in f
                           if l.strip() and not l.startswith("#")]
    corpus = load_corpus(args.corpus)
    sites = []
    if args.mode == "neighbours":
        for chunk in corpus:
            if not SITE.search(chunk[2]):
                continue
            for site in value_defs(chunk[2]):
                for producer in (True, False):
                    if args.exhaustive:
                        for config in NEIGHBOUR_CONFIGS:
                            sites.append((chunk, site, producer, config))
                    else:
                        sites.append((chunk, site, producer))
        if args.exhaustive:
            args.iterations = len(sites)
    cases = [args.case] if args.case is not None else range(args.iterations)

    def one(i):
        chunk, text, config = make_case(args, corpus, sites, i)
        with tempfile.TemporaryDirectory() as tmp:
            status, detail, err = run(args.opt, config, text, args.timeout,
                                      tmp, not args.no_reparse)
            if status == "failure" and any(
                    known_matches(k, config, detail, err)
                    for k in args.known):
                status = "known"
            if status in ("failure", "known") and args.crash_dir:
                os.makedirs(args.crash_dir, exist_ok=True)
                if args.minimize:
                    text = minimize(args.opt, config, text, args.timeout, tmp,
                                    detail)
                base = os.path.join(args.crash_dir, "case-%d" % i)
                with open(base + ".mlir", "w") as f:
                    f.write("// RUN: serenity-opt -allow-unregistered-dialect "
                            "%s %%s\n// %s\n%s" % (" ".join(config),
                                                  detail.splitlines()[0],
                                                  text))
        return i, chunk, config, status, detail

    counts = {"ok": 0, "error": 0, "known": 0, "failure": 0}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for i, chunk, config, status, detail in pool.map(one, cases):
            counts[status] += 1
            if status == "failure":
                print("case %d (%s chunk %d, %s): %s" % (
                    i, chunk[0], chunk[1], " ".join(config), detail.strip()))
    print("%d cases: %d succeeded, %d clean errors, %d known failures, "
          "%d failures" % (len(cases), counts["ok"], counts["error"],
                           counts["known"], counts["failure"]))
    return 1 if counts["failure"] else 0


if __name__ == "__main__":
    sys.exit(main())
