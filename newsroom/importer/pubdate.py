"""Which of the dates on a page is the article's publication date.

A page shows many dates: the article's own (a date line near the title, a ``Published:`` stamp, a
dated byline, the dateline that opens the first paragraph), an ``Updated`` stamp, the date an e-mail
was forwarded, and dates that are not the article's at all (teasers of other stories, comments, the
copyright line, events the story tells of). The rules, in order:

1. the page's head (the lines above the title, and the lines above the body's second paragraph of
   prose) holds the candidates: a ``Published`` stamp first, then the date line or dated byline nearest
   the title (a page's top bar may show today's date: a plain date line two lines or more above the
   title does not count); a day and month there is completed only by a
   full date of that same day elsewhere on the page;
2. without one, the dateline that opens the head's prose, then a ``Published`` stamp further down
   (below the body), then an ``Updated`` stamp (used only when it is the only date), then an e-mail's
   ``Date:`` field (a forwarded release's own date comes first);
3. an event's day among its fields (``Date:`` over ``Venue:``, ``newsroom.importer.events``), dates of
   teasers (a date every other line, or just below a ``Most read`` or comments heading) and dates in
   debris below the body never count; relative stamps (``2 hours ago``) give no date;
4. numeric dates are read in the page's order (``page_date_order``); one that could be read both ways
   on a page that does not tell is refused;
5. a day and month without a year stays so, unless the article's text gives that same day and month
   with a year (``Сегодня, 9 января 2026 года``): a year is never invented.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsroom.importer import debris as d
from newsroom.importer.bylines import byline_of
from newsroom.importer.datelines import Dateline
from newsroom.importer.dates import (
    RELATIVE_DATE_LINE,
    WEEKDAY,
    FoundDate,
    all_dates,
    date_of_line,
    find_date,
    in_a_chronology,
    is_dashed_stamp,
    is_date_line,
    is_place_date_line,
    is_publication_stamp,
    is_update_stamp,
    page_date_order,
)
from newsroom.importer.events import event_fields
from newsroom.importer.furniture import menu_end
from newsroom.importer.header import EMAIL_FIELD_NAME, PRESS_OFFICE, is_issue_line, tops_a_page
from newsroom.importer.lines import Line, LineRole
from newsroom.importer.patterns import SENTENCE_END, listed

PUBLISHED, PLAIN, UPDATED, EMAILED = range(4)
"""The ranks of a candidate date, best first."""
HEAD_PROSE_PARAGRAPHS = 2
"""The head of a page ends where its second paragraph of prose starts."""
MIN_PROSE_WORDS = 2
LONG_PROSE_WORDS = 12
EMAIL_NEIGHBOURS = 3
BLOCK_HEADING_REACH = 3
_PROSE_ROLES = (LineRole.BODY, LineRole.SUBTITLE)
TODAY = re.compile(r"(?<!\w)" + listed("dates-today") + r"(?!\w)", re.I)


@dataclass(frozen=True)
class Candidate:
    """A date found on the page: where, what, and its rank."""

    position: int
    date: FoundDate
    rank: int
    in_head: bool


def is_prose(line: Line) -> bool:
    """A paragraph of the article's text: a finished sentence, or a long line with a sentence break."""
    if line.role not in _PROSE_ROLES:
        return False
    words = len(line.text.split())
    return (words >= MIN_PROSE_WORDS and SENTENCE_END.search(line.text) is not None) or (
        words >= LONG_PROSE_WORDS and ". " in line.text
    )


def head_end(lines: list[Line]) -> int:
    """Where the page's head ends: the start of its second paragraph of prose."""
    seen = 0
    for position, line in enumerate(lines):
        seen += is_prose(line)
        if seen == HEAD_PROSE_PARAGRAPHS:
            return position
    return len(lines)


