# Cross-compiling for 64-bit Raspberry Pi OS on a Debian 12 amd64 machine, with Debian's
# cross compiler (g++-aarch64-linux-gnu) and arm64 multiarch -dev packages installed
# alongside the native ones (dpkg --add-architecture arm64). deploy/build-arm64.sh sets it up.
#   cmake -S . -B build-arm64 -DCMAKE_TOOLCHAIN_FILE=cmake/aarch64-linux-gnu.cmake
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)

set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)

# Multiarch: arm64 libraries live in /usr/lib/aarch64-linux-gnu of this very system, so
# the "sysroot" is /, and only the arm64 library directories may satisfy a search.
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)

# pkg-config must describe the arm64 libraries, not the build machine's.
set(ENV{PKG_CONFIG_LIBDIR} "/usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")

# Run arm64 programs (test discovery, the binary itself) through qemu-user.
find_program(MC_QEMU_AARCH64 qemu-aarch64)
if(MC_QEMU_AARCH64)
  set(CMAKE_CROSSCOMPILING_EMULATOR "${MC_QEMU_AARCH64}")
endif()
