"""Page furniture found by its structure rather than by its words alone.

- a breadcrumb trail of short steps joined by ``/ › » > | → · •`` (``Our work / Stories``,
  ``Истории › Образование``, ``You are here: Projects :: Water``), above a headline;
- topic labels under the story: a run of short lines without a stop at the very end of the text,
  in Title Case in Latin script (``Climate Action`` / ``Education And Culture``, ``Наука и технологии``);
- links to the neighbouring posts (``Previous post``, ``Следующая запись``, ``Келесі``) and the
  headline that follows each;
- a blog's footer: ``Posted by Jane at 9:41 PM``, ``Опубликовал(а) Иван Петров в 21:15``;
- a page's ``Was this page helpful?`` question (``Бұл ақпарат сізге пайдалы болды ма?``) and its answers
  (``Yes`` / ``No``, ``Да`` / ``Нет``, ``Иә`` / ``Жоқ``);
- a picture's description (its alt text) right above the picture's caption or credit.

The words are data (``wordlists/furniture-*``); each rule also needs the line's place in the text,
so that a short line of the story stays in the body.
"""

from __future__ import annotations

import re

from newsroom.alphabets import CYRILLIC
from newsroom.importer import debris as d
from newsroom.importer.bylines import byline_of, is_bare_byline, is_byline_name
from newsroom.importer.dates import date_of_line, is_date_line
from newsroom.importer.lines import TERMINAL, Line, LineRole
from newsroom.importer.markup import is_list_item
from newsroom.importer.patterns import SENTENCE_END, listed
from newsroom.importer.wordlists import word_set

# ``»`` only after a space: ``Home » News``, not the closing quote of ``Компания «Казахтелеком» снизила``.
CRUMB_SEPARATOR = re.compile(r"(?<!\s)\s*[›→]\s*|(?<!\s)\s+»\s*|(?<!\s)\s+(?:[/>|·•]|::)\s+")
"""A run of spaces is tried from its start only: linear on a line of spaces."""
CRUMB_PREFIX = re.compile(r"^\s*" + listed("furniture-crumb-prefixes") + r"\s*[:：]?\s*", re.I)
MAX_CRUMB_STEPS, MAX_CRUMB_STEP_WORDS = 6, 4
ELIDED_STEP = re.compile(r"^\s*(?:\.{3}|…)\s*$")
"""A trail's last step cut to nothing (``Home | News & Events | ...``): the current page."""


def _is_current_page(step: str, headline: str) -> bool:
    """A trail's last step naming the page itself: the headline below, perhaps cut short (``…``)."""
    step = step.rstrip(" .…").casefold()
    return len(step) >= 10 and headline.casefold().startswith(step)


CUT_MARKS = ("...", "…")


def is_cut_copy(line: str, later: str) -> bool:
    """``Women bring water back to Aral…``, ``Home / News / Farmers switch to drip...``: a line (or its trail's
    last step) cut short with an ellipsis, which the ``later`` line, longer, gives whole (the page's headline)."""
    text = line.rstrip()
    if not text.endswith(CUT_MARKS):
        return False
    step = CRUMB_SEPARATOR.split(text)[-1] if len(text) <= MAX_CUT_COPY_CHARS else text
    return len(later.strip()) > len(step.rstrip(" .…")) and _is_current_page(step, later.strip())


MAX_CUT_COPY_CHARS = 300
"""A cut copy is short; the trail's split is not tried on longer lines."""


def is_breadcrumb_by_shape(line: str, headline: str = "") -> bool:
    """Two to six short steps joined by a breadcrumb separator, the first capitalised, none ending a
    sentence; the last step may be the ``headline`` under the trail, whole or cut short, or an ellipsis."""
    steps = CRUMB_SEPARATOR.split(CRUMB_PREFIX.sub("", line.strip()))
    if len(steps) > 2 and (ELIDED_STEP.match(steps[-1]) or (headline and _is_current_page(steps[-1], headline))):
        steps = steps[:-1]
    return (
        2 <= len(steps) <= MAX_CRUMB_STEPS
        and steps[0][:1].isupper()
        and all(
            step[:1].isalnum()
            and len(step.split()) <= MAX_CRUMB_STEP_WORDS
            and not step.endswith(TERMINAL)
            and not is_date_line(step)
            for step in steps
        )
    )