def _is_email_date(lines: list[Line], position: int) -> bool:
    """``Date: Fri, Jan 23, 2026`` among an e-mail's header fields: when the message was sent."""
    if EMAIL_FIELD_NAME.match(lines[position].text) is None:
        return False
    around = lines[max(0, position - EMAIL_NEIGHBOURS) : position + EMAIL_NEIGHBOURS + 1]
    return sum(EMAIL_FIELD_NAME.match(line.text) is not None for line in around) >= 2


def _is_plain_dated(lines: list[Line], position: int) -> bool:
    if not 0 <= position < len(lines):
        return False
    text = lines[position].text
    stamped = is_publication_stamp(text) or is_update_stamp(text)
    return not stamped and is_date_line(text) and date_of_line(text) is not None


def _is_text(lines: list[Line], position: int) -> bool:
    """A line of other stories' text between two dates: not a date line, and not the article's title."""
    return (
        0 <= position < len(lines)
        and lines[position].role is not LineRole.TITLE
        and not is_date_line(lines[position].text)
    )


def _under_block_heading(lines: list[Line], position: int) -> bool:
    """A date just below the heading of other stories or of comments (``Most read``, ``3 thoughts on ...``),
    the article's title not between them nor right under the date (``Read more`` / ``LIVE`` / the date / the
    title: the link closes a teaser above; the date is the title's)."""
    if position + 1 < len(lines) and lines[position + 1].role is LineRole.TITLE:
        return False
    for line in reversed(lines[max(0, position - BLOCK_HEADING_REACH) : position]):
        if line.role is LineRole.TITLE:
            return False
        if d.is_block_heading(line.text) or d.is_comment_opener(line.text):
            return True
    return False


