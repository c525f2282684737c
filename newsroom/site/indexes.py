"""The site's index: tags, people, organizations and places, each with its articles.

Pure data: articles (and the registry, and editors' profile pages) in; terms,
related articles and co-mentions out. ``newsroom.site.pages`` turns it into pages.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain

from newsroom.article import Article, newest_first, slugify
from newsroom.kinds import KINDS, PEOPLE, TAGS, Kind
from newsroom.registry import Registry, spelling_key

REGISTRY_LABEL = "registry"
RELATED_COUNT = 5
COMPANION_COUNT = 8
MAX_RELATING_ARTICLES = 300
"""A term named in more articles than this (say, a tag on every article) says nothing about
which of them are related; it is left out of the related-articles scoring, which keeps the
scoring linear in the number of articles."""


@dataclass(frozen=True)
class Profile:
    """An editor's page about a term (``docs/people/<slug>.md``): its name and other spellings."""

    src_path: str
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    photo: str | None = None
    origin: str = ""
    """The file as an editor knows it (``docs/people/x.md``), for messages."""

    @property
    def slug(self) -> str:
        return self.src_path.rsplit("/", 1)[-1].removesuffix(".md")


@dataclass
class Term:
    """One tag, person, organization or place, and the published articles naming it."""

    kind: Kind
    name: str
    slug: str
    articles: list[Article] = field(default_factory=list)
    profile: Profile | None = None
    role: str | None = None
    prefix: str = ""
    """The language section the term's page is in (``ru/``; ``""``: the default's, where profiles are)."""

    @property
    def url(self) -> str:
        return f"{self.prefix}{self.kind.field}/{self.slug}/"

    @property
    def src_path(self) -> str:
        if self.profile and not self.prefix:
            return self.profile.src_path
        return f"{self.prefix}{self.kind.field}/{self.slug}.md"


class Resolver:
    """Any spelling of a name (registry aliases, profile aliases, case) to its canonical form.

    Spellings are compared by ``registry.spelling_key``, as the registry compares them; names in
    front matter are written whole, so Cyrillic stems are not matched here (``Иванов`` and
    ``Иванова`` are two people).
    """

    def __init__(self) -> None:
        self._canonical: dict[str, str] = {}
        self._spellings: dict[str, list[str]] = defaultdict(list)

    def add(self, name: str, spellings: Iterable[str]) -> list[str]:
        """Register ``name`` and its spellings; return the spellings another name had already."""
        clashes = []
        self._spellings[name].extend(spellings)
        for spelling in (name, *spellings):
            known = self._canonical.setdefault(spelling_key(spelling), name)
            if spelling_key(known) != spelling_key(name):
                clashes.append(f"{spelling!r} is already a spelling of {known!r}")
        return clashes

    def canonical(self, name: str) -> str:
        """The canonical form; a name never seen becomes its own (first spelling wins)."""
        return self._canonical.setdefault(spelling_key(name), name.strip())

    def lookup(self, name: str) -> str:
        """The canonical form, without recording a name never seen."""
        return self._canonical.get(spelling_key(name), name.strip())

    def table(self) -> dict[str, str]:
        """A copy of what ``lookup`` reads: each known spelling's key and the name it means."""
        return dict(self._canonical)

    def redirect(self, spelling: str, name: str) -> None:
        """From now on ``spelling`` means ``name``."""
        self._canonical[spelling_key(spelling)] = name
        self._spellings[name].append(spelling)

    def spellings(self, name: str) -> tuple[str, ...]:
        """``name`` and every spelling known to mean the same (as written in the registry or a profile)."""
        canonical = self.lookup(name)
        return tuple(dict.fromkeys((name, canonical, *self._spellings.get(canonical, ()))))


def _latin_share(name: str) -> float:
    return sum("a" <= c.lower() <= "z" for c in name) / max(len(name), 1)


