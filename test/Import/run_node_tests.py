#!/usr/bin/env python3
"""Runs ONNX's node test suite (libonnx-testdata) through serenity-translate,
the TOSA lowering pipeline and mlir-runner, and compares with the reference
outputs. Models of opsets 7 and 8 are converted by the importer itself.

Every case of a supported operator family is run. A case whose import fails
is a failure unless it is listed in EXPECTED_UNSUPPORTED with the reason;
such a case is reported as skipped (and still run, and counted as passed, if
it imports after all). Prints one line per family, the failures, and a last
line "N passed, M failed, K skipped"; exits non-zero on any failure or when
fewer than --min-passed cases passed.
"""

import argparse
import concurrent.futures
import glob
import os
import re
import shutil
import sys
import tempfile

import numpy as np
import onnx
from onnx import numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import onnx_mlir_run as omr  # noqa: E402

# Operator family -> regex over the test name (without "test_").
FAMILIES = [
    ("Conv", r"(basic_conv_with|basic_conv_without|conv_with)"),
    ("ConvTranspose", r"convtranspose"),
    ("Relu", r"relu$"),
    ("Clip", r"clip"),
    ("LeakyRelu", r"leakyrelu"),
    ("Sigmoid", r"sigmoid"),
    ("HardSigmoid", r"hardsigmoid"),
    ("HardSwish", r"hardswish"),
    ("Tanh", r"tanh"),
    ("Add", r"add(_bcast|_uint8)?$"),
    ("Sub", r"sub(_bcast|_example|_uint8)?$"),
    ("Mul", r"mul(_bcast|_example|_uint8)?$"),
    ("Div", r"div(_bcast|_example|_uint8)?$"),
    ("Concat", r"concat_"),
    ("Split", r"split_"),
    ("Slice", r"slice"),
    ("MaxPool", r"maxpool_"),
    ("AveragePool", r"averagepool_"),
    ("GlobalAveragePool", r"globalaveragepool"),
    ("GlobalMaxPool", r"globalmaxpool"),
    ("ReduceMean", r"reduce_mean_"),
    ("ReduceSum", r"reduce_sum_(?!square)"),
    ("ReduceMax", r"reduce_max_"),
    ("ReduceMin", r"reduce_min_"),
    ("ReduceProd", r"reduce_prod_"),
    ("BatchNormalization", r"batchnorm_"),
    ("Gemm", r"gemm_"),
    ("MatMul", r"matmul_\dd"),
    ("Flatten", r"flatten_"),
    ("Reshape", r"reshape_"),
    ("Transpose", r"transpose_"),
    ("Squeeze", r"squeeze"),
    ("Unsqueeze", r"unsqueeze"),
    ("Pad", r"(constant_pad|edge_pad|reflect_pad)$"),
    ("Softmax", r"softmax_"),
    ("LogSoftmax", r"logsoftmax_"),
    ("Resize", r"resize_"),
    ("Upsample", r"upsample_"),
    ("Constant", r"constant$"),
    ("ConstantOfShape", r"constantofshape_"),
    ("Identity", r"identity$"),
    ("Shape", r"shape"),
    ("Gather", r"gather_(0|1|2d|negative)"),
    ("Cast", r"cast_"),
    ("Dropout", r"dropout_"),
    ("Exp", r"exp(_example)?$"),
    ("Log", r"log(_example)?$"),
    ("Abs", r"abs$"),
    ("Neg", r"neg(_example)?$"),
    ("Sqrt", r"sqrt(_example)?$"),
    ("Reciprocal", r"reciprocal"),
    ("Floor", r"floor(_example)?$"),
    ("Ceil", r"ceil(_example)?$"),
    ("Erf", r"erf$"),
    ("Sin", r"sin(_example)?$"),
    ("Cos", r"cos(_example)?$"),
    ("Elu", r"elu(_default|_example)?$"),
    ("Softplus", r"softplus"),
    ("PRelu", r"prelu_"),
    ("Where", r"where_"),
    ("Pow", r"pow(_bcast_array|_bcast_scalar|_example)?$"),
    ("Max", r"max_(example|float32|one_input|two_inputs|int32|int64)$"),
    ("Min", r"min_(example|float32|one_input|two_inputs|int32|int64)$"),
    ("Sum", r"sum_(example|one_input|two_inputs)$"),
    ("Mean", r"mean_(example|one_input|two_inputs)$"),
    ("Equal", r"equal(_bcast)?$"),
    ("Greater", r"greater(_bcast|_equal|_equal_bcast)?$"),
    ("Less", r"less(_bcast|_equal|_equal_bcast)?$"),
    ("Tile", r"tile"),
    ("Expand", r"expand_"),
    ("Range", r"range_"),
    ("LayerNormalization", r"layer_normalization_"),
    ("InstanceNormalization", r"instancenorm_"),
    ("Einsum", r"einsum_"),
    ("Mod", r"mod_"),
    ("Not", r"not_"),
    ("And", r"and(\d|_bcast)"),
    ("Or", r"or(\d|_bcast)"),
    ("Xor", r"xor(\d|_bcast)"),
]

