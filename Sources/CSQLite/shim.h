#ifndef LUMBUNG_CSQLITE_SHIM_H
#define LUMBUNG_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
