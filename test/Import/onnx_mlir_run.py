"""Helpers shared by the ONNX import numerics drivers.

Import an ONNX model with serenity-translate, append a `main` that feeds
constant inputs to the imported function and prints its results, lower the
module with the TOSA -> LLVM pipeline, run it with mlir-runner, and parse the
printed tensors back into numpy arrays.
"""

import os
import re
import shutil
import subprocess

import numpy as np

# The lowering the issue prescribes, plus tosa-optional-decompositions (for
# tosa.transpose_conv2d, which tosa-to-linalg does not lower directly).
PIPELINE = (
    "builtin.module("
    "func.func(tosa-optional-decompositions,tosa-to-linalg-named,"
    "tosa-to-linalg,tosa-to-arith,tosa-to-tensor),"
    "one-shot-bufferize{bufferize-function-boundaries},"
    "buffer-deallocation-pipeline,convert-bufferization-to-memref,"
    "convert-linalg-to-loops,expand-strided-metadata,lower-affine,"
    "convert-scf-to-cf,convert-math-to-libm,finalize-memref-to-llvm,"
    "convert-to-llvm,reconcile-unrealized-casts)"
)

_ELT = {
    np.dtype("float32"): "f32",
    np.dtype("int64"): "i64",
    np.dtype("int32"): "i32",
    np.dtype("bool"): "i1",
}


class RunError(Exception):
    """A step failed; `stage` says which, the message holds its stderr."""

    def __init__(self, stage, message):
        super().__init__(message)
        self.stage = stage


def tensor_type(arr):
    elt = _ELT.get(arr.dtype)
    if elt is None:
        raise RunError("driver", "unsupported dtype %s" % arr.dtype)
    dims = "".join("%dx" % d for d in arr.shape)
    return "tensor<%s%s>" % (dims, elt)


def _nested(arr):
    if arr.ndim == 0:
        return "true" if bool(arr) else "false"
    return "[" + ", ".join(_nested(a) for a in arr) + "]"


def dense_literal(arr):
    if arr.dtype == np.bool_:
        return "dense<%s>" % _nested(arr)
    little = arr.astype(arr.dtype.newbyteorder("<"))
    return 'dense<"0x%s">' % little.tobytes().hex().upper()


def function_name(module_text):
    m = re.search(r'func\.func @("[^"]+"|[\w.$-]+)\(', module_text)
    if not m:
        raise RunError("driver", "no func.func in the imported module")
    return m.group(1)


def build_main(module_text, inputs, output_like):
    """Appends `@main` calling the imported function on constant `inputs`;
    `output_like` gives the result types."""
    fn = function_name(module_text)
    lines = [
        "  func.func private @printMemrefF32(tensor<*xf32>)",
        "  func.func private @printMemrefI64(tensor<*xi64>)",
        "  func.func private @printMemrefI32(tensor<*xi32>)",
        "  func.func @main() {",
    ]
    args = []
    for i, arr in enumerate(inputs):
        lines.append("    %%in%d = arith.constant %s : %s"
                     % (i, dense_literal(arr), tensor_type(arr)))
        args.append("%%in%d" % i)
    in_types = ", ".join(tensor_type(a) for a in inputs)
    out_types = ", ".join(tensor_type(a) for a in output_like)
    n = len(output_like)
    res = "%r" if n == 1 else "%%r:%d" % n
    lines.append("    %s = call @%s(%s) : (%s) -> (%s)"
                 % (res, fn, ", ".join(args), in_types, out_types))
    for i, arr in enumerate(output_like):
        r = "%r" if n == 1 else "%%r#%d" % i
        t = tensor_type(arr)
        if arr.dtype == np.bool_:
            t32 = t.replace("xi1>", "xi32>").replace("<i1>", "<i32>")
            lines.append("    %%x%d = tosa.cast %s : (%s) -> %s" % (i, r, t, t32))
            r, t = "%%x%d" % i, t32
        elt = t[t.rfind("x") + 1:-1] if "x" in t else t[7:-1]
        fn_print = {"f32": "printMemrefF32", "i64": "printMemrefI64",
                    "i32": "printMemrefI32"}[elt]
        lines.append("    %%u%d = tensor.cast %s : %s to tensor<*x%s>"
                     % (i, r, t, elt))
        lines.append("    call @%s(%%u%d) : (tensor<*x%s>) -> ()"
                     % (fn_print, i, elt))
    lines.append("    return")
    lines.append("  }")
    body, sep, resources = module_text.partition("{-#")
    body = body.rstrip()
    assert body.endswith("}")
    return body[:-1] + "\n".join(lines) + "\n}\n" + sep + resources


def runner_lib_dir(lib_dir, mlir_runner):
    """`lib_dir`, or the lib/ beside the mlir-runner binary when empty."""
    if lib_dir:
        return lib_dir
    path = shutil.which(mlir_runner) or mlir_runner
    return os.path.join(os.path.dirname(os.path.realpath(path)), "..", "lib")


def run(cmd, stage, stdin=None, timeout=300):
    try:
        p = subprocess.run(cmd, input=stdin, capture_output=True,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RunError(stage, "timed out")
    if p.returncode != 0:
        raise RunError(stage, p.stderr.decode(errors="replace").strip())
    return p.stdout


def import_model(translate, model_path, extra_args=()):
    return run([translate, "--import-onnx", model_path, *extra_args],
               "import").decode()


def lower_and_run(mlir_opt, mlir_runner, lib_dir, module_text):
    lowered = run([mlir_opt, "--pass-pipeline=" + PIPELINE, "-"], "lower",
                  stdin=module_text.encode())
    libs = ",".join("%s/%s" % (lib_dir, l) for l in
                    ("libmlir_c_runner_utils.so", "libmlir_runner_utils.so"))
    out = run([mlir_runner, "-e", "main", "-entry-point-result=void",
               "-shared-libs=" + libs], "run", stdin=lowered)
    return parse_printed(out.decode())


_NUM = re.compile(r"-?nan|-?inf|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def parse_printed(text):
    """Arrays printed by printMemref*, flattened, in order."""
    results = []
    for chunk in text.split("Unranked Memref")[1:]:
        data = chunk.split("data =", 1)[1]
        results.append(np.array([float(x) for x in _NUM.findall(data)]))
    return results


def compare(got, ref, rtol, atol):
    """Returns (ok, max_abs_error)."""
    ref = np.asarray(ref, dtype=np.float64).reshape(-1)
    if got.size != ref.size:
        return False, float("inf")
    if ref.size == 0:
        return True, 0.0
    err = np.abs(got - ref)
    both_nan = np.isnan(got) & np.isnan(ref)
    same_inf = np.isinf(ref) & (got == ref)
    err = np.where(both_nan | same_inf, 0.0, err)
    ok = bool(np.all(err <= atol + rtol * np.abs(np.where(np.isinf(ref), 0, ref))))
    return ok, float(np.nanmax(err)) if err.size else 0.0
