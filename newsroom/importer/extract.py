"""Raw article text in, the fields of an article out (pure functions, no files).

The rules look at the shape of lines, never at one article's exact strings:

- the header: labels above the title (``Press release``), breadcrumbs, date lines, the title,
  a subtitle (a short line before the body with no closing full stop), bylines, contacts;
- the body: paragraphs kept word for word, with a dateline opening the first one
  (``ALMATY. KAZINFORM –``, ``Astana, 2 June 2025 –``, ``GENEVA (Reuters) -``);
- pictures: ``Photo: ...`` / ``Фото: ...`` / ``© Owner/Year/Name | caption`` credits and the short
  caption line above a credit;
- debris (``newsroom.debris``): share and subscribe lines, teasers, related-news blocks, tag lines,
  counters, cookie banners; ``###`` and the boilerplate after it.

Entities come from ``newsroom.entities``; markup is made inert by ``newsroom.markup``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

from newsroom.importer import debris as d
from newsroom.importer.dates import FoundDate, date_of_line, find_date, is_date_line
from newsroom.importer.decoding import detect_language
from newsroom.importer.entities import Entities, find_entities
from newsroom.importer.markup import inert, inert_list_item, is_list_item
from newsroom.registry import Registry

MAX_CAPTION_WORDS = 30
MAX_SUBTITLE_WORDS = 45
# A related-news block holds at most this many headlines; a line ending in a closing quote, a
# question or an exclamation mark ends it (a quotation or a question in the body, when unsure).
MAX_RELATED_HEADLINES = 8
BODY_ENDINGS = ("?", "!", "”", "»", '"', "…")
CREDIT_LINE = re.compile(
    r"^\s*(?:\(?(?:photo(?:graph)?s?|photo credit|credit|image|picture|pictured|illustration|cover photo|"
    r"фото(?:графия)?|фото автора|иллюстрация|фотограф|сурет(?:тер)?|фото(?:сурет)?|коллаж|collage|video|видео)"
    r"(?:\s+by|\s+из открытых источников|\s+с сайта|\s+предоставлено)?\s*[:：]\s*"
    r"|\(?(?:photo|фото)\s+by\s+|©\s*|\(c\)\s*|copyright\s*©?\s*)"
    r"(?P<credit>[^|]{2,160}?)\)?(?:\s*\|\s*(?P<caption>.+))?\s*$",
    re.I,
)
SLASH_CREDIT = re.compile(r"^\s*(?:[A-Z][\w.&-]*\s?){1,4}(?:Photo|PHOTO)?\s*/\s*[\w .’'-]+(?:/[\w .’'-]+){0,2}\s*$")
CAPTION_WITH_CREDIT = re.compile(
    r"^(?P<caption>.{3,300}?[.!?»”\"]?)\s+[(\[]?(?:photo|фото|сурет|credit|©)\s*[:©]?\s*(?P<credit>[^()\[\]]{2,80}?)[)\]]?\s*$",
    re.I,
)
CAPTION_LABEL = re.compile(r"^\s*(?:caption|подпись|сурет астындағы жазу)\s*[:：]\s*(?P<caption>.+)$", re.I)
BYLINE = re.compile(
    r"^\s*(?:(?:by|written by|text by|story by|words by|reporting by|материал подготовил(?:а)?|подготовил(?:а)?)"
    r"\s*(?::|：|\s)|(?P<noun>author|authors|автор(?:ы)?|автор текста|текст|автордың|авторы|жазған|мәтін)"
    r"\s*(?P<colon>[:：])?\s)\s*(?P<name>.*)$",
    re.I,
)
BARE_BYLINE = re.compile(r"^\s*(?:author|authors|by|автор|авторы|текст|автордың|мәтін)\s*[:：]?\s*$", re.I)
AGENCY_TRAILER = re.compile(
    r"^\s*\(?(?:(?:reporting|writing|editing|additional reporting)\s+by\b.*"
    r"|.{0,80}\bcontributed to this (?:report|story)\.?\)?)$",
    re.I,
)
SLASH_AGENCY_END = re.compile(r"(?<=[.,]\s)/[^\W\d][^/\n]{0,30}/\.\s+")
DASH = re.compile(r"\s+[–—-]{1,2}\s+|\s*[–—]\s+|\s+[–—]\s*")
NAME_LIKE = re.compile(r"^[\w’'.-]+(?:\s+[\w’'.-]+){0,4}(?:\s*(?:,|and|и|&)\s*[\w’'.-]+(?:\s+[\w’'.-]+){0,3})*$")
SENTENCE_END = re.compile(r"[.!?…]['\"”»)]*$")
TERMINAL = (".", "!", "?", "…", ":", ";", '"', "”", "»", ")")
ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|No|Nos|Vol|Art|Fig|Gen|Col|Lt|Capt|Sgt|Rev|Hon|Gov|Sen|Rep|Dept|Inc|Ltd|Co|Corp|"
    r"vs|etc|approx|e\.g|i\.e|U\.S|U\.N|U\.K|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|г|гг|ул|им|т\.е|т\.к|т\.д|т\.п|"
    r"млн|млрд|тыс|руб|др|пр|см|стр|обл|р-н|акад|проф|ж|жж)|\b[A-ZА-ЯЁ])\.$"
)


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


@dataclass
class _Line:
    text: str
    block: int
    role: str = "body"  # body | debris | title | subtitle | caption | credit | byline | date | ...


@dataclass
class _Dateline:
    prefix: str  # the dateline as written, dash included
    place: str | None
    agency: str | None
    date: FoundDate | None


def split_lines(text: str) -> list[_Line]:
    """Non-empty lines, stripped, each with the number of its blank-line separated block."""
    lines = []
    block = 0
    previous_blank = True
    for raw in text.splitlines():
        line = raw.replace("\u200b", "").replace("\ufeff", "").strip()
        if not line or not line.strip("\u00a0 \t"):
            if not previous_blank:
                block += 1
            previous_blank = True
            continue
        previous_blank = False
        lines.append(_Line(line, block))
    return lines


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph, not split after abbreviations or initials."""
    split = re.split(r"(?<=[.!?…])(['\"”»)]*)\s+(?=[\"“«(\[]?[A-ZА-ЯЁӘҒҚҢӨҰҮІҺ0-9])", text)
    # The captured closing quotes and brackets belong to the sentence they close.
    parts = [split[0]] + [split[i + 1] for i in range(1, len(split), 2)]
    for i in range(1, len(split), 2):
        parts[i // 2] += split[i]
    out: list[str] = []
    for part in parts:
        if out and ABBREVIATIONS.search(out[-1]):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return [s.strip() for s in out if s.strip()]


def first_sentences(paragraph: str, count: int = 2) -> str:
    """The lead: the first sentence, or the first two when the first is short."""
    found = sentences(paragraph)
    if not found:
        return paragraph.strip()
    lead = found[0]
    if count > 1 and len(lead) < 120 and len(found) > 1:
        lead = f"{lead} {found[1]}"
    return lead.strip()


def parse_dateline(paragraph: str, registry: Registry) -> _Dateline | None:
    """The dateline that opens a paragraph: ``ALMATY. KAZINFORM –``, ``Astana, 2 June 2025 –``, ..."""
    head = paragraph[:160]
    dash = DASH.search(head)
    slash = SLASH_AGENCY_END.search(head)  # "МОСКВА, 12 декабря. /ТАСС/. Text": no dash
    if slash is not None and (dash is None or slash.end() <= dash.start()):
        dash, prefix = slash, head[: slash.end()].strip()
    elif dash is None or dash.start() == 0 or dash.start() > 110:
        return None
    else:
        prefix = head[: dash.start()].strip()
    if dash.start() == 0 or dash.start() > 110:
        return None
    if len(prefix.split()) > 12 or not prefix[:1].isupper():
        return None
    parts = [
        p.strip() for p in re.split(r"[.,;]\s*|\s+(?=\()|(?<=\))\s*|\s+(?=/)|(?<=/)\s+(?=\w)", prefix) if p.strip()
    ]
    place: str | None = None
    agency: str | None = None
    date: FoundDate | None = None
    upper_place = False
    for index, part in enumerate(parts):
        bare = part.strip("()/ ")
        if not bare:
            continue
        found = find_date(bare)
        if found is not None and len(found[1].group(0)) >= len(bare) - 3:
            date = date or found[0]
            continue
        if re.fullmatch(r"\d{4}", bare):
            continue
        if part.startswith(("(", "/")) or registry.sources.get(bare):
            agency = agency or bare
            continue
        words = bare.split()
        if len(words) > 4 or not all(w[:1].isupper() or w.lower() in ("of", "de", "на", "-") for w in words):
            return None
        if index == 0:
            place = bare
            upper_place = bare.isupper() and len(bare) > 2
        elif bare.isupper() and len(bare) > 1 and agency is None and not registry.places.get(bare.title()):
            agency = bare
        elif place is not None and index <= 2:
            continue  # "Astana, Kazakhstan, 2 June 2025": the country after the city
        else:
            return None
    if place is None or not (upper_place or date or agency):
        return None
    full = paragraph[: dash.end()]
    rest = paragraph[dash.end() :]
    trailer = re.match(r"([^\W\d][\w .-]{1,30}?)\.\s+(?=\S)", rest)  # "МОСКВА, 12 окт — РИА Новости. Text"
    if trailer and registry.sources.get(trailer.group(1)):
        agency = agency or trailer.group(1)
        full = paragraph[: dash.end() + trailer.end()]
    return _Dateline(full, place, agency, date)


def _credit_of(line: str) -> tuple[str, str | None] | None:
    """``(credit, caption or None)`` when the line is a picture credit, else None."""
    match = CREDIT_LINE.match(line)
    if match and len(line.split()) <= 40:
        credit = match["credit"].strip().rstrip(".")
        if len(credit.split()) <= 15:
            return credit, (match["caption"] or "").strip() or None
    if SLASH_CREDIT.match(line) and len(line.split()) <= 8:
        return line.strip(), None
    return None


def _caption_and_credit_inline(line: str) -> tuple[str, str] | None:
    """``Children read in a new corner. Photo: Federation`` -> caption and credit."""
    if len(line.split()) > MAX_CAPTION_WORDS + 10:
        return None
    match = CAPTION_WITH_CREDIT.match(line)
    if match and re.search(r"(?:photo|фото|сурет|credit)\s*:|©", line, re.I):
        return match["caption"].strip(), match["credit"].strip()
    return None


def _is_byline_name(name: str) -> bool:
    name = name.strip()
    if not name or len(name.split()) > 8 or (SENTENCE_END.search(name) and not name.endswith(".")):
        return False
    if not name[:1].isupper():
        return False
    return bool(NAME_LIKE.match(name.rstrip(".")))


def _byline_of(line: str) -> str | None:
    """``By Olga Petrova``, ``Автор: Иван Петров``; ``Author Sally Rooney wins ...`` and ``Текст Конституции ...``
    are headlines (a byline word that is also a noun needs a colon, or a bare name of capitalised words)."""
    match = BYLINE.match(line)
    if match is None or not _is_byline_name(match["name"]):
        return None
    name = match["name"].strip().rstrip(".")
    if match["noun"] and not match["colon"]:
        words = name.split()
        if len(words) > 3 or not all(w[:1].isupper() for w in words) or len(words) < 2:
            return None
    return name


def _is_header_noise(line: str) -> bool:
    return (
        d.is_debris(line)
        or d.is_label(line)
        or d.is_breadcrumb(line)
        or is_date_line(line)
        or d.is_contact(line)
        or d.tags_of(line) is not None
        or bool(d.SOURCE_LINE.match(line))
    )


def _strip_site_suffix(title: str, registry: Registry) -> str:
    """``Title | UN News`` -> ``Title`` (only when the suffix names a known source)."""
    match = re.match(r"^(?P<title>.{10,}?)\s+[|–—-]\s+(?P<site>[^|–—-]{2,40})$", title)
    if match and registry.sources.get(match["site"].strip()):
        return match["title"].strip()
    return title


def extract(text: str, registry: Registry, lang: str | None = None) -> Extraction:
    """Extract title, body, caption and credit, summary, dates and entities from raw text."""
    lines = split_lines(text)
    if not lines:
        raise ValueError("the text is empty")
    lang = lang or detect_language(text)
    result = Extraction(title="", lang=lang)
    tag_line: list[str] = []
    source_names: list[str] = []
    header_dates: list[FoundDate] = []
    datelines: dict[str, _Dateline | None] = {}

    def dateline_of(paragraph: str) -> _Dateline | None:
        """``parse_dateline``, once per paragraph of this text."""
        if paragraph not in datelines:
            datelines[paragraph] = parse_dateline(paragraph, registry)
        return datelines[paragraph]

    # 1. The header: everything up to the title.
    index = 0
    while index < len(lines):
        line = lines[index]
        text_ = line.text
        if is_date_line(text_):
            line.role = "date"
            found = date_of_line(text_)
            if found:
                header_dates.append(found)
        elif (byline := _byline_of(text_)) is not None and index + 1 < len(lines):
            line.role = "byline"
            result.byline = result.byline or byline
        elif (
            (noise := _is_header_noise(text_)) or (credit := _credit_of(text_)) is not None or BARE_BYLINE.match(text_)
        ):
            line.role = "debris" if noise or credit is None else "credit"
            if line.role == "credit" and result.credit is None:
                result.credit, result.caption = credit  # type: ignore[misc]
            if (source := d.SOURCE_LINE.match(text_)) is not None:
                source_names.append(source["source"])
        elif _is_label_by_shape(lines, index) or (registry.sources.get(text_) and index + 1 < len(lines)):
            line.role = "debris"
        else:
            break
        index += 1
    if index >= len(lines):
        raise ValueError("no title: every line looks like page furniture")
    lines[index].role = "title"
    result.title = _strip_site_suffix(lines[index].text, registry)
    body_start = index + 1

    # 2. Line by line: metadata, debris, blocks of other stories, the end of a press release.
    # Paragraphs apart (blank lines between them): a line glued to a credit is its caption. Text without
    # blank lines glues everything, so there only a short line without a full stop is taken as a caption.
    paragraphs_apart = lines[-1].block + 1 >= len(lines) / 2
    in_related = False
    related_left = 0
    ended = False
    pending_byline = False
    for position in range(body_start, len(lines)):
        line = lines[position]
        text_ = line.text
        previous = lines[position - 1]
        if ended or line.role == "debris":  # after the end, or in a block already taken out
            line.role = "debris"
            continue
        if d.is_end_marker(text_):
            line.role = "debris"
            ended = True
            continue
        if pending_byline:
            pending_byline = False
            if _is_byline_name(text_) and len(text_.split()) <= 6:
                line.role = "byline"
                result.byline = result.byline or text_.rstrip(".")
                continue
        if in_related:
            if is_date_line(text_) or d.is_debris(text_):
                line.role = "debris"
                continue
            if related_left > 0 and d.is_headline_like(text_) and not text_.endswith(BODY_ENDINGS):
                line.role = "debris"
                related_left -= 1
                continue
            in_related = False
        if d.is_block_heading(text_) and (position + 1 < len(lines)) and _looks_like_headlines(lines, position + 1):
            line.role = "debris"
            in_related = True
            related_left = MAX_RELATED_HEADLINES
            continue
        if BARE_BYLINE.match(text_):
            line.role = "debris"
            pending_byline = True
            continue
        if (byline := _byline_of(text_)) is not None and (position - body_start < 4 or position > len(lines) - 5):
            line.role = "byline"
            result.byline = result.byline or byline
            continue
        if AGENCY_TRAILER.match(text_) and position > len(lines) - 5:
            line.role = "debris"
            continue
        tags = d.tags_of(text_)
        if tags is not None:
            line.role = "debris"
            tag_line.extend(tags)
            continue
        if (source := d.SOURCE_LINE.match(text_)) is not None and len(text_.split()) <= 12:
            line.role = "debris"
            source_names.append(source["source"])
            continue
        credit = _credit_of(text_)
        if credit is not None:
            line.role = "credit"
            if result.credit is None:
                result.credit, caption = credit
                if caption:
                    result.caption = caption
                elif (
                    previous.role == "body"
                    and previous.block == line.block
                    and position - 1 >= body_start
                    and len(previous.text.split()) <= MAX_CAPTION_WORDS
                    and len(previous.text) <= 250
                    and dateline_of(previous.text) is None
                    and not is_list_item(previous.text)
                    and not (position + 1 < len(lines) and CAPTION_LABEL.match(lines[position + 1].text))
                    and (
                        paragraphs_apart
                        or (len(previous.text.split()) <= 15 and not SENTENCE_END.search(previous.text))
                    )
                ):
                    previous.role = "caption"
                    result.caption = previous.text
            continue
        if (label := CAPTION_LABEL.match(text_)) is not None:
            line.role = "caption"
            result.caption = result.caption or label["caption"].strip()
            continue
        inline = _caption_and_credit_inline(text_)
        if inline is not None and result.credit is None and len(text_.split()) <= 25:
            line.role = "credit"
            result.caption, result.credit = inline
            continue
        if (
            position > body_start
            and d.CONTACT_HEADING.match(text_)
            and (size := d.contact_block([x.text for x in lines[position : position + 1 + d.MAX_CONTACT_LINES]]))
        ):
            for contact in lines[position : position + size]:
                contact.role = "debris"  # a press contact block, wherever it stands
            continue
        if d.is_boilerplate_heading(text_) and position > body_start + 1 and _boilerplate_from(lines, position):
            for rest in lines[position:]:
                rest.role = "debris"
            break
        if d.is_contact(text_) and (position - body_start < 3 or position > len(lines) - 6):
            line.role = "debris"
            continue
        if is_date_line(text_):
            line.role = "date"
            if not header_dates and sum(x.role == "body" for x in lines[body_start:position]) < 2:
                found = date_of_line(text_)
                if found:
                    header_dates.append(found)
            continue
        if d.is_debris(text_):
            line.role = "debris"
            continue
        if (position - body_start) < 3 and (d.is_label(text_) or d.is_breadcrumb(text_)):
            line.role = "debris"
            continue

    # 3. The subtitle: a short line between the title and the body with no closing full stop.
    body_lines = [line for line in lines[body_start:] if line.role == "body"]
    if len(body_lines) >= 2:
        candidate = body_lines[0]
        following = body_lines[1]
        words = len(candidate.text.split())
        between = [line.role for line in lines[lines.index(candidate) + 1 : lines.index(following)]]
        if (
            words <= MAX_SUBTITLE_WORDS
            and dateline_of(candidate.text) is None
            and not is_list_item(candidate.text)
            and (
                (
                    not SENTENCE_END.search(candidate.text)
                    and not candidate.text.endswith((":", ";", ","))
                    # a hard-wrapped lead goes on in lower case on the next line of its block
                    and (candidate.block != following.block or not following.text[:1].islower())
                    and (words <= 25 or candidate.block != following.block)
                )
                or (any(role in ("date", "byline") for role in between) and words <= 40)
            )
            and lines.index(candidate) - body_start <= 4
            and re.match(r"^[\"“«‘']?[^\W\d_]", candidate.text) is not None
            and candidate.text.lstrip("\"“«‘'")[:1].isupper()
        ):
            candidate.role = "subtitle"
            result.subtitle = candidate.text

    # 4. The dateline, the date, the body paragraphs.
    body_lines = [line for line in lines[body_start:] if line.role == "body"]
    dateline = None
    if body_lines:
        dateline = dateline_of(body_lines[0].text)
        if dateline is not None:
            result.dateline = dateline.place
    candidates = [*header_dates, *([dateline.date] if dateline and dateline.date else [])]
    full = [c for c in candidates if c.year is not None]
    if full:
        result.date = full[0].as_date()
    elif candidates:
        result.partial_date = candidates[0]
    result.paragraphs = _paragraphs(body_lines)
    if body_lines:
        lead = body_lines[0].text
        for previous, line in itertools.pairwise(body_lines):
            if not _continues(previous, line):
                break
            lead = f"{lead} {line.text}"  # a hard-wrapped lead: its lines joined
        if dateline is not None:
            lead = lead[len(dateline.prefix) :].strip()
        result.summary = first_sentences(lead)

    # 5. Source and entities.
    agencies = [dateline.agency] if dateline and dateline.agency else []
    first_last = [body_lines[0].text, body_lines[-1].text] if body_lines else []
    result.source = _source(registry, lang, source_names + agencies, first_last)
    entity_text = [result.title, *([result.subtitle] if result.subtitle else [])]
    entity_text += [result.caption] if result.caption else []
    entity_text += [line.text for line in body_lines]
    if dateline is not None and entity_text:
        index_first = entity_text.index(body_lines[0].text) if body_lines else -1
        if index_first >= 0:
            entity_text[index_first] = entity_text[index_first][len(dateline.prefix) :]
    result.entities = find_entities(
        entity_text,
        registry,
        lang,
        extra_org_text=[result.credit] if result.credit else [],
        dateline_place=dateline.place if dateline else None,
        source=result.source,
        tag_line=tag_line,
    )
    return result


def _source(registry: Registry, lang: str, named: list[str], text: list[str]) -> str | None:
    """The agency the story came from: a ``Source:`` line, the dateline's agency, or one named in the lead."""
    for name in named:
        name = name.strip(" ./()")
        if registry.sources.get(name):
            return registry.sources.display(name, lang)
    for paragraph in text:
        found = registry.sources.mentions(paragraph)
        if found:
            return registry.sources.display(found[0][1].group(1), lang)
    for name in named:
        name = name.strip(" ./()")
        if name and len(name.split()) <= 5:
            return name
    return None


LABEL_CONNECTORS = frozenset("and of the for & in и и/или мен және".split())


def _is_label_by_shape(lines: list[_Line], index: int) -> bool:
    """A rubric above the title, with a real headline after it: one or two words (``Culture``), or up
    to four capitalised ones (``Peace and Security``) above a longer headline."""
    line = lines[index].text
    words = line.split()
    if len(words) > 4 or SENTENCE_END.search(line) or index + 1 >= len(lines):
        return False
    if d.is_label(line):
        return True
    following = next((x.text for x in lines[index + 1 :] if not is_date_line(x.text)), "")
    headline = 4 <= len(following.split()) <= 30 and lines[index + 1].block != lines[index].block
    if len(words) <= 2:
        return headline
    titled = all(w[:1].isupper() or w.lower() in LABEL_CONNECTORS for w in words)
    return (
        headline
        and not line.rstrip().endswith(TERMINAL)
        and titled
        and len(following.split()) > len(words) + 2
        and not SENTENCE_END.search(following)
        and not all(w[:1].isupper() or w.lower() in LABEL_CONNECTORS for w in following.split())
    )


def _looks_like_headlines(lines: list[_Line], start: int) -> bool:
    """After a ``Related news`` heading: are the next lines other stories' headlines?"""
    following = [line.text for line in lines[start : start + 3]]
    return bool(following) and all(d.is_headline_like(t) or is_date_line(t) for t in following[:2])


def _boilerplate_from(lines: list[_Line], position: int) -> bool:
    """Boilerplate headings count only in the last part of the text (``About the Federation``)."""
    return position >= len(lines) * 0.6 or len(lines) - position <= 4


def _continues(previous: _Line, line: _Line) -> bool:
    """A hard-wrapped line: the same block, the previous line unfinished, this one going on in lower case."""
    return (
        previous.block == line.block
        and not is_list_item(previous.text)
        and not is_list_item(line.text)
        and not previous.text.endswith(TERMINAL)
        and line.text[:1].islower()
    )


def _paragraphs(body_lines: list[_Line]) -> list[str]:
    """Body lines as Markdown paragraphs: one per line, lists kept together, hard-wrapped lines joined."""
    paragraphs: list[str] = []
    previous: _Line | None = None
    for line in body_lines:
        text = line.text
        if is_list_item(text):
            item = inert_list_item(text)
            if previous is not None and is_list_item(previous.text) and previous.block == line.block:
                paragraphs[-1] += "\n" + item
            else:
                paragraphs.append(item)
        elif previous is not None and _continues(previous, line):
            paragraphs[-1] += "\n" + inert(text)
        else:
            paragraphs.append(inert(text))
        previous = line
    return paragraphs
