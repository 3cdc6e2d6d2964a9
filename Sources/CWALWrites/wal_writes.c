/* A file layer over SQLite's default one that gathers the WAL writes of a transaction into one buffer and writes it
 * with a few large system calls instead of two per page.
 *
 * SQLite appends a WAL frame as two writes, its 24-byte header and then the page, so a commit of 40 pages made 80
 * `pwrite` calls before its fsync. Here consecutive writes to a WAL file are kept in memory (up to `BUFFER_BYTES`)
 * and written out when they stop being consecutive, when the buffer is full, and before anything else touches the
 * file: a read, a sync, a truncation, its size, a file control, closing it.
 *
 * Why this keeps SQLite's guarantees: other connections read the WAL through descriptors of their own, so they must
 * never be told about a frame that is still in the buffer. SQLite tells them by rewriting the wal-index header after
 * the commit's frames are written, and with `synchronous=FULL` it syncs the WAL before that, which writes the buffer
 * out first. A connection that does not sync at commit (`synchronous=NORMAL` or `OFF`) must therefore never be
 * opened with this layer. Until the sync the buffered frames are in the same state as unsynced frames in the
 * operating system's cache: a crash loses them, and the transaction was not acknowledged. */
#include "wal_writes.h"
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

/** The most bytes gathered before they are written. SQLite's unix layer writes at most 128 KiB - 1 bytes per call
 *  (it masks the length with 0x1ffff), so a larger single write would fail with SQLITE_FULL. */
#define BUFFER_BYTES (64 * 1024)

/** An open file: ours, followed in the same allocation by the default layer's (`real`). */
typedef struct GatheringFile {
  sqlite3_file base;
  sqlite3_file *real;
  /** The gathered bytes (WAL files only, made at the first write); they belong at `start`. */
  unsigned char *buffer;
  int length;
  sqlite3_int64 start;
} GatheringFile;

static sqlite3_vfs gathering_vfs;
static sqlite3_vfs *default_vfs;

#define REAL(file) (((GatheringFile *)(file))->real)

/** Writes out what is gathered, if anything; SQLite's code of the write. */
static int write_out(GatheringFile *file) {
  if (file->length == 0) return SQLITE_OK;
  int result = file->real->pMethods->xWrite(file->real, file->buffer, file->length, file->start);
  file->length = 0;
  return result;
}

/** Appends to the gathered bytes when the write continues them and fits; otherwise writes them out first. */
static int gathering_write(sqlite3_file *handle, const void *data, int amount, sqlite3_int64 offset) {
  GatheringFile *file = (GatheringFile *)handle;
  if (file->length > 0 && (offset != file->start + file->length || file->length + amount > BUFFER_BYTES)) {
    int result = write_out(file);
    if (result != SQLITE_OK) return result;
  }
  if (amount > BUFFER_BYTES) return file->real->pMethods->xWrite(file->real, data, amount, offset);
  if (file->buffer == NULL && (file->buffer = malloc(BUFFER_BYTES)) == NULL) {
    return file->real->pMethods->xWrite(file->real, data, amount, offset);
  }
  if (file->length == 0) file->start = offset;
  memcpy(file->buffer + file->length, data, (size_t)amount);
  file->length += amount;
  return SQLITE_OK;
}

/** Writes out the gathered bytes, frees the buffer and closes the file. */
static int gathering_close(sqlite3_file *handle) {
  GatheringFile *file = (GatheringFile *)handle;
  int written = write_out(file);
  free(file->buffer);
  file->buffer = NULL;
  int closed = file->real->pMethods->xClose(file->real);
  return written != SQLITE_OK ? written : closed;
}

/** Reads after writing out the gathered bytes (a transaction reads back frames it spilled). */
static int gathering_read(sqlite3_file *handle, void *data, int amount, sqlite3_int64 offset) {
  int result = write_out((GatheringFile *)handle);
  return result != SQLITE_OK ? result : REAL(handle)->pMethods->xRead(REAL(handle), data, amount, offset);
}

