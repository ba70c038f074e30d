// MySQL Connector/C++ 8 installs the JDBC API under jdbc/; Debian 12 ships the same API
// (1.1.12, libmysqlcppconn-dev) at the top level.
#include <cppconn/exception.h>
