import LumbungCore

/// The script of every `/gerai` page: registers the service worker, shows how many forms wait on
/// the phone, sends them in order (one tab at a time) once the server answers, and shows the answers.
enum ShopkeeperAppScript {
    /// How often a page retries while the server cannot be reached or forms are waiting.
    static let retryMilliseconds = 5000

    /// The script, writing times as the pages do in `zone` (`30 Nov 10.15 WIB`).
    static func text(zone: ReportTimeZone) -> String {
        let months = IndonesianFormat.months.map { "'\($0)'" }.joined(separator: ", ")
        return "(function () {\n'use strict';\n" + OutboxScript.shared + """
            var MONTHS = [\(months)];
            var ZONE_OFFSET_MINUTES = \(zone.offsetMinutes);
            var ZONE_NAME = '\(IndonesianFormat.zoneName(zone))';
            var main = document.querySelector('main');
            if (!main || !('serviceWorker' in navigator) || !window.indexedDB) return;
            navigator.serviceWorker.register('/static/gerai-sw.js', { scope: '/gerai' }).catch(function () {});

            var formToken = document.querySelector('input[name=csrf]');
            var state = { firstLook: true, accepted: false, offline: false, signInNeeded: !formToken, dataTime: null, busy: false, timer: 0 };
            var panel = document.createElement('section');
            panel.className = 'antrean';
            panel.setAttribute('aria-live', 'polite');
            main.insertBefore(panel, main.querySelector('h1').nextSibling);

            /** Gives each form a new key: a page opened again from the phone's copy must not reuse that copy's keys. */
            function freshKeys() {
              document.querySelectorAll('input[name=kunci]').forEach(function (field) {
                var bytes = crypto.getRandomValues(new Uint8Array(16));
                field.value = 'form_' + Array.from(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
              });
            }

            /** `30 Nov 10.15 WIB` for an HTTP date. */
            function shortTime(httpDate) {
              var time = new Date(Date.parse(httpDate) + ZONE_OFFSET_MINUTES * 60000);
              var two = function (n) { return String(n).padStart(2, '0'); };
              return time.getUTCDate() + ' ' + MONTHS[time.getUTCMonth()] + ' ' + two(time.getUTCHours()) + '.'
                + two(time.getUTCMinutes()) + ' ' + ZONE_NAME;
            }

            /** The label the page gives an element matching `selector`, else `fallback`. */
            function label(selector, fallback) {
              var element = document.querySelector(selector);
              var holder = element && (element.closest('label') || element);
              return holder ? holder.textContent.trim() : fallback;
            }

            /** What a waiting form says, e.g. "Terjual 3 LPG 3 kg" or "Harga LPG 3 kg: 19000". */
            function describe(entry) {
              var fields = new URLSearchParams(entry.body);
              var commodity = fields.get('commodity') || '';
              var name = label('option[value="' + CSS.escape(commodity) + '"]', commodity);
              if (/\\/harga$/.test(entry.url)) return 'Harga ' + name + ': ' + fields.get('price');
              var kind = fields.get('kind') || '';
              return label('input[name=kind][value="' + CSS.escape(kind) + '"]', kind) + ' ' + fields.get('quantity') + ' ' + name;
            }

            /** The oldest waiting form, or null. */
            function oldestWaiting() {
              return inOutbox('readonly', function (waiting, results, give) {
                waiting.openCursor().onsuccess = function (event) { give(event.target.result ? event.target.result.value : null); };
              });
            }

            /** Replaces a sent form by its answer, keeping the last ten answers. */
            async function settle(entry, result) {
              await inOutbox('readwrite', function (waiting, results) {
                waiting.delete(entry.nomor);
                results.add(result);
                results.getAllKeys().onsuccess = function (event) {
                  event.target.result.slice(0, -10).forEach(function (key) { results.delete(key); });
                };
              });
              announce();
            }

            /** Sends one waiting form with this page's session; its answer, or null when it must wait. */
            async function send(entry) {
              var body = entry.body.replace(/(^|&)csrf=[^&]*/, '$1csrf=' + encodeURIComponent(formToken.value));
              var answer;
              try {
                answer = await within(15000, fetch(entry.url, { method: 'POST', body: body, credentials: 'same-origin',
                  headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }));
              } catch (unreachable) {
                state.offline = true;
                return null;
              }
              if (answer.status === 401) state.signInNeeded = true;
              if (answer.status === 401 || answer.status === 408 || answer.status === 429 || answer.status >= 500) return null;
              var page = new DOMParser().parseFromString(await answer.text(), 'text/html');
              var notice = page.querySelector('main .pesan');
              return { kunci: entry.kunci, ringkas: describe(entry), diterima: answer.ok && answer.redirected,
                       pesan: notice ? notice.textContent.replace(/\\s+/g, ' ').trim() : 'HTTP ' + answer.status, pada: Date.now() };
            }

            /** Sends the waiting forms oldest first, each once; only one page of the phone sends at a time. */
            async function sendInOrder() {
              for (var entry = await oldestWaiting(); entry; entry = await oldestWaiting()) {
                var result = await send(entry);
                if (!result) return;
                await settle(entry, result);
                state.accepted = state.accepted || result.diterima;
              }
            }

            /** Whether nothing has been typed into the page's forms. */
            function untouched() {
              return Array.from(main.querySelectorAll('input[type=number], input[type=text]')).every(function (field) {
                return field.value === '';
              });
            }

            /** Whether the server answers. */
            async function reachable() {
              try {
                return (await within(8000, fetch('/healthz', { cache: 'no-store' }))).ok;
              } catch (unreachable) {
                return false;
              }
            }

            /** Looks at the connection, sends what waits, shows the outcome, and tries again later when needed. */
            async function cycle() {
              if (state.busy) return;
              state.busy = true;
              clearTimeout(state.timer);
              try {
                state.offline = !(await reachable());
                if (state.offline) {
                  var kept = await caches.match(location.pathname);
                  state.dataTime = kept && kept.headers.get('Date') ? shortTime(kept.headers.get('Date')) : null;
                  if (state.firstLook) main.querySelectorAll(':scope > .pesan').forEach(function (old) { old.remove(); });
                } else if (!state.signInNeeded) {
                  await (navigator.locks ? navigator.locks.request('lumbung-antrean', sendInOrder) : sendInOrder());
                }
              } catch (error) {
                console.warn('Lumbung: catatan belum dapat dikirim', error);  // what waits stays for the next try
              } finally {
                state.firstLook = false;
                state.busy = false;
              }
              if (state.accepted && untouched()) return location.replace(location.pathname);  // the shelf as it is now
              var waiting = await render();
              if (state.offline || (waiting > 0 && !state.signInNeeded)) state.timer = setTimeout(cycle, \(retryMilliseconds));
            }

            /** Appends an element with `text` to `parent`. */
            function add(parent, tag, className, text) {
              var element = document.createElement(tag);
              if (className) element.className = className;
              if (text) element.textContent = text;
              parent.appendChild(element);
              return element;
            }

            /** Shows the count of waiting forms, the connection, and the answers to sent forms; returns the count. */
            async function render() {
              var waiting = await waitingEntries();
              var results = await inOutbox('readonly', function (w, results, give) {
                results.getAll().onsuccess = function (event) { give(event.target.result.reverse()); };
              });
              panel.replaceChildren();
              add(panel, 'p', waiting.length ? 'jumlah ada' : 'jumlah', 'Menunggu dikirim: ' + waiting.length).id = 'antrean-jumlah';
              if (state.offline) {
                add(panel, 'p', 'luring', 'Tidak tersambung ke server' + (state.dataTime ? ' — data per ' + state.dataTime : '')
                  + '. Catatan disimpan di ponsel dan dikirim otomatis saat tersambung lagi.');
              } else if (waiting.length && !formToken) {
                add(panel, 'p', 'luring', 'Catatan tetap tersimpan di ponsel. Masuk dengan token Anda untuk mengirimnya.');
              } else if (waiting.length && state.signInNeeded) {
                var again = add(panel, 'p', 'luring', 'Sesi berakhir. Catatan tetap tersimpan di ponsel; ');
                add(again, 'a', '', 'masuk lagi untuk mengirimnya').href = '/gerai';
              }
              if (waiting.length) {
                var list = add(panel, 'ul', 'menunggu');
                waiting.forEach(function (entry) { add(list, 'li', '', describe(entry)); });
              }
              if (results.length) {
                var sent = add(panel, 'div', 'hasil');
                add(sent, 'h2', '', 'Hasil kiriman');
                var answers = add(sent, 'ul', '');
                results.forEach(function (result) {
                  add(answers, 'li', result.diterima ? 'diterima' : 'ditolak',
                      result.diterima ? 'Diterima: ' + result.pesan : 'Ditolak: ' + result.ringkas + ' — ' + result.pesan);
                });
                add(sent, 'button', 'tombol kedua kecil', 'Tutup').addEventListener('click', function () {
                  inOutbox('readwrite', function (w, results) { results.clear(); }).then(announce);
                });
              }
              return waiting.length;
            }

            /** Signing out forgets the phone's copies of the pages (waiting forms stay for the next sign-in). */
            function forgetCopiesOnSignOut() {
              document.querySelectorAll('form[action="/keluar"]').forEach(function (form) {
                form.addEventListener('submit', function (event) {
                  event.preventDefault();
                  caches.keys().then(function (names) { return Promise.all(names.map(function (name) { return caches.delete(name); })); })
                    .finally(function () { form.submit(); });
                });
              });
            }

            freshKeys();
            forgetCopiesOnSignOut();
            window.addEventListener('online', cycle);
            document.addEventListener('visibilitychange', function () { if (!document.hidden) cycle(); });
            if (window.BroadcastChannel) new BroadcastChannel('lumbung-antrean').onmessage = function () { render(); };
            cycle();
            })();

            """
    }
}
