"""Broken and hostile content at build time: clear warnings, never a traceback, nothing live."""

from __future__ import annotations

import functools
import json
import re
import subprocess
import threading
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.helpers import SEED_URL, copy_project, import_articles, mkdocs_build
from tests.helpers.payloads import MARKERS, XSS, hostile_page

GOOD = "---\ntitle: Good story\ndate: 2024-02-02\ntags: [youth]\n---\n\nFine.\n"
# Each broken file, and what the warning naming it must say (every part, on the same line).
BROKEN = [
    ("news/2024/yaml.md", "---\ntitle: [unclosed\ndate: 2024-01-01\n---\n\nx\n", ("front matter is not valid YAML",)),
    ("news/2024/untitled.md", "---\ndate: 2024-01-01\n---\n\nx\n", ("title: missing",)),
    (
        "news/2024/baddate.md",
        "---\ntitle: T\ndate: someday\n---\n\nx\n",
        ("date: 'someday' is not a date (YYYY-MM-DD)",),
    ),
    ("news/2023/x.md", "---\ntitle: X\ndate: soon\n---\n\nText.\n", ("date: 'soon' is not a date (YYYY-MM-DD)",)),
    (
        "news/2024/tags.md",
        "---\ntitle: T\ndate: 2024-01-01\ntags: youth, culture\n---\n\nx\n",
        ("tags: 'youth, culture' is not a list",),
    ),
    ("news/2024/nofm.md", "Just text, no front matter.\n", ("no front matter",)),
    (
        "news/2024/lines.md",  # a name with line breaks is refused, not turned into front matter
        '---\ntitle: T\ndate: 2024-01-01\ntags: ["---\\ntemplate: 404.html\\n---"]\n---\n\nx\n',
        ("tags: ", "has a line break"),
    ),
    (
        "people/nobody.md",
        "---\nname: Nobody At All\n---\n\nBio.\n",
        ("name: 'Nobody At All' is named in no",),
    ),
    (
        "people/clash.md",
        "---\nname: Someone Else\naliases: [Bolat Akchulakov]\n---\n\nBio.\n",
        ("aliases: 'Bolat Akchulakov' is already a spelling of",),
    ),
    (
        "news/2023/kazakhstan-heads-the-world-federation-of-clubs-for-unesco/index.md",
        GOOD,
        ("its address news/2023/kazakhstan-heads-the-world-federation-of-clubs-for-unesco/ is also",),
    ),
]


@pytest.fixture(scope="module")
def broken_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site with a good article and every broken file of BROKEN at once."""
    project = copy_project(tmp_path_factory.mktemp("broken") / "project")
    for path, text, _ in [*BROKEN, ("news/2024/good.md", GOOD, ())]:
        (project / "docs" / path).parent.mkdir(parents=True, exist_ok=True)
        (project / "docs" / path).write_text(text, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def strict_build(broken_project: Path) -> subprocess.CompletedProcess[str]:
    return mkdocs_build(broken_project, broken_project.parent / "strict")


def test_broken_files_fail_the_strict_build_without_a_traceback(strict_build: subprocess.CompletedProcess[str]) -> None:
    assert strict_build.returncode != 0
    assert "Traceback" not in strict_build.stderr


def warnings(stderr: str) -> list[str]:
    """MkDocs' warnings, each with its continuation lines (a quoted value may hold line breaks)."""
    messages: list[str] = []
    for line in stderr.splitlines():
        if re.match(r"(INFO|WARNING|ERROR|DEBUG)\b", line):
            messages.append(line)
        elif messages:
            messages[-1] += "\n" + line
    return [message for message in messages if message.startswith("WARNING")]


