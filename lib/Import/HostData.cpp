//===- HostData.cpp - import-time tensor data -------------------*- C++ -*-===//
//
// Part of the Serenity project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// HostTensor: ONNX TensorProtos read into host data (and written back, for
/// the per-node shape inference), element type mapping, host transposes.
///
//===----------------------------------------------------------------------===//

#include "ImporterImpl.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <cstring>

using namespace mlir;
using namespace serenity;
using namespace serenity::onnx_import;
//===----------------------------------------------------------------------===//
// HostTensor and TensorProto conversion
//===----------------------------------------------------------------------===//

int64_t HostTensor::numElements() const {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}

Type onnx_import::convertElementType(int32_t onnxType, MLIRContext *ctx) {
  switch (onnxType) {
  case onnx::TensorProto::FLOAT:
    return Float32Type::get(ctx);
  case onnx::TensorProto::INT64:
    return IntegerType::get(ctx, 64);
  case onnx::TensorProto::INT32:
    return IntegerType::get(ctx, 32);
  case onnx::TensorProto::BOOL:
    return IntegerType::get(ctx, 1);
  default:
    return nullptr;
  }
}

/// Reads `n` little-endian values of type `From` from `raw` into `out`.
template <typename From, typename To>
static void readRaw(const std::string &raw, int64_t n, std::vector<To> &out) {
  out.resize(n);
  if constexpr (std::is_same_v<From, To>) {
    std::memcpy(out.data(), raw.data(), n * sizeof(From));
  } else {
    for (int64_t i = 0; i < n; ++i) {
      From v;
      std::memcpy(&v, raw.data() + i * sizeof(From), sizeof(From));
      out[i] = static_cast<To>(v);
    }
  }
}

/// The bytes of a tensor stored in an external file (ONNX's external data:
/// `location` relative to the model's directory, optional `offset` and
/// `length`).
static FailureOr<std::string> readExternalData(const onnx::TensorProto &t,
                                               Location loc,
                                               StringRef externalDir) {
  if (externalDir.empty())
    return emitError(loc) << "tensor '" << t.name()
                          << "' stores its data externally; external data is "
                             "only read when the model is given as a file";
  std::string location;
  int64_t offset = 0, length = -1;
  for (const onnx::StringStringEntryProto &e : t.external_data()) {
    if (e.key() == "location")
      location = e.value();
    else if ((e.key() == "offset" &&
              StringRef(e.value()).getAsInteger(10, offset)) ||
             (e.key() == "length" &&
              StringRef(e.value()).getAsInteger(10, length)))
      return emitError(loc)
             << "tensor '" << t.name() << "' has a malformed "
             << "external-data " << e.key() << " '" << e.value() << "'";
  }
  if (location.empty() || llvm::sys::path::is_absolute(location) ||
      llvm::is_contained(llvm::make_range(llvm::sys::path::begin(location),
                                          llvm::sys::path::end(location)),
                         ".."))
    return emitError(loc) << "tensor '" << t.name()
                          << "' has external data at '" << location
                          << "'; expected a path inside the model's directory";
  SmallString<256> path(externalDir);
  llvm::sys::path::append(path, location);
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer)
    return emitError(loc) << "tensor '" << t.name()
                          << "': cannot read its external data '" << path
                          << "': " << buffer.getError().message();
  StringRef bytes = (*buffer)->getBuffer();
  if (offset < 0 || offset > (int64_t)bytes.size() ||
      (length >= 0 && length > (int64_t)bytes.size() - offset))
    return emitError(loc) << "tensor '" << t.name() << "': offset " << offset
                          << " and length " << length << " lie outside '"
                          << path << "' (" << bytes.size() << " bytes)";
  return bytes.substr(offset, length < 0 ? StringRef::npos : length).str();
}

