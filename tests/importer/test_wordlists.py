"""Every word list file is normalised, one entry per line, each entry once, in a known language."""

from __future__ import annotations

from importlib import resources

import pytest

from newsroom.importer import wordlists

FILES = wordlists.list_files()


def test_there_are_word_lists() -> None:
    assert FILES, "no word list files were found in newsroom/importer/wordlists"


@pytest.mark.parametrize("name", FILES)
def test_a_word_list_is_normalised_and_unique(name: str) -> None:
    stem, _, lang = name.removesuffix(".txt").rpartition(".")
    assert stem and lang in wordlists.LANGS, f"{name}: name it <list>.<{'|'.join(wordlists.LANGS)}>.txt"
    text = (resources.files(wordlists) / name).read_text(encoding="utf-8")
    entries = wordlists._entries(text)
    assert entries, f"{name}: empty"
    unnormalised = [entry for entry in entries if entry != wordlists.normalised(entry)]
    assert not unnormalised, f"{name}: not normalised: {unnormalised}"
    repeated = sorted({entry for entry in entries if entries.count(entry) > 1})
    assert not repeated, f"{name}: listed twice: {repeated}"


def test_an_unknown_list_is_an_error() -> None:
    with pytest.raises(LookupError, match="no word list named 'no-such-list'"):
        wordlists.words("no-such-list")
