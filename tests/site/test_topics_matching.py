"""Words matched as written are compared by their plain forms at once (newsroom.site.topics): the same
answer as the word's matcher gives, for every word of a text."""

from __future__ import annotations

import pytest

from newsroom.site.topics import WORD, as_written, mention_counts, plain_form, spelling_matchers

TEXT = (
    "Aliya Testova's choir met the Testova family, TESTOVA fans and the Riverside Choir’s friends. "
    "Сапаровой и Сапарова встретили ЮНЕСКО-ның гостей в Актау; the ЮНЕСКО office, «Жарық» and Жарықтың. "
    "IT and it, Ит and ИТ, Straße and STRASSE, co-op and Co-Op's, O'Neill and o’neill."
)
SPELLINGS = [
    "Aliya Testova",
    "Testova",
    "Riverside Choir",
    "choir",
    "Сапарова",
    "ЮНЕСКО",
    "Жарық",
    "IT",
    "Ит",
    "ИТ",
    "Straße",
    "co-op",
    "O'Neill",
    "Актау",
]


@pytest.mark.parametrize("any_case", [False, True])
@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_word_matched_as_written_matches_as_its_matcher_says(spelling: str, any_case: bool) -> None:
    found = spelling_matchers(spelling, any_case)
    assert found is not None
    _, matchers, written = found
    parts = WORD.findall(spelling)
    assert (written is not None) == all(map(as_written, parts))
    if written is None:
        return
    for word in WORD.findall(TEXT):
        for match, plain in zip(matchers, written, strict=True):
            assert match(word) == (plain_form(word, any_case) == plain), (spelling, word)


def test_mentions_are_counted_in_every_way_a_name_is_written() -> None:
    names = {
        "people": ["Aliya Testova", "Сапарова"],
        "organizations": ["ЮНЕСКО", "Riverside Choir"],
        "tags": ["choir", "co-op"],
    }
    counts = mention_counts(names, TEXT)
    assert counts["people", "Aliya Testova"] == 2  # in full ('s aside), then by surname; TESTOVA is not as written
    assert counts["people", "Сапарова"] == 2  # by its stem, in two cases
    assert counts["organizations", "ЮНЕСКО"] == 2  # with a Kazakh ending too
    assert counts["organizations", "Riverside Choir"] == 1
    assert counts["tags", "choir"] == 2  # any case; the organization's words are not taken for tags: another pass
    assert counts["tags", "co-op"] == 2
