#ifndef LUMBUNG_WAL_WRITES_H
#define LUMBUNG_WAL_WRITES_H

/** The name of the SQLite file layer that gathers a connection's WAL writes (see wal_writes.c). */
#define LUMBUNG_WAL_WRITES_VFS "lumbung-wal-writes"

/** Registers the `LUMBUNG_WAL_WRITES_VFS` file layer over SQLite's default one (not as the default); returns SQLite's
 *  code. Safe to call more than once. Open with it only connections that sync every commit (`synchronous=FULL`). */
int lumbung_wal_writes_register(void);

#endif
