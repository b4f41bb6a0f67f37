"""RandWire (randomly wired networks), small computation regime.

Written from the paper: Xie, Kirillov, Girshick, He, "Exploring Randomly Wired
Neural Networks for Image Recognition", ICCV 2019 (arXiv:1904.01569), Sec. 3
and Table 1.  No reference code was used; the choices below are ours where
the paper leaves freedom.

Random graph generator
    Watts-Strogatz WS(N, K, P) implemented here (``watts_strogatz``), with the
    same procedure as the classical model / networkx: a ring lattice where
    each node is joined to its K/2 neighbours on each side, then, for each
    offset j = 1..K/2 and each node u in order, the edge (u, u+j) is rewired
    with probability P to (u, w), w uniform among nodes that are not u and
    not already adjacent to u.  Randomness: ``random.Random(seed)`` with a
    fixed seed per stage (stage s of every variant uses seed ``seed + s``),
    so the graphs are reproducible and independent of torch's RNG.  Each
    node keeps its own K/2 forward edges during rewiring, so no node is
    isolated.
Graph -> DAG
    Every undirected edge (a, b) is directed from the smaller to the larger
    node index (the paper's ordering for WS).  Nodes without predecessors
    are the stage's input nodes, nodes without successors its output nodes.
Node
    aggregation -> ReLU -> SepConv 3x3 (depthwise 3x3 + pointwise 1x1) -> BN.
    Aggregation (``aggregation=``):
      ``"weighted"`` (default, the paper's): sum_i sigmoid(w_i) * x_i with one
        learnable scalar w_i per incoming edge; applied only to nodes with two
        or more inputs (for a single input it is just a scale).  In the ONNX
        file sigmoid(w_i) is constant-folded (by export.py's cleanup), so an
        edge becomes a ``Mul`` by a scalar constant feeding an ``Add`` chain.
      ``"sum"``: plain ``Add`` of the inputs.
    Each node's output goes unchanged to all its successors.
Stage
    One extra input node sends the stage input to every input node; input
    nodes use stride 2 and map C_in -> C channels.  One extra output node
    takes the unweighted average of all output nodes (``Add`` chain then
    ``Mul`` by 1/n).  These two extra nodes have no convolution.
Small regime (Table 1), ImageNet 224x224
    conv1: 3x3 conv stride 2, C/2 channels, BN               (112x112)
    conv2: ReLU, 3x3 conv stride 2, C channels, BN           (56x56)
    conv3: random stage, N nodes, C channels                 (28x28)
    conv4: random stage, N nodes, 2C channels                (14x14)
    conv5: random stage, N nodes, 4C channels                (7x7)
    classifier: ReLU, 1x1 conv 1280 + BN + ReLU, global average pool, FC.
    C = 78, N = 32, K = 4, P = 0.75.
CIFAR 32x32 (our adaptation; the paper only evaluates ImageNet)
    conv1 and conv2 use stride 1 so the three random stages run at 16x16,
    8x8 and 4x4; everything else is identical, with a 10- or 100-way FC.
"""

import random

import torch
import torch.nn as nn


