"""The geographic map in a real browser: adding an actor by clicking, editing it in the
panel, dragging it, deleting and undoing; layers and filters; the boundary drawn three
ways; the data table; a stale edit; address search; phone and desktop screenshots."""

import uuid

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from conftest import screenshot
from helpers import (api, console_errors, fill_form, press, fill, follow, navigate, open_demo_map, shown_count, sign_up, submit,
                     wait_for, wait_for_map)


def empty_map(driver, server):
    """A new workspace with a position and an empty map; returns the map's id."""
    sign_up(driver, server)
    driver.get(server + "/workspaces/new")
    fill(driver, "name", f"vzw Test {uuid.uuid4().hex[:6]}")
    fill(driver, "latitude", "50.8510")
    fill(driver, "longitude", "4.3355")
    submit(driver)
    follow(driver, "Nieuwe kaart")
    fill(driver, "title", "Lege kaart")
    submit(driver)
    wait_for_map(driver)
    return driver.current_url.split("/maps/")[1].split("?")[0]


def click_map(driver, dx, dy):
    """Clicks the map `dx`, `dy` pixels from its centre."""
    canvas = driver.find_element(By.ID, "map")
    ActionChains(driver).move_to_element_with_offset(canvas, dx, dy).click().perform()


def button(driver, text):
    """The visible button with this text."""
    return wait_for(lambda: next((element for element in driver.find_elements(By.XPATH, f"//button[normalize-space()='{text}']")
                                  if element.is_displayed()), None), message=f"a button '{text}'")


def toast_text(driver):
    return wait_for(lambda: driver.find_element(By.CSS_SELECTOR, ".toast:not([hidden])").text, message="a notice")


def test_add_by_clicking_edit_drag_delete_and_undo(browser, server):
    map_id = empty_map(browser, server)
    press(browser, button(browser, "Toevoegen op de kaart"))
    click_map(browser, 150, 90)
    fill_form(browser, "name", "Buurthuis De Kaai")
    Select(browser.find_element(By.CSS_SELECTOR, ".actor-form-panel [name=layerId]")).select_by_visible_text("Vrije tijd: cultuur, jeugd, sport")
    press(browser, browser.find_element(By.CSS_SELECTOR, ".actor-form-panel input[name='evaluation.ring'][value='2']"))
    press(browser, browser.find_element(By.CSS_SELECTOR, ".actor-form-panel input[name='evaluation.tone'][value='constructive']"))
    press(browser, button(browser, "Toevoegen"))
    wait_for(lambda: browser.find_elements(By.ID, "card-title"), message="the card")
    assert browser.find_element(By.ID, "card-title").text == "Buurthuis De Kaai"
    assert len(browser.find_elements(By.CSS_SELECTOR, ".bk-marker")) == 1
    status, actors, _ = api(browser, "GET", f"/maps/{map_id}/actors")
    actor = actors["items"][0]
    assert actor["evaluation"]["ring"] == 2 and actor["geometry"]["type"] == "Point"

    # Edit it in the panel.
    press(browser, button(browser, "Bewerken"))
    fill_form(browser, "description", "Open op woensdag en zaterdag")
    press(browser, button(browser, "Opslaan"))
    wait_for(lambda: "woensdag" in browser.find_element(By.CSS_SELECTOR, ".actor-card-panel").text, message="the saved description")

    # Drag its marker.
    before = actor["geometry"]["coordinates"]
    press(browser, button(browser, "Verplaatsen"))
    marker = browser.find_element(By.CSS_SELECTOR, ".bk-marker")
    ActionChains(browser).click_and_hold(marker).move_by_offset(20, 10).move_by_offset(40, 30).release().perform()
    assert "bewaard" in toast_text(browser)
    _, moved, _ = api(browser, "GET", f"/actors/{actor['id']}")
    assert moved["geometry"]["coordinates"] != before
    assert moved["version"] == 3

    # Delete, then undo.
    press(browser, button(browser, "Verwijderen"))
    assert "verwijderd" in toast_text(browser)
    wait_for(lambda: not browser.find_elements(By.CSS_SELECTOR, ".bk-marker"), message="the marker to go")
    assert console_errors(browser) == []
    status, _, _ = api(browser, "GET", f"/actors/{actor['id']}")
    assert status == 404
    press(browser, button(browser, "Ongedaan maken"))
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".bk-marker"), message="the marker to come back")
    status, restored, _ = api(browser, "GET", f"/actors/{actor['id']}")
    assert status == 200 and restored["description"] == "Open op woensdag en zaterdag"


