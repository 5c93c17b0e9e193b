#pragma once
// Writing RGBA pixels to a PNG file (stb_image_write), durably (platform/durability):
// a half-written picture never replaces a good one.
#include <cstdint>
#include <string>
#include <vector>

#include "core/Result.h"
#include "platform/durability/FileSystemOps.h"

namespace mc {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgba;  // width * height * 4, rows top to bottom
};

Status writePng(const std::string& path, const Image& image, FileSystemOps& files = realFileSystem());
Result<Image> readPng(const std::string& path);

}  // namespace mc
