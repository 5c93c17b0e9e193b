// The page in a real browser (tests/remote/page-test.sh): headless Chromium pairs, picks
// a person of the household, starts a routine, sees the timer move and pauses, against the real loop and server. Skipped,
// with the reason, where Chromium or puppeteer-core cannot be had.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>

#include "remote/RemoteRig.h"

namespace mc {
namespace {
using namespace test_support;

TEST(RemotePage, PairsChoosesAPersonStartsSeesTheTimerAndPausesInHeadlessChromium) {
    Profile anna, ivan;
    anna.id = 1, anna.name = "Anna";
    ivan.id = 2, ivan.name = "Ivan", ivan.situation = Situation::Strength;
    RemoteRig::household = {anna, ivan};
    RemoteRig rig;
    RemoteRig::household = {};
    const std::string code = rig.server->pairingOffer()->code;
    std::string command = std::string(MC_PAGE_TEST) + " http://127.0.0.1:" + std::to_string(rig.port()) + "/ " + code;
    // MC_REMOTE_SCREENSHOTS=1 writes the README's phone screenshots into docs/screenshots.
    if (std::getenv("MC_REMOTE_SCREENSHOTS")) command += std::string(" ") + MC_SCREENSHOT_DIR;
    command += " 2>&1";
    FILE* out = popen(command.c_str(), "r");
    ASSERT_TRUE(out);
    std::string text;
    char buf[512];
    while (fgets(buf, sizeof buf, out)) text += buf;
    const int status = pclose(out);
    const int code77 = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (code77 == 77) GTEST_SKIP() << text;
    EXPECT_EQ(code77, 0) << text;
}

}  // namespace
}  // namespace mc
