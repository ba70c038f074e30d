// RUN: %check_both %s coupling-sync-call-in-request-path,coupling-dual-write
//
// NATS (cnats): natsConnection_Request* waits for a responder and couples the
// caller to it; natsConnection_Publish* does not. A subscription callback that
// answers the message's reply subject serves requests; one that only consumes
// events does not, and neither does main().
#include <httplib.h>
#include <nats/nats.h>
#include <sqlite3.h>
#include <string>

natsConnection *nc = nullptr;
sqlite3 *db = nullptr;

bool Charge(const std::string &order) {
  natsMsg *reply = nullptr;
  natsStatus s = natsConnection_RequestString(&reply, nc, "payments.charge",
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking nats call to payments.charge in the request path of nats OnPlace (service frameworks, named after its directory): the request now waits on payments.charge being up and fast [coupling-sync-call-in-request-path]
                                              order.c_str(), 2000);
  bool ok = s == NATS_OK && std::string(natsMsg_GetData(reply)) == "ok";
  natsMsg_Destroy(reply);
  return ok;
}

// A NATS service: it answers the reply subject of each request.
void OnPlace(natsConnection *conn, natsSubscription *, natsMsg *msg, void *) {
  std::string order = natsMsg_GetData(msg);
  bool charged = Charge(order);
  // An event: published, not waited for.
  natsConnection_PublishString(conn, "orders.placed", order.c_str());
  natsConnection_PublishString(conn, natsMsg_GetReply(msg), charged ? "ok" : "declined");
  natsMsg_Destroy(msg);
}

// An event consumer: nobody waits for it to finish.
void OnPlaced(natsConnection *conn, natsSubscription *, natsMsg *msg, void *) {
  natsMsg *reserved = nullptr;
  natsConnection_Request(&reserved, conn, "inventory.reserve",
                         natsMsg_GetData(msg), natsMsg_GetDataLength(msg), 1000);
  natsMsg_Destroy(reserved);
  natsMsg_Destroy(msg);
}

void Serve(httplib::Server &server) {
  server.Post("/orders", [](const httplib::Request &request, httplib::Response &response) {
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: dual write: HTTP POST /orders (service frameworks, named after its directory) writes to sqlite:orders.db and publishes to orders.placed; if one succeeds and the other fails, they disagree [coupling-dual-write]
    sqlite3_exec(db, "INSERT INTO orders VALUES ('42')", nullptr, nullptr, nullptr);
    natsConnection_Publish(nc, "orders.placed", request.body.data(),
                           static_cast<int>(request.body.size()));
    response.status = 202;
  });
  server.Get("/quote", [](const httplib::Request &, httplib::Response &response) {
    // Request and reply by hand: publish with a reply inbox, then wait on it.
    natsInbox *inbox = nullptr;
    natsInbox_Create(&inbox);
    natsSubscription *replies = nullptr;
    natsConnection_SubscribeSync(&replies, nc, inbox);
    natsConnection_PublishRequestString(nc, "pricing.quote", inbox, "sku-42");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: started asynchronously and then waited for nats call to pricing.quote in the request path of HTTP GET /quote{{.*}} [coupling-sync-call-in-request-path]
    natsMsg *quote = nullptr;
    if (natsSubscription_NextMsg(&quote, replies, 500) == NATS_OK)
      response.set_content(natsMsg_GetData(quote), "text/plain");
    natsMsg_Destroy(quote);
    natsSubscription_Destroy(replies);
    natsInbox_Destroy(inbox);
  });
  server.Get("/later", [](const httplib::Request &, httplib::Response &response) {
    // The reply goes to an inbox another subscription handles: not waited for.
    natsConnection_PublishRequestString(nc, "pricing.quote", "_INBOX.quotes", "sku-42");
    response.status = 202;
  });
}

int main() {
  natsConnection_ConnectTo(&nc, "nats://nats.internal:4222");
  sqlite3_open("orders.db", &db);
  // Startup is not a request path.
  natsMsg *config = nullptr;
  natsConnection_RequestString(&config, nc, "config.get", "orders", 5000);
  natsSubscription *place = nullptr, *placed = nullptr;
  natsConnection_QueueSubscribe(&place, nc, "orders.place", "orders", OnPlace, nullptr);
  natsConnection_Subscribe(&placed, nc, "orders.placed", OnPlaced, nullptr);
  httplib::Server server;
  Serve(server);
  server.listen("0.0.0.0", 8080);
}
