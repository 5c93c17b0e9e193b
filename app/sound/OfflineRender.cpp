#include "sound/OfflineRender.h"

#include <algorithm>

#include "sound/Mixer.h"
#include "sound/SessionSound.h"
#include "sound/SoundSink.h"

namespace mc {
namespace {

// Clock time 0 is sample 0: the virtual clock and the stream are one.
class OfflineSink final : public SoundSink {
public:
    explicit OfflineSink(Mixer& mixer) : mixer_(mixer) {}
    void schedule(MonoTime due, Voice voice) override { mixer_.add(sampleOf(due), std::move(voice)); }
    void silence() override { mixer_.silence(); }
    void setGain(float gain) override { mixer_.setGain(gain); }
    int64_t sampleOf(MonoTime t) const { return t.count() * mixer_.sampleRate() / 1000; }

private:
    Mixer& mixer_;
};

}  // namespace

RenderedTrack renderCueTrack(const Timeline& timeline, const Routine& routine, const ContentPack& pack,
                             std::string_view language, PhraseSynthesis* speech,
                             const OfflineRenderOptions& options) {
    Mixer mixer(options.sampleRate);
    OfflineSink sink(mixer);
    SessionSound sound(sink, speech, options.settings, options.sampleRate);
    // Start the engine so that clock 0 is timeline `from`.
    SessionEngine engine(timeline, routine, MonoTime{0} - options.from);
    sound.begin(timeline, routine, pack, language);
    if (speech && options.settings.speech) speech->finishPending();

    RenderedTrack track;
    track.sampleRate = options.sampleRate;
    const Millis end = options.to.value_or(timeline.total);
    // A bound on the loop however the script pauses: the routine plus every scripted gap.
    const MonoTime lastCommand = options.commands.empty() ? MonoTime{0} : options.commands.back().at;
    const MonoTime limit = lastCommand + (end - options.from) + options.tail + Millis{1000};

    std::size_t nextCommand = 0;
    MonoTime now{0};
    std::optional<MonoTime> stopAt;  // when rendering ends: at `to`, or the tail after the end
    while (now < limit && (!stopAt || now < *stopAt)) {
        while (nextCommand < options.commands.size() && options.commands[nextCommand].at <= now) {
            engine.apply(options.commands[nextCommand++].command, now);
        }
        sound.update(engine, now);
        if (!stopAt && (engine.stopped() || engine.position(now) >= end)) {
            stopAt = now + (options.to ? Millis{0} : options.tail);
        }
        MonoTime next = now + options.framePeriod;
        if (nextCommand < options.commands.size()) next = std::min(next, options.commands[nextCommand].at);
        if (stopAt) next = std::min(next, *stopAt);
        if (next <= now) next = now + Millis{1};
        const std::size_t from = track.samples.size();
        const auto to = static_cast<std::size_t>(sink.sampleOf(next));
        track.samples.resize(to);
        mixer.render(track.samples.data() + from, static_cast<int>(to - from));
        now = next;
    }
    return track;
}

}  // namespace mc
