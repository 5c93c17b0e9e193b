#include "log/Log.h"

#include <cstdio>
#include <utility>

namespace mc {
namespace {

LogSink& currentSink() {
    static LogSink sink;
    return sink;
}

}  // namespace

std::string formatLogLines(LogLevel level, std::string_view context, std::string_view message,
                           bool journalPriorities) {
    if (!message.empty() && message.back() == '\n') message.remove_suffix(1);
    std::string prefix;
    if (journalPriorities) prefix = "<" + std::to_string(static_cast<int>(level)) + ">";
    prefix += "mirrorcoach: ";
    if (!context.empty()) prefix += std::string(context) + ": ";
    std::string out;
    for (;;) {
        const size_t end = message.find('\n');
        out += prefix;
        out += message.substr(0, end);
        out += '\n';
        if (end == std::string_view::npos) return out;
        message.remove_prefix(end + 1);
    }
}

LogSink exchangeLogSink(LogSink sink) { return std::exchange(currentSink(), std::move(sink)); }

void logMessage(LogLevel level, std::string_view context, std::string_view message) {
    const LogSink& sink = currentSink();
    if (static_cast<int>(level) > static_cast<int>(sink.maxLevel)) return;
    const std::string text = formatLogLines(level, context, message, sink.journalPriorities);
    if (sink.write) {
        sink.write(text);
    } else {
        // One call per message: stdio locks the stream, so lines from threads do not interleave.
        std::fwrite(text.data(), 1, text.size(), stderr);
    }
}

}  // namespace mc
