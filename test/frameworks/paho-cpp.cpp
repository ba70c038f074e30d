// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-dual-write,coupling-blocking-call-in-event-loop
//
// Eclipse Paho MQTT, C++ API: mqtt::async_client::publish and
// mqtt::client::publish are publishes, not calls, even when the delivery
// token is waited for (that waits for the broker). A request that writes to a
// database and publishes is a dual write. mqtt::callback::message_arrived and
// set_message_callback handlers consume on the client's callback thread,
// where a blocking call stalls delivery; a consume_message loop is a consumer.
#include <httplib.h>
#include <mqtt/async_client.h>
#include <mqtt/client.h>
#include <sqlite3.h>

mqtt::async_client events("tcp://broker.internal:1883", "orders");
mqtt::client audit("tcp://broker.internal:1883", "orders-audit");
sqlite3 *db = nullptr;

class ShipOnPlaced : public virtual mqtt::callback {
public:
  void message_arrived(mqtt::const_message_ptr msg) override {
    httplib::Client shipping("http://shipping.internal");
    shipping.set_read_timeout(2, 0);
    shipping.Post("/shipments", msg->to_string(), "application/json");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking HTTP call to shipping.internal on the event loop of consumer {{(ShipOnPlaced::)?}}message_arrived (service frameworks, named after its directory): it stalls every other request on that loop [coupling-blocking-call-in-event-loop]
  }
};

void Serve(httplib::Server &server) {
  server.Post("/orders", [](const httplib::Request &request, httplib::Response &response) {
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: dual write: HTTP POST /orders (service frameworks, named after its directory) writes to sqlite:orders.db and publishes to orders/placed; if one succeeds and the other fails, they disagree [coupling-dual-write]
    sqlite3_exec(db, "INSERT INTO orders VALUES ('42')", nullptr, nullptr, nullptr);
    // Waiting for the broker's acknowledgement is not waiting for a consumer.
    events.publish("orders/placed", request.body.data(), request.body.size(), 1, false)->wait();
    response.status = 202;
  });
  server.Post("/audit", [](const httplib::Request &request, httplib::Response &response) {
    auto event = mqtt::make_message("audit/events", request.body);
    audit.publish(event);
    events.publish(event);
    response.status = 202;
  });
}

// Pulls messages: a consumer, not a request path.
void Reconcile(mqtt::async_client &client) {
  while (auto msg = client.consume_message()) {
    httplib::Client ledger("http://ledger.internal");
    ledger.Post("/entries", msg->to_string(), "application/json");
  }
}

int main() {
  ShipOnPlaced shipper;
  events.set_callback(shipper);
  events.set_message_callback([](mqtt::const_message_ptr msg) {
    httplib::Client inventory("http://inventory.internal");
    inventory.set_read_timeout(1, 0);
    inventory.Post("/release", msg->to_string(), "text/plain");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: blocking HTTP call to inventory.internal on the event loop of consumer main::(lambda at paho-cpp.cpp:[[@LINE-4]]){{.*}} [coupling-blocking-call-in-event-loop]
  });
  events.connect()->wait();
  events.subscribe("orders/placed", 1)->wait();
  // Startup is not a request path.
  events.publish("orders/started", "1", 1);
  sqlite3_open("orders.db", &db);
  httplib::Server server;
  Serve(server);
  server.listen("0.0.0.0", 8080);
}
