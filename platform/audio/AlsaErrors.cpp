#include "platform/audio/AlsaErrors.h"

#include <alsa/asoundlib.h>

namespace mc {
namespace {

void dropAlsaError(const char*, int, const char*, int, const char*, ...) {}

}  // namespace

void silenceAlsaErrors() { snd_lib_error_set_handler(&dropAlsaError); }

}  // namespace mc
