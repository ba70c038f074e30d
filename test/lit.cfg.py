# lit configuration for decouple: check tests (CLI and clang-tidy plugin),
# CLI behaviour, index invalidation, LSP transcripts. The unit tests are the
# nested suite in unit/ (lit finds its lit.site.cfg.py in <build>/test/unit).
import os
import shutil
import lit.formats

config.name = "decouple"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt"]
config.test_source_root = os.path.join(config.decouple_src_root, "test")
config.test_exec_root = os.path.join(config.decouple_obj_root, "test")

src = config.decouple_src_root
inputs = os.path.join(src, "test", "Inputs")
helper = os.path.join(src, "test", "check_coupling.py")
common = (f"{config.python} {helper} --decouple {config.decouple_bin} "
          f"--plugin {config.decouple_plugin} --clang-tidy {config.clang_tidy} "
          f"--filecheck {config.filecheck} --clangxx {config.clangxx} "
          f"--flags=-I{config.test_gen_dir}")
config.substitutions.append(("%check_both", common + " --mode both"))
config.substitutions.append(("%check_cli", common + " --mode cli"))
config.substitutions.append(("%check_tidy", common + " --mode tidy"))
config.substitutions.append(("%decouple-clangd", config.decouple_clangd))
config.substitutions.append(("%decouple", config.decouple_bin))
config.substitutions.append(("%plugin", config.decouple_plugin))
# run-clang-tidy-22 ships beside clang-tidy-22 (Debian's clang-tidy-22).
# run-clang-tidy-22 sits beside Debian's clang-tidy-22, not beside the
# suite's clang-tidy (under ASan, a wrapper in the build tree).
run_clang_tidy = shutil.which("run-clang-tidy-22") or "/usr/bin/run-clang-tidy-22"
config.substitutions.append(("%run_clang_tidy", f"{config.python} {run_clang_tidy} -clang-tidy-binary {config.clang_tidy}"))
config.substitutions.append(("%clang_tidy", config.clang_tidy))
config.substitutions.append(("%clangxx", config.clangxx))
config.substitutions.append(("%FileCheck", config.filecheck))
config.substitutions.append(("%python", config.python))
config.substitutions.append(("%inputs", inputs))
# userver's CMake (universal/CMakeLists.txt) puts the library in an inline
# namespace named after its version; the look-alikes open it the same way.
config.substitutions.append(("%userver_flags",
    f"--flags=-I{inputs}/lookalike/userver --flags=-DUSERVER_NAMESPACE=userver "
    "'--flags=-DUSERVER_NAMESPACE_BEGIN=namespace userver { inline namespace v2_5_rc {' "
    "'--flags=-DUSERVER_NAMESPACE_END=} }'"))
# Before %gen, which is its prefix.
config.substitutions.append(("%gen-index", os.path.join(config.decouple_obj_root, "bin", "decouple-gen-index")))
config.substitutions.append(("%gen", config.test_gen_dir))
config.substitutions.append(("%src_root", src))
config.substitutions.append(("%mkcdb", f"{config.python} {os.path.join(src, 'test', 'make_cdb.py')}"))
config.substitutions.append(("%sarif_schema", os.path.join(inputs, "schemas", "sarif-schema-2.1.0.json")))

# FileCheck, not and count come from llvm-22-tools.
config.environment["PATH"] = os.pathsep.join(
    [os.path.dirname(config.filecheck), config.environment.get("PATH", os.environ.get("PATH", ""))])

# Keep the environment the tests see small and predictable.
config.environment["DECOUPLE_RULES_DIR"] = os.path.join(src, "rules", "builtin")
config.environment.pop("DECOUPLE_TOOL_VERSION", None)
config.environment.pop("DECOUPLE_TEST_CRASH_ON", None)
config.environment.pop("DECOUPLE_TEST_HANG_ON", None)

# The map page (web/map, docs/map-page.md): its template in the build tree,
# and Debian's chromium for the browser tests.
map_page = os.path.join(config.decouple_obj_root, "share", "decouple", "map-page.html")
# test/tools/ holds test-only programs (map-page-render), not tests.
config.excludes.append("tools")
if os.path.exists(map_page):
    config.available_features.add("map-page")
if os.path.exists("/usr/bin/chromium"):
    config.available_features.add("chromium")
config.substitutions.append(("%map-page-render", os.path.join(config.decouple_obj_root, "bin", "map-page-render")))
config.substitutions.append(("%map_page_template", map_page))
config.substitutions.append(("%map_page_out", os.path.join(config.decouple_obj_root, "test", "map-page")))
config.substitutions.append(("%chromium", "/usr/bin/chromium --headless --no-sandbox --disable-gpu "
                             "--disable-background-networking --virtual-time-budget=10000 "
                             "--window-size=1600,900 --hide-scrollbars"))
# A sanitized build (scripts/test-reliability.sh): any report fails the test.
# LLVM keeps some allocations until exit on purpose, so no leak checking.
if getattr(config, "decouple_sanitize", ""):
    config.available_features.add("sanitized")
    config.environment["ASAN_OPTIONS"] = "detect_leaks=0:abort_on_error=1"
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
# Microsoft's SARIF Multitool, installed by scripts/setup-ci.sh (npm ci). The
# native binary, not the npm bin wrapper: that one runs it through a shell,
# which splits --rule-kind "Sarif;Ghas" at the ';'.
multitool = os.path.join(config.decouple_obj_root, "tools", "sarif-validate",
                         "node_modules", "@microsoft", "sarif-multitool-linux",
                         "Sarif.Multitool")
if os.access(multitool, os.X_OK):
    config.available_features.add("sarif-multitool")
    config.substitutions.append(("%sarif_multitool", multitool))
# Graphviz's dot (scripts/setup-map.sh): the map tests render SVG with it.
if shutil.which("dot"):
    config.available_features.add("graphviz")
