"""Languages: labels and plural forms, Material's Kazakh strings, the language list and the model."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from newsroom.article import ArticleError, article_from_front_matter
from newsroom.site.labels import ENGLISH, LABELS, Labels
from newsroom.site.languages import LanguageError, assign_languages, site_languages
from newsroom.site.render import human_date
from newsroom.site.translations import translation_groups
from tests.helpers import REPOSITORY

MATERIAL_LANGUAGES = Path(__import__("material").__file__).parent / "templates" / "partials" / "languages"
KAZAKH_OVERRIDE = REPOSITORY / "overrides" / "partials" / "languages" / "kk.html"
KEY = re.compile(r'^\s*"([a-z.]+)":', re.MULTILINE)


@pytest.mark.parametrize(
    ("count", "text"),
    [
        (1, "1 статья"),
        (2, "2 статьи"),
        (5, "5 статей"),
        (11, "11 статей"),
        (21, "21 статья"),
        (22, "22 статьи"),
        (111, "111 статей"),
    ],
)
def test_russian_counts_take_the_russian_plural_forms(count: int, text: str) -> None:
    assert Labels("ru").count("articles_count", count) == text


def test_kazakh_counts_keep_one_form_after_a_number_and_english_has_two() -> None:
    assert [Labels("kk").count("articles_count", n) for n in (1, 5)] == ["1 мақала", "5 мақала"]
    assert [Labels("en").count("people_count", n) for n in (1, 2)] == ["1 person", "2 people"]
    assert Labels("ru").count("people_count", 3) == "3 человека"


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_label_is_translated(lang: str) -> None:
    assert set(LABELS[lang]) == set(ENGLISH)
    words = re.compile(r"\{\w+\}|\[\w+\]|JSON Feed")  # placeholders and a format's name
    english = {v for v in ENGLISH.values() if isinstance(v, str) and re.search("[a-z]{4}", words.sub("", v))}
    own = {value for value in LABELS[lang].values() if isinstance(value, str)}
    assert not own & english, own & english


def test_dates_are_written_in_each_language() -> None:
    day = dt.date(2023, 10, 31)
    assert human_date(day, "en") == "31 October 2023"
    assert human_date(day, "ru") == "31 октября 2023\u202fг."
    assert human_date(day, "kk") == "2023\u202fж. 31 қазан"


def test_material_strings_in_kazakh_cover_every_english_key() -> None:
    english = set(KEY.findall((MATERIAL_LANGUAGES / "en.html").read_text(encoding="utf-8")))
    kazakh_text = KAZAKH_OVERRIDE.read_text(encoding="utf-8")
    assert english == set(KEY.findall(kazakh_text))
    # real Kazakh, with the words the Kazakh sample itself uses (Фото:, іздеу...)
    assert '"search.placeholder": "Іздеу"' in kazakh_text and '"top": "Жоғарыға"' in kazakh_text


def test_the_language_list_gives_sections_after_the_default() -> None:
    extra = {"newsroom": {"languages": ["en", {"code": "ru", "site_name": "Новости"}, "kk"]}}
    languages = site_languages(extra, "en")
    assert [(lang.code, lang.prefix, lang.name) for lang in languages] == [
        ("en", "", "English"),
        ("ru", "ru/", "Русский"),
        ("kk", "kk/", "Қазақша"),
    ]
    assert languages[1].site_name == "Новости"
    assert [lang.code for lang in site_languages({}, "en")] == ["en"]


@pytest.mark.parametrize(
    ("languages", "theme", "message"),
    [
        (["en", "de"], "en", "'de': not one of en, ru, kk"),
        (["ru", "en"], "en", "set theme.language to it too"),
        (["en", "en"], "en", "listed twice"),
    ],
)
def test_a_wrong_language_list_is_a_clear_error(languages: list[str], theme: str, message: str) -> None:
    with pytest.raises(LanguageError, match=re.escape(message)) as error:
        site_languages({"newsroom": {"languages": languages}}, theme)
    assert str(error.value).startswith("mkdocs.yml: extra.newsroom.languages")


def test_a_language_without_material_strings_names_the_file_to_add(tmp_path: Path) -> None:
    (tmp_path / "partials" / "languages").mkdir(parents=True)
    (tmp_path / "partials" / "languages" / "en.html").write_text("", encoding="utf-8")
    with pytest.raises(LanguageError, match=re.escape("add overrides/partials/languages/kk.html")):
        site_languages({"newsroom": {"languages": ["en", "kk"]}}, "en", [tmp_path])


def _article(path: str, **meta: object) -> object:
    return article_from_front_matter({"title": "T", "date": dt.date(2023, 1, 1), **meta}, "", f"docs/{path}", path)


def test_an_unknown_language_code_is_a_validation_error_naming_the_file() -> None:
    with pytest.raises(ArticleError, match=r"docs/news/2023/x\.md: lang: 'de' is not one of en, ru, kk"):
        _article("news/2023/x.md", lang="de")


def test_an_article_without_lang_gets_the_default_language_with_a_warning() -> None:
    languages = site_languages({"newsroom": {"languages": ["ru", "en"]}}, "ru")
    article = _article("news/2023/x.md")
    assert assign_languages([article], languages) == [
        ("news/2023/x.md", "lang: missing; taken as 'ru' (the default language)")
    ]
    assert article.lang == "ru"
    assert assign_languages([_article("news/2023/y.md")], site_languages({}, "en")) == []  # one language: silent


def test_two_articles_of_one_language_sharing_a_key_are_reported_with_both_files() -> None:
    first = _article("news/2023/a.md", lang="ru", translation_key="story")
    second = _article("news/2023/b.md", lang="ru", translation_key="story")
    english = _article("news/2023/c.md", lang="en", translation_key="story")
    groups, problems = translation_groups([second, english, first])
    assert groups == {"story": {"ru": first, "en": english}}
    assert problems == [
        (
            "news/2023/b.md",
            "translation_key: 'story' is also the key of news/2023/a.md, in the same language (ru); "
            "give one of them another key",
        )
    ]


def test_translation_key_is_read_and_written_back() -> None:
    article = _article("news/2023/a.md", lang="kk", translation_key="story")
    assert article.translation_key == "story"
    assert article.front_matter()["translation_key"] == "story"
    with pytest.raises(ArticleError, match="translation_key"):
        _article("news/2023/a.md", translation_key=["x"])


def test_an_article_in_a_language_the_site_lacks_is_reported() -> None:
    languages = site_languages({"newsroom": {"languages": ["en", "ru"]}}, "en")
    problems = assign_languages([_article("news/2023/x.md", lang="kk")], languages)
    assert problems == [("news/2023/x.md", "lang: 'kk' is not a language of this site (en, ru)")]
