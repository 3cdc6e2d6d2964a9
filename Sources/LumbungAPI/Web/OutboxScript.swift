/// The part of the shopkeeper app's scripts that both the page script and the service worker
/// carry: the outbox in IndexedDB and a time limit for requests.
enum OutboxScript {
    /// Declarations only; each script wraps them together with its own part.
    static let shared = """
        // The outbox on the phone. "antrean" holds the forms waiting to be sent, in the order they were
        // sent, each with its body exactly as the browser encoded it (so its idempotency key and
        // fingerprint stay the same); "hasil" holds the answers to the last ones sent.
        var outboxOpened = null;

        /** The outbox database, opened once. */
        function outbox() {
          outboxOpened = outboxOpened || new Promise(function (resolve, reject) {
            var opening = indexedDB.open('lumbung-gerai', 1);
            opening.onupgradeneeded = function () {
              opening.result.createObjectStore('antrean', { keyPath: 'nomor', autoIncrement: true })
                .createIndex('kunci', 'kunci', { unique: true });
              opening.result.createObjectStore('hasil', { keyPath: 'nomor', autoIncrement: true });
            };
            opening.onsuccess = function () { resolve(opening.result); };
            opening.onerror = function () { reject(opening.error); };
          });
          return outboxOpened;
        }

        /** Runs work(waiting, results, give) in one transaction; resolves with what it gave once committed. */
        async function inOutbox(mode, work) {
          var db = await outbox();
          return new Promise(function (resolve, reject) {
            var transaction = db.transaction(['antrean', 'hasil'], mode);
            var given;
            work(transaction.objectStore('antrean'), transaction.objectStore('hasil'), function (value) { given = value; });
            transaction.oncomplete = function () { resolve(given); };
            transaction.onerror = transaction.onabort = function () { reject(transaction.error); };
          });
        }

        /** Tells every open page of the app that the outbox changed. */
        function announce() {
          if (self.BroadcastChannel) new BroadcastChannel('lumbung-antrean').postMessage('berubah');
        }

        /** Keeps a form for later, unless a form with the same key is already waiting. */
        async function keep(url, body) {
          var key = new URLSearchParams(body).get('kunci') || '';
          await inOutbox('readwrite', function (waiting) {
            waiting.index('kunci').count(key).onsuccess = function (event) {
              if (event.target.result === 0) waiting.add({ kunci: key, url: url, body: body, dibuat: Date.now() });
            };
          });
          announce();
        }

        /** The forms waiting, oldest first. */
        function waitingEntries() {
          return inOutbox('readonly', function (waiting, results, give) {
            waiting.getAll().onsuccess = function (event) { give(event.target.result); };
          });
        }

        /** A promise of what `promise` gives, or a rejection after `milliseconds`. */
        function within(milliseconds, promise) {
          return Promise.race([promise, new Promise(function (resolve, reject) {
            setTimeout(function () { reject(new Error('waktu habis')); }, milliseconds);
          })]);
        }

        """
}
