#pragma once
// The little 3D math the figure model needs: points, rotations in degrees.
// Room axes: x = the direction a default body faces, y = up, z = a default body's
// right (right-handed). Rotations are counter-clockwise about their axis.
#include <cmath>

namespace mc {

struct Vec3 {
    float x = 0.0f;
    float y = 0.0f;
    float z = 0.0f;
};

inline Vec3 operator+(Vec3 a, Vec3 b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
inline Vec3 operator-(Vec3 a, Vec3 b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
inline Vec3 operator*(Vec3 a, float s) { return {a.x * s, a.y * s, a.z * s}; }
inline float dot(Vec3 a, Vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
inline float length(Vec3 a) { return std::sqrt(dot(a, a)); }
inline Vec3 normalized(Vec3 a) {
    float l = length(a);
    return l > 0.0f ? a * (1.0f / l) : a;
}

constexpr float kDegToRad = 3.14159265358979f / 180.0f;

// Columns are the images of the x, y and z axes.
struct Mat3 {
    Vec3 cx{1, 0, 0};
    Vec3 cy{0, 1, 0};
    Vec3 cz{0, 0, 1};
};

inline Vec3 operator*(const Mat3& m, Vec3 v) { return m.cx * v.x + m.cy * v.y + m.cz * v.z; }
inline Mat3 operator*(const Mat3& a, const Mat3& b) { return {a * b.cx, a * b.cy, a * b.cz}; }

// About x: y turns toward z.
inline Mat3 rotX(float deg) {
    float c = std::cos(deg * kDegToRad), s = std::sin(deg * kDegToRad);
    return {{1, 0, 0}, {0, c, s}, {0, -s, c}};
}
// About y: z turns toward x (so x turns toward -z, a default body's left).
inline Mat3 rotY(float deg) {
    float c = std::cos(deg * kDegToRad), s = std::sin(deg * kDegToRad);
    return {{c, 0, -s}, {0, 1, 0}, {s, 0, c}};
}
// About z: x turns toward y.
inline Mat3 rotZ(float deg) {
    float c = std::cos(deg * kDegToRad), s = std::sin(deg * kDegToRad);
    return {{c, s, 0}, {-s, c, 0}, {0, 0, 1}};
}

}  // namespace mc
