#include "platform/packstore/FileDigest.h"

#include "platform/durability/FileReading.h"
#include "update/Crypto.h"

namespace mc {

Result<FileDigest> digestFile(const std::filesystem::path& path) {
    Sha256Stream hash;
    FileDigest digest;
    Status read = readFileInChunks(path, [&](std::string_view chunk) {
        hash.update(chunk.data(), chunk.size());
        digest.size += chunk.size();
        return success();
    });
    if (!read) return read.error();
    digest.sha256 = hash.finishHex();
    return digest;
}

}  // namespace mc
