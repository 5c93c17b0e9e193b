#include "ui/PairingCard.h"

#include <cmath>

#include "ui/Theme.h"

namespace mc {

std::string groupedCode(const std::string& code) {
    // Built, not insert()ed: GCC 12 warns falsely (-Wrestrict) on an insert into a copy.
    return code.size() == 8 ? code.substr(0, 4) + " " + code.substr(4) : code;
}

float drawPairingCard(Canvas& c, const PairingOffer& offer, float x, float bottom, float side) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    // The code beside the QR, not under it: wider than the card in portrait, it was cut
    // at the screen's edge, and under it took a row from the routine list.
    const float top = bottom - side;
    drawQrCode(c, offer.qr, x, top, side);
    c.text(f.small, l.fonts.small, x + side + l.gap, top + (side - l.fonts.small) / 2, colors::kQuiet,
           groupedCode(offer.code));
    return top;
}

void drawQrCode(Canvas& c, const QrMatrix& qr, float x, float top, float side) {
    if (qr.size <= 0) return;
    // Dark modules on white with a quiet zone of four modules, as scanners expect; whole
    // pixels per module so the edges stay sharp.
    const int modules = qr.size + 8;
    const float unit = std::floor(side / static_cast<float>(modules));
    if (unit < 1.0f) return;
    const float drawn = unit * modules;
    const float left = std::round(x + (side - drawn) / 2), upper = std::round(top + (side - drawn) / 2);
    c.noteBox(BoxKind::Code, left, upper, left + drawn, upper + drawn);
    const ImVec2 origin = c.at(left, upper);
    ImDrawList& list = c.list();
    list.AddRectFilled(origin, {origin.x + drawn, origin.y + drawn}, colors::kWhite);
    for (int y = 0; y < qr.size; ++y)
        for (int x0 = 0; x0 < qr.size; ++x0) {
            if (!qr.at(x0, y)) continue;
            // Runs of dark modules in a row as one rectangle: fewer vertices per frame.
            int x1 = x0;
            while (x1 + 1 < qr.size && qr.at(x1 + 1, y)) ++x1;
            const ImVec2 a{origin.x + (x0 + 4) * unit, origin.y + (y + 4) * unit};
            list.AddRectFilled(a, {origin.x + (x1 + 5) * unit, a.y + unit}, colors::kBlack);
            x0 = x1;
        }
}

}  // namespace mc
