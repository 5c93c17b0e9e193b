# /etc/mirrorcoach/config.toml as the package installs it, made from the one annotated
# example (deploy/config.example.toml): the example turns the phone remote on, the
# installed copy has that line commented out as "# enabled = false", so a new mirror
# serves nothing on the network until someone enables it. Regenerated when the example
# changes; MC_INSTALLED_CONFIG names the result (installed by cmake/Packaging.cmake,
# read by tests/config).
set(MC_EXAMPLE_CONFIG "${CMAKE_SOURCE_DIR}/deploy/config.example.toml")
set(MC_INSTALLED_CONFIG "${CMAKE_BINARY_DIR}/deploy/config.toml")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${MC_EXAMPLE_CONFIG}")
file(READ "${MC_EXAMPLE_CONFIG}" mc_config_text)
string(FIND "${mc_config_text}" "\nenabled = true\n" mc_enabled_at)
if(mc_enabled_at EQUAL -1)
  message(FATAL_ERROR "deploy/config.example.toml no longer has the line 'enabled = true' (under [remote]) "
                      "that the installed copy comments out; update cmake/InstalledConfig.cmake with it")
endif()
string(REPLACE "\nenabled = true\n" "\n# enabled = false\n" mc_config_text "${mc_config_text}")
# Written through configure_file so an unchanged result keeps its time stamp.
file(WRITE "${CMAKE_BINARY_DIR}/deploy/config.toml.new" "${mc_config_text}")
configure_file("${CMAKE_BINARY_DIR}/deploy/config.toml.new" "${MC_INSTALLED_CONFIG}" COPYONLY)
