"""The preview's plan and end of build (``newsroom.site.previewer``), without a server."""

from __future__ import annotations

import json
from pathlib import Path

from newsroom.site import memo
from newsroom.site.build_state import Build
from newsroom.site.feeds import site_feeds
from newsroom.site.incremental import ArticleReader, Digests, Plan
from newsroom.site.previewer import FeedTitles, Previewer, PreviewPage, feed_titles
from newsroom.site.site_files import add_index_pages, in_memory
from tests.helpers.file_list import FileDict
from tests.helpers.small_site import build_site, pages_of, write_docs

FORUM = "news/2024/a-youth-forum-in-almaty.md"
WALK = "news/2024/a-heritage-walk-in-turkistan.md"
SITE_KEY = "site"


def previewer() -> Previewer:
    digests = Digests()
    return Previewer(digests, ArticleReader(digests))


def rebuild(root: Path, preview: Previewer) -> tuple[Build, Plan]:
    """One rebuild as a server does it: the build, its index pages and feeds, the plan, the end."""
    memo.begin()
    build = build_site(root, reader=preview.articles, index_builder=preview.remembering_index)
    pages = preview.index_pages(build, [], None, "en")
    add_index_pages(build, FileDict(), pages, {}, in_memory(preview.page_fingerprints.of))
    build.feeds = {feed.page_url: feed for feed in site_feeds(build.index, build.catalog.published, "Steppe News")}
    site = root / "site"
    documents = {src: url for src, url in pages_of(root / "docs")} | {
        p.src_path: p.url for p in build.generated.values()
    }
    found = {src: PreviewPage(url, str(site / url / "index.html")) for src, url in documents.items()}
    plan = preview.plan(SITE_KEY, build, root / "docs", found, [page.dest_path for page in found.values()])
    for page in found.values():  # the pages are built
        Path(page.dest_path).parent.mkdir(parents=True, exist_ok=True)
        Path(page.dest_path).write_text("<html></html>", encoding="utf-8")
    preview.end_build(build, site)
    return build, plan


def test_the_first_build_builds_every_page_the_next_none(tmp_path: Path) -> None:
    write_docs(tmp_path)
    preview = previewer()
    _, first = rebuild(tmp_path, preview)
    assert first.everything and {FORUM, WALK, "index.md", "tags/youth.md"} <= first.rebuild
    _, second = rebuild(tmp_path, preview)
    assert second.rebuild == set() and not second.everything


def test_a_changed_title_rebuilds_the_article_and_the_lists_that_show_it(tmp_path: Path) -> None:
    docs = write_docs(tmp_path)
    preview = previewer()
    rebuild(tmp_path, preview)
    forum = docs / FORUM
    forum.write_text(
        forum.read_text(encoding="utf-8").replace("A youth forum in Almaty", "A youth forum moved"), "utf-8"
    )
    build, plan = rebuild(tmp_path, preview)
    assert {FORUM, "index.md", "tags/youth.md", "news/2024/index.md"} <= plan.rebuild
    assert WALK not in plan.rebuild and "tags/heritage.md" not in plan.rebuild
    assert "A youth forum moved" in build.generated["tags/youth.md"].body


def test_a_deleted_article_leaves_its_lists_and_its_output_is_removed(tmp_path: Path) -> None:
    docs = write_docs(tmp_path)
    preview = previewer()
    rebuild(tmp_path, preview)
    (docs / WALK).unlink()
    build, plan = rebuild(tmp_path, preview)
    assert tmp_path / "site" / "news/2024/a-heritage-walk-in-turkistan/index.html" in plan.remove
    assert tmp_path / "site" / "tags/heritage/index.html" in plan.remove  # its only tag's page is gone
    assert "index.md" in plan.rebuild and "tags/heritage/" not in build.feeds


def test_the_end_of_a_build_merges_the_search_index_and_removes_gone_feeds(tmp_path: Path) -> None:
    docs = write_docs(tmp_path)
    preview, site = previewer(), tmp_path / "site"
    rebuild(tmp_path, preview)
    preview.preview.feeds["tags/heritage/"] = ("old",)  # as if its feed was written by the last build
    for name in ("feed.xml", "feed.json"):
        (site / "tags/heritage" / name).write_text("old", encoding="utf-8")
    index = site / "search" / "search_index.json"
    index.parent.mkdir(parents=True)
    entries = [{"location": "news/2024/a-youth-forum-in-almaty/", "title": "A youth forum in Almaty", "text": ""}]
    index.write_text(json.dumps({"config": {}, "docs": entries}), encoding="utf-8")
    rebuild(tmp_path, preview)  # nothing rebuilt: the index MkDocs wrote has no page's entries
    index.write_text(json.dumps({"config": {}, "docs": []}), encoding="utf-8")
    (docs / WALK).unlink()
    rebuild(tmp_path, preview)
    merged = json.loads(index.read_text(encoding="utf-8"))["docs"]
    assert [entry["title"] for entry in merged] == ["A youth forum in Almaty"]  # kept from the first build
    assert not (site / "tags/heritage/feed.xml").exists() and "tags/heritage/" not in preview.preview.feeds


def test_a_multilingual_part_is_empty_on_a_one_language_site(tmp_path: Path) -> None:
    write_docs(tmp_path)
    preview = previewer()
    build, _ = rebuild(tmp_path, preview)
    assert preview.language_parts(build, FORUM, "news/2024/a-youth-forum-in-almaty/") == []


class CountingTemplate:
    def __init__(self) -> None:
        self.renders = 0

    def render(self, context: dict[str, object]) -> str:
        self.renders += 1
        return f"<p>{context['site_name']} {self.renders}</p>"


def test_the_404_page_is_rendered_again_only_when_the_site_key_changes() -> None:
    preview, template = previewer(), CountingTemplate()
    assert preview.template(template, "404.html") is template  # no build under way: as it is
    preview.preview.plan("site one", {}, [], lambda src: "")
    first = preview.template(template, "404.html").render({"site_name": "Steppe News"})
    again = preview.template(template, "404.html").render({"site_name": "Steppe News"})
    assert first == again and template.renders == 1
    preview.preview.plan("site two", {}, [], lambda src: "")
    assert preview.template(template, "404.html").render({"site_name": "Steppe News"}) != first
    assert preview.template(template, "main.html") is template


def test_a_feeds_key_follows_its_articles_digests_and_fields(tmp_path: Path) -> None:
    write_docs(tmp_path)
    preview = previewer()
    build, _ = rebuild(tmp_path, preview)
    feed = build.feeds["tags/youth/"]
    key = preview.feed_key(feed, "https://example.org/")
    assert preview.feed_key(feed, "https://example.org/") == key
    assert preview.feed_key(feed, "https://example.net/") != key
    preview.articles.digest_of = {**preview.articles.digest_of, FORUM: "edited"}  # the next build's digests
    assert preview.feed_key(feed, "https://example.org/") != key


def test_the_feed_titles_of_a_page_are_its_sections_then_its_own(tmp_path: Path) -> None:
    write_docs(tmp_path)
    build, _ = rebuild(tmp_path, previewer())
    titles = FeedTitles(build.feeds, "")
    for url in ("", "tags/youth/", "about/", "tags/heritage/"):
        assert titles(url) == feed_titles(build.feeds, "", url)
    assert titles("tags/youth/")[1:] == [build.feeds["tags/youth/"].title]
