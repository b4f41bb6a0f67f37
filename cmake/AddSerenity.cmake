# Helpers for Serenity's own libraries.
#
# Our libraries are static, position independent, and link MLIR through
# mlir_target_link_libraries, which resolves to libMLIR.so because
# MLIR_LINK_MLIR_DYLIB is on: the tools, the mlir-opt plugin and downstream
# users all share the one MLIR that stock mlir-opt uses. Every library joins
# the SerenityTargets export set, installed as find_package(Serenity).

# add_serenity_library(name sources...
#   [DEPENDS targets...]        tablegen targets to build first
#   [LINK_LIBS libs...]         Serenity libraries and other non-MLIR libraries
#   [MLIR_LIBS libs...]         MLIR libraries (become libMLIR.so)
#   [LLVM_SUPPORT])             link only LLVM's Support (MLIR-free libraries)
function(add_serenity_library name)
  cmake_parse_arguments(ARG "LLVM_SUPPORT" "" "DEPENDS;LINK_LIBS;MLIR_LIBS"
    ${ARGN})
  add_library(${name} STATIC ${ARG_UNPARSED_ARGUMENTS})
  set_target_properties(${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  add_dependencies(${name} mlir-generic-headers)
  if(ARG_DEPENDS)
    add_dependencies(${name} ${ARG_DEPENDS})
  endif()
  target_include_directories(${name} PUBLIC
    $<BUILD_INTERFACE:${SERENITY_SOURCE_DIR}/include>
    $<BUILD_INTERFACE:${SERENITY_BINARY_DIR}/include>
    $<INSTALL_INTERFACE:include>)
  if(ARG_LINK_LIBS)
    target_link_libraries(${name} PUBLIC ${ARG_LINK_LIBS})
  endif()
  if(ARG_MLIR_LIBS)
    mlir_target_link_libraries(${name} PUBLIC ${ARG_MLIR_LIBS})
  endif()
  if(ARG_LLVM_SUPPORT)
    if(LLVM_LINK_LLVM_DYLIB)
      target_link_libraries(${name} PUBLIC LLVM)
    else()
      target_link_libraries(${name} PUBLIC LLVMSupport)
    endif()
  endif()
  install(TARGETS ${name} EXPORT SerenityTargets
    ARCHIVE DESTINATION lib${LLVM_LIBDIR_SUFFIX}
    LIBRARY DESTINATION lib${LLVM_LIBDIR_SUFFIX})
  set_property(GLOBAL APPEND PROPERTY SERENITY_LIBS ${name})
endfunction()
