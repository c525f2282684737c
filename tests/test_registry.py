"""The registry: any spelling resolves to its entry in one place, mentions are found in text, and a
broken registry file is reported by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.registry import Entry, Registry, RegistryError, Vocabulary, load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)
FEDERATION = "Kazakhstan National Federation of Clubs for UNESCO"


@pytest.mark.parametrize(
    "spelling",
    [
        FEDERATION,
        "Kazakhstan National Federation of UNESCO Clubs",  # an alias
        "Казахстанская национальная федерация клубов ЮНЕСКО",  # a Cyrillic alias as written
        "Казахстанская Национальная Федерация клубов ЮНЕСКО",  # capitalised otherwise
        "Казахстанской национальной федерации клубов ЮНЕСКО",  # inflected
        "  Kazakhstan   National Federation of Clubs for UNESCO ",  # spaced otherwise
    ],
)
def test_any_spelling_resolves_to_its_entry(spelling: str) -> None:
    entry = REGISTRY.organizations.get(spelling)
    assert entry is not None and entry.name == FEDERATION
    assert REGISTRY.organizations.canonical(spelling) == FEDERATION


@pytest.mark.parametrize(("spelling", "name"), [("Түркістанда", "Turkistan"), ("Астанаға", "Astana")])
def test_a_kazakh_name_with_a_case_ending_resolves(spelling: str, name: str) -> None:
    entry = REGISTRY.places.get(spelling)
    assert entry is not None and entry.name == name
    assert [e.name for e, _ in REGISTRY.places.mentions(f"Жастар {spelling} жиналды.")] == [name]


def test_an_unknown_name_resolves_to_nothing_and_stays_as_written() -> None:
    assert REGISTRY.organizations.get("Invented Society of Lake Watchers") is None
    assert REGISTRY.organizations.canonical(" Invented Society ") == "Invented Society"
    assert REGISTRY.organizations.display("Invented Society", "ru") == "Invented Society"


def test_registry_resolve_says_which_kind_knows_a_name() -> None:
    kind, entry = REGISTRY.resolve("Kazinform") or ("", None)
    assert kind == "sources" and entry is not None and entry.name == "Kazinform"
    assert REGISTRY.resolve("Kazinform", "organizations") is None
    assert REGISTRY.resolve("РК", "places") == ("places", REGISTRY.places.get("Kazakhstan"))
    with pytest.raises(KeyError, match="no registry kind 'planets'"):
        REGISTRY.resolve("Mars", "planets")


@pytest.mark.parametrize(
    ("spelling", "lang", "shown"),
    [
        ("Республика Казахстан", "ru", "Казахстан"),  # the first Russian spelling
        ("Қазақстан Республикасы", "kk", "Қазақстан"),  # the first Kazakh spelling
        ("РК", "ru", "Казахстан"),  # an abbreviation shows as the full name
        ("Republic of Kazakhstan", "ru", "Kazakhstan"),  # written in Latin: the canonical name
        ("РК", "en", "Kazakhstan"),
    ],
)
def test_display_names_a_known_entity_in_the_articles_language(spelling: str, lang: str, shown: str) -> None:
    assert REGISTRY.places.display(spelling, lang) == shown


def test_mentions_find_a_cyrillic_name_whatever_the_capitals_of_its_later_words() -> None:
    text = "Участников поздравила председатель Казахстанской Национальной Федерации Клубов ЮНЕСКО."
    (entry, match), *others = REGISTRY.organizations.mentions(text)
    assert entry.name == FEDERATION and not others
    assert match.group(1) == "Казахстанской Национальной Федерации Клубов ЮНЕСКО"


def test_mentions_need_the_first_word_capitalised_as_the_registry_writes_it() -> None:
    """A lowercase first word is a common noun, not the start of the name (``сенат`` in a sentence)."""
    vocabulary = Vocabulary([Entry("Senate", ("Сенат",))])
    assert [m.group(1) for _, m in vocabulary.mentions("Сенат принял закон.")] == ["Сенат"]
    assert vocabulary.mentions("студенческий сенат собрался") == []


def test_tags_are_found_whatever_their_case() -> None:
    assert [entry.name for entry, _ in REGISTRY.tags.mentions("A new Heritage programme.")] == ["heritage"]


def test_an_empty_registry_knows_nothing() -> None:
    registry = Registry()
    assert registry.resolve("Kazakhstan") is None and registry.places.mentions("Kazakhstan") == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("- name: [unclosed\n", "places.yml: not valid YAML"),
        ("name: Almaty\n", "places.yml: expected a list of entries"),
        ("- aliases: [Алматы]\n", "places.yml: entry 1 has no name"),
        ("- name: Almaty\n  aliases: Алматы\n", "places.yml: Almaty: aliases is not a list of names"),
    ],
)
def test_a_broken_registry_file_is_named_in_the_error(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "places.yml").write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError, match=message):
        load_registry(tmp_path)


def test_missing_files_are_empty_vocabularies(tmp_path: Path) -> None:
    (tmp_path / "places.yml").write_text("- Almaty\n", encoding="utf-8")
    registry = load_registry(tmp_path)
    assert registry.places.canonical("Almaty") == "Almaty" and registry.people.entries == []


def test_a_registry_file_that_is_not_utf8_is_a_message_naming_it(tmp_path: Path) -> None:
    (tmp_path / "people.yml").write_bytes("- name: Айгерим Садыкова\n".encode("cp1251"))
    with pytest.raises(RegistryError, match=r"people\.yml: not UTF-8 text"):
        load_registry(tmp_path)


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ("- name: ''\n", "entry 1 has no name"),
        ("- name: Kazinform\n  url: 5\n", "Kazinform: url: 5 is not text"),
        ("- name: Dana Yesimova\n  role: [press, officer]\n", "Dana Yesimova: role: ['press', 'officer'] is not text"),
    ],
)
def test_registry_fields_must_be_text(tmp_path: Path, entry: str, problem: str) -> None:
    (tmp_path / "sources.yml").write_text(entry, encoding="utf-8")
    with pytest.raises(RegistryError) as error:
        load_registry(tmp_path)
    assert str(error.value) == f"{tmp_path / 'sources.yml'}: {problem}"
