# mc_module(<name> [DEPS <targets...>]): a static library from the .cpp files of the
# current directory, with the project root as include root ("core/Timeline.h" style
# includes resolve against app/ and platform/).
function(mc_module name)
  cmake_parse_arguments(M "" "" "DEPS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp")
  add_library(${name} STATIC ${sources})
  target_include_directories(${name} PUBLIC "${CMAKE_SOURCE_DIR}/app" "${CMAKE_SOURCE_DIR}")
  target_compile_options(${name} PRIVATE -Wall -Wextra -Wno-missing-field-initializers)
  target_link_libraries(${name} PUBLIC ${M_DEPS})
endfunction()
