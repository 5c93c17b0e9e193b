#pragma once
// Synthesises phrases ahead of time on its own thread, so the main loop never
// waits for espeak-ng and no cue is late because of speech: SessionSound queues
// every phrase of a routine when it starts, and the audio callback plays a phrase
// only if it is ready when due. The worker owns the one SpeechSynthesizer (see
// there why espeak-ng must have a single owner) and creates it on first use.
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "sound/PhraseCache.h"

namespace mc {

class SpeechWorker final : public PhraseSynthesis {
public:
    // Phrases are published at `sampleRate` (the mixer's), peaking at `peak`.
    explicit SpeechWorker(int sampleRate = kMixRate, float peak = 0.75f);
    ~SpeechWorker() override;
    SpeechWorker(const SpeechWorker&) = delete;
    SpeechWorker& operator=(const SpeechWorker&) = delete;

    void prepare(std::vector<std::shared_ptr<PhraseSlot>> slots) override;
    void finishPending() override;

    // False once espeak-ng failed to start: every slot is marked failed and the
    // session goes on with beeps (logged once).
    bool available() const { return available_.load(); }
    // How many phrases were synthesised (a phrase prepared twice counts once).
    std::size_t synthesized() const { return synthesized_.load(); }

private:
    void run();

    int sampleRate_;
    float peak_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable idle_;
    std::deque<std::shared_ptr<PhraseSlot>> queue_;
    bool busy_ = false;
    bool stopping_ = false;
    std::atomic<bool> available_{true};
    std::atomic<std::size_t> synthesized_{0};
    std::thread thread_;  // last: starts after everything it uses exists
};

}  // namespace mc
