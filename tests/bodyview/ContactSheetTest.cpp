// A contact sheet of the sample bodies and every prop, at one scale so their sizes
// compare, written to the build folder (full size and at 25%, the size a figure has
// seen from 3 m) for people to look at. The test checks every cell drew something.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "Pictures.h"
#include "SampleBodies.h"
#include "figure/BodyPicture.h"
#include "figure/SamplePoses.h"
#include "ui/BodyView.h"
#include "ui/PropView.h"

namespace mc::test {
namespace {

constexpr int kWidth = 1920, kHeight = 1080, kColumns = 6, kRows = 4;
constexpr float kCellW = static_cast<float>(kWidth) / kColumns, kCellH = static_cast<float>(kHeight) / kRows;
constexpr float kLabel = 34;    // the label row at the top of a cell
constexpr float kScale = 170;   // pixels per body height, the same in every cell

struct Cell {
    std::string label;
    std::vector<Prop> behind;  // drawn before the body
    std::optional<BodyShape> body;
    BodyStyle style;
    std::vector<Prop> front;   // drawn after it
};

std::vector<Cell> cells() {
    std::vector<Cell> out;
    BodyStyle leg{partBit(BodyPart::ThighL) | partBit(BodyPart::ShinL) | partBit(BodyPart::FootL)};
    BodyStyle ghost;
    ghost.alpha = 0.4f;
    BodyStyle rightArm{partBit(BodyPart::UpperArmR) | partBit(BodyPart::ForearmR) | partBit(BodyPart::HandR)};
    out.push_back({"standing", {}, standingBody(), {}, {}});
    out.push_back({"near leg lit", {}, standingBody(), leg, {}});
    out.push_back({"facing left", {}, facingLeft(standingBody()), {}, {}});
    out.push_back({"front, R arm lit", {}, frontBody(1), rightArm, {}});
    out.push_back({"back", {}, frontBody(-1), {}, {}});
    out.push_back({"ghost 0.4", {}, standingBody(), ghost, {}});
    Prop mat{PropKind::Mat, {0.45f, 0}, {}, 1.0f};
    out.push_back({"lying on a mat", {mat}, lyingBody(), {}, {}});
    Prop wall{PropKind::Wall, {-0.14f, 0}, {}, 1.15f};
    wall.mirrored = true;
    out.push_back({"against a wall", {wall}, standingBody(), {}, {}});
    Prop held{PropKind::Dumbbell, {0.175f, 0.44f}, {}, 0, 90};
    Prop farHeld{PropKind::Dumbbell, {0.39f, 0.8f}, {}, 0, 0};
    farHeld.far = true;
    out.push_back({"dumbbells", {farHeld}, standingBody(), {}, {held}});
    for (int i = 0; i < static_cast<int>(PropKind::Count); ++i) {
        Prop p{static_cast<PropKind>(i), {0, 0}, {0.45f, 0.35f}};
        if (p.kind == PropKind::Strap || p.kind == PropKind::Towel) p.at = {-0.4f, 0.55f};
        if (p.kind == PropKind::Dumbbell || p.kind == PropKind::Bar) p.at = {0, 0.5f};
        if (p.kind == PropKind::Wall) p.at = {-0.05f, 0}, p.size = 1.0f;
        out.push_back({std::string(propKindName(p.kind)), {p}, std::nullopt, {}, {}});
    }
    Prop endOn{PropKind::Bar, {0, 0.5f}, {}, 0.03f};
    out.push_back({"bar end-on", {endOn}, std::nullopt, {}, {}});
    return out;
}

// Every fourth pixel in each direction, averaged: the picture at 25%.
Image quarter(const Image& img) {
    Image out{img.width / 4, img.height / 4, {}};
    out.rgba.resize(size_t(out.width) * out.height * 4);
    for (int y = 0; y < out.height; ++y)
        for (int x = 0; x < out.width; ++x)
            for (int c = 0; c < 4; ++c) {
                int sum = 0;
                for (int dy = 0; dy < 4; ++dy)
                    for (int dx = 0; dx < 4; ++dx) sum += pixel(img, x * 4 + dx, y * 4 + dy)[c];
                out.rgba[(size_t(y) * out.width + x) * 4 + c] = static_cast<uint8_t>(sum / 16);
            }
    return out;
}

class ContactSheet : public Pictures {
protected:
    void SetUp() override { open(kWidth, kHeight); }

    // The cells in rows, each drawing on the floor at the cell's bottom, centred across.
    Image drawSheet(const std::vector<Cell>& sheet) {
        EXPECT_LE(sheet.size(), static_cast<size_t>(kColumns * kRows));
        return render([&](Canvas& c) {
            for (size_t i = 0; i < sheet.size(); ++i) {
                const Cell& cell = sheet[i];
                float x = static_cast<float>(i % kColumns) * kCellW, y = static_cast<float>(i / kColumns) * kCellH;
                c.text(c.fonts().small, 22, x + kCellW / 2, y + 6, colors::kQuiet, cell.label, Align::Center);
                Extent e;
                for (const Prop& p : cell.behind) e.include(extentOf(p));
                for (const Prop& p : cell.front) e.include(extentOf(p));
                if (cell.body) e.include(extentOf(*cell.body, false));
                ImVec2 origin{x + kCellW / 2 - (e.minX + e.maxX) / 2 * kScale, y + kCellH - 16};
                float stroke = bodyStroke(kScale);
                if (e.minY < 0.01f)
                    drawFloor(c, e.minX - kFloorOverhang, e.maxX + kFloorOverhang, origin, kScale, stroke, 1);
                for (const Prop& p : cell.behind) drawProp(c, p, origin, kScale);
                BodyStyle style = cell.style;
                style.floor = false;
                if (cell.body) drawBody(c, *cell.body, style, origin, kScale);
                for (const Prop& p : cell.front) drawProp(c, p, origin, kScale);
            }
        });
    }

