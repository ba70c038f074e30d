"""decouple as Bazel actions: one `decouple extract` per C/C++ source, one
`decouple merge` per report. See docs/scale.md.

    bazel build //... --aspects=@decouple//:decouple.bzl%decouple_aspect \
        --output_groups=decouple_shards

The decouple binary and its built-in rule packs come from the repository
@decouple_tool (targets :decouple and :builtin_rules, see tool.BUILD). They
are inputs of every action, so remote workers receive them and a new
decouple build invalidates the cached shards.
"""

load("@bazel_tools//tools/build_defs/cc:action_names.bzl", "CPP_COMPILE_ACTION_NAME", "C_COMPILE_ACTION_NAME")
load("@bazel_tools//tools/cpp:toolchain_utils.bzl", "find_cpp_toolchain")

DecoupleInfo = provider(
    doc = "Shards of a target and its deps, and the sources they describe.",
    fields = {
        "shards": "depset of .shard files",
        "sources": "depset of the sources and headers (merge reads their lines)",
    },
)

_SOURCE_EXTENSIONS = ["c", "cc", "cpp", "cxx", "c++", "C"]

# GCC-only options the autoconfigured Linux toolchain passes that Clang (the
# parser inside decouple) rejects. Warnings are harmless: decouple adds
# -Wno-unknown-warning-option.
_GCC_ONLY = ["-fno-canonical-system-headers"]

_TOOL_ATTRS = {
    "_decouple": attr.label(
        default = Label("@decouple_tool//:decouple"),
        executable = True,
        cfg = "exec",
        allow_files = True,
    ),
    "_builtin_rules": attr.label(default = Label("@decouple_tool//:builtin_rules")),
    # label_flags: --@decouple//:config=//:my_config, --@decouple//:rules=//:my_packs
    "_config": attr.label(default = Label("//:config")),
    "_rules": attr.label(default = Label("//:rules")),
}

def _compile_command(ctx, target, src):
    cc_toolchain = find_cpp_toolchain(ctx)
    features = cc_common.configure_features(
        ctx = ctx,
        cc_toolchain = cc_toolchain,
        requested_features = ctx.features,
        unsupported_features = ctx.disabled_features,
    )
    cc = target[CcInfo].compilation_context
    is_c = src.extension == "c"
    action = C_COMPILE_ACTION_NAME if is_c else CPP_COMPILE_ACTION_NAME
    user_flags = list(ctx.fragments.cpp.copts)
    if not is_c:
        user_flags += ctx.fragments.cpp.cxxopts
    user_flags += getattr(ctx.rule.attr, "copts", [])
    defines = [cc.defines]
    if hasattr(cc, "local_defines"):
        defines.append(cc.local_defines)
    variables = cc_common.create_compile_variables(
        feature_configuration = features,
        cc_toolchain = cc_toolchain,
        source_file = src.path,
        user_compile_flags = user_flags,
        include_directories = cc.includes,
        quote_include_directories = cc.quote_includes,
        system_include_directories = cc.system_includes,
        framework_include_directories = cc.framework_includes,
        preprocessor_defines = depset(transitive = defines),
    )
    tool = cc_common.get_tool_for_action(feature_configuration = features, action_name = action)
    flags = cc_common.get_memory_inefficient_command_line(
        feature_configuration = features,
        action_name = action,
        variables = variables,
    )
    flags = [f for f in flags if f not in _GCC_ONLY]
    if src.path not in flags:  # a toolchain without compiler_input_flags
        flags += ["-c", src.path]
    return [tool] + flags

def _files(target):
    return target.files.to_list() if target else []

