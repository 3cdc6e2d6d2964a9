#ifndef LUMBUNG_CSQLITE_SHIM_H
#define LUMBUNG_CSQLITE_SHIM_H
#include <sqlite3.h>

/** Turns off SQLite's memory statistics, which take a global mutex around every allocation; nothing here reads
 *  them. Takes effect only before SQLite initialises (the first connection opened); returns SQLite's code. */
static inline int lumbung_sqlite_memory_statistics_off(void) {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/** The first 32 KiB region of the wal-index (the `-shm` file) of `db`'s main database, as SQLite itself mapped it
 *  (https://www.sqlite.org/walformat.html), in `*region`; NULL when `db` has not opened the wal-index. Mapped by
 *  SQLite, never by a descriptor of the caller's: closing such a descriptor would drop every POSIX lock this process
 *  holds on the file, SQLite's included. Valid while `db` stays open. Returns SQLite's code. */
static inline int lumbung_sqlite_wal_index(sqlite3 *db, volatile void **region) {
  sqlite3_file *file = 0;
  *region = 0;
  int result = sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file);
  if (result != SQLITE_OK) return result;
  if (file == 0 || file->pMethods == 0 || file->pMethods->iVersion < 2) return SQLITE_NOTFOUND;
  return file->pMethods->xShmMap(file, 0, 32768, 0, region);
}
#endif
