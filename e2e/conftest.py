"""Browser tests: a real Buurtkaart server on a temporary SQLite database, driven by a
real headless Chromium through Selenium (Debian's chromium and chromium-driver)."""

import os
import pathlib
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "e2e" / "artifacts"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_binary():
    binary = os.environ.get("BUURTKAART_BINARY")
    if binary:
        return binary
    output = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip()
    return str(pathlib.Path(output) / "buurtkaart")


class NominatimStub(BaseHTTPRequestHandler):
    """Answers address searches as a Nominatim service would, for two known addresses."""

    def do_GET(self):
        query = parse_qs(urlparse(self.path).query).get("q", [""])[0].lower()
        results = []
        if "scheikunde" in query:
            results = [{"lat": "50.8512", "lon": "4.3361", "display_name": "34, Scheikundestraat, 1080 Sint-Jans-Molenbeek",
                        "address": {"house_number": "34", "road": "Scheikundestraat", "postcode": "1080", "city": "Sint-Jans-Molenbeek"}}]
        body = json.dumps(results).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *arguments):
        pass


@pytest.fixture(scope="session")
def nominatim():
    stub = ThreadingHTTPServer(("127.0.0.1", 0), NominatimStub)
    thread = threading.Thread(target=stub.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{stub.server_address[1]}"
    stub.shutdown()


@pytest.fixture(scope="session")
def server(nominatim):
    """Starts the server once for the session; yields its base URL."""
    data = tempfile.mkdtemp(prefix="buurtkaart-e2e-")
    port = free_port()
    environment = dict(os.environ, BUURTKAART_DATA=data, BUURTKAART_BCRYPT_COST="4", DATABASE_URL="",
                       BUURTKAART_NOMINATIM_URL=nominatim)
    log = open(pathlib.Path(data) / "server.log", "w")
    process = subprocess.Popen([server_binary(), "serve", "--port", str(port), "--no-demo"],
                               cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/health", timeout=1) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.time() > deadline:
            log.close()
            raise RuntimeError("server did not start:\n" + (pathlib.Path(data) / "server.log").read_text())
        time.sleep(0.2)
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()
    shutil.rmtree(data, ignore_errors=True)


def make_driver(width=1280, height=900):
    options = webdriver.ChromeOptions()
    # Nothing leaves the machine: map tiles fail fast and the map shows its plain background.
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={width},{height}", "--lang=nl",
                     "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl-BE,nl"})
    if width < 500:
        # Chromium's windows are never narrower than about 500 px: emulate the phone instead.
        options.add_experimental_option("mobileEmulation", {
            "deviceMetrics": {"width": width, "height": height, "pixelRatio": 2, "touch": True},
            "userAgent": "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126 Mobile Safari/537.36",
        })
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        options.binary_location = chromium
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(driver_path), options=options)


@pytest.fixture
def browser():
    driver = make_driver()
    driver.implicitly_wait(2)
    yield driver
    driver.quit()


@pytest.fixture
def phone():
    driver = make_driver(390, 844)
    driver.implicitly_wait(2)
    yield driver
    driver.quit()


def screenshot(driver, name):
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / f"{name}.png"))
