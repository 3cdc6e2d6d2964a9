#!/usr/bin/env python3
"""Drives headless Chromium through the web pages of a Lumbung demo server, as people would use them.

Seeds 30 days of prices over the JSON API, then: a member narrows province -> kota -> kecamatan -> desa and
sees the outlets; a shopkeeper signs in, records goods received with the form (sent three times, written
once) and sees the new balance, which the member page then shows; an officer signs in, reads alerts, the coloured price table and the
chart, and acknowledges an alert with a note, then reads the early-warning and coverage tables and downloads
both as CSV; a business assistant signs in and sees its cooperatives, the outlet that went quiet 9 days ago
("belum lapor 9 hari"), one that never reported, and the links to the outlet forms. Every page is checked at 360 and 1280 px (no horizontal
scroll) and saved as a full-page screenshot. Loopback only; Selenium uses the chromedriver given, never
downloads one.

usage: browser_check.py BASE_URL DEMO_OUTPUT_FILE SCREENSHOT_DIR CHROMIUM CHROMEDRIVER DATABASE
"""
import base64
import datetime
import json
import os
import re
import signal
import sqlite3
import sys
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

WIDTHS = (360, 1280)


def fail(message):
    raise SystemExit(f"browser-test: FAILED: {message}")


def check(condition, message):
    if not condition:
        fail(message)


def api(base, method, path, token=None, body=None):
    """One JSON API call; returns the parsed answer."""
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.loads(answer.read() or b"null")


def demo_tokens(path):
    """The admin, officer and assistant tokens and the shopkeeper tokens by outlet name, from `lumbung demo`'s output."""
    tokens, shopkeepers = {}, {}
    with open(path, encoding="utf-8") as demo:
        for line in demo:
            match = re.match(r"\s+(lmb_\w+)\s+(\w+): (.*)$", line)
            if not match:
                continue
            if match.group(2) == "shopkeeper":
                shopkeepers[match.group(3).removeprefix("Pengurus ")] = match.group(1)
            else:
                tokens[match.group(2)] = match.group(1)
    check(all(role in tokens for role in ("admin", "officer", "assistant")) and shopkeepers,
          "the demo output lacks an admin, officer, assistant or shopkeeper token")
    return tokens, shopkeepers


def seed(base, shopkeepers):
    """Stock and 30 days of LPG prices at every demo outlet; Basirih drifts above the band at the end."""
    outlets = {item["name"]: item["id"] for item in api(base, "GET", "/v1/outlets?region=63&limit=50")["items"]}
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    for number, (name, token) in enumerate(sorted(shopkeepers.items())):
        outlet = outlets[name]
        api(base, "POST", f"/v1/outlets/{outlet}/movements", token, {"commodity": "lpg-3kg", "kind": "receipt",
                                                                       "quantity": 20 + 15 * number})
        for days_ago in range(29, -1, -1):
            price = 18500 + 250 * ((days_ago + number) % 5)
            if name == "Gerai Basirih" and days_ago < 6:
                price = 22000 + 500 * (6 - days_ago)
            observed = (now - datetime.timedelta(days=days_ago, minutes=5)).isoformat().replace("+00:00", "Z")
            api(base, "POST", f"/v1/outlets/{outlet}/prices", token,
                {"commodity": "lpg-3kg", "price": price, "observedAt": observed})
    return outlets


def viewport(driver, width):
    """Makes the page `width` CSS pixels wide, as a phone (360) or a laptop (1280) shows it."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 500})


def look(driver, folder, name, expected):
    """Checks the page at both widths: expected texts, no horizontal scroll; saves full-page screenshots."""
    for width in WIDTHS:
        viewport(driver, width)
        text = driver.find_element(By.TAG_NAME, "body").text
        for wanted in expected:
            check(wanted in text, f"{name} at {width}px does not show {wanted!r}")
        scroll = driver.execute_script("return document.documentElement.scrollWidth")
        check(scroll <= width, f"{name} at {width}px scrolls sideways ({scroll}px wide)")
        height = driver.execute_script("return document.documentElement.scrollHeight")
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
        with open(os.path.join(folder, f"{name}-{width}.png"), "wb") as file:
            file.write(base64.b64decode(shot["data"]))


def replaced(old):
    """A wait condition: `old` no longer belongs to the page. Chromium reports a node of a page that was just
    replaced either as stale or as "does not belong to the document"; both mean the new page is there."""
    def predicate(_driver):
        try:
            old.is_enabled()
            return False
        except WebDriverException:
            return True
    return predicate


def submit(driver, form_selector):
    """Clicks the submit button of the form and waits until the next page has replaced this one."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, f"{form_selector} button").click()
    WebDriverWait(driver, 10).until(replaced(old), f"submitting {form_selector} did not load a new page")