def test_hide_a_layer_and_filter(browser, server):
    map_id, data = open_demo_map(browser, server)
    total = shown_count(browser)
    assert total >= 35
    press(browser, browser.find_element(By.ID, "tab-layers"))
    first = browser.find_element(By.CSS_SELECTOR, ".layer-row input[type=checkbox]")
    layer_count = int(browser.find_element(By.CSS_SELECTOR, ".layer-row .count").text)
    markers_before = len(browser.find_elements(By.CSS_SELECTOR, ".bk-marker, .bk-cluster"))
    press(browser, first)
    press(browser, browser.find_element(By.ID, "tab-list"))
    assert shown_count(browser) == total - layer_count
    press(browser, browser.find_element(By.ID, "tab-layers"))
    press(browser, first)
    press(browser, browser.find_element(By.ID, "tab-list"))
    assert shown_count(browser) == total
    assert markers_before > 0

    search = browser.find_element(By.ID, "filter-q")
    search.send_keys("al amal")
    wait_for(lambda: shown_count(browser) == 1, message="one result")
    assert "q=al+amal" in browser.find_element(By.ID, "table-link").get_attribute("href")
    search.send_keys(Keys.CONTROL, "a")
    search.send_keys(Keys.BACKSPACE)
    wait_for(lambda: shown_count(browser) == total, message="all actors again")
    press(browser, browser.find_element(By.CSS_SELECTOR, ".filters-more summary"))
    Select(browser.find_element(By.ID, "filter-status")).select_by_value("dormant")
    dormant = shown_count(browser)
    assert 0 < dormant < total
    assert "status=dormant" in browser.find_element(By.ID, "table-link").get_attribute("href")
    # The table shows the same selection.
    navigate(browser, browser.find_element(By.ID, "table-link").click)
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.actors-table tbody tr")) == dormant


def draw(driver, points):
    for dx, dy in points:
        click_map(driver, dx, dy)


def test_boundary_line_polygon_edit_and_radius(browser, server):
    map_id = empty_map(browser, server)

    browser.find_element(By.ID, "boundary-button").click()
    browser.find_element(By.ID, "boundary-name").send_keys("Kanaalwijk")
    press(browser, browser.find_element(By.ID, "boundary-line"))
    draw(browser, [(-200, -100), (-50, -150), (100, -80)])
    ActionChains(browser).move_to_element_with_offset(browser.find_element(By.ID, "map"), 200, 40).double_click().perform()
    press(browser, browser.find_element(By.ID, "boundary-save"))
    assert "bewaard" in toast_text(browser)
    _, saved, _ = api(browser, "GET", f"/maps/{map_id}")
    assert saved["boundaryShape"] == "line" and saved["boundaryName"] == "Kanaalwijk"
    assert len(saved["boundary"]["coordinates"]) == 4

    browser.find_element(By.ID, "boundary-button").click()
    press(browser, browser.find_element(By.ID, "boundary-polygon"))
    draw(browser, [(-150, -120), (150, -120), (150, 120), (-150, 120)])
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    press(browser, browser.find_element(By.ID, "boundary-save"))
    assert "bewaard" in toast_text(browser)
    _, polygon, _ = api(browser, "GET", f"/maps/{map_id}")
    assert polygon["boundaryShape"] == "polygon"
    ring = polygon["boundary"]["coordinates"][0]
    assert len(ring) == 5 and ring[0] == ring[-1]
    # A click inside the polygon still reaches the map: adding works inside the neighbourhood.
    press(browser, button(browser, "Toevoegen op de kaart"))
    click_map(browser, 40, 40)
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".actor-form-panel"), message="the new actor's form")
    press(browser, button(browser, "← Annuleren"))

    browser.find_element(By.ID, "boundary-button").click()
    press(browser, browser.find_element(By.ID, "boundary-edit"))
    vertex = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".bk-vertex"), message="vertex handles")[0]
    ActionChains(browser).click_and_hold(vertex).move_by_offset(10, 10).move_by_offset(30, 20).release().perform()
    press(browser, browser.find_element(By.ID, "boundary-save"))
    assert "bewaard" in toast_text(browser)
    _, edited, _ = api(browser, "GET", f"/maps/{map_id}")
    assert edited["boundary"]["coordinates"][0] != ring

    browser.find_element(By.ID, "boundary-button").click()
    radius = browser.find_element(By.ID, "boundary-radius")
    radius.clear()
    radius.send_keys("1500")
    press(browser, browser.find_element(By.ID, "boundary-radius-save"))
    assert "bewaard" in toast_text(browser)
    _, circle, _ = api(browser, "GET", f"/maps/{map_id}")
    assert circle["boundaryShape"] == "radius" and circle["boundaryRadius"] == 1500
    screenshot(browser, "map-boundary-radius")
    assert console_errors(browser) == []


