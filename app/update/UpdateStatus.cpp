#include "update/UpdateStatus.h"

namespace mc {

std::string statusLine(const UpdateStatus& s) {
    std::string line = "Content " + (s.contentVersion.empty() ? std::string("bundled") : "v" + s.contentVersion);
    switch (s.state) {
        case UpdateStatus::State::Disabled: return line;
        case UpdateStatus::State::NotChecked: return line + " \u00b7 not checked yet";
        case UpdateStatus::State::Updating: return line + " \u00b7 updating\u2026";
        case UpdateStatus::State::UpToDate:
            return line + (s.updateReady ? " \u00b7 new version ready" : " \u00b7 up to date");
        case UpdateStatus::State::Failed:
            return line + " \u00b7 last check failed at " + s.failedAt + " \u2014 " + s.reason;
    }
    return line;
}

}  // namespace mc