STRONG_SEPARATOR = re.compile(r"[›»→]")


def is_plain_breadcrumb(line: str) -> bool:
    """A trail no headline needs to confirm: joined by ``› » →``, or of three steps or more."""
    return is_breadcrumb_by_shape(line) and (
        STRONG_SEPARATOR.search(line) is not None or len(CRUMB_SEPARATOR.split(line)) >= 3
    )


ROW_CELLS = re.compile(r"\s{3,}|\t|\s+[|·•]\s+")
NARROW_CELLS = re.compile(r"\s{2,}")
MIN_ROW_CELLS, MIN_NARROW_ROW_CELLS, MAX_ROW_CELL_WORDS, MAX_PIPED_CELL_WORDS = 3, 4, 3, 6
MAX_NARROW_CELL_WORDS = 2
DROPDOWN_MARKS = "▾▼⌄˅∨▿⏷"
DROPDOWN_MARK = re.compile(rf"\s*[{DROPDOWN_MARKS}]\s*$")
"""The mark of a menu's drop-down entry (``Who we are ▾``)."""
MIN_WIDE_ROW_CELLS = 5
"""A row of five cells or more is a menu even with an entry of one word more (``Apply for a grant``)."""
ACCOUNT_HANDLE = re.compile(r"^\s*@[\w.]{3,30}(?:@(?:[\w-]+\.)+[a-z]{2,})?\s*$", re.I)
"""An account's handle alone on its line (``@drsteppe``, ``@drsteppe@kz.social`` on another server)."""
PIPE = re.compile(r"\s\|\s")
"""Cells set apart by bars may be longer (``Terms of Use | Do Not Sell My Personal Information``)."""


def _row_cells(line: str) -> list[str]:
    """A row's cells: set apart by three spaces or more, a tab or a bar; or by two spaces when they make
    four cells or more, or three of one or two words (``Share  Print  Cite``; ``Astana Hosts  Regional
    Water  Summit In May`` is a headline typed carelessly)."""
    cells = [cell for cell in ROW_CELLS.split(line.strip()) if cell]
    if len(cells) >= MIN_ROW_CELLS:
        return cells
    narrow = [cell for cell in NARROW_CELLS.split(line.strip()) if cell]
    short = all(len(cell.split()) <= MAX_NARROW_CELL_WORDS for cell in narrow)
    return narrow if len(narrow) >= MIN_NARROW_ROW_CELLS or (len(narrow) >= MIN_ROW_CELLS and short) else cells


def is_link_row(line: str) -> bool:
    """A row of links or widgets copied on one line: three cells or more of up to three words each (four in a row
    of five cells or more), set apart by runs of spaces, tabs or bars, none ending a sentence (``Politics   Economy
    Society``, ``A   A+   A++``, ``Privacy notice   Terms of use   Fraud alert``, ``USD 512.40   EUR 540.15``); a
    drop-down's mark after an entry is no word of it (``Who we are ▾``)."""
    cells = [cell for cell in (DROPDOWN_MARK.sub("", cell).strip() for cell in _row_cells(line)) if cell]
    longest = MAX_PIPED_CELL_WORDS if PIPE.search(line) else MAX_ROW_CELL_WORDS
    if len(cells) >= MIN_WIDE_ROW_CELLS:
        longest += 1
    return (
        len(cells) >= MIN_ROW_CELLS
        and not any(cell[:1].islower() for cell in cells)  # "Astana  hosts  the  forum": spaces in a headline
        and all(len(cell.split()) <= longest and not cell.endswith(TERMINAL) for cell in cells)
        and not is_date_line(line)
    )


