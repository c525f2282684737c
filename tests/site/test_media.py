"""The site's own files an article's text points at (``newsroom.site.media``)."""

from __future__ import annotations

import datetime as dt

from newsroom.article import Article
from newsroom.site.media import local_file, media_of, unpublished_media

TEXT = """A chart: ![Visitors](chart.png "by month") and [the report](../2025/report.pdf).

<img src="/assets/photos/roof.jpg" alt="The roof"> <img srcset="small.webp 480w, big.webp 960w">

[plan]: files/plan.png

[another story](other-story.md), [a site](https://example.org/x.png), [top](#top), [up](../../../etc/x.png)
"""


def story(path: str, body: str = TEXT, draft: bool = False) -> Article:
    return Article(title="A story", date=dt.date(2026, 1, 5), src_path=path, body=body, draft=draft)


def test_the_texts_own_files_are_found_relative_to_the_article_or_the_docs_folder() -> None:
    assert media_of(story("news/2026/a.md")) == {
        "news/2026/chart.png",
        "news/2025/report.pdf",
        "assets/photos/roof.jpg",
        "news/2026/small.webp",
        "news/2026/big.webp",
        "news/2026/files/plan.png",
    }


def test_pages_other_hosts_fragments_and_paths_out_of_the_docs_folder_are_not_files_of_the_site() -> None:
    assert [local_file(t, "news/2026/a.md") for t in ("b.md", "https://x.org/a.png", "#top", "../../../x.png")] == [
        None
    ] * 4


def test_a_file_a_published_article_shows_too_stays_public() -> None:
    hidden = story("news/2026/hidden.md", "![c](chart.png) ![s](secret.png)", draft=True)
    shown = story("news/2026/shown.md", "![c](chart.png)")
    assert unpublished_media([hidden, shown], [shown], lambda article: article.body) == {"news/2026/secret.png"}
