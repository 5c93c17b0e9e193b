#include "ui/UiText.h"

#include <array>

namespace mc {
namespace {

constexpr std::array<std::string_view, 8> kFocusKeys = {"relief", "stretch", "strength", "posture",
                                                        "mobility", "pregnancy", "postnatal", "office"};
constexpr std::array<std::string_view, 4> kLevelKeys = {"gentle", "beginner", "intermediate", "advanced"};

const UiText kEnglish{
    "Get ready", "Rest", "Switch sides", "Next up", "Set", "of", "left side", "right side",
    "repetitions", "up", "down", "hold", "Paused", "Press Space or Enter to continue",
    "Routine complete", "Stopped early", "exercises", "min", "s", "Starts in",
    "Enter: start now  \xE2\x80\xA2  Esc: back", "\xE2\x86\x90 \xE2\x86\x92 choose  \xE2\x80\xA2  Enter: open",
    "This week", "sessions", "Before you start", "Stop if pain increases or spreads.",
    "exercises done", "active time", "Back to the routines in", "Suggested",
    "No routines available",
    {"Pain relief", "Stretching", "Strength", "Posture", "Mobility", "Pregnancy", "After childbirth", "Work breaks"},
    {"gentle", "beginner", "intermediate", "advanced"},
    "Exercise",
    "each side",
    "weeks in a row",
};

const UiText kRussian{
    "Приготовьтесь", "Отдых", "Смена стороны", "Далее", "Подход", "из", "левая сторона", "правая сторона",
    "повторений", "вверх", "вниз", "удержание", "Пауза", "Нажмите пробел или Enter, чтобы продолжить",
    "Комплекс выполнен", "Остановлено досрочно", "упражнений", "мин", "с", "Начало через",
    "Enter: начать сейчас  \xE2\x80\xA2  Esc: назад", "\xE2\x86\x90 \xE2\x86\x92 выбор  \xE2\x80\xA2  Enter: открыть",
    "На этой неделе", "занятий", "Перед началом", "Остановитесь, если боль усиливается или отдаёт.",
    "упражнений выполнено", "активное время", "Возврат к списку через", "Рекомендуем",
    "Нет доступных комплексов",
    {"Снятие боли", "Растяжка", "Укрепление", "Осанка", "Подвижность", "Беременность", "После родов", "Перерыв в работе"},
    {"щадящий", "начальный", "средний", "продвинутый"},
    "Упражнение",
    "на каждую сторону",
    "недель подряд",
};

template <size_t N>
const char* lookup(const std::array<std::string_view, N>& keys, const char* const (&names)[N], std::string_view key) {
    for (size_t i = 0; i < N; ++i)
        if (keys[i] == key) return names[i];
    return "";
}

void appendAll(std::string& out, const UiText& t) {
    for (const char* s : {t.getReady, t.rest, t.switchSides, t.nextUp, t.set, t.of, t.left, t.right, t.reps, t.up,
                          t.down, t.hold, t.paused, t.pausedHint, t.routineComplete, t.stoppedEarly, t.exercises,
                          t.minutes, t.seconds, t.startsIn, t.startHint, t.homeHint, t.thisWeek, t.sessions,
                          t.beforeYouStart, t.stopIf, t.doneItems, t.activeTime, t.backHome, t.suggested,
                          t.noContent, t.exerciseOf, t.eachSide, t.streak})
        out += s;
    for (const char* s : t.focusNames) out += s;
    for (const char* s : t.levelNames) out += s;
}

}  // namespace

const UiText& UiText::forLanguage(std::string_view language) {
    return language == "ru" ? kRussian : kEnglish;
}

const char* UiText::focus(std::string_view key) const {
    const char* s = lookup(kFocusKeys, focusNames, key);
    return *s ? s : "";
}

const char* UiText::level(std::string_view key) const { return lookup(kLevelKeys, levelNames, key); }

std::string allUiText() {
    std::string out;
    appendAll(out, kEnglish);
    appendAll(out, kRussian);
    return out;
}

}  // namespace mc