def is_table_row(line: str, neighbours: list[str]) -> bool:
    """A row of a table copied with its tabs (``District\tVillages\tPeople`` over ``Ayagoz\t14\t11 200``):
    a neighbouring row has as many tab-set cells, and figures stand in one of them, so it is no row of links."""
    cells = line.count("\t") + 1
    rows = [row for row in neighbours if row.count("\t") + 1 == cells]
    return cells >= 2 and bool(rows) and any(char.isdigit() for char in "".join([line, *rows]))


MIN_MENU_ITEMS, MAX_MENU_ITEM_WORDS = 3, 3


def _is_menu_item(text: str) -> bool:
    """A site menu's entry: up to three words, no stop, not a date nor a byline (``About us``, ``Пресс-центр``;
    not ``By`` over ``Jane Smith``)."""
    return (
        len(text.split()) <= MAX_MENU_ITEM_WORDS
        and not is_bare_byline(text)
        and byline_of(text) is None
        and not text.rstrip().endswith(TERMINAL)
        and not SENTENCE_END.search(text)
        and not is_date_line(text)
    )


def is_share_row(text: str) -> bool:
    """``Share on Facebook  Share on X  Copy link``, ``Поделиться   Facebook   Telegram``: a row of share
    buttons and networks (every cell known furniture), which stands under a headline, never over it."""
    cells = _row_cells(text)
    return len(cells) >= MIN_ROW_CELLS and all(d.is_debris(cell) for cell in cells)


def menu_end(texts: list[str]) -> int | None:
    """Where a site's menu among ``texts`` ends (the index after it): three entries or more in a row, two
    of them not known furniture words (a row of share buttons is no menu), or a row of links on one
    line (share buttons again excepted); None when there is none."""
    run, plain = 0, 0
    for at, text in enumerate(texts):
        if is_link_row(text) and not is_share_row(text):
            return at + 1
        if not _is_menu_item(text):
            run, plain = 0, 0
            continue
        run, plain = run + 1, plain + (not d.is_debris(text) and not d.is_language_switcher(text))
        if run >= MIN_MENU_ITEMS and plain >= 2 and (at + 1 == len(texts) or not _is_menu_item(texts[at + 1])):
            return at + 1
    return None


# ``Previous post``, ``← Previous``, ``Next post →``, ``Следующая запись``, ``Келесі``: the arrows and
# angle quotes pages draw around them go.
_ARROWS = r"[\s←→«»<>‹›|·•:.]*"
_LINK = listed("furniture-neighbour-links")
NEIGHBOUR_LINK = re.compile(
    rf"^{_ARROWS}{_LINK}(?:{_ARROWS}(?:{_LINK}|{listed('furniture-home-links')}))*{_ARROWS}$", re.I
)
"""One link or a row of them (``Newer Post Older Post Home``)."""
MAX_NEIGHBOUR_TITLE_WORDS = 20


LINK_AND_TITLE = re.compile(rf"^{_ARROWS}(?P<link>{_LINK})\s*[:：]\s*(?P<title>\S.*)$", re.I)


def is_neighbour_link(line: str) -> bool:
    """``Previous post``, ``Newer Post Older Post Home``, or a link of two words or more with the
    neighbour's headline after a colon (``Previous post: Volunteers repaint ...``, not ``Next: we ...``)."""
    if NEIGHBOUR_LINK.match(line) is not None:
        return True
    match = LINK_AND_TITLE.match(line)
    return (
        match is not None
        and len(match["link"].split()) >= 2
        and len(match["title"].split()) <= MAX_NEIGHBOUR_TITLE_WORDS
        and not match["title"].rstrip().endswith((".", ":", ";"))
    )


