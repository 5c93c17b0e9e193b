#include "sound/PhraseCache.h"

#include <algorithm>

namespace mc {

void PhraseSlot::publish(Pcm pcm) {
    if (pcm_.load(std::memory_order_acquire) != nullptr) return;
    owned_ = std::make_unique<const Pcm>(std::move(pcm));
    pcm_.store(owned_.get(), std::memory_order_release);
}

std::shared_ptr<PhraseSlot> PhraseCache::slotFor(const std::string& voice, const std::string& text) {
    auto& slot = slots_[{voice, text}];
    if (!slot) slot = std::make_shared<PhraseSlot>(voice, text);
    return slot;
}

void PhraseCache::keepOnly(const std::vector<std::shared_ptr<PhraseSlot>>& keep) {
    std::erase_if(slots_, [&keep](const auto& entry) {
        return std::find(keep.begin(), keep.end(), entry.second) == keep.end();
    });
}

}  // namespace mc
