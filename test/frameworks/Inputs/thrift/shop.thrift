// The services of the Thrift framework tests.
namespace cpp shop

struct Order {
  1: string id,
  2: i64 amount,
}

exception Declined {
  1: string why,
}

service Orders {
  Order place(1: Order order) throws (1: Declined declined),
  bool cancel(1: string id),
}

service Payments {
  bool charge(1: string id, 2: i64 amount) throws (1: Declined declined),
  void refund(1: string id),
}

service Inventory {
  Order reserve(1: string sku),
  i32 stock(1: string sku),
}

service Audit {
  oneway void record(1: string event),
}
