/* Non-variadic entry points into libmicrohttpd for Swift, which cannot call C variadics. */
#ifndef LUMBUNG_CMICROHTTPD_SHIM_H
#define LUMBUNG_CMICROHTTPD_SHIM_H

#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <poll.h>
#include <microhttpd.h>

#ifndef POLLRDHUP
#define POLLRDHUP 0x2000 /* Linux: the peer closed or shut down writing */
#endif

#if MHD_VERSION < 0x00097500
#error "libmicrohttpd 0.9.75 or newer is required"
#endif

/** Settings for lumbung_mhd_start; every field is required. */
struct lumbung_mhd_settings {
  const char *ipv4;            /* dotted IPv4 address to bind */
  uint16_t port;               /* 0 picks an ephemeral port */
  unsigned int threads;        /* thread pool size; 1 = the polling thread alone */
  unsigned int connection_limit;
  unsigned int timeout_seconds; /* idle connection timeout */
  size_t memory_limit;         /* per-connection memory: bounds request line and headers */
  unsigned int listen_backlog;
  int turbo;                   /* non-zero adds MHD_USE_TURBO */
};

/** The most query parameters a request may carry. */
#define LUMBUNG_MAX_QUERY_PARAMETERS 128

/** libmicrohttpd 0.9.75 keeps each query parameter as a record of this many bytes in the connection's memory pool,
 *  beside the request line; when the two do not fit, it stalls the connection until the idle timeout or closes it
 *  unanswered. A query is refused when its target, these records and LUMBUNG_POOL_RESERVE (the other headers'
 *  records, the answer's headers) would not fit in the pool. */
#define LUMBUNG_POOL_BYTES_PER_PARAMETER 64
#define LUMBUNG_POOL_RESERVE 1024

/** What `lumbung_uri_logged` found wrong with a raw request line (the request context holds it until the access
 *  handler answers): a NUL byte escaped into the path, which libmicrohttpd would cut the path at, too many query
 *  parameters, or a query too large for the connection's memory. */
enum lumbung_raw_refusal {
  LUMBUNG_RAW_OK = 0, LUMBUNG_RAW_NUL_IN_PATH = 1, LUMBUNG_RAW_TOO_MANY_PARAMETERS = 2, LUMBUNG_RAW_QUERY_TOO_LARGE = 3
};

/** Receives the raw query string of a request (after the '?', before libmicrohttpd decodes it in place). */
typedef void (*lumbung_raw_query_hook)(struct MHD_Connection *connection, const char *query);

/** What the URI callback checks a query against, and where it hands the query on; must outlive the daemon. */
struct lumbung_uri_check {
  lumbung_raw_query_hook hook;
  size_t memory_limit;  /* the connection's memory pool, as in lumbung_mhd_settings */
};

/** libmicrohttpd's URI callback: looks at the raw request target before it is parsed. A query with too many
 *  parameters, or too large for the connection's memory, is cut off here (its first byte ended) so libmicrohttpd
 *  never parses it; the request is refused. Any other query is handed to the hook of `cls` (a
 *  `struct lumbung_uri_check`) as it arrived. */
static inline void *lumbung_uri_logged(void *cls, const char *uri, struct MHD_Connection *connection) {
  const struct lumbung_uri_check *check = cls;
  /* Searched with the C library's string functions rather than byte by byte: this runs for every request. */
  char *p = strchr(uri, '?');
  const char *escaped_nul = strstr(uri, "%00");  /* the first one: in the path when before the query */
  int nul = escaped_nul != NULL && (p == NULL || escaped_nul < p);
  if (p) {
    unsigned long parameters = 1;
    for (const char *q = strpbrk(p + 1, "&;"); q; q = strpbrk(q + 1, "&;")) parameters++;
    int refusal = LUMBUNG_RAW_OK;
    if (parameters > LUMBUNG_MAX_QUERY_PARAMETERS) {
      refusal = LUMBUNG_RAW_TOO_MANY_PARAMETERS;
    } else if (strlen(uri) + parameters * LUMBUNG_POOL_BYTES_PER_PARAMETER + LUMBUNG_POOL_RESERVE > check->memory_limit) {
      refusal = LUMBUNG_RAW_QUERY_TOO_LARGE;
    }
    if (refusal != LUMBUNG_RAW_OK) {
      p[1] = '\0';  /* the buffer is libmicrohttpd's own, writable; only the query is dropped */
      return (void *)(uintptr_t)refusal;
    }
    check->hook(connection, p + 1);
  }
  return nul ? (void *)LUMBUNG_RAW_NUL_IN_PATH : NULL;
}

/** The refusal a request context stands for, or LUMBUNG_RAW_OK when it is a real context (or none). */
static inline int lumbung_raw_refusal_of(const void *context) {
  uintptr_t value = (uintptr_t)context;
  return value == LUMBUNG_RAW_NUL_IN_PATH || value == LUMBUNG_RAW_TOO_MANY_PARAMETERS || value == LUMBUNG_RAW_QUERY_TOO_LARGE
    ? (int)value : LUMBUNG_RAW_OK;
}

