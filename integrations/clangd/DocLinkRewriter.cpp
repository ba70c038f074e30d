//===- DocLinkRewriter.cpp - Point coupling- diagnostics at our docs ------===//
#include "DocLinkRewriter.h"
#include "checks/CheckDocs.h"
#include "checks/CouplingCheck.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <set>
#include <thread>
#include <unistd.h>

namespace decouple {
namespace {

const std::set<std::string> &checkIds() {
  static const std::set<std::string> Ids = [] {
    std::set<std::string> S;
    for (const auto &C : createAllChecks())
      S.insert(std::string(C->id()));
    return S;
  }();
  return Ids;
}

bool linkDiagnostics(llvm::json::Array &Diagnostics) {
  bool Changed = false;
  for (llvm::json::Value &V : Diagnostics) {
    llvm::json::Object *D = V.getAsObject();
    if (!D)
      continue;
    std::optional<llvm::StringRef> Code = D->getString("code");
    if (!Code || !checkIds().count(Code->str()))
      continue;
    (*D)["codeDescription"] =
        llvm::json::Object{{"href", checkDocsUri("", *Code)}};
    Changed = true;
  }
  return Changed;
}

void writeAll(int Fd, const std::string &S) {
  for (size_t Done = 0; Done < S.size();) {
    ssize_t N = ::write(Fd, S.data() + Done, S.size() - Done);
    if (N <= 0)
      return;
    Done += size_t(N);
  }
}

/// Splits the byte stream into "Content-Length: N\r\n\r\n" framed messages
/// and passes anything else (--version, --help text) through as it comes.
void pump(int In, int Out) {
  std::string Buf;
  char Chunk[65536];
  const std::string Header = "Content-Length: ";
  for (;;) {
    ssize_t N = ::read(In, Chunk, sizeof Chunk);
    bool Eof = N <= 0;
    if (!Eof)
      Buf.append(Chunk, size_t(N));
    for (;;) {
      if (Buf.compare(0, Header.size(), Header) != 0 &&
          Header.compare(0, Buf.size(), Buf) != 0) {
        size_t Next = Buf.find(Header);
        size_t Len = Next == std::string::npos ? Buf.size() : Next;
        writeAll(Out, Buf.substr(0, Len));
        Buf.erase(0, Len);
        if (Buf.empty())
          break;
        continue;
      }
      size_t End = Buf.find("\r\n\r\n");
      if (End == std::string::npos)
        break;
      size_t Length = std::strtoul(Buf.c_str() + Header.size(), nullptr, 10);
      size_t BodyAt = End + 4;
      if (Buf.size() < BodyAt + Length)
        break;
      std::string Body = rewriteDocLinks(Buf.substr(BodyAt, Length));
      writeAll(Out, Header + std::to_string(Body.size()) + "\r\n\r\n" + Body);
      Buf.erase(0, BodyAt + Length);
    }
    if (Eof) {
      writeAll(Out, Buf);
      return;
    }
  }
}

std::thread *Pump;

void drainAtExit() {
  if (!Pump)
    return;
  llvm::outs().flush();
  ::close(STDOUT_FILENO);
  Pump->join();
  Pump = nullptr;
}

} // namespace

std::string rewriteDocLinks(const std::string &Body) {
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Body);
  if (!V) {
    llvm::consumeError(V.takeError());
    return Body;
  }
  llvm::json::Object *Msg = V->getAsObject();
  if (!Msg || Msg->getString("method") != "textDocument/publishDiagnostics")
    return Body;
  llvm::json::Object *Params = Msg->getObject("params");
  llvm::json::Array *Diagnostics = Params ? Params->getArray("diagnostics") : nullptr;
  if (!Diagnostics || !linkDiagnostics(*Diagnostics))
    return Body;
  bool Pretty = Body.find('\n') != std::string::npos;
  return llvm::formatv(Pretty ? "{0:2}" : "{0}", *V).str();
}

void installDocLinkRewriter() {
  int Pipe[2];
  int RealOut = ::dup(STDOUT_FILENO);
  if (RealOut < 0 || ::pipe(Pipe) != 0)
    return; // clangd then writes to stdout directly, with clangd's links
  ::dup2(Pipe[1], STDOUT_FILENO);
  ::close(Pipe[1]);
  Pump = new std::thread([In = Pipe[0], RealOut] {
    pump(In, RealOut);
    ::close(In);
    ::close(RealOut);
  });
  // llvm::outs() exists before the handler is registered, so it is still
  // alive (and flushable) when the handler runs.
  llvm::outs();
  std::atexit(drainAtExit);
}

} // namespace decouple
