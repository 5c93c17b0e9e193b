#pragma once
// Numbers as words, for phrases that espeak-ng reads aloud. Doing it ourselves
// (rather than letting espeak read digits) gets Russian gender and plural
// agreement right: "одна секунда", "две минуты", "пять повторений".
#include <string>
#include <string_view>

namespace mc {

enum class Gender { Masculine, Feminine, Neuter };

// 0..999 in words; larger numbers as digits. English ignores `gender`.
std::string englishNumber(int n);
std::string russianNumber(int n, Gender gender = Gender::Masculine);

// Russian noun forms chosen by the number: 1 секунда, 2 секунды, 5 секунд.
const std::string& russianPlural(int n, const std::string& one, const std::string& few, const std::string& many);

}  // namespace mc
