# The services of the Cap'n Proto framework tests.
@0xbd697b0dc6a1d227;

using Cxx = import "/capnp/c++.capnp";
$Cxx.namespace("shop");

struct Order {
  id @0 :Text;
  amount @1 :Int64;
}

interface Orders {
  place @0 (order :Order) -> (accepted :Bool);
  cancel @1 (id :Text) -> ();
}

interface Payments {
  charge @0 (id :Text, amount :Int64) -> (ok :Bool);
}

interface Inventory {
  reserve @0 (id :Text) -> (left :Int32);
}
