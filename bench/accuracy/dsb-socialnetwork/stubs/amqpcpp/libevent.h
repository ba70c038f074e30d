// AMQP-CPP's amqpcpp/libevent.h: a TcpHandler driven by a libevent loop.
#include <amqpcpp.h>
struct event_base;
namespace AMQP {
class LibEventHandler : public TcpHandler {
public:
  explicit LibEventHandler(struct event_base *evbase);
};
}
