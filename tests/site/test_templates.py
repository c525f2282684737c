"""The site's HTML fragments come from Jinja templates that a site overrides in its ``custom_dir``
(``overrides/newsroom/<name>.html``), their words from ``newsroom.site.labels``; a page whose
front matter has problems says so on the page."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest

from newsroom.article import Article, Image, Source
from newsroom.site import labels as labels_module
from newsroom.site.labels import Labels
from newsroom.site.pages import archive_pages
from newsroom.site.render import TEMPLATE_FOLDER, TEMPLATES, Renderer, TemplateProblem, article_header
from newsroom.site.topics import topics_section
from tests.helpers import mkdocs_build, serving

ARTICLE = """---
title: Riverside clubs open a reading room
date: 2024-03-05
summary: Volunteers of two invented clubs opened a reading room by the river.
tags: [reading]
people: [Dana Invented]
byline: Sabina <b>Example</b>
lang: en
---

The room has three shelves and a kettle.
"""
OVERRIDE = """<div class="club-header">Filed by {{ article.byline }} on {{ article.date.isoformat() }}</div>
{% for row in chip_rows %}{% include "newsroom/chips.html" %}{% endfor %}
"""
BROKEN = """---
title: A story with a bad date
date: soon
colour: blue
people: [Dana Invented]
---

