// Where log lines go: stderr, with journald priorities when stderr is the journal.
#include "cli/Commands.h"
#include "log/Log.h"
#include "platform/system/JournalStream.h"

namespace mc {

void setUpLogging() { exchangeLogSink(stderrLogSink()); }

}  // namespace mc
