#include "durability/RecordingFileSystem.h"

#include "platform/durability/FileReading.h"

namespace mc::test {
namespace fs = std::filesystem;

std::string describe(const FileOp& op) {
    static const char* names[] = {"write", "fsync", "fsync dir", "mkdir", "rename", "link", "symlink", "remove", "mark"};
    std::string text = names[static_cast<int>(op.kind)];
    if (!op.from.empty()) text += " " + op.from.string() + " ->";
    if (!op.path.empty()) text += " " + op.path.string();
    if (op.kind == FileOp::Kind::Symlink || op.kind == FileOp::Kind::Mark) text += " (" + op.bytes + ")";
    return text;
}

// Only calls that succeeded change the disk, so only those are recorded.
Status RecordingFileSystem::record(Status done, FileOp op) {
    if (done) ops_.push_back(std::move(op));
    return done;
}

Status RecordingFileSystem::writeFile(const fs::path& path, std::string_view bytes, int mode) {
    return record(real_.writeFile(path, bytes, mode), {FileOp::Kind::Write, path, {}, std::string(bytes)});
}

Status RecordingFileSystem::copyFile(const fs::path& from, const fs::path& to) {
    Status done = real_.copyFile(from, to);
    if (!done) return done;
    auto bytes = readWholeFile(to);  // to the model, a copy is a write of these bytes
    if (!bytes) return bytes.error();
    return record(done, {FileOp::Kind::Write, to, {}, std::move(*bytes)});
}

Status RecordingFileSystem::syncFile(const fs::path& path) {
    return record(real_.syncFile(path), {FileOp::Kind::SyncFile, path, {}, {}});
}

Status RecordingFileSystem::syncDirectory(const fs::path& dir) {
    return record(real_.syncDirectory(dir), {FileOp::Kind::SyncDirectory, dir, {}, {}});
}

Status RecordingFileSystem::makeDirectory(const fs::path& dir) {
    return record(real_.makeDirectory(dir), {FileOp::Kind::MakeDirectory, dir, {}, {}});
}

Status RecordingFileSystem::rename(const fs::path& from, const fs::path& to) {
    return record(real_.rename(from, to), {FileOp::Kind::Rename, to, from, {}});
}

Status RecordingFileSystem::hardLink(const fs::path& existing, const fs::path& link) {
    if (!hardLinks_) return Error{"cannot link " + existing.string() + " as " + link.string() + ": not supported"};
    return record(real_.hardLink(existing, link), {FileOp::Kind::HardLink, link, existing, {}});
}

Status RecordingFileSystem::symlink(const std::string& target, const fs::path& link) {
    return record(real_.symlink(target, link), {FileOp::Kind::Symlink, link, {}, target});
}

Status RecordingFileSystem::makeReadOnly(const fs::path& path) { return real_.makeReadOnly(path); }

Status RecordingFileSystem::remove(const fs::path& path) {
    std::error_code ec;
    const bool existed = fs::symlink_status(path, ec).type() != fs::file_type::not_found;
    Status done = real_.remove(path);
    if (!existed) return done;  // nothing changed on disk
    return record(done, {FileOp::Kind::Remove, path, {}, {}});
}

void RecordingFileSystem::mark(const std::string& label) { ops_.push_back({FileOp::Kind::Mark, {}, {}, label}); }

}  // namespace mc::test
