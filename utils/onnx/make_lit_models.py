#!/usr/bin/python3
"""Generates the small hand-built ONNX models used by the FileCheck tests in
test/Import (run once with /usr/bin/python3; the outputs are committed).

    /usr/bin/python3 utils/onnx/make_lit_models.py test/Import/Inputs
"""

import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

RNG = np.random.default_rng(0)


def weights(name, *shape):
    return numpy_helper.from_array(
        RNG.standard_normal(shape).astype(np.float32), name)


def ints(name, values):
    return numpy_helper.from_array(np.array(values, dtype=np.int64), name)


def vi(name, shape, elt=TensorProto.FLOAT):
    return helper.make_tensor_value_info(name, elt, shape)


def save(out_dir, name, nodes, inputs, outputs, inits=(), opset=13):
    graph = helper.make_graph(nodes, name, inputs, outputs, list(inits))
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 8
    onnx.save(model, os.path.join(out_dir, name + ".onnx"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    N = helper.make_node

    # Layout: a 4-D graph input and output, a chain of layout-sensitive ops,
    # and a classifier head (Flatten of a 4-D value).
    save(out, "layout", [
        N("Conv", ["x", "w1", "b1"], ["c1"], name="conv1", pads=[1, 1, 1, 1]),
        N("Relu", ["c1"], ["r1"], name="relu1"),
        N("Conv", ["x", "w2"], ["c2"], name="conv2", pads=[1, 1, 1, 1]),
        N("Concat", ["r1", "c2"], ["cat"], name="cat", axis=1),
        N("MaxPool", ["cat"], ["y"], name="pool", kernel_shape=[2, 2],
          strides=[2, 2]),
        N("GlobalAveragePool", ["y"], ["gap"], name="gap"),
        N("Flatten", ["gap"], ["flat"], name="flatten"),
        N("Gemm", ["flat", "fc_w", "fc_b"], ["logits"], name="fc", transB=1),
    ], [vi("x", [1, 3, 8, 8])], [vi("y", [1, 8, 4, 4]), vi("logits", [1, 5])],
        [weights("w1", 4, 3, 3, 3), weights("b1", 4), weights("w2", 4, 3, 3, 3),
         weights("fc_w", 5, 8), weights("fc_b", 5), weights("unused", 7)])

    # Convolution family.
    save(out, "convs", [
        N("Conv", ["x", "wg"], ["g"], name="grouped", group=2,
          pads=[1, 1, 1, 1]),
        N("Conv", ["g", "wd", "bd"], ["d"], name="depthwise", group=4,
          auto_pad="SAME_UPPER", strides=[2, 2]),
        N("Conv", ["d", "wl"], ["l"], name="dilated", dilations=[2, 2],
          pads=[2, 2, 2, 2]),
        N("ConvTranspose", ["l", "wt"], ["t"], name="up", strides=[2, 2],
          pads=[1, 1, 1, 1], output_padding=[1, 1]),
        N("AveragePool", ["t"], ["a"], name="avg", kernel_shape=[3, 3],
          pads=[1, 1, 1, 1], count_include_pad=1),
        N("BatchNormalization", ["a", "s", "bb", "m", "v"], ["y"], name="bn"),
    ], [vi("x", [1, 4, 9, 9])], [vi("y", [1, 2, 10, 10])],
        [weights("wg", 4, 2, 3, 3), weights("wd", 4, 1, 3, 3), weights("bd", 4),
         weights("wl", 4, 4, 3, 3), weights("wt", 4, 2, 3, 3),
         weights("s", 2), weights("bb", 2), weights("m", 2),
         numpy_helper.from_array(np.array([1.0, 2.0], np.float32), "v")])

    # Elementwise and activations, with broadcasting against a [C,1,1]
    # constant.
    save(out, "elementwise", [
        N("Conv", ["x", "w"], ["c"], name="conv"),
        N("Clip", ["c", "lo", "hi"], ["clip"], name="relu6"),
        N("LeakyRelu", ["clip"], ["lr"], name="leaky", alpha=0.2),
        N("Sigmoid", ["lr"], ["sg"], name="sig"),
        N("HardSigmoid", ["sg"], ["hs"], name="hsig"),
        N("HardSwish", ["hs"], ["hw"], name="hswish"),
        N("Tanh", ["hw"], ["th"], name="tanh"),
        N("Add", ["th", "bias"], ["add"], name="add"),
        N("Sub", ["add", "x"], ["sub"], name="sub"),
        N("Mul", ["sub", "bias"], ["mul"], name="mul"),
        N("Div", ["mul", "two"], ["y"], name="div"),
    ], [vi("x", [1, 3, 4, 4])], [vi("y", [1, 3, 4, 4])],
        [weights("w", 3, 3, 1, 1), weights("bias", 3, 1, 1),
         numpy_helper.from_array(np.array(0.0, np.float32), "lo"),
         numpy_helper.from_array(np.array(6.0, np.float32), "hi"),
         numpy_helper.from_array(np.array(2.0, np.float32), "two")])

    # Shape subgraph folded to a constant, plus layout-sensitive data ops.
    save(out, "shapes", [
        N("Conv", ["x", "w"], ["c"], name="conv"),
        N("Shape", ["c"], ["shape"], name="shape"),
        N("Gather", ["shape", "zero"], ["batch"], name="gather", axis=0),
        N("Unsqueeze", ["batch", "axes0"], ["batch1"], name="unsq"),
        N("Concat", ["batch1", "minus1"], ["newshape"], name="newshape", axis=0),
        N("Slice", ["c", "st", "en", "ax"], ["sl"], name="slice"),
        N("Split", ["sl", "splits"], ["s0", "s1"], name="split", axis=1),
        N("Pad", ["s0", "pads"], ["pd"], name="pad"),
        N("ReduceMean", ["pd"], ["rm"], name="mean", axes=[2, 3], keepdims=1),
        N("Softmax", ["s1"], ["sm"], name="softmax", axis=1),
        N("Resize", ["sm", "", "scales"], ["rs"], name="resize",
          mode="nearest"),
        N("Transpose", ["rs"], ["tp"], name="transpose", perm=[0, 2, 3, 1]),
        N("Reshape", ["c", "newshape"], ["y"], name="reshape"),
    ], [vi("x", [2, 3, 4, 4])],
        [vi("y", [2, 48]), vi("rm", [2, 1, 1, 1]), vi("tp", None)],
        [weights("w", 3, 3, 1, 1), ints("zero", 0), ints("axes0", [0]),
         ints("minus1", [-1]), ints("st", [0, 1]), ints("en", [3, 4]),
         ints("ax", [1, 2]), ints("splits", [1, 2]),
         ints("pads", [0, 0, 1, 1, 0, 0, 1, 1]),
         numpy_helper.from_array(np.array([1, 1, 2, 2], np.float32), "scales")])

    # Error cases.
    save(out, "unsupported_op", [
        N("Relu", ["x"], ["r"], name="ok"),
        N("LRN", ["r"], ["y"], name="norm1", size=3),
    ], [vi("x", [1, 3, 4, 4])], [vi("y", [1, 3, 4, 4])])
    save(out, "opset8", [N("Relu", ["x"], ["y"], name="relu")],
         [vi("x", [1, 3])], [vi("y", [1, 3])], opset=8)
    save(out, "dynamic", [
        N("Conv", ["x", "w"], ["y"], name="conv"),
    ], [vi("x", ["N", 3, 4, 4])], [vi("y", ["N", 2, 4, 4])],
        [weights("w", 2, 3, 1, 1)])
    save(out, "missing_input", [
        N("Add", ["x", "ghost"], ["y"], name="add_ghost"),
    ], [vi("x", [2, 2])], [vi("y", [2, 2])])
    save(out, "runtime_shape", [
        N("Reshape", ["x", "s"], ["y"], name="reshape_dyn"),
    ], [vi("x", [2, 3]), vi("s", [2], TensorProto.INT64)], [vi("y", [3, 2])])

    # DARTS' FactorizedReduce: x[:, :, 1:, 1:], exported with ends = INT64_MAX
    # ("to the end").
    big = np.iinfo(np.int64).max
    save(out, "slice_to_end", [
        N("Relu", ["x"], ["r"], name="relu"),
        N("Slice", ["r", "st", "en", "ax"], ["y"], name="slice_to_end"),
    ], [vi("x", [1, 4, 8, 8])], [vi("y", [1, 4, 7, 7])],
        [ints("st", [1, 1]), ints("en", [big, big]), ints("ax", [2, 3])])


if __name__ == "__main__":
    main()
