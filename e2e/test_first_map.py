"""What a coordinator does first: sign up, create a workspace and a map, add an actor,
and find it in the list — in a real browser, in Dutch, with plain HTML forms."""

import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import screenshot
from helpers import fill, follow, navigate, sign_up, submit, wait_for_map


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
    map_url = browser.current_url.split("?")[0]
    wait_for_map(browser)
    browser.find_element(By.ID, "tab-layers").click()
    layers = [item.text for item in browser.find_elements(By.CSS_SELECTOR, ".layer-row .layer-name")]
    assert len(layers) == 12 and layers[0] == "Welzijn en zorg" and layers[-1] == "Wat is er niet aanwezig?"

    # The plain form, as it works without scripts.
    browser.get(map_url + "/actors/new")
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
    wait_for_map(browser)
    rows = browser.find_elements(By.CSS_SELECTOR, ".actor-results li")
    assert [row.find_element(By.CSS_SELECTOR, ".actor-result-name").text for row in rows] == ["Bakkerij Al Amal"]
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
    wait_for_map(phone)
    rows = phone.find_elements(By.CSS_SELECTOR, ".actor-results li")
    assert len(rows) >= 35
    width = phone.execute_script("return document.documentElement.scrollWidth")
    assert width <= 390, f"page is {width}px wide on a 390px phone"
    screenshot(phone, "map-phone")
