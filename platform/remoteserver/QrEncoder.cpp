#include "platform/remoteserver/QrEncoder.h"

#include <qrencode.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace mc {

Result<QrMatrix> encodeQr(const std::string& text) {
    std::unique_ptr<QRcode, void (*)(QRcode*)> code(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M),
                                                    QRcode_free);
    if (!code) return Error{"remote: cannot make a QR code of " + std::to_string(text.size()) + " characters: " +
                            std::strerror(errno)};
    QrMatrix m;
    m.size = code->width;
    m.dark.resize(static_cast<size_t>(m.size) * m.size);
    for (size_t i = 0; i < m.dark.size(); ++i) m.dark[i] = code->data[i] & 1;  // bit 0: dark module
    return m;
}

}  // namespace mc
