"""A page's metadata, head tags and content (``newsroom.site.page_assembly``), without MkDocs."""

from __future__ import annotations

from pathlib import Path

from newsroom.site import memo
from newsroom.site.build_state import Build
from newsroom.site.feeds import site_feeds
from newsroom.site.page_assembly import LATEST_MARKER, head_tags, language_meta, page_content, page_meta
from newsroom.site.pages import PageContent
from tests.helpers.small_site import build_site, write_docs

FORUM = "news/2024/a-youth-forum-in-almaty.md"
BROKEN = "news/2024/a-broken-one.md"
SITE_URL = "https://example.org/newsroom/"


def started(root: Path) -> Build:
    write_docs(root)
    memo.begin()
    build = build_site(root)
    feeds = site_feeds(build.index, build.catalog.published, "Steppe News")
    build.feeds = {feed.page_url: feed for feed in feeds}
    return build


def test_titles_and_descriptions_become_text(tmp_path: Path) -> None:
    build = started(tmp_path)
    meta = {"title": "About <us>", "description": "Who & why"}
    assert page_meta(build, "about.md", meta) is False
    assert meta == {"title": "About &lt;us&gt;", "description": "Who &amp; why"}
    article_meta = {"title": "A youth forum in Almaty"}
    page_meta(build, FORUM, article_meta)
    assert article_meta["description"] == "Young &lt;people&gt; meet."  # the summary, as text


def test_a_generated_page_skips_its_markdown_and_takes_its_title(tmp_path: Path) -> None:
    build = started(tmp_path)
    build.generated["tags/youth/index.md"] = PageContent("tags/youth/index.md", "Youth & more", "<p/>")
    meta: dict[str, object] = {}
    assert page_meta(build, "tags/youth/index.md", meta) is True
    assert meta["title"] == "Youth &amp; more"


def test_an_article_gets_its_header_and_the_home_page_its_latest_articles(tmp_path: Path) -> None:
    build = started(tmp_path)
    article = page_content(
        build, "<p>Text of A youth forum in Almaty.</p>", FORUM, "news/2024/a-youth-forum-in-almaty/"
    )
    assert (
        article.index('datetime="2024-05-02"')
        < article.index("<p>Text of")
        < article.index('href="../../../tags/youth/"')
    )
    home = page_content(build, f"<h1>Welcome</h1>\n{LATEST_MARKER}", "index.md", "")
    assert LATEST_MARKER not in home
    assert home.index("A youth forum in Almaty") < home.index("A heritage walk in Turkistan")  # newest first
    assert "A draft about the steppe" not in home


def test_a_page_with_problems_says_them_above_its_text(tmp_path: Path) -> None:
    build = started(tmp_path)
    html = page_content(build, "<p>Text.</p>", BROKEN, "news/2024/a-broken-one/")
    assert html.index("a-broken-one.md") < html.index("<p>Text.</p>")


def test_head_tags_announce_the_feeds_and_the_articles_sharing_tags(tmp_path: Path) -> None:
    build = started(tmp_path)
    assert head_tags(build, FORUM, "news/2024/a-youth-forum-in-almaty/", {}, "", "Steppe News") == ""
    head = head_tags(build, FORUM, "news/2024/a-youth-forum-in-almaty/", {}, SITE_URL, "Steppe News")
    assert f"{SITE_URL}feed.xml" in head
    assert 'property="og:title"' in head and "A youth forum in Almaty" in head
    assert 'property="og:title"' not in head_tags(build, "about.md", "about/", {}, SITE_URL, "Steppe News")


def test_a_one_language_site_adds_no_language_metadata(tmp_path: Path) -> None:
    build = started(tmp_path)
    meta: dict[str, object] = {}
    language_meta(build, FORUM, "news/2024/a-youth-forum-in-almaty/", meta, SITE_URL, pagefind=True)
    assert meta == {}
