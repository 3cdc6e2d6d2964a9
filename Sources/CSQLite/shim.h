#ifndef LUMBUNG_CSQLITE_SHIM_H
#define LUMBUNG_CSQLITE_SHIM_H
#include <sqlite3.h>

/** Turns off SQLite's memory statistics, which take a global mutex around every allocation; nothing here reads
 *  them. Takes effect only before SQLite initialises (the first connection opened); returns SQLite's code. */
static inline int lumbung_sqlite_memory_statistics_off(void) {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
#endif
