//===- ErrorCollector.h - The first errors of a parse, for the report -*- C++ -*-===//
#ifndef DECOUPLE_DRIVER_ERRORCOLLECTOR_H
#define DECOUPLE_DRIVER_ERRORCOLLECTOR_H

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"

#include <string>
#include <vector>

namespace decouple {

/// Keeps the first few errors of a TU for the report; prints nothing.
class ErrorCollector : public clang::DiagnosticConsumer {
public:
  std::vector<std::string> Errors;
  void HandleDiagnostic(clang::DiagnosticsEngine::Level Level,
                        const clang::Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < clang::DiagnosticsEngine::Error || Errors.size() >= 3)
      return;
    llvm::SmallString<128> Text;
    Info.FormatDiagnostic(Text);
    std::string Where;
    if (Info.hasSourceManager() && Info.getLocation().isValid()) {
      clang::PresumedLoc P =
          Info.getSourceManager().getPresumedLoc(Info.getLocation());
      if (P.isValid())
        Where = std::string(P.getFilename()) + ":" +
                std::to_string(P.getLine()) + ":" +
                std::to_string(P.getColumn()) + ": ";
    }
    Errors.push_back(Where + std::string(Text));
  }
};

} // namespace decouple

#endif
