#!/usr/bin/python3
"""Generates the whole-network ONNX test models and their PyTorch reference
outputs for test/Import (run once with /usr/bin/python3; the outputs are
committed).

    /usr/bin/python3 utils/onnx/make_test_models.py test/Import/Inputs
    /usr/bin/python3 utils/onnx/make_test_models.py test/Import/Inputs tiny_vit_op17

For each network NAME it writes NAME.onnx, NAME.input.pb and NAME.output.pb
(ONNX TensorProtos). Weights are random (weights=None, fixed seeds); batch
norm statistics and LayerNorm affine parameters are randomized too, so
neither normalization is an identity. Names after the output directory
select models (default: all).

The tiny_* models are small configurations of the torchvision families that
need the transformer operators (ViT, Swin, ConvNeXt, MaxViT) and of
ShuffleNetV2 (whose channel split exports as shape arithmetic), each at
opsets 13 (LayerNormalization decomposed by the exporter) and 17 (the
LayerNormalization operator), exported as torch emits them (no clean-up).
"""

import os
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision
from onnx import numpy_helper
from torchvision.models import ShuffleNetV2, SwinTransformer, VisionTransformer
from torchvision.models.convnext import CNBlockConfig, ConvNeXt
from torchvision.models.maxvit import MaxVit


class SepConv(nn.Module):
    """DARTS separable conv: ReLU, depthwise, pointwise, BN."""

    def __init__(self, c, k, dilation=1):
        super().__init__()
        pad = dilation * (k - 1) // 2
        self.op = nn.Sequential(
            nn.ReLU(),
            nn.Conv2d(c, c, k, padding=pad, dilation=dilation, groups=c,
                      bias=False),
            nn.Conv2d(c, c, 1, bias=False),
            nn.BatchNorm2d(c))

    def forward(self, x):
        return self.op(x)


class Cell(nn.Module):
    """A small DARTS-like cell: four intermediate nodes mixing separable and
    dilated convs, pools, a grouped conv and skips, concatenated."""

    def __init__(self, c):
        super().__init__()
        self.sep3 = SepConv(c, 3)
        self.dil5 = SepConv(c, 5, dilation=2)
        self.grouped = nn.Conv2d(c, c, 3, padding=1, groups=2)
        self.bn = nn.BatchNorm2d(c)
        self.proj = nn.Conv2d(4 * c, c, 1)

    def forward(self, s0, s1):
        n0 = self.sep3(s0) + F.max_pool2d(s1, 3, 1, 1)
        n1 = self.dil5(s1) + F.avg_pool2d(n0, 3, 1, 1, count_include_pad=False)
        n2 = self.bn(self.grouped(n1)) + s0
        n3 = F.hardswish(n2) * torch.sigmoid(n0) + F.relu6(n1)
        return self.proj(torch.cat([n0, n1, n2, n3], dim=1))