def _is_teaser_date(lines: list[Line], position: int) -> bool:
    """A date of a list of other stories: headline, date, headline, date (or date, headline, ...): another
    plain date two lines away, and a headline on each side of this date; or a date just below the list's
    heading."""
    if _under_block_heading(lines, position):
        return True
    return any(
        _is_plain_dated(lines, position + step)
        and _is_text(lines, position + step // 2)
        and _is_text(lines, position - step // 2)
        for step in (-2, 2)
    )


def _beside_view_counter(lines: list[Line], position: int) -> bool:
    """A date just above or below a messenger post's views (``👁 12.6K``): the post's own stamp."""
    around = lines[max(0, position - 1) : position + 2]
    return any(d.VIEW_COUNTER.match(line.text) for line in around)


VIEW_WORDS = listed("dates-view-words")
COUNT = r"\d(?:[\d,.]|\s(?=\d))*"
PAGE_VIEWS = re.compile(rf"^\s*(?:{VIEW_WORDS}\s*[:：]?\s*{COUNT}|{COUNT}\s*{VIEW_WORDS})\s*$", re.I)
"""A page's count of views on its own line (``Views: 1 482``, ``Просмотров: 2 140``, ``1 482 views``)."""


def _beside_page_views(lines: list[Line], position: int) -> bool:
    """A date just above or below the page's count of views, the only such date on the page and none of a list of
    other stories: the page's own stamp (``Views: 1 482`` over ``03.09.2026 16:20`` at its foot)."""
    if not any(PAGE_VIEWS.match(line.text) for line in lines[max(0, position - 1) : position + 2]):
        return False
    beside = [
        at
        for at, line in enumerate(lines)
        if PAGE_VIEWS.match(line.text)
        for near in (at - 1, at + 1)
        if 0 <= near < len(lines) and is_date_line(lines[near].text)
    ]
    return len(beside) == 1 and not _is_teaser_date(lines, position)


def _rank(lines: list[Line], position: int, foot: int | None = None) -> int:
    text = lines[position].text
    if _is_email_date(lines, position):
        return EMAILED
    if is_update_stamp(text):
        return UPDATED
    stamped = is_publication_stamp(text) or _beside_view_counter(lines, position) or _beside_page_views(lines, position)
    stamped = stamped or _under_a_byline(lines, position)
    return (
        PUBLISHED
        if stamped or _under_a_posts_hashtags(lines, position) or _closes_the_story(lines, position, foot)
        else PLAIN
    )


_STORY_ROLES = (LineRole.BODY, LineRole.CAPTION, LineRole.CREDIT)


def _under_a_byline(lines: list[Line], position: int) -> bool:
    """A date alone right under the story's byline (``Text: Dana Zhumagali`` / ``November 29, 2026 | 18:30``, a
    gallery's captions above them): the page's date wherever the byline stands; a teaser's byline (debris) dates
    no page."""
    if position == 0 or not _is_plain_dated(lines, position):
        return False
    above = lines[position - 1]
    return above.role in (LineRole.BODY, LineRole.BYLINE) and byline_of(above.text) is not None


def _closes_the_story(lines: list[Line], position: int, foot: int | None) -> bool:
    """A plain date alone right under the story's last sentence (``foot``: the only date line below the title), no
    sentence of the story under it, the publisher's signature under it (a ministry's or embassy's release dated at
    its foot); a date under a label (``Deadline:``), a sentence running on into it (``Концерт состоится``) or a
    list's heading, or among teasers, is not the page's."""
    if position != foot or not _is_plain_dated(lines, position):
        return False
    above = lines[position - 1]
    finished = above.text.rstrip().endswith(SENTENCE_ENDS) or MEDIA_TAG.match(above.text) is not None
    if above.role not in _STORY_ROLES or not finished or _is_teaser_date(lines, position):
        return False
    title_at = next(at for at, line in enumerate(lines) if line.role is LineRole.TITLE)
    return not any(is_prose(line) for line in lines[position + 1 :]) and _signed_under(lines, position, title_at)


SENTENCE_ENDS = (".", "!", "?", "…", "»", '"', "”")
MEDIA_TAG = re.compile(r"^\s*[(\[][^()\[\]]{1,15}[)\]]\s")
"""``(Фото) Церемония подписания``, ``[Video] ...``: a picture's or a video's caption under its bracketed tag."""


def _foot_date(lines: list[Line]) -> int | None:
    """The only date line below the title, if there is one and a line above it (found once a page)."""
    title_at = next((at for at, line in enumerate(lines) if line.role is LineRole.TITLE), None)
    if title_at is None:
        return None
    below = [at for at in range(title_at + 1, len(lines)) if is_date_line(lines[at].text)]
    return below[0] if len(below) == 1 and below[0] > 0 else None


SIGNATURE_REACH = 3


def _signed_under(lines: list[Line], position: int, title_at: int) -> bool:
    """The publisher signs right under the line at ``position``: its name as the page's header gives it
    (``Embassy of Steppeland in Kazakhstan``), or a press office's (``Пресс-служба ...``); a post's likes and
    comments under a date of its story do not sign it."""
    header = {line.text.strip().casefold() for line in lines[:title_at]}
    under = lines[position + 1 : position + 1 + SIGNATURE_REACH]
    return any(line.text.strip().casefold() in header or PRESS_OFFICE.match(line.text) for line in under)


HASHTAGS = re.compile(r"^\s*#[^\W_][\w-]*(?:[\s,]+#[^\W_][\w-]*)+\s*$")
"""A post's hashtags alone on their line (``#Алматы #саябақ``): two or more."""


def _under_a_posts_hashtags(lines: list[Line], position: int) -> bool:
    """A date right under a post's hashtags (an Instagram copy: the caption, its tags, then the post's date), with
    no place under it (``Central Park, main alley`` under an event's day and hour: the event's, no post's date)."""
    if position == 0 or HASHTAGS.match(lines[position - 1].text) is None:
        return False
    following = lines[position + 1] if position + 1 < len(lines) else None
    timed = CLOCK_TIME.search(lines[position].text) is not None
    placed = following is not None and following.role is LineRole.BODY and not any(c.isdigit() for c in following.text)
    return not (timed and placed)  # ``25 December 2026, 18:00`` / ``Central Park, main alley``: an event's


CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


STAMP_REACH = 2


def _is_lone_stamp(lines: list[Line], position: int) -> bool:
    """A ``Published: 30 June 2026`` stamp among a page's fields in its sidebar (``Document Type``, ``Regions``):
    the page's only labelled stamp, no other date within two lines (teasers' dates come in a series), and not
    right under a heading of other stories."""
    text = lines[position].text
    if not is_publication_stamp(text) or sum(is_publication_stamp(line.text) for line in lines) != 1:
        return False
    near = lines[max(0, position - STAMP_REACH) : position] + lines[position + 1 : position + 1 + STAMP_REACH]
    heading = position > 0 and d.is_block_heading(lines[position - 1].text)
    return not heading and not any(is_date_line(line.text) for line in near)


def _listed_day(lines: list[Line], position: int) -> bool:
    """A date line of a story's list of days (``Premiere dates:`` / ``27 November 2026`` / ``28 November 2026``)."""
    return is_place_date_line(lines[position].text) and in_a_chronology([line.text for line in lines], position)


def _line_candidate(
    lines: list[Line], position: int, order: str | None, in_head: bool, foot: int | None = None
) -> Candidate | None:
    """The date of one line, if the line is a date line, a dated byline or a labelled stamp that counts here."""
    line = lines[position]
    if line.role is LineRole.BYLINE:
        found_byline = byline_of(line.text)
        found = found_byline.date if found_byline and in_head else None
        rank = PLAIN
    elif line.role is LineRole.BODY and _listed_day(lines, position):
        return None  # a story's listed days (``Premiere dates:`` / ``27 November 2026`` / ...): no page's date
    elif line.role is LineRole.DATE or (is_place_date_line(line.text) and line.role is not LineRole.BYLINE_LABEL):
        rank = _rank(lines, position, foot)
        counts = in_head or (
            rank == PUBLISHED
            and (
                line.role is not LineRole.DEBRIS
                or _is_lone_stamp(lines, position)
                or _beside_page_views(lines, position)  # a post's date under its likes, among its comments
            )
        )
        found = date_of_line(line.text) if counts and not (rank == PLAIN and _is_teaser_date(lines, position)) else None
    elif in_head and line.role is not LineRole.DEBRIS and is_dashed_stamp(line.text):
        rank = _rank(lines, position, foot)  # ``KYOEI NEWS - Jun 17, 2026 - 18:42 | World`` under the title
        found = date_of_line(line.text) if not _is_teaser_date(lines, position) else None
    else:
        return None
    found = found.in_order(order) if found is not None else None
    return Candidate(position, found, rank, in_head) if found is not None else None


def _datelines(
    lines: list[Line], end: int, dateline: Dateline | None, dateline_of: Callable[[str], Dateline | None] | None
) -> list[FoundDate]:
    """The dates of the datelines opening the head's paragraphs of prose (and of the body's first, and of the
    paragraph right under a picture just below the head)."""
    found = [dateline.date] if dateline is not None and dateline.date is not None else []
    if dateline_of is not None:
        for position, line in enumerate(lines[: end + 1 + PICTURE_REACH]):
            under_picture = position > 0 and lines[position - 1].role in (LineRole.CAPTION, LineRole.CREDIT)
            opening = dateline_of(line.text) if is_prose(line) and (position <= end or under_picture) else None
            if opening is not None and opening.date is not None:
                found.append(opening.date)
    return found


PICTURE_REACH = 3
"""How far below the head a paragraph right under the picture's caption or credit may open with the dateline (the
standfirst, then the picture, then ``Bukhara, 20 October 2026 – ...``)."""


def _choose(head: list[FoundDate], others: list[list[FoundDate]]) -> tuple[FoundDate | None, FoundDate | None]:
    """The date nearest the title, a day and month of it completed only by a full date of that same day;
    without one, the first full date of the first group that has one, else the first day and month."""
    if head:
        nearest = head[0]
        same_day = [
            found
            for found in head + [found for group in others for found in group]
            if found.year is not None and (found.day, found.month) == (nearest.day, nearest.month)
        ]
        return (same_day[0], None) if same_day else (None, nearest)
    for group in others:
        full = [found for found in group if found.year is not None]
        if full:
            return full[0], None
    return None, next((found for group in others for found in group), None)


def _doubtful_readings(lines: list[Line], end: int, order: str | None) -> list[FoundDate]:
    """Both readings of the head's numeric dates the page's order cannot settle (``05/04/2025``)."""
    if order is not None:
        return []
    doubtful = [found for line in lines[: end + 1] if (found := date_of_line(line.text)) and found.swappable]
    return [reading for found in doubtful for reading in (found.in_order("DMY"), found.in_order("MDY")) if reading]


def _with_year_from_page(partial: FoundDate, lines: list[Line], end: int, order: str | None) -> FoundDate:
    """A day and month completed when the article's text dates itself (``9 января`` and ``Сегодня, 9 января
    2026 года``; not ``a year ago, on 9 January 2025``) or a short stamp of the head writes that same day with its
    year, or a numeric date of the head read the one way
    that fits, writes that same day with one year."""
    written = [
        found
        for line in lines[: end + 1]
        if (line.role in _PROSE_ROLES and TODAY.search(line.text)) or _is_short_stamp(line)
        for found in all_dates(line.text)
    ]
    years = {
        found.year
        for found in written + _doubtful_readings(lines, end, order)
        if (found.day, found.month) == (partial.day, partial.month) and found.year is not None
    }
    return FoundDate(partial.day, partial.month, years.pop()) if len(years) == 1 else partial


MAX_STAMP_WORDS = 8


def _is_short_stamp(line: Line) -> bool:
    """A short line of the head that is no sentence, a stamp the rules could not read as a date line (``All News
    15:21 July 02, 2026``): it gives the year of the dateline's day and month when it writes that same day."""
    return len(line.text.split()) <= MAX_STAMP_WORDS and not is_prose(line) and find_date(line.text) is not None


TOP_BAR_DISTANCE = 3


def _in_top_bar(lines: list[Line], candidate: Candidate, title_at: int) -> bool:
    """A plain date line above the site's menu, language switcher or breadcrumbs, two lines or more above
    the title: the day the page was viewed, in the site's top bar, not the article's date (counters and
    print buttons between a date and its title are the article's own); a newsletter's issue line
    (``Выпуск № 48 · 23 января 2026``) dates its stories."""
    line = lines[candidate.position]
    between = [other.text for other in lines[candidate.position + 1 : title_at]]
    return (
        candidate.rank == PLAIN
        and candidate.position <= title_at - TOP_BAR_DISTANCE
        and line.role is not LineRole.BYLINE
        and not is_issue_line(line.text)
        and (menu_end(between) is not None or any(tops_a_page(text) for text in between))
    )


MAX_DATE_LABEL_WORDS = 4


def mark_date_labels(lines: list[Line], body_start: int) -> None:
    """``Published:`` or ``Дата публикации:`` alone on its line right over the date line it labels: the date's
    label, no line of the story (it leaves the body with the date)."""
    for position in range(body_start, len(lines) - 1):
        line, following = lines[position], lines[position + 1]
        if line.role is not LineRole.BODY or following.role is not LineRole.DATE:
            continue
        text = line.text.strip()
        labelled = is_publication_stamp(text) or is_update_stamp(text)
        if labelled and len(text.split()) <= MAX_DATE_LABEL_WORDS and find_date(text) is None:
            line.role = LineRole.DATE


def _beside_an_emails_date(lines: list[Line], candidate: Candidate, emailed: list[Candidate], title_at: int) -> bool:
    """A plain date of an e-mailed page that is not its date: the forward's, above the original's header with its
    own date (``10 мар. 2026 г., 09:14`` over ``От: ...`` / ``Date: 9 мар. 2026``), or an invitation's event day
    with its weekday and hour right under the event's name (``Tuesday, 20 October 2026, 18:30``; ``Sent: 7 October``
    above)."""
    if candidate.rank != PLAIN or not emailed:
        return False
    if candidate.position < title_at:
        return any(candidate.position < e.position < title_at for e in emailed)
    text = lines[candidate.position].text
    timed = CLOCK_TIME.search(text) is not None and WEEKDAY_WORD.search(text) is not None
    return timed and candidate.position == title_at + 1


WEEKDAY_WORD = re.compile(r"(?<!\w)" + WEEKDAY + r"(?!\w)", re.I)


def article_date(
    lines: list[Line],
    body_start: int,
    dateline: Dateline | None = None,
    *,
    lang: str = "en",
    dateline_of: Callable[[str], Dateline | None] | None = None,
) -> tuple[dt.date | None, FoundDate | None]:
    """The article's date, or else the day and month it gives without a year (never given an invented one)."""
    end = head_end(lines)
    order = page_date_order([line.text for line in lines], lang)
    events = event_fields(lines)  # an event's day is not the page's
    foot = _foot_date(lines)
    candidates = [
        found
        for position in range(len(lines))
        if position not in events
        and (found := _line_candidate(lines, position, order, position < body_start or position < end, foot))
    ]
    opening = [found for date in _datelines(lines, end, dateline, dateline_of) if (found := date.in_order(order))]
    head = [c for c in candidates if c.in_head and c.rank <= PLAIN and not _in_top_bar(lines, c, body_start - 1)]
    title_at = body_start - 1  # the nearest to the title first: a page's top bar may show today's date
    head.sort(key=lambda c: (c.rank, abs(c.position - title_at), c.position < title_at))  # then the one below
    groups = [opening, [c.date for c in candidates if not c.in_head and c.rank == PUBLISHED]]
    groups += [[c.date for c in candidates if c.rank == rank] for rank in (UPDATED, EMAILED)]
    emailed = [c for c in candidates if c.in_head and c.rank == EMAILED]
    head = [c for c in head if not _beside_an_emails_date(lines, c, emailed, title_at)]
    full, partial = _choose([c.date for c in head], groups)
    if full is None and partial is not None:
        partial = _with_year_from_page(partial, lines, end, order)
        if partial.year is not None:
            full, partial = partial, None
    if full is None and partial is None:
        return _relative_to_the_date_bar(lines, candidates, body_start, end), None
    return (full.as_date() if full else None), partial


YESTERDAY = re.compile(r"^\s*" + listed("pubdate-yesterday") + r"(?!\w)", re.I)
TODAY_STAMP = re.compile(r"^\s*" + listed("pubdate-today") + r"(?!\w)", re.I)


def _relative_to_the_date_bar(
    lines: list[Line], candidates: list[Candidate], body_start: int, end: int
) -> dt.date | None:
    """A page with no date but its top bar's today (``Понедельник, 30 ноября 2026`` above the menu) and one relative
    stamp in its head (``Вчера, 17:40``, ``Today, 10:30``): the stamp read against the page's own today, never
    against the import's clock."""
    bars = [c for c in candidates if c.date.year is not None and _in_top_bar(lines, c, body_start - 1)]
    stamps = [line.text for line in lines[: max(end, body_start) + 1] if RELATIVE_DATE_LINE.match(line.text)]
    if len(bars) != 1 or len(stamps) != 1:
        return None
    today = bars[0].date.as_date()
    if today is None:
        return None
    if YESTERDAY.match(stamps[0]):
        return today - dt.timedelta(days=1)
    return today if TODAY_STAMP.match(stamps[0]) else None
