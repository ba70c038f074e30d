// An HTTP route publishes to RabbitMQ's default exchange: the routing key
// names the queue (DeathStarBench 2021-03's ComposePost), and through a named
// exchange.
#include <SimpleAmqpClient/SimpleAmqpClient.h>
#include <amqpcpp.h>
#include <httplib.h>

AmqpClient::Channel::ptr_t channel;
AMQP::Channel *events;

void Routes(httplib::Server &svr) {
  svr.Post("/posts", [](const httplib::Request &req, httplib::Response &res) {
    channel->BasicPublish("", "write-home-timeline",
                          AmqpClient::BasicMessage::Create(req.body));
    events->publish("post-events", "created", req.body);
    res.status = 202;
  });
}