def is_neighbour_title(lines: list[Line], position: int) -> bool:
    """The line right after a neighbour link: the neighbouring post's headline (no full stop)."""
    if position == 0 or not is_neighbour_link(lines[position - 1].text):
        return False
    text = lines[position].text
    return (
        not is_neighbour_link(text)
        and len(text.split()) <= MAX_NEIGHBOUR_TITLE_WORDS
        and not text.rstrip().endswith((".", ":", ";"))
    )


_POSTED_BY = re.compile(r"^\s*" + listed("furniture-posted-by") + r"\s*[:：]?\s+(?P<rest>.+?)\s*$", re.I)
TIME = re.compile(r"^(?:at|в|,)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?$", re.I)
_ON_OR_AT = re.compile(r"\s+(?:at|on|в|,)\s+|,\s*", re.I)
MAX_FOOTER_WORDS = 14


def is_posted_by_footer(line: str) -> bool:
    """``Posted by Jane Smith at 9:41 PM``, ``Posted by Clubs Network on 3 March 2025``, ``Опубликовал(а)
    Иван Петров в 21:15``: the name, then a time or a date (or nothing)."""
    match = _POSTED_BY.match(line)
    if match is None or len(line.split()) > MAX_FOOTER_WORDS:
        return False
    rest = match["rest"]
    for cut in _ON_OR_AT.finditer(rest):
        name, tail = rest[: cut.start()], rest[cut.end() :]
        if is_byline_name(name) and (TIME.match(tail) or is_date_line(tail)):
            return True
    return is_byline_name(rest)


def is_undated_posted_by(line: str) -> bool:
    """A blog's footer line without a date (``Posted by Jane Smith at 9:41 PM``): debris wherever it
    stands (a dated one right under the title gives the date, as a byline)."""
    return is_posted_by_footer(line) and not any(
        date_of_line(line[cut.end() :]) is not None for cut in _ON_OR_AT.finditer(line)
    )


WIDGET_ANSWERS = frozenset(word.casefold() for word in word_set("furniture-widget-answers"))
MAX_ANSWER_WORDS = 3


def _is_answers(text: str) -> bool:
    """``Yes``, ``No``, ``Да Нет``, ``Иә / Жоқ``: answers and nothing else."""
    answers = [word for word in re.split(r"[\s/|,.!]+", text.casefold()) if word]
    return 0 < len(answers) <= MAX_ANSWER_WORDS and all(word in WIDGET_ANSWERS for word in answers)


def is_widget_answer(lines: list[Line], position: int) -> bool:
    """``Yes`` / ``No`` under a question of the page (``Was this page helpful?``), already debris."""
    if not _is_answers(lines[position].text):
        return False
    for previous in reversed(lines[:position]):
        if _is_answers(previous.text):
            continue
        return previous.role is LineRole.DEBRIS and previous.text.rstrip().endswith("?")
    return False


HELPFUL = re.compile(r"(?<!\w)" + listed("furniture-helpful-stems") + r"\w*", re.I)
PAGE_ITSELF = re.compile(r"(?<!\w)" + listed("furniture-helpful-objects") + r"(?!\w)", re.I)
MAX_QUESTION_WORDS = 10


def is_helpfulness_question(lines: list[Line], position: int) -> bool:
    """``Бұл ақпарат сізге пайдалы болды ма?``, ``Была ли эта информация полезна?``: a short question about
    the page's use (it names the page: ``this``, ``информация``, ``бет``), over its answers or as the
    text's last line; ``Кому достанутся полезные ископаемые?`` asks about the story."""
    text = lines[position].text.strip()
    if not text.endswith("?") or len(text.split()) > MAX_QUESTION_WORDS or HELPFUL.search(text) is None:
        return False
    if PAGE_ITSELF.search(text) is None:
        return False
    if position + 1 == len(lines):
        return True
    return _is_answers(lines[position + 1].text)


MAX_LABEL_WORDS, MAX_TITLE_CASE_LABEL_WORDS = 4, 6
MIN_LABELS = 2
FIRST_NAMES = word_set("names-first")
TITLE_CASE_CONNECTORS = frozenset(("And", "Of", "For", "The", "In", "On", "To", "With", "&"))
TOPIC_WORD = re.compile(r"[A-Z][a-z’'-]+|&")
TOPIC_CONNECTORS = word_set("header-label-connectors", "en", "any")


