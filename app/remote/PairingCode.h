#pragma once
// The one-time code that pairs a phone: shown on the mirror (as a QR code with the URL),
// valid for a few minutes, good for one phone, and withdrawn after a few wrong tries so
// it cannot be guessed. Pure: the caller supplies the random code and the clock.
#include <optional>
#include <string>
#include <string_view>

#include "core/Time.h"

namespace mc {

enum class PairingVerdict {
    Accepted,  // the code was right: pair the phone (the code is now spent)
    Wrong,     // not the code; one attempt fewer
    Expired,   // no valid code now: expired, already used, or withdrawn after wrong tries
};

class PairingCode {
public:
    PairingCode(Millis lifetime, int maxWrongAttempts) : lifetime_(lifetime), maxWrong_(maxWrongAttempts) {}

    // Makes `code` the current one, replacing any other (the mirror shows it).
    void issue(std::string code, MonoTime now);
    // The code a phone could pair with now, if any.
    std::optional<std::string> current(MonoTime now) const;
    MonoTime expiresAt() const { return issuedAt_ + lifetime_; }
    // Compares in constant time; any answer but Wrong leaves no valid code behind.
    PairingVerdict redeem(std::string_view attempt, MonoTime now);

private:
    Millis lifetime_;
    int maxWrong_;
    std::string code_;   // "" when there is none
    std::string spent_;  // the last code used, expired, replaced or withdrawn: a replay is told so
    MonoTime issuedAt_{0};
    int wrong_ = 0;
};

// "12345678": the digits of a code, from 8 random bytes.
std::string pairingCodeFrom(const unsigned char (&random)[8]);

}  // namespace mc
