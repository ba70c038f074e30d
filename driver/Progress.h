//===- Progress.h - Progress for long runs ----------------------*- C++ -*-===//
//
// On a terminal: one redrawn bar with TUs done, the rate and the ETA.
// Elsewhere (CI logs): a plain line every few seconds.
//
//===----------------------------------------------------------------------===//
#ifndef DECOUPLE_DRIVER_PROGRESS_H
#define DECOUPLE_DRIVER_PROGRESS_H

#include <chrono>
#include <string>

namespace decouple {

class Progress {
public:
  enum class Style { Auto, Bar, Lines, None };
  Progress(Style S, size_t Total, std::string What);
  ~Progress();
  void advance(size_t Done);
  void finish();

private:
  Style S;
  size_t Total, Done = 0;
  std::string What;
  std::chrono::steady_clock::time_point Start, LastLine;
  bool Finished = false;
  void draw(bool Final);
};

bool parseProgressStyle(const std::string &Text, Progress::Style &Out);

} // namespace decouple

#endif
