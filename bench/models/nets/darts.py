"""DARTS-V2 evaluation networks (NetworkCIFAR / NetworkImageNet).

Written from the public description of DARTS (Liu, Simonyan, Yang, "DARTS:
Differentiable Architecture Search", ICLR 2019) and the structure of its
reference evaluation code (``model.py`` / ``operations.py`` / ``genotypes.py``
of the DARTS repository).  Re-implemented here, not copied.

What is modelled (inference graph only):

* Genotype ``DARTS_V2`` (the second-order DARTS cell), listed in ``DARTS_V2``.
* Cell: two preprocessing ops (``ReLUConvBN`` 1x1, or ``FactorizedReduce``
  for s0 when the previous cell was a reduction cell), four intermediate
  nodes each the sum of two ops, output = concat of nodes 2..5 (4*C channels).
  In a reduction cell, ops applied to the cell inputs (index 0/1) have
  stride 2; ``skip_connect`` with stride 2 is ``FactorizedReduce`` and with
  stride 1 (input index >= 2) is the identity.  In DARTS_V2's reduce cell
  every ``skip_connect`` reads node 2, so they are identities.
* Ops: ``sep_conv_3x3`` = 2 x (ReLU, depthwise 3x3, pointwise 1x1, BN) with the
  stride on the first depthwise conv; ``dil_conv_3x3`` = ReLU, depthwise 3x3
  dilation 2 (padding 2), pointwise 1x1, BN; ``max_pool_3x3`` = MaxPool 3x3
  padding 1.
* NetworkCIFAR: stem conv3x3(3 -> 3C)+BN, ``layers`` cells, reductions at
  layers//3 and 2*layers//3, global average pool, linear classifier.
* NetworkImageNet: stem0 = conv3x3/2(3 -> C/2)+BN+ReLU+conv3x3/2(C/2 -> C)+BN,
  stem1 = ReLU+conv3x3/2(C -> C)+BN (so 224 -> 28 before the first cell),
  first cell treats the stem as a reduction (``reduction_prev=True``), final
  7x7 average pool, linear classifier.

Left out on purpose: the auxiliary head (training only) and drop-path
(training only; identity at inference).  Affine BN everywhere, as in the
evaluation networks.
"""

from collections import namedtuple

import torch
import torch.nn as nn

Genotype = namedtuple("Genotype", "normal normal_concat reduce reduce_concat")

DARTS_V2 = Genotype(
    normal=[
        ("sep_conv_3x3", 0), ("sep_conv_3x3", 1),
        ("sep_conv_3x3", 0), ("sep_conv_3x3", 1),
        ("sep_conv_3x3", 1), ("skip_connect", 0),
        ("skip_connect", 0), ("dil_conv_3x3", 2),
    ],
    normal_concat=[2, 3, 4, 5],
    reduce=[
        ("max_pool_3x3", 0), ("max_pool_3x3", 1),
        ("skip_connect", 2), ("max_pool_3x3", 1),
        ("max_pool_3x3", 0), ("skip_connect", 2),
        ("skip_connect", 2), ("max_pool_3x3", 1),
    ],
    reduce_concat=[2, 3, 4, 5],
)


class ReLUConvBN(nn.Sequential):
    def __init__(self, c_in, c_out, k, stride, pad):
        super().__init__(
            nn.ReLU(inplace=False),
            nn.Conv2d(c_in, c_out, k, stride=stride, padding=pad, bias=False),
            nn.BatchNorm2d(c_out),
        )


class DilConv(nn.Sequential):
    def __init__(self, c_in, c_out, k, stride, pad, dilation):
        super().__init__(
            nn.ReLU(inplace=False),
            nn.Conv2d(c_in, c_in, k, stride=stride, padding=pad,
                      dilation=dilation, groups=c_in, bias=False),
            nn.Conv2d(c_in, c_out, 1, bias=False),
            nn.BatchNorm2d(c_out),
        )


class SepConv(nn.Sequential):
    def __init__(self, c_in, c_out, k, stride, pad):
        super().__init__(
            nn.ReLU(inplace=False),
            nn.Conv2d(c_in, c_in, k, stride=stride, padding=pad,
                      groups=c_in, bias=False),
            nn.Conv2d(c_in, c_in, 1, bias=False),
            nn.BatchNorm2d(c_in),
            nn.ReLU(inplace=False),
            nn.Conv2d(c_in, c_in, k, stride=1, padding=pad,
                      groups=c_in, bias=False),
            nn.Conv2d(c_in, c_out, 1, bias=False),
            nn.BatchNorm2d(c_out),
        )


class Identity(nn.Module):
    def forward(self, x):
        return x


