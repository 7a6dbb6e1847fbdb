"""An automated accessibility check (axe-core, through axe-selenium-python) of the pages a
person uses most: the map page, the actor form and the data table."""

import pytest

from helpers import open_demo_map, press

axe_selenium_python = pytest.importorskip("axe_selenium_python")


def serious(driver):
    axe = axe_selenium_python.Axe(driver)
    axe.inject()
    results = axe.run()
    return [f"{violation['id']} ({violation['impact']}): {violation['help']} — "
            + ", ".join(str(node["target"]) for node in violation["nodes"][:3])
            for violation in results["violations"] if violation["impact"] in ("serious", "critical")]


def test_the_map_page_has_no_serious_accessibility_violations(browser, server):
    map_id, _ = open_demo_map(browser, server)
    assert serious(browser) == []
    press(browser, browser.find_element("css selector", ".actor-result"))
    press(browser, browser.find_element("xpath", "//button[normalize-space()='Bewerken']"))
    assert serious(browser) == []
    browser.get(f"{server}/maps/{map_id}/table")
    assert serious(browser) == []
