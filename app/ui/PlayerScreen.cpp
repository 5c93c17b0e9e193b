// The player: what to do now, for how long, what comes next. The timer digits are
// the largest thing on the mirror (at least a quarter of the short side).
#include <algorithm>
#include <cmath>

#include "core/FigureAnimation.h"
#include "ui/FigureView.h"
#include "ui/Screens.h"

namespace mc {
namespace {

struct PlayerLayout {
    float nameY, figureX, figureY, figureW, figureH;
    ImVec2 ringCenter;
    float ringRadius, infoY, cueY, nextY, textLeft, textWidth;
};

PlayerLayout layoutFor(const Layout& l) {
    PlayerLayout p{};
    float m = l.margin;
    if (l.portrait) {
        p.nameY = m * 1.6f;
        p.figureX = m;
        p.figureY = l.height * 0.12f;
        p.figureW = l.width - 2 * m;
        p.figureH = l.height * 0.28f;
        p.ringRadius = std::min(l.width * 0.36f, l.height * 0.16f);
        p.ringCenter = {l.width / 2, l.height * 0.575f};
        p.infoY = p.ringCenter.y + p.ringRadius + l.gap * 1.5f;
        p.cueY = p.infoY + l.fonts.body * 1.8f;
        p.nextY = l.height - m - l.fonts.small * 1.2f;
        p.textLeft = m;
        p.textWidth = l.width - 2 * m;
    } else {
        p.nameY = m * 1.5f;
        p.figureX = m;
        p.figureY = l.height * 0.17f;
        p.figureW = l.width * 0.46f - m;
        p.figureH = l.height * 0.66f;
        p.ringRadius = std::min(l.height * 0.30f, l.width * 0.23f);
        p.ringCenter = {l.width * 0.72f, l.height * 0.50f};
        p.infoY = p.ringCenter.y + p.ringRadius + l.gap;
        p.cueY = l.height - m - l.fonts.body * 1.2f;
        p.nextY = p.cueY;
        p.textLeft = m;
        p.textWidth = l.width * 0.5f;
    }
    return p;
}

const char* phaseTitle(PhaseKind k, const Locale& t) {
    switch (k) {
    case PhaseKind::GetReady: return t[UiKey::GetReady];
    case PhaseKind::SwitchSides: return t[UiKey::SwitchSides];
    case PhaseKind::SetRest:
    case PhaseKind::ExerciseRest: return t[UiKey::Rest];
    default: return "";
    }
}

// The exercise a phase is about: the one being done, or (in a rest) the one coming.
int exerciseItemOf(const Timeline& tl, int phaseIndex) {
    const Phase& p = tl.phases[phaseIndex];
    if (p.kind == PhaseKind::ExerciseRest || p.kind == PhaseKind::GetReady) {
        for (size_t i = phaseIndex + 1; i < tl.phases.size(); ++i)
            if (tl.phases[i].kind == PhaseKind::Work) return tl.phases[i].item;
    }
    return p.item;
}

void drawTimer(Canvas& c, const PlayerLayout& pl, const SessionView& v, const RoutineItem& item, const Locale& t,
               bool paused) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    ImU32 digits = paused ? colors::kDim : colors::kWhite;
    c.ring(pl.ringCenter, pl.ringRadius, l.stroke, v.phaseProgress, colors::kFaint,
           paused ? colors::kDim : colors::kAccent);

    // The digits' ink, measured on the font: ImGui sizes a font by its line height
    // (ascent to descent, 1.164 em for DejaVu), so digits are about 0.63 of the size.
    const ImFontGlyph* zero = f.huge->FindGlyph('0');
    float inkTop = zero ? zero->Y0 / f.huge->FontSize : 0.171f;
    float inkHeight = zero ? (zero->Y1 - zero->Y0) / f.huge->FontSize : 0.626f;
    float digitH = l.fonts.huge * inkHeight;
    bool reps = v.phase->kind == PhaseKind::Work && item.dose.kind == Dose::Kind::Reps && v.rep;
    std::string big = reps ? std::to_string(v.rep->rep) : std::to_string(secondsLeft(v.remaining));
    if (!reps && secondsLeft(v.remaining) >= 100) big = formatClock(Millis(secondsLeft(v.remaining) * 1000));

    float size = l.fonts.huge;
    float width = c.measure(f.huge, size, big).x;
    float maxW = pl.ringRadius * 1.7f;
    if (width > maxW) size = std::max(size * maxW / width, l.shortSide * 0.25f / inkHeight);
    // Centre the digits' ink (not the line box) in the ring.
    float glyphTop = size * inkTop;
    float y = pl.ringCenter.y - digitH * (size / l.fonts.huge) / 2 - glyphTop + (reps ? -l.fonts.small * 0.6f : 0);
    c.text(f.huge, size, pl.ringCenter.x, y, digits, big, Align::Center);

    if (reps) {
        std::string sub = std::string(t[UiKey::Of]) + " " + std::to_string(v.rep->reps);
        const char* stage = (v.rep->stage == RepPosition::Stage::Up || v.rep->stage == RepPosition::Stage::Top)
                                ? t[UiKey::Up] : t[UiKey::Down];
        float subY = pl.ringCenter.y + digitH * 0.5f - l.fonts.small * 0.2f;
        c.text(f.body, l.fonts.body, pl.ringCenter.x, subY, colors::kSoft, sub + "  \xE2\x80\xA2  " + stage,
               Align::Center);
    }
}

}  // namespace

