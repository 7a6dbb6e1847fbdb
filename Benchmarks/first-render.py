#!/usr/bin/env python3
"""First render of a large map in headless Chromium (PERFORMANCE.md, "first render").

Fills a map with N actors (default 10,000), starts the release server on it, and for each
run opens the map page in a new Chromium profile with an empty cache and every tile request
blocked, and reports the time from the start of navigation until every marker of the map is
placed (the page sets `data-map-rendered`), and the bytes transferred.

    swift build -c release
    /usr/bin/python3 Benchmarks/first-render.py [--actors 10000] [--runs 5]

Needs Debian's chromium, chromium-driver and python3-selenium (scripts/install-test-dependencies).
Prints figures; fails nothing.
"""

import argparse
import json
import os
import pathlib
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "e2e"))

from selenium.webdriver.common.by import By  # noqa: E402

from conftest import make_driver  # noqa: E402


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--actors", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    release = ROOT / ".build" / "release"
    data = tempfile.mkdtemp(prefix="buurtkaart-render-")
    seeded = json.loads(subprocess.run([str(release / "ServerBenchmark"), "--seed-into", data, "--actors", str(arguments.actors)],
                                       cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])
    port = free_port()
    environment = dict(os.environ, BUURTKAART_DATA=data, DATABASE_URL="", BUURTKAART_NOMINATIM_URL="none", LOG_LEVEL="warning")
    server = subprocess.Popen([str(release / "buurtkaart"), "serve", "--port", str(port), "--no-demo"], cwd=ROOT, env=environment,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/health", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        renders, transferred, features_bytes, features_times = [], [], [], []
        for _ in range(arguments.runs):
            driver = make_driver(1280, 900)
            try:
                driver.get(base + "/login")
                driver.find_element(By.NAME, "email").send_keys(seeded["email"])
                driver.find_element(By.NAME, "password").send_keys(seeded["password"])
                driver.find_element(By.CSS_SELECTOR, "main form button").click()
                time.sleep(0.3)
                driver.execute_cdp_cmd("Network.enable", {})
                driver.execute_cdp_cmd("Network.clearBrowserCache", {})
                driver.get(f"{base}/maps/{seeded['mapId']}")
                deadline = time.time() + 60
                while time.time() < deadline and not driver.execute_script("return document.body.dataset.mapRendered"):
                    time.sleep(0.02)
                rendered = float(driver.execute_script("return document.body.dataset.mapRendered") or "nan")
                markers = driver.execute_script("return document.querySelectorAll('.bk-marker, .bk-cluster').length")
                resources = driver.execute_script("""
                    const entries = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')];
                    return entries.map((entry) => [entry.name, entry.transferSize || 0, entry.responseEnd - entry.startTime]);""")
                renders.append(rendered)
                transferred.append(sum(size for _, size, _ in resources))
                feature = [entry for entry in resources if entry[0].endswith("/features")]
                if feature:
                    features_bytes.append(feature[0][1])
                    features_times.append(feature[0][2])
                if markers == 0:
                    print("warning: no markers on the page")
            finally:
                driver.quit()
        print(f"actors: {arguments.actors}, runs: {arguments.runs}, tiles blocked, new profile and empty cache each run")
        print(f"first render (navigation start → every marker placed): median {statistics.median(renders):.0f} ms, "
              f"min {min(renders):.0f} ms, max {max(renders):.0f} ms")
        if features_bytes:
            print(f"features download: {statistics.median(features_bytes) / 1024:.0f} KiB gzip, median {statistics.median(features_times):.0f} ms")
        print(f"bytes transferred for the page: median {statistics.median(transferred) / 1024:.0f} KiB")
        print(f"uMap 3.8.1 (10,000 features): 8.0 s → ratio {8000 / statistics.median(renders):.1f}× faster")
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
