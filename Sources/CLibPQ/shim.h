#ifndef LUMBUNG_CLIBPQ_SHIM_H
#define LUMBUNG_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
