"""What a coordinator does first: sign up, create a workspace and a map, add an actor,
and find it in the list — in a real browser, in Dutch, with plain HTML forms."""

import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import screenshot


def fill(driver, name, value):
    field = driver.find_element(By.NAME, name)
    field.clear()
    field.send_keys(value)


def navigate(driver, action):
    """Does `action` (a click that loads a page) and waits until the new page is there."""
    page = driver.find_element(By.TAG_NAME, "html")
    action()
    WebDriverWait(driver, 10).until(expected_conditions.staleness_of(page))


def submit(driver):
    navigate(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit].primary").click)


def follow(driver, text):
    navigate(driver, driver.find_element(By.LINK_TEXT, text).click)


def sign_up(driver, server, email, name="Coördinator"):
    driver.get(server + "/signup")
    fill(driver, "displayName", name)
    fill(driver, "email", email)
    fill(driver, "password", "een lang wachtwoord")
    submit(driver)
    assert driver.current_url.startswith(server + "/workspaces"), driver.current_url


def test_sign_up_create_map_add_actor_and_see_it(browser, server):
    email = f"coord-{uuid.uuid4().hex[:8]}@example.org"
    sign_up(browser, server, email)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"

    follow(browser, "Nieuwe werkruimte")
    fill(browser, "name", "vzw De Brug")
    fill(browser, "address.street", "Scheikundestraat")
    fill(browser, "address.number", "34")
    fill(browser, "latitude", "50.851")
    fill(browser, "longitude", "4.3355")
    submit(browser)
    assert "vzw De Brug" in browser.find_element(By.TAG_NAME, "h1").text

    follow(browser, "Nieuwe kaart")
    fill(browser, "title", "Onze buurt")
    fill(browser, "focus", "Gezinnen met jonge kinderen")
    submit(browser)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Onze buurt"
    layers = [item.text for item in browser.find_elements(By.CSS_SELECTOR, ".layer-counts li a")]
    assert "Welzijn en zorg" in layers and "Wat is er niet aanwezig?" in layers
    assert len(layers) == 13  # all layers + the twelve of the method

    follow(browser, "Actor of plaats toevoegen")
    fill(browser, "name", "Bakkerij Al Amal")
    Select(browser.find_element(By.NAME, "layerId")).select_by_visible_text("Lokale handelaars")
    Select(browser.find_element(By.NAME, "kind")).select_by_value("business")
    browser.find_element(By.CSS_SELECTOR, "input[name='evaluation.ring'][value='2']").click()
    browser.find_element(By.CSS_SELECTOR, "input[name='evaluation.tone'][value='constructive']").click()
    screenshot(browser, "actor-form")
    submit(browser)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Bakkerij Al Amal"
    assert "2 nabij" in browser.find_element(By.CSS_SELECTOR, "dl.evaluation").text

    follow(browser, "Onze buurt")
    rows = browser.find_elements(By.CSS_SELECTOR, "table.actors tbody tr")
    assert [row.find_element(By.CSS_SELECTOR, "th a").text for row in rows] == ["Bakkerij Al Amal"]
    assert "Lokale handelaars" in rows[0].text
    screenshot(browser, "map-overview")


def test_a_form_with_a_mistake_comes_back_with_the_message(browser, server):
    sign_up(browser, server, f"err-{uuid.uuid4().hex[:8]}@example.org")
    browser.get(server + "/workspaces/new")
    fill(browser, "name", "vzw Fout")
    fill(browser, "latitude", "95")
    fill(browser, "longitude", "4")
    submit(browser)
    summary = browser.find_element(By.CSS_SELECTOR, ".error-summary")
    assert "-90" in summary.text and "90" in summary.text
    assert browser.find_element(By.NAME, "latitude").get_attribute("aria-invalid") == "true"
    assert browser.find_element(By.NAME, "name").get_attribute("value") == "vzw Fout"


def test_the_demo_copy_opens_on_a_phone(phone, server):
    sign_up(phone, server, f"phone-{uuid.uuid4().hex[:8]}@example.org")
    navigate(phone, phone.find_element(By.CSS_SELECTOR, ".demo button").click)
    assert "Vaneir" in phone.find_element(By.TAG_NAME, "h1").text
    navigate(phone, phone.find_element(By.CSS_SELECTOR, ".cards a").click)
    rows = phone.find_elements(By.CSS_SELECTOR, "table.actors tbody tr")
    assert len(rows) >= 35
    width = phone.execute_script("return document.documentElement.scrollWidth")
    assert width <= 390, f"page is {width}px wide on a 390px phone"
    screenshot(phone, "map-phone")
