"""Decoding raw bytes: encodings, and files that are not text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsroom.importer.decoding import DecodeError, decode
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
