// `mirrorcoach screenshot`: renders, without any display, exactly what the mirror shows
// at a moment of a routine. The same arguments always give the same pixels.
#include <cstdio>
#include <sstream>

#include "cli/Commands.h"
#include "cli/ContentChoice.h"
#include "cli/LayoutReportJson.h"
#include "cli/Screenshots.h"
#include "locale/Locale.h"
#include "platform/durability/DurableFile.h"

namespace mc {
namespace {

struct Options {
    std::string content;
    std::string routine;
    std::string at = "0";
    std::string size = "1920x1080";
    int rotate = 0;
    std::string out = "mirrorcoach.png";
    std::string screen = "player";
    std::string clock = "07:30";
    std::string language = "en";
    bool contactSheet = false;
    bool exercises = false;
    std::string exercise;   // one exercise's figure alone
    double progress = 0;    // ... at this point of its movement
    bool otherSide = false; // ... done on the second side
    std::string boxes;  // the layout report's JSON file, beside each PNG
    bool household = false;  // a sample household and "Today" on home
    bool remote = false;     // home with the phone remote's pairing card
    std::string step;        // --screen profile: the picker's step
};

Result<std::vector<Millis>> parseTimes(const std::string& text) {
    std::vector<Millis> times;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        char* end = nullptr;
        double s = std::strtod(item.c_str(), &end);
        if (item.empty() || *end != '\0' || s < 0 || s > 24 * 3600)
            return Error{"--at takes seconds from the start, or a comma-separated list (0,12.5,30); not '" + item + "'"};
        times.push_back(fromSeconds(s));
    }
    if (times.empty()) return Error{"--at needs at least one time"};
    return times;
}

// "shot.png" at 12.5 s of several -> "shot-12.5s.png" (and "boxes.json" -> "boxes-12.5s.json")
std::string outputFor(const std::string& out, Millis at, bool several, const std::string& extension = ".png") {
    if (!several) return out;
    std::string base = out.size() > extension.size() && out.ends_with(extension)
                           ? out.substr(0, out.size() - extension.size())
                           : out;
    char t[32];
    std::snprintf(t, sizeof t, "%g", seconds(at));
    return base + "-" + t + "s" + extension;
}

struct Shot {
    std::string path;
    Result<Image> image;
    std::string boxesPath;  // empty: no layout report
    LayoutReport report;
};

int run(const Options& o) {
    auto content = loadContent(o.content);
    if (!content) {
        std::fprintf(stderr, "mirrorcoach screenshot: %s\n", content.error().message.c_str());
        return kExitFailure;
    }
    auto fonts = loadFontFiles(MC_FONT_REGULAR, MC_FONT_BOLD);
    if (!fonts) {
        std::fprintf(stderr, "mirrorcoach screenshot: %s\n", fonts.error().message.c_str());
        return kExitFailure;
    }
    auto size = parseSize(o.size);
    auto times = parseTimes(o.at);
    int hh = 0, mm = 0;
    if (!size || !times || std::sscanf(o.clock.c_str(), "%d:%d", &hh, &mm) != 2) {
        std::fprintf(stderr, "mirrorcoach screenshot: %s\n",
                     !size ? size.error().message.c_str()
                           : !times ? times.error().message.c_str() : "--clock takes HH:MM");
        return kExitUsage;
    }
    if (!o.boxes.empty() && (o.contactSheet || o.exercises)) {
        std::fprintf(stderr, "mirrorcoach screenshot: --boxes describes one moment's screen; it does not go with "
                             "--contact-sheet or --exercises\n");
        return kExitUsage;
    }
    ScreenshotStudio studio(*content, *fonts);
    ShotRequest req;
    req.routineId = o.routine;
    req.width = size->first;
    req.height = size->second;
    req.rotation = o.rotate;
    req.clockMinutes = hh * 60 + mm;
    req.language = o.language;
    if (auto notice = languageFallbackNotice(o.language))
        std::fprintf(stderr, "mirrorcoach screenshot: %s\n", notice->c_str());
    if (o.screen == "home") req.screen = Screen::Home;
    if (o.screen == "overview") req.screen = Screen::Overview;
    if (o.screen == "profile") req.screen = Screen::Profile;
    req.household = o.household;
    req.pairingCard = o.remote;
    if (!o.step.empty()) req.pickerStep = o.step;
    req.howTo = o.screen == "how-to";
    req.pairing = o.screen == "pairing" || o.screen == "pairing-off";
    req.remoteOn = o.screen != "pairing-off";
    if (req.pairing) req.screen = Screen::Home;

    std::vector<Shot> shots;
    if (!o.exercise.empty()) {
        shots.push_back({o.out, studio.exerciseFigure(o.exercise, static_cast<float>(o.progress), o.otherSide,
                                                      size->first, size->second),
                         "", {}});
    } else if (o.exercises) {
        shots.push_back({o.out, studio.exerciseSheet(o.language), "", {}});
    } else if (o.contactSheet) {
        shots.push_back({o.out, studio.routineSheet(req), "", {}});
    } else {
        bool several = times->size() > 1;
        for (Millis at : *times) {
            req.at = at;
            Shot& shot = shots.emplace_back(Shot{outputFor(o.out, at, several), Image{}, "", {}});
            if (!o.boxes.empty()) shot.boxesPath = outputFor(o.boxes, at, several, ".json");
            shot.image = studio.moment(req, o.boxes.empty() ? nullptr : &shot.report);
        }
    }
    for (Shot& shot : shots) {
        if (!shot.image) {
            std::fprintf(stderr, "mirrorcoach screenshot: %s\n", shot.image.error().message.c_str());
            return kExitFailure;
        }
        if (Status s = writePng(shot.path, *shot.image); !s) {
            std::fprintf(stderr, "mirrorcoach screenshot: %s\n", s.error().message.c_str());
            return kExitFailure;
        }
        std::printf("%s (%dx%d)\n", shot.path.c_str(), shot.image->width, shot.image->height);
        if (shot.boxesPath.empty()) continue;
        if (Status s = writeFileDurably(shot.boxesPath, layoutReportJson(shot.report)); !s) {
            std::fprintf(stderr, "mirrorcoach screenshot: cannot write the layout report %s: %s "
                                 "(check that the folder exists and has free space)\n",
                         shot.boxesPath.c_str(), s.error().message.c_str());
            return kExitFailure;
        }
        std::printf("%s (%zu texts, %zu boxes)\n", shot.boxesPath.c_str(), shot.report.texts.size(),
                    shot.report.boxes.size());
    }
    return kExitOk;
}

}  // namespace

