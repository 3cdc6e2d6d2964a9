#!/usr/bin/env python3
"""Drives headless Chromium through what members, shopkeepers and officers see beside the basics (run after
browser_check.py on the same demo server): the band and a map link on every member card, a place found by
name, the nearest stock when a village is sold out, a button that stays hidden without script, the Indonesian
404 page and the icon; the typo check on a price, the outlet's own alerts, its last entries, the low-stock
threshold, the kept item and kind with the unit beside "Jumlah" and a correction with its note; the officer's
table and chart above the alerts, counts by kind, the kind filter, named places, the day picker and the
spreadsheet downloads. Every page at 360 and 1280 px, saved as screenshots named lihat-*.png.

usage: browser_check_views.py BASE_URL DEMO_OUTPUT_FILE SCREENSHOT_DIR CHROMIUM CHROMEDRIVER
"""
import datetime
import os
import signal
import sys
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browser_check import api, check, demo_tokens, fail, look, submit, viewport


def fetch(url, headers=()):
    """GET url; returns (status, content type, body bytes), 4xx and 5xx included."""
    request = urllib.request.Request(url)
    for name, value in headers:
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, answer.headers.get("Content-Type"), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read()


def body_text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def member(driver, base, folder, shopkeepers):
    """Cards with band, address and map link; a place by name; sold out with the nearest stock; no dead button."""
    driver.get(base + "/?commodity=lpg-3kg&region=63.71")
    links = [link.get_attribute("href") for link in driver.find_elements(By.CSS_SELECTOR, "a.peta")]
    check(links and all(link.startswith("geo:") for link in links), f"member cards have no geo: map links: {links!r}")
    look(driver, folder, "lihat-anggota", ["batas harga Rp18.500–Rp20.000", "Jl. Telawang No. 45", "Buka di peta"])

    driver.get(base + "/")
    driver.find_element(By.ID, "q").send_keys("Telaw")
    submit(driver, "form.cari-nama")
    look(driver, folder, "lihat-cari-desa", ["Wilayah bernama “Telaw”", "Telawang", "Banjarmasin Barat, Kota Banjarmasin"])
    driver.find_element(By.PARTIAL_LINK_TEXT, "Telawang").click()
    check("LPG 3 kg di Telawang" in body_text(driver), "the found place does not open its stock check")

    outlets = {item["name"]: item for item in api(base, "GET", "/v1/outlets?region=63&limit=50")["items"]}
    telawang = outlets["Gerai Telawang"]
    api(base, "POST", f"/v1/outlets/{telawang['id']}/movements", shopkeepers["Gerai Telawang"],
        {"commodity": "lpg-3kg", "kind": "count", "quantity": 0})
    driver.get(f"{base}/?commodity=lpg-3kg&region={telawang['region']}")
    look(driver, folder, "lihat-habis", ["Stok LPG 3 kg sedang habis di semua gerai di Telawang",
                                         "Stok terdekat di luar Telawang", "Gerai Basirih", "Lihat semua di"])

    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    driver.get(base + "/?commodity=lpg-3kg")
    check(not driver.find_element(By.ID, "dekat").is_displayed(), "without script the near-me button still shows")
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})

    driver.get(base + "/?commodity=lpgx&region=99.99")
    look(driver, folder, "lihat-tidak-dikenal", ["Barang “lpgx” tidak ada dalam daftar", "Wilayah “99.99” tidak dikenal"])
    driver.get(base + "/tidak-ada")
    look(driver, folder, "lihat-404", ["Halaman tidak ditemukan", "Cek stok barang"])
    status, kind, icon = fetch(base + "/favicon.ico")
    check(status == 200 and kind == "image/x-icon" and icon[:4] == b"\0\0\1\0", f"/favicon.ico answered {status} {kind}")


