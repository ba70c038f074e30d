# The GoogleTest unit tests as a nested lit suite: lit asks the binary for
# its tests (--gtest_list_tests), runs them in shards and reports every TEST
# on its own, so a failure names "decouple-unit :: ./decouple-unittests/
# Suite/Name" rather than one opaque unit-tests.test.
import os
import lit.formats

config.name = "decouple-unit"
config.test_format = lit.formats.GoogleTest(".", "unittests")
config.test_source_root = config.decouple_unittest_dir
config.test_exec_root = config.decouple_unittest_dir

binary = os.path.join(config.decouple_unittest_dir, "decouple-unittests")
if not os.path.exists(binary):
    # Zero discovered tests would otherwise pass silently.
    lit_config.fatal("missing %s: build the decouple-unittests target" % binary)

config.environment["DECOUPLE_RULES_DIR"] = os.path.join(
    config.decouple_src_root, "rules", "builtin")
