// Headless pictures of the bundled pack through ScreenshotStudio, the code behind
// `mirrorcoach screenshot`: real fonts, real software rendering, real pixels.
#include <gtest/gtest.h>

#include <algorithm>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "UiTestSupport.h"
#include "core/FigureAnimation.h"
#include "ui/Theme.h"

namespace mc::test {
namespace {

constexpr const char* kRoutine = "gentle-lower-back";

class ScreenshotStudioTest : public ::testing::Test {
protected:
    ScreenshotStudioTest() : pack_(bundledPack()), studio_(pack_, realFonts()) {}

    Timeline timeline() const { return expandRoutine(*pack_->routine(kRoutine), *pack_); }

    // The first timed hold of the routine (not paced repetitions).
    Phase firstHold() const {
        Timeline tl = timeline();
        const Phase* p = firstPhase(tl, [](const Phase& p) { return p.kind == PhaseKind::Work && !p.paced; });
        EXPECT_NE(p, nullptr);
        return p ? *p : Phase{};
    }

    Image shot(Millis at, int width = 1280, int height = 720, std::string language = "en") const {
        ShotRequest r;
        r.routineId = kRoutine;
        r.at = at;
        r.width = width;
        r.height = height;
        r.language = std::move(language);
        auto image = studio_.moment(r);
        EXPECT_TRUE(image.ok()) << (image ? "" : image.error().message);
        return image ? *image : Image{};
    }

