#!/usr/bin/env python3
"""Plot live activation bytes over op steps, before and after scheduling.

Reads two timelines written by

    serenity-opt model.mlir -serenity-report=timeline=csv -o /dev/null > before.csv
    serenity-opt model.mlir -serenity-memory-schedule \
        -serenity-report=timeline=csv -o /dev/null > after.csv

and writes one SVG (by hand, no matplotlib) with the bytes live while each op
runs (`during_bytes`) in both orders, and the two peaks. Constants
(tosa.const, tosa.const_shape, arith.constant) take no memory and do not
move the curve, so they are left out of the step count unless
--keep-constants is given. Long timelines are downsampled to at most
--max-points points per curve, keeping the largest value of each bucket so
that the peaks survive.

    python3 bench/plot_timeline.py before.csv after.csv -o timeline.svg \
        --title "randwire_ws_cifar10 (fp32)"

Standard library only.
"""

import argparse
import csv
import io
import math
import sys
from xml.sax.saxutils import escape

CONSTANT_OPS = {"tosa.const", "tosa.const_shape", "arith.constant"}

WIDTH, HEIGHT = 800, 380
LEFT, RIGHT, TOP, BOTTOM = 78, 20, 54, 52
COLORS = ("#c0392b", "#2471a3")


def read_timeline(text, function=None, block=0, keep_constants=False):
    """Returns (function name, [during_bytes per step]) of one block.

    Without `function`, the first function of the CSV is used."""
    steps = []
    name = None
    for row in csv.DictReader(io.StringIO(text)):
        if function is None and name is None:
            name = row["function"]
        if row["function"] != (function or name) or int(row["block"]) != block:
            continue
        name = row["function"]
        if int(row["step"]) < 0:  # the entry row
            continue
        if not keep_constants and row["op"] in CONSTANT_OPS:
            continue
        steps.append(int(row["during_bytes"]))
    if not steps:
        raise ValueError("no steps for function %r block %d"
                         % (function or name, block))
    return name, steps


