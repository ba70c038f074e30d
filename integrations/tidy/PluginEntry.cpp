//===- PluginEntry.cpp - DecoupleTidyPlugin.so ----------------------------===//
//
// clang-tidy --load=DecoupleTidyPlugin.so dlopens this library; the static
// registration in CouplingTidyModule.cpp then adds the coupling- checks.
// Referencing the anchor keeps that object file in the link.
//
//===----------------------------------------------------------------------===//
extern volatile int DecoupleTidyModuleAnchorSource;
[[maybe_unused]] static int KeepModule = DecoupleTidyModuleAnchorSource;
