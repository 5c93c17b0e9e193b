#include "ui/MirrorView.h"

#include "ui/Canvas.h"
#include "ui/Screens.h"

namespace mc {

void drawMirror(ImDrawList& list, const MirrorState& state, const ViewContext& ctx) {
    if (!ctx.fonts) return;
    Canvas canvas(list, ctx.layout, *ctx.fonts, ctx.shift, ctx.report);
    const Locale& t = localeFor(ctx.language);  // "ru-RU" -> Russian (BCP 47 lookup)
    switch (state.screen()) {
    case Screen::Home: drawHomeScreen(canvas, state, ctx, t); break;
    case Screen::Overview: drawOverviewScreen(canvas, state, ctx, t); break;
    case Screen::Player: drawPlayerScreen(canvas, state, ctx, t); break;
    case Screen::Summary: drawSummaryScreen(canvas, state, ctx, t); break;
    }
}

}  // namespace mc
