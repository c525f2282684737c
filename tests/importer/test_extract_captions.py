"""The picture stage: credits with their labels stripped, captions on the credit's line or above it."""

from __future__ import annotations

import pytest

from newsroom.importer.captions import caption_and_credit_inline, credit_of
from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)
TEXT = "Clubs plant trees in Almaty\n\n{}\n\nThe clubs planted 1,000 trees on Monday.\n\nMore will follow in autumn."


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Photo credit: Almaty akimat press service", "Almaty akimat press service"),
        ("Photo: Almaty akimat press service", "Almaty akimat press service"),
        ("Photo by Almaty akimat press service", "Almaty akimat press service"),
        ("Photo source: Almaty akimat", "Almaty akimat"),
        ("Image courtesy of Almaty akimat", "Almaty akimat"),
        ("Photo: credit: Almaty akimat", "Almaty akimat"),
        ("Фото: пресс-служба акимата Алматы", "пресс-служба акимата Алматы"),
        ("Фото автора: Иван Петров", "Иван Петров"),
        ("Фото предоставлено пресс-службой акимата", "пресс-службой акимата"),
        ("Сурет: Айгерім Сәрсенова", "Айгерім Сәрсенова"),
        ("© UNICEF/2024/Smith", "UNICEF/2024/Smith"),
    ],
)
def test_credit_labels_are_stripped(line: str, credit: str) -> None:
    found = extract(TEXT.format(line), REGISTRY)
    assert found.credit == credit
    assert line not in found.body


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Volunteers at work in the park. Photo credit: Almaty akimat press service",
            "Volunteers at work in the park.",
            "Almaty akimat press service",
        ),
        ("Волонтёры в парке. Фото автора: Иван Петров", "Волонтёры в парке.", "Иван Петров"),
        ("Volunteers at the park. Image courtesy of Almaty akimat", "Volunteers at the park.", "Almaty akimat"),
        ("Volunteers at work (Photo by Jane Smith)", "Volunteers at work", "Jane Smith"),
        ("© UNICEF/2024/Smith | Children read in a new corner", "Children read in a new corner", "UNICEF/2024/Smith"),
    ],
)
def test_a_caption_and_its_credit_on_one_line(line: str, caption: str, credit: str) -> None:
    found = extract(TEXT.format(line), REGISTRY)
    assert (found.caption, found.credit) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "The exhibition shows a photo by Jane Smith from 1990.",
        "The museum keeps a photograph by an unknown author.",
        "Membership rose by 5 per cent. Source: the federation's annual survey.",
    ],
)
def test_prose_about_photos_is_not_a_credit(line: str) -> None:
    assert credit_of(line) is None and caption_and_credit_inline(line) is None
    found = extract(TEXT.format(line), REGISTRY)
    assert found.credit is None and line in found.body


def test_a_pictures_description_after_a_credit_label_is_no_credit() -> None:
    assert credit_of("Image: A woman holds a glass jar of millet seed in a storeroom.") is None
    assert credit_of("Image: Regional Centre for Drylands / Aliya Omarova") is not None


def test_a_caption_with_its_credit_in_brackets_name_slash_publisher() -> None:
    found = caption_and_credit_inline("Breeders inspect a test plot on Monday. (Dana Whitfield / The Prairie Post)")
    assert found is not None
    assert (found.caption, found.credit) == (
        "Breeders inspect a test plot on Monday.",
        "Dana Whitfield / The Prairie Post",
    )


def test_the_short_line_above_a_credit_is_its_caption() -> None:
    text = TEXT.format("Volunteers planting trees\nPhoto: Almaty akimat")
    found = extract(text, REGISTRY)
    assert (found.caption, found.credit) == ("Volunteers planting trees", "Almaty akimat")
    assert "Volunteers planting trees" not in found.body


def test_a_caption_line_with_its_label() -> None:
    found = extract(TEXT.format("Photo: Almaty akimat\n\nCaption: Volunteers at work"), REGISTRY)
    assert (found.caption, found.credit) == ("Volunteers at work", "Almaty akimat")


@pytest.mark.parametrize("line", ["UNODR/Yerzhan Tokhtarov", "AFP / Getty Images", "UNICEF/2025/Saule Bekova"])
def test_a_slash_credit_names_an_agency_and_a_name(line: str) -> None:
    found = credit_of(line)
    assert found is not None and found.credit == line


@pytest.mark.parametrize("line", ["Russia / Ukraine talks", "Israel / Gaza", "Before / after"])
def test_a_crosshead_with_a_slash_is_no_credit(line: str) -> None:
    assert credit_of(line) is None
    text = f"Trains return to the south\n\nThe trains returned on Monday, officials said.\n\n{line}\nTalks went on."
    assert line in extract(text, REGISTRY).paragraphs


def test_a_short_crosshead_above_a_caption_and_its_credit_stays() -> None:
    """A crosshead of four or five words does not tell a scene: not a picture's alt text."""
    text = (
        "Trains return to the south\n\nThe trains returned on Monday, officials said.\n\n"
        "What the riders say\nThe new carriages on the platform. Photo: KTZ\n\nRiders welcomed the news."
    )
    assert "What the riders say" in extract(text, REGISTRY).paragraphs


def test_photo_and_a_name_in_the_genitive_is_a_credit_and_a_sentence_is_not() -> None:
    found = credit_of("Фото Ивана Петрова")
    assert found is not None and found.credit == "Фото Ивана Петрова"
    assert credit_of("Фото с места событий опубликовали в соцсетях.") is None
