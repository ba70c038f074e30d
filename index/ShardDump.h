//===- ShardDump.h - A shard as JSON, for people and tests ------*- C++ -*-===//
#ifndef DECOUPLE_INDEX_SHARDDUMP_H
#define DECOUPLE_INDEX_SHARDDUMP_H

#include "index/ShardStore.h"

#include "llvm/Support/raw_ostream.h"

namespace decouple {

/// Prints every field of a shard as indented JSON.
void dumpShard(const Shard &S, llvm::raw_ostream &OS);

} // namespace decouple

#endif
