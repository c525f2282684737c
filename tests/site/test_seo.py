"""Sharing and search-engine tags: the pure functions of newsroom.site.seo, read back as a parser
would, and what the built site gives crawlers (sitemap.xml, the <head> of the theme)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsroom.article import Article, Image, Source, load_article
from newsroom.site import seo
from tests.helpers import SEED_URL, mkdocs_build
from tests.helpers.sandbox import imported_seed

SITE_URL = "https://clubs.example.org/newsroom/"
SITE_NAME = "UNESCO Clubs Newsroom"
SEED_PATH = "news/2023/kazakhstan-heads-the-world-federation-of-clubs-for-unesco.md"
HOSTILE = 'Clubs </script><script>alert("x")</script> & "friends" <!-- -->'


class HeadReader(HTMLParser):
    """The <meta> tags and JSON-LD scripts of an HTML fragment, as a browser reads them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.meta: list[tuple[str, str]] = []
        self.scripts: list[str] = []
        self._in_script = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta":
            self.meta.append((values.get("property") or values.get("name") or "", values.get("content") or ""))
        self._in_script = tag == "script" and values.get("type") == "application/ld+json"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data

    def values(self, name: str) -> list[str]:
        return [content for key, content in self.meta if key == name]

    def json_ld(self) -> dict:
        assert len(self.scripts) == 1, self.scripts
        return json.loads(self.scripts[0])


@pytest.fixture
def seed() -> Article:
    """The seed article as the importer makes it from the seed sample (never the editors' copy)."""
    return load_article(imported_seed() / SEED_PATH.removeprefix("news/"), src_path=SEED_PATH)


def with_image(
    article: Article, src: str | None, caption: str | None = "A caption", credit: str | None = "Press service"
) -> Article:
    return dataclasses.replace(article, image=Image(src=src, caption=caption, credit=credit))


def test_open_graph_describes_the_seed_as_an_article(seed: Article) -> None:
    head = HeadReader(seo.article_head(seed, SITE_URL, SITE_NAME))
    assert head.values("og:type") == ["article"]
    assert head.values("og:title") == [seed.title]
    assert head.values("og:description") == [seed.summary]
    assert head.values("og:url") == [SITE_URL + SEED_URL]
    assert head.values("og:site_name") == [SITE_NAME]
    assert head.values("og:locale") == ["en_GB"]
    assert head.values("article:published_time") == ["2023-10-31"]
    assert head.values("article:tag") == seed.tags and seed.tags
    assert head.values("og:image") == []  # the seed's picture has no file
    assert head.values("twitter:card") == ["summary"]
    assert not any(key == "canonical" for key, _ in head.meta)  # Material prints the canonical link


def test_the_json_ld_is_a_news_article_that_parses(seed: Article) -> None:
    data = HeadReader(seo.article_head(seed, SITE_URL, SITE_NAME)).json_ld()
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == seed.title
    assert data["datePublished"] == "2023-10-31"
    assert data["inLanguage"] == "en"
    assert data["description"] == seed.summary
    assert data["url"] == data["mainEntityOfPage"]["@id"] == SITE_URL + SEED_URL
    assert data["publisher"] == {"@type": "Organization", "name": SITE_NAME, "url": SITE_URL}
    assert {"@type": "Person", "name": "Bolat Akchulakov"} in data["about"]
    assert {"@type": "Place", "name": "Seoul"} in data["mentions"]
    assert {"@type": "Organization", "name": "UNESCO"} in data["mentions"]
    assert data["keywords"] == seed.tags
    assert data["sourceOrganization"] == {"@type": "Organization", "name": "Kazinform", "url": "https://www.inform.kz"}
    assert "image" not in data


def test_people_link_to_their_pages_when_the_site_has_them(seed: Article) -> None:
    def link_for(kind: str, name: str) -> str | None:
        return "people/bolat-akchulakov/" if (kind, name) == ("people", "Bolat Akchulakov") else None

    data = seo.news_article(seed, SITE_URL, SITE_NAME, link_for)
    assert {"@type": "Person", "name": "Bolat Akchulakov", "url": SITE_URL + "people/bolat-akchulakov/"} in data[
        "about"
    ]
    assert all("url" not in place for place in data["mentions"] if place["@type"] == "Place")


def test_a_hostile_title_cannot_break_out_of_the_tags() -> None:
    article = Article(title=HOSTILE, date=dt.date(2024, 5, 1), summary=HOSTILE, tags=[HOSTILE], people=[HOSTILE])
    html = seo.article_head(article, SITE_URL, SITE_NAME)
    head = HeadReader(html)
    assert head.values("og:title") == [HOSTILE] and head.values("article:tag") == [HOSTILE]
    assert head.json_ld()["headline"] == HOSTILE
    assert head.json_ld()["about"][0]["name"] == HOSTILE
    # one script element, and nothing raw inside it that HTML would read as markup
    assert html.count("<script") == 1 and html.count("</script>") == 1
    assert "<" not in head.scripts[0] and ">" not in head.scripts[0] and "&" not in head.scripts[0]