class FactorizedReduce(nn.Module):
    """ReLU, two stride-2 1x1 convs (one on the input shifted by one pixel),
    channel concat, BN.  Halves the spatial size."""

    def __init__(self, c_in, c_out):
        super().__init__()
        assert c_out % 2 == 0
        self.relu = nn.ReLU(inplace=False)
        self.conv_1 = nn.Conv2d(c_in, c_out // 2, 1, stride=2, bias=False)
        self.conv_2 = nn.Conv2d(c_in, c_out // 2, 1, stride=2, bias=False)
        self.bn = nn.BatchNorm2d(c_out)

    def forward(self, x):
        x = self.relu(x)
        out = torch.cat([self.conv_1(x), self.conv_2(x[:, :, 1:, 1:])], dim=1)
        return self.bn(out)


def make_op(name, c, stride):
    if name == "sep_conv_3x3":
        return SepConv(c, c, 3, stride, 1)
    if name == "dil_conv_3x3":
        return DilConv(c, c, 3, stride, 2, 2)
    if name == "max_pool_3x3":
        return nn.MaxPool2d(3, stride=stride, padding=1)
    if name == "skip_connect":
        return Identity() if stride == 1 else FactorizedReduce(c, c)
    raise ValueError("unknown op " + name)


class Cell(nn.Module):
    def __init__(self, genotype, c_pp, c_p, c, reduction, reduction_prev):
        super().__init__()
        if reduction_prev:
            self.preprocess0 = FactorizedReduce(c_pp, c)
        else:
            self.preprocess0 = ReLUConvBN(c_pp, c, 1, 1, 0)
        self.preprocess1 = ReLUConvBN(c_p, c, 1, 1, 0)
        if reduction:
            ops, concat = genotype.reduce, genotype.reduce_concat
        else:
            ops, concat = genotype.normal, genotype.normal_concat
        self.reduction = reduction
        self.concat = list(concat)
        self.multiplier = len(concat)
        self.steps = len(ops) // 2
        self.indices = [idx for _, idx in ops]
        self.ops = nn.ModuleList(
            make_op(name, c, 2 if reduction and idx < 2 else 1)
            for name, idx in ops)

    def forward(self, s0, s1):
        states = [self.preprocess0(s0), self.preprocess1(s1)]
        for i in range(self.steps):
            h1 = self.ops[2 * i](states[self.indices[2 * i]])
            h2 = self.ops[2 * i + 1](states[self.indices[2 * i + 1]])
            states.append(h1 + h2)
        return torch.cat([states[i] for i in self.concat], dim=1)


def _build_cells(genotype, layers, c_pp, c_p, c_curr, reduction_prev):
    cells = nn.ModuleList()
    for i in range(layers):
        reduction = i in (layers // 3, 2 * layers // 3)
        if reduction:
            c_curr *= 2
        cell = Cell(genotype, c_pp, c_p, c_curr, reduction, reduction_prev)
        reduction_prev = reduction
        cells.append(cell)
        c_pp, c_p = c_p, cell.multiplier * c_curr
    return cells, c_p


class NetworkCIFAR(nn.Module):
    def __init__(self, C=36, num_classes=10, layers=20, genotype=DARTS_V2):
        super().__init__()
        stem_multiplier = 3
        c_stem = stem_multiplier * C
        self.stem = nn.Sequential(
            nn.Conv2d(3, c_stem, 3, padding=1, bias=False),
            nn.BatchNorm2d(c_stem),
        )
        self.cells, c_prev = _build_cells(genotype, layers, c_stem, c_stem, C,
                                          reduction_prev=False)
        self.global_pooling = nn.AdaptiveAvgPool2d(1)
        self.classifier = nn.Linear(c_prev, num_classes)

    def forward(self, x):
        s0 = s1 = self.stem(x)
        for cell in self.cells:
            s0, s1 = s1, cell(s0, s1)
        out = self.global_pooling(s1)
        return self.classifier(torch.flatten(out, 1))


class NetworkImageNet(nn.Module):
    def __init__(self, C=48, num_classes=1000, layers=14, genotype=DARTS_V2):
        super().__init__()
        self.stem0 = nn.Sequential(
            nn.Conv2d(3, C // 2, 3, stride=2, padding=1, bias=False),
            nn.BatchNorm2d(C // 2),
            nn.ReLU(inplace=True),
            nn.Conv2d(C // 2, C, 3, stride=2, padding=1, bias=False),
            nn.BatchNorm2d(C),
        )
        self.stem1 = nn.Sequential(
            nn.ReLU(inplace=True),
            nn.Conv2d(C, C, 3, stride=2, padding=1, bias=False),
            nn.BatchNorm2d(C),
        )
        self.cells, c_prev = _build_cells(genotype, layers, C, C, C,
                                          reduction_prev=True)
        self.global_pooling = nn.AvgPool2d(7)
        self.classifier = nn.Linear(c_prev, num_classes)

    def forward(self, x):
        s0 = self.stem0(x)
        s1 = self.stem1(s0)
        for cell in self.cells:
            s0, s1 = s1, cell(s0, s1)
        out = self.global_pooling(s1)
        return self.classifier(torch.flatten(out, 1))


def darts_v2_imagenet(num_classes=1000):
    return NetworkImageNet(C=48, num_classes=num_classes, layers=14)


def darts_v2_cifar(num_classes=10):
    return NetworkCIFAR(C=36, num_classes=num_classes, layers=20)