class TinyDarts(nn.Module):
    def __init__(self, c=16, classes=10):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, c, 3, padding=1, bias=False),
                                  nn.BatchNorm2d(c))
        self.cell1 = Cell(c)
        self.reduce = nn.Conv2d(c, 2 * c, 3, stride=2, padding=1)
        self.cell2 = Cell(2 * c)
        self.up = nn.ConvTranspose2d(2 * c, c, 2, stride=2)
        self.head = nn.Linear(2 * c, classes)

    def forward(self, x):
        s = self.stem(x)
        a = self.cell1(s, s)
        b = self.reduce(a)
        b = self.cell2(b, F.leaky_relu(b, 0.1))
        # Decoder-ish branch: transposed conv and both Resize modes.
        u = self.up(b) + F.interpolate(b, scale_factor=2, mode="nearest")[:, :16]
        u = u + F.interpolate(a, scale_factor=1, mode="bilinear",
                              align_corners=False)
        # Channel shuffle (5-D reshape/transpose), then the classifier.
        n, c, h, w = u.shape
        u = u.reshape(n, 2, c // 2, h, w).transpose(1, 2).reshape(n, c, h, w)
        u = F.pad(u, (1, 0, 0, 1))
        g = torch.cat([u.mean(dim=(2, 3)), torch.tanh(b).mean(dim=(2, 3))[:, :16]],
                      dim=1)
        logits = self.head(torch.flatten(g, 1))
        return torch.cat([logits, torch.softmax(logits, dim=1)], dim=1)


def randomize_bn(model, seed):
    gen = torch.Generator().manual_seed(seed)
    for m in model.modules():
        if isinstance(m, nn.BatchNorm2d):
            m.running_mean.copy_(torch.randn(m.num_features, generator=gen) * 0.1)
            m.running_var.copy_(torch.rand(m.num_features, generator=gen) + 0.5)
            m.weight.data.copy_(torch.rand(m.num_features, generator=gen) + 0.5)
            m.bias.data.copy_(torch.randn(m.num_features, generator=gen) * 0.1)


def randomize_ln(model, seed):
    gen = torch.Generator().manual_seed(seed)
    for m in model.modules():
        if isinstance(m, nn.LayerNorm) and m.elementwise_affine:
            shape = m.weight.shape
            m.weight.data.copy_(torch.rand(shape, generator=gen) + 0.5)
            m.bias.data.copy_(torch.randn(shape, generator=gen) * 0.1)


def randomize_linear(model, seed):
    """Gaussian weights scaled by 1/sqrt(fan_in) and biases for every Linear,
    and random ViT class tokens: torchvision zero-initializes ViT's head and
    class token, which would make the output a constant."""
    gen = torch.Generator().manual_seed(seed)
    for m in model.modules():
        if isinstance(m, nn.Linear):
            w = m.weight
            w.data.copy_(torch.randn(w.shape, generator=gen) / w.shape[1] ** 0.5)
            if m.bias is not None:
                m.bias.data.copy_(torch.randn(m.bias.shape, generator=gen) * 0.1)
    for name, p in model.named_parameters():
        if name.endswith("class_token"):
            p.data.copy_(torch.randn(p.shape, generator=gen))


# Small configurations of the torchvision families with new operators:
# name -> (builder, input shape).
TINY = {
    "tiny_vit": (lambda: VisionTransformer(
        image_size=32, patch_size=8, num_layers=2, num_heads=2, hidden_dim=32,
        mlp_dim=64, num_classes=10), (1, 3, 32, 32)),
    "tiny_swin": (lambda: SwinTransformer(
        patch_size=[4, 4], embed_dim=16, depths=[2, 2], num_heads=[2, 2],
        window_size=[4, 4], stochastic_depth_prob=0.0, num_classes=10),
        (1, 3, 32, 32)),
    "tiny_convnext": (lambda: ConvNeXt(
        [CNBlockConfig(16, 32, 1), CNBlockConfig(32, None, 1)],
        num_classes=10), (1, 3, 32, 32)),
    "tiny_maxvit": (lambda: MaxVit(
        input_size=(32, 32), stem_channels=8, partition_size=2,
        block_channels=[16, 32], block_layers=[1, 1], head_dim=8,
        stochastic_depth_prob=0.0, num_classes=10), (1, 3, 32, 32)),
    "tiny_shufflenet": (lambda: ShuffleNetV2(
        [2, 2, 2], [8, 16, 32, 64, 128], num_classes=10), (1, 3, 64, 64)),
}


def export(name, model, shape, out_dir, opset):
    model.eval()
    randomize_bn(model, 1)
    randomize_ln(model, 3)
    torch.manual_seed(2)
    x = torch.randn(*shape)
    with torch.no_grad():
        y = model(x)
    path = os.path.join(out_dir, name + ".onnx")
    torch.onnx.export(model, x, path, opset_version=opset,
                      input_names=["input"], output_names=["output"])
    for suffix, t in (("input", x), ("output", y)):
        with open(os.path.join(out_dir, "%s.%s.pb" % (name, suffix)), "wb") as f:
            f.write(numpy_helper.from_array(t.numpy()).SerializeToString())
    print("%s: %d bytes" % (path, os.path.getsize(path)))


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "."
    only = set(sys.argv[2:])
    os.makedirs(out_dir, exist_ok=True)
    models = {
        "tiny_darts": (TinyDarts, (1, 3, 16, 16), 13),
        "mobilenet_v2_025": (lambda: torchvision.models.mobilenet_v2(
            weights=None, width_mult=0.25, num_classes=10), (1, 3, 64, 64), 11),
    }
    for name, (builder, shape) in TINY.items():
        for opset in (13, 17):
            models["%s_op%d" % (name, opset)] = (builder, shape, opset)
    for name, (builder, shape, opset) in models.items():
        if only and name not in only:
            continue
        torch.manual_seed(0)
        model = builder()
        if name.startswith("tiny_"):
            randomize_linear(model, 4)
        export(name, model, shape, out_dir, opset=opset)


if __name__ == "__main__":
    main()
