#!/usr/bin/env python3
"""Drives the shopkeeper app in headless Chromium through a server that goes away and comes back.

The phone is "offline" while the server is stopped; it is started again on the same database and port. Checked:
the app is installable (manifest, icons); forms sent while offline wait on the phone ("Menunggu dikirim: 3",
also after a reload from the phone's copy, showing "data per ..."), then go out in order exactly once with
their answers shown; the same with two tabs open (the server's access log must show each form sent once);
a sale refused after reconnecting is shown and not sent again; a form whose answer is lost is sent again and
written once; and a session that ended while offline keeps
its forms until the shopkeeper signs in again, and signing out forgets the phone's copies. Screenshots of these states at 360 and 1280 px.

usage: offline_check.py LUMBUNG_BINARY DATABASE DEMO_OUTPUT_FILE SCREENSHOT_DIR CHROMIUM CHROMEDRIVER
"""
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from browser_check import api, check, demo_tokens, fail, look, lpg_on_shelf, start_chrome, submit, viewport


class Server:
    """`lumbung serve` on one database and one loopback port, stopped and started again at will."""

    def __init__(self, binary, database):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.command = [binary, "serve", "--config", "Config/lumbung.json", "--database", database,
                        "--host", "127.0.0.1", "--port", str(self.port)]
        self.log = database + ".log"
        self.process = None

    def start(self):
        """Starts the server (access log on) and waits until /healthz answers."""
        with open(self.log, "a", encoding="utf-8") as log:
            self.process = subprocess.Popen(self.command, stdout=log, stderr=subprocess.STDOUT,
                                            env=dict(os.environ, LUMBUNG_LOG_LEVEL="info"))
        for _ in range(100):
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        fail("the server did not start again")

    def stop(self):
        """Stops the server as a lost connection would look to the phone."""
        self.process.terminate()
        self.process.wait(timeout=15)

    def log_size(self):
        """Where the access log ends now (the server writes its access lines every 100 ms, so wait for them)."""
        time.sleep(0.3)
        return os.path.getsize(self.log)

    def form_posts(self, since, outlet):
        """How many forms of `outlet` reached the server since the log was `since` bytes long."""
        time.sleep(0.3)  # access lines are written every 100 ms
        with open(self.log, encoding="utf-8", errors="replace") as log:
            log.seek(since)
            return sum(1 for line in log if f"POST /gerai/{outlet}/" in line)


def safely(driver, script):
    """Runs `script`; None while the page is being replaced."""
    try:
        return driver.execute_script(script)
    except WebDriverException:
        return None


def waiting_shown(driver, count, seconds=30):
    """Waits until the page shows "Menunggu dikirim: count"."""
    wanted = f"Menunggu dikirim: {count}"
    WebDriverWait(driver, seconds).until(
        lambda d: safely(d, "var c = document.getElementById('antrean-jumlah'); return c && c.textContent;") == wanted,
        f"the page does not show {wanted!r}")


def text_shown(driver, wanted, seconds=30):
    """Waits until the page's text contains `wanted`."""
    WebDriverWait(driver, seconds).until(lambda d: wanted in (safely(d, "return document.body.innerText;") or ""),
                                         f"the page does not show {wanted!r}")


def shelf_shown(driver, base, outlet):
    """Waits until the page's shelf shows the LPG balance the server holds (the page reloads after sending)."""
    stock = api(base, "GET", f"/v1/outlets/{outlet}/stock")["items"]
    balance = int(float(next(item["quantity"] for item in stock if item["commodity"] == "lpg-3kg")))

    def shown(d):
        try:
            return lpg_on_shelf(d) == balance
        except WebDriverException:
            return False
    WebDriverWait(driver, 20).until(shown, f"the shelf on the page does not show {balance} tabung LPG")
    return balance


def app_ready(driver):
    """Waits until the service worker controls the page and keeps a copy of it on the phone."""
    WebDriverWait(driver, 20).until(lambda d: d.execute_async_script("""
        var done = arguments[arguments.length - 1];
        if (!navigator.serviceWorker || !navigator.serviceWorker.controller) return done(false);
        caches.match(location.pathname).then(function (kept) { done(!!kept); }, function () { done(false); });
    """), "the service worker did not take over the outlet page")


