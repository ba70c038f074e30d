//===- CheckDocs.cpp - Where a check's documentation page is --------------===//
#include "checks/CheckDocs.h"

namespace decouple {

std::string_view installedCheckDocsBase() { return DECOUPLE_INSTALLED_DOCS_URI; }

std::string checkDocsUri(std::string_view Base, std::string_view CheckId) {
  std::string Uri(Base.empty() ? installedCheckDocsBase() : Base);
  if (!Uri.empty() && Uri.back() != '/')
    Uri += '/'; // a base given without its trailing slash
  Uri += CheckId;
  Uri += ".md";
  return Uri;
}

} // namespace decouple
