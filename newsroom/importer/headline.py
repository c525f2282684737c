"""The headline's evidence: a safeguard over the header's rules, which take as the title the first line none of
them takes, so that any new kind of junk above a headline (a menu row, a cover note, a copy cut mid-sentence,
a date, a picture's caption, a ``Name, role`` line) would become the title.

A line has the shape of a headline when it has no flaw (it ends with no full stop, colon or comma, starts with
no ellipsis and no lowercase letter, runs no menu's cells together, is no bare date, no two sentences, no
``Name, role``) and evidence when its next line (past the furniture the rules take) is a date, a byline or a
lead sentence, or when a line above repeats it (a browser tab's title, an e-mail's subject). When the line the
rules leave is flawed while a line a few lines below, above the first sentence of the story, has the shape and
the evidence, that line is the headline. A short line without evidence (a page's owner, a section's name, a
channel's name over its own furniture) gives way the same way to a post's headline under it; a teaser of another
story over its ``Read more`` link never has evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from newsroom.importer import debris as d
from newsroom.importer.bylines import byline_of, is_author_role, is_bare_byline, is_name_after_label
from newsroom.importer.captions import credit_of
from newsroom.importer.dates import RELATIVE_DATE_LINE, find_date, is_date_line, strip_dates
from newsroom.importer.furniture import CRUMB_SEPARATOR, DROPDOWN_MARKS, is_plain_breadcrumb
from newsroom.importer.lines import Line, LineRole
from newsroom.importer.patterns import SENTENCE_END, listed
from newsroom.importer.wordlists import word_set

RoleAt = Callable[[int], LineRole | None]
"""The role the header's rules give the line at a position (None: the rules leave it)."""

MAX_REACH = 8
"""How many lines under the flawed line the headline may stand."""
MIN_WORDS, MAX_WORDS, MIN_LEAD_WORDS = 3, 30, 8
MIN_DECKED_WORDS = 4
"""A headline over its deck has four words or more (``7 мин чтения`` over a headline is the reading time)."""
MAX_NAME_WORDS = 6
"""A page's owner (``Пресс-служба акимата области``, ``School No. 38 of Karaganda``) has a few words."""
MIN_OWNER_FURNITURE = 2
"""Lines of furniture that set a page's name apart from its post when they are no post's stamp or label (a
headline's share buttons are one line)."""
MAX_DATE_OTHER_WORDS = 2
MAX_NAME_ROLE_WORDS = 10
FURNITURE = frozenset({LineRole.DEBRIS, LineRole.CREDIT, LineRole.CAPTION, LineRole.SOURCE, LineRole.TAGS})
EVIDENCE = frozenset({LineRole.DATE, LineRole.BYLINE})

