#include "content/PaceReader.h"

#include <vector>

#include "content/DoseReader.h"
#include "content/Vocabulary.h"
#include "core/Whitespace.h"

namespace mc {

namespace {
// Characters as a person counts them: UTF-8 bytes that start a character.
std::size_t characterCount(std::string_view text) {
    std::size_t n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

std::string languagePointer(const std::string& pointer, const std::string& language) {
    return pointer + "/" + pointerToken(language);
}

std::optional<PaceText> readStage(const Json& value, const std::string& pointer, FileReport& report) {
    JsonObject object(value, pointer, report, vocabulary::kPaceTextKeys, "a stage's texts");
    if (!object.valid()) return std::nullopt;
    PaceText stage;
    bool ok = true;
    if (const Json* v = object.find("word")) {
        if (auto word = readText(*v, object.pointer("word"), report)) {
            for (const auto& [language, text] : word->byLanguage) {
                const std::size_t length = characterCount(text);
                if (length <= limits::kPaceWordCharsMax) continue;
                report.add(languagePointer(object.pointer("word"), language),
                           "stage word \"" + text + "\" has " + std::to_string(length) + " characters; at most " +
                               std::to_string(limits::kPaceWordCharsMax),
                           "a word or two that fits under the counter, e.g. \"Lift\"; longer text belongs in \"cue\"");
                ok = false;
            }
            stage.word = *word;
        } else {
            ok = false;
        }
    }
    if (const Json* v = object.find("cue")) {
        if (auto cue = readText(*v, object.pointer("cue"), report))
            stage.cue = *cue;
        else
            ok = false;
    }
    if (!ok) return std::nullopt;
    return stage;
}

std::string trimmedText(const LocalizedText& text) { return std::string(trimmed(text.in("en"))); }
}  // namespace

std::optional<LocalizedText> readSetup(const Json& value, const std::string& pointer, FileReport& report) {
    auto text = readText(value, pointer, report);
    if (!text) return std::nullopt;
    bool ok = true;
    for (const auto& [language, translation] : text->byLanguage) {
        const std::size_t words = wordCount(translation);
        if (words <= limits::kSetupWordsMax) continue;
        report.add(languagePointer(pointer, language),
                   "setup has " + std::to_string(words) + " words; at most " + std::to_string(limits::kSetupWordsMax),
                   "one or two short sentences to read from 3 m (about 30 words); the full description belongs "
                   "in \"instructions\"");
        ok = false;
    }
    if (!ok) return std::nullopt;
    return text;
}

std::optional<Limb> readLimb(const Json& value, const std::string& pointer, FileReport& report) {
    auto name = readChoice(value, pointer, report, vocabulary::kLimbs, "limb");
    Limb limb = Limb::Side;
    if (!name || !limbFromName(*name, limb)) return std::nullopt;
    return limb;
}

std::optional<Pace> readPace(const Json& value, const std::string& pointer, FileReport& report) {
    JsonObject object(value, pointer, report, vocabulary::kPaceStages, "a pace", "stage");
    if (!object.valid()) return std::nullopt;
    Pace pace;
    bool ok = true;
    const std::pair<std::string_view, PaceText*> stages[] = {
        {"lift", &pace.lift}, {"top", &pace.top}, {"lower", &pace.lower}, {"bottom", &pace.bottom}};
    for (const auto& [key, target] : stages) {
        const Json* v = object.find(key);
        if (!v) continue;
        if (auto stage = readStage(*v, object.pointer(key), report))
            *target = *stage;
        else
            ok = false;
    }
    if (!ok) return std::nullopt;
    return pace;
}

void checkCoaching(const Exercise& e, const JsonObject& object, bool doseOk) {
    FileReport& report = object.report();
    if (object.find("limb") && !e.sided) {
        report.add(object.pointer("limb"), "\"limb\" is given but the exercise is not sided",
                   "a limb says what \"left\" and \"right\" mean: add \"sided\": true, or remove \"limb\"");
    }
    if (object.find("pace") && doseOk && e.dose.kind != Dose::Kind::Reps) {
        report.add(object.pointer("pace"), "\"pace\" is given but the exercise is a hold",
                   "pace binds texts to the stages of repetitions: remove it (a hold's lines go in \"cues\"), or "
                   "give the dose \"reps\"");
    }
    std::vector<std::string> bound;
    for (const PaceText* stage : {&e.pace.lift, &e.pace.top, &e.pace.lower, &e.pace.bottom}) {
        if (!stage->cue.empty()) bound.push_back(trimmedText(stage->cue));
    }
    for (std::size_t i = 0; i < e.cues.size(); ++i) {
        const std::string line = trimmedText(e.cues[i]);
        for (const std::string& b : bound) {
            if (b != line) continue;
            report.add(object.pointer("cues") + "/" + std::to_string(i),
                       "this cue is also bound to a stage in \"pace\"",
                       "remove it from \"cues\": a bound line is shown during its stage");
            break;
        }
    }
}

}  // namespace mc
