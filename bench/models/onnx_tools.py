"""Small ONNX utilities for the benchmark exporter.

* ``Evaluator`` -- a reference interpreter that runs an ONNX graph with
  ``torch`` ops (only the op types our benchmark models use).  Used to check
  that the exported / cleaned graph computes what the PyTorch model computes
  (no onnxruntime on the machine), and by ``fold_constants``.
* ``cleanup`` -- graph tidying applied by export.py after ``torch.onnx.export``:
    - ``Identity(initializer)`` nodes (torch 1.13 de-duplicates equal
      initializers, e.g. the all-zero biases left by folding freshly
      initialised BatchNorms) are removed, consumers use the initializer;
    - ``Constant`` nodes become initializers;
    - ``Shape`` of a statically shaped tensor and every node whose inputs are
      all constant (e.g. Gather/Add/Div/Mul chains computing Slice bounds for
      ``Tensor.chunk``, Sigmoid of RandWire edge weights) are evaluated and
      replaced by initializers;
    - ``Pad`` with all-zero pads (emitted by the exporter in front of some
      AveragePools) is removed;
    - dead nodes and unused initializers are dropped.
"""

import numpy as np
import onnx
import torch
import torch.nn.functional as F
from onnx import helper, numpy_helper


def _attrs(node):
    return {a.name: helper.get_attribute_value(a) for a in node.attribute}


def _pads2d(pads):
    # ONNX [top, left, bottom, right] -> F.pad (left, right, top, bottom)
    t, l, b, r = pads
    return (l, r, t, b)


def _np_dtype(onnx_type):
    return onnx.mapping.TENSOR_TYPE_TO_NP_TYPE[onnx_type]


def _conv(x, w, b, a):
    pads = a.get("pads", [0, 0, 0, 0])
    if a.get("auto_pad", b"NOTSET") not in (b"NOTSET", "NOTSET"):
        raise NotImplementedError("Conv auto_pad")
    if pads[0] == pads[2] and pads[1] == pads[3]:
        padding = (pads[0], pads[1])
    else:
        x = F.pad(x, _pads2d(pads))
        padding = 0
    return F.conv2d(x, w, b, stride=a.get("strides", 1), padding=padding,
                    dilation=a.get("dilations", 1), groups=a.get("group", 1))


def _pool(x, a, kind):
    k = a["kernel_shape"]
    s = a.get("strides", [1] * len(k))
    pads = a.get("pads", [0] * 2 * len(k))
    ceil = bool(a.get("ceil_mode", 0))
    if pads[0] != pads[2] or pads[1] != pads[3]:
        raise NotImplementedError("asymmetric pool pads")
    p = (pads[0], pads[1])
    if kind == "max":
        return F.max_pool2d(x, k, s, p, dilation=a.get("dilations", 1),
                            ceil_mode=ceil)
    return F.avg_pool2d(x, k, s, p, ceil_mode=ceil,
                        count_include_pad=bool(a.get("count_include_pad", 0)))


def _slice(x, starts, ends, axes=None, steps=None):
    starts, ends = starts.tolist(), ends.tolist()
    axes = list(range(len(starts))) if axes is None else axes.tolist()
    steps = [1] * len(starts) if steps is None else steps.tolist()
    idx = [slice(None)] * x.dim()
    for s, e, ax, st in zip(starts, ends, axes, steps):
        if st <= 0:
            raise NotImplementedError("Slice with non-positive step")
        idx[ax] = slice(s, e, st)
    return x[tuple(idx)]


def _reshape(x, shape, allowzero=0):
    shape = shape.tolist()
    if not allowzero:
        shape = [x.shape[i] if d == 0 else d for i, d in enumerate(shape)]
    return x.reshape(shape)


def _div(a, b):
    if a.is_floating_point() or b.is_floating_point():
        return a / b
    return torch.div(a, b, rounding_mode="trunc")


def _unsqueeze(x, axes):
    r = x.dim() + len(axes)
    for ax in sorted(int(v) % r for v in axes.tolist()):
        x = x.unsqueeze(ax)
    return x


def _squeeze(x, axes=None):
    if axes is None:
        return x.squeeze()
    for ax in sorted((int(v) % x.dim() for v in axes.tolist()), reverse=True):
        x = x.squeeze(ax)
    return x


def _gemm(A, B, C, a):
    if a.get("transA", 0):
        A = A.t()
    if a.get("transB", 0):
        B = B.t()
    y = a.get("alpha", 1.0) * (A @ B)
    if C is not None:
        y = y + a.get("beta", 1.0) * C
    return y


