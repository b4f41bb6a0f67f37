# -*- Python -*-

import os
import shutil

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "SERENITY"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.serenity_obj_root, "test")
config.excludes = ["Inputs", "CMakeLists.txt", "README.txt", "lit.cfg.py",
                   "lit.site.cfg.py"]

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%shlibext", ".so"))
config.substitutions.append(("%serenity_src", config.serenity_src_root))
config.substitutions.append(("%serenity_lib_dir", config.serenity_lib_dir))
config.substitutions.append(("%mlir_lib_dir", config.mlir_lib_dir))
config.substitutions.append(("%host_python", config.host_python))
config.substitutions.append(("%serenity_obj_root", config.serenity_obj_root))
config.substitutions.append(("%cmake", config.cmake_command))
config.substitutions.append(("%cxx", config.cxx_compiler))
config.substitutions.append(("%serenity_run", os.path.join(config.serenity_src_root, "utils", "serenity-run.py") + " --build-dir " + config.serenity_obj_root))

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.use_default_substitutions()

llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
# utils/serenity_harness.py finds serenity-opt and the runtime here.
llvm_config.with_environment("SERENITY_BUILD_DIR", config.serenity_obj_root)

tool_dirs = [config.serenity_tools_dir, config.llvm_tools_dir]
tools = [
    "serenity-opt",
    ToolSubst("mlir-opt", unresolved="fatal"),
    ToolSubst("mlir-runner", unresolved="ignore"),
    ToolSubst("serenity-translate", unresolved="ignore"),
    ToolSubst("serenity-sched-bench", unresolved="ignore"),
    ToolSubst("serenity-bench", unresolved="ignore"),
]
llvm_config.add_tool_substitutions(tools, tool_dirs)

if config.serenity_enable_onnx:
    config.available_features.add("onnx")
if os.path.exists(config.host_python):
    config.available_features.add("host-python")
# test/Format checks the sources with clang-format.
if shutil.which("clang-format"):
    config.available_features.add("clang-format")
# Memory-error regression tests run serenity-opt under valgrind.
if shutil.which("valgrind"):
    config.available_features.add("valgrind")
