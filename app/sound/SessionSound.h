#pragma once
// The sound of a running session: plans the cue sounds of a routine, has the
// phrases synthesised ahead of time, and hands each cue to the sink in time.
// The lead's loop owns one and calls begin() when a routine starts, update()
// every frame and right after every session command, end() when it is over.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/SessionEngine.h"
#include "sound/CuePlan.h"
#include "sound/CueScheduler.h"
#include "sound/CueTones.h"
#include "sound/PhraseCache.h"
#include "sound/SoundSettings.h"
#include "sound/SoundSink.h"

namespace mc {

class SessionSound {
public:
    // `speech` may be null (no speech at all: beeps only). Both must outlive this object.
    SessionSound(SoundSink& sink, PhraseSynthesis* speech, SoundSettings settings = {}, int sampleRate = kMixRate);

    // A routine starts: plans its cue sounds and queues its phrases for synthesis
    // (in the order they will be needed). `language` (a tag such as "ru-RU") picks the
    // words (see PhraseBook.h) and the voice, unless the settings name a voice.
    // Silences anything left from before.
    void begin(const Timeline& timeline, const Routine& routine, const ContentPack& pack, std::string_view language);

    // Hands over the cues due soon; reacts to pauses and skips (generation changes).
    void update(const SessionEngine& engine, MonoTime now) { update(timingOf(engine, now), now); }
    void update(const SessionTiming& timing, MonoTime now);

    // The session is over (finished, stopped, left): silence and forget the plan.
    void end();
    // Between sessions, every loop turn: lets the sink release its device once quiet.
    void rest() {
        if (!active_) sink_.rest();
    }

    void setSettings(const SoundSettings& settings);
    const SoundSettings& settings() const { return settings_; }

    // When update() must run again at the latest (for the main loop's wait timeout).
    std::optional<MonoTime> nextWakeup() const { return active_ ? scheduler_.nextWakeup() : std::nullopt; }

    const std::vector<PlannedCue>& plan() const { return plan_; }
    const ToneBank& tones() const { return *tones_; }
    PhraseCache& phrases() { return cache_; }

private:
    void prepareSpeech();
    void releaseSpeechOutsideWindow();

    SoundSink& sink_;
    PhraseSynthesis* speech_;
    SoundSettings settings_;
    std::shared_ptr<const ToneBank> tones_;
    std::vector<std::shared_ptr<const Pcm>> toneRefs_;  // aliasing pointers into tones_
    PhraseCache cache_;
    std::vector<PlannedCue> plan_;
    std::vector<std::shared_ptr<PhraseSlot>> slots_;  // per plan entry, null when silent
    CueScheduler scheduler_;
    std::size_t next_ = 0;  // the first cue not yet due: speech is kept for a window from here
    bool active_ = false;
};

}  // namespace mc
