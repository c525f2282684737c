"""Links imported (``newsroom-import https://...``) from a real HTTP server on 127.0.0.1, in a thread:
redirects checked hop by hop, the size cap, timeouts, content types, errors naming the address, and
local addresses refused unless ``--allow-local``. Nothing here needs the internet."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from newsroom.article import load_article
from newsroom.importer import fetch
from newsroom.importer.fetch import FetchError, address_problem
from tests.helpers import import_articles

ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Volunteers restore a caravanserai near Turkistan | Steppe Wire</title>
<meta property="og:title" content="Volunteers restore a caravanserai near Turkistan">
<meta property="article:published_time" content="2025-06-14T09:30:00+05:00">
<meta property="og:site_name" content="Steppe Wire">
</head><body>
<nav><a href="/">Home</a> <a href="/culture">Culture</a> <a href="/sport">Sport</a></nav>
<article><h1>Volunteers restore a caravanserai near Turkistan</h1>
<p>TURKISTAN – Forty students from the clubs spent two weeks clearing the walls of an old caravanserai,
the organisers said on Saturday.</p>
<p>The work was planned with the regional museum, whose restorers taught the students how to record
every stone before it is moved.</p>
<p>"We learnt more here than in a whole term," said Marat Invented, a second-year student.</p>
</article>
<footer>© 2025 Steppe Wire</footer></body></html>"""
RUSSIAN = """<html lang="ru"><head><title>Клубы провели субботник в Таразе</title></head><body>
<article><h1>Клубы провели субботник в Таразе</h1>
<p>ТАРАЗ – Более ста волонтеров клубов ЮНЕСКО убрали берег реки Талас в субботу, сообщили организаторы.</p>
<p>Акция прошла уже в пятый раз и собрала школьников из всех районов города.</p></article></body></html>"""


class Handler(BaseHTTPRequestHandler):
    """The test site: an article, redirect chains, a loop, a huge page, a slow one, a PDF, a 404."""

    agents: ClassVar[list[str]] = []

    def log_message(self, *args: object) -> None:  # quiet
        return None

    def do_GET(self) -> None:
        Handler.agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/article":
            self.answer(200, "text/html; charset=utf-8", ARTICLE.encode())
        elif path == "/russian":  # the charset only in the HTTP header
            self.answer(200, "text/html; charset=windows-1251", RUSSIAN.encode("cp1251"))
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self.redirect("/article" if left == 0 else f"/hop/{left - 1}")
        elif path == "/loop":
            self.redirect("/loop")
        elif path == "/to-file":
            self.redirect("file:///etc/passwd")
        elif path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(11 * 16):  # 11 MB in 64 KB pieces, no Content-Length
                self.wfile.write(b"<p>" + b"x" * 65_529 + b"</p>")
        elif path == "/slow":
            time.sleep(3)
            self.answer(200, "text/html", ARTICLE.encode())
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"<p>drip</p>\n")
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/nowhere-to-go":  # a redirect that says nowhere
            self.answer(302, "text/html", b"")
        elif path == "/report.pdf":
            self.answer(200, "application/pdf", b"%PDF-1.4 not a page")
        else:
            self.answer(404, "text/html", b"<h1>Not found</h1>")

    def answer(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """The base address of the test site, served from a thread."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_page_is_downloaded_with_an_honest_user_agent(site: str) -> None:
    download = fetch.fetch(f"{site}/article", allow_local=True)
    assert download.url == f"{site}/article" and download.charset == "utf-8"
    assert b"caravanserai" in download.data
    assert Handler.agents[-1].startswith("newsroom-import/") and "newsroom" in Handler.agents[-1][16:]


def test_five_redirects_are_followed_and_the_sixth_is_refused(site: str) -> None:
    assert fetch.fetch(f"{site}/hop/4", allow_local=True).url == f"{site}/article"  # 5 redirects
    with pytest.raises(FetchError, match=r"more than 5 redirects"):
        fetch.fetch(f"{site}/hop/5", allow_local=True)
    with pytest.raises(FetchError, match=r"^http://127\.0\.0\.1:\d+/loop: more than 5 redirects$"):
        fetch.fetch(f"{site}/loop", allow_local=True)


def test_each_redirect_is_checked_like_the_first_link(site: str) -> None:
    with pytest.raises(FetchError, match=r"^file:///etc/passwd: only http and https links can be imported$"):
        fetch.fetch(f"{site}/to-file", allow_local=True)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/big", "the page is larger than 10 MB"),
        ("/report.pdf", "not a web page (Content-Type: application/pdf)"),
        ("/nowhere", "the site answered HTTP 404 Not Found"),
        ("/nowhere-to-go", "the site answered HTTP 302 Found"),
    ],
)
def test_what_is_not_a_page_within_limits_is_refused_naming_the_address(site: str, path: str, message: str) -> None:
    with pytest.raises(FetchError) as error:
        fetch.fetch(f"{site}{path}", allow_local=True)
    assert str(error.value) == f"{site}{path}: {message}"


def test_a_silent_site_times_out(site: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "TIMEOUT", 0.5)
    with pytest.raises(
        FetchError, match=r"/slow: (cannot connect \(|the download broke off \()?no answer within 0.5 seconds"
    ):
        fetch.fetch(f"{site}/slow", allow_local=True)


def test_a_dripping_site_meets_the_deadline(site: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "DEADLINE", 0.5)
    monkeypatch.setattr(fetch, "CHUNK", 8)
    with pytest.raises(FetchError, match=r"/drip: the download took more than 0.5 seconds$"):
        fetch.fetch(f"{site}/drip", allow_local=True)


def test_this_machine_is_refused_without_allow_local(site: str) -> None:
    with pytest.raises(FetchError, match=r"^http://127\.0\.0\.1:\d+/article: 127\.0\.0\.1 is 127\.0\.0\.1, a loopback"):
        fetch.fetch(f"{site}/article")


def test_a_host_that_resolves_again_to_this_machine_is_refused_on_connection(
    site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the first answer looked public, the connection goes to 127.0.0.1."""
    monkeypatch.setattr(fetch, "check_address", lambda url, allow_local: None)
    with pytest.raises(FetchError, match=r"cannot connect \(.*connected to 127\.0\.0\.1, a loopback address"):
        fetch.fetch(f"{site}/article")


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "224.0.0.1", "0.0.0.0",
     "100.64.0.1", "240.0.0.1", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "ff02::1"],
)  # fmt: skip
def test_addresses_that_are_not_public_are_named(address: str) -> None:
    assert address_problem(address)


