# Every external library comes from a Debian package (deploy/packages.txt: `build` for the
# program, `test` for the tests, `bench` for the benchmarks).
# When one is missing, configuration stops and names the package to install.
find_package(PkgConfig QUIET)
if(NOT PKG_CONFIG_FOUND)
  message(FATAL_ERROR "pkg-config is missing: install the Debian package 'pkg-config' (or run ./deploy/setup.sh)")
endif()

# mc_require_pkg(<pkg-config module> <Debian package>) -> imported target PkgConfig::<module>
function(mc_require_pkg module debian_package)
  pkg_check_modules(${module} QUIET IMPORTED_TARGET GLOBAL ${module})
  if(NOT ${module}_FOUND)
    message(FATAL_ERROR "Missing library '${module}': install the Debian package '${debian_package}' "
                        "(sudo apt-get install ${debian_package}, or run ./deploy/run.sh or ./deploy/test.sh which install what they need)")
  endif()
endfunction()

# mc_require_file(<variable> <path> <Debian package>)
function(mc_require_file var path debian_package)
  if(NOT EXISTS "${path}")
    message(FATAL_ERROR "Missing file '${path}': install the Debian package '${debian_package}' "
                        "(sudo apt-get install ${debian_package}, or run ./deploy/run.sh or ./deploy/test.sh)")
  endif()
  set(${var} "${path}" PARENT_SCOPE)
endfunction()

mc_require_pkg(sdl2 libsdl2-dev)
mc_require_pkg(imgui libimgui-dev)
mc_require_pkg(stb libstb-dev)
mc_require_pkg(nlohmann_json nlohmann-json3-dev)
mc_require_pkg(CLI11 libcli11-dev)
mc_require_pkg(libcurl libcurl4-openssl-dev)
mc_require_pkg(libsodium libsodium-dev)
mc_require_pkg(sqlite3 libsqlite3-dev)
mc_require_pkg(tomlplusplus libtomlplusplus-dev)
mc_require_pkg(espeak-ng libespeak-ng-dev)
mc_require_pkg(alsa libasound2-dev)  # only to silence ALSA's own error lines
mc_require_pkg(libsystemd libsystemd-dev)
# The phone remote's HTTP server (also the tests' loopback servers) and its QR codes.
mc_require_pkg(cpp-httplib libcpp-httplib-dev)
mc_require_pkg(libqrencode libqrencode-dev)

# Debian ships the SDL_Renderer backend of Dear ImGui as source only: we compile it from there.
set(MC_IMGUI_BACKENDS /usr/share/doc/libimgui-dev/examples/backends)
mc_require_file(MC_IMGUI_SDLRENDERER_SRC "${MC_IMGUI_BACKENDS}/imgui_impl_sdlrenderer.cpp" libimgui-dev)

mc_require_file(MC_FONT_REGULAR /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf fonts-dejavu-core)
mc_require_file(MC_FONT_BOLD /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf fonts-dejavu-core)

if(MC_TESTS)
  find_package(GTest QUIET)
  if(NOT GTest_FOUND)
    message(FATAL_ERROR "GoogleTest is missing: install the Debian packages 'libgtest-dev libgmock-dev' "
                        "(or run ./deploy/test.sh, which installs what the tests need; -DMC_TESTS=OFF builds without tests)")
  endif()
endif()
find_package(Threads REQUIRED)