def _clip(x, lo=None, hi=None):
    return torch.clamp(x, None if lo is None else lo.item(),
                       None if hi is None else hi.item())


def _cast(x, a):
    return _to_torch(x.numpy().astype(_np_dtype(a["to"])))


OPS = {
    "Conv": lambda i, a: _conv(i[0], i[1], i[2] if len(i) > 2 else None, a),
    "Relu": lambda i, a: torch.relu(i[0]),
    "Sigmoid": lambda i, a: torch.sigmoid(i[0]),
    "Clip": lambda i, a: _clip(*i),
    "Add": lambda i, a: i[0] + i[1],
    "Sub": lambda i, a: i[0] - i[1],
    "Mul": lambda i, a: i[0] * i[1],
    "Div": lambda i, a: _div(i[0], i[1]),
    "Concat": lambda i, a: torch.cat(list(i), dim=a["axis"]),
    "MaxPool": lambda i, a: _pool(i[0], a, "max"),
    "AveragePool": lambda i, a: _pool(i[0], a, "avg"),
    "GlobalAveragePool": lambda i, a: i[0].mean(dim=(2, 3), keepdim=True),
    "ReduceMean": lambda i, a: i[0].mean(dim=tuple(a["axes"]),
                                         keepdim=bool(a.get("keepdims", 1))),
    "BatchNormalization": lambda i, a: F.batch_norm(
        i[0], i[3], i[4], i[1], i[2], False, 0.0, a.get("epsilon", 1e-5)),
    "Gemm": lambda i, a: _gemm(i[0], i[1], i[2] if len(i) > 2 else None, a),
    "Flatten": lambda i, a: i[0].reshape(
        int(np.prod(i[0].shape[:a.get("axis", 1)])), -1),
    "Slice": lambda i, a: _slice(*i),
    "Reshape": lambda i, a: _reshape(i[0], i[1], a.get("allowzero", 0)),
    "Transpose": lambda i, a: i[0].permute(*a["perm"]),
    "Pad": lambda i, a: F.pad(i[0], _pads2d(i[1].tolist()[2:4] +
                                           i[1].tolist()[6:8]),
                              value=0.0 if len(i) < 3 or i[2] is None
                              else float(i[2].item())),
    "Identity": lambda i, a: i[0],
    "Gather": lambda i, a: _to_torch(np.take(
        i[0].numpy(), i[1].numpy(), axis=a.get("axis", 0))),
    "Unsqueeze": lambda i, a: _unsqueeze(i[0], i[1]),
    "Squeeze": lambda i, a: _squeeze(*i),
    "Cast": lambda i, a: _cast(i[0], a),
    "Shape": lambda i, a: torch.tensor(list(i[0].shape)[
        a.get("start", 0):a.get("end", None)], dtype=torch.int64),
    "Constant": lambda i, a: torch.from_numpy(np.array(a["value"])),
}


def _const_tensor(node):
    a = node.attribute[0]
    if a.name != "value":
        raise NotImplementedError("Constant attribute " + a.name)
    return numpy_helper.to_array(a.t)


def _to_torch(arr):
    return torch.from_numpy(np.array(arr, copy=True))


def run_node(node, inputs):
    if node.op_type == "Constant":
        return [_to_torch(_const_tensor(node))]
    if node.op_type == "Pad":
        a = _attrs(node)
        if a.get("mode", b"constant") not in (b"constant", "constant"):
            raise NotImplementedError("Pad mode")
        pads = inputs[1].tolist()
        if len(pads) != 8 or any(pads[k] for k in (0, 1, 4, 5)):
            raise NotImplementedError("Pad on N/C axes")
    fn = OPS.get(node.op_type)
    if fn is None:
        raise NotImplementedError("op " + node.op_type)
    return [fn(inputs, _attrs(node))]


class Evaluator:
    """Runs a (shape-static, single-output-per-node) ONNX graph with torch."""

    def __init__(self, model):
        self.graph = model.graph
        self.inits = {t.name: _to_torch(numpy_helper.to_array(t))
                      for t in self.graph.initializer}

    def __call__(self, *inputs):
        env = dict(self.inits)
        real_inputs = [i for i in self.graph.input if i.name not in env]
        for vi, x in zip(real_inputs, inputs):
            env[vi.name] = x
        with torch.no_grad():
            for node in self.graph.node:
                ins = [env[n] if n else None for n in node.input]
                for name, val in zip(node.output, run_node(node, ins)):
                    env[name] = val
        return [env[o.name] for o in self.graph.output]