def test_public_addresses_pass() -> None:
    assert address_problem("93.184.216.34") == "" and address_problem("2606:4700::1111") == ""


@pytest.mark.parametrize("link", ["ftp://example.org/x.html", "http://", "http://exa mple.org:99999/"])
def test_links_that_are_not_web_addresses_are_refused(link: str) -> None:
    with pytest.raises(FetchError, match=f"^{link}: "):
        fetch.check_address(link, allow_local=False)


def test_the_importer_imports_a_link_with_its_address_as_source(site: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = import_articles("--allow-local", "--json", "--out", out, f"{site}/article", f"{site}/russian")
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["status"] for r in reports] == ["created", "created"], result.stderr
    article = load_article(Path(reports[0]["output"]))
    assert article.title == "Volunteers restore a caravanserai near Turkistan"
    assert article.source is not None and article.source.url == f"{site}/article"
    assert article.source.name == "Steppe Wire" and article.date.isoformat() == "2025-06-14"
    assert "Steppe Wire" not in article.body and "Culture" not in article.body
    russian = load_article(Path(reports[1]["output"]))
    assert russian.title == "Клубы провели субботник в Таразе" and russian.lang == "ru"
    assert "Более ста волонтеров" in russian.body
    again = import_articles("--allow-local", "--json", "--out", out, f"{site}/article")
    assert json.loads(again.stdout)["status"] == "unchanged"  # the same page is the same article


def test_the_importer_refuses_this_machine_without_allow_local(site: str, tmp_path: Path) -> None:
    result = import_articles("--out", tmp_path / "out", "--date", "2025-01-01", f"{site}/article", f"{site}/nowhere")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"failed: {site}/article: 127.0.0.1 is 127.0.0.1, a loopback address")
    assert len(lines) == 2 and all(line.count("\n") == 0 for line in lines)
    assert not (tmp_path / "out").exists()


def test_the_importer_names_the_address_of_a_missing_page(site: str, tmp_path: Path) -> None:
    result = import_articles("--allow-local", "--out", tmp_path / "out", f"{site}/gone")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.strip() == f"failed: {site}/gone: the site answered HTTP 404 Not Found"
    redirected = import_articles("--allow-local", "--out", tmp_path / "out", f"{site}/to-file")
    message = "redirected to file:///etc/passwd: only http and https links can be imported"
    assert redirected.stdout.strip() == f"failed: {site}/to-file: {message}"