OPEN_END = re.compile(r"(?<!\.)[:;,]\s*$")
"""A closing colon, semicolon or comma: a label over what follows, a sentence cut (a headline ends bare, or with
``?``, ``!``, a quote or its own ellipsis, ``Back to school...``; a full stop is a sentence's, which a stopped
headline has too)."""
PLACEHOLDER = re.compile(r"^\s*[^\W\d_]+\s*(?:\.{3}|…)\s*$")
"""``Search...``, ``Іздеу...``: a search field's placeholder, one word and an ellipsis."""
VALEDICTION = re.compile(r"^\s*" + listed("headline-valedictions") + r"\s*(?:,\s*[^!?«»\"“”]{0,60})?\.?\s*$", re.I)
"""``Kind regards, Press office``, ``С уважением,``: an e-mail's closing words alone or with the sender's name, a
cover note's end (``Many thanks, volunteers!``, ``Всего доброго, «Мир»! ...`` are headlines)."""
PAYWALL_OFFER = re.compile(
    r"^\s*" + listed("debris-subscribe-verbs") + r"(?!\w)[^\d\n]{0,40}\d.{0,30}?" + listed("headline-price-words"),
    re.I,
)
"""``Subscribe from ₸1,990/month``, ``Подпишитесь за 990 ₽``: a paywall's offer, its call and its price (a figure
with a currency or a period: ``Sign up opens for 2026 Almaty Marathon`` is a headline)."""
CUT_START = re.compile(r"^\s*(?:\.{2,}|…)")
"""``...said the organisers``: a copy that starts in the middle of a sentence."""
MENU_GAP = re.compile(r" {2,}|\t")
"""Two cells of a menu's row set apart by a run of spaces or a tab."""
MIN_MENU_CELLS, MAX_MENU_CELL_WORDS, MIN_MENU_PIPES = 3, 4, 2
SECOND_SENTENCE = re.compile(r"[^\W\d_]{3}[»”\"')]?\.\s+(?=[^\W\d_])")
"""A word of three letters or more closing a sentence with a full stop, then another word: two sentences (a
caption's; ``Капитан остаётся! Ерназар ...`` is a headline's cry)."""
CONTROL_MARK = re.compile(f"[{DROPDOWN_MARKS}]")
"""A drop-down's arrow (``Your city: Astana ▾``): a control of the page."""
LEADING_TIME = re.compile(r"^\s*\d{1,2}:\d{2}\s+\S")
"""``11:32 В Шымкенте ...``: an item of a news feed, its time first."""
CHANNEL_BAR = re.compile(
    r"^(?:" + listed("header-pinned-labels") + "|" + listed("header-forward-labels") + r")(?!\w)", re.I
)
"""A messenger's bar over a channel's post: a pinned or forwarded post's label."""
POST_FURNITURE = re.compile(CHANNEL_BAR.pattern + "|^" + RELATIVE_DATE_LINE.pattern.removeprefix("^"), re.I)
"""What stands between a page's name and its post: a pinned or forwarded post's label, the post's age."""
QUOTED_MAIL = re.compile(r"^\s*>")
"""A line of a quoted e-mail (``> From: ...``)."""
TEASER_LINK = re.compile(r"^\s*" + listed("blocks-digest-links") + r"[\s.…]*[→›»>]?\s*$", re.I)
"""``Read more``, ``Подробнее``, ``Толығырақ``: the link under a teaser of another story in a list; the line over it
is that story's headline, not the page's."""
ICONS = re.compile(r"^[^\w«“\"'(\[]+")
"""The icons a messenger puts before its bars' labels (``📌 Pinned message``)."""
MAX_CHANNEL_WORDS = 12
"""A channel's or body's name with its description (``Шымкент қаласының дене шынықтыру және спорт басқармасы``)
over the channel's own furniture (its count of followers, a pinned or forwarded post's bar) may run long."""


EVENT_NAME = re.compile(r"^\s*(?P<name>[^\W\d_][^—–\d]{0,80}?)(?<!\s)\s+[—–-]\s+\d")
"""``Jazz Night — 14 March``, ``Наурыз мейрамы – 21 наурыз``: an event's name set off from its day by a dash (a
run of spaces tried from its start only, the name short: linear on long lines)."""
WEEKDAY_WORDS = word_set("dates-weekdays")


def _names_an_event(text: str) -> bool:
    """Two words or more before the dash, none a weekday: a poster's headline (``Астана – 12 мая 2026`` is a place's
    date line, ``Saturday — 21 March`` a day's)."""
    match = EVENT_NAME.match(text)
    if match is None:
        return False
    words = [word.casefold().strip(",.") for word in match["name"].split()]
    return len(words) >= 2 and not any(word in WEEKDAY_WORDS for word in words)


def is_bare_date(text: str) -> bool:
    """A date (with its time, weekday and a word or two: ``Sat 21 Nov 2026, 16:05 (Astana time)``) and no more; an
    event's name before its day (``Jazz Night — 14 March``) is a headline."""
    if is_date_line(text):
        return True
    if find_date(text) is None or _names_an_event(text):
        return False
    return len(re.findall(r"[^\W\d_]{2,}", strip_dates(text))) <= MAX_DATE_OTHER_WORDS


def _is_name_and_role(text: str) -> bool:
    """``Анна Петрова, координатор программ``: a person's two or three capitalised names, a comma, a lowercase
    role holding a role word, and no more (``Асель Жумабекова, режиссёр: «...»`` is an interview's headline)."""
    name, comma, role = text.partition(", ")
    words = name.split()
    if not comma or not 2 <= len(words) <= 3 or len(text.split()) > MAX_NAME_ROLE_WORDS:
        return False
    if any(mark in role for mark in QUOTE_OR_COLON):
        return False
    said = {word.casefold() for word in re.findall(r"[^\W\d_][\w-]*", role)}
    if not said & ROLE_WORDS:
        return False  # ``Big Data, small farms``: a feature's headline, no person's role
    return all(word[:1].isupper() for word in words) and role[:1].islower()


