// docs/content-sources.md says where every bundled dose comes from; these tests keep it true:
// each exercise's default dose and each routine item's dose must read exactly as in its row,
// every exercise, routine and routine item has a row, and no row names something gone.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "platform/files/PackReader.h"

namespace mc {
namespace {

const std::string kBundled = std::string(MC_SOURCE_ASSETS) + "/pack";
const std::string kSourcesDoc = std::string(MC_SOURCE_DOCS) + "/content-sources.md";

// Seconds as the table writes them: "30", "1.5".
std::string secondsText(Millis m) {
    std::ostringstream out;
    const double s = seconds(m);
    if (std::fmod(s, 1.0) == 0.0) out << static_cast<long long>(s);
    else out << s;
    return out.str();
}

// The "dose used" notation described at the top of docs/content-sources.md.
std::string doseText(const Dose& d) {
    std::string text;
    if (d.kind == Dose::Kind::Hold) {
        text = "hold " + secondsText(d.hold) + " s";
    } else {
        text = std::to_string(d.reps) + " reps, tempo " + secondsText(d.tempo.up) + "-" + secondsText(d.tempo.top) +
               "-" + secondsText(d.tempo.down) + "-" + secondsText(d.tempo.bottom);
    }
    if (d.sets > 1) text += ", " + std::to_string(d.sets) + " sets, rest " + secondsText(d.restBetweenSets) + " s";
    return text;
}

std::string trim(const std::string& s) {
    const auto a = s.find_first_not_of(" \t`");
    if (a == std::string::npos) return "";
    const auto b = s.find_last_not_of(" \t`");
    return s.substr(a, b - a + 1);
}

// One Markdown table: the header cells and the rows (cells by header name), with line numbers.
struct Table {
    std::vector<std::string> header;
    struct Row {
        int line = 0;
        std::map<std::string, std::string> cells;
    };
    std::vector<Row> rows;
};

std::vector<std::string> cellsOf(const std::string& line) {
    std::vector<std::string> cells;
    std::string body = trim(line);
    if (!body.empty() && body.front() == '|') body.erase(0, 1);
    if (!body.empty() && body.back() == '|') body.pop_back();
    std::stringstream in(body);
    std::string cell;
    while (std::getline(in, cell, '|')) cells.push_back(trim(cell));
    return cells;
}

std::vector<Table> readTables(const std::string& path) {
    std::ifstream in(path);
    std::vector<Table> tables;
    std::string line;
    bool inTable = false;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        const std::string t = trim(line);
        if (t.empty() || t.front() != '|') {
            inTable = false;
            continue;
        }
        if (!inTable) {
            tables.push_back(Table{cellsOf(t), {}});
            inTable = true;
            continue;
        }
        if (t.find("---") != std::string::npos && t.find_first_not_of("|-: ") == std::string::npos) continue;
        const std::vector<std::string> cells = cellsOf(t);
        Table::Row row{number, {}};
        for (std::size_t i = 0; i < cells.size() && i < tables.back().header.size(); ++i)
            row.cells[tables.back().header[i]] = cells[i];
        tables.back().rows.push_back(row);
    }
    return tables;
}

// A cell by its column name; empty when the row is shorter than the header.
std::string cell(const Table::Row& row, const std::string& column) {
    const auto found = row.cells.find(column);
    return found == row.cells.end() ? std::string() : found->second;
}

// The table whose header starts with these column names.
const Table* tableWith(const std::vector<Table>& tables, const std::vector<std::string>& firstColumns) {
    for (const Table& t : tables) {
        if (t.header.size() < firstColumns.size()) continue;
        if (std::equal(firstColumns.begin(), firstColumns.end(), t.header.begin())) return &t;
    }
    return nullptr;
}

class ContentSources : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(std::ifstream(kSourcesDoc).good()) << "missing " << kSourcesDoc;
        load = loadPack(kBundled);
        ASSERT_TRUE(load.ok()) << describeProblems(load.problems, kBundled, 20);
        tables = readTables(kSourcesDoc);
    }
    PackLoad load;
    std::vector<Table> tables;
};

TEST(ContentSourcesNotation, WritesHoldsRepsSetsAndRests) {
    Dose hold;
    hold.kind = Dose::Kind::Hold;
    hold.hold = Millis{300000};
    hold.sets = 3;
    hold.restBetweenSets = Millis{0};
    EXPECT_EQ(doseText(hold), "hold 300 s, 3 sets, rest 0 s");
    Dose reps;
    reps.kind = Dose::Kind::Reps;
    reps.reps = 12;
    reps.tempo = Tempo{Millis{1500}, Millis{0}, Millis{1500}, Millis{12000}};
    EXPECT_EQ(doseText(reps), "12 reps, tempo 1.5-0-1.5-12");
}

