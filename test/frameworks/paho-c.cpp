// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-dual-write,coupling-blocking-call-in-event-loop
//
// Eclipse Paho MQTT, C API: MQTTClient_publish* and MQTTAsync_send* are
// publishes, not calls:
// a handler that publishes is not coupled to whoever consumes the topic, even
// when it waits for the broker's acknowledgement; but writing to a database
// and publishing in the same request is a dual write. The message-arrived
// callback consumes on the client's callback thread, where a blocking call
// stalls delivery.
#include <MQTTAsync.h>
#include <MQTTClient.h>
#include <httplib.h>
#include <sqlite3.h>
#include <string>

MQTTClient mqtt;
MQTTAsync async_mqtt;
sqlite3 *db = nullptr;

int OnMessage(void *, char *topic, int, MQTTClient_message *message) {
  httplib::Client shipping("http://shipping.internal");
  shipping.set_read_timeout(2, 0);
  auto shipped = shipping.Post("/shipments", static_cast<const char *>(message->payload),
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking HTTP call to shipping.internal on the event loop of consumer OnMessage (service frameworks, named after its directory): it stalls every other request on that loop [coupling-blocking-call-in-event-loop]
                                 message->payloadlen, "application/json");
  MQTTClient_freeMessage(&message);
  MQTTClient_free(topic);
  return shipped ? 1 : 0;
}

int OnCancelled(void *, char *topic, int, MQTTAsync_message *message) {
  httplib::Client payments("http://payments.internal");
  payments.set_read_timeout(2, 0);
  payments.Post("/refunds", static_cast<const char *>(message->payload),
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking HTTP call to payments.internal on the event loop of consumer OnCancelled{{.*}} [coupling-blocking-call-in-event-loop]
                message->payloadlen, "application/json");
  MQTTAsync_freeMessage(&message);
  MQTTAsync_free(topic);
  return 1;
}

void Serve(httplib::Server &server) {
  server.Post("/orders", [](const httplib::Request &request, httplib::Response &response) {
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: dual write: HTTP POST /orders (service frameworks, named after its directory) writes to sqlite:orders.db and publishes to orders/placed; if one succeeds and the other fails, they disagree [coupling-dual-write]
    sqlite3_exec(db, "INSERT INTO orders VALUES ('42')", nullptr, nullptr, nullptr);
    MQTTClient_deliveryToken token;
    MQTTClient_publish(mqtt, "orders/placed", static_cast<int>(request.body.size()),
                       request.body.data(), 1, 0, &token);
    // Waiting for the broker's acknowledgement is not waiting for a consumer.
    MQTTClient_waitForCompletion(mqtt, token, 1000);
    response.status = 202;
  });
  server.Post("/audit", [](const httplib::Request &request, httplib::Response &response) {
    MQTTClient_message event = MQTTClient_message_initializer;
    event.payload = const_cast<char *>(request.body.data());
    event.payloadlen = static_cast<int>(request.body.size());
    event.qos = 0;
    MQTTClient_publishMessage(mqtt, "audit/events", &event, nullptr);
    response.status = 202;
  });
  server.Delete("/orders", [](const httplib::Request &request, httplib::Response &response) {
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: dual write: HTTP DELETE /orders{{.*}} writes to sqlite:orders.db and publishes to orders/cancelled; if one succeeds and the other fails, they disagree [coupling-dual-write]
    sqlite3_exec(db, "DELETE FROM orders WHERE id = '42'", nullptr, nullptr, nullptr);
    MQTTAsync_send(async_mqtt, "orders/cancelled", static_cast<int>(request.body.size()),
                   request.body.data(), 1, 0, nullptr);
    response.status = 202;
  });
}

int main() {
  MQTTClient_create(&mqtt, "tcp://broker.internal:1883", "orders",
                    MQTTCLIENT_PERSISTENCE_NONE, nullptr);
  MQTTClient_setCallbacks(mqtt, nullptr, nullptr, OnMessage, nullptr);
  MQTTClient_connectOptions options = MQTTClient_connectOptions_initializer;
  MQTTClient_connect(mqtt, &options);
  MQTTClient_subscribe(mqtt, "orders/placed", 1);
  MQTTAsync_create(&async_mqtt, "tcp://broker.internal:1883", "orders-async",
                   MQTTCLIENT_PERSISTENCE_NONE, nullptr);
  MQTTAsync_setCallbacks(async_mqtt, nullptr, nullptr, OnCancelled, nullptr);
  sqlite3_open("orders.db", &db);
  httplib::Server server;
  Serve(server);
  server.listen("0.0.0.0", 8080);
}