def _merge_transliterations(found: dict[str, list[Article]], resolver: Resolver, known: set[str]) -> None:
    """One name in two scripts ("Марат Жунусов", "Marat Zhunusov") is one term: their slugs meet.

    The name kept is the registry's or a profile's, else the most named, else the Latin one.
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for name in found:
        groups[slugify(name)].append(name)
    for group in groups.values():
        if len(group) < 2:
            continue
        keep = max(group, key=lambda n: (n in known, len(found[n]), _latin_share(n), n))
        for other in group:
            if other != keep:
                merged = {a.src_path: a for a in (*found[keep], *found.pop(other))}
                found[keep] = newest_first(merged.values())
                resolver.redirect(other, keep)


@dataclass
class SiteIndex:
    """Terms by kind, the related articles of each article, and who is named with whom."""

    terms: dict[str, dict[str, Term]]
    related: dict[str, list[Article]]
    companions: dict[str, list[tuple[Term, int]]]
    resolvers: dict[str, Resolver]
    problems_by_path: dict[str, list[str]] = field(default_factory=dict)
    """By docs path (``people/x.md``): the messages about an editor's profile page."""
    registry_problems: list[str] = field(default_factory=list)
    """Messages about the registry's files (``registry/people.yml: ...``)."""

    @property
    def problems(self) -> list[str]:
        """Every message: the registry's, then profile by profile."""
        return [*self.registry_problems, *chain.from_iterable(self.problems_by_path.values())]

    def term(self, kind: str, name: str) -> Term | None:
        """The term a name (any known spelling) belongs to (None for a kind the index lacks, as authors)."""
        if kind not in self.terms:
            return None
        return self.terms[kind].get(self.resolvers[kind].lookup(name))

    def link_for(self, kind: str, name: str) -> str | None:
        """The site-relative URL of a name's index page (the ``render.LinkFor`` protocol)."""
        term = self.term(kind, name)
        return term.url if term else None

    def spellings(self, kind: str, name: str) -> tuple[str, ...]:
        """A name as written and its other known spellings (the ``topics.SpellingsFor`` protocol)."""
        return self.resolvers[kind].spellings(name)

    def sorted_terms(self, kind: str) -> list[Term]:
        """A-Z, case and accents aside."""
        return sorted(self.terms[kind].values(), key=lambda t: (t.name.casefold(), t.name))


def _resolvers(registry: Registry, profiles: Iterable[Profile], problems: Problems) -> dict[str, Resolver]:
    """The registry's spellings, then the profiles'; a spelling claimed by two names is reported."""
    resolvers = {kind.field: Resolver() for kind in KINDS}
    for kind in KINDS:
        for entry in getattr(registry, kind.field).entries:
            for clash in resolvers[kind.field].add(entry.name, entry.aliases):
                problems.registry.append(f"{REGISTRY_LABEL}/{kind.field}.yml: {entry.name}: {clash}")
    for profile in profiles:
        kind = profile.src_path.split("/", 1)[0]
        for clash in resolvers[kind].add(profile.name, profile.aliases):
            problems.about(profile, f"aliases: {clash}")
    return resolvers


@dataclass
class Problems:
    """What the index finds wrong: about the registry, and by profile page."""

    registry: list[str] = field(default_factory=list)
    by_path: dict[str, list[str]] = field(default_factory=dict)

    def about(self, profile: Profile, problem: str) -> None:
        self.by_path.setdefault(profile.src_path, []).append(f"{profile.origin or profile.src_path}: {problem}")


def _report_unnamed_profiles(
    kind: Kind,
    profiles: Mapping[str, Profile],
    articles: Iterable[Article],
    invalid: list[Mapping[str, Sequence[str]]],
    resolver: Resolver,
    problems: Problems,
) -> None:
    """Report the profiles (by canonical name) whose name no article writes, in any spelling.

    Drafts count (a profile may be written before its first article is published), and so do
    the articles that failed validation: their own messages say what to fix, and a profile is
    not blamed for them. When such an article's list of this kind cannot be read at all, it
    might name anyone: nothing is reported until it is fixed.
    """
    if not profiles or any(kind.field not in names for names in invalid):
        return
    written = chain.from_iterable(getattr(article, kind.field) for article in articles)
    written = chain(written, chain.from_iterable(names[kind.field] for names in invalid))
    canonical = {resolver.lookup(name) for name in written}
    unnamed = {name: profile for name, profile in profiles.items() if name not in canonical}
    slugs = {slugify(name) for name in canonical} if unnamed else set()  # one name in two scripts is one term
    for name, profile in unnamed.items():
        if slugify(name) not in slugs:
            problems.about(profile, f"name: {profile.name!r} is named in no published article, nor in a draft")


def _unique_slugs(names: Iterable[str], taken: Mapping[str, str]) -> dict[str, str]:
    """A slug for each name, distinct within a kind; ``taken`` maps fixed names to slugs."""
    slugs = dict(taken)
    used = set(taken.values())
    for name in sorted(set(names) - set(taken), key=lambda n: (n.casefold(), n)):
        base = slugify(name)
        slug, number = base, 1
        while slug in used or slug == "index":
            number += 1
            slug = f"{base}-{number}"
        used.add(slug)
        slugs[name] = slug
    return slugs


def _mentions(published: list[Article], resolvers: dict[str, Resolver]) -> dict[str, dict[str, list[Article]]]:
    """By kind, then canonical name: the published articles naming it, in the given order."""
    names: dict[str, dict[str, list[Article]]] = {kind.field: defaultdict(list) for kind in KINDS}
    for kind in KINDS:  # each kind's resolver sees its names in the same order as article by article
        resolve, found = resolvers[kind.field].canonical, names[kind.field]
        canonical_of: dict[str, str] = {}  # a name as written, resolved once (names recur across articles)
        for article in published:
            seen = set()
            for name in getattr(article, kind.field):
                canonical = canonical_of.get(name)
                if canonical is None:
                    canonical = canonical_of[name] = resolve(name)
                if canonical not in seen:
                    seen.add(canonical)
                    found[canonical].append(article)
    return names


