"""A random TOSA DAG of about 200 ops (elementwise ops, channel slices and up
to 27 concatenations of 1-64 channels), the class of input on which the
rewrite search of -serenity-rewrite-identity took minutes (issue 15).
Usage: gen-concat-dag.py SEED > dag.mlir. Deterministic for a seed."""

import random, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
vals = []  # (name, channels)
lines = []
n = 0
def new():
    global n; n += 1; return "%%v%d" % n
def ty(c): return "tensor<1x8x8x%dxf32>" % c
lines.append("func.func @dag(%x: tensor<1x8x8x16xf32>) -> tensor<1x8x8x16xf32> {")
vals.append(("%x", 16))
concats = 0
while len(lines) < 200:
    r = random.random()
    if r < 0.15 and concats < 27 and len(vals) >= 2:
        parts = random.sample(vals[-12:], random.randint(2, 4))
        c = sum(p[1] for p in parts)
        if c > 64: continue
        v = new()
        lines.append("  %s = tosa.concat %s {axis = 3 : i32} : (%s) -> %s" % (
            v, ", ".join(p[0] for p in parts), ", ".join(ty(p[1]) for p in parts), ty(c)))
        vals.append((v, c)); concats += 1
    elif r < 0.35:
        src = random.choice(vals[-10:])
        if src[1] < 2: continue
        size = random.randint(1, min(32, src[1] - 1)); off = random.randint(0, src[1] - size)
        s, z = new(), new()
        lines.append("  %s = tosa.const_shape {values = dense<[0, 0, 0, %d]> : tensor<4xindex>} : () -> !tosa.shape<4>" % (s, off))
        lines.append("  %s = tosa.const_shape {values = dense<[1, 8, 8, %d]> : tensor<4xindex>} : () -> !tosa.shape<4>" % (z, size))
        v = new()
        lines.append("  %s = tosa.slice %s, %s, %s : (%s, !tosa.shape<4>, !tosa.shape<4>) -> %s" % (v, src[0], s, z, ty(src[1]), ty(size)))
        vals.append((v, size))
    else:
        src = random.choice(vals[-10:])
        v = new()
        op = random.choice(["tosa.exp", "tosa.tanh", "tosa.abs", "tosa.sigmoid"])
        lines.append("  %s = %s %s : (%s) -> %s" % (v, op, src[0], ty(src[1]), ty(src[1])))
        vals.append((v, src[1]))
# End: the sum of 16-channel slices of everything unused would be long; return a 16-channel value.
last16 = [v for v in vals if v[1] == 16][-1]
lines.append("  return %s : %s" % (last16[0], ty(16)))
lines.append("}")
print("\n".join(lines))
