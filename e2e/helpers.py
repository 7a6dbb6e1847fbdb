"""What the browser tests do again and again: sign up, follow links and wait for pages,
call the API from inside the page (with its session and CSRF token), and open maps."""

import json
import time
import uuid

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By


def wait_for(condition, timeout=10, message="condition"):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {message}")


def navigate(driver, action):
    """Does `action` (a click that loads a page) and waits until the new page is there: the
    old document carries a mark the new one does not have."""
    driver.execute_script("document.documentElement.dataset.leaving = 'yes'")
    action()

    def arrived():
        try:
            return driver.execute_script(
                "return document.readyState === 'complete' && document.documentElement.dataset.leaving !== 'yes'")
        except WebDriverException:
            return False
    wait_for(arrived, message="the next page")


def fill(driver, name, value):
    field = driver.find_element(By.NAME, name)
    field.clear()
    field.send_keys(value)


def submit(driver):
    navigate(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit].primary").click)


def follow(driver, text):
    navigate(driver, driver.find_element(By.LINK_TEXT, text).click)


def sign_up(driver, server, email=None, name="Coördinator"):
    email = email or f"user-{uuid.uuid4().hex[:10]}@example.org"
    driver.get(server + "/signup")
    fill(driver, "displayName", name)
    fill(driver, "email", email)
    fill(driver, "password", "een lang wachtwoord")
    submit(driver)
    assert driver.current_url.startswith(server + "/workspaces"), driver.current_url
    return email


def api(driver, method, path, body=None, version=None):
    """Calls the JSON API from the page, with its cookie and CSRF token; returns (status, json, etag)."""
    script = """
        const [method, path, body, version, done] = arguments;
        const token = document.querySelector('input[name=_csrf]')?.value
            || JSON.parse(document.getElementById('map-data')?.textContent || '{}').csrfToken;
        const headers = {'X-CSRF-Token': token, 'Accept': 'application/json'};
        if (body !== null) headers['Content-Type'] = 'application/json';
        if (version !== null) headers['If-Match'] = '"' + version + '"';
        fetch('/api/v1' + path, {method, headers, body: body === null ? undefined : JSON.stringify(body)})
            .then(async (response) => done([response.status, await response.text(), response.headers.get('ETag')]))
            .catch((error) => done([0, String(error), null]));
    """
    status, text, etag = driver.execute_async_script(script, method, path, body, version)
    return status, (json.loads(text) if text else None), etag


def open_demo_map(driver, server):
    """Signs up, makes a copy of the demo workspace and opens its map; returns (map id, data)."""
    sign_up(driver, server)
    navigate(driver, driver.find_element(By.CSS_SELECTOR, ".demo button").click)
    navigate(driver, driver.find_element(By.CSS_SELECTOR, ".cards a").click)
    wait_for_map(driver)
    data = json.loads(driver.find_element(By.ID, "map-data").get_attribute("textContent"))
    return data["map"]["id"], data


def wait_for_map(driver):
    wait_for(lambda: driver.execute_script("return document.body.dataset.mapLoaded || document.body.dataset.mapError"),
             message="the map to load")
    error = driver.execute_script("return document.body.dataset.mapError")
    assert not error, error


def console_errors(driver):
    """Errors in the browser's console, except failed tile requests (there is no network)."""
    return [entry["message"] for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" and "ERR_NAME_NOT_RESOLVED" not in entry["message"]
            and "ERR_NAME_RESOLUTION_FAILED" not in entry["message"]]


def shown_count(driver):
    """How many actors the panel says are shown."""
    text = driver.find_element(By.CSS_SELECTOR, ".map-panel [role=status]").text
    return int(text.split()[0])


def press(driver, element):
    """Clicks an element of the side panel after bringing it to the middle of its scrolling
    box (the panel's tab bar stays on top of whatever scrolls under it)."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element)
    element.click()
    return element


def fill_form(driver, name, value, scope=".actor-form-panel"):
    """Types into the field `name` of the form in the side panel."""
    field = driver.find_element(By.CSS_SELECTOR, f"{scope} [name='{name}']")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", field)
    field.clear()
    field.send_keys(value)
