#include "cli/Screenshots.h"

#include <algorithm>
#include <cmath>

#include "cli/ContentChoice.h"
#include "core/Timeline.h"
#include "loop/TodayAdvice.h"
#include "progress/Suitability.h"
#include "platform/display/HeadlessRenderer.h"
#include "platform/remoteserver/QrEncoder.h"
#include "progress/RoutineSuggestion.h"
#include "progress/WeekProgress.h"
#include "update/UpdateStatus.h"
#include "ui/Canvas.h"
#include "ui/FigureView.h"
#include "ui/MirrorView.h"

namespace mc {
namespace {

std::pair<int, int> uprightSize(const ShotRequest& r) {
    bool sideways = r.rotation == 90 || r.rotation == 270;
    return sideways ? std::pair{r.height, r.width} : std::pair{r.width, r.height};
}

Image renderState(HeadlessRenderer& renderer, MirrorState& state, const ShotRequest& request, MonoTime now,
                  LayoutReport* report = nullptr) {
    ViewContext ctx = shotContext(renderer.layout(), renderer.fonts(), state, request, now);
    // As on the mirror: the overview learns its page count from a first drawing, so
    // `--at` can show any page.
    ViewReport view;
    renderer.render([&](ImDrawList& list) { view = drawMirror(list, state, ctx); });
    state.setOverviewPages(view.overviewPages);
    if (report) {
        *report = LayoutReport{renderer.layout().width, renderer.layout().height, {}, {}};
        ctx.report = report;
    }
    return renderer.render([&](ImDrawList& list) { drawMirror(list, state, ctx); });
}

void blit(Image& dst, const Image& src, int x0, int y0) {
    for (int y = 0; y < src.height && y0 + y < dst.height; ++y)
        std::copy_n(&src.rgba[size_t(y) * src.width * 4], size_t(std::min(src.width, dst.width - x0)) * 4,
                    &dst.rgba[(size_t(y0 + y) * dst.width + x0) * 4]);
}

// The instant a shot shows: 30 Nov 2026 at the request's clock time, UTC.
WallTime shotTime(const ShotRequest& r) { return {1796083200LL + r.clockMinutes * 60LL, 0}; }

bool fitsProgramme(const Programme& p, const Profile& who) { return checkProgramme(p, who).suits(); }

// The first programme of the pack that suits `who` and whose id contains `hint`.
std::string programmeFor(const ContentPack& pack, const Profile& who, const std::string& hint) {
    for (const Programme& p : pack.programmes)
        if (p.id.find(hint) != std::string::npos && fitsProgramme(p, who)) return p.id;
    return "";
}

// Drives the picker with key events, as a person would, to the step asked for.
void walkPicker(MirrorState& state, const std::string& step) {
    const PickerStep want = step == "name"        ? PickerStep::Name
                            : step == "stage"     ? PickerStep::Stage
                            : step == "equipment" ? PickerStep::Equipment
                            : step == "level"     ? PickerStep::Level
                            : step == "programme" ? PickerStep::Programme
                            : step == "confirm"   ? PickerStep::Confirm
                                                  : PickerStep::Situation;
    auto pick = [&](auto&& is) {
        for (int i = 0; i < 40 && state.picker(); ++i) {
            const ProfilePicker& p = *state.picker();
            if (is(p.choices()[static_cast<size_t>(p.highlighted())])) break;
            state.handle(Action::Next, MonoTime{0});
        }
    };
    for (int guard = 0; guard < 20 && state.picker() && state.picker()->step() != want; ++guard) {
        switch (state.picker()->step()) {
        case PickerStep::Name: pick([](const PickerChoice& c) { return c.kind == PickerChoice::Kind::Preset; }); break;
        case PickerStep::Situation: pick([](const PickerChoice& c) { return c.situation == Situation::Pregnancy; }); break;
        case PickerStep::Stage: pick([](const PickerChoice& c) { return c.number == 2; }); break;
        case PickerStep::Equipment:
            for (const char* item : {"chair", "fitball"}) {
                pick([&](const PickerChoice& c) { return c.name == item; });
                state.handle(Action::Select, MonoTime{0});
            }
            pick([](const PickerChoice& c) { return c.kind == PickerChoice::Kind::Done; });
            break;
        case PickerStep::Level: pick([](const PickerChoice& c) { return c.level == Level::Gentle; }); break;
        default: break;
        }
        state.handle(Action::Select, MonoTime{0});
    }
    if (want == PickerStep::Equipment && state.picker()) {  // show a ticked box
        state.handle(Action::Next, MonoTime{0});
        state.handle(Action::Select, MonoTime{0});
    }
}

}  // namespace

std::vector<Profile> sampleHousehold(const ContentPack& pack, const std::string& language) {
    // Names in the screen's language: a Russian screen shows no Latin word.
    const bool ru = language.rfind("ru", 0) == 0;
    Profile anna;
    anna.id = 1;
    anna.name = ru ? "Анна" : "Anna";
    anna.situation = Situation::Pregnancy;
    anna.trimester = 2;
    anna.equipment = {"chair", "fitball", "pillow"};
    anna.level = Level::Gentle;
    anna.programmeId = programmeFor(pack, anna, "pregnan");
    Profile ivan;
    ivan.id = 2;
    ivan.name = ru ? "Иван" : "Ivan";
    ivan.situation = Situation::Strength;
    ivan.equipment = {"dumbbells", "bar", "bench"};
    ivan.level = Level::Intermediate;
    ivan.programmeId = programmeFor(pack, ivan, "strong");
    Profile mila;
    mila.id = 3;
    mila.name = ru ? "Мила" : "Mila";
    return {anna, ivan, mila};
}

Result<MirrorState> shotState(std::shared_ptr<const ContentPack> content, const ShotRequest& request) {
    MirrorState state(content);
    if (content->routines.empty()) return state;
    std::string id = request.routineId.empty() ? content->routines.front().id : request.routineId;
    if (!content->routine(id)) {
        std::string known;
        for (const Routine& r : content->routines) known += (known.empty() ? "" : ", ") + r.id;
        return Error{"no routine '" + id + "' in the content (routines: " + known + ")"};
    }
    Screen screen = request.screen.value_or(Screen::Player);
    if (request.household || screen == Screen::Profile) {
        std::vector<Profile> people = sampleHousehold(*content, request.language);
        const Locale& t = localeFor(request.language);
        state.setPickerSetup(presetProfileNames(t), fitsProgramme);
        state.setHousehold(screen == Screen::Profile ? std::vector<Profile>{people[1]} : people, people[0].id);
        if (screen == Screen::Home) {
            const Profile& anna = people[0];
            TodaySuggestion today = suggestToday(anna, *content, {}, shotTime(request));
            state.setAdvice(adviceFor(today, anna, shotTime(request), t, request.language));
            if (request.routineId.empty()) return state;  // today's routine highlighted
        }
    }
    if (screen == Screen::Profile) {
        state.openPicker(MonoTime{0});
        walkPicker(state, request.pickerStep);
    } else if (screen == Screen::Home) {
        for (size_t i = 0; i < content->routines.size(); ++i)
            if (content->routines[i].id == id) state.select(static_cast<int>(i));
    } else if (screen == Screen::Overview) {
        state.openRoutine(id, MonoTime{0});
    } else {
        state.startRoutine(id, MonoTime{0});
        state.tick(request.at);
        if (request.howTo) state.handle(Action::HowTo, request.at);
    }
    if (request.pairing) state.handle(Action::Pairing, request.at);
    return state;
}

ViewContext shotContext(const Layout& layout, const FontSet& fonts, const MirrorState& state,
                        const ShotRequest& request, MonoTime now) {
    ViewContext ctx;
    ctx.layout = layout;
    ctx.fonts = &fonts;
    ctx.now = now;
    ctx.clockMinutes = request.clockMinutes;
    ctx.language = request.language;
    // As the mirror words it for its bundled content with updates off, in the screen's language.
    UpdateStatus updates;
    updates.state = UpdateStatus::State::Disabled;
    updates.contentVersion = state.content().version;
    ctx.home.updateStatus = statusLine(updates, localeFor(request.language));
    ctx.remoteOn = request.remoteOn;
    if ((request.pairing || request.pairingCard) && request.remoteOn) ctx.pairing = samplePairingOffer();
    if (const auto& outcome = state.lastOutcome(); outcome && state.screen() == Screen::Summary) {
        // As the mirror would after recording it: the week and the suggestion include
        // the session just done (with no earlier history).
        SessionRecord done;
        done.routineId = outcome->routineId;
        done.activeSeconds = outcome->activeTime.count() / 1000;
        done.completedItems = outcome->completedItems;
        done.totalItems = outcome->totalItems;
        done.stoppedEarly = outcome->stoppedEarly;
        ctx.home.weekDone = countsTowardGoal(done) ? 1 : 0;
        std::vector<std::string> ids;
        for (const Routine& r : state.content().routines) ids.push_back(r.id);
        ctx.home.suggestedRoutine = suggestRoutine({done}, ids);
    }
    return ctx;
}

PairingOffer samplePairingOffer() {
    PairingOffer offer;
    offer.code = "48151623";
    offer.url = "http://192.168.1.20:8080/#pair=" + offer.code;
    offer.secondsLeft = 300;
    if (auto qr = encodeQr(offer.url)) offer.qr = std::move(*qr);
    return offer;
}

Image downscale(const Image& s, int width, int height) {
    Image d{width, height, std::vector<uint8_t>(size_t(width) * height * 4)};
    for (int y = 0; y < height; ++y) {
        int sy0 = y * s.height / height, sy1 = std::max(sy0 + 1, (y + 1) * s.height / height);
        for (int x = 0; x < width; ++x) {
            int sx0 = x * s.width / width, sx1 = std::max(sx0 + 1, (x + 1) * s.width / width);
            unsigned sum[4] = {0, 0, 0, 0};
            for (int yy = sy0; yy < sy1; ++yy)
                for (int xx = sx0; xx < sx1; ++xx)
                    for (int c = 0; c < 4; ++c) sum[c] += s.rgba[(size_t(yy) * s.width + xx) * 4 + c];
            unsigned n = unsigned((sy1 - sy0) * (sx1 - sx0));
            for (int c = 0; c < 4; ++c) d.rgba[(size_t(y) * width + x) * 4 + c] = uint8_t(sum[c] / n);
        }
    }
    return d;
}

Result<Image> ScreenshotStudio::moment(const ShotRequest& request, LayoutReport* report) const {
    auto state = shotState(content_, request);
    if (!state) return state.error();
    auto [w, h] = uprightSize(request);
    auto renderer = HeadlessRenderer::create(w, h, fonts_, textCorpus(*content_, request.language));
    if (!renderer) return renderer.error();
    return renderState(**renderer, *state, request, request.at, report);
}

std::vector<Millis> ScreenshotStudio::keyMoments(const Routine& routine) const {
    Timeline tl = expandRoutine(routine, *content_);
    std::vector<Millis> out;
    auto first = [&](auto pred) -> const Phase* {
        for (const Phase& p : tl.phases)
            if (pred(p)) return &p;
        return nullptr;
    };
    auto addMid = [&](const Phase* p, double fraction) {
        if (p && p->duration.count() > 0) out.push_back(p->start + Millis(int64_t(p->duration.count() * fraction)));
    };
    addMid(first([](const Phase& p) { return p.kind == PhaseKind::GetReady; }), 0.5);
    addMid(first([](const Phase& p) { return p.kind == PhaseKind::Work && !p.paced; }), 0.4);
    if (const Phase* reps = first([](const Phase& p) { return p.kind == PhaseKind::Work && p.paced; })) {
        const RoutineItem& item = routine.items[reps->item];
        // Half-way up the second repetition: the figure is mid-movement.
        Millis rep = item.dose.tempo.rep();
        out.push_back(reps->start + std::min(rep, reps->duration / 2) + item.dose.tempo.up / 2);
    }
    addMid(first([](const Phase& p) { return p.kind == PhaseKind::SwitchSides; }), 0.5);
    addMid(first([](const Phase& p) { return p.kind == PhaseKind::Work && p.side == Side::Right; }), 0.5);
    addMid(first([](const Phase& p) { return p.kind == PhaseKind::SetRest; }), 0.5);
    addMid(first([](const Phase& p) { return p.kind == PhaseKind::ExerciseRest; }), 0.5);
    out.push_back(tl.total + Millis(1000));  // the summary
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Result<Image> ScreenshotStudio::routineSheet(const ShotRequest& request) const {
    std::string id = request.routineId.empty() && !content_->routines.empty() ? content_->routines.front().id
                                                                              : request.routineId;
    const Routine* routine = content_->routine(id);
    if (!routine) return Error{"no routine '" + id + "' in the content"};
    auto [w, h] = uprightSize(request);
    auto renderer = HeadlessRenderer::create(w, h, fonts_, textCorpus(*content_, request.language));
    if (!renderer) return renderer.error();

    std::vector<Millis> moments = keyMoments(*routine);
    const int columns = 3, gap = 8;
    int cellW = (w - gap * (columns - 1)) / columns;
    int cellH = cellW * h / w;
    int rows = (static_cast<int>(moments.size()) + columns - 1) / columns;
    Image sheet{w, rows * cellH + (rows - 1) * gap, {}};
    sheet.rgba.assign(size_t(sheet.width) * sheet.height * 4, 0);
    for (size_t i = 3; i < sheet.rgba.size(); i += 4) sheet.rgba[i] = 255;
    for (size_t i = 0; i < moments.size(); ++i) {
        ShotRequest r = request;
        r.routineId = id;
        r.at = moments[i];
        auto state = shotState(content_, r);
        if (!state) return state.error();
        Image full = renderState(**renderer, *state, r, r.at);
        blit(sheet, downscale(full, cellW, cellH), int(i % columns) * (cellW + gap), int(i / columns) * (cellH + gap));
    }
    return sheet;
}

Result<Image> ScreenshotStudio::exerciseFigure(const std::string& exerciseId, float progress, bool otherSide,
                                               int width, int height) const {
    const Exercise* e = content_->exercise(exerciseId);
    if (!e) return Error{"no exercise '" + exerciseId + "' in the content (see the files in its exercises/ folder)"};
    auto renderer = HeadlessRenderer::create(width, height, fonts_, "");
    if (!renderer) return renderer.error();
    return (*renderer)->render([&](ImDrawList& list) {
        Canvas c(list, (*renderer)->layout(), (*renderer)->fonts());
        FigureFrame frame;
        frame.movement = progress;
        frame.otherSide = otherSide;
        frame.dumbbells = e->uses("dumbbells");
        float m = std::min(width, height) * 0.05f;
        drawFigure(c, e->figure, frame, m, m, width - 2 * m, height - 2 * m);
    });
}

Result<Image> ScreenshotStudio::exerciseSheet(const std::string& language) const {
    const int columns = 6, cellW = 360, cellH = 330, figureH = 250;
    int count = static_cast<int>(content_->exercises.size());
    int rows = std::max(1, (count + columns - 1) / columns);
    FontSizes sizes{22, 24, 26, 26};
    auto renderer = HeadlessRenderer::create(columns * cellW, rows * cellH, fonts_, textCorpus(*content_, language), sizes);
    if (!renderer) return renderer.error();
    return (*renderer)->render([&](ImDrawList& list) {
        Canvas c(list, (*renderer)->layout(), (*renderer)->fonts());
        for (int i = 0; i < count; ++i) {
            const Exercise& e = content_->exercises[i];
            float x = float(i % columns) * cellW, y = float(i / columns) * cellH;
            // Start of the movement dim on the left, its end bright on the right.
            drawFigure(c, e.figure, {0.0f, Millis{0}, false, e.uses("dumbbells"), 0}, x + 6, y + 6, cellW / 2.0f - 6, figureH, 0.55f);
            drawFigure(c, e.figure, {1.0f, Millis{0}, false, e.uses("dumbbells"), 0}, x + cellW / 2.0f, y + 6, cellW / 2.0f - 6, figureH);
            c.fittedText(c.fonts().body, 24, 16, x + cellW / 2.0f, y + figureH + 14, colors::kWhite, e.name.in(language),
                         cellW - 16, Align::Center);
            c.text(c.fonts().small, 22, x + cellW / 2.0f, y + figureH + 46, colors::kDim, e.id, Align::Center);
        }
    });
}

}  // namespace mc
