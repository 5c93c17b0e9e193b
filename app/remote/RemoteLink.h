#pragma once
// The run loop's port to the phone remote (platform/remoteserver in the mirror, a fake
// in tests). Commands come in as InputEvents through the display's input; this carries
// what goes out: the live status every turn, the routines when the content changes, and
// the pairing code the home screen shows.
#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include "remote/MirrorStatus.h"
#include "remote/PairingOffer.h"

namespace mc {

// The routines a phone may choose (ids to check commands against, JSON for the page).
struct RemoteCatalogue {
    std::string routinesJson;
    std::set<std::string> routineIds;
};

// Counters for /metrics that change every frame, so they are not part of the pushed status.
struct LoopCounters {
    int64_t framesDrawn = 0;
    int64_t sessionsRecorded = 0;
};

class RemoteLink {
public:
    virtual ~RemoteLink() = default;
    // Called every turn; cheap when nothing changed.
    virtual void publish(const MirrorStatus& status, const LoopCounters& counters) = 0;
    // Called when the content on screen changes (and once at the start).
    virtual void publishCatalogue(RemoteCatalogue catalogue) = 0;
    // The code to show now; nothing when pairing is not possible (remote off).
    virtual std::optional<PairingOffer> pairingOffer() = 0;
};

}  // namespace mc
