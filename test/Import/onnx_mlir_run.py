"""Helpers shared by the ONNX import numerics drivers.

Import an ONNX model with serenity-translate, run its function on given
inputs with the harness of utils/serenity_harness.py (the entry pass reads
the inputs from files, serenity-opt lowers the module with Serenity's
pipelines, mlir-runner runs it with the counting runtime, which writes every
output's bytes to a file), and read the outputs back as numpy arrays.
"""

import os
import subprocess
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "utils"))
import serenity_harness as harness  # noqa: E402

RunError = harness.RunError
runner_lib_dir = harness.runner_lib_dir

# Element types of the harness -> numpy.
_DTYPE = {
    "f64": np.float64, "f32": np.float32, "f16": np.float16,
    "i64": np.int64, "i32": np.int32, "i16": np.int16, "i8": np.int8,
    "i1": np.bool_,
}


class Program:
    """A module with the inputs to run its function on (build_main)."""

    def __init__(self, module_text, inputs, num_outputs):
        self.module_text = module_text
        self.inputs = [np.ascontiguousarray(a) for a in inputs]
        self.num_outputs = num_outputs


def build_main(module_text, inputs, output_like):
    """The imported function of `module_text`, to run on `inputs`;
    `output_like` gives the number of results."""
    return Program(module_text, inputs, len(output_like))


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


def lower_and_run(mlir_runner, lib_dir, program, timeout=300):
    """The outputs of `program`, flattened, as float64 arrays. The stages
    run in serenity-opt (found as serenity_harness.Tools finds it)."""
    tools = harness.Tools(mlir_runner=mlir_runner, lib_dir=lib_dir)
    with tempfile.TemporaryDirectory(prefix="onnx-run-") as tmp:
        source = os.path.join(tmp, "module.mlir")
        with open(source, "w") as f:
            f.write(program.module_text)
        lowered, signature = harness.compile_module(
            tools, source, tmp, inputs="file", weights="keep",
            stages=False, timeout=timeout)
        arguments = signature["arguments"]
        if len(arguments) != len(program.inputs):
            raise RunError("driver", "@%s takes %d inputs, %d given" % (
                signature["function"], len(arguments), len(program.inputs)))
        for i, (arg, arr) in enumerate(zip(arguments, program.inputs)):
            dtype = _DTYPE[arg["type"]]
            # The element count decides: ONNX test data stores some scalars
            # as [1].
            if arr.dtype != np.dtype(dtype) or arr.size != int(
                    np.prod(arg["shape"], dtype=np.int64)):
                raise RunError("driver", "input %d is %s%s, @%s takes %s%s" % (
                    i, arr.dtype, list(arr.shape), signature["function"],
                    arg["type"], arg["shape"]))
            with open(os.path.join(tmp, "input%d.bin" % i), "wb") as f:
                f.write(arr.astype(np.dtype(dtype).newbyteorder("=")).tobytes())
        dump = os.path.join(tmp, "outputs")
        events = harness.execute(tools, lowered, timeout=timeout,
                                 inputs_dir=tmp, dump_dir=dump)
        results = []
        for i, result in enumerate(signature["results"]):
            data = np.frombuffer(harness.read_output(dump, i),
                                 dtype=_DTYPE[result["type"]])
            results.append(data.astype(np.float64))
        if len(events["outputs"]) != program.num_outputs:
            raise RunError("run", "%d outputs, %d expected" % (
                len(events["outputs"]), program.num_outputs))
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