/** Truncates after writing out the gathered bytes. */
static int gathering_truncate(sqlite3_file *handle, sqlite3_int64 size) {
  int result = write_out((GatheringFile *)handle);
  return result != SQLITE_OK ? result : REAL(handle)->pMethods->xTruncate(REAL(handle), size);
}

/** Syncs after writing out the gathered bytes: a commit's frames are in the file before readers learn of them. */
static int gathering_sync(sqlite3_file *handle, int flags) {
  int result = write_out((GatheringFile *)handle);
  return result != SQLITE_OK ? result : REAL(handle)->pMethods->xSync(REAL(handle), flags);
}

/** The size after writing out the gathered bytes. */
static int gathering_file_size(sqlite3_file *handle, sqlite3_int64 *size) {
  int result = write_out((GatheringFile *)handle);
  return result != SQLITE_OK ? result : REAL(handle)->pMethods->xFileSize(REAL(handle), size);
}

/** Passes a file control on after writing out the gathered bytes. */
static int gathering_file_control(sqlite3_file *handle, int operation, void *argument) {
  int result = write_out((GatheringFile *)handle);
  return result != SQLITE_OK ? result : REAL(handle)->pMethods->xFileControl(REAL(handle), operation, argument);
}

/* The methods below pass straight to the default layer's file. */
static int passing_lock(sqlite3_file *handle, int lock) { return REAL(handle)->pMethods->xLock(REAL(handle), lock); }
static int passing_unlock(sqlite3_file *handle, int lock) { return REAL(handle)->pMethods->xUnlock(REAL(handle), lock); }
static int passing_check_reserved_lock(sqlite3_file *handle, int *out) {
  return REAL(handle)->pMethods->xCheckReservedLock(REAL(handle), out);
}
static int passing_sector_size(sqlite3_file *handle) { return REAL(handle)->pMethods->xSectorSize(REAL(handle)); }
static int passing_device_characteristics(sqlite3_file *handle) {
  return REAL(handle)->pMethods->xDeviceCharacteristics(REAL(handle));
}
static int passing_shm_map(sqlite3_file *handle, int region, int size, int extend, void volatile **address) {
  return REAL(handle)->pMethods->xShmMap(REAL(handle), region, size, extend, address);
}
static int passing_shm_lock(sqlite3_file *handle, int offset, int count, int flags) {
  return REAL(handle)->pMethods->xShmLock(REAL(handle), offset, count, flags);
}
static void passing_shm_barrier(sqlite3_file *handle) { REAL(handle)->pMethods->xShmBarrier(REAL(handle)); }
static int passing_shm_unmap(sqlite3_file *handle, int delete_flag) {
  return REAL(handle)->pMethods->xShmUnmap(REAL(handle), delete_flag);
}

static int passing_close(sqlite3_file *handle) { return REAL(handle)->pMethods->xClose(REAL(handle)); }
static int passing_read(sqlite3_file *handle, void *data, int amount, sqlite3_int64 offset) {
  return REAL(handle)->pMethods->xRead(REAL(handle), data, amount, offset);
}
static int passing_write(sqlite3_file *handle, const void *data, int amount, sqlite3_int64 offset) {
  return REAL(handle)->pMethods->xWrite(REAL(handle), data, amount, offset);
}
static int passing_truncate(sqlite3_file *handle, sqlite3_int64 size) {
  return REAL(handle)->pMethods->xTruncate(REAL(handle), size);
}
static int passing_sync(sqlite3_file *handle, int flags) { return REAL(handle)->pMethods->xSync(REAL(handle), flags); }
static int passing_file_size(sqlite3_file *handle, sqlite3_int64 *size) {
  return REAL(handle)->pMethods->xFileSize(REAL(handle), size);
}
/** Whether a `PRAGMA synchronous` value keeps a sync at every commit (FULL or EXTRA, by name or number). */
static int syncs_every_commit(const char *value) {
  return sqlite3_stricmp(value, "full") == 0 || sqlite3_stricmp(value, "extra") == 0 || strcmp(value, "2") == 0 ||
         strcmp(value, "3") == 0;
}

