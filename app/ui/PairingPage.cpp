// The phone remote's pairing page (the Q key), over whatever screen was showing: a large
// QR code of the mirror's address with its one-time code, the address in words and the
// code in large digits for a phone whose camera cannot read it, all readable from 3 m.
// With the remote off it says how to turn it on instead of showing nothing.
#include <algorithm>

#include "ui/PairingCard.h"
#include "ui/Screens.h"
#include "ui/TextLines.h"

namespace mc {
namespace {

// The address to type: the QR code's URL without the code after '#'.
std::string addressOf(const PairingOffer& offer) { return offer.url.substr(0, offer.url.find('#')); }

// The code in the timer's large digits ("1234 5678"): that font has digits only, so the
// two groups are drawn apart. Returns the height used.
float drawCodeDigits(Canvas& c, const std::string& code, float x, float y, float width, float size) {
    const FontSet& f = c.fonts();
    const std::string grouped = groupedCode(code);
    const size_t space = grouped.find(' ');
    const std::string first = grouped.substr(0, space);
    const std::string second = space == std::string::npos ? std::string() : grouped.substr(space + 1);
    auto widthAt = [&](float s) {
        return c.measure(f.huge, s, first).x + (second.empty() ? 0 : s * 0.4f + c.measure(f.huge, s, second).x);
    };
    if (widthAt(size) > width) size = std::floor(size * width / widthAt(size));
    c.text(f.huge, size, x, y, colors::kWhite, first);
    if (!second.empty())
        c.text(f.huge, size, x + c.measure(f.huge, size, first).x + size * 0.4f, y, colors::kWhite, second);
    return size;
}

// What goes with the QR code: "or open this address", the address, "and type this
// one-time code" and the code. Measured first (draw = false) so the QR code can
// have the rest of the screen.
float codeBlock(Canvas& c, const PairingOffer& offer, const Locale& t, float x, float y, float width, bool draw) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float start = y;
    const float codeSize = std::round(l.fonts.title * 1.5f);
    const float bodyLine = l.fonts.body * 1.12f;
    y += draw ? drawLines(c, f.body, l.fonts.body, x, y, colors::kSoft, t[UiKey::PairOpen], width, 2, Align::Left, bodyLine)
              : linesHeight(f.body, l.fonts.body, t[UiKey::PairOpen], width, 2, bodyLine);
    y += l.gap * 0.3f;
    if (draw) c.fittedText(f.title, l.fonts.title, l.fonts.small, x, y, colors::kAccent, addressOf(offer), width);
    y += l.fonts.title + l.gap * 0.6f;
    y += draw ? drawLines(c, f.body, l.fonts.body, x, y, colors::kSoft, t[UiKey::PairCode], width, 2, Align::Left, bodyLine)
              : linesHeight(f.body, l.fonts.body, t[UiKey::PairCode], width, 2, bodyLine);
    y += l.gap * 0.4f;
    y += draw ? drawCodeDigits(c, offer.code, x, y, width, codeSize) : codeSize;
    return y - start;
}

// The title and the line under it; returns the height used.
float heading(Canvas& c, const char* title, const char* line, float x, float y, float width, bool draw = true) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float titleLine = l.fonts.title * 1.05f, bodyLine = l.fonts.body * 1.12f;
    float h = linesHeight(f.title, l.fonts.title, title, width, 2, titleLine) + l.gap * 0.6f;
    if (draw) drawLines(c, f.title, l.fonts.title, x, y, colors::kWhite, title, width, 2, Align::Left, titleLine);
    if (draw) drawLines(c, f.body, l.fonts.body, x, y + h, colors::kSoft, line, width, 4, Align::Left, bodyLine);
    return h + linesHeight(f.body, l.fonts.body, line, width, 4, bodyLine);
}

void drawOffer(Canvas& c, const PairingOffer& offer, const Locale& t) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float m = l.margin;
    const float hintTop = l.bottom - l.fonts.small;
    if (l.portrait) {
        // Top to bottom: "point the camera at the code", the QR code as large as the rest
        // leaves, "or open this address" and the code; "any key" at the bottom.
        const float width = l.width - 2 * m;
        drawLines(c, f.small, l.fonts.small, m, hintTop, colors::kQuiet, t[UiKey::PageClose], width, 1);
        const float y = m + heading(c, t[UiKey::PairTitle], t[UiKey::PairScan], m, m, width) + l.gap;
        const float blockTop = hintTop - l.gap * 1.5f - codeBlock(c, offer, t, m, 0, width, false);
        const float side = std::max(0.0f, std::min(width, blockTop - l.gap * 1.5f - y));
        drawQrCode(c, offer.qr, (l.width - side) / 2, y + (blockTop - l.gap * 1.5f - y - side) / 2, side);
        codeBlock(c, offer, t, m, blockTop, width, true);
        return;
    }
    // Landscape: the QR code on the left, as tall as the screen allows; the words beside
    // it, centred on it, and "any key" under them.
    const float side = std::min(l.bottom - m, l.width * 0.45f);
    const float qrTop = m + (l.bottom - m - side) / 2;
    drawQrCode(c, offer.qr, m, qrTop, side);
    const float x = m + side + l.gap * 2, width = l.width - m - x;
    drawLines(c, f.small, l.fonts.small, x, hintTop, colors::kQuiet, t[UiKey::PageClose], width, 1);
    const float headH = heading(c, t[UiKey::PairTitle], t[UiKey::PairScan], x, 0, width, false) + l.gap * 1.2f;
    const float total = headH + codeBlock(c, offer, t, x, 0, width, false);
    const float y = std::max(m, std::min(qrTop + (side - total) / 2, hintTop - l.gap - total));
    heading(c, t[UiKey::PairTitle], t[UiKey::PairScan], x, y, width);
    codeBlock(c, offer, t, x, y + headH, width, true);
}

// The remote is off: how to turn it on (the lines to add are the same in every language).
void drawRemoteOff(Canvas& c, const Locale& t) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float m = l.margin, width = l.width - 2 * m;
    float y = m + heading(c, t[UiKey::RemoteOff], t[UiKey::RemoteOffHow], m, m, width) + l.gap;
    c.fittedText(f.body, l.fonts.body, l.fonts.small, m, y, colors::kQuiet, "/etc/mirrorcoach/config.toml", width);
    y += l.fonts.body + l.gap;
    for (const char* line : {"[remote]", "enabled = true"}) {
        c.text(f.title, l.fonts.title, m, y, colors::kAccent, line);
        y += l.fonts.title * 1.1f;
    }
    y += l.gap;
    c.fittedText(f.body, l.fonts.body, l.fonts.small, m, y, colors::kQuiet, "sudo systemctl restart mirrorcoach", width);
}

}  // namespace

void drawPairingPage(Canvas& c, const ViewContext& ctx, const Locale& t) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float m = l.margin;
    if (ctx.pairing) {
        drawOffer(c, *ctx.pairing, t);
        return;
    }
    drawLines(c, f.small, l.fonts.small, m, l.bottom - l.fonts.small, colors::kQuiet, t[UiKey::PageClose],
              l.width - 2 * m, 1);
    if (ctx.remoteOn) heading(c, t[UiKey::PairTitle], t[UiKey::PairUnavailable], m, m, l.width - 2 * m);
    else drawRemoteOff(c, t);
}

}  // namespace mc
