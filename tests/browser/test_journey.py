"""A reader's journey through the site in Debian's chromium (Playwright, headless).

From the home page: search 'AMEM 38', open the best-bet meeting, an article about it, a
participant, the series timeline; then switch the interface to Thai and to Vietnamese and
search in each. Screenshots of every page go to var/screenshots/ (git-ignored) for a human look.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

pytestmark = pytest.mark.browser

# Playwright's sync API keeps an event loop running in this thread; the fixtures' own
# database calls (loading the seed, pytest-django's flush) are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """The seed articles, committed so the live server's thread sees them.

    live_server implies transactional_db, which empties every table after the test:
    load the seed again afterwards so later tests still find it.
    """
    from archive.search.forms import params_from_querydict
    from archive.search.service import search

    with django_db_blocker.unblock():
        call_command("loaddata", "seed", "history", verbosity=0)
        if search(params_from_querydict({"q": "AMEM 38"}), record=False).count == 0:
            call_command("rebuild_index", interactive=False, verbosity=0)
    yield
    with django_db_blocker.unblock():
        call_command("loaddata", "seed", "history", verbosity=0)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium fonts-thai-tlwg)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


CSP_VIOLATION = re.compile(r"Content Security Policy|Content-Security-Policy", re.IGNORECASE)


def csp_violations(page) -> list[str]:
    """Start collecting the browser's CSP reports for this page (console messages and events)."""
    seen: list[str] = []
    page.on("console", lambda msg: seen.append(msg.text) if CSP_VIOLATION.search(msg.text) else None)
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => "
        "console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));"
    )
    return seen


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.csp_violations = csp_violations(page)
    yield page
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_reader_journey(seeded, live_server, page):
    from playwright.sync_api import expect

    page.goto(live_server.url + "/")
    expect(page.locator("h1")).to_contain_text("meeting by meeting")
    shot(page, "01-home")

    # Search from the home page's box.
    page.fill("#home-search", "AMEM 38")
    page.press("#home-search", "Enter")
    page.wait_for_url(re.compile(r"/search/\?q=AMEM\+38"))
    expect(page.locator("#site-search")).to_have_value("AMEM 38")
    best_bet = page.locator(".meeting-card--bestbet")
    expect(best_bet).to_contain_text("38th ASEAN Ministers on Energy Meeting")
    expect(page.locator(".snippet mark").first).to_be_visible()
    shot(page, "02-search-amem-38")

    # The best-bet meeting.
    best_bet.locator("h2 a").click()
    page.wait_for_url(re.compile(r"/meetings/amem-38/$"))
    expect(page.locator("h1")).to_have_text("AMEM 38")
    expect(page.locator(".names")).to_contain_text("ครั้งที่ 38")
    shot(page, "03-meeting-amem-38")

    # An article about it (the one that names a participant).
    page.locator(".coverage a", has_text="Trưởng đoàn SOME Việt Nam").click()
    page.wait_for_url(re.compile(r"/articles/"))
    expect(page.locator("h1")).to_contain_text("Trưởng đoàn SOME Việt Nam")
    expect(page.locator("script[type='application/ld+json']")).to_have_count(1)
    shot(page, "04-article")

    # A participant it mentions.
    page.locator("#people-heading + ul a", has_text="Hoàng Tiến Dũng").click()
    page.wait_for_url(re.compile(r"/people/hoang-tien-dung/$"))
    expect(page.locator("h1")).to_have_text("Hoàng Tiến Dũng")
    expect(page.locator(".timeline")).to_contain_text("Head of the Vietnamese SOME delegation")
    shot(page, "05-person")

    # The meeting they attended, then its series' timeline.
    page.locator(".timeline h3 a", has_text="SOME 38").click()
    page.wait_for_url(re.compile(r"/meetings/some-38/$"))
    page.locator("dl.facts a", has_text="SOME").click()
    page.wait_for_url(re.compile(r"/series/some/$"))
    expect(page.locator("svg.timeline-svg")).to_be_visible()
    expect(page.locator("ol.timeline")).to_contain_text("SOME 38")
    expect(page.locator("table.matrix")).to_contain_text("Hoàng Tiến Dũng")
    shot(page, "06-series-timeline")

    page.locator(".site-nav a", has_text="Timeline").click()
    page.wait_for_url(re.compile(r"/timeline/$"))
    shot(page, "07-timeline")

    # Keyboard: the skip link is the first stop and is visible when focused.
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()

    # Thai interface, and a Thai search.
    page.locator(".lang-switch a[hreflang='th']").click()
    page.wait_for_url(re.compile(r"/th/timeline/$"))
    expect(page.locator("html")).to_have_attribute("lang", "th")
    expect(page.locator("h1")).to_have_text("ลำดับเวลาของการประชุม")
    shot(page, "08-timeline-th")
    page.fill("#site-search", "คาร์บอน")
    page.press("#site-search", "Enter")
    page.wait_for_url(re.compile(r"/th/search/"))
    expect(page.locator("#results-heading")).to_contain_text("ผลลัพธ์")
    expect(page.locator(".article-card").first).to_be_visible()
    shot(page, "09-search-th")
    page.locator(".article-card h3 a").first.click()
    page.wait_for_url(re.compile(r"/th/articles/"))
    shot(page, "10-article-th")

    # Vietnamese interface, and a Vietnamese search.
    page.locator(".lang-switch a[hreflang='vi']").click()
    page.wait_for_url(re.compile(r"/vi/articles/"))
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    page.fill("#site-search", "năng lượng tái tạo")
    page.press("#site-search", "Enter")
    page.wait_for_url(re.compile(r"/vi/search/"))
    expect(page.locator("#results-heading")).to_contain_text("kết quả")
    expect(page.locator(".article-card").first).to_be_visible()
    shot(page, "11-search-vi")
    page.goto(live_server.url + "/vi/meetings/amem-38/")
    expect(page.locator(".lead")).to_have_text("Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 38")
    shot(page, "12-meeting-vi")

    # The API docs page too; then: no page of the journey broke the CSP.
    page.goto(live_server.url + "/api/docs/")
    expect(page.locator("h1")).to_be_visible()
    assert page.csp_violations == []


