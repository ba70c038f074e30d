#include <httplib.h>

void PlainRoutes(httplib::Server &svr) { svr.Get("/plain", nullptr); }
