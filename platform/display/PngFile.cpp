#include "platform/display/PngFile.h"

#include <stb_image.h>
#include <stb_image_write.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace mc {

Status writePng(const std::string& path, const Image& image) {
    if (image.width <= 0 || image.height <= 0 || image.rgba.size() != size_t(image.width) * image.height * 4)
        return Error{"cannot write " + path + ": the image is empty or inconsistent"};
    std::string tmp = path + ".tmp";
    if (!stbi_write_png(tmp.c_str(), image.width, image.height, 4, image.rgba.data(), image.width * 4)) {
        std::remove(tmp.c_str());
        return Error{"cannot write " + path + ": " + std::strerror(errno) +
                     " (check that the folder exists and has free space)"};
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::string reason = std::strerror(errno);
        std::remove(tmp.c_str());
        return Error{"cannot move the picture into " + path + ": " + reason};
    }
    return success();
}

Result<Image> readPng(const std::string& path) {
    int w = 0, h = 0, channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &w, &h, &channels, 4);
    if (!data) return Error{"cannot read image " + path + ": " + stbi_failure_reason()};
    Image img{w, h, std::vector<uint8_t>(data, data + size_t(w) * h * 4)};
    stbi_image_free(data);
    return img;
}

}  // namespace mc
