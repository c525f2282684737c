"""Broken and hostile content at build time: clear warnings, never a traceback, nothing live."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest
from tests.helpers import SEED_URL, import_articles, mkdocs_build

GOOD = "---\ntitle: Good story\ndate: 2024-02-02\ntags: [youth]\n---\n\nFine.\n"
BROKEN = [
    ("news/2024/yaml.md", "---\ntitle: [unclosed\ndate: 2024-01-01\n---\n\nx\n", "front matter is not valid YAML"),
    ("news/2024/untitled.md", "---\ndate: 2024-01-01\n---\n\nx\n", "title: missing"),
    ("news/2024/baddate.md", "---\ntitle: T\ndate: someday\n---\n\nx\n", "date: 'someday' is not a date (YYYY-MM-DD)"),
    (
        "news/2024/tags.md",
        "---\ntitle: T\ndate: 2024-01-01\ntags: youth, culture\n---\n\nx\n",
        "tags: 'youth, culture' is not a list",
    ),
    ("news/2024/nofm.md", "Just text, no front matter.\n", "no front matter"),
    (
        "people/nobody.md",
        "---\nname: Nobody At All\n---\n\nBio.\n",
        "name: 'Nobody At All' is named in no published article",
    ),
    (
        "people/clash.md",
        "---\nname: Someone Else\naliases: [Bolat Akchulakov]\n---\n\nBio.\n",
        "aliases: 'Bolat Akchulakov' is already a spelling of",
    ),
    (
        "news/2023/kazakhstan-heads-the-world-federation-of-clubs-for-unesco/index.md",
        GOOD,
        "its address news/2023/kazakhstan-heads-the-world-federation-of-clubs-for-unesco/ is also",
    ),
]


@pytest.mark.parametrize(("path", "text", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_file_is_a_warning_naming_file_and_field(
    project: Path, tmp_path: Path, path: str, text: str, message: str
) -> None:
    (project / "docs" / path).parent.mkdir(parents=True, exist_ok=True)
    (project / "docs" / path).write_text(text, encoding="utf-8")
    (project / "docs/news/2024").mkdir(parents=True, exist_ok=True)
    (project / "docs/news/2024/good.md").write_text(GOOD, encoding="utf-8")
    strict = mkdocs_build(project, tmp_path / "strict")
    assert strict.returncode != 0
    warnings = [line for line in strict.stderr.splitlines() if line.startswith("WARNING")]
    assert any(f"docs/{path}" in line and message in line for line in warnings), strict.stderr
    assert "Traceback" not in strict.stderr
    lenient = mkdocs_build(project, tmp_path / "lenient", strict=False)
    assert lenient.returncode == 0 and "Traceback" not in lenient.stderr
    assert (tmp_path / "lenient/news/2024/good/index.html").exists()
    assert (tmp_path / "lenient" / SEED_URL / "index.html").exists()


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


XSS = [
    "<script>alert('XSS')</script>",
    "<img src=x onerror=alert('XSS')>",
    "<svg onload=alert('XSS')><circle r=1></svg>",
    "<a href=\"javascript:alert('XSS')\">click</a>",
    "[click](javascript:alert('XSS'))",
    "![x](javascript:alert('XSS'))",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4=)",
    "<iframe src=javascript:alert('XSS')></iframe>",
    "<body onload=alert('XSS')>",
    "<div style=\"background:url(javascript:alert('XSS'))\">x</div>",
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert('XSS')>",
    "<scr<script>ipt>alert('XSS')</scr</script>ipt>",
    "<a href=\"jav&#x09;ascript:alert('XSS')\">tab</a>",
    "<details open ontoggle=alert('XSS')>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('XSS')>",
    "Paragraph {: onclick=\"alert('XSS')\" }",
    "{{ config.site_name }} {% include 'x' %} {{ 7*7 }}",
    "<<SCRIPT>alert('XSS');//<</SCRIPT>",
    '<input autofocus onfocus=alert("XSS")>',
    "<object data=javascript:alert('XSS')></object>",
]


def test_the_xss_list_is_inert_when_imported_and_built(project: Path, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for number, payload in enumerate(XSS):
        text = f"Title {number} {payload}\n\nA first paragraph says {payload} in its words.\n\n{payload}\n\nThe end.\n"
        (raw / f"x{number:02}.txt").write_text(text, encoding="utf-8")
    result = import_articles("--json", "--out", project / "docs/news", "--date", "2024-03-03", raw)
    assert "Traceback" not in result.stderr
    out = tmp_path / "site"
    built = mkdocs_build(project, out)
    assert built.returncode == 0, built.stderr
    pages = sorted((out / "news/2024").glob("*/index.html"))
    assert len(pages) == len(XSS)
    for page in pages:
        assert live_markup(page.read_text(encoding="utf-8")) == [], page
    for page in out.rglob("*.html"):  # index pages list the same titles
        assert "<script>alert" not in page.read_text(encoding="utf-8"), page


def test_an_article_written_with_html_keeps_formatting_and_loses_what_runs(project: Path, tmp_path: Path) -> None:
    # broken markup may swallow what follows it (as in a browser): the good part comes first
    body = '<p><strong>Bold</strong> and <a href="https://example.org/">a link</a></p>\n\n' + "\n\n".join(XSS)
    (project / "docs/news/2024").mkdir(parents=True, exist_ok=True)
    (project / "docs/news/2024/handmade.md").write_text(
        f"---\ntitle: \"Handmade </title><script>alert('XSS')</script>\"\ndate: 2024-04-04\n"
        f"summary: \"<img src=x onerror=alert('XSS')>\"\ndescription: '\"><script>alert(1)</script>'\n---\n\n{body}",
        encoding="utf-8",
    )
    out = tmp_path / "site"
    built = mkdocs_build(project, out)
    assert built.returncode == 0, built.stderr
    html = (out / "news/2024/handmade/index.html").read_text(encoding="utf-8")
    assert live_markup(html) == []
    assert "<strong>Bold</strong>" in html and 'href="https://example.org/"' in html
    head = html[: html.index("</head>")]
    assert "<script>alert" not in head and "</title><script>" not in head
    assert "Handmade &lt;/title&gt;&lt;script&gt;" in head


def test_editor_pages_outside_the_news_are_trusted_with_embeds(project: Path, tmp_path: Path) -> None:
    about = project / "docs/about.md"
    embed = '<video controls src="assets/clip.mp4" data-note="kept"></video>'
    about.write_text(about.read_text(encoding="utf-8") + f"\n\n{embed}\n", encoding="utf-8")
    out = tmp_path / "site"
    assert mkdocs_build(project, out).returncode == 0
    assert 'data-note="kept"' in (out / "about/index.html").read_text(encoding="utf-8")


HOSTILE = "\"><script>alert('XSS')</script><img src=x onerror=alert('XSS')>"


def test_hostile_values_in_every_field_stay_text_on_every_page(project: Path, tmp_path: Path) -> None:
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
    (project / "docs/news/2024").mkdir(parents=True, exist_ok=True)
    (project / "docs/news/2024/fields.md").write_text(f"---\n{front_matter}\n---\n\nBody.\n", encoding="utf-8")
    out = tmp_path / "site"
    built = mkdocs_build(project, out)
    assert built.returncode == 0, built.stderr
    pages = list(out.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        parser = LiveMarkup()
        parser.feed(page.read_text(encoding="utf-8"))  # the whole page: head, header, lists, content
        # the theme's own <svg> icons, <meta> and search <form> are expected; handlers and scripts are not
        assert [m for m in parser.live if " " in m or m.startswith("<script>")] == [], page
    for feed in out.rglob("feed.xml"):  # an RSS description is HTML: after XML decoding, no markup
        descriptions = [d.text or "" for d in ElementTree.parse(feed).getroot().iter("description")]
        assert descriptions and all("<" not in d for d in descriptions), feed
    for feed in out.rglob("feed.json"):  # JSON Feed carries text fields only, never content_html
        assert all("content_html" not in item for item in json.loads(feed.read_text(encoding="utf-8"))["items"])


def test_a_multiline_name_is_refused_not_turned_into_front_matter(project: Path, tmp_path: Path) -> None:
    (project / "docs/news/2024").mkdir(parents=True, exist_ok=True)
    (project / "docs/news/2024/lines.md").write_text(
        "---\ntitle: T\ndate: 2024-01-01\ntags: [\"---\\ntemplate: 404.html\\n---\"]\n---\n\nx\n", encoding="utf-8"
    )
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/news/2024/lines.md: tags: " in result.stderr and "has a line break" in result.stderr
