#ifndef LUMBUNG_CSQLITE_SHIM_H
#define LUMBUNG_CSQLITE_SHIM_H
#include <sqlite3.h>

/** Settings for the whole process, applied before SQLite initialises (the first connection opened); returns the
 *  first failing code of SQLite's, else SQLITE_OK.
 *  - Memory statistics off: they take a global mutex around every allocation, and nothing here reads them.
 *  - Savepoint journals kept in memory up to `statement_journal_bytes`: a group commit runs each request in a
 *    savepoint, which journals every page it changes. Past SQLite's default of 64 KiB the journal moved to a
 *    temporary file, which then took every later savepoint of the transaction at two write system calls a page. */
static inline int lumbung_sqlite_configure(int statement_journal_bytes) {
  int result = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  if (result != SQLITE_OK) return result;
  return sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, statement_journal_bytes);
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