def downsample(values, max_points):
    """[(x, y)] with at most max_points points: bucket maxima."""
    n = len(values)
    if n <= max_points:
        return list(enumerate(values))
    points = []
    for b in range(max_points):
        lo = b * n // max_points
        hi = max(lo + 1, (b + 1) * n // max_points)
        chunk = values[lo:hi]
        peak = max(range(len(chunk)), key=chunk.__getitem__)
        points.append((lo + peak, chunk[peak]))
    return points


def nice_step(span, target):
    """A 1/2/5 x 10^k tick step giving about `target` ticks over `span`."""
    if span <= 0:
        return 1
    raw = span / target
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * mag >= raw:
            return m * mag
    return 10 * mag


def unit_for(max_bytes):
    if max_bytes >= 1024 * 1024:
        return "MiB", 1024.0 * 1024.0
    return "KiB", 1024.0


def fmt(value):
    return ("%.2f" % value).rstrip("0").rstrip(".")


def render(series, title, max_points=500):
    """series: [(label, [during bytes per step])] -> SVG text."""
    n = max(len(values) for _, values in series)
    ymax_bytes = max(max(values) for _, values in series)
    unit, scale = unit_for(ymax_bytes)
    ystep = nice_step(ymax_bytes / scale, 5)
    ytop = math.ceil(ymax_bytes / scale / ystep) * ystep or ystep
    xstep = nice_step(max(n - 1, 1), 8)
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM

    def px(x):
        return LEFT + plot_w * x / max(n - 1, 1)

    def py(y_bytes):
        return TOP + plot_h * (1 - y_bytes / scale / ytop)

    out = []
    out.append('<svg xmlns="http://www.w3.org/2000/svg" width="%d" '
               'height="%d" viewBox="0 0 %d %d" font-family="sans-serif" '
               'font-size="12">' % (WIDTH, HEIGHT, WIDTH, HEIGHT))
    out.append('<rect width="100%" height="100%" fill="white"/>')
    out.append('<text x="%d" y="22" font-size="15" font-weight="bold">%s'
               '</text>' % (LEFT, escape(title)))
    # Grid and axes.
    tick = 0.0
    while tick <= ytop + 1e-9:
        y = TOP + plot_h * (1 - tick / ytop)
        out.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd"/>'
                   % (LEFT, y, WIDTH - RIGHT, y))
        out.append('<text x="%d" y="%.1f" text-anchor="end">%s</text>'
                   % (LEFT - 6, y + 4, fmt(tick)))
        tick += ystep
    tick = 0
    while tick <= n - 1:
        x = px(tick)
        out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#999"/>'
                   % (x, TOP + plot_h, x, TOP + plot_h + 4))
        out.append('<text x="%.1f" y="%d" text-anchor="middle">%d</text>'
                   % (x, TOP + plot_h + 18, tick))
        tick += xstep
    out.append('<rect x="%d" y="%d" width="%d" height="%d" fill="none" '
               'stroke="#333"/>' % (LEFT, TOP, plot_w, plot_h))
    out.append('<text x="%.1f" y="%d" text-anchor="middle">op step '
               '(constants left out)</text>'
               % (LEFT + plot_w / 2, HEIGHT - 12))
    out.append('<text x="16" y="%.1f" text-anchor="middle" '
               'transform="rotate(-90 16 %.1f)">live activations (%s)</text>'
               % (TOP + plot_h / 2, TOP + plot_h / 2, unit))
    # Curves, peaks, legend.
    for i, (label, values) in enumerate(series):
        color = COLORS[i % len(COLORS)]
        points = downsample(values, max_points)
        path = " ".join("%.1f,%.1f" % (px(x), py(y)) for x, y in points)
        out.append('<polyline fill="none" stroke="%s" stroke-width="1.4" '
                   'points="%s"/>' % (color, path))
        peak = max(values)
        y = py(peak)
        out.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s" '
                   'stroke-dasharray="4 3"/>'
                   % (LEFT, y, WIDTH - RIGHT, y, color))
        # Legend: one row between the title and the plot.
        lx = LEFT + 330 * i
        ly = 42
        out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" '
                   'stroke-width="2"/>' % (lx, ly - 4, lx + 22, ly - 4, color))
        out.append('<text x="%d" y="%d">%s: peak %s %s</text>'
                   % (lx + 28, ly, escape(label), fmt(peak / scale), unit))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def plot(before_csv, after_csv, title, labels=("framework order", "Serenity"),
         function=None, block=0, keep_constants=False, max_points=500):
    """SVG of two timelines given as CSV text."""
    _, before = read_timeline(before_csv, function, block, keep_constants)
    _, after = read_timeline(after_csv, function, block, keep_constants)
    return render([(labels[0], before), (labels[1], after)], title,
                  max_points)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before", help="timeline CSV of the framework order")
    parser.add_argument("after", help="timeline CSV after scheduling")
    parser.add_argument("-o", "--output", default="-", help="SVG file")
    parser.add_argument("--title", default="live activation memory")
    parser.add_argument("--labels", default="framework order,Serenity",
                        help="comma-separated legend labels")
    parser.add_argument("--function", help="function to plot (default: the "
                        "first of the CSV)")
    parser.add_argument("--block", type=int, default=0)
    parser.add_argument("--keep-constants", action="store_true")
    parser.add_argument("--max-points", type=int, default=500)
    args = parser.parse_args(argv)
    with open(args.before) as f:
        before = f.read()
    with open(args.after) as f:
        after = f.read()
    svg = plot(before, after, args.title, tuple(args.labels.split(",", 1)),
               args.function, args.block, args.keep_constants,
               args.max_points)
    if args.output == "-":
        sys.stdout.write(svg)
    else:
        with open(args.output, "w") as f:
            f.write(svg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