DIGIT = re.compile(r"\d")
"""``и 318 фермеров области`` under a letter's signer: a tag in lower case carries no figure."""


def _is_label_line(line: Line, lower: bool = False) -> bool:
    """A short capitalised line without a stop, not a date, a link, a list item or a person's name; in
    Latin script, in Title Case (``Food Security``, not the list item ``Spare parts``); with ``lower``, a Cyrillic
    one in lower case too (``медь``, ``кредиты``: a business site's tags)."""
    text = line.text
    cyrillic = CYRILLIC.search(text) is not None
    return (
        line.role is LineRole.BODY
        and (text[:1].isupper() or (lower and cyrillic and text[:1].islower() and not DIGIT.search(text)))
        and (cyrillic or _latin_title_case(text))
        and text.split()[0].casefold() not in FIRST_NAMES
        and len(text.split()) <= (MAX_TITLE_CASE_LABEL_WORDS if _title_cased(text) else MAX_LABEL_WORDS)
        and not text.rstrip().endswith(TERMINAL)
        and not is_date_line(text)
        and not is_list_item(text)
        and not d.is_contact(text)
        and FIELD_WITH_NUMBER.match(text) is None
    )


FIELD_WITH_NUMBER = re.compile(r"^[^:]{2,60}:\s*[+\d][\d\s()+-]*$")
"""``Единая диспетчерская служба: 109``: a field and its number (a hotline for the readers), no topic label."""


def _title_cased(text: str) -> bool:
    """Every word capitalised (``Decent Work And Economic Growth``), a comma or ``&`` allowed."""
    return all(word[:1].isupper() or word == "&" for word in text.replace(",", " ").split())


def _latin_title_case(text: str, acronyms: bool = True) -> bool:
    """``Food Security``, ``Peace and Security``, ``SDG Progress``: Latin words capitalised, small words
    lower (acronyms allowed unless ``acronyms`` is False)."""
    words = text.replace(",", " ").split()
    return all(
        TOPIC_WORD.fullmatch(word) or word in TOPIC_CONNECTORS or (acronyms and word.isupper()) for word in words
    )


def _title_cased_label(text: str) -> bool:
    """``Education And Culture``: a connector capitalised inside the line, as only labels write them; or
    ``Climate Action``: two words or more of Latin Title Case, no acronym (``UNICEF Kazakhstan`` signs)."""
    words = text.replace(",", " ").split()
    if any(word in TITLE_CASE_CONNECTORS for word in words[1:-1]):
        return True
    return len(words) >= 2 and _latin_title_case(text, acronyms=False)


def labels_below(lines: list[Line], body_start: int) -> list[int]:
    """The positions of the topic labels under the story: at least two short lines without a stop after
    its last sentence, with only page furniture after them; a single one only in Latin Title Case
    (``Climate Action``, ``Peace And Security``), not a name that starts with a known first name."""
    end = len(lines)
    while end > body_start and lines[end - 1].role is not LineRole.BODY:
        end -= 1
    start = end
    while start > body_start and _is_label_line(lines[start - 1], lower=True):
        start -= 1
    lower = [at for at in range(start, end) if not _is_label_line(lines[at])]
    if lower and (end - start < MIN_CLOSING_LABELS or end == len(lines) or len(lower) == end - start):
        start = max(lower) + 1  # tags in lower case: three or more, some capitalised, page furniture after them
    if start >= end:
        return []
    single = end - start == 1 and _title_cased_label(lines[start].text)
    if (end - start < MIN_LABELS and not single) or start <= body_start + 1:
        return []
    above = lines[start - 1]
    if not SENTENCE_END.search(above.text) and above.role not in (LineRole.CREDIT, LineRole.CAPTION):
        return []  # the story itself ends in short lines: a list, a poem, a signature block (not a picture's caption)
    if _may_close_the_story(lines, start, end):
        return []
    return list(range(start, end))


