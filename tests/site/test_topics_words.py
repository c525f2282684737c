"""A text's words for counting mentions (``newsroom.site.topics.words_of``): exactly what the ``WORD``
pattern finds, for any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsroom.site.topics import WORD, words_of

TRICKY = (
    "Aliya Testova's choir, co-op and Co-Op's; O'Neill and o’neill -- 'quoted' -dash- ’ ' - _ __x_ snake_case\n"
    "ЮНЕСКО-ның «Жарық» Сапаровой, 2024-й год; x² ½ ٣٤ Ⅻ\u00a0non\u2009breaking\u200bzero-width\tTab\r\n"
    "word.word word,word (word) [word] word!word ...and... 'tis rock'n'roll don’t--stop"
)
LETTERS = st.sampled_from(list("aZя Ққ_'’-—–«».,;:!?()0٣²½\u00a0\u2009\u200b\t\n"))


def test_the_words_of_a_text_are_those_the_pattern_finds() -> None:
    assert words_of(TRICKY) == WORD.findall(TRICKY)
    assert "co-op" in words_of(TRICKY) and "snake_case" in words_of(TRICKY) and "ЮНЕСКО-ның" in words_of(TRICKY)
    assert words_of("") == [] and words_of(" \n ") == []


@given(st.lists(LETTERS, max_size=40).map("".join))
def test_any_text_gives_the_same_words_as_the_pattern(text: str) -> None:
    assert words_of(text) == WORD.findall(text)


@given(st.text(max_size=60))
def test_any_unicode_text_gives_the_same_words_as_the_pattern(text: str) -> None:
    assert words_of(text) == WORD.findall(text)
