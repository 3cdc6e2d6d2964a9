/// The service worker of the shopkeeper app (scope `/gerai`): outlet pages network-first with the
/// last copy as fallback, the app's files from the phone, and forms that cannot reach the server
/// kept in the outbox instead of lost.
enum ShopkeeperAppWorker {
    /// The files every page needs, stored when the worker is installed.
    static let files = ["/static/app.css", "/static/gerai.js", "/manifest.webmanifest"]
        + AppIcon.sizes.map { "/static/ikon-\($0).png" }

    /// How long a page or form may take before the phone's copy or the outbox is used instead.
    static let waitMilliseconds = 10000

    /// The script; pages it makes up itself carry `contentSecurityPolicy`.
    static func text(contentSecurityPolicy: String) -> String {
        let files = files.map { "'\($0)'" }.joined(separator: ", ")
        return "(function () {\n'use strict';\n" + OutboxScript.shared + """
            var CACHE = 'lumbung-gerai-1';
            var FILES = [\(files)];
            var WAIT_MS = \(waitMilliseconds);
            var OUTLET_PAGE = /^\\/gerai\\/[^/]+$/;
            var OUTLET_FORM = /^\\/gerai\\/[^/]+\\/(stok|harga)$/;

            /** Whether `path` is a page of the app. */
            function isAppPage(path) {
              return path === '/gerai' || OUTLET_PAGE.test(path);
            }

            /** Keeps `answer` as the phone's copy of `path` when it is a signed-in shopkeeper's page. */
            async function remember(path, answer) {
              if (answer.status !== 200 || answer.redirected) return;
              if (!(await answer.clone().text()).includes('name="csrf"')) return;
              await (await caches.open(CACHE)).put(path, answer);
            }

            /** A page from the server, else the phone's copy (for /gerai: the outlet page kept last). */
            async function page(request, path) {
              try {
                var answer = await within(WAIT_MS, fetch(request));
                await remember(path, answer.clone()).catch(function () {});
                return answer;
              } catch (unreachable) {
                var cache = await caches.open(CACHE);
                var kept = await cache.match(path);
                if (kept) return kept;
                var outlets = (await cache.keys()).map(function (key) { return new URL(key.url).pathname; })
                  .filter(function (kept) { return OUTLET_PAGE.test(kept); });
                if (path === '/gerai' && outlets.length) return Response.redirect(outlets[outlets.length - 1], 303);
                return offlinePage();
              }
            }

            /** The page shown when nothing of the app was kept yet. */
            function offlinePage() {
              return new Response('<!doctype html><html lang="id"><head><meta charset="utf-8">'
                + '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Tidak tersambung · Lumbung</title>'
                + '<link rel="stylesheet" href="/static/app.css"><script src="/static/gerai.js" defer></script></head>'
                + '<body><main><h1>Tidak tersambung</h1><p>Halaman ini belum tersimpan di ponsel. '
                + 'Buka lagi saat ada sinyal.</p></main></body></html>',
                { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8',
                                          'Content-Security-Policy': "\(contentSecurityPolicy)" } });
            }

            /** Sends a form when nothing waits before it and the server answers; else keeps it and opens its outlet page. */
            async function sendOrKeep(request, path) {
              var body = await request.clone().text();
              if ((await waitingEntries()).length === 0) {
                try {
                  var answer = await within(WAIT_MS, fetch(request));
                  if (answer.type === 'opaqueredirect' || (answer.status < 500 && answer.status !== 401)) return answer;
                } catch (unreachable) {
                  // kept below, to be sent with the same key when the server answers
                }
              }
              await keep(path, body);
              return Response.redirect(path.replace(/\\/[^/]+$/, ''), 303);
            }

            /** One of the app's files from the phone when kept, refreshed in the background. */
            async function file(event) {
              var kept = await caches.match(event.request);
              var fresh = fetch(event.request).then(async function (answer) {
                if (answer.ok) await (await caches.open(CACHE)).put(event.request, answer.clone());
                return answer;
              });
              event.waitUntil(fresh.catch(function () {}));
              return kept || fresh;
            }

            /** Drops older copies, takes over the open pages and keeps a copy of those already open. */
            async function takeOver() {
              for (var name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
              await self.clients.claim();
              for (var client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
                var path = new URL(client.url).pathname;
                if (isAppPage(path)) await fetch(path).then(function (answer) { return remember(path, answer); }).catch(function () {});
              }
            }

            self.addEventListener('install', function (event) {
              event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(FILES); })
                .then(function () { return self.skipWaiting(); }));
            });
            self.addEventListener('activate', function (event) { event.waitUntil(takeOver()); });
            self.addEventListener('fetch', function (event) {
              var request = event.request;
              var url = new URL(request.url);
              if (url.origin !== location.origin) return;
              if (request.mode === 'navigate' && request.method === 'POST' && OUTLET_FORM.test(url.pathname)) {
                event.respondWith(sendOrKeep(request, url.pathname));
              } else if (request.mode === 'navigate' && request.method === 'GET' && isAppPage(url.pathname)) {
                event.respondWith(page(request, url.pathname));
              } else if (request.method === 'GET' && FILES.includes(url.pathname)) {
                event.respondWith(file(event));
              }
            });
            })();

            """
    }
}
