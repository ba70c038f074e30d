//===- BinaryFormat.cpp ---------------------------------------------------===//
#include "index/BinaryFormat.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <system_error>
#include <unistd.h>

namespace decouple {

namespace {
constexpr size_t HeaderSize = 8 + 4 + 8 + 8;

void putVarint(std::string &Out, uint64_t V) {
  while (V >= 0x80) {
    Out.push_back(static_cast<char>((V & 0x7f) | 0x80));
    V >>= 7;
  }
  Out.push_back(static_cast<char>(V));
}
void putLE(std::string &Out, uint64_t V, int Bytes) {
  for (int I = 0; I < Bytes; ++I)
    Out.push_back(static_cast<char>((V >> (8 * I)) & 0xff));
}
uint64_t getLE(std::string_view Data, size_t Pos, int Bytes) {
  uint64_t V = 0;
  for (int I = 0; I < Bytes; ++I)
    V |= static_cast<uint64_t>(static_cast<uint8_t>(Data[Pos + I])) << (8 * I);
  return V;
}
} // namespace

const char *shardStatusName(ShardStatus S) {
  switch (S) {
  case ShardStatus::Ok: return "ok";
  case ShardStatus::Missing: return "missing";
  case ShardStatus::Corrupt: return "corrupt";
  case ShardStatus::OldVersion: return "old-version";
  }
  return "?";
}

bool FileBytes::read(const std::string &Path, std::string &Why) {
  Size = 0;
  int FD = ::open(Path.c_str(), O_RDONLY | O_CLOEXEC);
  if (FD < 0) {
    Why = std::error_code(errno, std::generic_category()).message();
    return false;
  }
  while (true) {
    if (Size == Capacity) {
      size_t Grown = std::max<size_t>(Capacity * 2, 64 * 1024);
      auto Bigger = std::make_unique_for_overwrite<char[]>(Grown);
      if (Size)
        std::memcpy(Bigger.get(), Data.get(), Size);
      Data = std::move(Bigger);
      Capacity = Grown;
    }
    ssize_t N = ::read(FD, Data.get() + Size, Capacity - Size);
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0) {
      Why = std::error_code(errno, std::generic_category()).message();
      ::close(FD);
      return false;
    }
    if (N == 0)
      break;
    Size += static_cast<size_t>(N);
  }
  ::close(FD);
  return true;
}

bool writeFileAtomically(const std::string &Path, std::string_view Bytes,
                         std::string &Error) {
  if (std::error_code EC = llvm::sys::fs::create_directories(
          llvm::sys::path::parent_path(Path))) {
    Error = Path + ": cannot create directory: " + EC.message();
    return false;
  }
  std::string Tmp = Path + ".tmp" + std::to_string(::getpid());
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Tmp, EC);
    if (EC) {
      Error = Tmp + ": " + EC.message();
      return false;
    }
    OS << Bytes;
    OS.close();
    if (OS.has_error()) {
      Error = Tmp + ": write failed: " + OS.error().message();
      OS.clear_error();
      llvm::sys::fs::remove(Tmp);
      return false;
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Tmp, Path)) {
    Error = Path + ": rename failed: " + EC.message();
    llvm::sys::fs::remove(Tmp);
    return false;
  }
  return true;
}

void BinaryWriter::u(uint64_t V) { putVarint(Body, V); }

void BinaryWriter::s(const std::string &Str) {
  auto [It, Inserted] = Ids.try_emplace(Str, Strings.size());
  if (Inserted)
    Strings.push_back(&It->first);
  u(It->second);
}

void BinaryWriter::loc(const Location &L) {
  s(L.File);
  u(L.Line);
  u(L.Column);
}

std::string BinaryWriter::finish(const char (&Magic)[9],
                                 uint32_t Version) const {
  std::string Payload;
  putVarint(Payload, Strings.size());
  for (const std::string *Str : Strings) {
    putVarint(Payload, Str->size());
    Payload += *Str;
  }
  Payload += Body;
  std::string Out(Magic, 8);
  putLE(Out, Version, 4);
  putLE(Out, Payload.size(), 8);
  putLE(Out, llvm::xxh3_64bits(Payload), 8);
  return Out + Payload;
}

ShardStatus BinaryReader::open(std::string_view In, const char (&Magic)[9],
                               uint32_t Version, std::string &Why) {
  if (In.size() < HeaderSize || In.substr(0, 8) != std::string_view(Magic, 8)) {
    Why = "bad magic or too short";
    return ShardStatus::Corrupt;
  }
  uint32_t Found = static_cast<uint32_t>(getLE(In, 8, 4));
  if (Found != Version) {
    Why = "format version " + std::to_string(Found) +
          ", this tool reads version " + std::to_string(Version);
    return ShardStatus::OldVersion;
  }
  uint64_t Size = getLE(In, 12, 8), Sum = getLE(In, 20, 8);
  Data = In.substr(HeaderSize);
  if (Data.size() != Size) {
    Why = "truncated: payload is " + std::to_string(Data.size()) +
          " bytes, header says " + std::to_string(Size);
    return ShardStatus::Corrupt;
  }
  if (llvm::xxh3_64bits(llvm::StringRef(Data.data(), Data.size())) != Sum) {
    Why = "checksum mismatch";
    return ShardStatus::Corrupt;
  }
  for (uint64_t I = 0, N = count(); I < N && Ok; ++I) {
    uint64_t Len = count();
    if (!Ok)
      break;
    Strings.emplace_back(Data.substr(Pos, Len));
    Pos += Len;
  }
  if (!Ok) {
    Why = "bad string table";
    return ShardStatus::Corrupt;
  }
  return ShardStatus::Ok;
}

uint64_t BinaryReader::u() {
  uint64_t V = 0;
  for (unsigned Shift = 0; Shift < 64; Shift += 7) {
    if (Pos >= Data.size())
      return fail();
    uint8_t B = static_cast<uint8_t>(Data[Pos++]);
    V |= static_cast<uint64_t>(B & 0x7f) << Shift;
    if (!(B & 0x80))
      return V;
  }
  return fail();
}

uint64_t BinaryReader::count() {
  uint64_t N = u();
  return N > Data.size() - Pos ? fail() : N;
}

uint32_t BinaryReader::id() {
  size_t At = Pos;
  uint64_t Id = u();
  if (Ok && Id >= Strings.size()) {
    BadId = "string id " + std::to_string(Id) + " at payload offset " +
            std::to_string(At) + " is past the string table's " +
            std::to_string(Strings.size()) + " entries";
    fail();
  }
  return Ok ? static_cast<uint32_t>(Id) : 0;
}

std::string BinaryReader::s() {
  uint32_t Id = this->id();
  return Ok ? std::string(Strings[Id]) : std::string();
}

Location BinaryReader::loc() {
  Location L;
  L.File = s();
  L.Line = static_cast<unsigned>(u());
  L.Column = static_cast<unsigned>(u());
  return L;
}

} // namespace decouple
