#!/usr/bin/python3
"""Stress test of -serenity-memory-schedule on a large imported graph: put
the function's ops in a random topological order (seeded), then schedule.
The random order peaks higher than the exported one; the scheduler must get
back to the proven optimum (the lower bound) within its time limit.

    /usr/bin/python3 bench/import/shuffle_schedule.py MODEL.mlir [--seeds 3]
        [--opt build/bin/serenity-opt]

The module must have one function whose body is one op per line (as
serenity-translate prints TOSA). Prints, per seed, the peak of the shuffled
order, the scheduled peak, the bound, optimality and the wall time of
serenity-opt.
"""

import argparse
import os
import random
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
_SCHED = re.compile(r"#serenity\.schedule<[^>]*>")
_VALUE = re.compile(r"%[\w.$-]+")


def shuffle(text, rng):
    lines = text.split("\n")
    start = next(i for i, l in enumerate(lines) if "func.func" in l) + 1
    end = next(i for i in range(start, len(lines))
               if lines[i].strip().startswith("return"))
    body = lines[start:end]
    defs = {}
    for i, l in enumerate(body):
        m = re.match(r"\s*(%[\w.$-]+(?::\d+)?(?:, %[\w.$-]+)*) = ", l)
        if m:
            for v in m.group(1).split(", "):
                defs[v.split(":")[0]] = i
    deps = []
    for i, l in enumerate(body):
        rhs = l.split(" = ", 1)[1] if " = " in l else l
        deps.append({defs[v] for v in _VALUE.findall(rhs)
                     if v in defs and defs[v] != i})
    users = [[] for _ in body]
    for i, d in enumerate(deps):
        for j in d:
            users[j].append(i)
    missing = [len(d) for d in deps]
    ready = [i for i, n in enumerate(missing) if n == 0]
    order = []
    while ready:
        i = ready.pop(rng.randrange(len(ready)))
        order.append(i)
        for u in users[i]:
            missing[u] -= 1
            if missing[u] == 0:
                ready.append(u)
    assert len(order) == len(body), "not one op per line"
    return "\n".join(lines[:start] + [body[i] for i in order] + lines[end:])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--opt", default=os.path.join(REPO, "build", "bin",
                                                  "serenity-opt"))
    args = ap.parse_args()
    text = open(args.model).read()
    n_ops = sum(1 for l in text.splitlines() if re.match(r"\s+%\S+ = ", l))
    print("%s: %d ops" % (os.path.basename(args.model), n_ops))
    bad = 0
    for seed in range(args.seeds):
        shuffled = shuffle(text, random.Random(seed))
        t0 = time.time()
        p = subprocess.run([args.opt, "-serenity-memory-schedule", "-"],
                           input=shuffled.encode(), capture_output=True)
        secs = time.time() - t0
        m = _SCHED.search(p.stdout.decode()) if p.returncode == 0 else None
        if not m:
            print("seed %d: failed: %s" % (seed, p.stderr.decode()[-300:]))
            bad += 1
            continue
        print("seed %d: %s, %.2f s" % (seed, m.group(0), secs))
        bad += "optimal = true" not in m.group(0)
    print("%d passed, %d failed" % (args.seeds - bad, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
