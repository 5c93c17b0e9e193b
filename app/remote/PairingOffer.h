#pragma once
// What the mirror shows to pair a phone: the address with the one-time code, as a QR code.
#include <cstdint>
#include <string>

#include "remote/QrMatrix.h"

namespace mc {

struct PairingOffer {
    std::string url;   // http://<mirror>:<port>/#pair=<code> (the code after '#' never reaches a server log)
    std::string code;  // typed by hand when the camera cannot read the QR code
    QrMatrix qr;
    int64_t secondsLeft = 0;
    bool operator==(const PairingOffer&) const = default;
};

}  // namespace mc