# Cases of supported families that use attributes or types the importer
# rejects on purpose, with the reason. Anything else that fails is a bug.
EXPECTED_UNSUPPORTED = {
    "test_convtranspose_1d":
        "1-D ConvTranspose (only 2-D)",
    "test_convtranspose_3d":
        "3-D ConvTranspose (only 2-D)",
    "test_convtranspose_dilations":
        "dilated ConvTranspose",
    "test_split_zero_size_splits":
        "zero-sized tensors",
    "test_slice_start_out_of_bounds":
        "zero-sized tensors",
    "test_maxpool_1d_default":
        "1-D pooling (only 2-D)",
    "test_maxpool_3d_default":
        "3-D pooling (only 2-D)",
    "test_maxpool_2d_dilations":
        "dilated pooling",
    "test_maxpool_with_argmax_2d_precomputed_pads":
        "MaxPool Indices output",
    "test_maxpool_with_argmax_2d_precomputed_strides":
        "MaxPool Indices output",
    "test_averagepool_1d_default":
        "1-D pooling (only 2-D)",
    "test_averagepool_3d_default":
        "3-D pooling (only 2-D)",
    "test_batchnorm_epsilon_training_mode":
        "training-mode BatchNormalization",
    "test_batchnorm_example_training_mode":
        "training-mode BatchNormalization",
    "test_reshape_allowzero_reordered":
        "zero-sized tensors",
    "test_edge_pad":
        "Pad mode 'edge'",
    "test_reflect_pad":
        "Pad mode 'reflect'",
    "test_resize_downsample_scales_cubic":
        "Resize mode 'cubic'",
    "test_resize_downsample_scales_cubic_A_n0p5_exclude_outside":
        "Resize mode 'cubic'",
    "test_resize_downsample_scales_cubic_align_corners":
        "Resize mode 'cubic'",
    "test_resize_downsample_sizes_cubic":
        "Resize mode 'cubic'",
    "test_resize_upsample_scales_cubic":
        "Resize mode 'cubic'",
    "test_resize_upsample_scales_cubic_A_n0p5_exclude_outside":
        "Resize mode 'cubic'",
    "test_resize_upsample_scales_cubic_align_corners":
        "Resize mode 'cubic'",
    "test_resize_upsample_scales_cubic_asymmetric":
        "Resize mode 'cubic'",
    "test_resize_upsample_sizes_cubic":
        "Resize mode 'cubic'",
    "test_resize_downsample_sizes_nearest_tf_half_pixel_for_nn":
        "coordinate_transformation_mode 'tf_half_pixel_for_nn'",
    "test_resize_tf_crop_and_resize":
        "coordinate_transformation_mode 'tf_crop_and_resize'",
    "test_mod_broadcast":
        "Mod on runtime tensors (folded on import-time constants only)",
    "test_mod_int64_fmod":
        "Mod on runtime tensors (folded on import-time constants only)",
    "test_mod_mixed_sign_float32":
        "Mod on runtime tensors (folded on import-time constants only)",
    "test_mod_mixed_sign_int32":
        "Mod on runtime tensors (folded on import-time constants only)",
    "test_mod_mixed_sign_int64":
        "Mod on runtime tensors (folded on import-time constants only)",
    "test_constantofshape_int_shape_zero":
        "zero-sized tensors",
}


def family_of(name):
    base = name[len("test_"):]
    if base.endswith("_expanded"):
        return None
    for fam, rx in FAMILIES:
        if re.match(rx, base):
            return fam
    return None


def load_pb(path):
    t = onnx.TensorProto()
    with open(path, "rb") as f:
        t.ParseFromString(f.read())
    return numpy_helper.to_array(t)


SUPPORTED_TYPES = {onnx.TensorProto.FLOAT, onnx.TensorProto.INT64,
                   onnx.TensorProto.INT32, onnx.TensorProto.BOOL}


def unsupported_reason(model):
    """Why the importer rejects this model by design, or None."""
    opset = max((o.version for o in model.opset_import
                 if o.domain in ("", "ai.onnx")), default=0)
    if not 7 <= opset <= 17:
        return "opset %d outside 7-17" % opset
    for vi in list(model.graph.input) + list(model.graph.output):
        t = vi.type.tensor_type.elem_type
        if t not in SUPPORTED_TYPES:
            return "element type %s" % onnx.TensorProto.DataType.Name(t)
    return None


def sorted_pbs(pattern):
    return sorted(glob.glob(pattern),
                  key=lambda p: int(re.findall(r"\d+", os.path.basename(p))[0]))


