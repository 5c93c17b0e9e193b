#pragma once
// ALSA prints its own "ALSA lib ..." lines to stderr for every device it probes and
// fails to open (ten of them on a Pi without a sound card). The mirror reports the
// outcome in one line of its own (AudioOutput::open), so ALSA's are dropped.
namespace mc {

// Installs ALSA's error handler for the whole process (ALSA has one); idempotent.
void silenceAlsaErrors();

}  // namespace mc
