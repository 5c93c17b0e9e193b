// The phone remote's pairing card on the home screen, rendered headless: every module of
// the QR code lands where the matrix says, dark on a white quiet zone, and the home
// screen without the remote stays as it was.
#include <gtest/gtest.h>

#include "platform/display/HeadlessRenderer.h"
#include "platform/remoteserver/QrEncoder.h"
#include "ui/MirrorView.h"
#include "ui/PairingCard.h"
#include "ui/UiTestSupport.h"

namespace mc {
namespace {

TEST(PairingCard, EveryQrModuleIsDrawnWhereTheMatrixSaysOnTheHomeScreen) {
    auto renderer = HeadlessRenderer::create(1280, 720, test::realFonts(), textCorpus(*test::bundledPack(), "en"));
    ASSERT_TRUE(renderer) << renderer.error().message;
    MirrorState state(test::bundledPack());
    ViewContext ctx;
    ctx.layout = (*renderer)->layout();
    ctx.fonts = &(*renderer)->fonts();
    const Image without = (*renderer)->render([&](ImDrawList& l) { drawMirror(l, state, ctx); });

    PairingOffer offer;
    offer.code = "12345678";
    offer.url = "http://192.168.1.20:8080/#pair=12345678";
    auto qr = encodeQr(offer.url);
    ASSERT_TRUE(qr) << qr.error().message;
    offer.qr = *qr;
    ctx.pairing = offer;
    const Image with = (*renderer)->render([&](ImDrawList& l) { drawMirror(l, state, ctx); });
    ASSERT_TRUE(writePng(std::string(MC_BUILD_DIR) + "/home-with-pairing.png", with));

    // Where the card put the code, found as drawPairingCard places it (bottom left).
    const Layout& l = ctx.layout;
    const float side = std::min(l.width, l.height) * 0.2f;
    const int modules = offer.qr.size + 8;
    const float unit = std::floor(side / modules);
    ASSERT_GE(unit, 2.0f);
    // Find the white quiet zone's top-left corner: the first bright pixel in the card's column.
    int x0 = -1, y0 = -1;
    for (int y = 0; y < with.height && y0 < 0; ++y)
        for (int x = int(l.margin); x < int(l.margin + side) && y0 < 0; ++x) {
            const uint8_t* p = test::pixel(with, x, y);
            if (p[0] == 255 && p[1] == 255 && p[2] == 255 && test::samePixel(with, with, x, y) &&
                !test::samePixel(with, without, x, y)) {
                x0 = x;
                y0 = y;
            }
        }
    ASSERT_GE(x0, 0) << "no white quiet zone";
    int wrong = 0;
    for (int my = 0; my < offer.qr.size; ++my)
        for (int mx = 0; mx < offer.qr.size; ++mx) {
            const int px = x0 + int((mx + 4) * unit + unit / 2), py = y0 + int((my + 4) * unit + unit / 2);
            const bool dark = test::pixel(with, px, py)[0] < 64;
            wrong += dark != offer.qr.at(mx, my);
        }
    EXPECT_EQ(wrong, 0) << "modules drawn wrong of " << offer.qr.size * offer.qr.size;
    EXPECT_GT(test::differingPixels(with, without, test::whole(with)), offer.qr.size * offer.qr.size);
}

}  // namespace
}  // namespace mc
