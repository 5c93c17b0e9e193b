#pragma once
// Renders the cue track of a routine without a device: a simulated main loop
// drives a real SessionEngine on a virtual clock, and SessionSound hands its
// cues to the same Mixer the audio device uses. For `render-audio` and tests.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/SessionEngine.h"
#include "sound/PhraseCache.h"
#include "sound/SoundSettings.h"

namespace mc {

// A command the simulated person gives, at a clock time (ms since the render began).
struct ScriptedCommand {
    MonoTime at{0};
    SessionCommand command = SessionCommand::Pause;
};

struct OfflineRenderOptions {
    Millis from{0};              // timeline time the render starts at
    std::optional<Millis> to;    // timeline time it ends at (default: the routine's end plus `tail`)
    Millis framePeriod{40};      // how often the simulated main loop calls update()
    Millis tail{1500};           // after a natural end, so the final chord rings out
    SoundSettings settings;
    std::vector<ScriptedCommand> commands;  // in time order
    int sampleRate = 44100;
};

struct RenderedTrack {
    int sampleRate = 44100;
    std::vector<int16_t> samples;  // mono; sample 0 = clock 0 = timeline `from`
};

// `speech` may be null (beeps only); its phrases are all synthesised before rendering.
RenderedTrack renderCueTrack(const Timeline& timeline, const Routine& routine, const ContentPack& pack,
                             std::string_view language, PhraseSynthesis* speech,
                             const OfflineRenderOptions& options);

}  // namespace mc