def sign_in(driver, base, token):
    """Signs in on /gerai and waits on the outlet page until the app works offline."""
    driver.get(base + "/gerai")
    driver.find_element(By.ID, "token").send_keys(token)
    submit(driver, "form.kartu")
    check("/gerai/out_" in driver.current_url, "signing in did not open the outlet page")
    app_ready(driver)


def record_stock(driver, kind, quantity):
    """Fills in and sends the stock form for LPG."""
    Select(driver.find_element(By.ID, "stok-barang")).select_by_value("lpg-3kg")
    driver.find_element(By.CSS_SELECTOR, f"input[name=kind][value={kind}]").click()
    field = driver.find_element(By.ID, "jumlah")
    field.clear()
    field.send_keys(str(quantity))
    submit(driver, "form[action$='/stok']")


def record_price(driver, price):
    """Fills in and sends the price form for LPG."""
    Select(driver.find_element(By.ID, "harga-barang")).select_by_value("lpg-3kg")
    field = driver.find_element(By.ID, "harga")
    field.clear()
    field.send_keys(str(price))
    submit(driver, "form[action$='/harga']")


def writes(base, outlet):
    """The outlet's LPG ledger and price history, oldest first."""
    ledger = api(base, "GET", f"/v1/outlets/{outlet}/movements?commodity=lpg-3kg&limit=200")["items"]
    prices = api(base, "GET", f"/v1/outlets/{outlet}/prices?commodity=lpg-3kg&limit=200")["items"]
    return ledger[::-1], prices[::-1]


def expect_new_writes(base, outlet, before, movements, prices):
    """Checks that exactly `movements` [(kind, quantity)] and then `prices` were written since `before`."""
    ledger, history = writes(base, outlet)
    new_moves = [m for m in ledger if m["id"] not in before[0]]
    new_prices = [p for p in history if p["id"] not in before[1]]
    check([(m["kind"], float(m["quantity"])) for m in new_moves] == [(k, float(q)) for k, q in movements],
          f"the ledger got {[(m['kind'], m['quantity']) for m in new_moves]}, not {movements}")
    check([p["price"] for p in new_prices] == prices, f"the prices got {[p['price'] for p in new_prices]}, not {prices}")
    if new_moves and new_prices:
        check(new_prices[0]["recordedAt"] >= new_moves[-1]["recordedAt"], "the price was written before the stock")


def snapshot(base, outlet):
    """The ids already in the ledger and price history."""
    ledger, history = writes(base, outlet)
    return {m["id"] for m in ledger}, {p["id"] for p in history}


def reopen_tab(driver):
    """Closes the tab and opens its page again in a new one."""
    page, old = driver.current_url.split("?")[0], driver.current_window_handle
    driver.switch_to.new_window("tab")
    driver.get(page)
    fresh = driver.current_window_handle
    driver.switch_to.window(old)
    driver.close()
    driver.switch_to.window(fresh)


def reconnect(driver, server, tabs):
    """Starts the server again and tells every tab the connection is back; returns where the log was."""
    since = server.log_size()
    server.start()
    for tab in tabs:
        driver.switch_to.window(tab)
        driver.execute_script("window.dispatchEvent(new Event('online'));")
    return since


def installable(driver):
    """Chromium finds the page installable, its manifest without errors, and both icons load at their size."""
    manifest = driver.execute_cdp_cmd("Page.getAppManifest", {})
    check(manifest.get("url", "").endswith("/manifest.webmanifest") and not manifest.get("errors"),
          f"the manifest is missing or has errors: {manifest.get('errors')}")
    errors = driver.execute_cdp_cmd("Page.getInstallabilityErrors", {})["installabilityErrors"]
    check(errors == [], f"Chromium would not install the app: {errors}")
    sizes = driver.execute_async_script("""
        var done = arguments[arguments.length - 1];
        Promise.all([192, 512].map(function (size) { return new Promise(function (resolve) {
          var image = new Image();
          image.onload = function () { resolve(image.naturalWidth + 'x' + image.naturalHeight); };
          image.onerror = function () { resolve('broken'); };
          image.src = '/static/ikon-' + size + '.png';
        }); })).then(done);
    """)
    check(sizes == ["192x192", "512x512"], f"the icons load as {sizes}")