def shopkeeper(driver, base, folder, token):
    """The typo check, the outlet's alerts and last entries, kept item and kind, the unit, a correction, the threshold."""
    driver.delete_all_cookies()
    driver.get(base + "/gerai")
    driver.find_element(By.ID, "token").send_keys(token)
    submit(driver, "form.kartu")
    check("Peringatan untuk gerai ini" in body_text(driver), "the outlet's open price alert is not shown")

    Select(driver.find_element(By.ID, "harga-barang")).select_by_value("lpg-3kg")
    driver.find_element(By.ID, "harga").send_keys("190000")
    submit(driver, "form.kartu[action$='/harga']")
    look(driver, folder, "lihat-gerai-periksa", ["Periksa lagi: harga LPG 3 kg Rp190.000 belum disimpan.",
                                                 "lebih dari dua kali batas atas", "Ya, simpan Rp190.000"])
    field = driver.find_element(By.ID, "harga")
    field.clear()
    field.send_keys("21000")
    submit(driver, "form.kartu[action$='/harga']")
    check("Rp21.000 tersimpan" in body_text(driver), "the corrected price was not saved")

    Select(driver.find_element(By.ID, "stok-barang")).select_by_value("lpg-3kg")
    driver.find_element(By.CSS_SELECTOR, "input[name=kind][value=sale]").click()
    driver.find_element(By.ID, "jumlah").send_keys("1")
    submit(driver, "form[action$='/stok']")
    check(driver.find_element(By.CSS_SELECTOR, "input[name=kind][value=sale]").is_selected(), "the kind went back")
    check(Select(driver.find_element(By.ID, "stok-barang")).first_selected_option.get_attribute("value") == "lpg-3kg",
          "the item went back to the first on the shelf")
    check(driver.find_element(By.ID, "satuan").text == "(tabung)", "no unit beside Jumlah")
    Select(driver.find_element(By.ID, "stok-barang")).select_by_value("beras-medium")
    check(driver.find_element(By.ID, "satuan").text == "(kg)", "the unit does not follow the chosen item")
    Select(driver.find_element(By.ID, "stok-barang")).select_by_value("lpg-3kg")

    driver.find_element(By.CSS_SELECTOR, "input[name=kind][value=adjustment]").click()
    driver.find_element(By.ID, "jumlah").send_keys("-1")
    submit(driver, "form[action$='/stok']")
    check("Tulis alasan koreksi di catatan" in body_text(driver), "a correction without a note was not refused")
    driver.find_element(By.ID, "catatan").send_keys("Salah catat penjualan")
    submit(driver, "form[action$='/stok']")
    check("Koreksi -1 tabung LPG 3 kg tercatat." in body_text(driver), "the correction was not recorded")

    Select(driver.find_element(By.ID, "batas-barang")).select_by_value("lpg-3kg")
    driver.find_element(By.ID, "batas").send_keys("1000")
    submit(driver, "form[action$='/batas-stok']")
    look(driver, folder, "lihat-gerai", ["Batas stok menipis LPG 3 kg: 1000 tabung tersimpan.", "Stok menipis",
                                         "catatan terakhir", "Koreksi salah catat", "Salah catat penjualan"])


def officer(driver, base, folder, token):
    """Table and chart above the alerts, counts and the kind filter, named places, the day picker, the downloads."""
    driver.delete_all_cookies()
    driver.get(base + "/dinas")
    driver.find_element(By.ID, "token").send_keys(token)
    submit(driver, "form.kartu")
    driver.get(base + "/dinas?commodity=lpg-3kg&region=63.71")
    top = {name: driver.execute_script(f"return document.getElementById('{name}').getBoundingClientRect().top")
           for name in ("harga", "grafik", "peringatan")}
    check(top["harga"] < top["grafik"] < top["peringatan"], f"the table and chart are not above the alerts: {top}")
    check("wilayah 63." not in body_text(driver), "the alerts name places by code")
    look(driver, folder, "lihat-dinas", ["peringatan terbuka di Kota Banjarmasin", "Harga di atas batas (", "Per kecamatan",
                                         "Kec. Banjarmasin Barat", "seminggu:", "sebulan:", "dalam batas (",
                                         "Unduh tabel untuk Excel", "Unduh harga per gerai", "Batas atas harga"])
    driver.find_element(By.PARTIAL_LINK_TEXT, "Harga di atas batas (").click()
    kinds = {cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "td[data-label=Jenis]")}
    check(kinds == {"Harga di atas batas"}, f"the kind filter left {kinds!r}")
    yesterday = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
    driver.get(f"{base}/dinas?commodity=lpg-3kg&region=63.71&tanggal={yesterday}")
    check(driver.find_element(By.ID, "tanggal").get_attribute("value") == yesterday, "the day picker lost the day")
    check(f"/ 4" in body_text(driver), "the reporting count does not show outlets with a price")
    for path in (f"/dinas/harga-spreadsheet.csv?commodity=lpg-3kg&region=63.71&date={yesterday}",
                 "/dinas/harga-gerai.csv?commodity=lpg-3kg&region=63.71"):
        status, kind, data = fetch(base + path)
        check(status == 200 and data[:3] == b"\xef\xbb\xbf" and b";" in data.split(b"\r\n")[0], f"{path} is not for spreadsheets")
    cookie = "; ".join(f"{item['name']}={item['value']}" for item in driver.get_cookies())
    status, _, data = fetch(base + "/dinas/peringatan.csv?commodity=lpg-3kg&region=63.71", [("Cookie", cookie)])
    check(status == 200 and data.startswith(b"\xef\xbb\xbfGerai;Desa/Kelurahan;"), f"the alert download answered {status}")
    viewport(driver, 1280)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    check(height < 3000, f"the dashboard is {height}px tall at 1280px")


def main():
    base, demo_output, folder, chromium, chromedriver = sys.argv[1:6]
    os.makedirs(folder, exist_ok=True)
    signal.signal(signal.SIGTERM, lambda *_: fail("stopped by the time limit"))
    tokens, shopkeepers = demo_tokens(demo_output)
    officer_token = tokens["officer"]
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=id",
                     "--no-first-run", "--disable-extensions", "--window-size=1280,900"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    try:
        driver.set_page_load_timeout(15)
        member(driver, base, folder, shopkeepers)
        shopkeeper(driver, base, folder, shopkeepers["Gerai Basirih"])
        officer(driver, base, folder, officer_token)
    finally:
        driver.quit()
    print(f"browser-test: member, shopkeeper and officer views checked; screenshots lihat-*.png in {folder}")


if __name__ == "__main__":
    main()
