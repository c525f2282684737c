"""Every word the site's fragments print, in one place, by language.

Templates read them as ``labels.source``, ``labels.format("page_of", number=2, count=5)`` and
``labels.count("articles_count", 3)``. A language adds a dictionary to LABELS with the keys it
translates; a key it lacks falls back to English. Plural labels map CLDR plural categories
(``one``, ``few``, ``many``, ``other``) to texts, chosen for a number by Babel's plural rules.
Dates and month names are not labels: Babel writes them in the language asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from newsroom.site.labels_translated import KAZAKH, RUSSIAN

Text = str | Mapping[str, str]

ENGLISH: dict[str, Text] = {
    # the kinds of index pages, as headings and chip labels (by their front matter field)
    "tags": "Tags",
    "people": "People",
    "organizations": "Organizations",
    "places": "Places",
    "tags_count": {"one": "{count} tag", "other": "{count} tags"},
    "people_count": {"one": "{count} person", "other": "{count} people"},
    "organizations_count": {"one": "{count} organization", "other": "{count} organizations"},
    "places_count": {"one": "{count} place", "other": "{count} places"},
    # an article's header
    "source": "Source",
    "byline": "By {name}",
    "photo_credit": "Photo: {credit}",
    # an article's topics, after its text: its names by kind, the rest behind "N more"
    "topics": "Topics",
    "more_tags": {"one": "{count} more tag", "other": "{count} more tags"},
    "more_people": {"one": "{count} more person", "other": "{count} more people"},
    "more_organizations": {"one": "{count} more organization", "other": "{count} more organizations"},
    "more_places": {"one": "{count} more place", "other": "{count} more places"},
    # lists of articles
    "related": "Related articles",
    "no_articles": "No articles yet.",
    "all_news": "All news →",
    "articles": "Articles",
    "articles_count": {"one": "{count} article", "other": "{count} articles"},
    "often_named_with": "Often named with",
    "newer": "Newer",
    "older": "Older",
    "page_of": "Page {number} of {count}",
    # page titles
    "news_archive": "News archive",
    "news_of_year": "News of {year}",
    "page_title": "{title} (page {number})",
    # feeds
    "feed_title": "{name} — {site}",
    "feed_about": "{site}: articles about {name}",
    "rss": "RSS",
    "json_feed": "JSON Feed",
    # the note on a page whose front matter has problems (shown by a lenient build or serve)
    "problems_title": "This page has problems",
    "problems_article": "Until they are fixed, this article is left out of the home page, the archive, "
    "the tag, person, organization and place pages, the related articles and the feeds, "
    "and publishing (a strict build) fails.",
    "problems_page": "Until they are fixed, publishing (a strict build) fails.",
    # embargoes, updates and corrections, staff authors (newsroom.site.notes, newsroom.site.authors)
    "scheduled_title": "Scheduled for {when} ({zone})",
    "scheduled_note": "Not published yet: until then this article has no page on the site and is left out of "
    "the home page, the archive, the index pages, the related articles, the feeds, the sitemap and search.",
    "updated": "Updated",
    "corrections": "Corrections",
    "authors": "Authors",
    "authors_count": {"one": "{count} author", "other": "{count} authors"},
    "author_feed_about": "{site}: articles by {name}",
    # a multilingual site (newsroom.site.languages): its sections' pages, switcher and search box
    "home": "Home",
    "news": "News",
    "about": "About",
    "latest_articles": "Latest news",
    "other_languages": "In other languages:",
    "made_with": "Made with {generator}",
    "select_language": "Select language",
    "search_clear": "Clear",
    "search_load_more": "Load more results",
    "search_label": "Search this site",
    "search_zero_results": "No results for [SEARCH_TERM]",
    "search_results": "[COUNT] results for [SEARCH_TERM]",
    "search_searching": "Searching for [SEARCH_TERM]...",
    # the 404 page of a multilingual site, in each language (newsroom.site.not_found)
    "not_found_title": "Page not found",
    "not_found_message": "There is no page at this address: it may have moved or been removed.",
    "not_found_home": "Go to the home page of {site}",
}
LABELS: dict[str, dict[str, Text]] = {"en": ENGLISH, "ru": RUSSIAN, "kk": KAZAKH}
"""Labels by language (``en``, ``ru``, ``kk``...); English is the default of every key."""
DATE_LOCALES = {"en": "en_GB"}
"""Babel locales by language where the plain language code is not the one we want
("31 October 2023", as an international newsroom writes it)."""


def date_locale(lang: str) -> str:
    """The Babel locale that writes dates in ``lang``."""
    return DATE_LOCALES.get(lang, lang)


@dataclass(frozen=True)
class Labels:
    """The labels of one language, English where it has none."""

    lang: str = "en"

    def __getitem__(self, key: str) -> str:
        text = self._text(key)
        if not isinstance(text, str):
            raise KeyError(f"label {key!r} depends on a number: use labels.count({key!r}, n)")
        return text

    def __getattr__(self, key: str) -> str:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError as error:
            raise AttributeError(str(error)) from None

    def format(self, key: str, **values: object) -> str:
        """The label ``key`` with its ``{placeholders}`` filled in."""
        return self[key].format(**values)

    def count(self, key: str, count: int) -> str:
        """The plural label ``key`` for ``count`` things (``3 articles``)."""
        forms = self._text(key)
        if isinstance(forms, str):
            return forms.format(count=count)
        form = _plural_form(self.lang, count)
        text = forms.get(form) or forms.get("other") or _english_plural(key, count)
        return text.format(count=count)

    def _text(self, key: str) -> Text:
        own = LABELS.get(self.lang, {})
        if key in own:
            return own[key]
        return ENGLISH[key]


def _english_plural(key: str, count: int) -> str:
    forms = ENGLISH[key]
    return forms if isinstance(forms, str) else forms["one" if count == 1 else "other"]


@lru_cache(maxsize=64)
def _plural_form(lang: str, count: int) -> str:
    try:
        return Locale.parse(date_locale(lang)).plural_form(count)
    except (UnknownLocaleError, ValueError):
        return "one" if count == 1 else "other"
