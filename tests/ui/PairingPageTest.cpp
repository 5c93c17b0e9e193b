// The pairing page (the Q key) rendered headless as `mirrorcoach screenshot --screen
// pairing` draws it, in portrait and landscape: a QR code over most of the short side
// whose every module is where the matrix says, the address and the code in words, and
// the layout rules kept; with the remote off, the lines that turn it on and no code.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "cli/Screenshots.h"
#include "ui/LayoutCheck.h"
#include "ui/UiTestSupport.h"

namespace mc {
namespace {

// Whether `text` was drawn, in one run or broken over consecutive lines.
bool drew(const LayoutReport& r, const std::string& text) {
    std::string all;
    for (const TextRun& t : r.texts) all += "\n" + t.text + "\n";
    std::string joined;
    for (const TextRun& t : r.texts) joined += t.text + " ";
    return all.find("\n" + text + "\n") != std::string::npos || joined.find(text + " ") != std::string::npos;
}

std::string problemsText(const LayoutReport& r) {
    std::string out;
    for (const LayoutProblem& p : checkLayout(r)) out += p.description + "\n";
    return out;
}

class PairingPage : public ::testing::TestWithParam<std::pair<int, int>> {};

TEST_P(PairingPage, ALargeQrCodeWithEveryModuleRightTheAddressAndTheCode) {
    ScreenshotStudio studio(test::bundledPack(), test::realFonts());
    ShotRequest req;
    req.pairing = true;
    req.width = GetParam().first;
    req.height = GetParam().second;
    LayoutReport report;
    auto image = studio.moment(req, &report);
    ASSERT_TRUE(image) << image.error().message;

    auto code = std::find_if(report.boxes.begin(), report.boxes.end(),
                             [](const ShapeBox& b) { return b.kind == BoxKind::Code; });
    ASSERT_NE(code, report.boxes.end()) << "no QR code drawn";
    const float shortSide = float(std::min(req.width, req.height));
    EXPECT_GE(code->rect.width(), 0.55f * shortSide) << "a QR code this small is hard to catch from a step away";

    const PairingOffer offer = samplePairingOffer();
    ASSERT_GT(offer.qr.size, 0);
    const float unit = code->rect.width() / float(offer.qr.size + 8);
    ASSERT_GE(unit, 8.0f);
    int wrong = 0;
    for (int my = 0; my < offer.qr.size; ++my)
        for (int mx = 0; mx < offer.qr.size; ++mx) {
            const int px = int(code->rect.x0 + (mx + 4.5f) * unit), py = int(code->rect.y0 + (my + 4.5f) * unit);
            wrong += (test::pixel(*image, px, py)[0] < 64) != offer.qr.at(mx, my);
        }
    EXPECT_EQ(wrong, 0) << "modules drawn wrong of " << offer.qr.size * offer.qr.size;
    // The quiet zone is white all round.
    EXPECT_EQ(test::pixel(*image, int(code->rect.x0 + unit), int(code->rect.y0 + unit))[0], 255);
    EXPECT_EQ(test::pixel(*image, int(code->rect.x1 - unit), int(code->rect.y1 - unit))[0], 255);

    EXPECT_TRUE(drew(report, "http://192.168.1.20:8080/")) << "the address, without the code after '#'";
    EXPECT_TRUE(drew(report, "4815") && drew(report, "1623")) << "the code in two groups";
    EXPECT_TRUE(drew(report, "Any key: back"));
    EXPECT_EQ(problemsText(report), "");
}

TEST_P(PairingPage, WithTheRemoteOffItSaysHowToTurnItOn) {
    ScreenshotStudio studio(test::bundledPack(), test::realFonts());
    ShotRequest req;
    req.pairing = true;
    req.remoteOn = false;
    req.width = GetParam().first;
    req.height = GetParam().second;
    LayoutReport report;
    auto image = studio.moment(req, &report);
    ASSERT_TRUE(image) << image.error().message;
    EXPECT_TRUE(std::none_of(report.boxes.begin(), report.boxes.end(),
                             [](const ShapeBox& b) { return b.kind == BoxKind::Code; }));
    EXPECT_TRUE(drew(report, "The phone remote is off"));
    EXPECT_TRUE(drew(report, "[remote]"));
    EXPECT_TRUE(drew(report, "enabled = true"));
    EXPECT_EQ(problemsText(report), "");
}

INSTANTIATE_TEST_SUITE_P(PortraitAndLandscape, PairingPage,
                         ::testing::Values(std::pair{1080, 1920}, std::pair{1920, 1080}, std::pair{720, 1280}),
                         [](const auto& info) {
                             return std::to_string(info.param.first) + "x" + std::to_string(info.param.second);
                         });

TEST(PairingCardOnHome, KeepsTheLayoutRulesAndTheCodeOnScreenInPortraitAndLandscape) {
    // `screenshot --screen home --remote`: the small card above the footer.
    ScreenshotStudio studio(test::bundledPack(), test::realFonts());
    for (auto [w, h] : {std::pair{1080, 1920}, std::pair{1920, 1080}, std::pair{720, 1280}}) {
        ShotRequest req;
        req.screen = Screen::Home;
        req.pairingCard = true;
        req.width = w;
        req.height = h;
        LayoutReport report;
        auto image = studio.moment(req, &report);
        ASSERT_TRUE(image) << image.error().message;
        EXPECT_TRUE(std::any_of(report.boxes.begin(), report.boxes.end(),
                                [](const ShapeBox& b) { return b.kind == BoxKind::Code; }))
            << w << "x" << h;
        EXPECT_TRUE(drew(report, "4815 1623")) << w << "x" << h;
        for (const TextRun& t : report.texts)
            EXPECT_TRUE(t.rect.x0 >= 0 && t.rect.x1 <= float(w)) << "'" << t.text << "' leaves the screen at " << w << "x" << h;
        EXPECT_EQ(problemsText(report), "") << w << "x" << h;
    }
}

}  // namespace
}  // namespace mc