/** Passes a file control on, except that a database file of this layer refuses a `PRAGMA synchronous` that would
 *  stop syncing every commit: readers would then be told of frames still gathered. */
static int passing_file_control(sqlite3_file *handle, int operation, void *argument) {
  if (operation == SQLITE_FCNTL_PRAGMA) {
    char **pragma = (char **)argument;
    if (sqlite3_stricmp(pragma[1], "synchronous") == 0 && pragma[2] != NULL && !syncs_every_commit(pragma[2])) {
      pragma[0] = sqlite3_mprintf("this connection gathers its WAL writes and must sync every commit");
      return SQLITE_ERROR;
    }
  }
  return REAL(handle)->pMethods->xFileControl(REAL(handle), operation, argument);
}
static int passing_fetch(sqlite3_file *handle, sqlite3_int64 offset, int amount, void **page) {
  return REAL(handle)->pMethods->xFetch(REAL(handle), offset, amount, page);
}
static int passing_unfetch(sqlite3_file *handle, sqlite3_int64 offset, void *page) {
  return REAL(handle)->pMethods->xUnfetch(REAL(handle), offset, page);
}

/** The methods of a WAL file: writes gathered, everything else after writing them out. */
static const sqlite3_io_methods gathering_methods = {
  2,
  gathering_close, gathering_read, gathering_write, gathering_truncate, gathering_sync, gathering_file_size,
  passing_lock, passing_unlock, passing_check_reserved_lock, gathering_file_control, passing_sector_size,
  passing_device_characteristics, passing_shm_map, passing_shm_lock, passing_shm_barrier, passing_shm_unmap,
  NULL, NULL,
};

/** The methods of every other file (the database, temporary files): the default layer's, unchanged. */
static const sqlite3_io_methods passing_methods = {
  3,
  passing_close, passing_read, passing_write, passing_truncate, passing_sync, passing_file_size,
  passing_lock, passing_unlock, passing_check_reserved_lock, passing_file_control, passing_sector_size,
  passing_device_characteristics, passing_shm_map, passing_shm_lock, passing_shm_barrier, passing_shm_unmap,
  passing_fetch, passing_unfetch,
};

/** Opens a file with the default layer, behind our methods: gathering ones for a WAL file, passing ones otherwise. */
static int gathering_open(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *handle, int flags, int *out_flags) {
  (void)vfs;
  GatheringFile *file = (GatheringFile *)handle;
  memset(file, 0, sizeof(*file));
  file->real = (sqlite3_file *)(file + 1);
  int result = default_vfs->xOpen(default_vfs, name, file->real, flags, out_flags);
  if (file->real->pMethods != NULL) {
    file->base.pMethods = (flags & SQLITE_OPEN_WAL) ? &gathering_methods : &passing_methods;
  }
  return result;
}

/** Registers the layer once: a copy of the default layer with its own name, file size and `xOpen`. */
int lumbung_wal_writes_register(void) {
  if (sqlite3_vfs_find(LUMBUNG_WAL_WRITES_VFS) != NULL) return SQLITE_OK;
  int result = sqlite3_initialize();
  if (result != SQLITE_OK) return result;
  default_vfs = sqlite3_vfs_find(NULL);
  if (default_vfs == NULL) return SQLITE_ERROR;
  gathering_vfs = *default_vfs;
  gathering_vfs.szOsFile = (int)sizeof(GatheringFile) + default_vfs->szOsFile;
  gathering_vfs.zName = LUMBUNG_WAL_WRITES_VFS;
  gathering_vfs.pNext = NULL;
  gathering_vfs.xOpen = gathering_open;
  return sqlite3_vfs_register(&gathering_vfs, 0);
}
