// Look-alike test header: imitates the signatures of trantor's NonCopyable and EventLoop, used by Drogon (not the real library).
#pragma once
#include <functional>

namespace trantor {
class NonCopyable {
protected:
  NonCopyable() = default;
  ~NonCopyable() = default;
  NonCopyable(const NonCopyable &) = delete;
  NonCopyable &operator=(const NonCopyable &) = delete;
};

class EventLoop : NonCopyable {
public:
  void runInLoop(const std::function<void()> &cb);
  void queueInLoop(const std::function<void()> &cb);
  void run();
};
} // namespace trantor