MIN_CLOSING_LABELS = 3


def _may_close_the_story(lines: list[Line], start: int, end: int) -> bool:
    """Short Cyrillic lines ending the text with nothing after them: Russian and Kazakh write no Title
    Case, so two of them (``Итоги подведут в мае``, a signature) may be the story's own last lines; they
    are labels only when page furniture follows them or when there are three or more."""
    cyrillic = any(CYRILLIC.search(lines[at].text) for at in range(start, end))
    return cyrillic and end == len(lines) and end - start < MIN_CLOSING_LABELS


MIN_ALT_WORDS, MIN_FLAT_ALT_WORDS, MAX_ALT_WORDS = 4, 7, 30
MIN_PLAIN_ALT_WORDS = 6
"""Below this, a line above a caption is alt text only if it tells a scene (``A girl reads``, ``Two men
carrying a boat``): a crosshead (``Fewer quarrels, more cotton``) is as short."""
APART_SHARE = 0.8  # a text with (nearly) every line a block of its own


def is_alt_text_above(lines: list[Line], position: int) -> bool:
    """The line above a picture's caption or credit at ``position`` describes the picture (its alt text):
    capitalised, four to thirty words (seven in a text without blank lines), one phrase without a
    closing stop, in the same block, or in the block before when the text puts a blank line after
    (nearly) every line."""
    if position == 0:
        return False
    line, below = lines[position - 1], lines[position]
    words = len(line.text.split())
    flat = lines[-1].block + 1 < len(lines) / 3
    apart = lines[-1].block + 1 >= len(lines) * APART_SHARE
    return (
        line.role is LineRole.BODY
        and (below.role in (LineRole.CAPTION, LineRole.CREDIT) or _unmarked_caption(lines, position))
        and (line.block == below.block or (apart and below.block == line.block + 1))
        and line.text[:1].isupper()
        and (MIN_FLAT_ALT_WORDS if flat else MIN_ALT_WORDS) <= words <= MAX_ALT_WORDS
        and not line.text.rstrip().endswith(TERMINAL)
        and re.search(r"[.!?…:;]\s", line.text) is None
        and not is_list_item(line.text)
        and (words >= MIN_PLAIN_ALT_WORDS or _tells_a_scene(line.text))
        and (_tells_a_scene(line.text) or not _opens_the_story(lines, position - 1))
    )


def _unmarked_caption(lines: list[Line], position: int) -> bool:
    """The line at ``position`` is a caption the importer did not mark (too long, or taken for a picture's
    description): a sentence right over a credit in its block, longer than the line above it."""
    if position + 1 >= len(lines) or position == 0:
        return False
    caption, credit = lines[position], lines[position + 1]
    return (
        credit.role is LineRole.CREDIT
        and credit.block == caption.block
        and caption.role in (LineRole.BODY, LineRole.DEBRIS)
        and SENTENCE_END.search(caption.text) is not None
        and len(caption.text.split()) > len(lines[position - 1].text.split())
    )


UNDER_THE_TITLE = frozenset({LineRole.DATE, LineRole.BYLINE, LineRole.BYLINE_LABEL, LineRole.SUBTITLE})
"""The roles of the lines between a headline and its story: its date, byline and subtitle."""


def _opens_the_story(lines: list[Line], position: int) -> bool:
    """The line is the story's first, right under the title and its date or byline: a standfirst, not a
    picture's alt text, unless its words tell a scene."""
    above = position - 1
    while above >= 0 and lines[above].role in UNDER_THE_TITLE:
        above -= 1
    return above >= 0 and lines[above].role is LineRole.TITLE


def _tells_a_scene(text: str) -> bool:
    return d.PICTURE_OPENING.match(text) is not None or d.PICTURE_VERB.search(text) is not None
