// `mirrorcoach render-audio`: the cue track of a routine as a WAV file, rendered
// offline through the same planner and mixer the mirror plays live. For previewing
// a routine by ear, and for tests that check every cue lands on time.
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "cli/Commands.h"
#include "cli/ContentChoice.h"
#include "cli/PlayerConfig.h"
#include "core/Timeline.h"
#include "locale/Locale.h"
#include "platform/audio/SpeechWorker.h"
#include "platform/durability/DurableFile.h"
#include "sound/OfflineRender.h"
#include "sound/WavFormat.h"

namespace mc {

void addRenderAudioCommand(CommandRegistry& registry) {
    struct Options {
        std::string routine;
        std::string out;
        std::optional<double> from;
        std::optional<double> to;
        std::string content;
        std::string config;
        std::string language;
        bool beepsOnly = false;
        bool noCounting = false;
        float volume = 1.0f;
    };
    auto opts = std::make_shared<Options>();
    CLI::App* cmd = registry.add("render-audio", "Render the cue track of a routine (beeps and speech) to a WAV file", [opts] {
        auto pack = loadContent(opts->content);
        if (!pack) {
            std::fprintf(stderr, "mirrorcoach render-audio: %s\n", pack.error().message.c_str());
            return int(kExitFailure);
        }
        const Routine* routine = (*pack)->routine(opts->routine);
        if (!routine) {
            std::fprintf(stderr, "mirrorcoach render-audio: no routine '%s' in the content (see `mirrorcoach list`)\n",
                         opts->routine.c_str());
            return int(kExitUsage);
        }
        const Timeline timeline = expandRoutine(*routine, **pack, readingPaceFromConfig(opts->config));
        OfflineRenderOptions render;
        if (opts->from) render.from = fromSeconds(*opts->from);
        if (opts->to) render.to = fromSeconds(*opts->to);
        if (render.from < Millis{0} || render.from > timeline.total || (render.to && *render.to <= render.from)) {
            std::fprintf(stderr, "mirrorcoach render-audio: --from/--to must satisfy 0 <= from < to <= %.1f s\n",
                         seconds(timeline.total));
            return int(kExitUsage);
        }
        render.settings.speech = !opts->beepsOnly;
        render.settings.counting = !opts->noCounting;
        render.settings.volume = opts->volume;
        const std::string language = opts->language.empty() ? (*pack)->language : opts->language;
        if (auto notice = languageFallbackNotice(language))
            std::fprintf(stderr, "mirrorcoach render-audio: %s\n", notice->c_str());

        std::unique_ptr<SpeechWorker> speech;
        if (render.settings.speech) speech = std::make_unique<SpeechWorker>(render.sampleRate);
        const RenderedTrack track = renderCueTrack(timeline, *routine, **pack, language, speech.get(), render);
        if (speech && !speech->available()) {
            std::fprintf(stderr, "mirrorcoach render-audio: speech unavailable, rendered beeps only\n");
        }
        const std::vector<uint8_t> wav = encodeWav(track.samples, track.sampleRate);
        const Status written =
            writeFileDurably(opts->out, std::string_view(reinterpret_cast<const char*>(wav.data()), wav.size()));
        if (!written) {
            std::fprintf(stderr, "mirrorcoach render-audio: %s\n", written.error().message.c_str());
            return int(kExitFailure);
        }
        std::printf("%s: %.1f s of audio, %zu cues of routine %s (%.1f s long)\n", opts->out.c_str(),
                    double(track.samples.size()) / track.sampleRate, timeline.cues.size(), routine->id.c_str(),
                    seconds(timeline.total));
        return int(kExitOk);
    });
    cmd->add_option("--routine", opts->routine, "Routine id (see `mirrorcoach list`)")->required();
    cmd->add_option("--out", opts->out, "WAV file to write (16-bit mono)")->required();
    cmd->add_option("--from", opts->from, "Start at this many seconds into the routine");
    cmd->add_option("--to", opts->to, "End at this many seconds into the routine");
    cmd->add_option("--content", opts->content, "Content pack folder (default: the installed or bundled pack)");
    cmd->add_option("--config", opts->config,
                    "Configuration file for [player] timings (default: /etc/mirrorcoach/config.toml if present)");
    cmd->add_option("--language", opts->language, "Language to speak (default: the pack's)");
    cmd->add_flag("--beeps-only", opts->beepsOnly, "No speech, only the tones");
    cmd->add_flag("--no-counting", opts->noCounting, "Do not say rep numbers and the last seconds");
    cmd->add_option("--volume", opts->volume, "Volume 0..1")->check(CLI::Range(0.0, 1.0));
}

}  // namespace mc
