// The profile picker: one question at a time in big text, its answers as a list that
// a clicker walks (previous / next / select). Read from 3 m: the question at title size,
// answers at body size, the highlighted one white with the accent bar; the list keeps
// the highlight in view and says how many answers are out of sight.
#include <algorithm>

#include "ui/Screens.h"
#include "ui/TextLines.h"

namespace mc {
namespace {

std::string filled(std::string_view pattern, int a, int b = 0) {
    std::string out(pattern);
    if (size_t at = out.find("{1}"); at != std::string::npos) out.replace(at, 3, std::to_string(a));
    if (size_t at = out.find("{2}"); at != std::string::npos) out.replace(at, 3, std::to_string(b));
    return out;
}

UiKey questionOf(const ProfilePicker& p) {
    switch (p.step()) {
    case PickerStep::Name: return UiKey::PickName;
    case PickerStep::Situation: return UiKey::PickSituation;
    case PickerStep::Stage:
        return p.draft().situation == Situation::Pregnancy ? UiKey::PickTrimester : UiKey::PickWeeks;
    case PickerStep::Equipment: return UiKey::PickEquipment;
    case PickerStep::Level: return UiKey::PickLevel;
    case PickerStep::Programme: return UiKey::PickProgramme;
    case PickerStep::Confirm: return UiKey::PickConfirm;
    }
    return UiKey::PickName;
}

const Programme* programmeOf(const ProfilePicker& p, const std::string& id) {
    for (const Programme& prog : p.programmes())
        if (prog.id == id) return &prog;
    return nullptr;
}

// The short summary of the draft for the confirmation: "Anna • Pregnancy, trimester 2 • beginner".
std::string draftSummary(const ProfilePicker& p, const ViewContext& ctx, const Locale& t) {
    const Profile& d = p.draft();
    const std::string sep = "  \xE2\x80\xA2  ";
    std::string out = d.name + sep + situationLabel(d.situation, t);
    if (d.situation == Situation::Pregnancy) out += ", " + filled(t[UiKey::TrimesterN], d.trimester);
    if (d.situation == Situation::Postpartum)
        out += ", " + std::to_string(d.weeksSinceBirth) + kNoBreak + t.nounFor(d.weeksSinceBirth, Noun::Week);
    out += sep + t.level(levelName(d.level));
    std::string eq;
    for (const std::string& item : d.equipment) eq += (eq.empty() ? "" : ", ") + std::string(t.equipment(item));
    if (!eq.empty()) out += sep + eq;
    if (const Programme* prog = programmeOf(p, d.programmeId)) out += sep + prog->title.in(ctx.language);
    return out;
}

}  // namespace

std::string situationLabel(Situation s, const Locale& t) {
    switch (s) {
    case Situation::General: return t[UiKey::SituationGeneral];
    case Situation::BackPainAcute: return t[UiKey::SituationBackPainAcute];
    case Situation::BackPainRecovering: return t[UiKey::SituationBackPainRecovering];
    case Situation::HerniatedDisc: return t[UiKey::SituationHerniatedDisc];
    case Situation::Pregnancy: return t[UiKey::SituationPregnancy];
    case Situation::Postpartum: return t[UiKey::SituationPostpartum];
    case Situation::Strength: return t[UiKey::SituationStrength];
    }
    return t[UiKey::SituationGeneral];
}

std::string choiceLabel(const PickerChoice& c, const ProfilePicker& p, const ViewContext& ctx, const Locale& t) {
    using Kind = PickerChoice::Kind;
    switch (c.kind) {
    case Kind::Existing:
    case Kind::Preset: return c.name;
    case Kind::Situation: return situationLabel(c.situation, t);
    case Kind::Trimester: return filled(t[UiKey::TrimesterN], c.number);
    case Kind::Weeks: return std::to_string(c.number) + kNoBreak + t.nounFor(c.number, Noun::Week);
    case Kind::Equipment: return t.equipment(c.name);
    case Kind::Done: return t[UiKey::PickDone];
    case Kind::Level: return t.level(levelName(c.level));
    case Kind::Programme: {
        const Programme* prog = programmeOf(p, c.name);
        std::string title = prog ? prog->title.in(ctx.language) : c.name;
        return c.suitable ? title : title + "  \xE2\x80\x94  " + t[UiKey::NotForProfile];
    }
    case Kind::NoProgramme: return t[UiKey::NoProgramme];
    case Kind::Save: return t[UiKey::SaveProfile];
    case Kind::StartOver: return t[UiKey::StartOver];
    }
    return "";
}

void drawProfileScreen(Canvas& c, const MirrorState& state, const ViewContext& ctx, const Locale& t) {
    const ProfilePicker* p = state.picker();
    if (!p) return;
    const Layout& l = c.layout();
    const FontSet& f = c.fonts();
    const float m = l.margin, width = l.width - 2 * m;
    float y = m;
    c.text(f.small, l.fonts.small, m, y, colors::kQuiet, filled(t[UiKey::StepOf], p->stepNumber(), p->stepCount()));
    if (p->step() != PickerStep::Name && !p->draft().name.empty())
        c.text(f.small, l.fonts.small, l.width - m, y, colors::kQuiet, p->draft().name, Align::Right);
    y += l.fonts.small * 1.3f;
    y += drawLines(c, f.title, l.fonts.title, m, y, colors::kWhite, t[questionOf(*p)], width, 2, Align::Left,
                   l.fonts.title * 0.95f) + l.gap;
    if (p->step() == PickerStep::Confirm)
        y += drawLines(c, f.body, l.fonts.body, m, y, colors::kAccent, draftSummary(*p, ctx, t), width, 4,
                       Align::Left, l.fonts.body * 1.15f) + l.gap;

    // The hint at the bottom, then the answers in the room between.
    const float hintLineH = l.fonts.small * 1.1f;
    const float hintH = linesHeight(f.small, l.fonts.small, t[UiKey::PickerHint], width, 2, hintLineH);
    drawLines(c, f.small, l.fonts.small, m, l.bottom - hintH, colors::kQuiet, t[UiKey::PickerHint], width, 2,
              Align::Left, hintLineH);
    const float bottom = l.bottom - hintH - l.gap;
    const float rowH = l.fonts.body * 1.45f;
    const auto& choices = p->choices();
    const int count = static_cast<int>(choices.size());
    int fit = std::max(1, static_cast<int>((bottom - y) / rowH));
    int first = 0;
    if (count > fit) {
        fit = std::max(1, fit - 2);  // a line each for "n more" above and below
        first = std::clamp(p->highlighted() - fit / 2, 0, count - fit);
        if (first > 0) c.text(f.small, l.fonts.small, m, y, colors::kSoft, filled(t[UiKey::MoreAbove], first));
        y += rowH;
    }
    const float bar = std::max(8.0f, l.gap * 0.6f);
    const float box = l.fonts.body * 0.7f;
    const float lineH = l.fonts.body * 1.1f;
    int shownTo = first;
    for (int i = first; i < std::min(count, first + fit); ++i) {
        const PickerChoice& choice = choices[static_cast<size_t>(i)];
        const bool lit = i == p->highlighted();
        float x = m + bar + l.gap;
        if (choice.kind == PickerChoice::Kind::Equipment) x += box + l.gap * 0.8f;
        // A long answer (Russian, portrait) wraps to a second line rather than losing its end.
        const std::string label = choiceLabel(choice, *p, ctx, t);
        const float h = linesHeight(f.body, l.fonts.body, label, l.width - m - x, 2, lineH);
        if (y + h > bottom && i > first && !lit) break;
        if (lit) c.list().AddRectFilled(c.at(m, y + l.fonts.body * 0.08f), c.at(m + bar, y + l.fonts.body * 1.05f), colors::kAccent);
        if (choice.kind == PickerChoice::Kind::Equipment) {
            // A box ticked (filled) when the item is at hand.
            const float bx = m + bar + l.gap, top = y + (l.fonts.body - box) * 0.55f;
            if (choice.on) c.list().AddRectFilled(c.at(bx, top), c.at(bx + box, top + box), colors::kAccent);
            else c.list().AddRect(c.at(bx, top), c.at(bx + box, top + box), colors::kSoft, 0, 0, std::max(2.0f, l.stroke * 0.3f));
        }
        const ImU32 color = lit ? colors::kWhite : choice.suitable ? colors::kSoft : colors::kQuiet;
        drawLines(c, f.body, l.fonts.body, x, y, color, label, l.width - m - x, 2, Align::Left, lineH);
        y += h + (rowH - l.fonts.body * 1.1f);
        shownTo = i + 1;
    }
    if (shownTo < count) c.text(f.small, l.fonts.small, m, y, colors::kSoft, filled(t[UiKey::MoreBelow], count - shownTo));
}

}  // namespace mc
