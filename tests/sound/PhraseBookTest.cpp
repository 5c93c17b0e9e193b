#include <gtest/gtest.h>

#include "SoundTestSupport.h"
#include "sound/CuePlan.h"
#include "sound/NumberWords.h"
#include "sound/PhraseBook.h"

namespace mc {
namespace {

TEST(NumberWords, English) {
    EXPECT_EQ(englishNumber(0), "zero");
    EXPECT_EQ(englishNumber(15), "fifteen");
    EXPECT_EQ(englishNumber(21), "twenty-one");
    EXPECT_EQ(englishNumber(40), "forty");
    EXPECT_EQ(englishNumber(105), "one hundred and five");
    EXPECT_EQ(englishNumber(1200), "1200");
}

TEST(NumberWords, RussianAgreesInGenderAndNumber) {
    EXPECT_EQ(russianNumber(1), "один");
    EXPECT_EQ(russianNumber(1, Gender::Feminine), "одна");
    EXPECT_EQ(russianNumber(2, Gender::Feminine), "две");
    EXPECT_EQ(russianNumber(21, Gender::Neuter), "двадцать одно");
    EXPECT_EQ(russianNumber(15), "пятнадцать");
    EXPECT_EQ(russianNumber(342), "триста сорок два");
    EXPECT_EQ(russianPlural(1, "секунда", "секунды", "секунд"), "секунда");
    EXPECT_EQ(russianPlural(3, "секунда", "секунды", "секунд"), "секунды");
    EXPECT_EQ(russianPlural(12, "секунда", "секунды", "секунд"), "секунд");
    EXPECT_EQ(russianPlural(22, "секунда", "секунды", "секунд"), "секунды");
    EXPECT_EQ(russianPlural(25, "секунда", "секунды", "секунд"), "секунд");
}

TEST(PhraseBook, LanguagesFallBackToEnglish) {
    EXPECT_EQ(speechLanguageFor("ru"), "ru");
    EXPECT_EQ(speechLanguageFor("ru-RU"), "ru");
    EXPECT_EQ(speechLanguageFor("en"), "en");
    EXPECT_EQ(speechLanguageFor("de"), "en");
    EXPECT_EQ(espeakVoiceFor("ru"), "ru");
    EXPECT_EQ(espeakVoiceFor("en"), "en");
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
