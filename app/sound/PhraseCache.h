#pragma once
// Synthesised phrases, shared between three threads without locks on the hot path:
// the main thread asks for slots, the speech worker fills them once, and the audio
// callback reads them at the moment a phrase is due (a slot not yet filled is
// simply not spoken: the cue's tone already marks the moment).
#include <atomic>
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "sound/Pcm.h"

namespace mc {

class PhraseSlot {
public:
    PhraseSlot(std::string voice, std::string text) : voice_(std::move(voice)), text_(std::move(text)) {}
    PhraseSlot(const PhraseSlot&) = delete;
    PhraseSlot& operator=(const PhraseSlot&) = delete;

    const std::string& voice() const { return voice_; }
    const std::string& text() const { return text_; }

    // The speech, or nullptr while it is not synthesised (or synthesis failed).
    const Pcm* pcm() const { return pcm_.load(std::memory_order_acquire); }
    bool ready() const { return pcm() != nullptr; }
    bool failed() const { return failed_.load(std::memory_order_acquire); }

    // Called by the one speech worker only; the first result stays (later calls are ignored),
    // so a Pcm handed out is never replaced while the audio thread reads it.
    void publish(Pcm pcm);
    void markFailed() { failed_.store(true, std::memory_order_release); }

private:
    std::string voice_;
    std::string text_;
    std::unique_ptr<const Pcm> owned_;
    std::atomic<const Pcm*> pcm_{nullptr};
    std::atomic<bool> failed_{false};
};

// One slot per (voice, text): the same phrase is synthesised once and every
// cue that says it shares the same buffer. Used from one thread (the main loop).
class PhraseCache {
public:
    std::shared_ptr<PhraseSlot> slotFor(const std::string& voice, const std::string& text);

    // Forgets every phrase not in `keep` (a new routine keeps what it shares with the last).
    void keepOnly(const std::vector<std::shared_ptr<PhraseSlot>>& keep);
    std::size_t size() const { return slots_.size(); }

private:
    std::map<std::pair<std::string, std::string>, std::shared_ptr<PhraseSlot>> slots_;
};

// Where phrases get synthesised (platform/audio's SpeechWorker; fakes in tests).
class PhraseSynthesis {
public:
    virtual ~PhraseSynthesis() = default;
    // Replaces the pending work with `slots`, in the order they will be needed.
    // Slots already filled are skipped. Returns at once.
    virtual void prepare(std::vector<std::shared_ptr<PhraseSlot>> slots) = 0;
    // Blocks until every prepared slot is filled or failed (offline rendering, tests).
    virtual void finishPending() = 0;
};

}  // namespace mc
