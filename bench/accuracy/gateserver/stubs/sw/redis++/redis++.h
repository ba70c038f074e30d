// redis++ (sw/redis++/redis++.h) reaches hiredis through connection.h, which includes
// <hiredis/hiredis.h>; gateserver calls hiredis directly and relies on that. Only that include here.
#include <hiredis/hiredis.h>
