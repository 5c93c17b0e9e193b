// The player: what to do now, for how long, what comes next. While an exercise runs,
// the figure and the timer fill the screen; before it (get-ready, rests, side
// switches) the screen teaches how to get into position (ComingScreen.cpp).
#include <algorithm>
#include <cmath>

#include "ui/PlayerParts.h"
#include "ui/TextLines.h"

namespace mc {
namespace {

// The exercise a phase is about: the one being done, or (in a rest) the one coming.
int exerciseItemOf(const Timeline& tl, int phaseIndex) {
    const Phase& p = tl.phases[phaseIndex];
    if (p.kind == PhaseKind::ExerciseRest || p.kind == PhaseKind::GetReady) {
        for (size_t i = phaseIndex + 1; i < tl.phases.size(); ++i)
            if (tl.phases[i].kind == PhaseKind::Work) return tl.phases[i].item;
    }
    return p.item;
}

// The title in the title size: two lines at most, then an ellipsis; never smaller.
float drawTitle(Canvas& c, const std::string& text, float x, float y, float width, ImU32 color) {
    const Layout& l = c.layout();
    return drawLines(c, c.fonts().title, l.fonts.title, x, y, color, text, width, 2, Align::Left, l.fonts.title * 0.95f);
}

// The side in the accent colour and bold, then the set: "LEFT LEG   Set 1 of 2".
float drawSideAndSet(Canvas& c, const PlayerScene& s, float x, float y, float width) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    std::string side = sideLabel(s);
    std::string set = setLabel(*s.view.phase, s.t);
    if (side.empty() && set.empty()) return 0;
    float sideW = side.empty() ? 0 : c.measure(f.title, l.fonts.body, side).x + l.gap * 1.5f;
    if (!side.empty()) c.text(f.title, l.fonts.body, x, y, colors::kAccent, side);
    if (!set.empty()) {
        if (sideW + c.measure(f.body, l.fonts.body, set).x <= width) {
            c.text(f.body, l.fonts.body, x + sideW, y, colors::kSoft, set);
        } else {
            y += l.fonts.body * 1.1f;
            c.text(f.body, l.fonts.body, x, y, colors::kSoft, set);
            return l.fonts.body * 2.1f;
        }
    }
    return l.fonts.body;
}

// "Paused - press Space to continue", or the cue for this moment.
void drawCueArea(Canvas& c, const PlayerScene& s, float x, float y, float width, int lines) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    if (s.view.paused) {
        std::string line = std::string(s.t[UiKey::Paused]) + " \xE2\x80\x94 " + s.t[UiKey::PausedHint];
        drawLines(c, f.body, l.fonts.body, x, y, colors::kAccent, line, width, lines, Align::Left, l.fonts.body * 1.1f);
        return;
    }
    if (std::string care = cautionLine(s); !care.empty()) {
        // A caution is read whole: when it needs more lines than the area has in the body
        // size, it takes the small size, which fits more lines in the same height.
        const float bodyLine = l.fonts.body * 1.1f, smallLine = l.fonts.small * 1.1f;
        const bool fitsBody = static_cast<int>(breakLines(f.body, l.fonts.body, care, width, 99).size()) <= lines;
        if (fitsBody)
            drawLines(c, f.body, l.fonts.body, x, y, colors::kWhite, care, width, lines, Align::Left, bodyLine);
        else
            drawLines(c, f.small, l.fonts.small, x, y, colors::kWhite, care, width,
                      static_cast<int>((lines - 1) * bodyLine / smallLine) + 1, Align::Left, smallLine);
        return;
    }
    drawLines(c, f.body, l.fonts.body, x, y, colors::kSoft, cueLine(s), width, lines, Align::Left, l.fonts.body * 1.1f);
}

// "Next up: Bridge", the exercise after this one.
std::string nextExerciseLine(const PlayerScene& s, const ContentPack& pack) {
    if (s.view.nextWorkPhase < 0) return "";
    const Phase& next = s.timeline.phases[static_cast<size_t>(s.view.nextWorkPhase)];
    if (next.item == s.view.phase->item || next.item < 0) return "";
    const Exercise* e = pack.exercise(s.routine.items[static_cast<size_t>(next.item)].exercise);
    return e ? std::string(s.t[UiKey::NextUp]) + ": " + e->name.in(s.language()) : "";
}

}  // namespace