ROLE_WORDS = word_set("roles-person") | {word for entry in word_set("bylines-nouns") for word in entry.split()}
"""A person's role words (``editor``, ``координатор``), one of which the role after a name holds."""


QUOTE_OR_COLON = (":", "«", "“", '"')


ABBREVIATIONS = word_set("headline-abbreviations")
"""Abbreviations whose stop ends no sentence (``Corp.``, ``Prof.``, ``мкр.``, ``көш.``)."""
MIN_SENTENCE_WORDS = 3
CLOSING_MARKS = "»”\"').("
"""A sentence of a caption has three words or more; ``. Фото``, ``. In pictures`` is a headline's media tag."""


def two_sentences(text: str) -> bool:
    """A sentence of three words or more ended inside the line (not by an abbreviation's stop) and a capitalised one
    of three words or more after it (``Сцена из спектакля. В роли ...``)."""
    for match in SECOND_SENTENCE.finditer(text):
        before, after = text[: match.end()].split(), text[match.end() :]
        closing = before[-1].strip(CLOSING_MARKS).casefold() if before else ""
        if not after[:1].isupper() or closing in ABBREVIATIONS:
            continue
        if len(before) >= MIN_SENTENCE_WORDS and len(after.split()) >= MIN_SENTENCE_WORDS:
            return True
    return False


def _starts_lowercase(text: str) -> bool:
    """The line starts with a lowercase word that is no brand's (``eGov``, ``iPhone``: a capital inside) and
    no handle's or address's (``kaspi.kz``)."""
    first = text.split()[0] if text.split() else ""
    if not first[:1].isalpha() or not first[:1].islower():
        return False
    return not any(char.isupper() or char in "._@" for char in first)


def _is_menu_row(text: str) -> bool:
    """Three cells or more apart by runs of spaces, each of a few words, none opening in lower case and no sentence
    (``About  Study  News``; ``It rained.  Then it stopped.`` is typed with two spaces after its stops)."""
    cells = MENU_GAP.split(text)
    if len(cells) < MIN_MENU_CELLS:
        return False
    if any(cell[:1].islower() for cell in cells if cell):
        return False  # ``City council  approves  new  park plan``: a headline copied with double spaces
    return all(len(cell.split()) <= MAX_MENU_CELL_WORDS and not SENTENCE_END.search(cell) for cell in cells)


def soft_flaws(text: str) -> bool:
    """A sentence's shape: a closing full stop, or two sentences; a stopped headline has it too."""
    stripped = text.strip()
    return stripped.endswith(".") or two_sentences(stripped)


FIGURE = re.compile(r"(?<![\w.,])\d[\d.,:/%]*")
"""A figure standing alone (``12``, ``841,20``, ``128.40``, ``5%``), not part of a word (``COVID-19``, ``G7``)."""
MIN_FIGURES = 3


def is_figures_line(text: str) -> bool:
    """``USD 12 841,20   EUR 13 509,75``, ``Brent 81.2  +0.4%  Gold 2 410``: a ticker or a table's row, three figures
    or more and more digits than letters (``3 killed, 12 hurt in Almaty bus crash`` has its words)."""
    digits = sum(char.isdigit() for char in text)
    letters = sum(char.isalpha() for char in text)
    return digits > letters and len(FIGURE.findall(text)) >= MIN_FIGURES


FIELD_VALUE = re.compile(r"^[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,3}\s*:\s*(?P<value>[\W\d_]*)$")
"""``Телефон дежурной части: 102``, ``Hotline: +996 (312) 00-00-00``, ``Views: 1 204``: a label of up to four words,
a colon and a value with no word (a headline's colon is followed by words: ``Astana: 3 killed``)."""


def is_field_value(text: str) -> bool:
    """A page's field: a label, a colon and a figure, a phone number or a count, no word after the colon."""
    match = FIELD_VALUE.match(text.strip())
    return match is not None and any(char.isdigit() for char in match["value"])


LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
"""``1. Sauran caravanserai surveyed``, ``2) Итоги года``: an item of a numbered list (a contents' entry), never a
headline (``5 things to know``, ``1.5 million ...`` have no stop and space after the figure)."""


