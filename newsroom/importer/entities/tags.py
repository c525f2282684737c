"""Tags: the article's own tag line, else the registry's tags its text mentions."""

from __future__ import annotations

from newsroom.importer.entities.base import ArticleText, Names


def find_tags(article: ArticleText, tag_line: list[str] | None) -> list[str]:
    """The tag line's tags (known ones by their registry name), or the known tags the text mentions."""
    tags = Names()
    vocabulary = article.registry.tags
    for tag in tag_line or []:
        tags.add(vocabulary.canonical(tag))
    if not tag_line:
        for entry, _ in vocabulary.mentions(article.text):
            tags.add(entry.name)
    return tags.list()
