"""The notes an article page shows: under its header, "scheduled for ..." while it is under embargo
(only ``mkdocs serve`` shows such a page: a build leaves it out) and "Updated ..."; after its text,
its corrections (so that the story still starts on the first screen).

Pure functions: an article in, HTML from the templates ``scheduled.html``, ``updated.html`` and
``corrections.html`` out.
"""

from __future__ import annotations

from newsroom.article import Article
from newsroom.site.clock import Clock
from newsroom.site.render import Renderer, default_renderer


def scheduled_note(article: Article, clock: Clock | None, renderer: Renderer | None = None) -> str:
    """The banner of an article dated in the future: when it goes out, in the site's time zone."""
    if clock is None or not clock.is_scheduled(article):
        return ""
    release = clock.release(article).astimezone(clock.zone)
    return (renderer or default_renderer()).render("scheduled", article=article, release=release, zone=clock.zone.key)


def updated_note(article: Article, renderer: Renderer | None = None) -> str:
    """ "Updated ...", dated (nothing when the article was never updated)."""
    if article.updated is None:
        return ""
    return (renderer or default_renderer()).render("updated", article=article)


def corrections_note(article: Article, renderer: Renderer | None = None) -> str:
    """Each correction, dated, in a note of its own (nothing when there are none)."""
    if not article.corrections:
        return ""
    return (renderer or default_renderer()).render("corrections", article=article)


def notes_above(article: Article, clock: Clock | None, renderer: Renderer | None = None) -> str:
    """The notes under an article's header, in the order shown."""
    return scheduled_note(article, clock, renderer) + updated_note(article, renderer)
