# Runs decouple's checks as part of the build, through clang-tidy:
#
#   set(DECOUPLE_TIDY_PLUGIN /usr/local/lib/DecoupleTidyPlugin.so)
#   include(integrations/cmake/DecoupleClangTidy.cmake)   # before the targets
#
# Each TU is checked as it compiles. Alone, a TU sees only its own request
# paths; run `decouple index -p <build-dir>` first (e.g. once in CI, or
# `decouple index --watch`) and the plugin reads that index, so findings
# across TUs (a handler here, the blocking call in another file) appear too.
# Options: DECOUPLE_TIDY_CHECKS (default coupling-*), DECOUPLE_TIDY_ERRORS
# (checks whose findings fail the build, e.g. coupling-service-cycle).
find_program(DECOUPLE_CLANG_TIDY NAMES clang-tidy-22 clang-tidy REQUIRED)
set(DECOUPLE_TIDY_PLUGIN "" CACHE FILEPATH "path to DecoupleTidyPlugin.so")
set(DECOUPLE_TIDY_CHECKS "coupling-*" CACHE STRING "clang-tidy -checks for decouple")
set(DECOUPLE_TIDY_ERRORS "" CACHE STRING "clang-tidy -warnings-as-errors")
if(NOT DECOUPLE_TIDY_PLUGIN OR NOT EXISTS "${DECOUPLE_TIDY_PLUGIN}")
  message(FATAL_ERROR "DecoupleClangTidy: set DECOUPLE_TIDY_PLUGIN to DecoupleTidyPlugin.so (got '${DECOUPLE_TIDY_PLUGIN}')")
endif()
set(CMAKE_EXPORT_COMPILE_COMMANDS ON) # for decouple index -p <build-dir>
set(CMAKE_CXX_CLANG_TIDY
    "${DECOUPLE_CLANG_TIDY}" "--load=${DECOUPLE_TIDY_PLUGIN}"
    "-checks=-*,${DECOUPLE_TIDY_CHECKS}")
if(DECOUPLE_TIDY_ERRORS)
  list(APPEND CMAKE_CXX_CLANG_TIDY "-warnings-as-errors=${DECOUPLE_TIDY_ERRORS}")
endif()
