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
from html import unescape

from newsroom.alphabets import CYRILLIC, CYRILLIC_LOWER
from newsroom.article import Article
from newsroom.kinds import KINDS, ORGANIZATIONS, PEOPLE, TAGS
from newsroom.registry import stem
from newsroom.site.render import LinkFor, Renderer, chip_rows, default_renderer

SHOWN_PER_KIND = 6
"""Names of one kind shown at once; the others wait behind a "more" control."""
SpellingsFor = Callable[[str, str], Sequence[str]]
"""``spellings_for(kind, name)``: the name and its other known spellings (``SiteIndex.spellings``)."""
TAG = re.compile(r"<[^>]*>")
QUOTED = re.compile(r"[«\"“„]([^»\"”“]{3,})[»\"”“]")


def short_forms(kind: str, name: str) -> list[str]:
    """What a text may call a name for short: a person's surname, an organization's quoted name."""
    if kind == PEOPLE.field and len(words := name.split()) > 1 and len(words[-1]) > 2:
        return [words[-1]]
    if kind == ORGANIZATIONS.field:
        return QUOTED.findall(name)
    return []


def spelling_pattern(spelling: str) -> str:
    """A pattern for one spelling in running text: a Cyrillic word of four letters or more by its
    stem, any case, with up to five more letters (``Сапаровой`` for ``Сапарова``); others as written."""
    words = []
    for word in spelling.split():
        if CYRILLIC.search(word) and len(word) >= 4 and not word.isupper():
            words.append(f"(?i:{re.escape(stem(word))})[{CYRILLIC_LOWER}]{{0,5}}")
        else:
            words.append(re.escape(word))
    return r"\s+".join(words)


def mention_counts(names: Mapping[str, Iterable[str]], text: str, spellings_for: SpellingsFor | None = None) -> Counter:
    """How often ``text`` names each of ``names`` (by kind field), counted by ``(kind, name)``.

    Names of every kind but tags are looked for together, longest spelling first, so that a
    mention of ``Туркестанская область`` is the region's, not the town's. Tags match in any case.
    """
    counts: Counter = Counter()
    for kinds, flags in (([k.field for k in KINDS if k is not TAGS], 0), ([TAGS.field], re.IGNORECASE)):
        owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for kind in kinds:
            for name in names.get(kind, ()):
                spellings = spellings_for(kind, name) if spellings_for else (name,)
                for spelling in (*spellings, *short_forms(kind, name)):
                    if spelling.strip():
                        owners[" ".join(spelling.split())].add((kind, name))
        if not owners:
            continue
        spellings = sorted(owners, key=len, reverse=True)
        groups = "|".join(f"({spelling_pattern(spelling)})" for spelling in spellings)
        for match in re.finditer(rf"(?<![\w-])(?:{groups})(?!\w)", text, flags):
            counts.update(owners[spellings[match.lastindex - 1]])
    return counts


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
