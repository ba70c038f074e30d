//===- ClangTidyOptions.cpp -----------------------------------------------===//
#include "session/ClangTidyOptions.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/raw_ostream.h"

namespace decouple {

namespace {

std::string scalar(llvm::yaml::Node *N) {
  llvm::SmallString<64> Storage;
  if (auto *S = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(N))
    return S->getValue(Storage).str();
  return "";
}

/// Reads one file: its CheckOptions (map or key/value list) and whether it
/// inherits its parent's configuration.
bool readOne(const std::string &Path, std::map<std::string, std::string> &Opts,
             bool &Inherit, std::vector<std::string> &Errors) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer) {
    Errors.push_back(Path + ": error: " + Buffer.getError().message());
    return false;
  }
  llvm::SourceMgr SM;
  std::string Diag;
  llvm::raw_string_ostream DiagOS(Diag);
  SM.setDiagHandler([](const llvm::SMDiagnostic &D, void *Ctx) {
    D.print(nullptr, *static_cast<llvm::raw_string_ostream *>(Ctx), false);
  }, &DiagOS);
  llvm::yaml::Stream Stream((*Buffer)->getMemBufferRef(), SM);
  auto Where = [&](llvm::yaml::Node *N) {
    auto LC = SM.getLineAndColumn(N->getSourceRange().Start);
    return Path + ":" + std::to_string(LC.first) + ":" +
           std::to_string(LC.second);
  };
  bool Ok = true;
  for (llvm::yaml::Document &Doc : Stream) {
    auto *Root = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(Doc.getRoot());
    if (!Root)
      continue;
    for (llvm::yaml::KeyValueNode &KV : *Root) {
      std::string Key = scalar(KV.getKey());
      llvm::yaml::Node *V = KV.getValue();
      if (Key == "InheritParentConfig") {
        Inherit = llvm::StringRef(scalar(V)).equals_insensitive("true");
      } else if (Key == "CheckOptions") {
        if (auto *Map = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(V)) {
          for (llvm::yaml::KeyValueNode &O : *Map)
            Opts.try_emplace(scalar(O.getKey()), scalar(O.getValue()));
        } else if (auto *List = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(V)) {
          for (llvm::yaml::Node &Item : *List) {
            auto *Pair = llvm::dyn_cast<llvm::yaml::MappingNode>(&Item);
            std::string K, Val;
            if (Pair)
              for (llvm::yaml::KeyValueNode &F : *Pair)
                (scalar(F.getKey()) == "key" ? K : Val) = scalar(F.getValue());
            if (K.empty()) {
              Errors.push_back(Where(&Item) +
                               ": error: expected {key: ..., value: ...}");
              Ok = false;
              continue;
            }
            Opts.try_emplace(K, Val);
          }
        } else if (V) {
          Errors.push_back(Where(V) + ": error: CheckOptions must be a map");
          Ok = false;
        }
      } else {
        KV.skip();
      }
    }
  }
  if (Stream.failed() || !Diag.empty()) {
    Errors.push_back(Diag.empty() ? Path + ": error: malformed YAML"
                                  : llvm::StringRef(Diag).split('\n').first.str());
    return false;
  }
  return Ok;
}

} // namespace

bool readClangTidyOptions(const std::string &Dir, ClangTidyFileOptions &Out,
                          std::vector<std::string> &Errors) {
  llvm::SmallString<256> P(Dir);
  llvm::sys::fs::make_absolute(P);
  bool Ok = true;
  while (!P.empty()) {
    llvm::SmallString<256> Candidate(P);
    llvm::sys::path::append(Candidate, ".clang-tidy");
    if (llvm::sys::fs::is_regular_file(Candidate)) {
      bool Inherit = false;
      Out.Files.push_back(std::string(Candidate));
      Ok &= readOne(std::string(Candidate), Out.CheckOptions, Inherit, Errors);
      if (!Inherit)
        break;
    }
    llvm::StringRef Parent = llvm::sys::path::parent_path(P);
    if (Parent == P)
      break;
    P = Parent;
  }
  return Ok;
}

} // namespace decouple
