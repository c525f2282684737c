"""The four kinds of names an article carries, each with its index pages: tags, people,
organizations and places. Defined once; the importer, the registry and the site share them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    """One kind of index: its front matter field, which is also its URL folder and its registry file.

    What a page calls it ("Tags", "People") is a label, by language: ``newsroom.site.labels``.
    """

    field: str


TAGS = Kind("tags")
PEOPLE = Kind("people")
ORGANIZATIONS = Kind("organizations")
PLACES = Kind("places")
KINDS = (TAGS, PEOPLE, ORGANIZATIONS, PLACES)
KIND_BY_FIELD = {kind.field: kind for kind in KINDS}