@pytest.mark.parametrize(("path", "parts"), [(b[0], b[2]) for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_a_broken_file_is_a_warning_naming_file_and_field(
    strict_build: subprocess.CompletedProcess[str], path: str, parts: tuple[str, ...]
) -> None:
    found = warnings(strict_build.stderr)
    assert any(f"docs/{path}: " in warning and all(part in warning for part in parts) for warning in found), (
        strict_build.stderr
    )


def test_broken_files_stop_nothing_in_a_lenient_build(broken_project: Path) -> None:
    lenient_site = broken_project.parent / "lenient"
    lenient = mkdocs_build(broken_project, lenient_site, strict=False)
    assert lenient.returncode == 0 and "Traceback" not in lenient.stderr
    assert (lenient_site / "news/2024/good/index.html").exists()
    assert (lenient_site / SEED_URL / "index.html").exists()


class LiveMarkup(HTMLParser):
    """Collects what could run in a reader's browser."""

    def __init__(self) -> None:
        super().__init__()
        self.live: list[str] = []
        self._in_script = False
        self._in_data_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("iframe", "object", "embed", "svg", "math", "form", "base", "meta", "frame"):
            self.live.append(f"<{tag}>")
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on"):
                self.live.append(f"<{tag} {name}>")
            if name in ("href", "src", "action", "formaction", "xlink:href") and value.startswith(
                ("javascript:", "data:", "vbscript:")
            ):
                self.live.append(f"<{tag} {name}={value[:30]}>")
        kinds = dict(attrs)
        self._in_script = tag == "script" and "src" not in kinds
        self._in_data_script = kinds.get("type") == "application/ld+json"

    def handle_data(self, data: str) -> None:
        if self._in_script and self._in_data_script:
            if "<" in data:  # JSON-LD is data, but raw "<" could close the element
                self.live.append(f"<script type=ld+json>{data[:40]}")
        elif self._in_script and ("alert" in data or "XSS" in data):
            self.live.append(f"<script>{data[:40]}")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False


def live_markup(html: str) -> list[str]:
    """Live markup in an article's own content (Material's own scripts and meta are around it)."""
    start = html.index('<article class="md-content__inner')
    end = html.index("</article>", start)
    parser = LiveMarkup()
    parser.feed(html[start:end])
    return parser.live


HOSTILE = "\"><script>alert('XSS')</script><img src=x onerror=alert('XSS')>"
EMBED = '<video controls src="assets/clip.mp4" data-note="kept"></video>'
# broken markup may swallow what follows it (as in a browser): the good part comes first
HANDMADE = (
    "---\ntitle: \"Handmade </title><script>alert('XSS')</script>\"\ndate: 2024-04-04\n"
    "summary: \"<img src=x onerror=alert('XSS')>\"\ndescription: '\"><script>alert(1)</script>'\n---\n\n"
    '<p><strong>Bold</strong> and <a href="https://example.org/">a link</a></p>\n\n' + "\n\n".join(XSS)
)


def hostile_fields() -> str:
    """An article with the hostile value in every field of its front matter."""
    quoted = json.dumps(HOSTILE)
    front_matter = "\n".join(
        [
            f"title: {quoted}",
            "date: 2024-05-05",
            f"summary: {quoted}",
            f"subtitle: {quoted}",
            f"byline: {quoted}",
            f"dateline: {quoted}",
            f"tags: [{quoted}, youth]",
            f"people: [{quoted}]",
            f"organizations: [{quoted}]",
            f"places: [{quoted}]",
            f"source: {{name: {quoted}, url: {json.dumps('javascript:alert(1)')}}}",
            f"image: {{src: {json.dumps('javascript:alert(1)')}, caption: {quoted}, credit: {quoted}}}",
        ]
    )
    return f"---\n{front_matter}\n---\n\nBody.\n"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One strict build of the fixture site with every hostile input: the XSS list imported from raw
    text, an article written with HTML, hostile values in every field, an editor's embed."""
    root = tmp_path_factory.mktemp("hostile")
    project = copy_project(root / "project")
    raw = root / "raw"
    raw.mkdir()
    for number, payload in enumerate(XSS):
        text = f"Title {number} {payload}\n\nA first paragraph says {payload} in its words.\n\n{payload}\n\nThe end.\n"
        (raw / f"x{number:02}.txt").write_text(text, encoding="utf-8")
    for number, payload in enumerate(XSS):  # saved pages, imported with the texts (a folder holds both)
        (raw / f"page{number:02}.html").write_text(hostile_page(payload, number), encoding="utf-8")
    result = import_articles("--json", "--out", project / "docs/news", "--date", "2024-03-03", raw)
    assert "Traceback" not in result.stderr
    import_links(root, project, len(XSS))
    (project / "docs/news/2024/handmade.md").write_text(HANDMADE, encoding="utf-8")
    (project / "docs/news/2024/fields.md").write_text(hostile_fields(), encoding="utf-8")
    about = project / "docs/about.md"
    about.write_text(about.read_text(encoding="utf-8") + f"\n\n{EMBED}\n", encoding="utf-8")
    out = root / "site"
    built = mkdocs_build(project, out)
    assert built.returncode == 0, built.stderr
    return out


LINKED = 3
"""Hostile pages imported as links (numbered after the saved ones)."""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        return None


def import_links(root: Path, project: Path, first: int) -> None:
    """Hostile pages served by a local HTTP server in a thread and imported as links (--allow-local)."""
    served = root / "served"
    served.mkdir()
    for number in range(first, first + LINKED):
        (served / f"page{number}.html").write_text(hostile_page(XSS[number % len(XSS)], number), encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(served)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        links = [f"{base}/page{number}.html" for number in range(first, first + LINKED)]
        result = import_articles("--json", "--allow-local", "--out", project / "docs/news", *links)
    finally:
        server.shutdown()
        server.server_close()
    assert "Traceback" not in result.stderr
    assert [json.loads(line)["status"] for line in result.stdout.splitlines()] == ["created"] * LINKED, result.stdout


def test_hostile_pages_and_links_are_inert_when_imported_and_built(hostile_site: Path) -> None:
    pages = sorted(hostile_site.glob("news/*/clubs-clean-the-river-bank-in-taraz-page-*/index.html"))
    assert len(pages) == len(XSS) + LINKED
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert live_markup(html) == [], page
        assert "Sixty volunteers of the clubs" in html
    for page in hostile_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert [marker for marker in MARKERS if marker in html] == [], page
        assert "<script>alert" not in html and "tracker.example" not in html, page


def test_the_xss_list_is_inert_when_imported_and_built(hostile_site: Path) -> None:
    pages = sorted((hostile_site / "news/2024").glob("title-*/index.html"))
    assert len(pages) == len(XSS)
    for page in pages:
        assert live_markup(page.read_text(encoding="utf-8")) == [], page
    for page in hostile_site.rglob("*.html"):  # index pages list the same titles
        assert "<script>alert" not in page.read_text(encoding="utf-8"), page


def test_an_article_written_with_html_keeps_formatting_and_loses_what_runs(hostile_site: Path) -> None:
    html = (hostile_site / "news/2024/handmade/index.html").read_text(encoding="utf-8")
    assert live_markup(html) == []
    assert "<strong>Bold</strong>" in html and 'href="https://example.org/"' in html
    head = html[: html.index("</head>")]
    assert "<script>alert" not in head and "</title><script>" not in head
    assert "Handmade &lt;/title&gt;&lt;script&gt;" in head


def test_editor_pages_outside_the_news_are_trusted_with_embeds(hostile_site: Path) -> None:
    assert 'data-note="kept"' in (hostile_site / "about/index.html").read_text(encoding="utf-8")


def test_hostile_values_in_every_field_stay_text_on_every_page(hostile_site: Path) -> None:
    assert (hostile_site / "news/2024/fields").is_dir()
    pages = list(hostile_site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        parser = LiveMarkup()
        parser.feed(page.read_text(encoding="utf-8"))  # the whole page: head, header, lists, content
        # the theme's own <svg> icons, <meta> and search <form> are expected; handlers and scripts are not
        assert [m for m in parser.live if " " in m or m.startswith("<script>")] == [], page
    rss_feeds, json_feeds = list(hostile_site.rglob("feed.xml")), list(hostile_site.rglob("feed.json"))
    assert rss_feeds and json_feeds
    for feed in rss_feeds:  # an RSS description is HTML: after XML decoding, no markup
        descriptions = [d.text or "" for d in ElementTree.parse(feed).getroot().iter("description")]
        assert descriptions and all("<" not in d for d in descriptions), feed
    for feed in json_feeds:  # JSON Feed carries text fields only, never content_html
        assert all("content_html" not in item for item in json.loads(feed.read_text(encoding="utf-8"))["items"])
