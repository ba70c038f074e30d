#pragma once

#include <string>
#include <utility> // Boost 1.74 awaitable.hpp uses std::exchange without it.

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <librdkafka/rdkafkacpp.h>

namespace notifications {

// Support staff preview receipts at GET /receipts/<order_id>.
boost::asio::awaitable<void> Listen(boost::asio::ip::tcp::acceptor acceptor,
                                    RdKafka::Producer &audit);

} // namespace notifications
