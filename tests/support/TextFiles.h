#pragma once
// Whole small files as text, for tests that set up or inspect a tree on disk.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace mc::test_support {

// The file's bytes; empty if it cannot be read.
inline std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Replaces the file (creating its folders); not durable, which the tests that need it say.
inline void writeText(const std::filesystem::path& path, const std::string& text) {
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

}  // namespace mc::test_support
