#pragma once
// The audit service's address.
inline const char *auditUrl() { return "http://audit.internal"; }