# ---------------------------------------------------------------- cleanup

def _static_shapes(model):
    shapes = {}
    for vi in list(model.graph.value_info) + list(model.graph.input) + \
            list(model.graph.output):
        t = vi.type.tensor_type
        if t.HasField("shape") and all(d.HasField("dim_value")
                                       for d in t.shape.dim):
            shapes[vi.name] = [d.dim_value for d in t.shape.dim]
    return shapes


def _replace_nodes(graph, keep, alias=None, new_inits=()):
    alias = alias or {}

    def resolve(name):
        while name in alias:
            name = alias[name]
        return name

    for node in keep:
        for i, name in enumerate(node.input):
            if name in alias:
                node.input[i] = resolve(name)
    del graph.node[:]
    graph.node.extend(keep)
    graph.initializer.extend(new_inits)


def strip_initializer_identities(model):
    g = model.graph
    inits = {t.name for t in g.initializer}
    outputs = {o.name for o in g.output}
    alias, keep = {}, []
    for node in g.node:
        if node.op_type == "Identity" and node.input[0] in inits and \
                node.output[0] not in outputs:
            alias[node.output[0]] = node.input[0]
        else:
            keep.append(node)
    _replace_nodes(g, keep, alias)
    return len(alias)


def fold_constants(model):
    """Evaluate constant subgraphs (incl. Shape of static tensors)."""
    model = onnx.shape_inference.infer_shapes(model)
    g = model.graph
    shapes = _static_shapes(model)
    consts = {t.name: _to_torch(numpy_helper.to_array(t))
              for t in g.initializer}
    outputs = {o.name for o in g.output}
    keep, new_inits, folded = [], [], 0
    for node in g.node:
        val = None
        if node.op_type == "Shape" and node.input[0] in shapes:
            a = _attrs(node)
            val = torch.tensor(shapes[node.input[0]][
                a.get("start", 0):a.get("end", None)], dtype=torch.int64)
        elif node.op_type != "Shape" and len(node.output) == 1 and \
                node.op_type in OPS and \
                all(n in consts for n in node.input if n):
            try:
                val = run_node(node, [consts[n] if n else None
                                      for n in node.input])[0]
            except NotImplementedError:
                val = None
        if val is None or node.output[0] in outputs:
            keep.append(node)
            continue
        consts[node.output[0]] = val
        new_inits.append(numpy_helper.from_array(np.ascontiguousarray(
            val.numpy()), node.output[0]))
        folded += 1
    _replace_nodes(g, keep, new_inits=new_inits)
    return model, folded


def remove_noop_pads(model):
    g = model.graph
    inits = {t.name: numpy_helper.to_array(t) for t in g.initializer}
    outputs = {o.name for o in g.output}
    alias, keep = {}, []
    for node in g.node:
        mode = _attrs(node).get("mode", b"constant")
        if node.op_type == "Pad" and mode in (b"constant", "constant") and \
                len(node.input) > 1 and node.input[1] in inits and \
                not inits[node.input[1]].any() and \
                node.output[0] not in outputs:
            alias[node.output[0]] = node.input[0]
        else:
            keep.append(node)
    _replace_nodes(g, keep, alias)
    return len(alias)


def remove_dead(model):
    g = model.graph
    live = {o.name for o in g.output}
    keep = []
    for node in reversed(list(g.node)):
        if any(o in live for o in node.output):
            keep.append(node)
            live.update(n for n in node.input if n)
    keep.reverse()
    removed = len(g.node) - len(keep)
    _replace_nodes(g, keep)
    inits = [t for t in g.initializer if t.name in live]
    dropped = len(g.initializer) - len(inits)
    del g.initializer[:]
    g.initializer.extend(inits)
    vis = [vi for vi in g.value_info if vi.name in live]
    del g.value_info[:]
    g.value_info.extend(vis)
    return removed, dropped


def cleanup(model):
    """Apply all clean-ups; returns (model, stats dict)."""
    stats = {"identity": strip_initializer_identities(model)}
    model, stats["folded"] = fold_constants(model)
    stats["noop_pad"] = remove_noop_pads(model)
    stats["dead_nodes"], stats["dead_inits"] = remove_dead(model)
    # value_info of removed values must not linger; re-infer from scratch
    del model.graph.value_info[:]
    return model, stats
