"""Raw article text in, the fields of an article out (pure functions, no files).

``extract`` runs the stages in order; each stage is a function of its own module, testable alone:

1. ``split_lines`` (lines): non-empty lines, each with its blank-line separated block;
2. ``mark_header`` (header): labels, breadcrumbs, date lines, bylines and credits above the title; the title;
3. ``mark_blocks`` (blocks): the end mark and what follows, related-stories lists, press contact
   blocks, a press release's closing boilerplate;
4. ``mark_body_roles`` (roles): each remaining body line's role, from ``BODY_RULES`` in order;
5. ``find_picture`` (captions): the picture's credit and caption;
6. ``mark_subtitle`` (subtitle): a short line between the title and the body;
7. the dateline (datelines) and the date (fields): date lines, dated bylines, the dated dateline;
8. ``paragraphs`` and ``summary`` (paragraphs): the body kept word for word, markup made inert;
9. ``find_source`` (fields), then the entities (``newsroom.importer.entities``).

The rules look at the shape of lines, never at one article's exact strings; when a rule is unsure,
the line stays in the body.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from newsroom.importer.blocks import mark_blocks
from newsroom.importer.captions import caption_and_credit_inline, find_picture
from newsroom.importer.datelines import Dateline, dateline_reader
from newsroom.importer.dates import FoundDate
from newsroom.importer.decoding import detect_language
from newsroom.importer.entities import Entities, find_entities
from newsroom.importer.fields import article_date, byline, find_source, source_names, tag_line
from newsroom.importer.header import mark_header, strip_site_suffix, strip_title_tag
from newsroom.importer.lines import Line, LineRole, split_lines
from newsroom.importer.paragraphs import paragraphs, summary
from newsroom.importer.pubdate import mark_date_labels
from newsroom.importer.roles import mark_body_roles
from newsroom.importer.subtitle import mark_subtitle
from newsroom.registry import Registry


@dataclass
class Extraction:
    """What the importer found in one raw text."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    summary: str = ""
    entities: Entities = field(default_factory=Entities)
    source: str | None = None
    caption: str | None = None
    credit: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    dateline: str | None = None
    date: dt.date | None = None
    partial_date: FoundDate | None = None
    lang: str = "en"

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def extract(text: str, registry: Registry, lang: str | None = None) -> Extraction:
    """Extract title, body, caption and credit, summary, dates and entities from raw text."""
    lines = split_lines(text)
    if not lines:
        raise ValueError("the text is empty")
    lang = lang or detect_language(text)
    dateline_of = dateline_reader(registry)
    title_at = mark_header(lines, registry)
    body_start = title_at + 1
    mark_blocks(lines, body_start)
    mark_body_roles(lines, body_start)
    mark_date_labels(lines, body_start)
    picture = find_picture(lines, body_start, dateline_of)
    subtitle = mark_subtitle(lines, body_start, dateline_of)
    body = [line for line in lines[body_start:] if line.role is LineRole.BODY]
    dateline = dateline_of(body[0].text) if body else None
    date, partial_date = article_date(lines, body_start, dateline, lang=lang, dateline_of=dateline_of)
    agencies = [dateline.agency] if dateline and dateline.agency else []
    edges = [body[0].text, body[-1].text] if body else []
    result = Extraction(
        title=strip_title_tag(strip_site_suffix(lines[title_at].text, registry)),
        paragraphs=paragraphs(body),
        summary=summary(body, dateline),
        source=find_source(registry, lang, source_names(lines) + agencies, edges),
        caption=picture.caption,
        credit=picture.credit,
        subtitle=subtitle,
        byline=byline(lines),
        dateline=dateline.place if dateline else None,
        date=date,
        partial_date=partial_date,
        lang=lang,
    )
    result.entities = _entities(result, body, dateline, registry, tag_line(lines))
    return result


def _entities(
    found: Extraction, body: list[Line], dateline: Dateline | None, registry: Registry, tags: list[str]
) -> Entities:
    """People, organizations, places and tags named in the title, subtitle, caption and body (the
    dateline left out: its place is passed on its own)."""
    head = [found.title, *([found.subtitle] if found.subtitle else []), *([found.caption] if found.caption else [])]
    text = [line.text for line in body]
    if dateline is not None and text:
        text[0] = text[0][len(dateline.prefix) :]
    credits = [found.credit] if found.credit else []
    for at, line in enumerate(text):
        inline = caption_and_credit_inline(line)
        if inline is not None and inline.caption and inline.credit:  # another picture's: its photographer is no person
            text[at], credits = inline.caption, [*credits, inline.credit]
    return find_entities(
        head + text,
        registry,
        found.lang,
        extra_org_text=credits,
        dateline_place=dateline.place if dateline else None,
        source=found.source,
        tag_line=tags,
    )
