// The consumer names its queue on the call that returns the DeferredConsumer.
#include <amqpcpp.h>
#include <string>

void Consume(AMQP::Channel &ch, const std::string &dynamic) {
  ch.consume("write-home-timeline", AMQP::noack)
      .onReceived([](const AMQP::Message &, uint64_t, bool) {});
  // A queue name that is not a constant joins nothing.
  ch.consume(dynamic).onReceived([](const AMQP::Message &, uint64_t, bool) {});
}
