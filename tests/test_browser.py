"""The HTML report in a real headless chromium: it loads cleanly, counts right, links work, runs nothing injected.

The browser is driven over the DevTools protocol through a pair of pipes
(``--remote-debugging-pipe``: NUL-terminated JSON on file descriptors 3 and 4), which needs
nothing beyond the standard library and the Debian ``chromium`` package: no driver binary, no
websocket client, nothing downloaded at run time. Without chromium the tests skip, unless
CROSSCHECK_REQUIRE_BROWSER=1, when they fail (CI sets it).
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from crosscheck import article_from_text, check, read_articles
from crosscheck.render import render_html, report_to_dict

_BROWSERS = ("chromium", "chromium-browser")
_WIDTH, _HEIGHT = 1280, 900


def _browser_path() -> str | None:
    override = os.environ.get("CROSSCHECK_CHROMIUM")
    if override:
        return override
    return next((path for name in _BROWSERS if (path := shutil.which(name))), None)


class Browser:
    """A headless chromium with one page, spoken to over the DevTools pipe."""

    def __init__(self, executable: str, *, timeout: float = 15.0) -> None:
        self.timeout = timeout
        self._profile = tempfile.mkdtemp(prefix="crosscheck-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire() -> None:  # in the child: the browser reads commands on fd 3 and answers on fd 4
            r, w = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(r, 3)
            os.dup2(w, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        self._proc = subprocess.Popen(
            [
                executable,
                "--headless",
                "--remote-debugging-pipe",
                # The tests often run as root in a container, where the sandbox cannot start; the
                # page is our own, rendered from fixtures.
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={self._profile}",
                f"--window-size={_WIDTH},{_HEIGHT}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=wire,
            pass_fds=(3, 4),
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []
        target = self.call("Target.createTarget", url="about:blank", session=None)["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True, session=None)["sessionId"]
        self.call("Emulation.setDeviceMetricsOverride", width=_WIDTH, height=_HEIGHT, deviceScaleFactor=1, mobile=False)
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable")

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise TimeoutError("chromium did not answer in time")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, *, session: str | None | bool = True, **params) -> dict:
        """Send one command and return its result, keeping every event that arrives meanwhile."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session is True:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode("utf-8") + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, method: str) -> dict:
        """Return the first event named ``method`` not yet consumed, waiting for it if needed."""
        deadline = time.monotonic() + self.timeout
        while True:
            for n, event in enumerate(self.events):
                if event["method"] == method:
                    return self.events.pop(n)
            reply = self._read(deadline)
            if "method" in reply:
                self.events.append(reply)

    def open(self, path: Path) -> None:
        """Load a file and wait until it has loaded; forget earlier events."""
        self.events.clear()
        self.call("Page.navigate", url=path.as_uri())
        self.wait_for("Page.loadEventFired")

    def js(self, expression: str):
        """Evaluate a JavaScript expression in the page and return its value."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """Click the middle of the first element matching ``selector`` with the mouse, as a user would."""
        rect = self.js(
            f"(() => {{ const el = document.querySelector({json.dumps(selector)});"
            " el.scrollIntoView({block: 'center'}); const r = el.getBoundingClientRect();"
            " return {x: r.left + Math.min(r.width / 2, 8), y: r.top + r.height / 2}; })()"
        )
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=rect["x"], y=rect["y"], button="left", clickCount=1)

    def problems(self) -> list[str]:
        """Return the console errors, uncaught exceptions and error log entries seen so far."""
        found = []
        for event in self.events:
            params = event.get("params", {})
            if event["method"] == "Runtime.exceptionThrown":
                found.append(f"exception: {params['exceptionDetails'].get('text')}")
            elif event["method"] == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(f"console.{params['type']}: {params.get('args')}")
            elif event["method"] == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(f"log: {params['entry'].get('text')}")
        return found

    def close(self) -> None:
        try:
            self.call("Browser.close", session=None)
        except (OSError, RuntimeError, TimeoutError):
            pass
        try:
            self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)
        shutil.rmtree(self._profile, ignore_errors=True)


@pytest.fixture(scope="module")
def browser():
    executable = _browser_path()
    if executable is None:
        if os.environ.get("CROSSCHECK_REQUIRE_BROWSER") == "1":
            pytest.fail("CROSSCHECK_REQUIRE_BROWSER=1 but no chromium on PATH (apt-get install chromium)")
        pytest.skip("chromium is not installed")
    instance = Browser(executable)
    yield instance
    instance.close()


def _page(tmp_path: Path, report, name: str = "report.html") -> Path:
    path = tmp_path / name
    path.write_text(render_html(report), encoding="utf-8")
    return path


def test_seed_report_loads_counts_and_links_to_evidence(browser, seeds, tmp_path):
    report = check(read_articles(seeds))
    data = report_to_dict(report)
    browser.open(_page(tmp_path, report))
    assert browser.problems() == []
    shown = browser.js("document.getElementById('conflict-count').textContent.trim()")
    assert int(shown) == data["summary"]["conflicts"] == sum(f["verdict"] == "conflict" for f in data["findings"])
    assert browser.js("document.querySelectorAll('tr.finding').length") == len(data["findings"])

    # The evidence lies further down, in the article text: a click must bring it into view.
    browser.click("tr.finding a.words[data-claims]")
    state = browser.js(
        """(() => {
          const link = document.querySelector('tr.finding a.words[data-claims]');
          const mark = document.getElementById(link.getAttribute('href').slice(1));
          const r = mark.getBoundingClientRect();
          return {tag: mark.tagName, active: mark.classList.contains('active'),
                  inView: r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0,
                  lit: document.querySelectorAll('mark.active').length};
        })()"""
    )
    assert state == {"tag": "MARK", "active": True, "inView": True, "lit": state["lit"]} and state["lit"] >= 1
    assert browser.problems() == []


def test_clicking_evidence_goes_back_to_its_finding(browser, seeds, tmp_path):
    browser.open(_page(tmp_path, check(read_articles(seeds))))
    browser.click("mark[data-row]")
    state = browser.js(
        """(() => {
          const row = document.getElementById(document.querySelector('mark[data-row]').getAttribute('data-row'));
          const r = row.getBoundingClientRect();
          return {active: row.classList.contains('active'), inView: r.top < window.innerHeight && r.bottom > 0};
        })()"""
    )
    assert state == {"active": True, "inView": True}
    assert browser.problems() == []


def test_verdict_filter_hides_and_shows_rows(browser, seeds, tmp_path):
    report = check(read_articles(seeds))
    browser.open(_page(tmp_path, report))
    visible = "Array.from(document.querySelectorAll('tr.finding')).filter(r => r.offsetParent !== null).length"
    before = browser.js(visible)
    agreements = sum(f.verdict == "agree" for f in report.findings)
    browser.click("#show-agree")
    assert browser.js("document.getElementById('show-agree').checked") is False
    assert browser.js(visible) == before - agreements
    browser.click("#show-agree")
    assert browser.js(visible) == before


_PAYLOADS = (
    "<script>window.__crosscheck_pwned = 'script'; document.title = 'pwned';</script>",
    "<img src=x onerror=\"window.__crosscheck_pwned = 'img'; document.title = 'pwned'\">",
    "\"><svg onload=\"window.__crosscheck_pwned='svg'\">",
)


def test_injected_markup_does_not_run(browser, tmp_path):
    hostile = article_from_text(
        "---\n"
        f"title: Floods in Kenya {_PAYLOADS[0]}\n"
        f"publisher: Wire {_PAYLOADS[1]}\n"
        "published: 2024-05-02\n"
        f"note: {_PAYLOADS[2]}\n"
        "---\n"
        f"Floods killed 40 people in Nairobi on 1 May 2024, police said. {_PAYLOADS[0]} {_PAYLOADS[1]}\n"
        f"The Kenya Red Cross said {_PAYLOADS[2]} 45 people were killed in the floods in Nairobi.\n",
        id="hostile",
    )
    plain = article_from_text(
        "---\ntitle: Kenya floods\npublished: 2024-05-02\n---\n"
        "Floods killed 38 people in Nairobi on 1 May 2024, officials said.\n",
        id="plain",
    )
    report = check([hostile, plain])
    page = _page(tmp_path, report)
    browser.open(page)
    time.sleep(0.2)  # an onerror handler would fire just after load
    title = browser.js("document.title")
    assert "pwned" not in title
    assert browser.js("typeof window.__crosscheck_pwned") == "undefined"
    assert browser.js("document.querySelectorAll('img, svg, iframe').length") == 0
    assert browser.js("document.scripts.length") == 1
    # The payloads are shown as text, exactly as written.
    body = browser.js("document.body.textContent")
    for payload in _PAYLOADS:
        assert payload in body
    assert browser.problems() == []
