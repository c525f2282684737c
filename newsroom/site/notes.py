"""The notes an article page shows under its header: "scheduled for ..." while it is under embargo
(only ``mkdocs serve`` shows such a page: a build leaves it out), and its update and corrections.

Pure functions: an article in, HTML from the templates ``scheduled.html`` and ``corrections.html`` out.
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


def corrections_note(article: Article, renderer: Renderer | None = None) -> str:
    """ "Updated ..." and each correction, dated, in a note of its own (nothing when there are none)."""
    if article.updated is None and not article.corrections:
        return ""
    return (renderer or default_renderer()).render("corrections", article=article)


def article_notes(article: Article, clock: Clock | None, renderer: Renderer | None = None) -> str:
    """Every note of an article page, in the order shown."""
    return scheduled_note(article, clock, renderer) + corrections_note(article, renderer)
