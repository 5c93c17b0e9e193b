// The logger's line format, levels and sink (captured in memory, and the real stderr).
#include <gtest/gtest.h>

#include <string>

#include "log/Log.h"

namespace mc {
namespace {

// Installs a sink that collects the text for the test's scope, then puts the old one back.
class CapturedLog {
public:
    explicit CapturedLog(bool journalPriorities, LogLevel maxLevel = LogLevel::Info) {
        LogSink sink;
        sink.journalPriorities = journalPriorities;
        sink.maxLevel = maxLevel;
        sink.write = [this](std::string_view text) { text_ += text; };
        previous_ = exchangeLogSink(std::move(sink));
    }
    ~CapturedLog() { exchangeLogSink(std::move(previous_)); }
    const std::string& text() const { return text_; }

private:
    std::string text_;
    LogSink previous_;
};

TEST(LogFormat, PlainLineNamesTheProgramAndTheContext) {
    EXPECT_EQ(formatLogLines(LogLevel::Warning, "config", "c.toml:3: sound.volume: too loud", false),
              "mirrorcoach: config: c.toml:3: sound.volume: too loud\n");
    EXPECT_EQ(formatLogLines(LogLevel::Error, "", "no content", false), "mirrorcoach: no content\n");
}

TEST(LogFormat, JournalLinesStartWithTheirSyslogPriority) {
    EXPECT_EQ(formatLogLines(LogLevel::Error, "store", "disk full", true), "<3>mirrorcoach: store: disk full\n");
    EXPECT_EQ(formatLogLines(LogLevel::Warning, "x", "m", true), "<4>mirrorcoach: x: m\n");
    EXPECT_EQ(formatLogLines(LogLevel::Notice, "x", "m", true), "<5>mirrorcoach: x: m\n");
    EXPECT_EQ(formatLogLines(LogLevel::Info, "x", "m", true), "<6>mirrorcoach: x: m\n");
    EXPECT_EQ(formatLogLines(LogLevel::Debug, "x", "m", true), "<7>mirrorcoach: x: m\n");
}

// journald makes one entry per line: every line needs the prefix, or it is logged as info.
TEST(LogFormat, EveryLineOfAMessageCarriesThePrefix) {
    EXPECT_EQ(formatLogLines(LogLevel::Error, "content", "two problems:\npack.json: bad\n", true),
              "<3>mirrorcoach: content: two problems:\n<3>mirrorcoach: content: pack.json: bad\n");
    EXPECT_EQ(formatLogLines(LogLevel::Info, "x", "", false), "mirrorcoach: x: \n");
}

TEST(LogSinks, LevelsBelowTheSinksLevelAreDropped) {
    {
        CapturedLog log(true);
        logError("a", "1");
        logWarning("b", "2");
        logNotice("c", "3");
        logInfo("d", "4");
        logDebug("e", "5");
        EXPECT_EQ(log.text(),
                  "<3>mirrorcoach: a: 1\n<4>mirrorcoach: b: 2\n<5>mirrorcoach: c: 3\n<6>mirrorcoach: d: 4\n");
    }
    {
        CapturedLog log(false, LogLevel::Warning);
        logError("a", "1");
        logWarning("b", "2");
        logInfo("d", "4");
        EXPECT_EQ(log.text(), "mirrorcoach: a: 1\nmirrorcoach: b: 2\n");
    }
    {
        CapturedLog log(false, LogLevel::Debug);
        logDebug("e", "5");
        EXPECT_EQ(log.text(), "mirrorcoach: e: 5\n");
    }
}

TEST(LogSinks, TheDefaultSinkWritesPlainLinesToStderr) {
    LogSink previous = exchangeLogSink(LogSink{});
    testing::internal::CaptureStderr();
    logWarning("presence", "cannot read the sensor");
    logDebug("presence", "not shown");
    const std::string written = testing::internal::GetCapturedStderr();
    exchangeLogSink(std::move(previous));
    EXPECT_EQ(written, "mirrorcoach: presence: cannot read the sensor\n");
}

}  // namespace
}  // namespace mc
