//===- LspProxy.cpp - decouple-clangd's filter on clangd's LSP stream -----===//
#include "LspProxy.h"
#include "DocLinkRewriter.h"
#include "RefactoringActions.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace decouple {
namespace {

const std::string Header = "Content-Length: ";

ProxyOptions Config;
RefactoringActions *Actions;
int ToEditor = -1;    // the real stdout
std::mutex ToEditorMutex; // both threads write whole messages to it

void writeAll(int Fd, const std::string &S) {
  for (size_t Done = 0; Done < S.size();) {
    ssize_t N = ::write(Fd, S.data() + Done, S.size() - Done);
    if (N <= 0)
      return;
    Done += size_t(N);
  }
}

void toEditor(const std::string &Bytes) {
  std::lock_guard<std::mutex> Lock(ToEditorMutex);
  writeAll(ToEditor, Bytes);
}

std::string framed(const std::string &Body) {
  return Header + std::to_string(Body.size()) + "\r\n\r\n" + Body;
}

std::string serialise(const llvm::json::Value &V, bool Pretty) {
  return llvm::formatv(Pretty ? "{0:2}" : "{0}", V).str();
}

/// One message from clangd: our changes, in clangd's style.
std::string fromClangd(const std::string &Body) {
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Body);
  if (!V) {
    llvm::consumeError(V.takeError());
    return Body;
  }
  llvm::json::Object *Msg = V->getAsObject();
  if (!Msg)
    return Body;
  bool Linked = linkDocs(*Msg, Config.DocsBase);
  bool Acted = Actions->fromServer(*Msg);
  if (!Linked && !Acted)
    return Body;
  return serialise(*V, Body.find('\n') != std::string::npos);
}

/// clangd's output: "Content-Length: N\r\n\r\n" framed messages; anything
/// else (--version, --help text) passes through as it comes.
void clangdToEditor(int In) {
  std::string Buf;
  char Chunk[65536];
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
        toEditor(Buf.substr(0, Len));
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
      toEditor(framed(fromClangd(Buf.substr(BodyAt, Length))));
      Buf.erase(0, BodyAt + Length);
    }
    if (Eof) {
      toEditor(Buf);
      return;
    }
  }
}

/// The editor's messages: "Content-Length" framed, or (delimited) JSON
/// between "---" lines with "#" comment lines, as clangd reads them.
class EditorReader {
public:
  explicit EditorReader(int In) : In(In) {}

  bool next(std::string &Body) {
    return Config.DelimitedInput ? nextDelimited(Body) : nextFramed(Body);
  }

private:
  int In;
  std::string Buf;

  bool fill() {
    char Chunk[65536];
    ssize_t N = ::read(In, Chunk, sizeof Chunk);
    if (N <= 0)
      return false;
    Buf.append(Chunk, size_t(N));
    return true;
  }

  bool nextFramed(std::string &Body) {
    for (;;) {
      size_t End = Buf.find("\r\n\r\n");
      if (End != std::string::npos) {
        size_t Length = 0;
        llvm::StringRef Headers = llvm::StringRef(Buf).take_front(End);
        if (size_t At = Headers.find(Header); At != llvm::StringRef::npos)
          Length = std::strtoul(Buf.c_str() + At + Header.size(), nullptr, 10);
        if (Buf.size() >= End + 4 + Length) {
          Body = Buf.substr(End + 4, Length);
          Buf.erase(0, End + 4 + Length);
          return true;
        }
      }
      if (!fill())
        return false;
    }
  }

  bool readLine(std::string &Line) {
    for (;;) {
      size_t NL = Buf.find('\n');
      if (NL != std::string::npos) {
        Line = Buf.substr(0, NL + 1);
        Buf.erase(0, NL + 1);
        return true;
      }
      if (!fill()) {
        Line = std::move(Buf);
        Buf.clear();
        return !Line.empty();
      }
    }
  }

  bool nextDelimited(std::string &Body) {
    Body.clear();
    std::string Line;
    while (readLine(Line)) {
      llvm::StringRef T = llvm::StringRef(Line).trim();
      if (T.starts_with("#"))
        continue;
      if (T == "---") {
        if (llvm::StringRef(Body).trim().empty()) {
          Body.clear();
          continue;
        }
        return true;
      }
      Body += Line;
    }
    return !llvm::StringRef(Body).trim().empty();
  }
};

/// Whether the editor's message is decouple's own; answers it if so.
bool answeredHere(const std::string &Body) {
  llvm::StringRef B(Body);
  if (!B.contains("initialize") && !B.contains("codeAction") &&
      !B.contains(RefactoringActions::Command) && !B.contains("decouple-"))
    return false;
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Body);
  if (!V) {
    llvm::consumeError(V.takeError());
    return false;
  }
  const llvm::json::Object *Msg = V->getAsObject();
  std::vector<llvm::json::Value> Replies;
  if (!Msg || !Actions->fromClient(*Msg, Replies))
    return false;
  for (const llvm::json::Value &R : Replies)
    toEditor(framed(serialise(R, Config.Pretty)));
  return true;
}

/// The editor's initialize, with what clangd must be told (forClangd).
void rewriteForClangd(std::string &Body) {
  if (!llvm::StringRef(Body).contains("initialize"))
    return;
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Body);
  if (!V) {
    llvm::consumeError(V.takeError());
    return;
  }
  if (llvm::json::Object *Msg = V->getAsObject();
      Msg && Actions->forClangd(*Msg))
    Body = serialise(*V, Body.find('\n') != std::string::npos);
}

void editorToClangd(int In, int ToClangd) {
  EditorReader Reader(In);
  std::string Body;
  while (Reader.next(Body))
    if (!answeredHere(Body)) {
      rewriteForClangd(Body);
      writeAll(ToClangd, Config.DelimitedInput ? Body + "\n---\n"
                                                : framed(Body));
    }
  ::close(ToClangd); // clangd reads end of input
}

std::thread *OutPump;

void drainAtExit() {
  if (!OutPump)
    return;
  llvm::outs().flush();
  ::close(STDOUT_FILENO);
  OutPump->join();
  OutPump = nullptr;
}

} // namespace

void installLspProxy(const ProxyOptions &Options) {
  Config = Options;
  Actions = new RefactoringActions(Options.DocsBase);
  int Out[2], In[2];
  int RealOut = ::dup(STDOUT_FILENO), RealIn = ::dup(STDIN_FILENO);
  if (RealOut < 0 || RealIn < 0 || ::pipe(Out) != 0 || ::pipe(In) != 0)
    return; // clangd then talks to the editor directly, unfiltered
  ToEditor = RealOut;
  ::dup2(Out[1], STDOUT_FILENO);
  ::close(Out[1]);
  ::dup2(In[0], STDIN_FILENO);
  ::close(In[0]);
  OutPump = new std::thread([From = Out[0]] {
    clangdToEditor(From);
    ::close(From);
  });
  // Blocked on the editor when clangd exits; the process ends it.
  std::thread([RealIn, To = In[1]] { editorToClangd(RealIn, To); }).detach();
  // llvm::outs() exists before the handler is registered, so it is still
  // alive (and flushable) when the handler runs.
  llvm::outs();
  std::atexit(drainAtExit);
}

} // namespace decouple