void addScreenshotCommand(CommandRegistry& registry) {
    auto o = std::make_shared<Options>();
    CLI::App* cmd = registry.add("screenshot", "Render what the mirror shows to PNG, without a display",
                                 [o] { return run(*o); });
    cmd->add_option("--content", o->content, "Content pack folder (default: the installed or bundled pack)");
    cmd->add_option("--routine", o->routine, "Routine id (see `mirrorcoach list`; default: the first)");
    cmd->add_option("--at", o->at, "Seconds since the routine started; a comma-separated list gives one PNG each");
    cmd->add_option("--size", o->size, "Display size WxH as the panel reports it")->capture_default_str();
    cmd->add_option("--rotate", o->rotate, "Rotation of the panel: 0, 90, 180 or 270")
        ->check(CLI::IsMember({0, 90, 180, 270}));
    cmd->add_option("--out", o->out, "Output PNG file")->capture_default_str();
    cmd->add_option("--screen", o->screen,
                    "player (default), overview, home, how-to (the player with the I key's instructions page open), "
                    "profile (the profile picker), pairing (the Q key's page with a sample QR code) or pairing-off "
                    "(that page with the phone remote off)")
        ->check(CLI::IsMember({"player", "overview", "home", "how-to", "profile", "pairing", "pairing-off"}));
    cmd->add_flag("--remote", o->remote, "With --screen home: the phone remote on, its pairing card with a sample code");
    cmd->add_flag("--household", o->household,
                  "With --screen home: a sample household (Anna, Ivan, Mila) and Anna's \"Today\"");
    cmd->add_option("--step", o->step, "With --screen profile: the picker's step")
        ->check(CLI::IsMember({"name", "situation", "stage", "equipment", "level", "programme", "confirm"}));
    cmd->add_option("--clock", o->clock, "Time of day shown on the home screen (HH:MM)")->capture_default_str();
    cmd->add_option("--language", o->language, "Language of the texts, a tag such as en, ru or ru-RU")->capture_default_str();
    cmd->add_flag("--contact-sheet", o->contactSheet, "One picture with the key moments of the routine");
    cmd->add_flag("--exercises", o->exercises, "With --contact-sheet: every exercise's figure instead");
    cmd->add_option("--exercise", o->exercise, "One exercise's figure alone (an exercise id), at --progress");
    cmd->add_option("--progress", o->progress, "With --exercise: how far the movement has gone, 0 (start) to 1 (end)")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    cmd->add_flag("--other-side", o->otherSide, "With --exercise: as done on the second (right) side");
    cmd->add_option("--boxes", o->boxes,
                    "Also write the layout report (every text and figure/ring/bar rectangle) as JSON to this file");
}

}  // namespace mc
