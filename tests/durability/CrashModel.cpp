#include "durability/CrashModel.h"

#include <sys/stat.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace mc::test {
namespace fs = std::filesystem;

namespace {

std::string readBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

CrashModel::CrashModel(const fs::path& root) : root_(root.lexically_normal()) {
    std::map<std::pair<dev_t, ino_t>, int> seen;
    snapshot(root_, seen);
}

// Reads the tree as it is now; hard links stay one inode, as on disk.
int CrashModel::snapshot(const fs::path& path, std::map<std::pair<dev_t, ino_t>, int>& seen) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0) throw std::runtime_error("cannot stat " + path.string());
    if (auto known = seen.find({info.st_dev, info.st_ino}); known != seen.end()) return known->second;
    int inode;
    if (S_ISDIR(info.st_mode)) {
        inode = newInode(Inode::Type::Directory);
        for (const auto& entry : fs::directory_iterator(path)) {
            const int child = snapshot(entry.path(), seen);
            inodes_[inode].names[entry.path().filename()] = child;
        }
        inodes_[inode].durableNames = inodes_[inode].names;
    } else if (S_ISLNK(info.st_mode)) {
        inode = newInode(Inode::Type::Symlink);
        inodes_[inode].target = fs::read_symlink(path).string();
    } else {
        inode = newInode(Inode::Type::File);
        inodes_[inode].bytes = inodes_[inode].durableBytes = readBytes(path);
    }
    seen[{info.st_dev, info.st_ino}] = inode;
    return inode;
}

int CrashModel::newInode(Inode::Type type) {
    inodes_.push_back(Inode{type, {}, {}, {}, {}, {}});
    return static_cast<int>(inodes_.size()) - 1;
}

int CrashModel::lookup(const fs::path& path) const {
    const fs::path relative = path.lexically_normal().lexically_relative(root_);
    if (relative.empty() || *relative.begin() == "..") throw std::runtime_error(path.string() + " is outside the model");
    int inode = 0;
    for (const auto& part : relative) {
        if (part == ".") continue;
        const auto& names = inodes_[inode].names;
        auto it = names.find(part.string());
        if (inodes_[inode].type != Inode::Type::Directory || it == names.end()) return -1;
        inode = it->second;
    }
    return inode;
}

std::pair<int, std::string> CrashModel::parentOf(const fs::path& path) const {
    const fs::path normal = path.lexically_normal();
    const int directory = lookup(normal.parent_path());
    if (directory < 0) throw std::runtime_error("no directory for " + path.string());
    return {directory, normal.filename().string()};
}

void CrashModel::changeName(PendingOp& op, int directory, const std::string& name, int inode) {
    if (inode < 0)
        inodes_[directory].names.erase(name);
    else
        inodes_[directory].names[name] = inode;
    op.changes.push_back({directory, name, inode});
}

void CrashModel::apply(const FileOp& op) {
    PendingOp step{describe(op), {}};
    switch (op.kind) {
        case FileOp::Kind::Write: {
            const auto [dir, name] = parentOf(op.path);
            int inode = lookup(op.path);
            if (inode < 0) {
                inode = newInode(Inode::Type::File);
                changeName(step, dir, name, inode);
            }
            inodes_[inode].bytes = op.bytes;  // an existing file is truncated and rewritten in place
            break;
        }
        case FileOp::Kind::SyncFile:
            inodes_.at(lookup(op.path)).durableBytes = inodes_.at(lookup(op.path)).bytes;
            break;
        case FileOp::Kind::SyncDirectory: {
            const int dir = lookup(op.path);
            inodes_.at(dir).durableNames = inodes_[dir].names;
            for (auto& pending : pending_)
                std::erase_if(pending.changes, [dir](const NameChange& c) { return c.directory == dir; });
            std::erase_if(pending_, [](const PendingOp& p) { return p.changes.empty(); });
            break;
        }
        case FileOp::Kind::MakeDirectory:
            if (lookup(op.path) < 0) {
                const auto [dir, name] = parentOf(op.path);
                changeName(step, dir, name, newInode(Inode::Type::Directory));
            }
            break;
        case FileOp::Kind::Rename: {
            const int inode = lookup(op.from);
            const auto [fromDir, fromName] = parentOf(op.from);
            const auto [toDir, toName] = parentOf(op.path);
            changeName(step, fromDir, fromName, -1);
            changeName(step, toDir, toName, inode);
            break;
        }
        case FileOp::Kind::HardLink: {
            const auto [dir, name] = parentOf(op.path);
            changeName(step, dir, name, lookup(op.from));
            break;
        }
        case FileOp::Kind::Symlink: {
            const auto [dir, name] = parentOf(op.path);
            const int inode = newInode(Inode::Type::Symlink);
            inodes_[inode].target = op.bytes;
            changeName(step, dir, name, inode);
            break;
        }
        case FileOp::Kind::Remove: {
            const auto [dir, name] = parentOf(op.path);
            changeName(step, dir, name, -1);
            break;
        }
        case FileOp::Kind::Mark:
            break;
    }
    if (!step.changes.empty()) pending_.push_back(std::move(step));
}

