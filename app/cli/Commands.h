#pragma once
// Every subcommand of `mirrorcoach` lives in its own file and registers itself
// through one of the functions below (called from main.cpp). A command's action
// runs after parsing and returns the process exit status.
#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace mc {

// Exit statuses shared by all commands.
enum ExitStatus : int {
    kExitOk = 0,
    kExitFailure = 1,    // the command ran and found a problem (invalid content, ...)
    kExitUsage = 2,      // bad arguments
    kExitNoDisplay = 3,  // `run` could not open any display
};

// Chooses where log lines go (stderr, with journald priorities under systemd). Call once,
// first thing in main(), before any thread starts.
void setUpLogging();

struct CommandRegistry {
    CLI::App& root;
    std::vector<std::pair<CLI::App*, std::function<int()>>> actions;

    // Adds a subcommand; `action` runs when it is the one chosen.
    CLI::App* add(const std::string& name, const std::string& description, std::function<int()> action) {
        CLI::App* sub = root.add_subcommand(name, description);
        actions.emplace_back(sub, std::move(action));
        return sub;
    }
};

// Where content comes from when no --content is given: the installed pack, else the bundled one.
std::string defaultContentDir();

void addRunCommand(CommandRegistry& registry);         // run (the default), RunCommand.cpp
void addScreenshotCommand(CommandRegistry& registry);  // screenshot, ScreenshotCommand.cpp
void addListCommand(CommandRegistry& registry);        // list, ListCommand.cpp
void addValidateCommand(CommandRegistry& registry);    // validate, ValidateCommand.cpp
void addPublishCommands(CommandRegistry& registry);    // keygen and pack, PublishCommands.cpp
void addUpdateCommand(CommandRegistry& registry);      // update --once, UpdateCommand.cpp
void addHistoryCommand(CommandRegistry& registry);     // history, HistoryCommand.cpp
void addSuggestCommand(CommandRegistry& registry);     // suggest, SuggestCommand.cpp
void addConfigCommand(CommandRegistry& registry);      // config check / print-default, ConfigCommand.cpp
void addRenderAudioCommand(CommandRegistry& registry); // render-audio, RenderAudioCommand.cpp
void addRemoteCommand(CommandRegistry& registry);      // remote list|revoke, RemotePhonesCommand.cpp

}  // namespace mc