void drawPlayerScreen(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t) {
    const SessionEngine* session = state.session();
    const Timeline* tl = state.timeline();
    if (!session || !tl || tl->phases.empty()) return;
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const Routine& routine = session->routine();
    const ContentPack& pack = state.content();
    SessionView v = session->view(ctx.now);
    PlayerLayout pl = layoutFor(l);

    // Routine progress along the top edge.
    c.bar(l.margin, l.margin * 0.5f, l.width - 2 * l.margin, std::max(4.0f, l.stroke * 0.6f), v.routineProgress,
          colors::kFaint, colors::kAccent);

    int itemIndex = exerciseItemOf(*tl, v.phaseIndex);
    if (itemIndex < 0 || itemIndex >= static_cast<int>(routine.items.size())) return;
    const RoutineItem& item = routine.items[itemIndex];
    const Exercise* ex = pack.exercise(item.exercise);
    // A session keeps its own content alive; a missing exercise is not drawn.
    if (!ex) return;

    const bool working = v.phase->kind == PhaseKind::Work;
    const std::string& name = ex->name.in(ctx.language);

    // Header: what this phase is, and where we are in the routine.
    std::string counter = std::string(t[UiKey::ExerciseOf]) + " " + std::to_string(itemIndex + 1) + " " + t[UiKey::Of] + " " +
                          std::to_string(routine.items.size());
    float counterW = c.measure(f.small, l.fonts.small, counter).x;
    if (working) {
        c.fittedText(f.title, l.fonts.title, l.fonts.body, pl.textLeft, pl.nameY, colors::kWhite, name,
                     l.width - 3 * l.margin - counterW);
    } else {
        c.fittedText(f.title, l.fonts.title, l.fonts.body, pl.textLeft, pl.nameY, colors::kAccent,
                     phaseTitle(v.phase->kind, t), l.width - 3 * l.margin - counterW);
    }
    c.text(f.small, l.fonts.small, l.width - l.margin, pl.nameY + (l.fonts.title - l.fonts.small) * 0.5f,
           colors::kDim, counter, Align::Right);

    // Illustration: the movement while working; the coming exercise's start pose otherwise.
    FigureFrame frame;
    frame.dumbbells = ex->uses("dumbbells");
    frame.mirrored = v.phase->side == Side::Right ||
                     (v.phase->kind == PhaseKind::SwitchSides);
    if (working) {
        frame.movement = movementAt(item.dose, v.inPhase);
        if (item.dose.kind == Dose::Kind::Hold) frame.breathing = v.inPhase;
    }
    drawFigure(c, ex->figure, frame, pl.figureX, pl.figureY, pl.figureW, pl.figureH, working ? 1.0f : 0.6f);

    drawTimer(c, pl, v, item, t, v.paused);

    // Set and side under the ring.
    std::string info;
    if (v.phase->sets > 1) info = std::string(t[UiKey::Set]) + " " + std::to_string(v.phase->set) + " " + t[UiKey::Of] + " " +
                                  std::to_string(v.phase->sets);
    if (v.phase->side != Side::None) {
        if (!info.empty()) info += "  \xE2\x80\xA2  ";
        info += v.phase->side == Side::Left ? t[UiKey::LeftSide] : t[UiKey::RightSide];
    }
    if (v.phase->kind == PhaseKind::SwitchSides) info = t[UiKey::RightSide];
    c.text(f.body, l.fonts.body, pl.ringCenter.x, pl.infoY, colors::kSoft, info, Align::Center);

    // One line to act on: paused, the exercise's cue, or what comes next.
    std::string line;
    ImU32 lineColor = colors::kSoft;
    if (v.paused) {
        line = std::string(t[UiKey::Paused]) + " \xE2\x80\x94 " + t[UiKey::PausedHint];
        lineColor = colors::kAccent;
    } else if (working && !ex->cues.empty()) {
        // Cues take turns every 8 seconds of the phase.
        size_t which = static_cast<size_t>(v.inPhase.count() / 8000) % ex->cues.size();
        line = ex->cues[which].in(ctx.language);
    } else if (!working) {
        line = comingLine(*v.phase, name, item.dose, ex->sided, t);
        lineColor = colors::kWhite;
    }
    float lineWidth = l.portrait ? pl.textWidth : l.width * 0.44f - l.margin;
    c.text(f.body, l.fonts.body, pl.textLeft, pl.cueY, lineColor, line, Align::Left, lineWidth);

    // "Next up" while working: the next exercise after this one.
    if (working && v.nextWorkPhase >= 0) {
        const Phase& next = tl->phases[v.nextWorkPhase];
        const Exercise* nextEx = next.item != v.phase->item && next.item >= 0
                                     ? pack.exercise(routine.items[next.item].exercise) : nullptr;
        if (nextEx) {
            std::string s = std::string(t[UiKey::NextUp]) + ": " + nextEx->name.in(ctx.language);
            float x = l.portrait ? l.width / 2 : l.width - l.margin;
            float y = l.portrait ? pl.nextY : pl.nextY + (l.fonts.body - l.fonts.small) * 0.5f;
            c.text(f.small, l.fonts.small, x, y, colors::kDim, s, l.portrait ? Align::Center : Align::Right);
        }
    }
}

}  // namespace mc