def hard_flaws(text: str) -> bool:
    """A shape no headline has: a colon, comma or ellipsis at the end, an ellipsis, a lowercase word, an e-mail's
    valediction or a paywall's offer first,
    a quoted e-mail's mark, a menu's cells or a breadcrumb trail (``Новости › Истории``), a feed item's time
    first, a drop-down, a bare date, ``Name, role``, a ticker's figures, a field and its figure, a numbered list's
    item."""
    stripped = text.strip()
    if is_figures_line(stripped) or is_field_value(stripped) or LIST_NUMBER.match(stripped):
        return True
    if OPEN_END.search(stripped) or CUT_START.match(stripped) or QUOTED_MAIL.match(stripped):
        return True
    if PLACEHOLDER.match(stripped) or VALEDICTION.match(stripped) or PAYWALL_OFFER.match(stripped):
        return True
    if _starts_lowercase(stripped):
        return True
    if _is_menu_row(stripped) or stripped.count("|") >= MIN_MENU_PIPES or is_plain_breadcrumb(stripped):
        return True
    if LEADING_TIME.match(stripped) or CONTROL_MARK.search(stripped) or is_bare_date(stripped):
        return True
    return _is_name_and_role(stripped)


def flaws(text: str) -> bool:
    """The line has a shape no headline has, or a sentence's (see the module's docstring)."""
    return hard_flaws(text) or soft_flaws(text)


def is_lead(text: str) -> bool:
    """A sentence of the story: eight words or more, ending with a stop, not in capitals (``ШЫМКЕНТ БАЛУАНДАРЫ ҮШ
    МЕДАЛЬ ӘКЕЛДІ!`` is a headline's cry)."""
    return is_sentence(text) and not text.isupper()


def is_sentence(text: str) -> bool:
    """Eight words or more ending with a stop, in capitals or not (a telex's story is in capitals throughout)."""
    return len(text.split()) >= MIN_LEAD_WORDS and SENTENCE_END.search(text.strip()) is not None


def _repeated_above(lines: list[Line], at: int) -> bool:
    """A line above holds the line's words (a browser tab's title, an e-mail's subject)."""
    text = lines[at].text.casefold()
    if len(text.split()) < MIN_WORDS + 1:
        return False
    return any(text in line.text.casefold() for line in lines[:at])


def evidenced(lines: list[Line], at: int, role_at: RoleAt, *, stamps: bool = True) -> bool:
    """The line at ``at`` is repeated above, or its next line past the furniture is a date, a byline or a lead
    (without ``stamps``, a relative date such as a post's ``вчера в 18:04`` under its author is no evidence); a
    ``Read more`` link under it makes it a teaser of another story, with no evidence."""
    if _repeated_above(lines, at):
        return True
    for position in range(at + 1, min(len(lines), at + 1 + MAX_REACH)):
        role, text = role_at(position), lines[position].text
        if is_bare_byline(text) or _names_its_author(lines, position):
            return True  # the author's name alone, over the author's role
        if TEASER_LINK.match(text):
            return False  # a teaser of another story over its ``Read more`` link
        if role in FURNITURE:
            continue
        if QUOTED_MAIL.match(text) or (not stamps and RELATIVE_DATE_LINE.match(text.strip())):
            return False  # a forwarded message's quoted header (``> Sent: ...``): the line above is a cover note
        if _signs_over_a_date(lines, position, role_at):
            return True
        return role in EVIDENCE or is_date_line(text) or byline_of(text) is not None or is_lead(text)
    return False


NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*$")
MIN_NAME_WORDS, MAX_AUTHOR_NAME_WORDS = 2, 3


def _signs_over_a_date(lines: list[Line], at: int, role_at: RoleAt) -> bool:
    """The author's name alone (two or three capitalised words, no capitals throughout) over the story's date or the
    picture's credit (``Daniyar Kuanyshev`` / ``Published: 26.11.2026``, ``Татьяна Ковалёва`` / ``Фото автора``): a
    headline's or deck's signature."""
    words = lines[at].text.split()
    if at + 1 >= len(lines) or not MIN_NAME_WORDS <= len(words) <= MAX_AUTHOR_NAME_WORDS or lines[at].text.isupper():
        return False
    if not all(NAME_WORD.match(word) and word[:1].isupper() for word in words):
        return False
    under = lines[at + 1].text
    return role_at(at + 1) in EVIDENCE or is_date_line(under) or credit_of(under) is not None