def test_a_local_picture_is_announced_with_an_absolute_url_and_its_credit(seed: Article) -> None:
    article = with_image(seed, "/assets/photos/congress.jpg")
    head = HeadReader(seo.article_head(article, SITE_URL, SITE_NAME))
    picture = SITE_URL + "assets/photos/congress.jpg"
    assert head.values("og:image") == [picture]
    assert head.values("twitter:card") == ["summary_large_image"]
    assert head.values("twitter:image") == [picture]
    image = head.json_ld()["image"]
    assert image["url"] == picture
    assert image["caption"] == "A caption" and image["creditText"] == "Press service"


def test_a_relative_picture_is_taken_from_the_article_folder(seed: Article) -> None:
    assert seo.image_url(with_image(seed, "photos/a.jpg"), SITE_URL) == SITE_URL + "news/2023/photos/a.jpg"
    assert seo.image_url(with_image(seed, "../a.jpg"), SITE_URL) == SITE_URL + "news/a.jpg"


@pytest.mark.parametrize("src", ["https://tracker.example.com/a.jpg", "//cdn.example.com/a.jpg", "javascript:x", None])
def test_a_picture_on_another_host_or_without_a_file_is_never_announced(seed: Article, src: str | None) -> None:
    head = HeadReader(seo.article_head(with_image(seed, src), SITE_URL, SITE_NAME))
    assert head.values("og:image") == [] and head.values("twitter:image") == []
    assert "image" not in head.json_ld()


def test_a_russian_article_has_its_locale_language_byline_and_dateline() -> None:
    article = Article(
        title="В Шымкенте прошла конференция клубов ЮНЕСКО",
        date=dt.date(2023, 4, 21),
        lang="ru",
        byline="Дана Есимова",
        dateline="ШЫМКЕНТ",
        subtitle="Более 150 руководителей",
        source=Source("Казинформ", "not a web address"),
    )
    head = HeadReader(seo.article_head(article, SITE_URL.rstrip("/"), SITE_NAME))
    data = head.json_ld()
    assert head.values("og:locale") == ["ru_RU"] and data["inLanguage"] == "ru"
    assert data["url"].startswith(SITE_URL + "news/2023/") and data["url"].endswith("/")
    assert data["author"] == {"@type": "Person", "name": "Дана Есимова"}
    assert data["dateline"] == "ШЫМКЕНТ" and data["alternativeHeadline"] == "Более 150 руководителей"
    assert data["sourceOrganization"] == {"@type": "Organization", "name": "Казинформ"}
    assert "Шымкенте" in seo.json_ld_script(data)  # readable UTF-8, not \u escapes


@pytest.mark.parametrize("site_url", [None, "", "/newsroom/", "ftp://example.org/"])
def test_without_a_web_site_url_the_error_says_to_set_it(seed: Article, site_url: str | None) -> None:
    with pytest.raises(ValueError, match=r"set site_url in mkdocs\.yml"):
        seo.article_head(seed, site_url, SITE_NAME)  # type: ignore[arg-type]


def test_robots_txt_allows_crawling_and_points_to_the_sitemap() -> None:
    text = seo.robots_txt("https://clubs.example.org")
    assert "User-agent: *\nAllow: /\n" in text
    assert text.splitlines()[-1] == "Sitemap: https://clubs.example.org/sitemap.xml"


# The built site ---------------------------------------------------------------------------


def test_the_sitemap_lists_the_article_pages(built_site: Path) -> None:
    site_url = "https://unesco-clubs-kz.github.io/newsroom/"  # mkdocs.yml
    tree = ET.parse(built_site / "sitemap.xml")
    locations = [loc.text for loc in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert site_url + SEED_URL in locations
    assert site_url in locations and site_url + "about/" in locations
    articles = sorted(p.parent for p in (built_site / "news").rglob("index.html") if p.parent.parent.name.isdigit())
    assert articles and all(site_url + str(a.relative_to(built_site)) + "/" in locations for a in articles)


def test_the_built_article_page_carries_its_sharing_tags_once_in_the_head(built_site: Path) -> None:
    html = (built_site / SEED_URL / "index.html").read_text(encoding="utf-8")
    head_html, body_html = html.split("</head>", 1)
    head = HeadReader(head_html)
    site_url = "https://unesco-clubs-kz.github.io/newsroom/"  # mkdocs.yml
    assert head.values("og:type") == ["article"] and head.values("og:url") == [site_url + SEED_URL]
    assert head.json_ld()["@type"] == "NewsArticle" and head.json_ld()["url"] == site_url + SEED_URL
    assert head_html.count('rel="canonical"') == 1 and "og:type" not in body_html
    about = (built_site / "about" / "index.html").read_text(encoding="utf-8").split("</head>", 1)[0]
    assert "og:type" not in about and "application/ld+json" not in about


def test_a_russian_article_marks_its_text_as_russian(project: Path, tmp_path: Path) -> None:
    article = project / "docs" / "news" / "2023" / "konferenciya.md"
    article.write_text("---\ntitle: Конференция клубов\ndate: 2023-04-21\nlang: ru\n---\n\nТекст.\n", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / "news" / "2023" / "konferenciya" / "index.html").read_text(encoding="utf-8")
    assert '<div lang="ru">' in html and html.index('<div lang="ru">') < html.index("Текст.")
    seed = (tmp_path / "site" / SEED_URL / "index.html").read_text(encoding="utf-8")
    assert "<div lang=" not in seed