def one_tab(driver, server, token, outlet, folder):
    """Receipt, sale and price sent offline, a reload from the phone's copy, then all three sent once."""
    sign_in(driver, server.base, token)
    installable(driver)
    viewport(driver, 360)
    before = snapshot(server.base, outlet)
    server.stop()
    record_stock(driver, "receipt", 12)
    waiting_shown(driver, 1)
    record_stock(driver, "sale", 5)
    waiting_shown(driver, 2)
    record_price(driver, 21000)
    waiting_shown(driver, 3)
    driver.refresh()
    waiting_shown(driver, 3)
    reopen_tab(driver)
    waiting_shown(driver, 3)
    text_shown(driver, "Tidak tersambung ke server — data per ")
    look(driver, folder, "gerai-luring", ["Menunggu dikirim: 3", "Barang masuk 12 LPG 3 kg", "Terjual 5 LPG 3 kg",
                                          "Harga LPG 3 kg: 21000", "Stok sekarang"])
    since = reconnect(driver, server, [driver.current_window_handle])
    waiting_shown(driver, 0)
    for wanted in ("Diterima: Barang masuk 12 tabung LPG 3 kg tercatat.", "Diterima: Penjualan 5 tabung LPG 3 kg tercatat.",
                   "Diterima: Harga LPG 3 kg Rp21.000 tersimpan."):
        text_shown(driver, wanted)
    shelf_shown(driver, server.base, outlet)
    look(driver, folder, "gerai-terkirim", ["Menunggu dikirim: 0", "Hasil kiriman"])
    expect_new_writes(server.base, outlet, before, [("receipt", 12), ("sale", 5)], [21000])
    check(server.form_posts(since, outlet) == 3, "the three forms were not sent exactly once each")


def two_tabs(driver, server, token, outlet, folder):
    """Forms sent offline from two tabs; both tabs see them; they go out once, in order, whichever tab sends."""
    sign_in(driver, server.base, token)
    viewport(driver, 360)
    first = driver.current_window_handle
    page = driver.current_url.split("?")[0]
    driver.switch_to.new_window("tab")
    driver.get(page)
    app_ready(driver)
    second = driver.current_window_handle
    before = snapshot(server.base, outlet)
    server.stop()
    driver.switch_to.window(first)
    record_stock(driver, "receipt", 10)
    waiting_shown(driver, 1)
    driver.switch_to.window(second)
    record_stock(driver, "sale", 4)
    waiting_shown(driver, 2)
    driver.switch_to.window(first)
    record_price(driver, 20500)
    for tab in (first, second):
        driver.switch_to.window(tab)
        driver.refresh()
        waiting_shown(driver, 3)
    look(driver, folder, "gerai-dua-tab-luring", ["Menunggu dikirim: 3", "data per"])
    since = reconnect(driver, server, [first, second])
    for tab in (first, second):
        driver.switch_to.window(tab)
        waiting_shown(driver, 0)
        text_shown(driver, "Diterima: Harga LPG 3 kg Rp20.500 tersimpan.")
    driver.switch_to.window(first)
    driver.refresh()
    expect_new_writes(server.base, outlet, before, [("receipt", 10), ("sale", 4)], [20500])
    check(server.form_posts(since, outlet) == 3, "two tabs sent the same forms more than once")
    return first, second


def refused_sale(driver, server, outlet, folder, tabs):
    """A sale larger than the shelf, sent offline: refused after reconnecting, shown, and not sent again."""
    driver.switch_to.window(tabs[0])
    before = snapshot(server.base, outlet)
    balance = shelf_shown(driver, server.base, outlet)
    server.stop()
    record_stock(driver, "sale", balance + 100)
    waiting_shown(driver, 1)
    since = reconnect(driver, server, tabs)
    driver.switch_to.window(tabs[0])
    waiting_shown(driver, 0)
    refusal = (f"Ditolak: Terjual {balance + 100} LPG 3 kg — Stok tidak cukup: hanya ada {balance} tabung. "
               "Tidak ada yang disimpan.")
    text_shown(driver, refusal)
    time.sleep(6)  # longer than a page waits before trying again
    look(driver, folder, "gerai-ditolak", ["Menunggu dikirim: 0", refusal])
    check(server.form_posts(since, outlet) == 1, "the refused sale was sent again")
    expect_new_writes(server.base, outlet, before, [], [])