    std::shared_ptr<const ContentPack> pack_;
    ScreenshotStudio studio_;
};

TEST_F(ScreenshotStudioTest, TheBundledRoutineIsThere) {
    ASSERT_NE(pack_->routine(kRoutine), nullptr);
    EXPECT_GT(firstHold().duration, Millis{12000});
}

TEST_F(ScreenshotStudioTest, MomentsHaveTheRequestedSize) {
    for (Millis at : {Millis{0}, Millis{7000}, firstHold().start + Millis{3000}}) {
        Image img = shot(at, 1280, 720);
        EXPECT_EQ(img.width, 1280);
        EXPECT_EQ(img.height, 720);
        EXPECT_EQ(img.rgba.size(), size_t(1280) * 720 * 4);
    }
    Image small = shot(Millis{7000}, 640, 360);
    EXPECT_EQ(small.width, 640);
    EXPECT_EQ(small.height, 360);
}

TEST_F(ScreenshotStudioTest, AMomentSurvivesAPngRoundTrip) {
    Image img = shot(firstHold().start + Millis{3000}, 800, 450);
    std::filesystem::path dir = std::filesystem::temp_directory_path() / ("mc-ui-png-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::string path = (dir / "moment.png").string();
    ASSERT_TRUE(writePng(path, img).ok());

    std::ifstream in(path, std::ios::binary);
    char signature[8] = {};
    in.read(signature, 8);
    EXPECT_EQ(std::string(signature, 8), std::string("\x89PNG\r\n\x1a\n", 8));

    auto back = readPng(path);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back->width, 800);
    EXPECT_EQ(back->height, 450);
    EXPECT_TRUE(back->rgba == img.rgba);
    std::filesystem::remove_all(dir);
}

TEST_F(ScreenshotStudioTest, TheSameArgumentsGiveTheSamePixels) {
    Millis at = firstHold().start + Millis{4500};
    Image a = shot(at);
    Image b = shot(at);
    ASSERT_EQ(a.rgba.size(), b.rgba.size());
    EXPECT_TRUE(a.rgba == b.rgba);
    // Not trivially so: the picture is not empty.
    EXPECT_GT(litPixels(a, whole(a)), a.width * a.height / 100);
}

TEST_F(ScreenshotStudioTest, TheCountdownDigitsChangeFromOneSecondToTheNext) {
    Phase hold = firstHold();
    // 10.5 s and 11.5 s into the hold: two different whole seconds left.
    ShotRequest r;
    r.routineId = kRoutine;
    r.width = 1280;
    r.height = 720;
    r.at = hold.start + Millis{10500};
    LayoutReport report;
    auto a = studio_.moment(r, &report);
    r.at = hold.start + Millis{11500};
    auto b = studio_.moment(r);
    ASSERT_TRUE(a.ok() && b.ok());
    auto ring = std::find_if(report.boxes.begin(), report.boxes.end(),
                             [](const ShapeBox& box) { return box.kind == BoxKind::Ring; });
    ASSERT_NE(ring, report.boxes.end());
    int cx = int((ring->rect.x0 + ring->rect.x1) / 2), cy = int((ring->rect.y0 + ring->rect.y1) / 2);
    int inner = int(ring->rect.width() / 2) - int(Layout::forScreen(1280, 720).stroke);
    Rect digits{cx - inner * 7 / 10, cy - inner * 7 / 10, cx + inner * 7 / 10, cy + inner * 7 / 10};
    EXPECT_GT(differingPixels(*a, *b, digits), 500) << "the timer digits did not change";
    // Only the digits, the ring and the time left in the routine change: the exercise's
    // name (the first title-size run) stays put.
    auto title = std::find_if(report.texts.begin(), report.texts.end(),
                              [&](const TextRun& t) {
                                  const Routine& routine = *pack_->routine(kRoutine);
                                  return t.text == pack_->exercise(routine.items[size_t(hold.item)].exercise)->name.in("en");
                              });
    ASSERT_NE(title, report.texts.end());
    Rect header{int(title->rect.x0), int(title->rect.y0), int(title->rect.x1), int(title->rect.y1)};
    EXPECT_EQ(differingPixels(*a, *b, header), 0);
}

TEST_F(ScreenshotStudioTest, TheRestScreenDiffersFromTheWorkScreen) {
    Timeline tl = timeline();
    const Phase* rest = firstPhase(tl, [](const Phase& p) { return p.kind == PhaseKind::ExerciseRest; });
    ASSERT_NE(rest, nullptr);
    const Phase& work = tl.phases[size_t(rest - tl.phases.data()) + 1];
    ASSERT_EQ(work.kind, PhaseKind::Work);
    // Both with the same seconds left, so only the kind of phase differs.
    Image restShot = shot(rest->start + rest->duration - Millis{3500});
    Image workShot = shot(work.start + work.duration - Millis{3500});
    int total = restShot.width * restShot.height;
    EXPECT_GT(differingPixels(restShot, workShot, whole(restShot)), total / 50);
    // The headline: "Rest" instead of the exercise's name.
    Layout l = Layout::forScreen(1280, 720);
    Rect header{0, int(l.margin), restShot.width, int(l.height * 0.15f)};
    EXPECT_GT(differingPixels(restShot, workShot, header), 200);
}

TEST_F(ScreenshotStudioTest, PortraitRotationGivesTheRotatedSize) {
    ShotRequest r;
    r.routineId = kRoutine;
    r.at = firstHold().start + Millis{2000};
    r.width = 1920;
    r.height = 1080;
    r.rotation = 90;
    auto portrait = studio_.moment(r);
    ASSERT_TRUE(portrait.ok()) << portrait.error().message;
    EXPECT_EQ(portrait->width, 1080);
    EXPECT_EQ(portrait->height, 1920);
    EXPECT_GT(litPixels(*portrait, whole(*portrait)), 1080 * 1920 / 200);

    r.width = 1280;
    r.height = 720;
    r.rotation = 270;
    auto other = studio_.moment(r);
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(other->width, 720);
    EXPECT_EQ(other->height, 1280);
    r.rotation = 180;
    auto upsideDown = studio_.moment(r);
    ASSERT_TRUE(upsideDown.ok());
    EXPECT_EQ(upsideDown->width, 1280);
    EXPECT_EQ(upsideDown->height, 720);
}

TEST_F(ScreenshotStudioTest, HomeAndOverviewScreensAreDrawn) {
    ShotRequest r;
    r.routineId = kRoutine;
    r.width = 1280;
    r.height = 720;
    r.screen = Screen::Home;
    auto home = studio_.moment(r);
    r.screen = Screen::Overview;
    auto overview = studio_.moment(r);
    ASSERT_TRUE(home.ok()) << home.error().message;
    ASSERT_TRUE(overview.ok()) << overview.error().message;
    int total = 1280 * 720;
    EXPECT_GT(litPixels(*home, whole(*home)), total / 200);
    EXPECT_GT(litPixels(*overview, whole(*overview)), total / 200);
    EXPECT_GT(differingPixels(*home, *overview, whole(*home)), total / 100);
}

TEST_F(ScreenshotStudioTest, AnUnknownRoutineIsAnErrorNamingTheKnownOnes) {
    ShotRequest r;
    r.routineId = "no-such-routine";
    r.width = 640;
    r.height = 360;
    auto image = studio_.moment(r);
    ASSERT_FALSE(image.ok());
    EXPECT_NE(image.error().message.find("no-such-routine"), std::string::npos);
    EXPECT_NE(image.error().message.find(kRoutine), std::string::npos);
}

TEST_F(ScreenshotStudioTest, RussianTextsChangeTheHeadline) {
    Millis at = firstHold().start + Millis{3000};
    Image en = shot(at, 1280, 720, "en");
    Image ru = shot(at, 1280, 720, "ru");
    Layout l = Layout::forScreen(1280, 720);
    Rect header{0, int(l.margin), en.width, int(l.height * 0.15f)};
    EXPECT_GT(differingPixels(en, ru, header), 200);
    EXPECT_GT(litPixels(ru, header), 500);
}

// The bundled exercises may not all have figures yet, so the player is given one:
// the same path (player -> movement -> figure) with an illustration that surely moves.
std::shared_ptr<const ContentPack> withFigures(const ContentPack& pack) {
    auto copy = std::make_shared<ContentPack>(pack);
    Pose start = standingPose();
    Pose end = start;
    end.hipY = 0.45f;
    end.angle[static_cast<int>(Segment::Torso)] = 45;
    end.angle[static_cast<int>(Segment::UpperArmL)] = 10;
    end.angle[static_cast<int>(Segment::ThighL)] = -20;
    for (Exercise& e : copy->exercises) e.figure = Figure{{Keyframe{0.0f, start}, Keyframe{1.0f, end}}};
    return copy;
}

TEST_F(ScreenshotStudioTest, TheFigureMovesDuringARepetition) {
    ScreenshotStudio studio(withFigures(*pack_), realFonts());
    Timeline tl = timeline();
    const Phase* reps = firstPhase(tl, [](const Phase& p) { return p.kind == PhaseKind::Work && p.paced; });
    ASSERT_NE(reps, nullptr);
    const Tempo& tempo = pack_->routine(kRoutine)->items[size_t(reps->item)].dose.tempo;
    ShotRequest r;
    r.routineId = kRoutine;
    r.width = 1280;
    r.height = 720;
    // Early in the lift and at its top, in the same repetition with the same count.
    r.at = reps->start + tempo.up / 10;
    LayoutReport report;
    auto low = studio.moment(r, &report);
    r.at = reps->start + tempo.up;
    auto high = studio.moment(r);
    ASSERT_TRUE(low.ok() && high.ok());
    auto box = std::find_if(report.boxes.begin(), report.boxes.end(),
                            [](const ShapeBox& b) { return b.kind == BoxKind::Figure; });
    ASSERT_NE(box, report.boxes.end());
    Rect figure{int(box->rect.x0), int(box->rect.y0), int(box->rect.x1), int(box->rect.y1)};
    EXPECT_GT(differingPixels(*low, *high, figure), 1000);
}

TEST_F(ScreenshotStudioTest, TheSecondSideMovesTheOtherLimbsAndSaysSo) {
    ScreenshotStudio studio(withFigures(*pack_), realFonts());
    Timeline tl = timeline();
    const Phase* left = firstPhase(tl, [](const Phase& p) { return p.kind == PhaseKind::Work && p.side == Side::Left; });
    const Phase* right = firstPhase(tl, [](const Phase& p) { return p.kind == PhaseKind::Work && p.side == Side::Right; });
    ASSERT_NE(left, nullptr);
    ASSERT_NE(right, nullptr);
    ASSERT_EQ(left->duration, right->duration);
    ShotRequest r;
    r.routineId = kRoutine;
    r.width = 1280;
    r.height = 720;
    r.at = left->start + Millis{6000};
    LayoutReport leftReport, rightReport;
    auto a = studio.moment(r, &leftReport);
    r.at = right->start + Millis{6000};
    auto b = studio.moment(r, &rightReport);
    ASSERT_TRUE(a.ok() && b.ok());
    auto figure = std::find_if(leftReport.boxes.begin(), leftReport.boxes.end(),
                               [](const ShapeBox& box) { return box.kind == BoxKind::Figure; });
    ASSERT_NE(figure, leftReport.boxes.end());
    Rect box{int(figure->rect.x0), int(figure->rect.y0), int(figure->rect.x1), int(figure->rect.y1)};
    EXPECT_GT(differingPixels(*a, *b, box), 1000);
    // The side in words, large: "LEFT ..." then "RIGHT ...".
    auto saysSide = [](const LayoutReport& report, std::string_view word) {
        return std::any_of(report.texts.begin(), report.texts.end(),
                           [&](const TextRun& t) { return t.text.starts_with(word); });
    };
    EXPECT_TRUE(saysSide(leftReport, "LEFT"));
    EXPECT_TRUE(saysSide(rightReport, "RIGHT"));
}

TEST_F(ScreenshotStudioTest, KeyMomentsAreOrderedAndIncludeTheSummary) {
    const Routine& routine = *pack_->routine(kRoutine);
    std::vector<Millis> moments = studio_.keyMoments(routine);
    ASSERT_GE(moments.size(), 4u);
    EXPECT_TRUE(std::is_sorted(moments.begin(), moments.end()));
    EXPECT_GT(moments.back(), timeline().total);  // the summary
}

TEST_F(ScreenshotStudioTest, TheContactSheetHoldsTheKeyMoments) {
    ShotRequest r;
    r.routineId = kRoutine;
    r.width = 960;
    r.height = 540;
    auto sheet = studio_.routineSheet(r);
    ASSERT_TRUE(sheet.ok()) << sheet.error().message;
    EXPECT_EQ(sheet->width, 960);
    size_t moments = studio_.keyMoments(*pack_->routine(kRoutine)).size();
    int rows = int((moments + 2) / 3);
    int cellH = ((960 - 16) / 3) * 540 / 960;
    EXPECT_EQ(sheet->height, rows * cellH + (rows - 1) * 8);
    EXPECT_GT(litPixels(*sheet, whole(*sheet)), sheet->width * sheet->height / 100);
}

}  // namespace
}  // namespace mc::test
