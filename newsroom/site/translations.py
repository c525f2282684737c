"""Translations: the versions of one story (``translation_key``) and every page's other languages.

An article's versions share a ``translation_key`` (Hugo's convention). A page's alternates are,
for each language of the site, where a reader of that language goes from it: the article's
version in that language, the same page of that language's section (``ru/tags/youth/`` for
``tags/youth/``), or else that section's home page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from newsroom.article import Article
from newsroom.site.languages import Language


@dataclass(frozen=True)
class Alternate:
    """Where a reader of ``lang`` goes from a page (site-relative ``url``); ``current``: this page's."""

    lang: str
    name: str
    url: str
    current: bool = False


def translation_groups(articles: Iterable[Article]) -> tuple[dict[str, dict[str, Article]], list[tuple[str, str]]]:
    """By key, each language's version; and ``(src_path, message)`` for two versions in one language.

    The first of the two (in docs path order) keeps the key; the message names both files.
    """
    groups: dict[str, dict[str, Article]] = defaultdict(dict)
    problems = []
    for article in sorted(articles, key=lambda a: a.src_path):
        if not article.translation_key:
            continue
        versions = groups[article.translation_key]
        if (other := versions.get(article.lang)) is not None:
            message = (
                f"translation_key: {article.translation_key!r} is also the key of {other.src_path}, "
                f"in the same language ({article.lang}); give one of them another key"
            )
            problems.append((article.src_path, message))
            continue
        versions[article.lang] = article
    return {key: versions for key, versions in groups.items() if len(versions) > 1}, problems


def versions_of(article: Article, groups: dict[str, dict[str, Article]]) -> dict[str, Article]:
    """The article's versions by language (itself included); empty when it has none."""
    versions = groups.get(article.translation_key or "", {})
    return versions if versions.get(article.lang) is article else {}


def alternates(
    page_url: str,
    lang: str,
    languages: list[Language],
    urls: set[str],
    versions: dict[str, Article] | None = None,
) -> list[Alternate]:
    """For each language: the article's version (``versions``, None for a page that is no article),
    else the same page of its section, else its home page."""
    current = next((language for language in languages if language.code == lang), languages[0])
    plain = page_url.removeprefix(current.prefix) if current.prefix else page_url
    found = []
    for language in languages:
        if language.code == lang:
            url = page_url
        elif versions is not None:  # an article: its version, else the section's home
            url = versions[language.code].url if language.code in versions else language.prefix
        elif f"{language.prefix}{plain}" in urls:
            url = f"{language.prefix}{plain}"
        else:
            url = language.prefix
        found.append(Alternate(language.code, language.name, url, language.code == lang))
    return found


def hreflang_links(
    versions: dict[str, Article], languages: list[Language], absolute: Callable[[str], str]
) -> list[tuple[str, str]]:
    """``(hreflang, absolute URL)`` for each version, then ``x-default``: the default language's
    version, else the first language's that has one."""
    order = [language.code for language in languages if language.code in versions]
    links = [(code, absolute(versions[code].url)) for code in order]
    if order:
        links.append(("x-default", absolute(versions[order[0]].url)))
    return links
