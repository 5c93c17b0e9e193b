#include "update/UpdateStatus.h"

namespace mc {
namespace {

std::string filled(std::string_view pattern, const std::string& word) {
    std::string out(pattern);
    if (size_t at = out.find("{1}"); at != std::string::npos) out.replace(at, 3, word);
    return out;
}

}  // namespace

std::string statusLine(const UpdateStatus& s, const Locale& words) {
    const std::string line = s.contentVersion.empty() ? std::string(words[UiKey::ContentBundled])
                                                      : filled(words[UiKey::ContentVersion], s.contentVersion);
    const std::string dot = " \u00b7 ";
    switch (s.state) {
        case UpdateStatus::State::Disabled: return line;
        case UpdateStatus::State::NotChecked: return line + dot + words[UiKey::UpdatesNotChecked];
        case UpdateStatus::State::Updating: return line + dot + words[UiKey::Updating];
        case UpdateStatus::State::UpToDate:
            return line + dot + words[s.updateReady ? UiKey::UpdateReady : UiKey::UpToDate];
        case UpdateStatus::State::Failed: {
            std::string failed = line + dot + filled(words[UiKey::CheckFailedAt], s.failedAt);
            // The reason is the updater's English diagnostic; another language's screen
            // leaves it out rather than mix languages (the log keeps it).
            if (std::string_view(words.tag) == "en") failed += " \u2014 " + s.reason;
            return failed;
        }
    }
    return line;
}

}  // namespace mc
