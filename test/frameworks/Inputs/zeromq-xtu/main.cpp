// Creates the sockets zeromq-socket-flow-xtu.cpp's Serve loops on.
#include "serve.h"

int main() {
  zmq::context_t ctx;
  zmq::socket_t rep(ctx, zmq::socket_type::rep);
  rep.bind("tcp://*:5555");
  zmq::socket_t payments(ctx, zmq::socket_type::req);
  payments.connect("tcp://payments.internal:5557");
  Serve(rep, payments);
}
