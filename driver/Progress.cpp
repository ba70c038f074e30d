//===- Progress.cpp -------------------------------------------------------===//
#include "driver/Progress.h"

#include <cstdio>
#include <unistd.h>

namespace decouple {

bool parseProgressStyle(const std::string &Text, Progress::Style &Out) {
  if (Text == "auto") Out = Progress::Style::Auto;
  else if (Text == "bar") Out = Progress::Style::Bar;
  else if (Text == "lines") Out = Progress::Style::Lines;
  else if (Text == "none") Out = Progress::Style::None;
  else return false;
  return true;
}

Progress::Progress(Style Requested, size_t Total, std::string What)
    : S(Requested), Total(Total), What(std::move(What)),
      Start(std::chrono::steady_clock::now()), LastLine(Start) {
  if (S == Style::Auto)
    S = isatty(2) ? Style::Bar : Style::Lines;
  if (Total == 0)
    S = Style::None;
}

Progress::~Progress() { finish(); }

void Progress::advance(size_t N) {
  Done = N;
  draw(false);
}

void Progress::finish() {
  if (Finished)
    return;
  Finished = true;
  draw(true);
}

void Progress::draw(bool Final) {
  if (S == Style::None)
    return;
  auto Now = std::chrono::steady_clock::now();
  double Elapsed = std::chrono::duration<double>(Now - Start).count();
  double Rate = Elapsed > 0 ? Done / Elapsed : 0;
  double Eta = Rate > 0 ? (Total - Done) / Rate : 0;
  if (S == Style::Lines) {
    if (!Final && Now - LastLine < std::chrono::seconds(5))
      return;
    LastLine = Now;
    if (Final && Elapsed < 5)
      return; // a short run needs no progress line
    std::fprintf(stderr, "decouple: %s %zu/%zu TUs (%.1f TU/s, ETA %.0fs)\n",
                 What.c_str(), Done, Total, Rate, Eta);
    return;
  }
  constexpr int Width = 30;
  int Filled = Total ? static_cast<int>(Width * Done / Total) : Width;
  std::string BarText(Filled, '#');
  BarText.resize(Width, '.');
  std::fprintf(stderr, "\r%s [%s] %zu/%zu TUs  %.1f TU/s  ETA %d:%02d  ",
               What.c_str(), BarText.c_str(), Done, Total, Rate,
               static_cast<int>(Eta) / 60, static_cast<int>(Eta) % 60);
  if (Final)
    std::fputc('\n', stderr);
  std::fflush(stderr);
}

} // namespace decouple