_CONST_INPUT = re.compile(r"\(input '([^']+)'\) must be known at import time")


def run_case(args, case_dir, tmp_dir):
    """Imports, runs and checks one case. Inputs the importer needs at import
    time (shapes, axes, pads, ... which real models hold as initializers) are
    moved into the initializers, one by one, as the importer asks for them."""
    name = os.path.basename(case_dir)
    data = os.path.join(case_dir, "test_data_set_0")
    model = onnx.load(os.path.join(case_dir, "model.onnx"))
    path = os.path.join(case_dir, "model.onnx")
    reason = unsupported_reason(model)
    if reason:
        return name, "skip", reason
    init_names = {i.name for i in model.graph.initializer}
    graph_inputs = [i.name for i in model.graph.input if i.name not in init_names]
    feeds = dict(zip(graph_inputs, [load_pb(p) for p in sorted_pbs(data + "/input_*.pb")]))
    refs = [load_pb(p) for p in sorted_pbs(data + "/output_*.pb")]
    baked = []
    while True:
        try:
            text = omr.import_model(args.translate, path)
            break
        except omr.RunError as e:
            m = _CONST_INPUT.search(str(e))
            if m and m.group(1) in feeds and m.group(1) not in baked:
                baked.append(m.group(1))
                arr = feeds[m.group(1)]
                model.graph.initializer.append(
                    numpy_helper.from_array(arr, m.group(1)))
                path = os.path.join(tmp_dir, name + ".onnx")
                onnx.save(model, path)
                continue
            if name in EXPECTED_UNSUPPORTED:
                return name, "skip", EXPECTED_UNSUPPORTED[name]
            return name, "fail", "import: " + str(e).splitlines()[-1]
    inputs = [feeds[n] for n in graph_inputs if n not in baked]
    note = " (constant inputs: %s)" % ", ".join(baked) if baked else ""
    try:
        module = omr.build_main(text, inputs, refs)
        got = omr.lower_and_run(args.mlir_runner, args.lib_dir, module)
    except omr.RunError as e:
        return name, "fail", "%s: %s" % (e.stage, str(e)[-300:])
    if len(got) != len(refs):
        return name, "fail", "expected %d outputs, printed %d" % (len(refs), len(got))
    worst = 0.0
    for g, r in zip(got, refs):
        ok, err = omr.compare(g, r, args.rtol, args.atol)
        worst = max(worst, err)
        if not ok:
            return name, "fail", "mismatch, max abs error %g%s" % (err, note)
    return name, "pass", "max abs error %g%s" % (worst, note)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--translate", required=True)
    ap.add_argument("--mlir-runner", required=True)
    ap.add_argument("--lib-dir", default="",
                    help="dir of the runner libraries (default: next to "
                         "mlir-runner's lib/)")
    ap.add_argument("--data-dir", default="/usr/share/libonnx-testdata/data/node")
    ap.add_argument("--filter", default="")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rtol", type=float, default=1e-3)
    ap.add_argument("--atol", type=float, default=1e-4)
    ap.add_argument("--min-passed", type=int, default=0)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    args.lib_dir = omr.runner_lib_dir(args.lib_dir, args.mlir_runner)

    cases = []
    for d in sorted(glob.glob(os.path.join(args.data_dir, "test_*"))):
        fam = family_of(os.path.basename(d))
        if fam and re.search(args.filter, os.path.basename(d)) and \
                os.path.exists(os.path.join(d, "test_data_set_0")):
            cases.append((fam, d))
    if not cases:
        print("no test cases found under %s" % args.data_dir)
        return 1

    results = {}
    tmp_dir = tempfile.mkdtemp(prefix="serenity-node-tests-")
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futs = {pool.submit(run_case, args, d, tmp_dir): fam for fam, d in cases}
        for f in concurrent.futures.as_completed(futs):
            name, status, detail = f.result()
            results.setdefault(futs[f], []).append((name, status, detail))
    shutil.rmtree(tmp_dir, ignore_errors=True)

    totals = {"pass": 0, "fail": 0, "skip": 0}
    for fam, _ in FAMILIES:
        rs = sorted(results.get(fam, []))
        if not rs:
            continue
        c = {k: sum(1 for r in rs if r[1] == k) for k in totals}
        for k in totals:
            totals[k] += c[k]
        print("%-20s %3d passed, %d failed, %d skipped"
              % (fam + ":", c["pass"], c["fail"], c["skip"]))
        for name, status, detail in rs:
            if status != "pass" or args.verbose:
                print("    %-4s %s: %s" % (status.upper(), name, detail))
    print("%d passed, %d failed, %d skipped"
          % (totals["pass"], totals["fail"], totals["skip"]))
    if totals["fail"] or totals["pass"] < args.min_passed:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
