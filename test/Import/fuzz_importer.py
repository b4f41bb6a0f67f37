#!/usr/bin/env python3
"""Mutates a valid ONNX model (truncations, byte flips, random byte runs)
and checks that serenity-translate --import-onnx never crashes: every run
must either succeed or exit with status 1 after printing an "error:"
diagnostic. Deterministic (fixed seed).

Prints "N cases: S succeeded, E clean errors, C crashes" and exits non-zero
on any crash, hang, or error exit without a diagnostic.
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile


def mutate(data, rng, kind):
    b = bytearray(data)
    if kind == 0:  # truncate
        return bytes(b[:rng.randrange(len(b))])
    if kind == 1:  # flip a few bits
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
        return bytes(b)
    if kind == 2:  # overwrite a run with random bytes
        i = rng.randrange(len(b))
        n = rng.randint(1, 32)
        b[i:i + n] = bytes(rng.randrange(256) for _ in range(n))
        return bytes(b)
    # set varint-looking bytes to extreme values (lengths, dims)
    for _ in range(rng.randint(1, 4)):
        b[rng.randrange(len(b))] = rng.choice([0x00, 0x7F, 0x80, 0xFF])
    return bytes(b)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("translate")
    ap.add_argument("model")
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    data = open(args.model, "rb").read()
    rng = random.Random(args.seed)
    counts = {"ok": 0, "error": 0, "bad": 0}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "fuzz.onnx")
        for it in range(args.iterations):
            with open(path, "wb") as f:
                f.write(mutate(data, rng, it % 4))
            try:
                p = subprocess.run([args.translate, "--import-onnx", path,
                                    "-o", os.devnull], capture_output=True,
                                   timeout=60)
            except subprocess.TimeoutExpired:
                print("case %d: timeout" % it)
                counts["bad"] += 1
                continue
            err = p.stderr.decode(errors="replace")
            if p.returncode == 0:
                counts["ok"] += 1
            elif p.returncode == 1 and "error:" in err:
                counts["error"] += 1
            else:
                counts["bad"] += 1
                print("case %d: exit %d: %s" % (it, p.returncode, err[-500:]))
    print("%d cases: %d succeeded, %d clean errors, %d crashes"
          % (args.iterations, counts["ok"], counts["error"], counts["bad"]))
    return 1 if counts["bad"] else 0


if __name__ == "__main__":
    sys.exit(main())
