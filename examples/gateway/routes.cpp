#include "gateway/routes.h"

#include <chrono>
#include <string>

namespace gateway {

void RegisterRoutes(httplib::Server &svr, Backends &b) {
  svr.Post(
      "/orders", [&b](const httplib::Request &req, httplib::Response &res) {
        shop::PlaceOrderRequest order;
        order.set_customer_id(req.get_header_value("X-Customer-Id"));
        order.set_email(req.get_param_value("email"));
        order.set_sku(req.get_param_value("sku"));
        order.set_quantity(std::stoi(req.get_param_value("quantity")));
        order.set_amount_cents(std::stoll(req.get_param_value("amount_cents")));
        order.set_card_token(req.get_param_value("card_token"));

        shop::PlaceOrderReply placed;
        grpc::Status status = b.order_client.Place(order, &placed);
        if (!status.ok()) {
          res.status = 502;
          res.set_content(status.error_message(), "text/plain");
          return;
        }
        res.status = 201;
        res.set_content(placed.order_id(), "text/plain");
      });

  svr.Get(R"(/products/(\d+))", [&b](const httplib::Request &req,
                                     httplib::Response &res) {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() +
                     std::chrono::milliseconds(200));
    shop::GetProductRequest lookup;
    lookup.set_sku(req.matches[1]);
    shop::Product product;
    grpc::Status status = b.catalog->GetProduct(&ctx, lookup, &product);
    if (!status.ok()) {
      res.status =
          status.error_code() == grpc::StatusCode::NOT_FOUND ? 404 : 502;
      return;
    }
    res.set_content(
        "{\"sku\":\"" + product.sku() + "\",\"name\":\"" + product.name() +
            "\",\"price_cents\":" + std::to_string(product.price_cents()) + "}",
        "application/json");
  });

  svr.Get(R"(/orders/(\w+))", [&b](const httplib::Request &req,
                                   httplib::Response &res) {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() +
                     std::chrono::milliseconds(200));
    shop::GetOrderRequest lookup;
    lookup.set_order_id(req.matches[1]);
    shop::Order order;
    // Order status is read-through by design (ADR-12): the UI needs it now.
    // clang-format off: NOLINT must stay on the line of the call.
    grpc::Status status = b.orders->GetOrder(&ctx, lookup, &order); // NOLINT(coupling-sync-call-in-request-path)
    // clang-format on
    if (!status.ok()) {
      res.status = 404;
      return;
    }
    res.set_content(order.status(), "text/plain");
  });

  svr.Get("/dashboard", [&b](const httplib::Request &req,
                             httplib::Response &res) {
    const auto deadline =
        std::chrono::system_clock::now() + std::chrono::milliseconds(300);

    grpc::ClientContext product_ctx;
    product_ctx.set_deadline(deadline);
    shop::GetProductRequest featured;
    featured.set_sku(req.get_param_value("featured"));
    shop::Product product;
    grpc::Status product_status =
        b.catalog->GetProduct(&product_ctx, featured, &product);

    grpc::ClientContext stock_ctx;
    stock_ctx.set_deadline(deadline);
    shop::GetStockRequest stock_query;
    stock_query.set_sku(req.get_param_value("featured"));
    shop::StockLevel stock;
    grpc::Status stock_status =
        b.inventory->GetStock(&stock_ctx, stock_query, &stock);

    grpc::ClientContext order_ctx;
    order_ctx.set_deadline(deadline);
    shop::GetOrderRequest last_order;
    last_order.set_order_id(req.get_param_value("last_order"));
    shop::Order order;
    grpc::Status order_status =
        b.orders->GetOrder(&order_ctx, last_order, &order);

    grpc::ClientContext payments_ctx;
    payments_ctx.set_deadline(deadline);
    shop::ListPaymentsRequest history;
    history.set_customer_id(req.get_header_value("X-Customer-Id"));
    shop::ListPaymentsReply payments;
    grpc::Status payments_status =
        b.payments->ListPayments(&payments_ctx, history, &payments);

    if (!product_status.ok() || !stock_status.ok() || !order_status.ok() ||
        !payments_status.ok()) {
      res.status = 502;
      return;
    }
    res.set_content(
        "{\"featured\":\"" + product.name() +
            "\",\"in_stock\":" + std::to_string(stock.available()) +
            ",\"last_order\":\"" + order.status() +
            "\",\"payments\":" + std::to_string(payments.payments_size()) + "}",
        "application/json");
  });

  svr.Post(
      "/events", [&b](const httplib::Request &req, httplib::Response &res) {
        std::string payload = req.body;
        RdKafka::ErrorCode err =
            b.events->produce("clickstream", RdKafka::Topic::PARTITION_UA,
                              RdKafka::Producer::RK_MSG_COPY, payload.data(),
                              payload.size(), nullptr, 0, 0, nullptr);
        res.status = err == RdKafka::ERR_NO_ERROR ? 202 : 503;
      });
}

} // namespace gateway
