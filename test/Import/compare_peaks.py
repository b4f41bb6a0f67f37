#!/usr/bin/env python3
"""Imports an ONNX model twice, with its weights and with --elide-weights,
runs each of -serenity-memory-schedule, -serenity-rewrite-identity and
-serenity-schedule-lowered on both, and compares what the passes report:
the function's #serenity.schedule attribute (peaks, bound, optimality),
serenity.peak_bytes, and the number of operations left in the function.

An elided import must give the same figures as the full one: its weights
are `dense_resource<__elided__>`, which no folder can see through. With
--zero-splats the elided weights are replaced by zero splats first (what
the importer used to emit), to show the comparison catches a network that
folders simplify.

Prints one line per pass and "N passed, M failed"; exits 1 on a mismatch.
"""

import argparse
import re
import subprocess
import sys

# The passes, and whether the op count must match too. The rewrite pass
# reports only a remark: the schedule after it gives its peaks. After the
# lowering the counts differ by the reshapes and broadcasts of small inline
# constants (a full import's biases, BatchNorm vectors) that canonicalization
# folds into new constants; dense_resource values are not folded.
PASSES = [(["-serenity-memory-schedule"], True),
          (["-serenity-rewrite-identity", "-serenity-memory-schedule"], True),
          (["-serenity-schedule-lowered"], False)]
_SCHEDULE = re.compile(r"serenity\.schedule = (#serenity\.schedule<[^>]*>)")
_PEAK = re.compile(r"serenity\.peak_bytes = (\d+)")
_ELIDED = re.compile(r"dense_resource<__elided__>")


def run(cmd, stdin=None):
    p = subprocess.run(cmd, input=stdin, capture_output=True, timeout=600)
    if p.returncode != 0:
        sys.exit("%s failed: %s" % (cmd[0], p.stderr.decode()[-2000:]))
    return p.stdout.decode()


def figures(text):
    """(schedule attribute, peak_bytes, op count) of the module's function."""
    body = text.split("{-#")[0]
    sched = _SCHEDULE.search(body)
    peak = _PEAK.search(body)
    ops = sum(1 for line in body.splitlines()
              if re.match(r"\s+(%\S+ = )?\"?[a-z_]+\.[a-z_.0-9]+", line))
    return (sched.group(1) if sched else None,
            peak.group(1) if peak else None, ops)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--translate", required=True)
    ap.add_argument("--opt", required=True)
    ap.add_argument("--zero-splats", action="store_true")
    ap.add_argument("model")
    args = ap.parse_args()
    full = run([args.translate, "--import-onnx", args.model])
    elided = run([args.translate, "--import-onnx", "--elide-weights",
                  args.model])
    if not _ELIDED.search(elided):
        sys.exit("the elided import has no dense_resource<__elided__>")
    if args.zero_splats:
        elided = _ELIDED.sub("dense<0.000000e+00>", elided)
    name = args.model.rsplit("/", 1)[-1]
    passed = failed = 0
    for passes, count_ops in PASSES:
        a = figures(run([args.opt, *passes, "-"], full.encode()))
        b = figures(run([args.opt, *passes, "-"], elided.encode()))
        same = a[:2] == b[:2] and a[0] is not None and \
            (a[2] == b[2] or not count_ops)
        print("%s %s: %s; full %s, peak_bytes %s, %d ops; elided %s, "
              "peak_bytes %s, %d ops" % (name, " ".join(passes),
                                         "same" if same else "DIFFER",
                                         a[0], a[1], a[2], b[0], b[1], b[2]))
        passed += same
        failed += not same
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