def _names_its_author(lines: list[Line], at: int) -> bool:
    """An author box: a short name in capitals over the author's role (``Anel Mukasheva`` / ``Senior editor``)."""
    text = lines[at].text.strip()
    if at + 1 >= len(lines) or len(text.split()) < 2 or not all(word[:1].isupper() for word in text.split()):
        return False
    return is_name_after_label(text) and is_author_role(lines[at + 1].text.strip())


def _has_the_shape(text: str) -> bool:
    return MIN_WORDS <= len(text.split()) <= MAX_WORDS and not flaws(text)


def stronger_headline(
    lines: list[Line],
    at: int,
    role_at: RoleAt,
    *,
    named: Callable[[str], bool] = lambda text: False,
    counted: Callable[[str], bool] = lambda text: False,
) -> int | None:
    """The position of the headline under the line at ``at`` that the rules leave, when that line is flawed, or
    is a short name without evidence (a page's owner over its post; a channel's longer name or description over
    its own furniture, which ``counted`` tells: its count of followers), and a line at most ``MAX_REACH`` lines
    under it, above the story's first sentence, has a headline's shape and evidence; None to keep the rules'
    title."""
    text = lines[at].text
    if hard_flaws(text) or is_trail_of_the_menu(lines, at):
        return _headline_below(lines, at, role_at)
    if soft_flaws(text):
        slogan = "," in text and not two_sentences(text)  # ``Ten years, ten rivers, one team.``; a caption has none
        decked = slogan and not _over_a_credit(lines, at) and _over_a_signed_deck(lines, at, role_at)
        dated = not text.rstrip().endswith(".") and _signed(lines, at, role_at) and not _under_its_day(lines, at)
        kept = _over_its_lead(lines, at) or decked or dated  # a stopped headline over its lead, deck or date
        return None if kept else _headline_below(lines, at, role_at)
    words = len(text.split())
    if words > MAX_CHANNEL_WORDS or evidenced(lines, at, role_at, stamps=False):
        return None
    if words <= MAX_NAME_WORDS:
        return _post_under_its_owner(lines, at, role_at, named=named(text))
    if _over_channel_furniture(lines, at, role_at, counted):
        return _post_under_its_owner(lines, at, role_at, named=named(text), channel=True)
    return None


MAX_TRAIL_STEPS, MAX_TRAIL_STEP_WORDS = 6, 8
MENU_CELLS = re.compile(r"\s+[|·•]\s+| {2,}|\t")


def is_trail_of_the_menu(lines: list[Line], at: int) -> bool:
    """``Economic Cooperation > Grant Assistance for Grassroots Projects``: a breadcrumb trail whose steps may be long,
    its first step an entry of the site's menu above it (a line of its own or a cell of a row)."""
    steps = [step.strip() for step in CRUMB_SEPARATOR.split(lines[at].text.strip())]
    if not 2 <= len(steps) <= MAX_TRAIL_STEPS or not steps[0][:1].isupper():
        return False
    if any(not step or len(step.split()) > MAX_TRAIL_STEP_WORDS or step.endswith(".") for step in steps):
        return False
    first = steps[0].casefold()
    return any(first in {cell.strip().casefold() for cell in MENU_CELLS.split(line.text)} for line in lines[:at])


def _under_its_day(lines: list[Line], at: int) -> bool:
    """The line's next line is a date opening with its weekday (``Пятница, 27 ноября 2026``): the day a site's header
    shows over its menu, not the date of a line above it (``Итоги года. Обновление от 6 марта`` / ``06.03.2026``)."""
    words = lines[at + 1].text.split() if at + 1 < len(lines) else []
    return bool(words) and words[0].casefold().strip(",.") in WEEKDAY_WORDS


def _over_channel_furniture(lines: list[Line], at: int, role_at: RoleAt, counted: Callable[[str], bool]) -> bool:
    """Among the lines the rules take right under the line at ``at`` is a channel's: its count of followers, a
    pinned or forwarded post's bar (``📌 Бекітілген хабарлама``)."""
    for position in range(at + 1, min(len(lines), at + 1 + MAX_REACH)):
        text = ICONS.sub("", lines[position].text.strip())
        if role_at(position) is None:
            return False
        if CHANNEL_BAR.match(text) or counted(text):
            return True
    return False


MAX_SPAN = 16
"""How many lines in all the headline may stand under the line the rules leave, past a menu of a line per entry."""


