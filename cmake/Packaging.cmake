# Installation layout and the Debian package (cpack -G DEB):
#   /usr/bin/mirrorcoach                      the program
#   /usr/share/mirrorcoach/pack/...           the bundled content pack (assets/)
#   /lib/systemd/system/mirrorcoach.service   the kiosk service
#   /etc/mirrorcoach/config.toml              the settings, a conffile (kept on upgrade)
#   /usr/share/doc/mirrorcoach/               the install guide and the annotated example
# The maintainer scripts (deploy/debian/) create the `mirrorcoach` system user.

# `make install` / cpack install what is built, without first building every test.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY TRUE)

install(TARGETS mirrorcoach RUNTIME DESTINATION bin)
install(DIRECTORY "${CMAKE_SOURCE_DIR}/assets/" DESTINATION share/mirrorcoach)
install(FILES "${CMAKE_SOURCE_DIR}/deploy/mirrorcoach.service" DESTINATION /lib/systemd/system)
# The installed settings are the example with its one enabled line, the phone remote's
# `enabled = true`, commented out again: the remote stays off until someone turns it on
# (see MC_INSTALLED_CONFIG in the top CMakeLists.txt).
install(FILES "${MC_INSTALLED_CONFIG}" DESTINATION /etc/mirrorcoach RENAME config.toml)
install(FILES "${CMAKE_SOURCE_DIR}/deploy/config.example.toml" DESTINATION share/doc/mirrorcoach)
install(FILES "${CMAKE_SOURCE_DIR}/docs/install-pi.md" DESTINATION share/doc/mirrorcoach)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mirrorcoach)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "A fullscreen coach for back exercises behind a two-way mirror: holds, paced repetitions,
sets, sides and rests advance by themselves, with spoken cues. Runs as a systemd service
on a Raspberry Pi and sleeps the display when nobody is there.")
set(CPACK_PACKAGE_CONTACT "MirrorCoach maintainers <mirrorcoach@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES TRUE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Library dependencies with their minimum versions come from dpkg-shlibdeps (dpkg-dev);
# these are what the binary loads at run time without linking it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, fonts-dejavu-core, espeak-ng-data")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "v4l-utils, wlr-randr, gpiod")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

# Cross builds: name the package after the target architecture, not the build machine's.
if(CMAKE_CROSSCOMPILING AND NOT CPACK_DEBIAN_PACKAGE_ARCHITECTURE)
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(aarch64|arm64)$")
    set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE arm64)
  elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^arm")
    set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE armhf)
  endif()
endif()

# dpkg keeps an edited /etc/mirrorcoach/config.toml across upgrades (and asks) because it is listed here.
set(MC_DEBIAN_CONTROL_DIR "${CMAKE_BINARY_DIR}/debian-control")
file(MAKE_DIRECTORY "${MC_DEBIAN_CONTROL_DIR}")
file(WRITE "${MC_DEBIAN_CONTROL_DIR}/conffiles" "/etc/mirrorcoach/config.toml\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${MC_DEBIAN_CONTROL_DIR}/conffiles"
    "${CMAKE_SOURCE_DIR}/deploy/debian/postinst"
    "${CMAKE_SOURCE_DIR}/deploy/debian/prerm"
    "${CMAKE_SOURCE_DIR}/deploy/debian/postrm")

include(CPack)

# Packaging and service checks, run by ctest with the other tests.
add_test(NAME packaging.deb_contents
         COMMAND "${CMAKE_SOURCE_DIR}/tests/system/check-deb.sh" "${CMAKE_CPACK_COMMAND}" "${CMAKE_BINARY_DIR}")
# cpack installs into the build tree: not alongside another instance of itself.
set_tests_properties(packaging.deb_contents PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77 RESOURCE_LOCK mc_cpack)
add_test(NAME packaging.unit_verify
         COMMAND "${CMAKE_SOURCE_DIR}/tests/system/check-unit.sh" "${CMAKE_SOURCE_DIR}/deploy/mirrorcoach.service"
                 "$<TARGET_FILE:mirrorcoach>")
set_tests_properties(packaging.unit_verify PROPERTIES TIMEOUT 60 SKIP_RETURN_CODE 77)
add_test(NAME packaging.config_check_cli
         COMMAND "${CMAKE_SOURCE_DIR}/tests/system/check-config-cli.sh" "$<TARGET_FILE:mirrorcoach>"
                 "${CMAKE_SOURCE_DIR}/deploy/config.example.toml")
set_tests_properties(packaging.config_check_cli PROPERTIES TIMEOUT 60)
