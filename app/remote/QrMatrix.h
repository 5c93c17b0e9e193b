#pragma once
// A QR code as plain data: `size` x `size` modules, row by row, true = dark. Made by
// platform/remoteserver (libqrencode), drawn by the UI with rectangles.
#include <vector>

namespace mc {

struct QrMatrix {
    int size = 0;
    std::vector<bool> dark;
    bool at(int x, int y) const { return dark[static_cast<size_t>(y) * size + x]; }
    bool operator==(const QrMatrix&) const = default;
};

}  // namespace mc