void drawWorkScreen(Canvas& c, const PlayerScene& s, const ContentPack& pack) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float m = l.margin;
    const float width = l.width - 2 * m;
    float y = drawRoutineStrip(c, s);
    std::string next = nextExerciseLine(s, pack);
    std::string word = s.view.rep ? stageWord(s.exercise, *s.view.rep, s.language()) : "";

    if (l.portrait) {
        // Top down: title, side; bottom up: next, cue, stage word, ring; the figure
        // takes what is left between them.
        y += drawTitle(c, s.exercise.name.in(s.language()), m, y, width, colors::kWhite);
        y += l.gap * 0.5f;
        float sideH = drawSideAndSet(c, s, m, y, width);
        if (sideH > 0) y += sideH + l.gap * 0.5f;

        // While the caution shows, it takes the "Next up" line's room for a third line:
        // nothing above it moves.
        float bottom = l.bottom;
        float cueH = l.fonts.body * 2.1f;
        int cueLines = 2;
        const bool caution = !cautionLine(s).empty();
        if (!next.empty() && caution) {
            cueH += l.fonts.small + l.gap;
            cueLines = 3;
        } else if (!next.empty()) {
            bottom -= l.fonts.small;
            drawLines(c, f.small, l.fonts.small, m, bottom, colors::kQuiet, next, width, 1);
            bottom -= l.gap;
        }
        bottom -= cueH;
        drawCueArea(c, s, m, bottom, width, cueLines);
        bottom -= l.gap;
        if (!word.empty()) {
            bottom -= l.fonts.body;
            c.text(f.title, l.fonts.body, l.width / 2, bottom, colors::kAccent, word, Align::Center);
            bottom -= l.gap * 0.5f;
        }
        float radius = std::max(minimumRingRadius(l), std::min(l.width * 0.3f, l.height * 0.15f));
        ImVec2 center{l.width / 2, bottom - radius - l.stroke};
        drawTimerRing(c, s, center, radius);
        float figureTop = y + l.gap * 0.5f;
        float figureBottom = center.y - radius - l.stroke - l.gap;
        drawLiveFigure(c, s, m, figureTop, width, std::max(0.0f, figureBottom - figureTop));
        return;
    }

    // Landscape: the ring on the right, the figure large on the left under the title.
    float radius = std::max(minimumRingRadius(l), std::min(l.height * 0.30f, l.width * 0.19f));
    ImVec2 center{l.width - m - radius - l.stroke, l.height * 0.5f};
    float leftW = center.x - radius - l.stroke - l.gap * 2 - m;
    y += drawTitle(c, s.exercise.name.in(s.language()), m, y, leftW, colors::kWhite);
    y += l.gap * 0.5f;
    float sideH = drawSideAndSet(c, s, m, y, leftW);
    if (sideH > 0) y += sideH + l.gap * 0.5f;
    drawTimerRing(c, s, center, radius);
    float below = center.y + radius + l.stroke + l.gap * 0.7f;
    if (!word.empty()) c.text(f.title, l.fonts.body, center.x, below, colors::kAccent, word, Align::Center);
    if (!next.empty())
        drawLines(c, f.small, l.fonts.small, l.width - m, l.bottom - l.fonts.small, colors::kQuiet, next,
                  l.width - 2 * m - leftW - l.gap, 1, Align::Right);

    float cueTop = l.bottom - l.fonts.body * 2.1f;
    drawCueArea(c, s, m, cueTop, leftW, 2);
    drawLiveFigure(c, s, m, y + l.gap * 0.5f, leftW, std::max(0.0f, cueTop - l.gap - y));
}

void drawPlayerScreen(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t) {
    const SessionEngine* session = state.session();
    const Timeline* tl = state.timeline();
    if (!session || !tl || tl->phases.empty()) return;
    const Routine& routine = session->routine();
    SessionView v = session->view(ctx.now);
    int itemIndex = exerciseItemOf(*tl, v.phaseIndex);
    if (itemIndex < 0 || itemIndex >= static_cast<int>(routine.items.size())) return;
    const RoutineItem& item = routine.items[static_cast<size_t>(itemIndex)];
    // A session keeps its own content alive; a missing exercise is not drawn.
    const Exercise* ex = state.content().exercise(item.exercise);
    if (!ex) return;
    PlayerScene scene{ctx, state.content(), t, *tl, routine, v, itemIndex, item, *ex};
    if (state.howToOpen()) {
        drawHowToPage(c, scene);
    } else if (scene.working()) {
        drawWorkScreen(c, scene, state.content());
    } else {
        drawComingScreen(c, scene);
    }
}

}  // namespace mc
