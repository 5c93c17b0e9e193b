#pragma once
// Text -> QR code modules (libqrencode, error correction level M, a quiet zone left to
// the drawing).
#include <string>

#include "core/Result.h"
#include "remote/QrMatrix.h"

namespace mc {

Result<QrMatrix> encodeQr(const std::string& text);

}  // namespace mc
