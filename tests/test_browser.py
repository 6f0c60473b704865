"""The HTML report opened in a real browser (headless Chromium driven by chromedriver).

Checks the visible text, that a <script> planted in a provision's summary is shown as
text and never runs, that nothing is fetched from the network, and saves screenshots to
report.png (check) and report-diff.png (diff) in the test's temporary folder, and into docs/
when LEXCHECK_UPDATE_SCREENSHOTS=1, for people to look at.

Needs Debian's ``chromium`` and ``chromium-driver``. Without them the tests skip, saying
why (a fresh machine has no browser); with LEXCHECK_REQUIRE_BROWSER=1 (set by .ci/run,
which installs them) they fail instead, unless LEXCHECK_NO_BROWSER=1 asks to skip.
chromedriver is spoken to over its W3C WebDriver HTTP endpoint with the standard
library; no selenium.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from lexcheck.reports import render, render_delta
from tests.golden import fixture

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("LEXCHECK_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = os.environ.get("LEXCHECK_CHROMEDRIVER") or shutil.which("chromedriver")
DOCS = fixture.ROOT / "docs"
# Screenshots go to the test's temporary folder; LEXCHECK_UPDATE_SCREENSHOTS=1 also copies
# them into docs/ (so a plain test run never changes tracked files).
UPDATE_DOCS = os.environ.get("LEXCHECK_UPDATE_SCREENSHOTS") == "1"


def save_png(tmp_path, name: str, png: bytes) -> None:
    (tmp_path / name).write_bytes(png)
    if UPDATE_DOCS:
        (DOCS / name).write_bytes(png)
PLANTED = "<script>document.title='pwned';window.PWNED=1</script>"


def _need_browser() -> None:
    """Skip, saying why, where there is no browser (a fresh machine); fail instead where the
    browser test is required (LEXCHECK_REQUIRE_BROWSER=1, which .ci/run sets after installing
    chromium), unless LEXCHECK_NO_BROWSER=1 asks to skip it."""
    if CHROMIUM and DRIVER:
        return
    missing = " and ".join(n for n, p in (("chromium", CHROMIUM), ("chromedriver", DRIVER)) if not p)
    install = "install the Debian packages chromium and chromium-driver (.ci/run installs them)"
    if os.environ.get("LEXCHECK_REQUIRE_BROWSER") == "1" and os.environ.get("LEXCHECK_NO_BROWSER") != "1":
        pytest.fail(f"{missing} not found, and LEXCHECK_REQUIRE_BROWSER=1 makes the browser test required: "
                    f"{install}, or set LEXCHECK_NO_BROWSER=1 to skip it")
    pytest.skip(f"{missing} not found: the HTML report is not opened in a browser "
                f"(to run this test, {install}; LEXCHECK_REQUIRE_BROWSER=1 makes it required)")


class WebDriver:
    """The few W3C WebDriver commands the test needs, over plain HTTP."""

    def __init__(self, base: str):
        self.base = base
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", "--hide-scrollbars", "--window-size=1280,1000",
                     "--force-device-scale-factor=1"]}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method: str, path: str, body: dict | None = None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return json.loads(resp.read())["value"]
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"chromedriver {method} {path}: {exc.read().decode(errors='replace')}") from None

    def s(self, method: str, path: str, body: dict | None = None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def script(self, source: str):
        return self.s("POST", "/execute/sync", {"script": source, "args": []})

    def full_page_png(self) -> bytes:
        height = self.script("return Math.ceil(document.documentElement.scrollHeight)")
        self.s("POST", "/window/rect", {"width": 1280, "height": min(int(height) + 140, 16000)})
        return base64.b64decode(self.s("GET", "/screenshot"))

    def quit(self):
        try:
            self.s("DELETE", "")
        except Exception:  # the driver is stopped right after anyway
            pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    _need_browser()
    port = _free_port()
    log = tmp_path_factory.mktemp("chromedriver") / "driver.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([DRIVER, f"--port={port}"], stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):  # wait for the driver to listen (not a timing assertion)
            try:
                urllib.request.urlopen(base + "/status", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail(f"chromedriver did not start; its log: {log.read_text(errors='replace')}")
        driver = WebDriver(base)
        yield driver
        driver.quit()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    before, after = fixture.check(), fixture.check(fixture.AMENDED)
    folder = tmp_path_factory.mktemp("html")
    check_page, diff_page = folder / "report.html", folder / "diff.html"
    check_page.write_text(render(before, "html"), encoding="utf-8")
    diff_page.write_text(render_delta(fixture.delta(before, after), "html"), encoding="utf-8")
    return check_page, diff_page


def _open(browser: WebDriver, page: Path) -> dict:
    browser.s("POST", "/url", {"url": page.as_uri()})
    return browser.script(
        "return {title: document.title, pwned: typeof window.PWNED !== 'undefined',"
        " scripts: document.querySelectorAll('script').length, text: document.body.innerText,"
        " svgCells: document.querySelectorAll('svg a rect').length,"
        " resources: performance.getEntriesByType('resource').map(e => e.name)}")


def test_check_report_in_chromium(browser, pages, tmp_path):
    state = _open(browser, pages[0])
    assert state["title"] == "Gap report: Fixture recommendation on victims' access to justice"
    assert not state["pwned"], "the planted script ran"
    assert state["scripts"] == 0, "the planted script became an element"
    text = state["text"]
    assert PLANTED in text, "the planted script is not shown as text"
    for visible in ("GAP REPORT", "At a glance", "Victims exempt from state duty in employment claims",
                    "7 requirements: 2 met, 3 partial, 1 gap, 0 undetermined, 1 needs-evidence",
                    "PROVISIONS RELIED ON", "duty Art. 9, 9.?2", "Not verified: the paragraph number is not verified",
                    "SUGGESTED FIX", "Extend the exemption in Article 9 to every victim of trafficking.",
                    "FIX/Rec(1) part A, item 2, bullet 1"):
        assert visible in text, visible
    assert state["svgCells"] == 7, "one matrix cell per requirement"
    assert state["resources"] == [], "the report fetched something"
    pdf = base64.b64decode(browser.s("POST", "/print", {"background": True, "shrinkToFit": True}))
    assert pdf.startswith(b"%PDF-"), "the report does not print"
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages >= 2, f"a seven-finding report prints on more than one page, got {pages}"
    DOCS.mkdir(exist_ok=True)
    png = browser.full_page_png()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    save_png(tmp_path, "report.png", png)


def test_diff_report_in_chromium(browser, pages, tmp_path):
    state = _open(browser, pages[1])
    assert state["title"].startswith("Effect of a bill: ")
    assert not state["pwned"] and state["scripts"] == 0
    text = state["text"]
    for visible in ("What the bill changes", "Before (baseline law)", "After (amended law)",
                    "clause 1 of bill fixture-bill closes A.2.1", "clause 3 of bill fixture-bill opens A.1",
                    "7 requirements: 2 closed, 1 improved, 1 regressed, 1 opened, 2 unchanged"):
        assert visible in text, visible
    assert PLANTED in text
    assert state["svgCells"] == 14, "a before and an after matrix"
    save_png(tmp_path, "report-diff.png", browser.full_page_png())


def _without(monkeypatch, *names: str) -> None:
    """The browser test's view of a machine where the named programs are missing."""
    me = sys.modules[__name__]
    monkeypatch.setattr(me, "CHROMIUM", None if "chromium" in names else "/usr/bin/chromium")
    monkeypatch.setattr(me, "DRIVER", None if "chromedriver" in names else "/usr/bin/chromedriver")
    for var in ("LEXCHECK_REQUIRE_BROWSER", "LEXCHECK_NO_BROWSER"):
        monkeypatch.delenv(var, raising=False)


