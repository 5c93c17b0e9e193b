#pragma once
// A token bucket per client address: `burst` requests at once, refilled at `perSecond`.
// Bounded in memory: at most `maxClients` addresses are tracked; the least recently seen
// is forgotten first (a stranger cycling addresses only forgets others' budgets, which
// refill quickly anyway). Pure: the caller passes the clock.
#include <map>
#include <string>

#include "core/Time.h"

namespace mc {

class RateLimit {
public:
    RateLimit(double perSecond, double burst, size_t maxClients = 256)
        : perSecond_(perSecond), burst_(burst), maxClients_(maxClients) {}

    // True when `client` may make one more request now (and takes a token).
    bool allow(const std::string& client, MonoTime now);

private:
    struct Bucket {
        double tokens = 0;
        MonoTime at{0};
    };
    double perSecond_;
    double burst_;
    size_t maxClients_;
    std::map<std::string, Bucket> buckets_;
};

}  // namespace mc