FailureOr<HostTensorRef>
onnx_import::convertTensorProto(const onnx::TensorProto &t, MLIRContext *ctx,
                                Location loc, StringRef externalDir) {
  auto result = std::make_shared<HostTensor>();
  for (int64_t d : t.dims()) {
    if (d < 0)
      return emitError(loc)
             << "tensor '" << t.name() << "' has a negative dimension";
    result->shape.push_back(d);
  }
  std::string external;
  if (t.data_location() == onnx::TensorProto::EXTERNAL) {
    FailureOr<std::string> data = readExternalData(t, loc, externalDir);
    if (failed(data))
      return failure();
    external = std::move(*data);
  }
  result->elementType = convertElementType(t.data_type(), ctx);
  if (!result->elementType)
    return emitError(loc) << "tensor '" << t.name()
                          << "' has unsupported element type "
                          << onnx::TensorProto::DataType_Name(
                                 (onnx::TensorProto::DataType)t.data_type())
                          << " (supported: FLOAT, INT64, INT32, BOOL)";
  int64_t n = result->numElements();
  bool isExternal = t.data_location() == onnx::TensorProto::EXTERNAL;
  const std::string &raw = isExternal ? external : t.raw_data();
  bool hasRaw = isExternal || t.has_raw_data();
  auto sizeMismatch = [&](int64_t have) {
    return emitError(loc) << "tensor '" << t.name() << "' holds " << have
                          << " elements but its shape needs " << n;
  };
  switch (t.data_type()) {
  case onnx::TensorProto::FLOAT:
    if (hasRaw) {
      if ((int64_t)raw.size() != n * 4)
        return sizeMismatch(raw.size() / 4);
      readRaw<float>(raw, n, result->floats);
    } else {
      if (t.float_data_size() != n)
        return sizeMismatch(t.float_data_size());
      result->floats.assign(t.float_data().begin(), t.float_data().end());
    }
    break;
  case onnx::TensorProto::INT64:
    if (hasRaw) {
      if ((int64_t)raw.size() != n * 8)
        return sizeMismatch(raw.size() / 8);
      readRaw<int64_t>(raw, n, result->ints);
    } else {
      if (t.int64_data_size() != n)
        return sizeMismatch(t.int64_data_size());
      result->ints.assign(t.int64_data().begin(), t.int64_data().end());
    }
    break;
  case onnx::TensorProto::INT32:
    if (hasRaw) {
      if ((int64_t)raw.size() != n * 4)
        return sizeMismatch(raw.size() / 4);
      readRaw<int32_t>(raw, n, result->ints);
    } else {
      if (t.int32_data_size() != n)
        return sizeMismatch(t.int32_data_size());
      result->ints.assign(t.int32_data().begin(), t.int32_data().end());
    }
    break;
  case onnx::TensorProto::BOOL:
    if (hasRaw) {
      if ((int64_t)raw.size() != n)
        return sizeMismatch(raw.size());
      readRaw<uint8_t>(raw, n, result->ints);
    } else {
      if (t.int32_data_size() != n)
        return sizeMismatch(t.int32_data_size());
      result->ints.assign(t.int32_data().begin(), t.int32_data().end());
    }
    for (int64_t &v : result->ints)
      v = v != 0;
    break;
  default:
    llvm_unreachable("checked by convertElementType");
  }
  return HostTensorRef(std::move(result));
}

HostTensorRef onnx_import::transposeHost(const HostTensor &in,
                                         ArrayRef<int32_t> perm) {
  auto out = std::make_shared<HostTensor>();
  out->elementType = in.elementType;
  int64_t rank = in.shape.size();
  for (int32_t p : perm)
    out->shape.push_back(in.shape[p]);
  SmallVector<int64_t> inStrides(rank, 1);
  for (int64_t i = rank - 2; i >= 0; --i)
    inStrides[i] = inStrides[i + 1] * in.shape[i + 1];
  // Stride in the input of each output dimension.
  SmallVector<int64_t> strides(rank);
  for (int64_t i = 0; i < rank; ++i)
    strides[i] = inStrides[perm[i]];
  int64_t n = in.numElements();
  auto permute = [&](const auto &src, auto &dst) {
    dst.resize(n);
    SmallVector<int64_t> idx(rank, 0);
    int64_t offset = 0;
    for (int64_t i = 0; i < n; ++i) {
      dst[i] = src[offset];
      // Odometer increment over the output index.
      for (int64_t d = rank - 1; d >= 0; --d) {
        offset += strides[d];
        if (++idx[d] < out->shape[d])
          break;
        offset -= strides[d] * idx[d];
        idx[d] = 0;
      }
    }
  };
  if (in.isFloat())
    permute(in.floats, out->floats);
  else
    permute(in.ints, out->ints);
  return out;
}

int32_t onnx_import::toONNXElementType(Type type) {
  if (type.isF32())
    return onnx::TensorProto::FLOAT;
  if (type.isInteger(64))
    return onnx::TensorProto::INT64;
  if (type.isInteger(32))
    return onnx::TensorProto::INT32;
  if (type.isInteger(1))
    return onnx::TensorProto::BOOL;
  return onnx::TensorProto::UNDEFINED;
}

onnx::TensorProto onnx_import::toTensorProto(const HostTensor &data,
                                             StringRef name) {
  onnx::TensorProto t;
  t.set_name(name.str());
  t.set_data_type(toONNXElementType(data.elementType));
  for (int64_t d : data.shape)
    t.add_dims(d);
  if (data.isFloat()) {
    for (float f : data.floats)
      t.add_float_data(f);
  } else if (data.elementType.isInteger(64)) {
    for (int64_t v : data.ints)
      t.add_int64_data(v);
  } else {
    for (int64_t v : data.ints)
      t.add_int32_data((int32_t)v);
  }
  return t;
}
