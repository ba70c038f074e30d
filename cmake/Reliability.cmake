# Sanitizer and fuzzing flags for the reliability builds
# (scripts/test-reliability.sh); both off by default.
#
#   -DDECOUPLE_SANITIZE=address,undefined   every target, with the shared
#       sanitizer runtime (-shared-libsan) so that DecoupleTidyPlugin.so can
#       run inside clang-tidy-22 (the tests preload the runtime for it).
#   -DDECOUPLE_FUZZ=ON   fuzzer-instrumented libraries (+ ASan and UBSan)
#       and the targets in fuzz/. With DECOUPLE_SANITIZE as well, one build
#       has both (the shared runtime: run the fuzzers with it preloaded).
option(DECOUPLE_FUZZ "Build the libFuzzer targets in fuzz/ (needs libclang-rt-22-dev)" OFF)
set(DECOUPLE_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. address,undefined")
if(DECOUPLE_SANITIZE)
  add_compile_options(-fsanitize=${DECOUPLE_SANITIZE} -fno-omit-frame-pointer
                      -fno-sanitize-recover=all -shared-libsan -O1 -g1)
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libclang_rt.asan-x86_64.so
                  OUTPUT_VARIABLE DECOUPLE_ASAN_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT EXISTS "${DECOUPLE_ASAN_RUNTIME}")
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-runtime-dir
                    OUTPUT_VARIABLE rt OUTPUT_STRIP_TRAILING_WHITESPACE)
    set(DECOUPLE_ASAN_RUNTIME "${rt}/libclang_rt.asan.so")
  endif()
  get_filename_component(rtdir "${DECOUPLE_ASAN_RUNTIME}" DIRECTORY)
  add_link_options(-fsanitize=${DECOUPLE_SANITIZE} -shared-libsan -Wl,-rpath,${rtdir})
endif()
if(DECOUPLE_FUZZ AND DECOUPLE_SANITIZE)
  # One build for both (CI's): the sanitized libraries get coverage too, so
  # the fuzz targets link against them instead of a second build of all.
  add_compile_options(-fsanitize=fuzzer-no-link)
elseif(DECOUPLE_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined
                      -fno-sanitize-recover=all -fno-omit-frame-pointer -g1)
  add_link_options(-fsanitize=address,undefined)
endif()