/** Starts a daemon with an internal polling thread (and pool), suspend/resume allowed; `accept_policy` decides
 *  whether each new connection is taken (a refused one is closed at once).
 *  A pool polls with epoll. A single thread polls with poll(): libmicrohttpd 0.9.75's single-thread epoll loop
 *  drains events in batches of 128 and, when a batch is exactly full, waits again with the full timeout before
 *  handling what it collected, so exactly 128 (256, ...) busy connections stall until some other event or timeout. */
static inline struct MHD_Daemon *lumbung_mhd_start(const struct lumbung_mhd_settings *s,
                                                    MHD_AcceptPolicyCallback accept_policy,
                                                    void *accept_policy_cls,
                                                    MHD_AccessHandlerCallback handler,
                                                    void *handler_cls,
                                                    MHD_RequestCompletedCallback completed,
                                                    void *completed_cls,
                                                    MHD_NotifyConnectionCallback connections,
                                                    void *connections_cls,
                                                    const struct lumbung_uri_check *uri_check) {
  struct sockaddr_in addr;
  memset(&addr, 0, sizeof(addr));
  addr.sin_family = AF_INET;
  addr.sin_port = htons(s->port);
  if (inet_pton(AF_INET, s->ipv4, &addr.sin_addr) != 1) return NULL;
  unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD | (s->threads > 1 ? MHD_USE_EPOLL : MHD_USE_POLL) |
                       MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
  if (s->turbo) flags |= MHD_USE_TURBO;
  return MHD_start_daemon(flags, s->port, accept_policy, accept_policy_cls, handler, handler_cls,
                          MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
                          MHD_OPTION_THREAD_POOL_SIZE, (s->threads > 1 ? s->threads : 0),
                          MHD_OPTION_CONNECTION_LIMIT, s->connection_limit,
                          MHD_OPTION_CONNECTION_TIMEOUT, s->timeout_seconds,
                          MHD_OPTION_CONNECTION_MEMORY_LIMIT, s->memory_limit,
                          MHD_OPTION_LISTEN_BACKLOG_SIZE, s->listen_backlog,
                          MHD_OPTION_NOTIFY_COMPLETED, completed, completed_cls,
                          MHD_OPTION_NOTIFY_CONNECTION, connections, connections_cls,
                          MHD_OPTION_URI_LOG_CALLBACK, lumbung_uri_logged, (void *)uri_check,
                          MHD_OPTION_END);
}

/** The port the daemon is bound to (useful after asking for port 0). */
static inline uint16_t lumbung_mhd_bound_port(struct MHD_Daemon *daemon) {
  const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
  return info ? info->port : 0;
}

/** The socket of a connection, or -1. */
static inline int lumbung_mhd_connection_socket(struct MHD_Connection *connection) {
  const union MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
  return info ? info->connect_fd : -1;
}

/** Writes the client's IP address as text into `out` (at least INET6_ADDRSTRLEN bytes); returns 0, or -1 when unknown. */
static inline int lumbung_mhd_client_address(struct MHD_Connection *connection, char *out, socklen_t size) {
  const union MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
  if (!info || !info->client_addr) return -1;
  const struct sockaddr *address = info->client_addr;
  const void *raw = address->sa_family == AF_INET6 ? (const void *)&((const struct sockaddr_in6 *)address)->sin6_addr
                                                   : (const void *)&((const struct sockaddr_in *)address)->sin_addr;
  return inet_ntop(address->sa_family, raw, out, size) ? 0 : -1;
}

/** Whether the peer of socket `fd` has closed, shut down or reset the connection (never waits). */
static inline int lumbung_peer_hung_up(int fd) {
  struct pollfd entry = {fd, POLLRDHUP, 0};
  if (poll(&entry, 1, 0) <= 0) return 0;
  return (entry.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0;
}

/** What the connection-notify callback stored for a connection (its socket context), or NULL. */
static inline void *lumbung_mhd_socket_context(struct MHD_Connection *connection) {
  const union MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
  return info ? info->socket_context : NULL;
}

/** The longest request id a response carries (a client's own id is accepted up to this length). */
#define LUMBUNG_MAX_REQUEST_ID 64

/** Gives `response` the `length` bytes at `id` (no NUL needed) as its X-Request-Id field, replacing the one it has,
 *  if any (copied onto the stack first, so the caller needs no NUL-terminated copy of its own). */
static inline enum MHD_Result lumbung_mhd_set_request_id(struct MHD_Response *response, const char *id, size_t length) {
  char value[LUMBUNG_MAX_REQUEST_ID + 1];
  if (length == 0 || length > LUMBUNG_MAX_REQUEST_ID) return MHD_NO;
  memcpy(value, id, length);
  value[length] = '\0';
  const char *previous = MHD_get_response_header(response, "X-Request-Id");
  if (previous != NULL) (void)MHD_del_response_header(response, "X-Request-Id", previous);
  return MHD_add_response_header(response, "X-Request-Id", value);
}

/** Where `response` keeps the value of its X-Request-Id field (NUL-terminated, libmicrohttpd's own copy), or NULL:
 *  valid until the field is replaced or the response freed. libmicrohttpd reads it only when it writes a response's
 *  head, so an id of the same length may be written over it while no connection sends the response (`KeptResponse`). */
static inline char *lumbung_mhd_request_id(struct MHD_Response *response) {
  return (char *)MHD_get_response_header(response, "X-Request-Id");
}

#endif
