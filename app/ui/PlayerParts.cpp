#include "ui/PlayerParts.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "core/PaceText.h"
#include "locale/SideLabel.h"
#include "ui/TextLines.h"

namespace mc {
namespace {

// Where an item's phases begin and end on the timeline, for the strip.
struct ItemSpan {
    Millis start{0}, end{0};
};

std::vector<ItemSpan> itemSpans(const Timeline& tl, int items) {
    std::vector<ItemSpan> spans(static_cast<size_t>(std::max(0, items)), ItemSpan{Millis{-1}, Millis{-1}});
    for (const Phase& p : tl.phases) {
        if (p.kind != PhaseKind::Work || p.item < 0 || p.item >= items) continue;
        ItemSpan& s = spans[static_cast<size_t>(p.item)];
        if (s.start.count() < 0) s.start = p.start;
        s.end = p.end();
    }
    return spans;
}

}  // namespace

float drawRoutineStrip(Canvas& c, const PlayerScene& s) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float m = l.margin;
    const float top = std::round(m * 0.5f);
    const float barH = std::max(6.0f, std::round(l.stroke * 0.8f));
    const float width = l.width - 2 * m;

    // One segment per exercise, as long as its share of the routine: the person sees how
    // many there are, which one is now, and how much is behind.
    const int items = static_cast<int>(s.routine.items.size());
    std::vector<ItemSpan> spans = itemSpans(s.timeline, items);
    const float total = static_cast<float>(std::max<int64_t>(1, s.timeline.total.count()));
    const float gap = std::max(3.0f, std::round(barH * 0.7f));
    float x = m;
    for (int i = 0; i < items; ++i) {
        const ItemSpan& span = spans[static_cast<size_t>(i)];
        if (span.start.count() < 0) continue;
        // Each segment runs to the next one's start, so rests belong to what they lead to.
        Millis segEnd = s.timeline.total;
        for (int j = i + 1; j < items; ++j)
            if (spans[static_cast<size_t>(j)].start.count() >= 0) {
                segEnd = spans[static_cast<size_t>(j)].start;
                break;
            }
        float segStart = i == 0 ? 0.0f : static_cast<float>(span.start.count());
        float w = std::max(barH, width * (static_cast<float>(segEnd.count()) - segStart) / total - gap);
        ImU32 color = colors::kFaint;
        if (i < s.itemIndex) color = colors::kDim;
        if (i == s.itemIndex) color = colors::kAccent;
        c.list().AddRectFilled(c.at(x, top), c.at(x + w, top + barH), color, barH * 0.5f);
        x += w + gap;
    }

    float y = top + barH + l.gap * 0.6f;
    std::string counter = std::string(s.t[UiKey::ExerciseOf]) + " " + std::to_string(s.itemIndex + 1) + " " +
                          s.t[UiKey::Of] + " " + std::to_string(items);
    Millis left = s.timeline.total - s.view.position;
    std::string timeLeft(s.t[UiKey::TimeLeft]);
    if (size_t at = timeLeft.find("{1}"); at != std::string::npos) timeLeft.replace(at, 3, formatClock(left + Millis(999)));
    // A narrow screen drops the word "Exercise" rather than crowd the time.
    float leftW = c.measure(f.small, l.fonts.small, timeLeft).x;
    if (c.measure(f.small, l.fonts.small, counter).x + leftW + l.gap * 2 > width)
        counter = std::to_string(s.itemIndex + 1) + " / " + std::to_string(items);
    c.text(f.small, l.fonts.small, m, y, colors::kQuiet, counter);
    c.text(f.small, l.fonts.small, l.width - m, y, colors::kQuiet, timeLeft, Align::Right);
    return y + l.fonts.small + l.gap * 0.6f;
}

float minimumRingRadius(const Layout& l) {
    // Two digits at the brief's minimum (a quarter of the short side) need about
    // 1.9 times that in width; the ring's inside must hold them.
    return std::ceil(l.shortSide * 0.25f * 1.95f / 1.7f);
}