def build_index(
    articles: Iterable[Article],
    registry: Registry | None = None,
    profiles: Iterable[Profile] = (),
    invalid: Iterable[Mapping[str, Sequence[str]]] = (),
    published: Iterable[Article] | None = None,
    with_related: bool = True,
    prefix: str = "",
) -> SiteIndex:
    """Group the published articles by every term they name, newest first.

    ``articles`` may hold drafts (they are left out of every list); ``invalid`` holds, for each
    article that failed validation, the names it could still be read for (``Catalog.names_in_invalid``).
    ``published``, when given, are the articles listed (``Catalog.published``: no scheduled ones);
    the others of ``articles`` still count as naming a profile, as drafts do. ``with_related``
    false skips the related articles and co-mentions (the content check needs only the problems).
    ``prefix`` puts the terms' pages in a language section (``ru/``, ``newsroom.site.sections``).
    """
    registry = registry or Registry()
    articles, profiles, invalid = list(articles), list(profiles), list(invalid)
    problems = Problems()
    resolvers = _resolvers(registry, profiles, problems)
    published = newest_first(a for a in (articles if published is None else published) if not a.draft)
    names = _mentions(published, resolvers)
    terms: dict[str, dict[str, Term]] = {}
    for kind in KINDS:
        resolver, vocabulary = resolvers[kind.field], getattr(registry, kind.field)
        known = {e.name for e in vocabulary.entries} | {p.name for p in profiles}
        _merge_transliterations(names[kind.field], resolver, known)
        kind_profiles = {resolver.canonical(p.name): p for p in profiles if p.src_path.startswith(f"{kind.field}/")}
        _report_unnamed_profiles(kind, kind_profiles, articles, invalid, resolver, problems)
        slugs = _unique_slugs(names[kind.field], {n: p.slug for n, p in kind_profiles.items()})
        terms[kind.field] = {
            name: Term(
                kind,
                name,
                slugs[name],
                found,
                kind_profiles.get(name),
                role=(kind_profiles[name].role if name in kind_profiles else None)
                or (entry.role if (entry := vocabulary.get(name)) else None),
                prefix=prefix,
            )
            for name, found in names[kind.field].items()
        }
    index = SiteIndex(terms, {}, {}, resolvers, problems.by_path, problems.registry)
    if with_related:
        index.related = related_articles(published, index)
        index.companions = companions(index)
    return index


def related_articles(articles: list[Article], index: SiteIndex, count: int = RELATED_COUNT) -> dict[str, list[Article]]:
    """Up to ``count`` articles per article: most shared people and tags, then nearest in date, then
    the newer, then by path (so that the choice does not depend on the order of ``articles``)."""
    position = {article.src_path: number for number, article in enumerate(articles)}
    days = [article.date.toordinal() for article in articles]
    paths = [article.src_path for article in articles]
    members: dict[tuple[str, str], list[int]] = {}
    for kind in (PEOPLE, TAGS):
        for term in index.terms[kind.field].values():
            if len(term.articles) <= MAX_RELATING_ARTICLES:
                members[kind.field, term.name] = [position[a.src_path] for a in term.articles if a.src_path in position]
    related = {}
    for number, article in enumerate(articles):
        groups = []
        for kind in (PEOPLE, TAGS):
            resolver = index.resolvers[kind.field]
            names = {resolver.lookup(name) for name in getattr(article, kind.field)}
            groups.extend(members.get((kind.field, name), ()) for name in names)
        shared = Counter(chain.from_iterable(groups))
        shared.pop(number, None)
        day = days[number]
        # each candidate's order as a tuple made in one pass (no key function called per candidate);
        # paths are unique, so the number after them is never compared
        ranked = heapq.nsmallest(
            count,
            [(-times, abs(days[other] - day), -days[other], paths[other], other) for other, times in shared.items()],
        )
        related[article.src_path] = [articles[found[-1]] for found in ranked]
    return related


def companions(index: SiteIndex, count: int = COMPANION_COUNT) -> dict[str, list[tuple[Term, int]]]:
    """For each person, the people most often named in the same articles, with how often."""
    people = index.terms[PEOPLE.field]
    result = {}
    for name, term in people.items():
        together: Counter[str] = Counter()
        for article in term.articles:
            others = {index.resolvers[PEOPLE.field].lookup(n) for n in article.people}
            together.update(other for other in others if other != name and other in people)
        ranked = sorted(together.items(), key=lambda item: (-item[1], item[0].casefold()))
        result[name] = [(people[other], times) for other, times in ranked[:count]]
    return result
