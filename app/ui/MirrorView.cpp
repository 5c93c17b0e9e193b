#include "ui/MirrorView.h"

#include "ui/Canvas.h"
#include "ui/Screens.h"

namespace mc {

ViewReport drawMirror(ImDrawList& list, const MirrorState& state, const ViewContext& ctx) {
    ViewReport report;
    if (!ctx.fonts) return report;
    Canvas canvas(list, ctx.layout, *ctx.fonts, ctx.shift, ctx.report);
    const Locale& t = localeFor(ctx.language);  // "ru-RU" -> Russian (BCP 47 lookup)
    if (state.pairingOpen()) {
        drawPairingPage(canvas, ctx, t);
        return report;
    }
    switch (state.screen()) {
    case Screen::Home: drawHomeScreen(canvas, state, ctx, t); break;
    case Screen::Overview: report.overviewPages = drawOverviewScreen(canvas, state, ctx, t); break;
    case Screen::Player: drawPlayerScreen(canvas, state, ctx, t); break;
    case Screen::Summary: drawSummaryScreen(canvas, state, ctx, t); break;
    case Screen::Profile: drawProfileScreen(canvas, state, ctx, t); break;
    }
    return report;
}

}  // namespace mc