def test_csp_is_enforced_and_reported(seeded, live_server, page):
    """The check above can see a violation: an inline style added by script is refused and reported."""
    response = page.goto(live_server.url + "/articles/")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    page.evaluate(
        "document.head.appendChild(Object.assign(document.createElement('style'), {textContent: 'body{color:red}'}))"
    )
    page.wait_for_timeout(300)
    assert page.csp_violations, "an inline <style> should have been refused by the CSP"


OVERFLOWING = """() => [...document.querySelectorAll('body *')]
    .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .slice(0, 5).map(el => el.tagName + '.' + el.className + ': ' + (el.textContent || '').trim().slice(0, 40))"""


def assert_fits(page) -> None:
    """Nothing wider than the screen: no sideways scrolling on a phone."""
    assert page.evaluate(OVERFLOWING) == []


def test_mobile_layout(seeded, live_server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/th/meetings/amem-38/")
        assert_fits(page)
        shot(page, "13-mobile-meeting-th")
        page.goto(live_server.url + "/vi/search/?q=AMEM+38")
        assert_fits(page)
        shot(page, "14-mobile-search-vi")
    finally:
        context.close()


def test_history_timelines(seeded, live_server, browser):
    """The AMEM series timeline and the global timeline, desktop and phone, in each language.

    One test for the three languages: live_server empties the tables after each test, so
    the fixtures are loaded here again.
    """
    call_command("loaddata", "seed", "history", verbosity=0)
    for prefix in ("", "/vi", "/th"):
        _history_timelines(live_server, browser, prefix)


def _history_timelines(live_server, browser, prefix):
    from playwright.sync_api import expect

    lang = prefix.strip("/") or "en"
    for name, viewport in (("desktop", {"width": 1280, "height": 900}), ("mobile", {"width": 390, "height": 844})):
        context = browser.new_context(viewport=viewport, device_scale_factor=1 if name == "desktop" else 2)
        page = context.new_page()
        try:
            page.goto(f"{live_server.url}{prefix}/series/amem/")
            chart = page.locator(".timeline-svg--series")
            expect(chart).to_be_visible()
            expect(chart.locator("circle.dot--filled")).to_have_count(1)  # AMEM 38: the archive's articles
            assert chart.locator("circle.dot--hollow").count() >= 25
            box = chart.bounding_box()
            assert box and box["width"] > viewport["width"] * 0.5  # drawn at full size, scrolled, not shrunk
            shot(page, f"20-amem-timeline-{lang}-{name}")
            page.goto(f"{live_server.url}{prefix}/series/amem/?decade=1980")
            expect(page.locator(".decade-filter [aria-current=page]")).to_have_text("1980–1989")
            page.goto(f"{live_server.url}{prefix}/timeline/")
            expect(page.locator(".timeline-svg--global")).to_be_visible()
            assert page.locator(".timeline-svg--global .lane-label").count() >= 8
            shot(page, f"21-global-timeline-{lang}-{name}")
        finally:
            context.close()
