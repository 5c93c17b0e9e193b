#include "ui/PairingCard.h"

#include <cmath>

#include "ui/Theme.h"

namespace mc {

float drawPairingCard(Canvas& c, const PairingOffer& offer, float x, float bottom, float side) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    // "1234 5678": easier to read from across the room and to type.
    std::string digits = offer.code;
    if (digits.size() == 8) digits.insert(4, " ");
    const float textH = l.fonts.small * 1.2f;
    c.text(f.small, l.fonts.small, x + side / 2, bottom - textH, colors::kQuiet, digits, Align::Center);
    const float top = bottom - textH - side;
    if (offer.qr.size <= 0) return top;
    // Dark modules on white with a quiet zone of four modules, as scanners expect; whole
    // pixels per module so the edges stay sharp.
    const int modules = offer.qr.size + 8;
    const float unit = std::floor(side / static_cast<float>(modules));
    if (unit < 1.0f) return top;
    const float drawn = unit * modules;
    const ImVec2 origin = c.at(std::round(x + (side - drawn) / 2), std::round(top + (side - drawn) / 2));
    ImDrawList& list = c.list();
    list.AddRectFilled(origin, {origin.x + drawn, origin.y + drawn}, colors::kWhite);
    for (int y = 0; y < offer.qr.size; ++y)
        for (int x0 = 0; x0 < offer.qr.size; ++x0) {
            if (!offer.qr.at(x0, y)) continue;
            // Runs of dark modules in a row as one rectangle: fewer vertices per frame.
            int x1 = x0;
            while (x1 + 1 < offer.qr.size && offer.qr.at(x1 + 1, y)) ++x1;
            const ImVec2 a{origin.x + (x0 + 4) * unit, origin.y + (y + 4) * unit};
            list.AddRectFilled(a, {origin.x + (x1 + 5) * unit, a.y + unit}, colors::kBlack);
            x0 = x1;
        }
    return top;
}

}  // namespace mc
