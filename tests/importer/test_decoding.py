"""Decoding raw bytes: encodings, files that are not text, and the language a text is written in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsroom.importer.decoding import DecodeError, decode, detect_language
from tests.helpers import RAW, SEED, import_articles


def test_encodings(tmp_path: Path) -> None:
    text = RAW.joinpath("ru-konferenciya-klubov.txt").read_text(encoding="utf-8")
    assert decode(text.encode("utf-16")) == text
    assert decode(text.encode("utf-16-le")) == text  # no byte-order mark
    assert decode("Plain English text.\n".encode("utf-16-be")) == "Plain English text.\n"
    assert decode(text.encode("cp1251")) == text
    assert decode(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")) == text
    with pytest.raises(DecodeError):
        decode(bytes(range(256)) * 4)


def test_a_binary_file_fails_with_a_message_and_the_others_are_imported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "b-seed.txt").write_bytes(SEED.read_bytes())
    result = import_articles("--json", "--out", tmp_path / "out", "--date", "2023-10-31", folder)
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["status"] for r in reports] == ["failed", "created"]
    assert "a-binary.txt" in reports[0]["message"] and "Traceback" not in result.stderr
    assert "2 files: 1 created, 0 updated, 0 unchanged, 0 exists, 1 failed" in result.stderr


RUSSIAN_STORY_OF_KAZAKH_NAMES = (
    "Жители Өскемена и Қарағанды собрали помощь для семьи Әлібековых\n"
    "Волонтёры из Өскемен и Үржар за выходные откопали из-под снега дворы 40 пожилых людей. "
    "Рейдом руководил Нұрбол Әбдіхалықов, а помогали ему школьники из села Қасқасу.\n"
    "«Мы работали с утра до вечера, но это того стоило», — сказал Ақжол Сейітқазы.\n"
    "По словам организаторов, следующий рейд пройдёт в субботу после обеда."
)
KAZAKH_STORY_QUOTING_RUSSIAN = (
    "Өскеменде еріктілер қарт адамдардың ауласын қардан тазалады\n"
    "Сенбі күні қала еріктілері 40 қарт адамның ауласын қардан тазартты. Жұмысты Нұрбол Әбдіхалықов басқарды, "
    "оған Қасқасу ауылының оқушылары көмектесті.\n"
    "Еріктілер «Помоги соседу» акциясы бойынша жұмыс істеп жүр және келесі сенбіде де шығады.\n"
    "Бұл туралы ұйымдастырушылар әлеуметтік желі арқылы хабарлады."
)


def test_a_russian_story_full_of_kazakh_names_and_places_is_russian() -> None:
    assert detect_language(RUSSIAN_STORY_OF_KAZAKH_NAMES) == "ru"


def test_a_kazakh_story_quoting_a_russian_name_stays_kazakh() -> None:
    assert detect_language(KAZAKH_STORY_QUOTING_RUSSIAN) == "kk"
    assert detect_language("Қала әкімі Асқар Бейсенов жаңа мектепті ашты және оқушыларды құттықтады.") == "kk"
