"""The site's languages (``extra.newsroom.languages`` in mkdocs.yml) and their sections.

The first language is the default: its section is the site's root, and every address of a
one-language site stays as it is. Every other language has a section under its code
(``ru/``, ``kk/``): its home page, archive, index pages and feeds. Articles keep one address,
``news/<year>/<slug>/``, whatever their language; their ``lang`` says which section lists them.

A site that lists no languages, or one, is a one-language site: no sections, no switcher.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError

from newsroom.article import LANGUAGES, Article

NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
"""Each language's name in itself, as the switcher shows it."""


class LanguageError(ValueError):
    """``extra.newsroom.languages`` is not a list of languages this site can publish in."""


@dataclass(frozen=True)
class Language:
    """One language of the site: its code, its name, and where its section lives."""

    code: str
    name: str
    prefix: str = ""
    """The section's folder with a slash (``ru/``); ``""`` for the default language."""
    site_name: str | None = None
    copyright: str | None = None
    description: str | None = None

    @property
    def home(self) -> str:
        """The section's home page (docs path)."""
        return f"{self.prefix}index.md"


def site_languages(
    extra: Mapping[str, Any] | None, theme_language: str, theme_dirs: Iterable[Path] = ()
) -> list[Language]:
    """The languages mkdocs.yml lists, the default first; ``[theme_language]`` when it lists none.

    Raise LanguageError naming ``mkdocs.yml`` and the problem: an unknown code, a first language
    that is not ``theme.language``, a language without Material strings or a Babel locale.
    """
    listed = ((extra or {}).get("newsroom") or {}).get("languages")
    if not listed:
        return [Language(theme_language, NAMES.get(theme_language, theme_language))]
    if not isinstance(listed, list):
        raise LanguageError("mkdocs.yml: extra.newsroom.languages: write a list of language codes (en, ru, kk)")
    languages = []
    for number, item in enumerate(listed):
        entry = item if isinstance(item, dict) else {"code": item}
        code = str(entry.get("code", "")).strip()
        where = f"mkdocs.yml: extra.newsroom.languages: {code or number + 1!r}"
        if code not in LANGUAGES:
            raise LanguageError(f"{where}: not one of {', '.join(LANGUAGES)}")
        _check_locale(code, where)
        _check_material_strings(code, where, theme_dirs)
        languages.append(
            Language(
                code,
                str(entry.get("name") or NAMES.get(code, code)),
                "" if number == 0 else f"{code}/",
                entry.get("site_name"),
                entry.get("copyright"),
                entry.get("description"),
            )
        )
    if languages[0].code != theme_language:
        raise LanguageError(
            f"mkdocs.yml: extra.newsroom.languages: the first language, {languages[0].code!r}, "
            f"is the default: set theme.language to it too (it is {theme_language!r})"
        )
    if len({language.code for language in languages}) != len(languages):
        raise LanguageError("mkdocs.yml: extra.newsroom.languages: a language is listed twice")
    return languages


def _check_locale(code: str, where: str) -> None:
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        raise LanguageError(f"{where}: Babel knows no such locale") from None


def _check_material_strings(code: str, where: str, theme_dirs: Iterable[Path]) -> None:
    dirs = list(theme_dirs)
    if dirs and not any((folder / "partials" / "languages" / f"{code}.html").is_file() for folder in dirs):
        raise LanguageError(
            f"{where}: the theme has no strings in this language: add overrides/partials/languages/{code}.html"
        )


def is_multilingual(languages: list[Language]) -> bool:
    return len(languages) > 1


def section_of(src_path: str, languages: list[Language]) -> Language:
    """The language of a page that is not an article, by its folder (the default's when none)."""
    for language in languages[1:]:
        if src_path.startswith(language.prefix):
            return language
    return languages[0]


def assign_languages(articles: Iterable[Article], languages: list[Language]) -> list[tuple[str, str]]:
    """Give an article without ``lang`` the default language; find those in a language the site lacks.

    Return ``(src_path, message)`` pairs: a warning for each article without ``lang`` (on a
    multilingual site), a problem for each in a language the site does not publish in.
    """
    if not is_multilingual(languages):
        return []
    codes = [language.code for language in languages]
    found = []
    for article in articles:
        if article.lang_assumed:
            article.lang = languages[0].code
            found.append((article.src_path, f"lang: missing; taken as {languages[0].code!r} (the default language)"))
        elif article.lang not in codes:
            found.append(
                (article.src_path, f"lang: {article.lang!r} is not a language of this site ({', '.join(codes)})")
            )
    return found