void drawTimerRing(Canvas& c, const PlayerScene& s, ImVec2 center, float radius) {
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const SessionView& v = s.view;
    const bool paused = v.paused;
    const float progress = v.phase ? tickedProgress(v.remaining, v.phase->duration) : v.phaseProgress;
    c.ring(center, radius, l.stroke, progress, colors::kFaint, paused ? colors::kDim : colors::kAccent);

    // The digits' ink, measured on the font: ImGui sizes a font by its line height
    // (ascent to descent, 1.164 em for DejaVu), so digits are about 0.63 of the size.
    const ImFontGlyph* zero = f.huge->FindGlyph('0');
    float inkTop = zero ? zero->Y0 / f.huge->FontSize : 0.171f;
    float inkHeight = zero ? (zero->Y1 - zero->Y0) / f.huge->FontSize : 0.626f;
    const bool reps = s.working() && s.item.dose.kind == Dose::Kind::Reps && v.rep;
    int seconds = secondsLeft(v.remaining);
    std::string big = reps ? std::to_string(v.rep->rep) : std::to_string(seconds);
    // "4:59" at the brief's digit size is wider than any ring that fits the screen:
    // long holds count whole minutes ("5 min") until 99 seconds are left.
    std::string sub;
    if (reps) sub = std::string(s.t[UiKey::Of]) + " " + std::to_string(v.rep->reps);
    if (!reps && seconds >= 100) {
        big = std::to_string((seconds + 59) / 60);
        sub = s.t[UiKey::Minutes];
    }

    float size = l.fonts.huge;
    float width = c.measure(f.huge, size, big).x;
    float maxW = radius * 1.7f;
    if (width > maxW) size = std::max(size * maxW / width, l.shortSide * 0.25f / inkHeight);
    float digitH = size * inkHeight;
    // Centre the digits' ink (not the line box) in the ring, with room for "of 10" / "min".
    float subSize = l.fonts.small;
    float inkY = center.y - digitH / 2 - (sub.empty() ? 0 : subSize * 0.55f);
    c.text(f.huge, size, center.x, inkY - size * inkTop, paused ? colors::kQuiet : colors::kWhite, big, Align::Center);
    if (!sub.empty()) c.text(f.small, subSize, center.x, inkY + digitH + subSize * 0.25f, colors::kSoft, sub, Align::Center);
}

std::string sideLabel(const PlayerScene& s) {
    Side side = s.view.phase->side;
    // A switch leads to the second side: name the side coming.
    if (s.view.phase->kind == PhaseKind::SwitchSides) side = Side::Right;
    if (side == Side::None) return "";
    return std::string(mc::sideLabel(s.t, side == Side::Left ? BodySide::Left : BodySide::Right, s.exercise.limb));
}

std::string setLabel(const Phase& phase, const Locale& t) {
    if (phase.sets <= 1) return "";
    return std::string(t[UiKey::Set]) + kNoBreak + std::to_string(phase.set) + kNoBreak + t[UiKey::Of] + kNoBreak +
           std::to_string(phase.sets);
}

std::string setupText(const Exercise& e, const std::string& language) {
    if (!e.setup.empty()) return e.setup.in(language);
    // Content without a setup text: the first sentence of the instructions.
    std::string text = e.instructions.in(language);
    if (size_t dot = text.find(". "); dot != std::string::npos) text = text.substr(0, dot + 1);
    return text;
}

std::string equipmentLine(const Exercise& e, const Locale& t) {
    std::string names;
    for (const std::string& eq : e.equipment) {
        const char* name = t.equipment(eq);
        if (*name) names += (names.empty() ? "" : ", ") + std::string(name);
    }
    return names.empty() ? "" : std::string(t[UiKey::YouNeed]) + ": " + names;
}

std::string stageWord(const Exercise& e, const RepPosition& rep, const std::string& language) {
    return paceTextAt(e, rep.stage).word.in(language);
}

std::string cautionLine(const PlayerScene& s) {
    // Long enough to read twice from the mat; the setup speech has already said it once.
    constexpr Millis kCautionShown{8000};
    const Phase& now = *s.view.phase;
    if (s.exercise.cautions.empty() || now.kind != PhaseKind::Work || s.view.inPhase >= kCautionShown) return "";
    for (const Phase& p : s.timeline.phases) {
        if (p.kind != PhaseKind::Work || p.item != now.item) continue;
        if (p.start != now.start) return "";  // not the item's first set and side
        break;
    }
    return std::string(s.t[UiKey::Careful]) + ": " + s.exercise.cautions.front().in(s.language());
}

std::string cueLine(const PlayerScene& s) {
    const Exercise& e = s.exercise;
    if (std::string care = cautionLine(s); !care.empty()) return care;
    // Paced reps: the line bound to the stage under way, so it never contradicts it.
    if (s.view.rep) {
        std::string bound = paceTextAt(e, s.view.rep->stage).cue.in(s.language());
        if (!bound.empty()) return bound;
    }
    if (e.cues.empty()) return "";
    // Cues take turns every 8 seconds of the phase.
    size_t which = static_cast<size_t>(s.view.inPhase.count() / 8000) % e.cues.size();
    return e.cues[which].in(s.language());
}

}  // namespace mc