def test_missing_browser_skips_with_its_reason(monkeypatch):
    _without(monkeypatch, "chromium", "chromedriver")
    with pytest.raises(pytest.skip.Exception,
                       match=r"^chromium and chromedriver not found: the HTML report is not opened"):
        _need_browser()


def test_required_browser_fails_naming_what_is_missing(monkeypatch):
    for missing, said in ((("chromium",), "chromium not found"), (("chromedriver",), "chromedriver not found"),
                          (("chromium", "chromedriver"), "chromium and chromedriver not found")):
        _without(monkeypatch, *missing)
        monkeypatch.setenv("LEXCHECK_REQUIRE_BROWSER", "1")
        with pytest.raises(pytest.fail.Exception) as failed:
            _need_browser()
        assert str(failed.value).startswith(f"{said}, and LEXCHECK_REQUIRE_BROWSER=1"), str(failed.value)
        assert "install the Debian packages chromium and chromium-driver" in str(failed.value)


def test_no_browser_skips_even_where_required(monkeypatch):
    _without(monkeypatch, "chromedriver")
    monkeypatch.setenv("LEXCHECK_REQUIRE_BROWSER", "1")
    monkeypatch.setenv("LEXCHECK_NO_BROWSER", "1")
    with pytest.raises(pytest.skip.Exception, match=r"^chromedriver not found"):
        _need_browser()


def test_ci_makes_the_browser_test_required():
    """.ci/run installs chromium, so there a missing browser is a failure, not a skip."""
    ci = (fixture.ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^export LEXCHECK_REQUIRE_BROWSER=1$", ci, re.M), ci