def below(lines: list[Line], at: int, role_at: RoleAt) -> Iterator[int]:
    """The positions under ``at`` until ``MAX_REACH`` lines the rules leave (the lines they take, a menu's entries,
    a date, count for nothing), and ``MAX_SPAN`` lines in all."""
    left = 0
    for position in range(at + 1, min(len(lines), at + 1 + MAX_SPAN)):
        if left >= MAX_REACH:
            return
        left += role_at(position) is None
        yield position


def _headline_below(lines: list[Line], at: int, role_at: RoleAt) -> int | None:
    """The first line under ``at``, above the story's first sentence, with a headline's shape and evidence."""
    for position in below(lines, at, role_at):
        if role_at(position) is not None:
            continue
        text = lines[position].text
        shaped = _has_the_shape(text) and not _over_a_credit(lines, position)  # not a picture's caption
        if shaped and (evidenced(lines, position, role_at) or _over_a_deck(lines, position, role_at)):
            return position
        if is_sentence(text) and not _over_a_credit(lines, position):
            return None  # the story has begun (a telex's capitals too)
    return None


def _post_under_its_owner(
    lines: list[Line], at: int, role_at: RoleAt, *, named: bool, channel: bool = False
) -> int | None:
    """The first line under the short line at ``at`` that the rules leave and that may head a story, past lines
    the rules take (and lines too short for a headline, a breadcrumb, a picture's caption over its credit; only the
    lines ``_sets_apart`` count as furniture), when it
    outweighs that line and either that line is ``named`` (a page's or body's name) or over a ``channel``'s
    furniture, or a line between is a pinned or forwarded post's bar (or, under a ``named`` line, the post's age), or
    that line names a section under the site's furniture, the lines between are labels (no widget, no byline) and
    the line has its own byline
    or date under it (``Stories from the field`` / ``Field notes`` / the headline / ``By ...``): ``Kokshetau gets
    two reading rooms`` / ``Share`` or ``Culture`` / its longer deck stays the title."""
    under_furniture = at > 0 and lines[at - 1].role in FURNITURE  # a section's name stands under the site's menu
    stamped, skipped, labels = channel, 0, under_furniture and names_a_section(lines[at].text)
    for position in below(lines, at, role_at):
        text = lines[position].text
        if role_at(position) is None and len(text.split()) < MIN_WORDS and not hard_flaws(text):
            continue  # a word or two (``Tajikistan`` under the body's name): no headline, no furniture either
        if role_at(position) is None and not hard_flaws(text) and not _over_a_credit(lines, position):
            signed = labels and _signed(lines, position, role_at)
            stamped = skipped > 0 and (stamped or named or skipped >= MIN_OWNER_FURNITURE or signed)
            return position if stamped and _outweighs(lines, at, position, role_at) else None
        bare = ICONS.sub("", text.strip())
        stamped = stamped or CHANNEL_BAR.match(bare) is not None or (named and POST_FURNITURE.match(bare) is not None)
        skipped += _sets_apart(text, role_at(position))
        labels = labels and _is_label(text, role_at(position))
    return None


PICTURE_ROLES = frozenset({LineRole.CREDIT, LineRole.CAPTION})


def _sets_apart(text: str, role: LineRole | None) -> bool:
    """A line the rules take that sets a page's name apart from its post (a menu, a language switcher, a label, a
    pinned or forwarded post's bar, however short); a headline's picture credit or caption and its share buttons
    stand under a headline too."""
    if CHANNEL_BAR.match(ICONS.sub("", text.strip())):
        return True
    return role not in PICTURE_ROLES and not (len(text) <= MAX_LABEL_CHARS and d.is_debris(text))


SECTION_HEADS = word_set("headline-section-heads")


def names_a_section(text: str) -> bool:
    """``Stories from the field``, ``Истории из регионов``, ``Қор блогы``: a section's name, opened or closed by a
    section's word (``Kokshetau gets two reading rooms`` is a headline)."""
    words = [word.casefold().strip(",.") for word in text.split()]
    if not words or len(words) > MAX_SECTION_WORDS or any(mark in text for mark in ":,!?"):
        return False  # ``Analysis: why the tenge keeps falling``, ``Истории, которые лечат`` are headlines
    if any(word in CLAUSE_WORDS for word in words):
        return False  # ``Stories that heal``
    return words[0] in SECTION_HEADS or words[-1] in SECTION_HEADS