def watts_strogatz(n, k, p, seed):
    """Undirected WS graph as a sorted list of (a, b) edges with a < b."""
    if k % 2 or k >= n:
        raise ValueError("need even k < n")
    rng = random.Random(seed)
    adj = {u: set() for u in range(n)}

    def add(a, b):
        adj[a].add(b)
        adj[b].add(a)

    def remove(a, b):
        adj[a].discard(b)
        adj[b].discard(a)

    for j in range(1, k // 2 + 1):
        for u in range(n):
            add(u, (u + j) % n)
    for j in range(1, k // 2 + 1):
        for u in range(n):
            v = (u + j) % n
            if rng.random() < p:
                if len(adj[u]) >= n - 1:
                    continue  # u already joined to every node
                w = rng.randrange(n)
                while w == u or w in adj[u]:
                    w = rng.randrange(n)
                remove(u, v)
                add(u, w)
    return sorted({(min(a, b), max(a, b)) for a in adj for b in adj[a]})


def to_dag(n, edges):
    """Predecessor lists of the DAG oriented from low to high index."""
    preds = [[] for _ in range(n)]
    for a, b in edges:
        preds[b].append(a)
    return [sorted(p) for p in preds]


class SepConvNode(nn.Module):
    """ReLU -> depthwise 3x3 -> pointwise 1x1 -> BN."""

    def __init__(self, c_in, c_out, stride):
        super().__init__()
        self.relu = nn.ReLU(inplace=False)
        self.dw = nn.Conv2d(c_in, c_in, 3, stride=stride, padding=1,
                            groups=c_in, bias=False)
        self.pw = nn.Conv2d(c_in, c_out, 1, bias=False)
        self.bn = nn.BatchNorm2d(c_out)

    def forward(self, x):
        return self.bn(self.pw(self.dw(self.relu(x))))


class Node(nn.Module):
    def __init__(self, n_inputs, c_in, c_out, stride, aggregation):
        super().__init__()
        self.weighted = aggregation == "weighted" and n_inputs > 1
        if self.weighted:
            self.edge_weight = nn.Parameter(torch.zeros(n_inputs))
        self.op = SepConvNode(c_in, c_out, stride)

    def forward(self, inputs):
        if self.weighted:
            w = torch.sigmoid(self.edge_weight)
            x = inputs[0] * w[0]
            for i in range(1, len(inputs)):
                x = x + inputs[i] * w[i]
        else:
            x = inputs[0]
            for t in inputs[1:]:
                x = x + t
        return self.op(x)


class RandomStage(nn.Module):
    def __init__(self, c_in, c_out, n, k, p, seed, aggregation, stride=2):
        super().__init__()
        self.edges = watts_strogatz(n, k, p, seed)
        self.preds = to_dag(n, self.edges)
        has_succ = {a for a, _ in self.edges}
        self.inputs = [u for u in range(n) if not self.preds[u]]
        self.outputs = [u for u in range(n) if u not in has_succ]
        self.nodes = nn.ModuleList()
        for u in range(n):
            if self.preds[u]:
                self.nodes.append(Node(len(self.preds[u]), c_out, c_out, 1,
                                       aggregation))
            else:
                self.nodes.append(Node(1, c_in, c_out, stride, aggregation))

    def forward(self, x):
        out = []
        for u, node in enumerate(self.nodes):
            preds = self.preds[u]
            out.append(node([out[v] for v in preds] if preds else [x]))
        y = out[self.outputs[0]]
        for u in self.outputs[1:]:
            y = y + out[u]
        if len(self.outputs) > 1:
            y = y * (1.0 / len(self.outputs))
        return y


class RandWireSmall(nn.Module):
    def __init__(self, num_classes=1000, C=78, N=32, K=4, P=0.75, seed=0,
                 aggregation="weighted", cifar=False):
        super().__init__()
        s = 1 if cifar else 2
        self.conv1 = nn.Sequential(
            nn.Conv2d(3, C // 2, 3, stride=s, padding=1, bias=False),
            nn.BatchNorm2d(C // 2),
        )
        self.conv2 = nn.Sequential(
            nn.ReLU(inplace=False),
            nn.Conv2d(C // 2, C, 3, stride=s, padding=1, bias=False),
            nn.BatchNorm2d(C),
        )
        self.conv3 = RandomStage(C, C, N, K, P, seed + 3, aggregation)
        self.conv4 = RandomStage(C, 2 * C, N, K, P, seed + 4, aggregation)
        self.conv5 = RandomStage(2 * C, 4 * C, N, K, P, seed + 5, aggregation)
        self.head = nn.Sequential(
            nn.ReLU(inplace=False),
            nn.Conv2d(4 * C, 1280, 1, bias=False),
            nn.BatchNorm2d(1280),
            nn.ReLU(inplace=False),
            nn.AdaptiveAvgPool2d(1),
        )
        self.fc = nn.Linear(1280, num_classes)

    def forward(self, x):
        x = self.conv2(self.conv1(x))
        x = self.conv5(self.conv4(self.conv3(x)))
        return self.fc(torch.flatten(self.head(x), 1))


def randwire_ws_small_imagenet(**kw):
    return RandWireSmall(num_classes=1000, cifar=False, **kw)


def randwire_ws_small_cifar10(**kw):
    return RandWireSmall(num_classes=10, cifar=True, **kw)


def randwire_ws_small_cifar100(**kw):
    return RandWireSmall(num_classes=100, cifar=True, **kw)
