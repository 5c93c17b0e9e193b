#include <gtest/gtest.h>

#include "SoundTestSupport.h"
#include "sound/CuePlan.h"
#include "sound/PhraseBook.h"

namespace mc {
namespace {

TEST(PhraseBook, LanguageTagsAreMatchedByBcp47) {
    EXPECT_EQ(espeakVoiceFor("ru"), "ru");
    EXPECT_EQ(espeakVoiceFor("ru-RU"), "ru");
    EXPECT_EQ(espeakVoiceFor("RU"), "ru");
    EXPECT_EQ(espeakVoiceFor("en-GB"), "en");
    EXPECT_EQ(espeakVoiceFor("de"), "en");
    EXPECT_EQ(describeDose(test::holdDose(Millis{21000}), false, "ru-RU"), "двадцать одна секунда");
    EXPECT_EQ(describeDose(test::holdDose(Millis{21000}), false, "en-GB"), "twenty-one seconds");
}

TEST(PhraseBook, DescribesDoses) {
    EXPECT_EQ(describeDose(test::repsDose(15, Millis{2000}, Millis{2000}), false, "en"), "fifteen repetitions");
    EXPECT_EQ(describeDose(test::holdDose(Millis{30000}), true, "en"), "thirty seconds each side");
    EXPECT_EQ(describeDose(test::holdDose(Millis{90000}), false, "en"), "one minute thirty seconds");
    EXPECT_EQ(describeDose(test::repsDose(3, Millis{1000}, Millis{1000}, 2), false, "en"), "three repetitions, two sets");
    EXPECT_EQ(describeDose(test::repsDose(15, Millis{2000}, Millis{2000}), false, "ru"), "пятнадцать повторений");
    EXPECT_EQ(describeDose(test::holdDose(Millis{21000}), false, "ru"), "двадцать одна секунда");
    EXPECT_EQ(describeDose(test::holdDose(Millis{120000}), false, "ru"), "две минуты");
}

// The phrase of the first cue of `kind` in the plan of the hand-made routine.
std::string phraseOf(const std::vector<PlannedCue>& plan, CueKind kind) {
    for (const PlannedCue& cue : plan) {
        if (cue.kind == kind) return cue.phrase;
    }
    return "<none>";
}

TEST(PhraseBook, SpeaksTheCuesOfARoutineInEnglish) {
    const ContentPack pack = test::handPack();
    Routine routine = test::handRoutine();
    routine.items[0].dose.reps = 15;
    const Timeline timeline = expandRoutine(routine, pack);
    const auto plan = planCueSounds(timeline, routine, pack, "en");
    EXPECT_EQ(phraseOf(plan, CueKind::GetReady), "Get ready: Cat and cow, fifteen repetitions.");
    EXPECT_EQ(phraseOf(plan, CueKind::NextUp), "Rest. Next up: Bridge, twenty seconds.");
    EXPECT_EQ(phraseOf(plan, CueKind::SwitchSides), "Switch sides.");
    EXPECT_EQ(phraseOf(plan, CueKind::Halfway), "Halfway.");
    EXPECT_EQ(phraseOf(plan, CueKind::Done), "Routine complete. Well done.");
    EXPECT_EQ(phraseOf(plan, CueKind::Rest), "Rest. Next: set two of two.");
}

TEST(PhraseBook, SpeaksTheCuesOfARoutineInRussian) {
    const ContentPack pack = test::handPack();
    const Routine routine = test::handRoutine();
    const Timeline timeline = expandRoutine(routine, pack);
    const auto plan = planCueSounds(timeline, routine, pack, "ru");
    EXPECT_EQ(phraseOf(plan, CueKind::GetReady), "Приготовьтесь: Кошка-корова, пять повторений.");
    EXPECT_EQ(phraseOf(plan, CueKind::NextUp), "Отдых. Далее: Мостик, двадцать секунд.");
    EXPECT_EQ(phraseOf(plan, CueKind::SwitchSides), "Смена стороны.");
    EXPECT_EQ(phraseOf(plan, CueKind::Done), "Комплекс выполнен. Отличная работа.");
}

TEST(PhraseBook, ARegionTagSpeaksItsLanguage) {
    const ContentPack pack = test::handPack();
    const Routine routine = test::handRoutine();
    const Timeline timeline = expandRoutine(routine, pack);
    const auto plan = planCueSounds(timeline, routine, pack, "ru-RU");
    EXPECT_EQ(phraseOf(plan, CueKind::GetReady), "Приготовьтесь: Кошка-корова, пять повторений.");
    EXPECT_EQ(phraseOf(plan, CueKind::Done), "Комплекс выполнен. Отличная работа.");
    const auto british = planCueSounds(timeline, routine, pack, "en-GB");
    EXPECT_EQ(phraseOf(british, CueKind::GetReady), "Get ready: Cat and cow, five repetitions.");
}

TEST(PhraseBook, AnUnknownLanguageSpeaksEnglishThroughout) {
    // The names too: one English voice reads the whole phrase.
    ContentPack pack = test::handPack();
    pack.exercises[0].name.byLanguage["de"] = "Katze und Kuh";
    const Routine routine = test::handRoutine();
    const Timeline timeline = expandRoutine(routine, pack);
    const auto plan = planCueSounds(timeline, routine, pack, "de-DE");
    EXPECT_EQ(phraseOf(plan, CueKind::GetReady), "Get ready: Cat and cow, five repetitions.");
}

TEST(PhraseBook, CountsInRussian) {
    const ContentPack pack = test::handPack();
    const Routine routine = test::handRoutine();
    const Timeline timeline = expandRoutine(routine, pack);
    std::vector<std::string> counts;
    for (const Cue& cue : timeline.cues) {
        if (cue.kind == CueKind::RepUp && cue.phase == 1)
            counts.push_back(phraseForCue(cue, timeline, routine, pack, "ru-RU").text);
    }
    EXPECT_EQ(counts, (std::vector<std::string>{"один.", "два.", "три.", "четыре.", "пять."}));
}

TEST(PhraseBook, CountsRepetitionsAndTheLastSeconds) {
    const ContentPack pack = test::handPack();
    const Routine routine = test::handRoutine();
    const Timeline timeline = expandRoutine(routine, pack);
    std::vector<std::string> counts;
    for (const Cue& cue : timeline.cues) {
        const CuePhrase words = phraseForCue(cue, timeline, routine, pack, "en");
        if (cue.kind == CueKind::RepUp || cue.kind == CueKind::Countdown) {
            EXPECT_TRUE(words.countOnly);
            if (cue.phase == 1 || cue.phase == 0) counts.push_back(words.text);
        }
        if (cue.kind == CueKind::RepDown) EXPECT_TRUE(words.text.empty());
    }
    // Get-ready counts down 3-2-1, then the first exercise counts its five reps.
    EXPECT_EQ(counts, (std::vector<std::string>{"Three.", "Two.", "One.", "One.", "Two.", "Three.", "Four.", "Five."}));
}

}  // namespace
}  // namespace mc
