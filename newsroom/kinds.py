"""The four kinds of names an article carries, each with its index pages: tags, people,
organizations and places. Defined once; the importer, the registry and the site share them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    """One kind of index: its front matter field (also its URL folder) and its names."""

    field: str
    title: str
    singular: str


TAGS = Kind("tags", "Tags", "tag")
PEOPLE = Kind("people", "People", "person")
ORGANIZATIONS = Kind("organizations", "Organizations", "organization")
PLACES = Kind("places", "Places", "place")
KINDS = (TAGS, PEOPLE, ORGANIZATIONS, PLACES)
KIND_BY_FIELD = {kind.field: kind for kind in KINDS}
