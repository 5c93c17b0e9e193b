#pragma once
// Where finished sessions go and the past ones come from: the SQLite history
// (platform/store/HistoryStore) in the mirror, a vector in tests.
#include <cstdint>
#include <vector>

#include "core/Result.h"
#include "progress/SessionRecord.h"

namespace mc {

class HistorySink {
public:
    virtual ~HistorySink() = default;
    virtual Result<std::int64_t> record(const SessionRecord& session) = 0;
    virtual Result<std::vector<SessionRecord>> sessions() = 0;
};

}  // namespace mc
