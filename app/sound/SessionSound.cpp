#include "sound/SessionSound.h"

#include <algorithm>

#include "sound/PhraseBook.h"

namespace mc {
namespace {

// A tone under speech is played softer, so the words stay clear (and the sum
// of a tone and a phrase at their peaks stays below full scale).
constexpr float kToneGainUnderSpeech = 0.5f;

}  // namespace

SessionSound::SessionSound(SoundSink& sink, PhraseSynthesis* speech, SoundSettings settings, int sampleRate)
    : sink_(sink), speech_(speech), settings_(settings), tones_(std::make_shared<const ToneBank>(sampleRate)) {
    for (int i = 0; i < kToneKindCount; ++i) {
        toneRefs_.emplace_back(tones_, &tones_->tone(static_cast<ToneKind>(i)));
    }
    sink_.setGain(outputGain(settings_));
}

void SessionSound::begin(const Timeline& timeline, const Routine& routine, const ContentPack& pack,
                         std::string_view language) {
    sink_.silence();
    const std::string voice = settings_.voice.empty() ? espeakVoiceFor(language) : settings_.voice;
    plan_ = planCueSounds(timeline, routine, pack, language);
    slots_.clear();
    std::vector<Millis> times;
    for (const PlannedCue& cue : plan_) {
        times.push_back(cue.at);
        slots_.push_back(cue.phrase.empty() ? nullptr : cache_.slotFor(voice, cue.phrase));
    }
    std::vector<std::shared_ptr<PhraseSlot>> used;
    for (const auto& slot : slots_) {
        if (slot) used.push_back(slot);
    }
    cache_.keepOnly(used);
    scheduler_.reset(std::move(times));
    active_ = true;
    prepareSpeech();
}

void SessionSound::prepareSpeech() {
    if (!speech_ || !settings_.speech || !active_) return;
    // Unique slots in order of first use, so the first cues are ready first.
    std::vector<std::shared_ptr<PhraseSlot>> order;
    for (std::size_t i = 0; i < slots_.size(); ++i) {
        const auto& slot = slots_[i];
        if (!slot || slot->ready()) continue;
        if (plan_[i].countOnly && !settings_.counting) continue;
        if (std::find(order.begin(), order.end(), slot) == order.end()) order.push_back(slot);
    }
    speech_->prepare(std::move(order));
}

void SessionSound::update(const SessionTiming& timing, MonoTime now) {
    if (!active_) return;
    const SchedulerStep step = scheduler_.update(timing, now);
    if (step.silence) sink_.silence();
    for (const DueCue& due : step.due) {
        const PlannedCue& cue = plan_[due.index];
        const auto& slot = slots_[due.index];
        const bool speak = slot && settings_.speech && (settings_.counting || !cue.countOnly);
        sink_.schedule(due.due, Voice{toneRefs_[static_cast<std::size_t>(cue.tone)], nullptr,
                                      speak ? kToneGainUnderSpeech : 1.0f});
        if (speak) sink_.schedule(due.due, Voice{nullptr, slot, 1.0f});
    }
}

void SessionSound::end() {
    sink_.silence();
    active_ = false;
    plan_.clear();
    slots_.clear();
    scheduler_.reset({});
    if (speech_) speech_->prepare({});
}

void SessionSound::setSettings(const SoundSettings& settings) {
    const bool needSpeech = (settings.speech && !settings_.speech) || (settings.counting && !settings_.counting);
    settings_ = settings;
    sink_.setGain(outputGain(settings_));
    if (needSpeech) prepareSpeech();
}

}  // namespace mc
