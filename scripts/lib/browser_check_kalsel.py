#!/usr/bin/env python3
"""The officers' dashboard on a whole province (see scripts/browser-kalsel.sh): counts every open alert, checks
the LPG-above-band view lists only that kind, furthest outside the band first, with each outlet's kecamatan named,
and that the page stays under 3,000 px tall at 1280 px; prints the figures and saves dinas-kalsel-*.png.

usage: browser_check_kalsel.py BASE_URL DEMO_OUTPUT_FILE SCREENSHOT_DIR CHROMIUM CHROMEDRIVER
"""
import base64
import os
import re
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from browser_check import api, check, demo_tokens, submit, viewport


def shot(driver, folder, name):
    """A full-page screenshot at the current width."""
    width = driver.execute_script("return document.documentElement.clientWidth")
    height = driver.execute_script("return document.documentElement.scrollHeight")
    data = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                  "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    with open(os.path.join(folder, name), "wb") as file:
        file.write(base64.b64decode(data["data"]))
    return height


def main():
    base, demo_output, folder, chromium, chromedriver = sys.argv[1:6]
    officer = demo_tokens(demo_output)[0]["officer"]
    total, cursor = 0, None
    while True:
        page = api(base, "GET", "/v1/alerts?status=open&limit=500" + (f"&cursor={cursor}" if cursor else ""), officer)
        total += len(page["items"])
        cursor = page["nextCursor"]
        if not cursor:
            break
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=id",
                     "--window-size=1280,900"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    try:
        driver.set_page_load_timeout(30)
        viewport(driver, 1280)
        driver.get(base + "/dinas")
        driver.find_element(By.ID, "token").send_keys(officer)
        submit(driver, "form.kartu")
        started = time.monotonic()
        driver.get(base + "/dinas?commodity=lpg-3kg&region=63")
        seconds = time.monotonic() - started
        whole = shot(driver, folder, "dinas-kalsel-1280.png")
        driver.get(base + "/dinas?commodity=lpg-3kg&region=63&jenis=price_above_band")
        above = shot(driver, folder, "dinas-kalsel-atas-1280.png")
        text = driver.find_element(By.TAG_NAME, "body").text
        kinds = {cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "td[data-label=Jenis]")}
        check(kinds == {"Harga di atas batas"}, f"the LPG-above-band view lists {kinds!r}")
        places = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "tr.peringatan td:first-child .kecil")]
        check(places and all("Kec. " in place for place in places), "an alert row does not name its kecamatan")
        gaps = [float(cell.text.replace("%", "").replace(",", ".")) for cell in
                driver.find_elements(By.CSS_SELECTOR, "td[data-label=Selisih] .lencana")]
        check(gaps == sorted(gaps, reverse=True), f"the alerts are not furthest outside the band first: {gaps}")
        count = re.search(r"Harga di atas batas \((\d+)\)", text)
        check(count is not None, "no count of LPG alerts above the band")
        check(whole < 3000 and above < 3000, f"the dashboard is {whole}px / {above}px tall at 1280px")
        viewport(driver, 360)
        driver.get(base + "/dinas?commodity=lpg-3kg&region=63&jenis=price_above_band")
        phone = shot(driver, folder, "dinas-kalsel-atas-360.png")
    finally:
        driver.quit()
    print(f"browser-kalsel: {total} open alerts in all; LPG above the band: {count.group(1)}; "
          f"dashboard {whole}px tall at 1280px ({above}px filtered, {phone}px at 360px); loaded in {seconds:.2f}s")


if __name__ == "__main__":
    main()
