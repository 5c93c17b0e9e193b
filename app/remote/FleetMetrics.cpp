#include "remote/FleetMetrics.h"

#include <array>

namespace mc {
namespace {

void metric(std::string& out, const char* name, const char* type, const char* help, const std::string& sample) {
    out += std::string("# HELP ") + name + " " + help + "\n";
    out += std::string("# TYPE ") + name + " " + type + "\n";
    out += sample;
}

std::string line(const std::string& nameAndLabels, int64_t value) {
    return nameAndLabels + " " + std::to_string(value) + "\n";
}

}  // namespace

std::string escapeLabelValue(const std::string& value) {
    std::string out;
    for (char c : value) {
        if (c == '\\') out += "\\\\";
        else if (c == '"') out += "\\\"";
        else if (c == '\n') out += "\\n";
        else out += c;
    }
    return out;
}

std::string metricsText(const FleetFacts& f) {
    std::string out;
    metric(out, "mirrorcoach_up", "gauge", "1 while the mirror's process answers.", line("mirrorcoach_up", 1));
    metric(out, "mirrorcoach_build_info", "gauge", "The program's version, as a label; always 1.",
           line("mirrorcoach_build_info{version=\"" + escapeLabelValue(f.version) + "\"}", 1));
    metric(out, "mirrorcoach_content_info", "gauge", "The content version on screen, as a label; always 1.",
           line("mirrorcoach_content_info{version=\"" + escapeLabelValue(f.contentVersion) + "\"}", 1));
    static constexpr std::array<std::pair<UpdateStatus::State, const char*>, 5> kStates{{
        {UpdateStatus::State::NotChecked, "not_checked"},
        {UpdateStatus::State::UpToDate, "up_to_date"},
        {UpdateStatus::State::Updating, "updating"},
        {UpdateStatus::State::Failed, "failed"},
        {UpdateStatus::State::Disabled, "disabled"},
    }};
    std::string states;
    for (const auto& [state, name] : kStates)
        states += line(std::string("mirrorcoach_update_state{state=\"") + name + "\"}", f.update.state == state);
    metric(out, "mirrorcoach_update_state", "gauge",
           "The result of the last content update check: 1 for the current state.", states);
    metric(out, "mirrorcoach_update_last_check_timestamp_seconds", "gauge",
           "When the last update check finished (Unix time); 0 before the first.",
           line("mirrorcoach_update_last_check_timestamp_seconds", f.lastUpdateCheckUtc));
    metric(out, "mirrorcoach_sessions_completed_total", "counter",
           "Sessions recorded (finished or stopped) since the process started.",
           line("mirrorcoach_sessions_completed_total", f.sessionsCompleted));
    metric(out, "mirrorcoach_frames_drawn_total", "counter", "Frames drawn since the process started.",
           line("mirrorcoach_frames_drawn_total", f.framesDrawn));
    metric(out, "mirrorcoach_display_on", "gauge", "1 while the display shows a picture, 0 while it sleeps.",
           line("mirrorcoach_display_on", f.displayOn));
    std::string screens;
    for (const char* s : {"home", "overview", "player", "summary", "profile"})
        screens += line(std::string("mirrorcoach_screen{screen=\"") + s + "\"}", f.screen == s);
    metric(out, "mirrorcoach_screen", "gauge", "The screen shown: 1 for the current one.", screens);
    metric(out, "mirrorcoach_process_resident_memory_bytes", "gauge", "Resident memory of the mirror's process.",
           line("mirrorcoach_process_resident_memory_bytes", f.residentBytes));
    metric(out, "mirrorcoach_process_start_time_seconds", "gauge", "When the process started (Unix time).",
           line("mirrorcoach_process_start_time_seconds", f.startedUtc));
    metric(out, "mirrorcoach_remote_paired_phones", "gauge", "Phones paired with the remote.",
           line("mirrorcoach_remote_paired_phones", f.pairedPhones));
    return out;
}

}  // namespace mc
