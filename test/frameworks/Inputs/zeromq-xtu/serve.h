// The server loop of zeromq-socket-flow-xtu.cpp, called from main.cpp.
#include <zmq.hpp>

void Serve(zmq::socket_t &rep, zmq::socket_t &payments);
