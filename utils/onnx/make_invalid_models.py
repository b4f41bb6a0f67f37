#!/usr/bin/python3
"""Writes small ONNX models that the importer must reject (or, for the old
opsets, convert) into a directory; run by test/Import/invalid-graphs.test
and test/Import/opsets.test, so every model is built by the test itself.

    /usr/bin/python3 utils/onnx/make_invalid_models.py OUT_DIR

Each model is named after what is wrong with it. `checker.check_model` is
deliberately not run: these graphs are invalid on purpose.
"""

import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

N = helper.make_node


def vi(name, shape, elt=TensorProto.FLOAT):
    return helper.make_tensor_value_info(name, elt, shape)


def ints(name, values):
    return numpy_helper.from_array(np.array(values, dtype=np.int64), name)


def floats(name, *shape):
    rng = np.random.default_rng(0)
    return numpy_helper.from_array(
        rng.standard_normal(shape).astype(np.float32), name)


def save(out, name, nodes, inputs, outputs, inits=(), opset=13):
    graph = helper.make_graph(nodes, name, inputs, outputs, list(inits))
    model = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", opset)])
    model.ir_version = 8
    with open(os.path.join(out, name + ".onnx"), "wb") as f:
        f.write(model.SerializeToString())


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    x4 = [vi("x", [1, 4, 8, 8])]

    # Zero strides: ONNX's own shape inference divides by them (SIGFPE).
    for op, extra in (("Conv", {}), ("MaxPool", {"kernel_shape": [2, 2]}),
                      ("AveragePool", {"kernel_shape": [2, 2]})):
        for tag, strides in (("zero_strides", [0, 0]), ("one_zero_stride",
                                                        [1, 0])):
            inputs = ["x", "w"] if op == "Conv" else ["x"]
            inits = [floats("w", 4, 4, 3, 3)] if op == "Conv" else []
            save(out, "%s_%s" % (op.lower(), tag),
                 [N(op, inputs, ["y"], name="n", strides=strides, **extra)],
                 x4, [vi("y", None)], inits)
    save(out, "conv_zero_dilation",
         [N("Conv", ["x", "w"], ["y"], name="n", dilations=[0, 1])],
         x4, [vi("y", None)], [floats("w", 4, 4, 3, 3)])
    save(out, "conv_zero_group",
         [N("Conv", ["x", "w"], ["y"], name="n", group=0)],
         x4, [vi("y", None)], [floats("w", 4, 4, 3, 3)])
    save(out, "maxpool_zero_kernel",
         [N("MaxPool", ["x"], ["y"], name="n", kernel_shape=[0, 2])],
         x4, [vi("y", None)])

    # Undefined and duplicated names.
    save(out, "conv_undefined_bias",
         [N("Conv", ["x", "w", "ghost_bias"], ["y"], name="conv")],
         x4, [vi("y", None)], [floats("w", 4, 4, 3, 3)])
    save(out, "relu_extra_input",
         [N("Relu", ["x", "ghost"], ["y"], name="relu")], x4, [vi("y", None)])
    save(out, "duplicate_output",
         [N("Relu", ["x"], ["y"], name="first"),
          N("Sigmoid", ["x"], ["y"], name="second")], x4, [vi("y", None)])
    save(out, "output_overwrites_input",
         [N("Relu", ["x"], ["x"], name="relu")], x4, [vi("x", None)])

    # Several unsupported operators: all are named in the one error.
    save(out, "unsupported_ops",
         [N("LRN", ["x"], ["a"], name="lrn", size=3),
          N("Celu", ["a"], ["b"], name="celu"),
          N("LRN", ["b"], ["c"], name="lrn2", size=3),
          N("Shrink", ["c"], ["y"], name="shrink")], x4, [vi("y", None)])

    # 2^67-element results.
    x2 = [vi("x", [1, 4])]
    save(out, "tile_huge",
         [N("Tile", ["x", "r"], ["y"], name="tile")], x2, [vi("y", None)],
         [ints("r", [2**33, 2**32])])
    save(out, "tile_overflow",
         [N("Tile", ["x", "r"], ["y"], name="tile")], x2, [vi("y", None)],
         [ints("r", [2**62, 2**62])])
    save(out, "pad_huge",
         [N("Pad", ["x", "p"], ["y"], name="pad")], x2, [vi("y", None)],
         [ints("p", [0, 0, 2**33, 2**34])])
    save(out, "expand_huge",
         [N("Expand", ["x", "s"], ["y"], name="expand")], x2, [vi("y", None)],
         [ints("s", [2**40, 2**30, 4])])
    save(out, "constant_of_shape_huge",
         [N("ConstantOfShape", ["s"], ["c"], name="cos"),
          N("Add", ["x", "c"], ["y"], name="add")], x2, [vi("y", None)],
         [ints("s", [2**31, 2**31, 4])])

    # Opsets: 6 is older than the oldest supported, 18 newer than ONNX 1.12
    # knows; 7 and 8 go through the version converter.
    relu = [N("Relu", ["x"], ["y"], name="relu")]
    for opset in (6, 7, 8, 18):
        save(out, "relu_opset%d" % opset, relu, x2, [vi("y", [1, 4])],
             opset=opset)
    # Opset 7 Upsample (scales as an attribute, removed in opset 9).
    save(out, "upsample_opset7",
         [N("Upsample", ["x"], ["y"], name="up", scales=[1.0, 1.0, 2.0, 2.0],
            mode="nearest")], x4, [vi("y", [1, 4, 16, 16])], opset=7)
    # Weights in an external file (as torch saves models over 2 GiB), one
    # whose location leaves the model's directory, one pointing past the end.
    def external(name, location, offset=None):
        graph = helper.make_graph(
            [N("Conv", ["x", "w"], ["y"], name="conv", pads=[1, 1, 1, 1])],
            name, x4, [vi("y", [1, 2, 8, 8])], [floats("w", 2, 4, 3, 3)])
        model = helper.make_model(
            graph, opset_imports=[helper.make_opsetid("", 13)])
        model.ir_version = 8
        onnx.save_model(model, os.path.join(out, name + ".onnx"),
                        save_as_external_data=True, location=name + ".bin",
                        size_threshold=0)
        if location is not None or offset is not None:
            m = onnx.load(os.path.join(out, name + ".onnx"),
                          load_external_data=False)
            for e in m.graph.initializer[0].external_data:
                if e.key == "location" and location is not None:
                    e.value = location
                if e.key == "offset" and offset is not None:
                    e.value = str(offset)
            if offset is not None and not any(
                    e.key == "offset" for e in m.graph.initializer[0].external_data):
                m.graph.initializer[0].external_data.add(key="offset",
                                                          value=str(offset))
            onnx.save_model(m, os.path.join(out, name + ".onnx"))
    external("external_data", None)
    external("external_data_escapes", "../weights.bin")
    external("external_data_past_end", None, offset=1 << 20)

    # A graph name that needs quoting in MLIR.
    save(out, "Model from PaddlePaddle.", relu, x2, [vi("y", [1, 4])])


if __name__ == "__main__":
    main()
