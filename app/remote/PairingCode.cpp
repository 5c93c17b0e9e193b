#include "remote/PairingCode.h"

namespace mc {

namespace {

// Constant time over the code's length, so timing tells nothing about a prefix.
bool sameCode(std::string_view a, std::string_view b) {
    unsigned diff = a.size() == b.size() ? 0u : 1u;
    for (size_t i = 0; i < b.size(); ++i)
        diff |= static_cast<unsigned char>(b[i]) ^ static_cast<unsigned char>(i < a.size() ? a[i] : 0);
    return diff == 0 && !b.empty();
}

}  // namespace

void PairingCode::issue(std::string code, MonoTime now) {
    if (!code_.empty()) spent_ = code_;
    code_ = std::move(code);
    issuedAt_ = now;
    wrong_ = 0;
}

std::optional<std::string> PairingCode::current(MonoTime now) const {
    if (code_.empty() || now - issuedAt_ >= lifetime_ || now < issuedAt_) return std::nullopt;
    return code_;
}

PairingVerdict PairingCode::redeem(std::string_view attempt, MonoTime now) {
    if (!current(now) && !code_.empty()) {
        spent_ = code_;  // expired
        code_.clear();
    }
    if (code_.empty() || sameCode(attempt, spent_)) return PairingVerdict::Expired;
    if (sameCode(attempt, code_)) {
        spent_ = code_;
        code_.clear();  // one phone per code: a replay finds nothing
        return PairingVerdict::Accepted;
    }
    if (++wrong_ >= maxWrong_) {
        spent_ = code_;  // withdrawn: the mirror shows a new one
        code_.clear();
    }
    return PairingVerdict::Wrong;
}

std::string pairingCodeFrom(const unsigned char (&random)[8]) {
    std::string code;
    for (unsigned char b : random) code += static_cast<char>('0' + b % 10);  // bias is negligible here
    return code;
}

}  // namespace mc
