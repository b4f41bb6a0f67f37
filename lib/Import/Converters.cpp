//===- Converters.cpp - the ONNX operator table -----------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Assembles the converter table from the operator families.
///
//===----------------------------------------------------------------------===//

#include "Converters.h"

using namespace serenity;
using namespace serenity::onnx_import;

const llvm::StringMap<ConvertFn> &onnx_import::getConverters() {
  static const ConverterTable table = [] {
    ConverterTable t;
    populateElementwiseConverters(t);
    populateConvPoolConverters(t);
    populateNormalizationConverters(t);
    populateMatMulConverters(t);
    populateShapeConverters(t);
    populateIndexConverters(t);
    populateConstantConverters(t);
    populateReductionConverters(t);
    populateResizeConverters(t);
    return t;
  }();
  return table;
}