std::vector<CrashState> CrashModel::crashStates(CrashMode mode) const {
    if (mode == CrashMode::DurableOnly) return {{"only what was fsynced", {}, false, -1}};
    std::vector<CrashState> states;
    std::vector<int> all;
    for (int i = 0; i < static_cast<int>(pending_.size()); ++i) all.push_back(i);
    states.push_back({"everything written persisted (a killed process)", all, true, -1});
    if (pending_.empty()) return states;
    states.push_back({"every name change persisted, un-fsynced bytes lost", all, false, -1});
    for (int i : all) {
        states.push_back({"only \"" + pending_[i].what + "\" persisted", {i}, false, -1});
        if (all.size() < 2) continue;
        std::vector<int> others;
        for (int j : all)
            if (j != i) others.push_back(j);
        states.push_back({"all but \"" + pending_[i].what + "\" persisted", others, false, -1});
    }
    for (int inode = 0; inode < static_cast<int>(inodes_.size()); ++inode) {
        const Inode& node = inodes_[inode];
        if (node.type == Inode::Type::File && node.bytes != node.durableBytes && node.bytes.size() > 1)
            states.push_back({"everything persisted but a file torn halfway", all, true, inode});
    }
    return states;
}

CrashModel::Names CrashModel::namesAfter(const CrashState& state) const {
    // The durable names, with the chosen pending changes laid over them in their order.
    Names names;
    for (int i = 0; i < static_cast<int>(inodes_.size()); ++i)
        if (inodes_[i].type == Inode::Type::Directory) names[i] = inodes_[i].durableNames;
    for (int index : state.namesKept)
        for (const auto& change : pending_[index].changes) {
            if (change.inode < 0)
                names[change.directory].erase(change.name);
            else
                names[change.directory][change.name] = change.inode;
        }
    return names;
}

std::string CrashModel::bytesAfter(const CrashState& state, int inode) const {
    const Inode& node = inodes_[inode];
    if (inode == state.tornInode) return node.bytes.substr(0, node.bytes.size() / 2);
    return state.allBytes ? node.bytes : node.durableBytes;
}

void CrashModel::walk(const Names& names, int inode, const fs::path& path, int depth,
                      const std::function<void(const fs::path&, int)>& visit) const {
    visit(path, inode);
    if (inodes_[inode].type != Inode::Type::Directory) return;
    // A directory renamed and not yet fsynced can appear under both names; never loop.
    if (depth > 32) throw std::runtime_error("directory cycle at " + path.string());
    for (const auto& [name, child] : names.at(inode)) walk(names, child, path / name, depth + 1, visit);
}

void CrashModel::materialise(const CrashState& state, const fs::path& out) const {
    walk(namesAfter(state), 0, out, 0, [&](const fs::path& path, int inode) {
        const Inode& node = inodes_[inode];
        if (node.type == Inode::Type::Directory)
            fs::create_directory(path);
        else if (node.type == Inode::Type::Symlink)
            fs::create_symlink(node.target, path);
        else
            std::ofstream(path, std::ios::binary) << bytesAfter(state, inode);
    });
}

std::string CrashModel::fingerprint(const CrashState& state) const {
    std::string print;
    walk(namesAfter(state), 0, "", 0, [&](const fs::path& path, int inode) {
        const Inode& node = inodes_[inode];
        print += path.string();
        if (node.type == Inode::Type::Symlink) print += " -> " + node.target;
        if (node.type == Inode::Type::File) print += " = " + std::to_string(std::hash<std::string>{}(bytesAfter(state, inode)));
        print += '\n';
    });
    return print;
}

}  // namespace mc::test
