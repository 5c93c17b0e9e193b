#include "platform/display/PngFile.h"

#include <stb_image.h>
#include <stb_image_write.h>

#include "platform/durability/DurableFile.h"

namespace mc {

Status writePng(const std::string& path, const Image& image, FileSystemOps& files) {
    if (image.width <= 0 || image.height <= 0 || image.rgba.size() != size_t(image.width) * image.height * 4)
        return Error{"cannot write " + path + ": the image is empty or inconsistent"};
    // Encoded in memory, then written like every other file the mirror keeps.
    std::string png;
    auto append = [](void* out, void* data, int size) {
        static_cast<std::string*>(out)->append(static_cast<const char*>(data), static_cast<size_t>(size));
    };
    if (!stbi_write_png_to_func(append, &png, image.width, image.height, 4, image.rgba.data(), image.width * 4))
        return Error{"cannot encode the picture for " + path};
    if (Status written = writeFileDurably(files, path, png); !written)
        return Error{"cannot write " + path + ": " + written.error().message +
                     " (check that the folder exists and has free space)"};
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