def answer_lost(driver, server, outlet):
    """The server writes a sent form but its answer never reaches the phone (as when it dies mid-reply): the
    form stays waiting, is sent again with the same key, and the server replays its first answer."""
    before = snapshot(server.base, outlet)
    server.stop()
    record_stock(driver, "receipt", 2)
    waiting_shown(driver, 1)
    driver.execute_script("""
        var realFetch = window.fetch, lost = 0;
        window.fetch = function (url, options) {
          var answer = realFetch.apply(this, arguments);
          if (!options || options.method !== 'POST' || lost++ > 0) return answer;
          return answer.then(function () { throw new TypeError('the answer was lost'); });
        };
    """)
    since = reconnect(driver, server, [driver.current_window_handle])
    waiting_shown(driver, 0)
    text_shown(driver, "Diterima: Barang masuk 2 tabung LPG 3 kg tercatat.")
    check(server.form_posts(since, outlet) == 2, "the form whose answer was lost was not sent exactly twice")
    expect_new_writes(server.base, outlet, before, [("receipt", 2)], [])


def session_ended_offline(driver, server, token, outlet, folder):
    """The session ends while offline: the form waits through the refusal and goes out after signing in."""
    before = snapshot(server.base, outlet)
    server.stop()
    record_stock(driver, "receipt", 3)
    waiting_shown(driver, 1)
    driver.delete_all_cookies()
    reconnect(driver, server, [driver.current_window_handle])
    text_shown(driver, "Sesi berakhir. Catatan tetap tersimpan di ponsel; masuk lagi untuk mengirimnya")
    look(driver, folder, "gerai-sesi-berakhir", ["Menunggu dikirim: 1", "Barang masuk 3 LPG 3 kg"])
    expect_new_writes(server.base, outlet, before, [], [])
    driver.find_element(By.LINK_TEXT, "masuk lagi untuk mengirimnya").click()
    waiting_shown(driver, 1)
    driver.find_element(By.ID, "token").send_keys(token)
    submit(driver, "form.kartu")
    waiting_shown(driver, 0)
    text_shown(driver, "Diterima: Barang masuk 3 tabung LPG 3 kg tercatat.")
    expect_new_writes(server.base, outlet, before, [("receipt", 3)], [])
    submit(driver, "form[action='/keluar']")
    kept = driver.execute_async_script("""
        var done = arguments[arguments.length - 1];
        caches.match(arguments[0]).then(function (copy) { done(!!copy); });
    """, f"/gerai/{outlet}")
    check(not kept, "signing out left the phone's copy of the outlet page")


def main():
    binary, database, demo_output, folder, chromium, chromedriver = sys.argv[1:7]
    os.makedirs(folder, exist_ok=True)
    signal.signal(signal.SIGTERM, lambda *_: fail("stopped by the time limit"))
    _, shopkeepers = demo_tokens(demo_output)
    server = Server(binary, database)
    server.start()
    outlets = {item["name"]: item["id"] for item in api(server.base, "GET", "/v1/outlets?region=63&limit=50")["items"]}
    try:
        driver = start_chrome(chromium, chromedriver)
        try:
            one_tab(driver, server, shopkeepers["Gerai Telawang"], outlets["Gerai Telawang"], folder)
        finally:
            driver.quit()
        driver = start_chrome(chromium, chromedriver)
        try:
            outlet, token = outlets["Gerai Kuin Cerucuk"], shopkeepers["Gerai Kuin Cerucuk"]
            tabs = two_tabs(driver, server, token, outlet, folder)
            refused_sale(driver, server, outlet, folder, tabs)
            driver.switch_to.window(tabs[1])
            driver.close()
            driver.switch_to.window(tabs[0])
            answer_lost(driver, server, outlet)
            session_ended_offline(driver, server, token, outlet, folder)
        finally:
            driver.quit()
    finally:
        server.stop()
    print("browser-test: offline shopkeeper app checked (one tab, two tabs, refusal, lost answer, ended session)")


if __name__ == "__main__":
    main()
