"""An article's topics: its tags, people, organizations and places, after its text, most named first.

Within a kind the names are ordered by importance: how often the article's title and text name
them, in any spelling the registry or a profile knows, Russian and Kazakh names in any case
(``Казахстанской национальной федерацией`` names ``Казахстанская национальная федерация``: the
registry's stems, ``newsroom.registry.stem``); a person also by surname alone, an organization also by
its name in quotes alone (``«Жарық»``). Equal counts go A-Z.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from html import unescape
from itertools import compress, count

from newsroom.alphabets import CYRILLIC
from newsroom.article import Article
from newsroom.kinds import KINDS, ORGANIZATIONS, PEOPLE, TAGS
from newsroom.registry import stem
from newsroom.site.render import LinkFor, Renderer, chip_rows, default_renderer

SHOWN_PER_KIND = 6
"""Names of one kind shown at once; the others wait behind a "more" control."""
SpellingsFor = Callable[[str, str], Sequence[str]]
"""``spellings_for(kind, name)``: the name and its other known spellings (``SiteIndex.spellings``)."""
TAG = re.compile(r"<[^>]*>")
WORD = re.compile(r"\w+(?:[’'-]+\w+)*")
r"""A word of a text or a name: letters and digits, with hyphens and apostrophes inside
(``ЮНЕСКО-ның``, ``Akchulakov's``); quotes and punctuation around it are not part of it. (Written as
runs of letters joined by hyphens and apostrophes: the same words as ``\w(?:[\w’'-]*\w)?``, found
about a quarter faster, with no backtracking at a word's end.)"""
_find_words = WORD.findall
Matcher = Callable[[str], bool]
"""Whether a word of the text is one word of a name (``word_matcher``)."""
MAX_ENDING = 5
"""Letters a Cyrillic word's stem may be followed by in the text (its case ending)."""
QUOTED = re.compile(r"[«\"“„]([^»\"”“]{3,})[»\"”“]")


def short_forms(kind: str, name: str) -> list[str]:
    """What a text may call a name for short: a person's surname, an organization's quoted name."""
    if kind == PEOPLE.field and len(words := name.split()) > 1 and len(words[-1]) > 2:
        return [words[-1]]
    if kind == ORGANIZATIONS.field:
        return QUOTED.findall(name)
    return []


def word_matcher(word: str, any_case: bool = False) -> Matcher:
    """Whether a word of the text is ``word`` of a name: a Cyrillic word of four letters or more by
    its stem in any case, with up to five more letters (``Сапаровой`` for ``Сапарова``); a Cyrillic
    abbreviation also with a Kazakh ending (``ЮНЕСКО-ның``); any other word as written (in any case
    when ``any_case``), ``'s`` aside: ``plain_word``."""
    if CYRILLIC.search(word) and len(word) >= 4 and not word.isupper():
        base = stem(word)
        return lambda found: (f := found.casefold()).startswith(base) and _ending(f[len(base) :])
    if CYRILLIC.search(word) and word.isupper() and len(word) >= 3:
        return lambda found: found == word or (found.startswith(word) and _ending(found[len(word) :].lstrip("-"), 1))
    word = plain_word(word, any_case)
    return lambda found: plain_form(found, any_case) == word  # English possessives too


def plain_word(word: str, any_case: bool = False) -> str:
    """A name's word as a text's word matched as written must show it (``plain_form``)."""
    return word.casefold() if any_case else word


def plain_form(found: str, any_case: bool = False) -> str:
    """A text's word as compared with a name's word matched as written: ``'s`` aside, in any case
    when ``any_case``."""
    return (found.casefold() if any_case else found).removesuffix("'s").removesuffix("’s")


def as_written(word: str) -> bool:
    """Whether ``word_matcher`` matches ``word`` as written (not by its stem, nor with an ending)."""
    by_stem = len(word) >= 4 and not word.isupper()
    abbreviation = word.isupper() and len(word) >= 3
    return not ((by_stem or abbreviation) and CYRILLIC.search(word))


def words_of(text: str) -> list[str]:
    """``WORD.findall(text)``, about twice as fast: no word spans white space, and a run of letters
    and digits between white space (most of a text's) is one word as it is (``str.isalnum`` holds
    exactly for the characters ``\\w`` matches but the underscore); only the other runs are searched."""
    words: list[str] = []
    add, add_all = words.append, words.extend
    for run in text.split():
        if run.isalnum():
            add(run)
        else:
            add_all(_find_words(run))
    return words


def _ending(letters: str, shortest: int = 0) -> bool:
    return shortest <= len(letters) <= MAX_ENDING and (not letters or (letters.isalpha() and letters.islower()))


def mention_counts(names: Mapping[str, Iterable[str]], text: str, spellings_for: SpellingsFor | None = None) -> Counter:
    """How often ``text`` names each of ``names`` (by kind field), counted by ``(kind, name)``.

    Names of every kind but tags are looked for together, longest spelling first, so that a
    mention of ``Туркестанская область`` is the region's, not the town's. Tags match in any case.
    """
    words = words_of(text)
    key_of = {word: word[:3].casefold() for word in set(words)}  # words recur: each folded once
    counts: Counter = Counter()
    for kinds, any_case in (([k.field for k in KINDS if k is not TAGS], False), ([TAGS.field], True)):
        owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for kind in kinds:
            for name in names.get(kind, ()):
                spellings = spellings_for(kind, name) if spellings_for else (name,)
                for spelling in (*spellings, *short_forms(kind, name)):
                    owners[spelling].add((kind, name))
        candidates: dict[str, list[tuple[int, list[str] | None, tuple[Matcher, ...], set[tuple[str, str]]]]]
        candidates = defaultdict(list)
        found = [(spelling, matchers) for spelling in owners if (matchers := spelling_matchers(spelling, any_case))]
        for spelling, (key, matchers, written) in sorted(found, key=lambda item: (-len(item[1][1]), -len(item[0]))):
            candidates[key].append((len(matchers), written, matchers, owners[spelling]))  # the most words first
        if candidates:
            _count(words, key_of, candidates, counts, any_case)
    return counts


@lru_cache(maxsize=65536)
def spelling_matchers(spelling: str, any_case: bool) -> tuple[str, tuple[Matcher, ...], list[str] | None] | None:
    """The key of a spelling's first word (its first three letters, any case: the words of the text
    that may match it share it), a matcher per word and, when every word is matched as written,
    the words as a text's words' ``plain_form`` must be; None for a spelling without a word."""
    parts = WORD.findall(spelling)
    if not parts:
        return None
    matchers = tuple(word_matcher(part, any_case) for part in parts)
    written = [plain_word(part, any_case) for part in parts] if all(map(as_written, parts)) else None
    return parts[0][:3].casefold(), matchers, written


def _count(
    words: list[str], key_of: Mapping[str, str], candidates: Mapping[str, list], counts: Counter, any_case: bool
) -> None:
    """Walk the text's words; at each, the longest spelling that matches counts and is skipped.

    Which spellings a text word may start is decided once per distinct word (its first word
    matched), not at each of its places; there only the spellings' further words are compared."""
    plain = _PlainForms(any_case)
    fitting = {
        word: found
        for word, key in key_of.items()
        if key in candidates and (found := _starting(word, candidates[key], plain))
    }
    free = 0  # the first word no counted mention has taken
    for at in compress(count(), map(fitting.__contains__, words)):
        if at < free:
            continue
        for length, rest_written, rest_matchers, owners in fitting[words[at]]:
            if length > 1:
                found = words[at + 1 : at + length]
                if len(found) != length - 1:
                    continue
                if rest_written is not None:
                    if list(map(plain.__getitem__, found)) != rest_written:
                        continue
                elif not all(map(_matches, rest_matchers, found)):
                    continue
            counts.update(owners)
            free = at + length
            break


def _starting(word: str, candidates: list, plain: Mapping[str, str]) -> list:
    """The spellings (of ``candidates``, in their order) whose first word ``word`` is, each with what
    its further words must be: (words, their plain forms or None, their matchers, owners)."""
    return [
        (length, written[1:] if written is not None else None, matchers[1:], owners)
        for length, written, matchers, owners in candidates
        if (plain[word] == written[0] if written is not None else matchers[0](word))
    ]


class _PlainForms(dict):
    """A text's words' ``plain_form``, each made once."""

    def __init__(self, any_case: bool) -> None:
        super().__init__()
        self.any_case = any_case

    def __missing__(self, word: str) -> str:
        found = self[word] = plain_form(word, self.any_case)
        return found


def _matches(match: Matcher, word: str) -> bool:
    return match(word)


def plain_text(html: str) -> str:
    """The words of an HTML fragment (an article's rendered text), tags left out."""
    return unescape(TAG.sub(" ", html))


def by_importance(
    article: Article, spellings_for: SpellingsFor | None = None, text: str | None = None
) -> dict[str, list[str]]:
    """The article's names by kind field, most named in its title and text first, then A-Z.

    ``text`` is the article's text when its ``body`` is not at hand (a site build reads front matter only).
    """
    names = {kind.field: list(dict.fromkeys(getattr(article, kind.field))) for kind in KINDS}
    counts = mention_counts(names, f"{article.title}\n\n{article.body if text is None else text}", spellings_for)
    return {
        kind: sorted(found, key=lambda name, kind=kind: (-counts[kind, name], name.casefold(), name))
        for kind, found in names.items()
    }


def topics_section(
    article: Article,
    link_for: LinkFor | None = None,
    spellings_for: SpellingsFor | None = None,
    renderer: Renderer | None = None,
    html: str | None = None,
) -> str:
    """The topics block after an article's text (nothing when it names nothing).

    ``html`` is the article's text as the page shows it, when its ``body`` is not at hand.
    """
    renderer = renderer or default_renderer()
    order = by_importance(article, spellings_for, plain_text(html) if html is not None else None)
    rows = chip_rows(article, link_for, renderer.labels, order, SHOWN_PER_KIND)
    return renderer.render("topics", rows=rows) if rows else ""