def member(driver, base, folder):
    """Narrows the region step by step with the plain GET forms and finds the outlets."""
    driver.get(base + "/")
    for choice in ("Kalimantan Selatan", "Kota Banjarmasin", "Banjarmasin Barat"):
        Select(driver.find_element(By.ID, "region")).select_by_visible_text(choice)
        submit(driver, "form.cari")
    look(driver, folder, "cek-stok", ["LPG 3 kg di Banjarmasin Barat", "3 gerai punya stok", "Gerai Basirih",
                                      "Di atas batas harga", "Sesuai batas harga", "Stok diperbarui", "WIB"])
    Select(driver.find_element(By.ID, "region")).select_by_visible_text("Telawang")
    submit(driver, "form.cari")
    check("LPG 3 kg di Telawang" in driver.find_element(By.TAG_NAME, "body").text, "narrowing to a desa failed")


def lpg_on_shelf(driver):
    """The LPG balance in the outlet page's shelf table (0 when it lists none)."""
    for row in driver.find_elements(By.CSS_SELECTOR, "table.susun tbody tr"):
        cells = row.find_elements(By.TAG_NAME, "td")
        if cells[0].text == "LPG 3 kg":
            return int(cells[1].text.split()[0])
    return 0


def shopkeeper(driver, base, folder, token):
    """Signs in and records 7 cylinders received: the filled form is sent twice at once in the background
    (a double tap), then submitted with a click; the balance must grow by 7 once. Returns the balance shown."""
    driver.get(base + "/gerai")
    driver.find_element(By.ID, "token").send_keys(token)
    submit(driver, "form.kartu")
    check("/gerai/" in driver.current_url, "signing in did not open the outlet page")
    before = lpg_on_shelf(driver)
    Select(driver.find_element(By.ID, "stok-barang")).select_by_value("lpg-3kg")
    driver.find_element(By.ID, "jumlah").send_keys("7")
    answers = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        const form = document.querySelector("form[action$='/stok']");
        const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)),
                                               redirect: 'manual'}).then(answer => answer.type);
        Promise.all([send(), send()]).then(done, error => done(String(error)));
    """)
    check(answers == ["opaqueredirect", "opaqueredirect"], f"the doubled form was answered {answers!r}")
    submit(driver, "form[action$='/stok']")
    shown = driver.find_element(By.ID, "saldo-baru").text
    check(shown == f"{before + 7} tabung", f"the confirmation shows {shown!r}, not {before + 7} tabung")
    check(lpg_on_shelf(driver) == before + 7, "the form sent three times changed the shelf more than once")
    look(driver, folder, "gerai", ["Barang masuk 7 tabung LPG 3 kg tercatat.", f"Stok LPG 3 kg sekarang: {shown}"])
    return shown


def officer(driver, base, folder, token):
    """Signs in, checks alerts, table and chart, and acknowledges the newest alert with a note."""
    driver.get(base + "/dinas")
    driver.find_element(By.ID, "token").send_keys(token)
    submit(driver, "form.kartu")
    driver.get(base + "/dinas?commodity=lpg-3kg&region=63.71")
    check(driver.find_elements(By.CSS_SELECTOR, "svg.grafik polyline.median"), "the chart has no median line")
    driver.find_element(By.CSS_SELECTOR, "tr.peringatan details summary").click()
    driver.find_element(By.CSS_SELECTOR, "tr.peringatan input[name=note]").send_keys("Sudah ditegur petugas.")
    submit(driver, "tr.peringatan form")
    look(driver, folder, "dinas", ["Peringatan ditandai sudah diketahui.", "Sudah ditegur petugas.", "Gerai Basirih",
                                   "di atas", "dalam batas", "Unduh tabel (CSV)", "Median harga LPG 3 kg,"])


def quiet_outlets(base, database, admin, outlets):
    """Makes Gerai Basirih's last report 9 days old (its activity row, as if it had stopped reporting at noon in
    Jakarta nine calendar days ago, so the count is the same at any hour),
    registers a new cooperative whose outlet never reports, and issues an assistant for it and the demo's four
    cooperatives (the demo's shopkeepers keep one outlet each). Returns the assistant's token."""
    jakarta = datetime.timezone(datetime.timedelta(hours=7))
    nine_days_ago_noon = datetime.datetime.combine(datetime.datetime.now(jakarta).date() - datetime.timedelta(days=9),
                                                   datetime.time(12), jakarta)
    nine_days_ago = int(nine_days_ago_noon.timestamp() * 1000)
    with sqlite3.connect(database, timeout=10) as connection:
        connection.execute("UPDATE outlet_activity SET last_report_at = ? WHERE outlet_id = ?",
                           (nine_days_ago, outlets["Gerai Basirih"]))
    cooperatives = [api(base, "GET", f"/v1/outlets/{outlet}")["cooperativeId"] for outlet in outlets.values()]
    region = api(base, "GET", f"/v1/outlets/{outlets['Gerai Basirih']}")["region"]
    new = api(base, "POST", "/v1/cooperatives", admin, {"name": "Koperasi Merah Putih Basirih Baru", "region": region})
    api(base, "POST", "/v1/outlets", admin, {"cooperativeId": new["id"], "name": "Gerai Basirih Baru"})
    return api(base, "POST", "/v1/tokens", admin, {"name": "Pendamping Banjarmasin Selatan", "role": "assistant",
                                                   "cooperativeIds": cooperatives + [new["id"]]})["token"]


def early_warning(driver, base, folder):
    """The early-warning table coloured by level and the coverage table on the dashboard, and their CSV downloads."""
    driver.get(base + "/dinas?commodity=lpg-3kg&region=63.71")
    for folded in driver.find_elements(By.CSS_SELECTOR, "details.lipat:not([open]) > summary"):
        folded.click()
    rows = driver.find_elements(By.CSS_SELECTOR, "table.peringatan-dini tbody tr")
    check(len(rows) >= 2, "the early-warning table has no rows")
    for row in rows:
        level = row.find_element(By.CSS_SELECTOR, "td:nth-child(2)").text
        if level != "tanpa data":
            check(f"tingkat-{level.lower()}" in row.get_attribute("class"), f"a {level} row is not coloured by its level")
            colour = row.find_element(By.CSS_SELECTOR, "td").value_of_css_property("background-color")
            check(colour != "rgba(0, 0, 0, 0)", f"the {level} row has no background colour")
    check(driver.find_elements(By.CSS_SELECTOR, "table.cakupan tbody tr.jumlah"), "the coverage table has no total row")
    look(driver, folder, "dinas-peringatan-dini", ["Peringatan dini harga LPG 3 kg", "Seluruh Kota Banjarmasin",
                                                    "Cakupan: gerai yang melapor 7 hari terakhir",
                                                    "Unduh peringatan dini (CSV)", "Unduh cakupan (CSV)"])
    for link_text, header in (("Unduh peringatan dini (CSV)", "date,commodity,regionCode"),
                              ("Unduh cakupan (CSV)", "days,regionCode,regionName")):
        href = driver.find_element(By.LINK_TEXT, link_text).get_attribute("href")
        with urllib.request.urlopen(href, timeout=10) as answer:
            check("attachment" in (answer.headers.get("Content-Disposition") or ""), f"{link_text} is not a download")
            check(answer.read().decode().startswith(header), f"{link_text} does not start with {header!r}")


def assistant(driver, base, folder, token, outlets):
    """Signs in at /pendamping and finds the cooperatives, the quiet and the silent outlets, and the form links."""
    driver.delete_all_cookies()
    driver.get(base + "/pendamping")
    driver.find_element(By.ID, "token").send_keys(token)
    submit(driver, "form.kartu")
    check(driver.current_url.endswith("/pendamping"), "signing in did not open the assistant's page")
    look(driver, folder, "pendamping", ["Koperasi dampingan (5)", "Koperasi Merah Putih Kelayan Timur", "Gerai Basirih",
                                        "Belum lapor 9 hari", "Belum pernah lapor", "Lapor hari ini", "Peringatan terbuka"])
    driver.find_element(By.CSS_SELECTOR, f"a[href='/gerai/{outlets['Gerai Telawang']}']").click()
    WebDriverWait(driver, 10).until(lambda d: "/gerai/" in d.current_url, "the outlet link did not open its page")
    check("Catat stok" in driver.find_element(By.TAG_NAME, "body").text, "the outlet page lacks its stock form")


def start_chrome(chromium, chromedriver):
    """Headless Chromium with a fresh profile, driven through the chromedriver given."""
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=id",
                     "--no-first-run", "--disable-extensions", "--window-size=1280,900"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    driver.set_page_load_timeout(15)
    return driver


def main():
    base, demo_output, folder, chromium, chromedriver, database = sys.argv[1:7]
    os.makedirs(folder, exist_ok=True)
    signal.signal(signal.SIGTERM, lambda *_: fail("stopped by the time limit"))
    tokens, shopkeepers = demo_tokens(demo_output)
    officer_token = tokens["officer"]
    outlets = seed(base, shopkeepers)
    assistant_token = quiet_outlets(base, database, tokens["admin"], outlets)
    driver = start_chrome(chromium, chromedriver)
    try:
        member(driver, base, folder)
        balance = shopkeeper(driver, base, folder, shopkeepers["Gerai Kelayan Timur"])
        driver.delete_all_cookies()
        driver.get(base + "/?commodity=lpg-3kg&region=63.71.01.1008")
        look(driver, folder, "cek-stok-desa", ["Gerai Kelayan Timur", balance])
        officer(driver, base, folder, officer_token)
        early_warning(driver, base, folder)
        assistant(driver, base, folder, assistant_token, outlets)
    finally:
        driver.quit()
    print(f"browser-test: pages checked at {' and '.join(map(str, WIDTHS))} px; screenshots in {folder}")


if __name__ == "__main__":
    main()