TEST(ContentSourcesNotation, ReadsTheTablesOfAMarkdownFile) {
    const std::string path = testing::TempDir() + "/sources.md";
    std::ofstream(path) << "# t\n\n| exercise | dose used |\n|---|---|\n| `a` | hold 5 s |\n| b | 2 reps |\n\ntext\n";
    const std::vector<Table> tables = readTables(path);
    ASSERT_EQ(tables.size(), 1u);
    ASSERT_EQ(tables[0].rows.size(), 2u);
    EXPECT_EQ(cell(tables[0].rows[0], "exercise"), "a");
    EXPECT_EQ(tables[0].rows[0].line, 5);
    EXPECT_EQ(cell(tables[0].rows[1], "dose used"), "2 reps");
}

TEST_F(ContentSources, EveryExerciseDoseIsTheOneItsRowGives) {
    const Table* table = tableWith(tables, {"exercise", "seed", "seed dose", "dose used"});
    ASSERT_NE(table, nullptr) << kSourcesDoc << " has no table | exercise | seed | seed dose | dose used | ...";
    std::map<std::string, const Table::Row*> rows;
    for (const Table::Row& row : table->rows) {
        const std::string id = cell(row, "exercise");
        EXPECT_TRUE(rows.emplace(id, &row).second) << "content-sources.md:" << row.line << ": second row for " << id;
        EXPECT_NE(load.pack->exercise(id), nullptr) << "content-sources.md:" << row.line << ": no exercise " << id;
        EXPECT_FALSE(cell(row, "seed").empty()) << "content-sources.md:" << row.line << ": " << id << " names no seed";
        EXPECT_FALSE(cell(row, "difference").empty())
            << "content-sources.md:" << row.line << ": " << id << " gives no reason (write \"same\" when there is none)";
    }
    for (const Exercise& e : load.pack->exercises) {
        const auto found = rows.find(e.id);
        if (found == rows.end()) {
            ADD_FAILURE() << "content-sources.md has no row for exercise " << e.id << " (dose used: " << doseText(e.dose)
                          << ")";
            continue;
        }
        EXPECT_EQ(cell(*found->second, "dose used"), doseText(e.dose))
            << "content-sources.md:" << found->second->line << ": exercise " << e.id
            << ": the table's dose differs from assets/pack/exercises/" << e.id << ".json";
    }
}

TEST_F(ContentSources, EveryRoutineItemDoseIsTheOneItsRowGives) {
    const Table* table = tableWith(tables, {"routine", "#", "exercise", "seed", "seed dose", "dose used"});
    ASSERT_NE(table, nullptr) << kSourcesDoc << " has no table | routine | # | exercise | seed | seed dose | dose used | ...";
    std::map<std::pair<std::string, int>, const Table::Row*> rows;
    for (const Table::Row& row : table->rows) {
        const std::string routine = cell(row, "routine");
        const int number = std::atoi(cell(row, "#").c_str());
        EXPECT_TRUE(rows.emplace(std::pair(routine, number), &row).second)
            << "content-sources.md:" << row.line << ": second row for " << routine << " #" << number;
        EXPECT_FALSE(cell(row, "difference").empty())
            << "content-sources.md:" << row.line << ": " << routine << " #" << number << " gives no reason";
    }
    std::size_t items = 0;
    for (const Routine& r : load.pack->routines) {
        for (std::size_t i = 0; i < r.items.size(); ++i) {
            ++items;
            const RoutineItem& item = r.items[i];
            const int number = static_cast<int>(i) + 1;
            const auto found = rows.find(std::pair(r.id, number));
            if (found == rows.end()) {
                ADD_FAILURE() << "content-sources.md has no row for routine " << r.id << " #" << number << " ("
                              << item.exercise << ", dose used: " << doseText(item.dose) << ")";
                continue;
            }
            const Table::Row& row = *found->second;
            EXPECT_EQ(cell(row, "exercise"), item.exercise)
                << "content-sources.md:" << row.line << ": " << r.id << " #" << number << " names another exercise";
            EXPECT_EQ(cell(row, "dose used"), doseText(item.dose))
                << "content-sources.md:" << row.line << ": " << r.id << " #" << number << " (" << item.exercise
                << "): the table's dose differs from assets/pack/routines/" << r.id << ".json";
        }
    }
    EXPECT_EQ(rows.size(), items) << "content-sources.md has rows for routine items the pack does not have";
}

TEST_F(ContentSources, EveryRoutineNamesItsSeed) {
    const Table* table = tableWith(tables, {"routine", "seed", "what the seed says"});
    ASSERT_NE(table, nullptr) << kSourcesDoc << " has no table | routine | seed | what the seed says | ...";
    std::map<std::string, int> lines;
    for (const Table::Row& row : table->rows) {
        lines[cell(row, "routine")] = row.line;
        EXPECT_FALSE(cell(row, "seed").empty()) << "content-sources.md:" << row.line << " names no seed";
    }
    for (const Routine& r : load.pack->routines)
        EXPECT_EQ(lines.count(r.id), 1u) << "content-sources.md has no row for routine " << r.id;
    for (const auto& [id, line] : lines) {
        bool known = false;
        for (const Routine& r : load.pack->routines) known = known || r.id == id;
        EXPECT_TRUE(known) << "content-sources.md:" << line << ": no routine " << id;
    }
}

}  // namespace
}  // namespace mc