    // Every cell drew something; the sheet is written full size and at 25%.
    void check(const Image& img, const std::vector<Cell>& sheet, const std::string& name) {
        for (size_t i = 0; i < sheet.size(); ++i) {
            int x0 = static_cast<int>(i % kColumns * kCellW), y0 = static_cast<int>(i / kColumns * kCellH + kLabel);
            int lit = 0;
            for (int y = y0; y < y0 + static_cast<int>(kCellH - kLabel); ++y)
                for (int x = x0; x < x0 + static_cast<int>(kCellW); ++x) lit += brightness(img, x, y) > 0;
            EXPECT_GT(lit, 25) << sheet[i].label;  // the end-on bar is a small disc
        }
        std::string full = std::string(MC_BODYVIEW_SHEET_DIR) + "/" + name + ".png";
        std::string small = std::string(MC_BODYVIEW_SHEET_DIR) + "/" + name + "-25.png";
        ASSERT_TRUE(writePng(full, img).ok());
        ASSERT_TRUE(writePng(small, quarter(img)).ok());
        std::printf("contact sheet: %s\n  at 25%%: %s\n", full.c_str(), small.c_str());
    }
};

TEST_F(ContactSheet, BodiesAndPropsAreWrittenForLooking) {
    std::vector<Cell> sheet = cells();
    check(drawSheet(sheet), sheet, "bodyview-sheet");
}

// The figure model's bodies (figure/BodyPicture) in every view, for looking at the
// drawing of real poses; the sample poses are the figure tests'.
TEST_F(ContactSheet, ModelPosesAreWrittenForLooking) {
    BodyModel standard = bodyModel(BodyVariant::Standard), pregnant = bodyModel(BodyVariant::Pregnant);
    BodyPose reach;  // the right arm raised forward, the left knee lifted
    reach.armR.flex = 150;
    reach.legL.flex = 60;
    reach.legL.knee = 70;
    BodyStyle rightArm{partBit(BodyPart::UpperArmR) | partBit(BodyPart::ForearmR) | partBit(BodyPart::HandR)};
    std::vector<Cell> sheet;
    const std::pair<const char*, View> views[] = {
        {"side", View::Side}, {"front", View::Front}, {"back", View::Back}, {"three-quarter", View::ThreeQuarter}};
    for (auto [name, view] : views)
        sheet.push_back({std::string("R arm up, ") + name, {}, bodyPicture(standard, reach, view), rightArm, {}});
    sheet.push_back({"standing, side", {}, bodyPicture(standard, test::standing(), View::Side), {}, {}});
    sheet.push_back({"pregnant, side", {}, bodyPicture(pregnant, test::standing(), View::Side), {}, {}});
    Prop mat{PropKind::Mat, {0, 0}, {}, 1.1f};
    sheet.push_back({"lying on back", {mat}, bodyPicture(standard, test::lyingOnBack(), View::Side), {}, {}});
    sheet.push_back({"all fours", {mat}, bodyPicture(standard, test::allFours(), View::Side), {}, {}});
    sheet.push_back({"cat", {mat}, bodyPicture(standard, test::cat(), View::Side), {}, {}});
    sheet.push_back({"cow", {mat}, bodyPicture(standard, test::cow(), View::Side), {}, {}});
    sheet.push_back({"cat, front", {}, bodyPicture(standard, test::cat(), View::Front), {}, {}});
    sheet.push_back({"lying, front", {}, bodyPicture(standard, test::lyingOnBack(), View::Front), {}, {}});
    // The mats under the lying bodies, centred under them.
    for (Cell& cell : sheet)
        if (!cell.behind.empty() && cell.body) {
            Extent e = extentOf(*cell.body, false);
            cell.behind[0].at.x = (e.minX + e.maxX) / 2;
        }
    check(drawSheet(sheet), sheet, "bodyview-poses");
}

// Bodies at the size a 4K mirror shows a figure (about 800 pixels tall), to see the
// joints, the face and the outline width up close: two hand-placed, two of the model.
TEST_F(ContactSheet, BodiesUpCloseAreWrittenForLooking) {
    BodyModel model = bodyModel(BodyVariant::Standard);
    BodyPose reach;
    reach.armR.flex = 150;
    reach.legL.flex = 60;
    reach.legL.knee = 70;
    BodyStyle leg{partBit(BodyPart::ThighL) | partBit(BodyPart::ShinL)};
    Image img = render([&](Canvas& c) {
        drawBodyInBox(c, standingBody(), leg, 0, 60, 480, 900);
        drawBodyInBox(c, frontBody(1), {}, 480, 60, 480, 900);
        drawBodyInBox(c, bodyPicture(model, reach, View::Side), {}, 960, 60, 480, 900);
        drawBodyInBox(c, bodyPicture(model, test::cat(), View::Side), {}, 1440, 60, 480, 900);
    });
    std::string path = std::string(MC_BODYVIEW_SHEET_DIR) + "/bodyview-close.png";
    ASSERT_TRUE(writePng(path, img).ok());
    std::printf("close up: %s\n", path.c_str());
}

}  // namespace
}  // namespace mc::test
