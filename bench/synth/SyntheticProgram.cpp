//===- SyntheticProgram.cpp - TU summaries of a program that was never parsed -===//
#include "bench/synth/SyntheticProgram.h"

namespace decouple {
namespace {

/// A fixed mixing function, so the program is the same on every run.
uint64_t mix(uint64_t X) {
  X += 0x9e3779b97f4a7c15ULL;
  X = (X ^ (X >> 30)) * 0xbf58476d1ce4e5b9ULL;
  X = (X ^ (X >> 27)) * 0x94d049bb133111ebULL;
  return X ^ (X >> 31);
}

std::string serviceName(size_t S) { return "svc" + std::to_string(S); }

std::string libraryUsr(uint64_t K) {
  return "c:@N@lib@F@call" + std::to_string(K) + "#";
}

} // namespace

std::string syntheticFunctionUsr(size_t T, unsigned J) {
  return "c:@F@tu" + std::to_string(T) + "_f" + std::to_string(J) + "#";
}

TuSummary syntheticTu(const ProgramShape &Shape, size_t T,
                      const std::string &MainFile) {
  TuSummary TU;
  TU.MainFile = MainFile;
  const size_t Service = T / Shape.TusPerService;
  const size_t First = Service * Shape.TusPerService;
  const size_t InService = std::min<size_t>(Shape.TusPerService, Shape.Tus - First);
  const std::string Ns = serviceName(Service);
  auto At = [&](unsigned Line) { return Location{MainFile, Line, 5}; };

  for (unsigned J = 0; J < Shape.FunctionsPerTu; ++J) {
    FunctionInfo F;
    F.Usr = syntheticFunctionUsr(T, J);
    F.Name = Ns + "::tu" + std::to_string(T) + "_f" + std::to_string(J);
    F.Loc = At(10 * J + 1);
    F.HasBody = true;
    TU.Functions.push_back(std::move(F));
  }
  for (unsigned K = 0; K < Shape.LibraryFunctions; K += 37) {
    FunctionInfo F; // the library surface this TU sees: declarations only
    F.Usr = libraryUsr(K);
    F.Name = "lib::call" + std::to_string(K);
    F.Loc = {"/usr/include/lib/api.h", K + 1, 1};
    TU.Functions.push_back(std::move(F));
  }

  for (unsigned J = 0; J < Shape.FunctionsPerTu; ++J) {
    const std::string Caller = syntheticFunctionUsr(T, J);
    for (unsigned C = 0; C < Shape.CallsPerFunction; ++C) {
      uint64_t H = mix((uint64_t(T) << 20) ^ (J << 8) ^ C);
      std::string Callee;
      if (C == 0 && J + 1 < Shape.FunctionsPerTu)
        Callee = syntheticFunctionUsr(T, J + 1); // a chain inside the TU
      else if (H % 100 < Shape.CrossTuPercent)
        Callee = syntheticFunctionUsr(First + (H >> 8) % InService,
                                      (H >> 40) % Shape.FunctionsPerTu);
      else
        Callee = libraryUsr((H >> 8) % Shape.LibraryFunctions);
      TU.Calls.push_back({Caller, Callee, EdgeKind::Direct, At(10 * J + 2 + C)});
    }
  }

  const std::string Last = syntheticFunctionUsr(T, Shape.FunctionsPerTu - 1);
  const unsigned LastLine = 10 * Shape.FunctionsPerTu;
  if (T == First) {
    Site E;
    E.Kind = SiteKind::EntryPoint;
    E.Function = syntheticFunctionUsr(T, 0);
    E.RuleId = "synthetic-grpc-service";
    E.Protocol = "grpc";
    E.Service = Ns;
    E.Via = "Handle";
    E.Loc = At(1);
    TU.Sites.push_back(std::move(E));
  }
  if (Shape.RemoteCallEvery && T % Shape.RemoteCallEvery == 0 &&
      Shape.services() > 1) {
    uint64_t H = mix(T * 31 + 7);
    size_t Target = (Service + 1 + H % (Shape.services() - 1)) % Shape.services();
    Site S;
    S.Kind = SiteKind::RemoteCall;
    S.Function = Last;
    S.RuleId = "synthetic-grpc-stub";
    S.Protocol = "grpc";
    S.Callee = serviceName(Target) + "::Stub::Handle";
    S.Service = serviceName(Target);
    S.Via = "Handle";
    S.Mode = CallMode::Sync;
    S.Deadline = H % 3 ? DeadlineKind::Constant : DeadlineKind::Missing;
    S.DeadlineMs = S.Deadline == DeadlineKind::Constant ? 200 : -1;
    S.Loc = At(LastLine + 1);
    TU.Sites.push_back(std::move(S));
  }
  auto Effect = [&](SiteKind Kind, const char *Rule, const char *Protocol,
                    const char *Callee, std::string Store, std::string Via,
                    unsigned Line) {
    Site S;
    S.Kind = Kind;
    S.Function = Last;
    S.RuleId = Rule;
    S.Protocol = Protocol;
    S.Callee = Callee;
    S.Service = std::move(Store);
    S.Via = std::move(Via);
    S.Loc = At(Line);
    TU.Sites.push_back(std::move(S));
  };
  if (Shape.WriteEvery && T % Shape.WriteEvery == 0)
    Effect(SiteKind::DatastoreWrite, "synthetic-sql", "sql", "db::execute",
           "postgres:" + Ns, "postgres:" + Ns, LastLine + 2);
  if (Shape.PublishEvery && T % Shape.PublishEvery == 0)
    Effect(SiteKind::Publish, "synthetic-kafka", "kafka", "queue::publish", "",
           Ns + "-events", LastLine + 3);
  TU.Includes.push_back({MainFile, 0}); // the caller fills in the digest
  return TU;
}

} // namespace decouple
