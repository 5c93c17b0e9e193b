#pragma once
// One small logger for the whole program. Each line reads
//     mirrorcoach: <context>: <message>
// and, when stderr is connected to the journal, starts with the line's syslog priority
// ("<4>mirrorcoach: config: ...", the sd-daemon(3) convention), which journald strips and
// records, so `journalctl -p warning -u mirrorcoach` shows warnings and errors only.
//
// The sink is the one piece of process-wide mutable state, on purpose: the shell sets it
// once at start-up, before any thread starts (platform/system/JournalStream decides the
// style), and afterwards it is only read. Passing a logger through every constructor
// instead would add a parameter to each module that can fail, for a choice made once per
// process; tests capture lines by swapping the sink (exchangeLogSink) for their scope.
#include <functional>
#include <string>
#include <string_view>

namespace mc {

// The syslog priorities journald understands (sd-daemon.h: SD_ERR .. SD_DEBUG).
enum class LogLevel { Error = 3, Warning = 4, Notice = 5, Info = 6, Debug = 7 };

struct LogSink {
    bool journalPriorities = false;     // prefix each line with "<N>"
    LogLevel maxLevel = LogLevel::Info;  // less severe messages are dropped
    // Receives whole lines, newline included, in one call per message; empty: stderr.
    std::function<void(std::string_view text)> write;
};

// The text written for one message: one line per line of `message` (journald treats each
// line as its own entry, so each carries the prefix), each ending in '\n'.
std::string formatLogLines(LogLevel level, std::string_view context, std::string_view message,
                           bool journalPriorities);

// Installs `sink` and returns the one it replaces. Start-up and tests only (see above).
LogSink exchangeLogSink(LogSink sink);

void logMessage(LogLevel level, std::string_view context, std::string_view message);

inline void logError(std::string_view context, std::string_view message) {
    logMessage(LogLevel::Error, context, message);
}
inline void logWarning(std::string_view context, std::string_view message) {
    logMessage(LogLevel::Warning, context, message);
}
inline void logNotice(std::string_view context, std::string_view message) {
    logMessage(LogLevel::Notice, context, message);
}
inline void logInfo(std::string_view context, std::string_view message) {
    logMessage(LogLevel::Info, context, message);
}
inline void logDebug(std::string_view context, std::string_view message) {
    logMessage(LogLevel::Debug, context, message);
}

}  // namespace mc
