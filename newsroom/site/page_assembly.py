"""A page's parts the build adds around MkDocs' own: its metadata (titles as text, languages), its
head tags, and its content (article header, related articles, lists, problems' note).

Free of MkDocs types: a page is its docs path, its URL and its ``meta`` dict.
"""

from __future__ import annotations

from html import escape
from typing import Any

from newsroom.site import seo
from newsroom.site.build_state import Build
from newsroom.site.catalog import is_article_path, is_news_path
from newsroom.site.feeds import feed_links
from newsroom.site.notes import corrections_note, notes_above
from newsroom.site.pages import home_listing, related_section, under_title
from newsroom.site.render import article_header, problems_note
from newsroom.site.sanitize import sanitize_article_html
from newsroom.site.sections import Section
from newsroom.site.topics import topics_section

LATEST_MARKER = "<!-- latest-articles -->"


def page_meta(build: Build, src_path: str, meta: dict[str, Any]) -> bool:
    """Titles and descriptions as text, never markup (Material prints both unescaped); whether the
    page is generated (its Markdown is then skipped: its HTML comes from the build)."""
    generated = build.generated.get(src_path)
    if generated is not None:
        meta["title"] = escape(generated.title)
        return True
    profile = build.catalog.profile_by_path.get(src_path)
    if profile is not None and "title" not in meta:
        meta["title"] = profile.name
    for key in ("title", "description"):
        if isinstance(meta.get(key), str):
            meta[key] = escape(meta[key])
    article = build.catalog.by_path.get(src_path)
    if article is not None and article.summary:
        meta["description"] = escape(article.summary)
    return False


def language_meta(build: Build, src_path: str, url: str, meta: dict[str, Any], site_url: str, pagefind: bool) -> None:
    """A multilingual site's page says its language, where the switcher leads, and (with Pagefind)
    stays out of Material's search index."""
    languages = build.languages
    if languages.single:
        return
    meta["lang"] = meta["newsroom_lang"] = languages.lang_of(src_path)
    meta["newsroom_alternates"] = languages.switcher(src_path, url)
    if site_url:
        meta["newsroom_versions"] = languages.hreflang(src_path, site_url)
    if pagefind:
        meta.setdefault("search", {"exclude": True})
    if src_path in build.generated and languages.home_section(src_path):
        meta.setdefault("hide", ["navigation", "toc"])  # as the default language's home page


def head_tags(build: Build, src_path: str, url: str, meta: dict[str, Any], site_url: str, site_name: str) -> str:
    """What the page adds to its <head>: its feeds and, on an article, its sharing tags and versions."""
    if not site_url:
        return ""
    section = build.section_of(src_path)
    roots = (section.language.prefix, url)
    feeds = [build.feeds[root] for root in dict.fromkeys(roots) if root in build.feeds]
    head = feed_links(feeds, site_url, section.renderer)
    article = build.catalog.by_path.get(src_path)
    if article is not None:
        picture = build.pictures.for_article(article) or build.cards.get(article.src_path)
        name = section.language.site_name or site_name  # the section's, as on its sharing card
        head += seo.article_head(article, site_url, name, section.index.link_for, section.renderer, picture)
    if versions := meta.get("newsroom_versions"):
        head += section.renderer.render("hreflang-links", links=versions)
    return head


def page_content(build: Build, html: str, src_path: str, url: str) -> str:
    """Article header and related articles; the latest articles on the home page; index lists;
    on a page whose front matter has problems, a note saying what they are."""
    problems = build.problems_of(src_path)
    section = build.section_of(src_path)
    note = problems_note(problems, is_article_path(src_path), section.renderer) if problems else ""
    return note + _content(build, html, src_path, url, section)


def _content(build: Build, html: str, src_path: str, url: str, section: Section) -> str:
    if is_news_path(src_path):  # articles' and news pages' HTML passes the allow-list, valid or not
        html = sanitize_article_html(html)
    article = build.catalog.by_path.get(src_path)
    index, renderer = section.index, section.renderer
    if article is not None:
        header = article_header(article, index.link_for, renderer)
        header += build.languages.other_versions(article, renderer)
        header += notes_above(article, build.catalog.clock, renderer)
        after = corrections_note(article, renderer)
        after += topics_section(article, index.link_for, index.spellings, renderer, html)
        return header + html + after + related_section(article, index, renderer)
    if (home := build.languages.home_section(src_path)) is not None:
        listing = home_listing(home.published, url, home.renderer, home.language.prefix)
        return html.replace(LATEST_MARKER, listing) if LATEST_MARKER in html else f"{html}\n{listing}"
    if (generated := build.generated.get(src_path)) is not None:
        return generated.html
    if (addition := build.additions.get(src_path)) is not None:
        return under_title(html, addition.head) + "\n" + addition.body
    return html