def test_edit_a_cell_in_the_table(browser, server):
    map_id, _ = open_demo_map(browser, server)
    browser.get(f"{server}/maps/{map_id}/table?sort=name")
    row = browser.find_element(By.CSS_SELECTOR, "table.actors-table tbody tr")
    actor_id = row.get_attribute("data-id")
    cell = row.find_element(By.CSS_SELECTOR, "td[data-field='evaluation.ring']")
    ActionChains(browser).double_click(cell).perform()
    Select(cell.find_element(By.TAG_NAME, "select")).select_by_value("4")
    wait_for(lambda: "saved" in cell.get_attribute("class") or cell.get_attribute("data-value") == "4", message="the cell to save")
    _, actor, _ = api(browser, "GET", f"/actors/{actor_id}")
    assert actor["evaluation"]["ring"] == 4
    browser.refresh()
    cell = browser.find_element(By.CSS_SELECTOR, f"tr[data-id='{actor_id}'] td[data-field='evaluation.ring']")
    assert cell.get_attribute("data-value") == "4"
    # The same checks as the forms: an e-mail address that is not one is refused in place.
    email = browser.find_element(By.CSS_SELECTOR, f"tr[data-id='{actor_id}'] td[data-field='email']")
    email.click()
    email.send_keys(Keys.ENTER)
    field = email.find_element(By.TAG_NAME, "input")
    field.clear()
    field.send_keys("geen adres", Keys.ENTER)
    wait_for(lambda: email.find_elements(By.CSS_SELECTOR, ".field-error"), message="the error")
    _, unchanged, _ = api(browser, "GET", f"/actors/{actor_id}")
    assert unchanged["email"] == actor["email"]


def test_a_stale_edit_shows_the_conflict_choice(browser, server):
    map_id, _ = open_demo_map(browser, server)
    press(browser, browser.find_element(By.CSS_SELECTOR, ".actor-result"))
    wait_for(lambda: browser.find_elements(By.ID, "card-title"), message="the card")
    name = browser.find_element(By.ID, "card-title").text
    _, actors, _ = api(browser, "GET", f"/maps/{map_id}/actors?q={name[:6]}")
    actor = next(item for item in actors["items"] if item["name"] == name)
    press(browser, button(browser, "Bewerken"))
    # A colleague saves first.
    status, _, _ = api(browser, "PATCH", f"/actors/{actor['id']}", {"description": "Door een collega"}, actor["version"])
    assert status == 200
    fill_form(browser, "teamNotes", "Mijn notitie")
    press(browser, button(browser, "Opslaan"))
    wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".conflict-panel"), message="the conflict choice")
    panel = browser.find_element(By.CSS_SELECTOR, ".conflict-panel")
    assert "Door een collega" in panel.text and "Mijn notitie" in panel.text
    screenshot(browser, "map-conflict")
    # Keep the colleague's description and my note.
    press(browser, panel.find_element(By.CSS_SELECTOR, "input[name='keep-description'][value='theirs']"))
    press(browser, button(browser, "Mijn keuze bewaren"))
    wait_for(lambda: browser.find_elements(By.ID, "card-title"), message="the card again")
    _, saved, _ = api(browser, "GET", f"/actors/{actor['id']}")
    assert saved["description"] == "Door een collega" and saved["teamNotes"] == "Mijn notitie"


def test_add_by_searching_an_address(browser, server):
    map_id = empty_map(browser, server)
    press(browser, button(browser, "Toevoegen op de kaart"))
    search = browser.find_element(By.ID, "address-search")
    search.send_keys("Scheikundestraat 34", Keys.ENTER)
    result = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".address-result"), message="address results")[0]
    assert "exact adres" in result.text
    result.click()
    assert browser.find_element(By.CSS_SELECTOR, ".actor-form-panel [name='address.street']").get_attribute("value") == "Scheikundestraat"
    fill_form(browser, "name", "Groot Eiland")
    press(browser, button(browser, "Toevoegen"))
    wait_for(lambda: browser.find_elements(By.ID, "card-title"), message="the card")
    _, actors, _ = api(browser, "GET", f"/maps/{map_id}/actors")
    actor = actors["items"][0]
    assert actor["address"]["number"] == "34"
    assert abs(actor["geometry"]["coordinates"][1] - 50.8512) < 1e-6


def test_desktop_and_phone_screenshots(browser, phone, server):
    open_demo_map(browser, server)
    screenshot(browser, "map-desktop")
    assert console_errors(browser) == []
    open_demo_map(phone, server)
    screenshot(phone, "map-phone-sheet")
    panel = phone.find_element(By.ID, "map-panel")
    assert phone.execute_script("return getComputedStyle(arguments[0]).position", panel) == "fixed"
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 390
    press(phone, phone.find_element(By.CSS_SELECTOR, ".sheet-handle"))
    assert "expanded" in panel.get_attribute("class")
    press(phone, phone.find_element(By.CSS_SELECTOR, ".actor-result"))
    wait_for(lambda: phone.find_elements(By.ID, "card-title"), message="the card on a phone")
    screenshot(phone, "map-phone-card")