Its text.
"""
HOSTILE = '<script>alert("x")</script> & <b>bold</b>'
TEMPLATE_NAMES = sorted(path.stem for path in (TEMPLATES / TEMPLATE_FOLDER).glob("*.html"))


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_a_sites_override_of_the_article_header_replaces_ours(project: Path, tmp_path: Path) -> None:
    write(project / "docs/news/2024/reading-room.md", ARTICLE)
    write(project / "overrides" / TEMPLATE_FOLDER / "article-header.html", OVERRIDE)
    out = tmp_path / "site"
    result = mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    article = page(out, "news/2024/reading-room")
    # the site's template, autoescaped like ours, with our chips template included from it
    assert '<div class="club-header">Filed by Sabina &lt;b&gt;Example&lt;/b&gt; on 2024-03-05</div>' in article
    assert 'class="nr-article-header"' not in article
    assert '<div class="nr-chips nr-people"><span class="nr-label">People:</span> <a class="nr-chip"' in article
    assert 'class="nr-articles"' in page(out, "")  # the other fragments are still ours


def test_an_override_with_a_mistake_stops_the_build_naming_its_file_and_line(project: Path, tmp_path: Path) -> None:
    write(project / "docs/news/2024/reading-room.md", ARTICLE)
    write(project / "overrides" / TEMPLATE_FOLDER / "chips.html", "<p>\n{{ row.colour }}</p>\n")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert re.search(r"overrides/newsroom/chips\.html: line 2: .*colour", result.stderr), result.stderr
    assert "Traceback" not in result.stderr


def test_a_broken_article_shows_its_problems_on_its_page_until_fixed(project: Path, tmp_path: Path) -> None:
    """Served, a broken article shows what is wrong; built, it is left out (it may have been a draft)."""
    write(project / "docs/news/2024/bad-date.md", BROKEN.replace("title:", "draft: true\ntitle:"))
    strict = mkdocs_build(project, tmp_path / "strict")
    lenient = mkdocs_build(project, tmp_path / "lenient", strict=False)
    assert strict.returncode != 0 and lenient.returncode == 0, lenient.stderr
    assert not (tmp_path / "lenient/news/2024/bad-date").exists(), "a broken article (a draft here) was published"
    with serving(project) as served:
        assert served.wait_for(lambda: "nr-problems" in served.page("news/2024/bad-date/")), "no note when served"
        broken = served.page("news/2024/bad-date/")
    note = broken[broken.index('class="admonition failure nr-problems"') :]
    note = note[: note.index("</div>")]
    messages = [html.unescape(m) for m in re.findall(r"<li>(.*?)</li>", note)]
    assert any("docs/news/2024/bad-date.md: date: 'soon' is not a date" in m for m in messages), messages
    assert any("docs/news/2024/bad-date.md: colour" in m for m in messages), messages
    for message in messages:  # the strict build fails on the same messages
        assert message in strict.stderr
    assert "left out of the home page" in note
    assert broken.index("nr-problems") < broken.index("Its text.")
    assert "A story with a bad date" not in page(tmp_path / "lenient", "")  # not on the home page
    good = page(tmp_path / "lenient", "news/2023/kazakhstan-heads-the-world-federation-of-clubs-for-unesco")
    assert "nr-problems" not in good


def test_every_template_can_be_overridden_by_a_site(tmp_path: Path) -> None:
    assert {"article-header", "chips", "article-list", "related", "term-page", "problems"} <= set(TEMPLATE_NAMES)
    for name in TEMPLATE_NAMES:
        write(tmp_path / TEMPLATE_FOLDER / f"{name}.html", f"<!-- the site's {name} -->\n")
    renderer = Renderer(tmp_path)
    for name in TEMPLATE_NAMES:
        assert renderer.render(name) == f"<!-- the site's {name} -->\n"


def test_a_missing_template_is_a_clear_problem() -> None:
    with pytest.raises(TemplateProblem, match=r"newsroom/no-such-thing\.html"):
        Renderer().render("no-such-thing")


def test_the_article_header_keeps_hostile_text_inert() -> None:
    article = Article(
        title=HOSTILE,
        date=dt.date(2024, 5, 1),
        subtitle=HOSTILE,
        byline=HOSTILE,
        dateline=HOSTILE,
        source=Source(HOSTILE, 'javascript:alert("x")'),
        image=Image(src="/assets/a.jpg", caption=HOSTILE, credit=HOSTILE),
        tags=[HOSTILE],
        people=[HOSTILE],
        src_path="news/2024/x.md",
    )
    header = article_header(article, lambda kind, name: f"{kind}/x/")
    header += topics_section(article, lambda kind, name: f"{kind}/x/")
    assert "<script" not in header and "<b>" not in header and "javascript:" not in header
    # as text in the subtitle, dateline, source, byline, picture's alt, caption, credit, then the topics' tag and person
    assert header.count("&lt;script&gt;") == 9
    assert 'href="../../../tags/x/"' in header and 'src="../../../assets/a.jpg"' in header


def test_labels_fall_back_to_english_and_follow_plural_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    english = Labels("en")
    assert english.count("articles_count", 1) == "1 article" and english.count("articles_count", 2) == "2 articles"
    assert english.format("byline", name="A B") == "By A B" and english.tags == "Tags"
    russian = {"articles_count": {"one": "{count} статья", "few": "{count} статьи", "many": "{count} статей"}}
    monkeypatch.setitem(labels_module.LABELS, "ru", {"tags": "Теги", **russian})
    labels = Labels("ru")
    counts = [labels.count("articles_count", n) for n in (1, 3, 5, 21)]
    assert counts == ["1 статья", "3 статьи", "5 статей", "21 статья"]
    assert labels.tags == "Теги" and labels.source == "Source"  # a key it lacks is English


def test_pages_use_the_sites_language_for_labels_and_month_names(monkeypatch: pytest.MonkeyPatch) -> None:
    russian = {"news_archive": "Архив новостей", "news_of_year": "Новости {year}"}
    monkeypatch.setitem(labels_module.LABELS, "ru", russian)
    story = Article(title="Story", date=dt.date(2023, 10, 31), src_path="news/2023/story.md")
    archive, year = archive_pages([story], Renderer(lang="ru"))
    assert archive.title == "Архив новостей" and year.title == "Новости 2023"
    assert ">окт.</a>" in archive.body
    assert '<h2 id="m2023-10">октябрь 2023</h2>' in year.body
    assert '<h2 id="m2023-10">October 2023</h2>' in archive_pages([story])[1].body


def test_the_source_publication_is_shown_as_the_source_not_again_as_an_organization() -> None:
    article = Article(
        title="Clubs meet",
        date=dt.date(2025, 3, 1),
        organizations=["Kazinform", "UNESCO"],
        source=Source("Kazinform", "https://www.inform.kz"),
        src_path="news/2025/clubs-meet.md",
    )
    header = article_header(article, lambda kind, name: f"{kind}/{name.lower()}/")
    chips = re.findall(r'class="nr-chip"[^>]*>([^<]+)<', topics_section(article, lambda kind, name: f"{kind}/x/"))
    assert chips == ["UNESCO"]
    assert re.search(r'class="nr-source">Source: <a href="https://www.inform.kz"[^>]*>Kazinform</a>', header)
