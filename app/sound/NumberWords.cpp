#include "sound/NumberWords.h"

namespace mc {
namespace {

const char* const kEnglishSmall[] = {"zero",    "one",     "two",       "three",    "four",
                                     "five",    "six",     "seven",     "eight",    "nine",
                                     "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                     "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
const char* const kEnglishTens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

const char* const kRussianSmall[] = {"ноль",         "один",         "два",          "три",        "четыре",
                                     "пять",         "шесть",        "семь",         "восемь",     "девять",
                                     "десять",       "одиннадцать",  "двенадцать",   "тринадцать", "четырнадцать",
                                     "пятнадцать",   "шестнадцать",  "семнадцать",   "восемнадцать", "девятнадцать"};
const char* const kRussianTens[] = {"",         "",          "двадцать",   "тридцать",  "сорок",
                                    "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"};
const char* const kRussianHundreds[] = {"",          "сто",       "двести",    "триста",     "четыреста",
                                        "пятьсот",   "шестьсот",  "семьсот",   "восемьсот",  "девятьсот"};

std::string russianUnit(int n, Gender gender) {
    if (n == 1 && gender == Gender::Feminine) return "одна";
    if (n == 1 && gender == Gender::Neuter) return "одно";
    if (n == 2 && gender == Gender::Feminine) return "две";
    return kRussianSmall[n];
}

}  // namespace

std::string englishNumber(int n) {
    if (n < 0 || n > 999) return std::to_string(n);
    if (n < 20) return kEnglishSmall[n];
    if (n < 100) {
        std::string words = kEnglishTens[n / 10];
        if (n % 10) words += std::string("-") + kEnglishSmall[n % 10];
        return words;
    }
    std::string words = std::string(kEnglishSmall[n / 100]) + " hundred";
    if (n % 100) words += " and " + englishNumber(n % 100);
    return words;
}

std::string russianNumber(int n, Gender gender) {
    if (n < 0 || n > 999) return std::to_string(n);
    if (n == 0) return kRussianSmall[0];
    std::string words;
    auto append = [&words](const std::string& w) {
        if (!words.empty()) words += ' ';
        words += w;
    };
    if (n >= 100) append(kRussianHundreds[n / 100]);
    const int rest = n % 100;
    if (rest >= 10 && rest < 20) {
        append(kRussianSmall[rest]);
    } else {
        if (rest >= 20) append(kRussianTens[rest / 10]);
        if (rest % 10) append(russianUnit(rest % 10, gender));
    }
    return words;
}

const std::string& russianPlural(int n, const std::string& one, const std::string& few, const std::string& many) {
    const int last2 = n % 100;
    const int last = n % 10;
    if (last2 >= 11 && last2 <= 14) return many;
    if (last == 1) return one;
    if (last >= 2 && last <= 4) return few;
    return many;
}

}  // namespace mc
