"""People: the finder's names and the registry's, later mentions folded into the full name."""

from __future__ import annotations

from newsroom.importer.entities.base import ArticleText, Finder, Names
from newsroom.registry import Vocabulary, stem


def _merged(names: list[str], vocabulary: Vocabulary, lang: str) -> list[str]:
    """Known spellings to the registry's form; lone surnames onto the full name that has them."""
    out = Names()
    full = [name for name in names if len(name.split()) >= 2]
    known: set[str] = set()
    for name in names:
        entry = vocabulary.get(name)
        if entry is not None:
            if entry.name not in known:
                known.add(entry.name)
                out.add(vocabulary.display(name, lang))
        elif len(name.split()) < 2:
            surname = stem(name)
            owner = next((f for f in full if stem(f.split()[-1]) == surname), None)
            if owner is not None:
                out.add(vocabulary.display(owner, lang))
        else:
            out.add(name)
    return out.list()


def find_people(article: ArticleText, finder: Finder) -> list[str]:
    """People named in the article, full names only, none of them a known place or organization."""
    registry = article.registry
    names = finder.people() + [match.group(1) for _, match in registry.people.mentions(article.text)]
    people = []
    for name in _merged([name for name in names if name], registry.people, article.lang):
        if registry.resolve(name, "places", "organizations", "sources"):
            continue
        if len(name.split()) < 2 and registry.people.get(name) is None:
            continue
        people.append(name)
    return people