def _decouple_aspect_impl(target, ctx):
    if CcInfo not in target:
        return []
    deps = [d[DecoupleInfo] for d in getattr(ctx.rule.attr, "deps", []) if DecoupleInfo in d]
    srcs = [f for s in getattr(ctx.rule.attr, "srcs", []) for f in s.files.to_list()]
    hdrs = [f for h in getattr(ctx.rule.attr, "hdrs", []) for f in h.files.to_list()]
    headers = target[CcInfo].compilation_context.headers
    config = _files(ctx.attr._config)
    rules = _files(ctx.attr._rules)
    builtin = _files(ctx.attr._builtin_rules)
    shards = []
    for src in srcs:
        if src.extension not in _SOURCE_EXTENSIONS:
            continue
        shard = ctx.actions.declare_file("_decouple/%s/%s.shard" % (target.label.name, src.short_path))
        args = ctx.actions.args()
        args.add("extract")
        args.add("--output", shard)
        for c in config:
            args.add("--config", c)
        for r in rules:
            args.add("--rules", r)
        args.add("--")
        args.add_all(_compile_command(ctx, target, src))
        ctx.actions.run(
            executable = ctx.executable._decouple,
            arguments = [args],
            inputs = depset([src] + srcs + hdrs + config + rules + builtin, transitive = [headers]),
            outputs = [shard],
            mnemonic = "DecoupleExtract",
            progress_message = "decouple: extracting %s" % src.short_path,
            # The packs travel as inputs; this makes decouple read them
            # instead of a share/ directory next to the binary.
            env = {"DECOUPLE_RULES_DIR": builtin[0].dirname} if builtin else {},
        )
        shards.append(shard)
    all_shards = depset(shards, transitive = [d.shards for d in deps])
    sources = depset(srcs + hdrs, transitive = [headers] + [d.sources for d in deps])
    return [
        DecoupleInfo(shards = all_shards, sources = sources),
        OutputGroupInfo(decouple_shards = all_shards),
    ]

decouple_aspect = aspect(
    implementation = _decouple_aspect_impl,
    attr_aspects = ["deps"],
    fragments = ["cpp"],
    attrs = dict(_TOOL_ATTRS, _cc_toolchain = attr.label(
        default = Label("@bazel_tools//tools/cpp:current_cc_toolchain"),
    )),
    toolchains = ["@bazel_tools//tools/cpp:toolchain_type"],
)

def _decouple_report_impl(ctx):
    shards = depset(transitive = [d[DecoupleInfo].shards for d in ctx.attr.deps])
    sources = depset(transitive = [d[DecoupleInfo].sources for d in ctx.attr.deps])
    config = _files(ctx.attr._config)
    rules = _files(ctx.attr._rules)
    builtin = _files(ctx.attr._builtin_rules)
    out = ctx.actions.declare_file(ctx.label.name + "." + ctx.attr.format)
    args = ctx.actions.args()
    args.add(ctx.executable._decouple)
    args.add("merge")
    args.add("--format", ctx.attr.format)
    args.add("--checks", ctx.attr.checks)
    args.add("-o", out)
    for c in config:
        args.add("--config", c)
    for r in rules:
        args.add("--rules", r)
    args.add_all(shards)
    ctx.actions.run_shell(
        # Findings (exit 1) are the report, not a build failure; a usage or
        # input error (2) fails the action.
        command = 'tool="$1"; shift; "$tool" "$@"; [ $? -le 1 ]',
        arguments = [args],
        inputs = depset(config + rules + builtin, transitive = [shards, sources]),
        tools = [ctx.executable._decouple],
        outputs = [out],
        mnemonic = "DecoupleMerge",
        progress_message = "decouple: linking %d shard(s)" % len(shards.to_list()),
        env = {"DECOUPLE_RULES_DIR": builtin[0].dirname} if builtin else {},
    )
    return [DefaultInfo(files = depset([out]))]

decouple_report = rule(
    implementation = _decouple_report_impl,
    doc = "The findings of deps' whole closure: `decouple merge` over their shards.",
    attrs = dict(_TOOL_ATTRS, **{
        "deps": attr.label_list(aspects = [decouple_aspect], providers = [CcInfo]),
        "format": attr.string(default = "text", values = ["text", "sarif", "json"]),
        "checks": attr.string(default = "coupling-*"),
    }),
)
