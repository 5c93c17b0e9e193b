#include "platform/audio/SpeechWorker.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "log/Log.h"
#include "platform/audio/SpeechSynthesizer.h"

namespace mc {
namespace {

void normalise(Pcm& pcm, float peak) {
    float loudest = 0;
    for (float s : pcm.samples) loudest = std::max(loudest, std::fabs(s));
    if (loudest <= 0) return;
    const float scale = peak / loudest;
    for (float& s : pcm.samples) s *= scale;
}

}  // namespace

SpeechWorker::SpeechWorker(int sampleRate, float peak) : sampleRate_(sampleRate), peak_(peak), thread_([this] { run(); }) {}

SpeechWorker::~SpeechWorker() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        queue_.clear();
    }
    wake_.notify_all();
    thread_.join();
}

void SpeechWorker::prepare(std::vector<std::shared_ptr<PhraseSlot>> slots) {
    {
        std::lock_guard lock(mutex_);
        queue_.assign(slots.begin(), slots.end());
    }
    wake_.notify_all();
}

void SpeechWorker::finishPending() {
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [this] { return queue_.empty() && !busy_; });
}

void SpeechWorker::run() {
    std::unique_ptr<SpeechSynthesizer> synth;
    bool triedToOpen = false;
    std::set<std::string> unknownVoices;  // said once each, then their phrases are left to the beeps
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (stopping_) return;
        std::shared_ptr<PhraseSlot> slot = std::move(queue_.front());
        queue_.pop_front();
        busy_ = true;
        lock.unlock();

        if (!triedToOpen) {
            triedToOpen = true;
            auto opened = SpeechSynthesizer::open();
            if (opened) {
                synth = std::move(*opened);
            } else {
                logWarning("sound", "no speech, beeps only: " + opened.error().message);
                available_ = false;
            }
        }
        if (slot && !slot->ready() && !slot->failed()) {
            if (!synth || unknownVoices.contains(slot->voice())) {
                slot->markFailed();
            } else if (Status voice = synth->selectVoice(slot->voice()); !voice) {
                logWarning("sound", voice.error().message + " (see [sound] voice, `espeak-ng --voices`); beeps only");
                unknownVoices.insert(slot->voice());
                slot->markFailed();
            } else if (auto pcm = synth->synthesize(slot->text(), slot->voice())) {
                Pcm ready = resampled(*pcm, sampleRate_);
                normalise(ready, peak_);
                slot->publish(std::move(ready));
                ++synthesized_;
            } else {
                logWarning("sound", "phrase left to its beep: " + pcm.error().message);
                slot->markFailed();
            }
        }

        lock.lock();
        busy_ = false;
        if (queue_.empty()) idle_.notify_all();
    }
}

}  // namespace mc
