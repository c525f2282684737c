"""The article model: validation messages, slugs, paths and the YAML round trip."""

from __future__ import annotations

import datetime as dt

import pytest

from newsroom.article import Article, ArticleError, Image, Source, parse_article, slugify

ORIGIN = "docs/news/2023/x.md"


def article_text(front_matter: str, body: str = "Text.") -> str:
    return f"---\n{front_matter}\n---\n\n{body}\n"


def problem(front_matter: str) -> str:
    with pytest.raises(ArticleError) as caught:
        parse_article(article_text(front_matter), ORIGIN)
    return str(caught.value)


def test_a_bad_date_is_named_with_file_and_field() -> None:
    assert problem("title: T\ndate: soon") == "docs/news/2023/x.md: date: 'soon' is not a date (YYYY-MM-DD)"


@pytest.mark.parametrize(
    ("front_matter", "message"),
    [
        ("date: 2023-10-31", "docs/news/2023/x.md: title: missing (every article needs a title)"),
        ("title: T", "docs/news/2023/x.md: date: missing (YYYY-MM-DD)"),
        ("title: T\ndate: 2023-02-30", "day is out of range for month"),
        ("title: T\ndate: 2023-10-31\ntags: youth", "tags: 'youth' is not a list"),
        ("title: T\ndate: 2023-10-31\npeople: [[a]]", "people: ['a'] is not a name"),
        ("title: T\ndate: 2023-10-31\nlang: fr", "lang: 'fr' is not one of en, ru, kk"),
        ("title: T\ndate: 2023-10-31\nsource: {url: x}", "source: name is missing"),
        ("title: T\ndate: 2023-10-31\nsource: {name: K, link: x}", "source: unknown key 'link'"),
        ("title: T\ndate: 2023-10-31\nimage: {caption: [1]}", "image.caption: [1] is not text"),
        ("title: T\ndate: 2023-10-31\ndraft: maybe", "draft: 'maybe' is not true or false"),
        ("title: T\ndate: [2023", "front matter is not valid YAML"),
        ("title: T\ndate: 2023-10-31\nsumary: x", "sumary: unknown field (a typo?"),
    ],
)
def test_invalid_front_matter_names_the_field(front_matter: str, message: str) -> None:
    text = problem(front_matter)
    assert text.startswith(ORIGIN + ": ")
    assert message in text


def test_a_date_that_is_not_a_real_day_is_refused() -> None:
    with pytest.raises(ArticleError, match="2023-02-30"):
        parse_article(article_text("title: T\ndate: '2023-02-30'"), ORIGIN)


def test_a_file_without_front_matter_is_refused() -> None:
    with pytest.raises(ArticleError, match="no front matter"):
        parse_article("Just text\n", ORIGIN)


def test_valid_front_matter_becomes_an_article() -> None:
    article = parse_article(
        article_text(
            "title: T\ndate: 2023-10-31\ntags: [youth]\npeople: [Bolat Akchulakov]\n"
            "source: {name: Kazinform, url: 'https://www.inform.kz'}\nimage: {caption: C, credit: D}\nlang: ru"
        ),
        ORIGIN,
        "news/2023/x.md",
    )
    assert article.date == dt.date(2023, 10, 31)
    assert article.tags == ["youth"] and article.people == ["Bolat Akchulakov"]
    assert article.source == Source("Kazinform", "https://www.inform.kz")
    assert article.image == Image(caption="C", credit="D")
    assert article.lang == "ru"
    assert article.url == "news/2023/x/"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        (
            "Kazakhstan heads the World Federation of Clubs for UNESCO",
            "kazakhstan-heads-the-world-federation-of-clubs-for-unesco",
        ),
        ("В Шымкенте прошла конференция клубов ЮНЕСКО", "v-shymkente-proshla-konferentsiia-klubov-iunesko"),
        (
            "Түркістанда ЮНЕСКО клубтарының жазғы мектебі ашылды",
            "turkistanda-iunesko-klubtarynyng-zhazgy-mektebi-ashyldy",
        ),
        ("Әйгерім Қайратқызы: өнер, ұлттық құндылық, һ", "aigerim-qairatqyzy-oner-ulttyq-qundylyq-h"),
        ("!!!", "untitled"),
        ("", "untitled"),
    ],
)
def test_slugs_are_readable_ascii(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_kazakh_letters_are_transliterated_not_dropped() -> None:
    for letter in "әғқңөұүіһ":
        assert slugify(f"a{letter}b") not in ("ab", "a-b"), letter


def test_long_titles_give_bounded_slugs() -> None:
    assert len(slugify("word " * 100)) <= 80


def test_front_matter_round_trips_tricky_text() -> None:
    title = 'Breaking: "Clubs" & partners: #1 <b>event</b> --- !!python/object really? Қазақстан'
    article = Article(title=title, date=dt.date(2025, 1, 2), summary="a: b # c", people=["O'Neil: J."])
    again = parse_article(article.to_markdown(), ORIGIN)
    assert (again.title, again.summary, again.people) == (title, "a: b # c", ["O'Neil: J."])


def test_a_front_matter_block_in_the_body_stays_body() -> None:
    article = Article(title="T", date=dt.date(2025, 1, 2), body="Intro\n\n---\ntitle: injected\n---\n\nEnd")
    again = parse_article(article.to_markdown(), ORIGIN)
    assert again.title == "T"
    assert "title: injected" in again.body