MAX_SECTION_WORDS = 4
CLAUSE_WORDS = word_set("headline-clause-words")


MAX_LABEL_CHARS = 60


def _is_label(text: str, role: LineRole | None) -> bool:
    """A line the rules take that is a short label (``Field notes``), no widget (``Share``) and no byline."""
    return role is LineRole.DEBRIS and len(text) <= MAX_LABEL_CHARS and not d.is_debris(text)


def _signed(lines: list[Line], at: int, role_at: RoleAt) -> bool:
    """The line right under the line at ``at`` is its byline or its date (an author's role over its date,
    ``Economist, head of ...``, is the author box's, no headline's)."""
    if at + 1 >= len(lines) or is_author_role(lines[at].text):
        return False
    text = lines[at + 1].text
    return role_at(at + 1) in EVIDENCE or is_date_line(text) or byline_of(text) is not None


def _outweighs(lines: list[Line], name: int, at: int, role_at: RoleAt) -> bool:
    """The line at ``at`` is a headline with its lead or deck under it, longer than the short name at ``name``."""
    text = lines[at].text
    stopped = len(text.split()) <= MAX_STOPPED_WORDS and not hard_flaws(text) and _over_a_deck(lines, at, role_at)
    if not (_has_the_shape(text) or stopped) or len(text.split()) <= len(lines[name].text.split()):
        return False  # ``The Sea Is Not a Miracle. It Is a Job.`` over its deck: a stopped headline
    following = next((p for p in range(at + 1, min(len(lines), at + 1 + MAX_REACH)) if role_at(p) is None), None)
    if following is not None and (is_lead(lines[following].text) or _over_a_deck(lines, at, role_at)):
        return True
    return _bylined(lines, at)


def _bylined(lines: list[Line], at: int) -> bool:
    """The line's next line is its byline, or its author's name alone over a date (``Школа мечты открыта`` /
    ``Ольга Смирнова`` / ``27 марта 2026``): a headline of any length over its signature."""
    if at + 2 >= len(lines):
        return False
    under, after = lines[at + 1].text.strip(), lines[at + 2].text
    if byline_of(under) is not None and not is_name_after_label(under):
        return True
    return is_name_after_label(under) and is_date_line(after)


def _over_a_deck(lines: list[Line], at: int, role_at: RoleAt) -> bool:
    """The line's next line past the furniture is a longer line (or one of eight words or more) of a headline's shape
    with evidence: the headline over its deck (``Steppe eagles return`` / ``A survey counts 40 nests ...`` / ``By
    ...``)."""
    for position in range(at + 1, min(len(lines), at + 1 + MAX_REACH)):
        if role_at(position) in FURNITURE:
            continue
        text = lines[position].text
        words, deck_words = len(lines[at].text.split()), len(text.split())
        decked = words >= MIN_DECKED_WORDS and (deck_words > words or deck_words >= MIN_LEAD_WORDS)
        return decked and _has_the_shape(text) and evidenced(lines, position, role_at)
    return False


MAX_STOPPED_WORDS = 20


def _over_a_signed_deck(lines: list[Line], at: int, role_at: RoleAt) -> bool:
    """The stopped line's next line is a longer line of a headline's shape with its author's byline right under it
    (``Ten years, ten rivers, one team.`` / deck / ``By ...``); a caption over a dated headline has no byline there."""
    deck = at + 1
    if deck + 1 >= len(lines) or role_at(deck) is not None:
        return False
    text, under = lines[deck].text, lines[deck + 1].text
    longer = len(text.split()) > len(lines[at].text.split())
    return longer and _has_the_shape(text) and (role_at(deck + 1) is LineRole.BYLINE or byline_of(under) is not None)


def _over_its_lead(lines: list[Line], at: int) -> bool:
    """A short line right over a longer sentence: a stopped headline over its lead."""
    words = len(lines[at].text.split())
    after = lines[at + 1].text if at + 1 < len(lines) else ""
    return words <= MAX_STOPPED_WORDS and is_lead(after) and len(after.split()) > words


def _over_a_credit(lines: list[Line], at: int) -> bool:
    """The line stands over a picture's credit (``Photo: ...``): it is the picture's caption, not the lead."""
    return at + 1 < len(lines) and credit_of(lines[at + 1].text) is not None
