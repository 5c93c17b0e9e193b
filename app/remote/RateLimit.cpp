#include "remote/RateLimit.h"

#include <algorithm>

namespace mc {

bool RateLimit::allow(const std::string& client, MonoTime now) {
    auto it = buckets_.find(client);
    if (it == buckets_.end()) {
        if (buckets_.size() >= maxClients_) {
            auto oldest = std::min_element(buckets_.begin(), buckets_.end(),
                                           [](const auto& a, const auto& b) { return a.second.at < b.second.at; });
            buckets_.erase(oldest);
        }
        it = buckets_.emplace(client, Bucket{burst_, now}).first;
    }
    Bucket& b = it->second;
    const double seconds = std::max<int64_t>(0, (now - b.at).count()) / 1000.0;
    b.tokens = std::min(burst_, b.tokens + seconds * perSecond_);
    b.at = now;
    if (b.tokens < 1.0) return false;
    b.tokens -= 1.0;
    return true;
}

}  // namespace mc
