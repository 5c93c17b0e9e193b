#include "sound/SessionSound.h"

#include <algorithm>
#include <map>

#include "sound/PhraseBook.h"

namespace mc {
namespace {

// A tone under speech is played softer, so the words stay clear (and the sum
// of a tone and a phrase at their peaks stays below full scale).
constexpr float kToneGainUnderSpeech = 0.5f;

// Speech is synthesised for the next few cues only, and dropped once they are spoken:
// a phrase is float samples at 44.1 kHz (176 KB a second), and a whole routine's phrases
// took ~28 MB. espeak-ng synthesises far faster than the cues come.
constexpr std::size_t kCuesAhead = 12;

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
    next_ = 0;
    active_ = true;
    prepareSpeech();
}

void SessionSound::prepareSpeech() {
    if (!speech_ || !settings_.speech || !active_) return;
    // Unique slots in order of first use, so the first cues are ready first.
    std::vector<std::shared_ptr<PhraseSlot>> order;
    for (std::size_t i = next_; i < std::min(slots_.size(), next_ + kCuesAhead); ++i) {
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
    if (!step.due.empty()) {
        next_ = step.due.back().index + 1;
        releaseSpeechOutsideWindow();
        prepareSpeech();
    }
}

// Cues outside the window get empty slots (shared per phrase), so the speech they held is
// freed once nothing plays it (a Voice being played keeps its slot alive); a cue that
// comes back into the window (a phase skipped back) is synthesised again.
void SessionSound::releaseSpeechOutsideWindow() {
    const std::size_t end = std::min(slots_.size(), next_ + kCuesAhead);
    std::vector<const PhraseSlot*> kept;
    for (std::size_t i = next_; i < end; ++i)
        if (slots_[i]) kept.push_back(slots_[i].get());
    std::map<std::string, std::shared_ptr<PhraseSlot>> fresh;
    bool released = false;
    for (std::size_t i = 0; i < slots_.size(); ++i) {
        if (i == next_) i = end;
        if (i >= slots_.size()) break;
        auto& slot = slots_[i];
        if (!slot || !slot->ready() || std::find(kept.begin(), kept.end(), slot.get()) != kept.end()) continue;
        auto& empty = fresh[slot->text()];
        if (!empty) empty = std::make_shared<PhraseSlot>(slot->voice(), slot->text());
        slot = empty;
        released = true;
    }
    if (!released) return;
    std::vector<std::shared_ptr<PhraseSlot>> used;
    for (const auto& slot : slots_)
        if (slot) used.push_back(slot);
    cache_.keepOnly(used);
}

void SessionSound::end() {
    sink_.silence();
    active_ = false;
    plan_.clear();
    slots_.clear();
    next_ = 0;
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
