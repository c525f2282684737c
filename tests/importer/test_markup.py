"""Markup in raw text stays inert: it reads as pasted and never becomes HTML."""

from __future__ import annotations

import json
from pathlib import Path

import markdown

from newsroom.article import load_article
from newsroom.importer.markup import inert
from tests.helpers import RAW, import_articles


def test_inert_markup_renders_as_the_raw_text() -> None:
    hostile = [
        "<script>alert('xss')</script>",
        "A [link](javascript:alert(1)) and {{ jinja }} and {% raw %} and {: .attr}",
        "---",
        "# not a heading",
        "1990. Not a list starting at one",
        "*stars* and _underscores_ and `backticks` and a & b &amp; c",
    ]
    for line in hostile:
        html = markdown.markdown(inert(line), extensions=["toc"])
        assert "<script" not in html and "<a " not in html and "<em>" not in html and "<code>" not in html
        assert "<hr" not in html and "<h1" not in html and "<ol" not in html
        text = html.removeprefix("<p>").removesuffix("</p>")
        assert text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&quot;", '"') == line


def test_hostile_sample_front_matter_and_body_stay_inert(tmp_path: Path) -> None:
    result = import_articles("--json", "--out", tmp_path, "--date", "2024-01-01", RAW / "hostile-markup.txt")
    article = load_article(Path(json.loads(result.stdout)["output"]))
    assert article.title == 'Breaking: "Clubs" & partners: #1 <b>event</b> of the year --- really?'
    html = markdown.markdown(article.body, extensions=["toc"])
    assert "<script" not in html and "<img" not in html and "javascript:" not in html.split("[link]")[0]
    assert "<a " not in html and "<hr" not in html and "title: injected" in html
