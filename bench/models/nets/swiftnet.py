"""SwiftNet-like irregular cell network (APPROXIMATION, not the real SwiftNet).

SwiftNet (Cheng et al., "SwiftNet: Using Graph Propagation as Meta-knowledge
to Search Highly Representative Neural Architectures", arXiv:1906.08305) is a
family of mobile networks found by GRAM, a node-wise search over a complete
DAG followed by structure-level pruning of low-weight edges.  SERENITY (Ahn
et al., MLSys 2020) uses a SwiftNet model for human presence detection (HPD)
as one of its irregularly wired benchmarks.  The exact SwiftNet cells, channel
widths and input resolution are not available to us (no public code or
weights here), so this module builds a network of the same *kind*:

What is kept from the paper's description
  * cells are DAGs pruned from a complete DAG: each node reads an arbitrary
    subset of earlier nodes, multi-input nodes *concatenate* their inputs
    along channels (so concat fan-in creates many long-lived tensors, which
    is what makes activation-memory scheduling interesting);
  * node ops are mobile-style: pointwise 1x1 conv, depthwise-separable 3x3 /
    5x5, inverted-bottleneck (1x1 expand x2, depthwise 3x3, 1x1 project),
    3x3 max pool;
  * three distinct cell topologies (A, B, C), one per resolution stage, a
    small input and a two-class (person / no person) classifier.

What is invented (our choices)
  * The three cell topologies below (``CELL_A``, ``CELL_B``, ``CELL_C``) are
    hand-written, fixed, and only loosely modelled on the figures of
    SwiftNet cells; they are not the searched cells.
  * Input 1x3x128x128 (RGB), 2 classes.  Macro structure: stem
    conv3x3/2 (16 ch), then per stage a stride-2 cell followed by a stride-1
    cell of the same topology: A (c=16, out 32, 32x32), B (c=32, out 64,
    16x16), C (c=64, out 128, 8x8); head 1x1 conv 256 + BN + ReLU, global
    average pool, FC 2.
  * Cell output = channel concat of a chosen set of nodes, then 1x1 conv + BN
    to the cell's output width, plus a residual add when the cell has stride
    1 and equal in/out width.  In a stride-2 cell the nodes that read the
    cell input (node 0) use stride 2.
  * Every conv is followed by BN (and ReLU where marked); BN folds into the
    convs in the ONNX export.
The result (~0.29M parameters) is in the size range of small always-on vision
models; treat its peak-memory numbers as "SwiftNet-like", never as a
reproduction of SERENITY's SwiftNet figures.
"""

import torch
import torch.nn as nn

# Node i (1-based; 0 is the cell input) = (op, [predecessors]).
CELL_A = dict(
    nodes=[
        ("pw", [0]),          # 1
        ("dw3", [0]),         # 2
        ("dw5", [0]),         # 3
        ("max3", [0]),        # 4
        ("dw3", [1, 2]),      # 5
        ("pw", [2, 3]),       # 6
        ("dw5", [1, 4]),      # 7
        ("pw", [5, 6, 7]),    # 8
    ],
    concat=[5, 6, 7, 8],
)

CELL_B = dict(
    nodes=[
        ("dw3", [0]),         # 1
        ("pw", [0]),          # 2
        ("mb3", [0]),         # 3
        ("dw3", [1]),         # 4
        ("dw5", [2, 3]),      # 5
        ("pw", [1, 4]),       # 6
        ("dw3", [3, 5]),      # 7
        ("max3", [2]),        # 8
        ("pw", [6, 7, 8]),    # 9
    ],
    concat=[4, 6, 9],
)

CELL_C = dict(
    nodes=[
        ("pw", [0]),          # 1
        ("dw3", [0]),         # 2
        ("dw3", [1]),         # 3
        ("dw5", [1, 2]),      # 4
        ("mb3", [2]),         # 5
        ("pw", [3, 4, 5]),    # 6
        ("dw3", [4]),         # 7
    ],
    concat=[5, 6, 7],
)


def conv_bn(c_in, c_out, k=1, stride=1, groups=1, relu=True):
    layers = [nn.Conv2d(c_in, c_out, k, stride=stride, padding=k // 2,
                        groups=groups, bias=False),
              nn.BatchNorm2d(c_out)]
    if relu:
        layers.append(nn.ReLU(inplace=False))
    return layers


def make_op(name, c_in, c, stride):
    if name == "pw":
        return nn.Sequential(*conv_bn(c_in, c, 1, stride))
    if name in ("dw3", "dw5"):
        k = 3 if name == "dw3" else 5
        return nn.Sequential(*conv_bn(c_in, c_in, k, stride, groups=c_in),
                             *conv_bn(c_in, c, 1, relu=False))
    if name == "mb3":
        e = 2 * c
        return nn.Sequential(*conv_bn(c_in, e, 1),
                             *conv_bn(e, e, 3, stride, groups=e),
                             *conv_bn(e, c, 1, relu=False))
    if name == "max3":
        layers = [nn.MaxPool2d(3, stride=stride, padding=1)]
        if c_in != c:
            layers += conv_bn(c_in, c, 1)
        return nn.Sequential(*layers)
    raise ValueError("unknown op " + name)


class Cell(nn.Module):
    def __init__(self, spec, c_in, c, c_out, stride):
        super().__init__()
        self.preds = [p for _, p in spec["nodes"]]
        self.concat = list(spec["concat"])
        widths = [c_in]
        self.ops = nn.ModuleList()
        for name, preds in spec["nodes"]:
            if stride != 1 and 0 in preds and preds != [0]:
                raise ValueError("a strided node must read only the input")
            s = stride if preds == [0] else 1
            self.ops.append(make_op(name, sum(widths[p] for p in preds), c, s))
            widths.append(c)
        self.project = nn.Sequential(
            *conv_bn(sum(widths[i] for i in self.concat), c_out, 1,
                     relu=False))
        self.residual = stride == 1 and c_in == c_out

    def forward(self, x):
        states = [x]
        for op, preds in zip(self.ops, self.preds):
            if len(preds) == 1:
                inp = states[preds[0]]
            else:
                inp = torch.cat([states[p] for p in preds], dim=1)
            states.append(op(inp))
        y = self.project(torch.cat([states[i] for i in self.concat], dim=1))
        return x + y if self.residual else y


class SwiftNetLike(nn.Module):
    def __init__(self, num_classes=2):
        super().__init__()
        self.stem = nn.Sequential(*conv_bn(3, 16, 3, 2))          # 64x64
        self.cells = nn.Sequential(
            Cell(CELL_A, 16, 16, 32, 2),                           # 32x32
            Cell(CELL_A, 32, 16, 32, 1),
            Cell(CELL_B, 32, 32, 64, 2),                           # 16x16
            Cell(CELL_B, 64, 32, 64, 1),
            Cell(CELL_C, 64, 64, 128, 2),                          # 8x8
            Cell(CELL_C, 128, 64, 128, 1),
        )
        self.head = nn.Sequential(*conv_bn(128, 256, 1),
                                  nn.AdaptiveAvgPool2d(1))
        self.fc = nn.Linear(256, num_classes)

    def forward(self, x):
        x = self.head(self.cells(self.stem(x)))
        return self.fc(torch.flatten(x, 1))


def swiftnet_like_hpd(num_classes=2):
    return SwiftNetLike(num_classes)
