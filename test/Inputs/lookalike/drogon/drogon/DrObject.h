// Look-alike test header (not the real library): follows Drogon's lib/inc/drogon/DrObject.h
// at commit 74fc004c8dc8, cut down to the two class templates the controllers derive from.
#pragma once

namespace drogon {

class DrObjectBase {
public:
  virtual ~DrObjectBase() {}
};
template <typename T> class DrObject : public virtual DrObjectBase {};

} // namespace drogon
