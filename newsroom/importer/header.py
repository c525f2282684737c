"""The header stage: the lines above the title (labels, breadcrumbs, date lines, bylines, credits, a
source's name) and the title, the first line that is none of them."""

from __future__ import annotations

import re

from newsroom.alphabets import CYRILLIC, folded
from newsroom.importer import debris as d
from newsroom.importer.bylines import byline_of, is_bare_byline
from newsroom.importer.captions import caption_and_credit_inline, credit_of
from newsroom.importer.dates import MONTH, RELATIVE_DATE_LINE, YEAR, is_date_line, is_place_date_line
from newsroom.importer.furniture import (
    ACCOUNT_HANDLE,
    CRUMB_SEPARATOR,
    is_breadcrumb_by_shape,
    is_cut_copy,
    is_link_row,
    is_undated_posted_by,
    menu_end,
)
from newsroom.importer.headline import (
    ICONS,
    RoleAt,
    is_bare_date,
    is_field_value,
    is_lead,
    is_trail_of_the_menu,
    names_a_section,
    stronger_headline,
    two_sentences,
)
from newsroom.importer.lines import TERMINAL, Line, LineRole, Rules, Spot, first_role
from newsroom.importer.patterns import SENTENCE_END, listed
from newsroom.importer.titlescore import ECHO_STOPWORDS, ECHO_WORD, RULES_PRIOR, preferred_title, strongly_echoed
from newsroom.importer.topic import shares_a_word
from newsroom.importer.wordlists import word_set
from newsroom.registry import Registry

LABEL_CONNECTORS = word_set("header-label-connectors")
ORG_HEADS = word_set("orgs-heads", "en")
SECTION_WORDS = word_set("header-section-words")
BODY_HEADS = word_set("header-body-heads")
NAME_ENDS = word_set("header-name-ends")
NAME_CONNECTORS = word_set("header-name-connectors")
HEADER_FURNITURE = frozenset({LineRole.DEBRIS, LineRole.CREDIT, LineRole.CAPTION, LineRole.DATE})
"""Roles of the header's lines that stand apart from the headline (a menu, a picture's credit, a date)."""
MAX_SHORT_LABEL_WORDS = 3
MAX_LABEL_WORDS = 4
MAX_BODY_NAME_WORDS = 10
MAX_HEADLINE_WORDS = 30
MIN_HEADLINE_WORDS = 4


def _is_byline(spot: Spot) -> bool:
    return not spot.is_last and byline_of(spot.text) is not None


def _is_source_line(spot: Spot) -> bool:
    return d.source_of(spot.text) is not None


EMAIL_FIELD_NAME = re.compile(r"^\s*" + listed("header-email-fields") + r"\s*[:：]", re.I)
EMAIL_FIELD = re.compile(EMAIL_FIELD_NAME.pattern + r"\s*(?P<value>\S.*)$", re.I)
"""A line of a forwarded e-mail's header: ``From: ...``, ``Subject: ...``, ``Тема: ...``."""
SUBJECT_FIELD = re.compile(r"^\s*" + listed("header-subject-fields") + r"\s*[:：]", re.I)
"""The one field of an e-mail's header that announces the headline: ``Subject:``, ``Тема:``."""
LETTER_OPENING = re.compile(r"^\s*" + listed("header-letter-openings") + r"(?!\w)", re.I)
"""A newsletter's greeting or introduction above its first story (``Здравствуйте!``, ``In this issue ...``)."""
ISSUE_LINE = re.compile(r"^\s*" + listed("header-issue-words") + r"\.?\s*(?:№|no\.?|#)?\s*\d+\s*[·•|,–—-]?\s*", re.I)
FORWARD_MARKER = re.compile(r"^\s*-{3,}\s*[^-\s][^-]*?\s*-{3,}\s*$")
"""``---------- Forwarded message ---------``, ``-----Original Message-----``: a label between dashes."""


def _is_page_furniture(spot: Spot) -> bool:
    text = spot.text
    return (
        EMAIL_FIELD.match(text) is not None
        or FORWARD_MARKER.match(text) is not None
        or _is_letter_opening(spot)
        or is_issue_line(text)
        or d.is_debris(text)
        or is_link_row(text)
        or d.is_label(text)
        or d.is_breadcrumb(text)
        or d.is_language_switcher(text)
        or d.is_contact(text)
        or d.tags_of(text) is not None
    )


CUT_WORD = re.compile(r"^[^\W\d_]{1,12}(?=\s{2,}|\t|\s*[|•·]\s)")
"""The end of a word the copy began in (``ка`` of ``Политика``), set apart from the next cell of its row."""


def _is_cut_link_row(spot: Spot) -> bool:
    """The text's first line, a copy begun mid-word in the site's menu (``ка   Общество   Культура   Спорт``):
    a lower-case piece of a word, then a row of links (a row in the story starts no text)."""
    if spot.position != 0 or spot.is_last:
        return False
    cut = CUT_WORD.match(spot.text)
    return cut is not None and cut.group()[:1].islower() and is_link_row(spot.text[cut.end() :])


MAX_GREETING_WORDS = 4


COVER_NOTE_REACH = 3


def _is_cover_note(spot: Spot) -> bool:
    """A forwarder's note between an e-mail's header and the message it forwards (``Can we run this
    tomorrow? A.`` above ``---------- Forwarded message ---------``)."""
    above = spot.lines[max(0, spot.position - COVER_NOTE_REACH) : spot.position]
    below = spot.lines[spot.position + 1 : spot.position + 1 + COVER_NOTE_REACH]
    headed = any(EMAIL_FIELD.match(line.text) for line in above)
    return headed and any(FORWARD_MARKER.match(line.text) for line in below)


ISSUE_REACH = 2


def _is_above_an_issue_line(spot: Spot) -> bool:
    """A newsletter's name or slogan: a short line without a stop just above its issue line (``Выпуск № 47
    · 20 ноября 2026``); the stories come under the issue line."""
    below = spot.lines[spot.position + 1 : spot.position + 1 + ISSUE_REACH]
    short = len(spot.text.split()) <= MAX_BODY_NAME_WORDS and not SENTENCE_END.search(spot.text)
    named = any(is_issue_name(line.text) and NEWSLETTER_WORDS.search(line.text) for line in below)  # ``Вестник · № 3``
    return short and (any(is_issue_line(line.text) for line in below) or named)


def _is_letter_opening(spot: Spot) -> bool:
    """``Здравствуйте!``, ``Dear readers,``: a short greeting; ``In this issue: ...``, ``В этом выпуске — ...``:
    an introduction ending a sentence or listing the stories (``Hello Kitty café opens in Almaty`` is a
    headline, and so is ``This week in Central Asia: floods · elections`` with its date under it)."""
    text = spot.text
    if LETTER_OPENING.match(text) is None:
        return False
    greeting = len(text.split()) <= MAX_GREETING_WORDS and (text.rstrip()[-1:] in "!,." or text[-1:].isalnum())
    listing = _lists_items(text) and (_names_an_issue(text) or not _dated_headline(spot.lines, spot.position))
    return greeting or SENTENCE_END.search(text) is not None or text.rstrip().endswith(":") or listing


MIN_CONTENTS_ITEMS, MAX_CONTENTS_CHARS, MIN_ISSUE_STEM = 2, 300, 5
ISSUE_STEMS = tuple(word for word in word_set("header-issue-words") if len(word) >= MIN_ISSUE_STEM)


def _names_an_issue(text: str) -> bool:
    """The letter's opening names its issue (``В этом выпуске``, ``In this issue``): a newsletter's contents,
    dated or not (``This week in Central Asia: ...`` over its date is a roundup's headline)."""
    opening = LETTER_OPENING.match(text)
    words = opening.group().casefold().split() if opening is not None else []
    return any(word.startswith(ISSUE_STEMS) for word in words)


CONTENTS_ITEMS = re.compile(r"\s+[·•|]\s+")


def _lists_items(text: str) -> bool:
    """``In this issue: Study fair · Scholarships · Coaching clinic``: the stories' list after the colon."""
    if len(text) > MAX_CONTENTS_CHARS:
        return False  # a line of contents is short; the split is slow on long runs of spaces
    _, colon, rest = text.partition(":")
    return bool(colon) and len(CONTENTS_ITEMS.split(rest.strip())) >= MIN_CONTENTS_ITEMS


def is_issue_line(text: str) -> bool:
    """``Выпуск № 48 · 23 января 2026``, ``Issue No. 12``: an issue's number, then its date or nothing."""
    match = ISSUE_LINE.match(text)
    return match is not None and (not text[match.end() :].strip() or is_date_line(text[match.end() :]))


ISSUE_NAME = re.compile(r"^(?P<name>\S.*?)(?:,|\s[–—|·•-])\s*(?P<issue>[^,–—|]+)$")
ISSUE_CELLS = re.compile(r"\s+[·•]\s+")
ISSUE_NUMBER = re.compile(r"^(?:№|no\.?|#)\s*\d+(?:\s*\(\d+\))?$", re.I)
"""``№ 11 (48)``, ``No. 12``: an issue's number, with its running number in brackets."""
MONTH_YEAR = re.compile(r"^\s*" + MONTH + r"\s+" + YEAR + r"\s*$", re.I)
MAX_ISSUE_NAME_WORDS, MAX_ISSUE_NAME_CHARS = 6, 120
REPLY_PREFIX = re.compile(r"^(?:(?:fwd?|re|пересл)\s*:\s*)+", re.I)
"""``FW: ``, ``Re: `` before a forwarded e-mail's subject."""


SUBJECT_REACH, SUBJECT_WORDS = 15, 5
"""The forwarded message's headline stands within 15 lines of its subject, which it opens with (its first five words
compared)."""


def _is_forwarded_subject(spot: Spot) -> bool:
    """A forwarded or answered e-mail's subject (``Fwd: Пресс-релиз: На дне Арала высадят ...``) whose headline (the
    text after its prefixes, or after any of its labels' colons) a line of the forwarded message below opens with:
    that line is the title."""
    prefix = REPLY_PREFIX.match(spot.text.strip())
    if prefix is None or spot.is_last:
        return False
    parts = spot.text.strip()[prefix.end() :].split(": ")
    tails = [": ".join(parts[at:]).split() for at in range(len(parts))]  # ``Press release: Almaty: volunteers ...``
    openings = {folded(" ".join(tail[:SUBJECT_WORDS])) for tail in tails if len(tail) >= MIN_HEADLINE_WORDS}
    below = [
        folded(" ".join(line.text.split()))
        for line in spot.lines[spot.position + 1 : spot.position + 1 + SUBJECT_REACH]
    ]
    return any(line.startswith(opening) for line in below for opening in openings)


def is_issue_name(text: str) -> bool:
    """``Steppe Water Bulletin – December 2026``, ``Canada–Kazakhstan Newsletter, November 2026``: a
    newsletter's name and its issue (a month, a date or a number), the subject of its e-mail and no story's
    headline."""
    if len(text) > MAX_ISSUE_NAME_CHARS:
        return False  # a name and its issue are short; the pattern is slow on long lines
    match = ISSUE_NAME.match(REPLY_PREFIX.sub("", text.strip()))
    if match is None or SENTENCE_END.search(match["name"]) or ":" in match["name"]:
        return False
    cells = ISSUE_CELLS.split(match["issue"].strip())
    dated = all(_dates_an_issue(cell) or ISSUE_NUMBER.match(cell) for cell in cells)
    dated = dated and any(_dates_an_issue(cell) for cell in cells)  # ``Бюллетень · № 11 (48) · ноябрь 2026``
    return dated and len(match["name"].split()) <= MAX_ISSUE_NAME_WORDS and match["name"][:1].isupper()


def _dates_an_issue(issue: str) -> bool:
    """A month and year, a date with its year, or an issue's number and date (``Issue 12``)."""
    dated = MONTH_YEAR.match(issue) is not None or (is_date_line(issue) and re.search(YEAR, issue) is not None)
    return dated or is_issue_line(issue)


NEWSLETTER_WORDS = re.compile(r"(?<!\w)" + listed("header-newsletter-words") + r"(?!\w)", re.I)
MAIL_REACH = 4


def _is_newsletter_issue(spot: Spot) -> bool:
    """A newsletter's name and issue (``Steppe Water Bulletin – December 2026``) over its stories: named a
    newsletter, or right under an e-mail's fields; ``Погода в Астане – 13 марта 2026``, ``State of the Nation
    Address, 1 September 2026`` are headlines."""
    if not is_issue_name(spot.text):
        return False
    above = spot.lines[max(0, spot.position - MAIL_REACH) : spot.position]
    mailed = any(EMAIL_FIELD.match(line.text) or BROWSER_LINK.match(line.text) for line in above)
    return mailed or NEWSLETTER_WORDS.search(spot.text) is not None


SITE_BANNER = re.compile(r"(?:^|[.|–—]\s+)" + listed("header-site-banners") + r"(?!\w)", re.I)
BANNER_REACH, MAX_BANNER_WORDS = 12, 25


def _is_site_banner(spot: Spot) -> bool:
    """``An official website of the ... government``, ``Here's how you know``, ``Павлодарская область.
    Официальный интернет-ресурс акимата``: a site's banner and official name at the top, over the site's header
    (a line with its date under it, or with the lead next, is a headline naming an official site)."""
    near_the_top = spot.position < BANNER_REACH and not spot.is_last
    if not near_the_top or len(spot.text.split()) > MAX_BANNER_WORDS or SITE_BANNER.search(spot.text) is None:
        return False
    if _dated_headline(spot.lines, spot.position):
        return False  # ``Official website of Expo 2027 launched ...`` over its date: a headline
    _, following = _next_headline(spot)
    lead = bool(following) and SENTENCE_END.search(following) is not None and not SITE_BANNER.search(following)
    return not lead  # a headline over its lead, not the site's banner (whose lines may be sentences)


COOKIE = re.compile(r"(?<!\w)" + listed("header-cookie-words") + r"(?!\w)", re.I)
COOKIE_ACTION = re.compile(r"(?<!\w)" + listed("header-cookie-actions") + r"(?!\w)", re.I)
COOKIE_REACH = 2


def _in_a_cookie_banner(spot: Spot) -> bool:
    """A cookie banner at the top (``Cookies on ...``, ``We use cookies to ...``, ``Accept all cookies   Reject
    ...``): a line naming cookies with the banner's buttons (a row naming cookies and an action on them, or a button
    alone on its line: ``I ACCEPT``) on it or at most two lines under it, or the banner's heading right over such a
    line (``We value your privacy``; a headline with its date under it is the title, whatever it names)."""
    if spot.position >= BANNER_REACH or spot.is_last or _dated_headline(spot.lines, spot.position):
        return False
    if COOKIE.search(spot.text) is None:
        return _is_banner_heading(spot)
    below = spot.lines[spot.position : spot.position + 1 + COOKIE_REACH]
    return any(_is_cookie_buttons(line.text) or _is_lone_button(line.text) for line in below)


MAX_BUTTON_WORDS, MAX_BANNER_HEADING_WORDS = 3, 6


def _is_lone_button(text: str) -> bool:
    """A banner's button alone on its line: an action on cookies in a word or three (``I ACCEPT``, ``Принять все``)."""
    return len(text.split()) <= MAX_BUTTON_WORDS and COOKIE_ACTION.search(text) is not None


def _is_banner_heading(spot: Spot) -> bool:
    """A short line with no stop right over a line of a cookie banner (naming cookies, a button under it): the
    banner's heading (``We value your privacy``, ``Сіздің құпиялылығыңыз біз үшін маңызды``)."""
    if len(spot.text.split()) > MAX_BANNER_HEADING_WORDS or SENTENCE_END.search(spot.text):
        return False
    under = Spot(spot.lines, spot.position + 1, spot.body_start, spot.registry)
    return COOKIE.search(under.text) is not None and not under.is_last and _in_a_cookie_banner(under)


def _is_cookie_buttons(text: str) -> bool:
    """A banner's row of buttons: naming cookies and an action on them (``Accept all cookies   Reject``); a row
    of tags naming cookies (``Google   EU   Cookies   Privacy``) is a story's."""
    return COOKIE.search(text) is not None and COOKIE_ACTION.search(text) is not None and is_link_row(text)


def _is_known_source(spot: Spot) -> bool:
    """The name of a known source alone on its line (``Kazinform``) above the title."""
    return not spot.is_last and spot.registry is not None and bool(spot.registry.sources.get(spot.text))


def _titled(words: list[str]) -> bool:
    return all(w[:1].isupper() or w.lower() in LABEL_CONNECTORS for w in words)


def _is_flat(lines: list[Line]) -> bool:
    """A text pasted without blank lines between its parts: blocks tell nothing about them."""
    return lines[-1].block + 1 < len(lines) / 3


NOTICE = re.compile(r"^\s*" + listed("header-notice-labels") + r"\s*:\s+\S", re.I)
"""``Correction: An earlier version ...``, ``Уточнение: ...``: a notice over a story, no headline."""


def _is_notice(text: str) -> bool:
    """A notice's label, a colon and its sentences, ending with a stop."""
    return NOTICE.match(text) is not None and SENTENCE_END.search(text) is not None


def _is_notice_over_a_headline(spot: Spot) -> bool:
    """A notice (``Correction: ...``) over a headline: four to thirty words, no closing stop, further down."""
    if not _is_notice(spot.text):
        return False
    at, _ = _next_headline(spot)
    return at > 0 and _is_headline_at(spot.lines, at, in_a_header=False)


def _next_headline(spot: Spot) -> tuple[int, str]:
    """The next line that may be the headline: past date lines, bylines, page furniture, a picture's credit and its
    caption with its credit or under it; (-1, "") if none."""
    for position in range(spot.position + 1, len(spot.lines)):
        text = spot.lines[position].text
        short_label = len(text.split()) <= MAX_SHORT_LABEL_WORDS and not SENTENCE_END.search(text)
        crumb = is_breadcrumb_by_shape(text) or byline_of(text) is not None or _is_credited_caption(text)
        crumb = crumb or credit_of(text) is not None  # ``Фото: ПРООН Узбекистан/Нодира Саидова``
        crumb = (
            crumb
            or _is_cut_copy_of_a_line_below(Spot(spot.lines, position))
            or _is_caption_under_a_credit(spot, position)
        )
        crumb = crumb or _is_notice(text)  # ``Correction: ...`` over the headline
        if not (short_label or crumb or is_date_line(text) or _is_page_furniture(Spot(spot.lines, position))):
            return position, text
    return -1, ""


def _is_caption_under_a_credit(spot: Spot, position: int) -> bool:
    """``Фото: ЮНИСЕФ/Фарход Саидов`` / ``Медсестра делает прививку ребенку ...``: a sentence right under a picture's
    credit is the picture's caption (a headline has no closing stop)."""
    text = spot.lines[position].text
    above = spot.lines[position - 1].text if position > spot.position else ""
    return text.rstrip().endswith(".") and bool(above) and credit_of(above) is not None


MAX_STOPPED_HEADLINE_WORDS = 20


def _is_stopped_headline(lines: list[Line], at: int) -> bool:
    """``Winter is coming for returnees. Aid must come with it.``: a statement's headline of two sentences ending
    with a full stop, short, with a longer sentence (its lead) right under it."""
    text = lines[at].text if 0 <= at < len(lines) else ""
    after = lines[at + 1].text if 0 <= at < len(lines) - 1 else ""
    short = MIN_HEADLINE_WORDS <= len(text.split()) <= MAX_STOPPED_HEADLINE_WORDS
    if not short or not two_sentences(text):
        return False  # one short sentence over a longer one is a lead's start, not a statement's headline
    return len(after.split()) > len(text.split()) and SENTENCE_END.search(after) is not None


def _is_headline_at(lines: list[Line], at: int, *, in_a_header: bool) -> bool:
    """The line at ``at`` has a headline's shape: four to thirty words without a closing full stop, or, under a
    site's header (menus, crumbs), a short headline with one over its longer lead (``Steppe wolves`` at the top
    over ``The wolves came back in March.`` is a title over its first sentence)."""
    text = lines[at].text if 0 <= at < len(lines) else ""
    if not MIN_HEADLINE_WORDS <= len(text.split()) <= MAX_HEADLINE_WORDS:
        return False
    return not text.rstrip("\"'”»)").endswith(".") or (in_a_header and _is_stopped_headline(lines, at))


CUT_COPY_REACH = 4


def _is_cut_copy_of_a_line_below(spot: Spot) -> bool:
    """A crumb's or a teaser's headline cut short (``Women bring water back to Aral…``) over the headline whole,
    at most four lines under it (not a sentence: a headline's own ellipsis may be taken up by its lead)."""
    if spot.position == 0 and CRUMB_SEPARATOR.search(spot.text) is None:
        return False  # a headline's own ellipsis at the top (``Back to school...``), over a caption of its words
    start = spot.position + 1
    below = range(start, min(len(spot.lines), start + CUT_COPY_REACH))
    return any(
        is_cut_copy(spot.text, spot.lines[at].text)
        for at in below
        if not SENTENCE_END.search(spot.lines[at].text) and not _over_a_credit(spot.lines, at)
    )


def _over_a_credit(lines: list[Line], at: int) -> bool:
    """A picture's credit (``Photo: ...``) right under the line: the line is its caption."""
    return at + 1 < len(lines) and credit_of(lines[at + 1].text) is not None


def _is_credited_caption(text: str) -> bool:
    """``Wheat is loaded in Aktau. © Agency``: a picture's caption with its credit on the line."""
    inline = caption_and_credit_inline(text)
    return inline is not None and bool(inline.caption and inline.credit)


def _dated_headline(lines: list[Line], at: int) -> bool:
    """The line after the headline at ``at`` is a date line or a byline, as under a page's title."""
    after = lines[at + 1].text if at + 1 < len(lines) else ""
    return is_date_line(after) or byline_of(after) is not None


def _headed_by_a_body(words: list[str]) -> bool:
    """``Министерство просвещения``, ``Облыс әкімдігінің ресми сайты``: a line that starts or ends with a body's head
    word (a Title Case English headline may name a council and still be the headline); a line going on after
    the name in quotes that follows the head word says what the body did (``Фонд «Жасыл дала» высадит ...``)."""
    if words[0].lower() in BODY_HEADS:
        return not NAME_THEN_MORE.search(" ".join(words))
    return words[-1].lower().strip(",.") in BODY_HEADS


NAME_THEN_MORE = re.compile(r"[»”]\s+[^\W\d_]")
"""A closing quote, then a word: the name in quotes is over and the line goes on."""


def _names_a_body(words: list[str]) -> bool:
    """``Ministry of Foreign Affairs``, ``Embassy News``: the page's owner or section, in Title Case."""
    if _headed_by_a_body(words):
        return True  # "Министерство просвещения", "Мәдениет министрлігі": no Title Case in Russian or Kazakh
    heads = [at for at, word in enumerate(words) if word.lower().strip(",.") in ORG_HEADS | SECTION_WORDS]
    if not _titled(words) or not heads:
        return False
    # the name ends with its head word, or goes on with "of ..." (Ministry of Foreign Affairs); a verb after
    # it makes a headline (Why Our Village School Stopped Buying Printers)
    after = words[heads[-1] + 1 :]
    return not after or after[0].lower() in NAME_CONNECTORS


def _recurs_below(lines: list[Line], position: int) -> bool:
    """The line (two words or more) stands again inside a longer line further down that is no sentence: a
    name the page repeats (a programme in its fellow's role, a channel in its footer), not a headline, which
    other lines quote (``3 thoughts on “Headline”``) and the story's sentences may repeat."""
    text = lines[position].text
    if len(text.split()) < 2:
        return False
    inside = re.compile(r"(?<![\w\"“«‘'])" + re.escape(text) + r"(?![\w\"”»’'])")  # quoted: a headline
    below = [line.text for line in lines[position + 1 :] if not SENTENCE_END.search(line.text)]
    below = [line for line in below if d.tags_of(line) is None]  # a tag may be the headline's own words
    return any(line != text and inside.search(line) for line in below)


KICKER_MARK = re.compile(r"[·•|]")
"""A mark that sets a kicker's parts apart (``CAMPAIGN · #MedicineNotPunishment``): no word of the label."""


def is_label_by_shape(spot: Spot) -> bool:
    """A rubric or the site's name above the title, with a real headline after it: up to three words
    (``Culture``, ``Новости Павлодара``), up to four capitalised ones (``Peace and Security``), or a
    Title Case name of a body or section (``Ministry of Education of the Republic of Kazakhstan``)."""
    lines, index, line = spot.lines, spot.position, spot.text
    words = [word for word in line.split() if not KICKER_MARK.fullmatch(word)]  # ``CAMPAIGN · #Tag``: two words
    if len(words) > MAX_BODY_NAME_WORDS or SENTENCE_END.search(line) or spot.is_last or line.endswith(":"):
        return False
    if d.is_label(line):
        return True
    if _is_short_headline_over_its_deck(spot) or is_headline_under_its_rubric(spot):
        return False
    at, following = _next_headline(spot)
    kicker = len(words) < MAX_SHORT_LABEL_WORDS and line.isupper()  # ``ГЛАВНОЕ``, ``EXCLUSIVE`` over the headline
    under_furniture = index > 0 and lines[index - 1].role in HEADER_FURNITURE  # a rubric under the menu, a credit
    named = at > 0 and _dated_headline(lines, at) and _names_a_body(words)  # the site's name over a dated headline
    # a name of up to three words (Title Case, or ending in a place's word) right over a headline with its date or
    # byline right under it (``City Library``, ``Аудандық мұражай``; ``Against the current``, ``Театр покажет
    # премьеру`` are headlines)
    over_dated = (
        at == index + 1
        and len(words) <= MAX_SHORT_LABEL_WORDS
        and (_titled(words) or words[-1].casefold() in NAME_ENDS)
        and _dated_headline(lines, at)
    )
    apart = at > 0 and (
        lines[at].block != lines[index].block or _is_flat(lines) or kicker or under_furniture or named or over_dated
    )
    headline = apart and 4 <= len(following.split()) <= 30
    if headline and _recurs_below(lines, index) and not _recurs_below(lines, at):
        return True
    # a short title above a lead: headlines end without a full stop; three words are a label only
    # above a headline with its date or byline under it
    short = len(words) < MAX_SHORT_LABEL_WORDS or (len(words) == MAX_SHORT_LABEL_WORDS and _dated_headline(lines, at))
    if short and headline and _is_headline_at(lines, at, in_a_header=under_furniture):
        return True
    if len(words) < MAX_SHORT_LABEL_WORDS:
        return False
    if not headline or line.rstrip().endswith(TERMINAL) or SENTENCE_END.search(following):
        return False
    if _pairs_topics(words) and _under_a_section(spot) and _over_a_standfirst(lines, at):
        return True  # ``Features`` / ``Nature & People`` / ``The Last Caravan of Mangystau`` / its standfirst
    if _titled(following.split()):
        return False
    if _names_a_body(words):
        return True
    if len(words) > MAX_LABEL_WORDS or len(following.split()) <= len(words) + 2:
        return False
    # a rubric pairing two topics stands under the site's menu or crumbs (``Drought and bread prices`` at the top,
    # over its deck and date, is a headline)
    return _titled(words) or (_pairs_topics(words) and under_furniture and _dated_around(lines, index, at))


def _under_a_section(spot: Spot) -> bool:
    """Right under a section's label of a word or two that the rules take (``Features``, ``Рубрики``)."""
    previous = spot.previous
    return previous is not None and previous.role is LineRole.DEBRIS and 1 <= len(previous.text.split()) <= 2


MIN_STANDFIRST_WORDS = 15


def _over_a_standfirst(lines: list[Line], at: int) -> bool:
    """The headline at ``at`` stands right over a standfirst: a line of fifteen words or more, twice as long as it."""
    under = lines[at + 1].text.split() if at + 1 < len(lines) else []
    return len(under) >= max(MIN_STANDFIRST_WORDS, 2 * len(lines[at].text.split()))


def _is_short_headline_over_its_deck(spot: Spot) -> bool:
    """``Колонки`` / ``Без воды`` / ``Как живёт посёлок, в котором ...`` / date: under the page's rubric, a short
    headline (two to four words) over its longer deck that asks the story's question (how, why), with the date or
    byline right under the deck (a rubric stands once: a second short line under it is the column's headline, unless
    it is a name in Title Case, pairs two topics or shares the rubric's word: the column's author, a sub-rubric)."""
    lines, index = spot.lines, spot.position
    words = spot.text.split()
    if index == 0 or index + 2 >= len(lines) or not 2 <= len(words) <= MAX_LABEL_WORDS:
        return False
    rubric = lines[index - 1]
    short_rubric = len(rubric.text.split()) <= MAX_SHORT_LABEL_WORDS and not is_link_row(rubric.text)
    if rubric.role is not LineRole.DEBRIS or not short_rubric:
        return False
    if (_titled(words) and not spot.text.isupper()) or _pairs_topics(words) or shares_a_word(rubric.text, spot.text):
        return False  # a columnist's name (``Dana Ospanova``), a sub-rubric (``Налоги и сборы``, ``Small business``)
    deck, under = lines[index + 1].text, lines[index + 2].text
    long_enough = len(deck.split()) >= len(words) + MIN_DECK_EXTRA_WORDS and not deck.rstrip().endswith(TERMINAL)
    asks = DECK_OPENING.match(deck) is not None  # ``Почему фермеры ...``; a rubric's headline states its news
    return long_enough and asks and (is_date_line(under) or byline_of(under) is not None)


MIN_DECK_EXTRA_WORDS = 3


DECK_OPENING = re.compile(r"^\s*" + listed("header-deck-openings") + r"(?!\w)", re.I)
"""A deck that asks the column's or longread's question (``How a village lives ...``, ``Почему фермеры ...``)."""


def is_headline_under_its_rubric(spot: Spot) -> bool:
    """``Region`` / ``Landmark tower lost``, ``Общество`` / ``Школа мечты открыта``: a line of three words in sentence
    case (its first word capitalised, the others in lower case) right under a rubric of a word or two that the rules
    take and that repeats an entry of the menu above: a rubric stands once, so the short line under it is the story's
    headline, not a second rubric (unless it pairs two topics, names a section or a body, is a widget or shares the
    rubric's word: a sub-rubric)."""
    lines, index = spot.lines, spot.position
    words = WORDS.findall(spot.text)
    if index == 0 or len(words) != MAX_SHORT_LABEL_WORDS or len(spot.text.split()) != MAX_SHORT_LABEL_WORDS:
        return False
    if not words[0][:1].isupper() or not all(word.islower() for word in words[1:]):
        return False
    rubric = lines[index - 1]
    if rubric.role is not LineRole.DEBRIS or not 1 <= len(WORDS.findall(rubric.text)) < MAX_SHORT_LABEL_WORDS:
        return False
    if not any(line.text.strip() == rubric.text.strip() for line in lines[: index - 1]):
        return False  # the menu's entry said again as the page's rubric
    shaped = spot.text.split()
    sub_rubric = _pairs_topics(shaped) or names_a_section(spot.text) or _names_a_body(shaped)
    furniture = d.is_label(spot.text) or d.is_debris(spot.text)
    return not sub_rubric and not furniture and not shares_a_word(rubric.text, spot.text)


TOPIC_CONJUNCTIONS = word_set("header-topic-conjunctions")


def _pairs_topics(words: list[str]) -> bool:
    """``Климат и окружающая среда``, ``News and press releases``: a rubric joining two topics, in sentence case
    (no figures, no stop)."""
    inner = [word.casefold() for word in words[1:-1]]
    plain = not any(char.isdigit() for char in "".join(words)) and not words[-1].endswith(TERMINAL)
    return plain and any(word in TOPIC_CONJUNCTIONS for word in inner)


def _dated_around(lines: list[Line], index: int, at: int) -> bool:
    """A date line between the line at ``index`` and the headline at ``at``, or the headline's date, byline or
    dateline (``BISHKEK, 26 November 2026``) right under it: a rubric stands over a dated story."""
    between = any(is_date_line(line.text) for line in lines[index + 1 : at])
    after = lines[at + 1].text if at + 1 < len(lines) else ""
    above = index > 0 and lines[index - 1].role is LineRole.DATE  # ``Жарияланды: 6 ақпан 2026 ж.`` / the rubric
    return between or above or _dated_headline(lines, at) or is_place_date_line(after)


SITE_HEADS = word_set("header-site-heads")
MAX_SITE_NAME_WORDS = 4
SITE_TAGLINE = re.compile(r"\s+[—–|]\s+.*$")
"""``Pavlodar Today — news of Pavlodar region``: the site's name, then its tagline."""


SITE_WITH_ADDRESS = re.compile(
    r"^[^.!?]{2,60}?\s[—–|-]\s(?:https?://)?(?:www\.)?"
    r"(?:(?=[\w-]*[^\W\d_])[\w-]{2,40}\.){1,3}[^\W\d_]{2,20}/?$",  # labels with letters, a letters-only end
    re.I,
)
"""``Газета «Степной край» — stepnoykrai.example``: the site's name with its address (a printed page's head)."""


def _is_site_with_address(spot: Spot) -> bool:
    return spot.position < MAX_TOP_LINES and not spot.is_last and SITE_WITH_ADDRESS.match(spot.text) is not None


def _is_site_name(spot: Spot) -> bool:
    """A newspaper's or news site's name at the top (``Semey Times``, ``Новости Атырау``, ``Pavlodar Today —
    news of the region``): up to four capitalised words opening or closing with a site's head word, above a
    headline (not a sentence)."""
    name = SITE_TAGLINE.sub("", spot.text).split()
    if spot.position >= MAX_TOP_LINES or spot.is_last or not 2 <= len(name) <= MAX_SITE_NAME_WORDS:
        return False
    cased = _titled(name) or (CYRILLIC.search(spot.text) is not None and name[0][:1].isupper())  # no Title Case
    if not cased or not {name[0].casefold(), name[-1].casefold()} & SITE_HEADS:  # in Russian or Kazakh
        return False
    at, following = _next_headline(spot)
    return at > 0 and 3 <= len(following.split()) <= MAX_HEADLINE_WORDS and not SENTENCE_END.search(following)


MAX_SLOGAN_WORDS = 8


def _under_a_site_name(spot: Spot) -> bool:
    """A site's slogan (``Your city, your voice``): a short line without a stop right under its name, with the
    headline further down (a line with its date or byline right under it is the headline)."""
    if spot.position == 0 or spot.is_last or not _is_site_name(Spot(spot.lines, spot.position - 1)):
        return False
    if d.is_label(spot.lines[spot.position - 1].text):
        return False  # ``News Release``, ``Press release``: the page's label, with the headline right under it
    if _dated_headline(spot.lines, spot.position):
        return False
    at, following = _next_headline(spot)
    if at < 0 or SENTENCE_END.search(following):
        return False  # the headline, with the lead under it
    return len(spot.text.split()) <= MAX_SLOGAN_WORDS and not SENTENCE_END.search(spot.text)


def _under_a_rubric(spot: Spot) -> bool:
    """Right under a rubric the page's furniture took (``Culture``): the headline, however it is worded."""
    previous = spot.previous
    short = previous is not None and len(previous.text.split()) < MAX_SHORT_LABEL_WORDS
    return short and previous.role is LineRole.DEBRIS and is_label_by_shape(Spot(spot.lines, spot.position - 1))


PLAYER_TIMER = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$")
"""A media player's timer (``00:00 / 47:12``): its controls stand under the episode's title."""
PLAYER_REACH = 2


def _over_a_player(spot: Spot) -> bool:
    """A line with a media player's timer within two lines under it: the episode's or the video's title."""
    below = spot.lines[spot.position + 1 : spot.position + 1 + PLAYER_REACH]
    return any(PLAYER_TIMER.match(line.text) for line in below)


PRESS_OFFICE = re.compile(r"^\s*" + listed("bylines-press-offices") + r"(?!\w)", re.I)


_QUOTED_NAME = r"[«“\"][^«»“”\"]{2,60}[»”\"]"
PROGRAMME_KICKER = re.compile(
    r"^\s*(?:"
    + listed("header-programme-heads")
    + r"\s+"
    + _QUOTED_NAME
    + r"|"
    + _QUOTED_NAME
    + r"\s+"
    + listed("header-programme-tails")
    + r")\s*$",
    re.I,
)
"""``Проект «Дорога в школу»``, ``«Мектепке жол» жобасы``, ``Campaign “Clean Steppe”``: a programme's head word and
its name in quotes, alone."""


def _is_programme_kicker(spot: Spot) -> bool:
    """A programme's name in quotes under the site's menu, right over a headline with its lead under it: the
    kicker of the programme the story belongs to (at the top of a text, over a deck, it is the headline)."""
    previous = spot.previous
    if previous is None or previous.role not in HEADER_FURNITURE or PROGRAMME_KICKER.match(spot.text) is None:
        return False
    at = spot.position + 1
    lead = spot.lines[at + 1].text if at + 1 < len(spot.lines) else ""
    under = spot.lines[at].text if at < len(spot.lines) else ""
    if is_date_line(under) or is_place_date_line(under) or byline_of(under) is not None:
        return False  # the programme's name is the headline, its date or byline under it
    headline = _is_headline_at(spot.lines, at, in_a_header=False)
    return headline and len(lead.split()) >= MIN_LEAD_WORDS and SENTENCE_END.search(lead) is not None


def _is_press_office_over_a_dated_headline(spot: Spot) -> bool:
    """``Press and information team of the Delegation to ...``, ``Пресс-служба акимата``: the office that
    publishes the page, named right above a headline with its date or byline under it, or above its date line over
    the headline."""
    if spot.is_last or SENTENCE_END.search(spot.text) or not PRESS_OFFICE.match(spot.text):
        return False
    if _dated_headline(spot.lines, spot.position + 1):
        return True
    at, following = _next_headline(spot)  # ``Пресс-служба ...`` / ``12 мая 2026`` / the headline: dated from above
    dated = any(is_date_line(line.text) for line in spot.lines[spot.position + 1 : at])
    shaped = 4 <= len(following.split()) <= MAX_HEADLINE_WORDS and not following.rstrip().endswith(".")
    return at > spot.position + 1 and dated and shaped and _names_an_office(spot.text)


VERB_ENDINGS = tuple(word_set("header-verb-endings"))
OFFICE_CONNECTORS = word_set("header-office-connectors")


def _names_an_office(text: str) -> bool:
    """``Пресс-служба акимата Кызылординской области``, ``Press office of the Ministry of Energy``: a name, no verb
    (``... переехала в новое здание``, ``... moves to Astana`` are headlines about the office)."""
    office = PRESS_OFFICE.match(text)
    rest = text[office.end() :] if office else text
    lower = [word.strip(",.«»") for word in rest.split() if word[:1].islower()]
    if any(word.isascii() and word not in OFFICE_CONNECTORS for word in lower):
        return False
    return not any(len(word) > 3 and word.endswith(VERB_ENDINGS) for word in lower if not word.isascii())


def _is_above_a_menu(spot: Spot) -> bool:
    """The site's name or motto over its menu (``Notes from the Steppe`` / ``Home`` / ``About`` /
    ``Archive``, or ``Politics   Economy   Society`` on one line), with a headline under the menu: the
    headline is the title, not what stands above the menu. The menu is looked for above the first
    sentence; an entry of the menu itself counts the entries above it."""
    if _is_short_headline_over_its_deck(spot) or is_headline_under_its_rubric(spot):
        return False
    short = len(spot.text.split()) <= MAX_SHORT_LABEL_WORDS
    if not short and _over_a_player(spot):
        return False  # a player's controls (``Play``, ``1x   Speed   Download``) are no site's menu
    if len(WORDS.findall(spot.text)) >= MIN_HEADLINE_WORDS and _dated_headline(spot.lines, spot.position):
        return False  # a headline with its date under it, over its widgets (``A+   A-   Print``, tags)
    start = max(spot.position - 2, 0) if short else spot.position + 1
    texts = []
    for line in spot.lines[start : spot.position + ECHO_WINDOW]:
        if SENTENCE_END.search(line.text) and len(line.text.split()) > MAX_SHORT_LABEL_WORDS:
            break
        texts.append(line.text)
    end = menu_end(texts)
    if end is not None and start + end <= spot.position:  # a row above (a switcher, radio frequencies)
        later = menu_end(texts[spot.position + 1 - start :])
        end = None if later is None else spot.position + 1 - start + later
    if end is None:
        return False
    at, following = _next_headline(Spot(spot.lines, start + end - 1))
    return at > 0 and 4 <= len(following.split()) <= MAX_HEADLINE_WORDS and not following.rstrip().endswith(".")


def _is_picture_above_headline(spot: Spot) -> bool:
    """``A technician installs a station on the glacier. © UNEP/Marat Dzhumabaev``: a picture's caption with
    its credit, above the headline (four to thirty words further down)."""
    inline = caption_and_credit_inline(spot.text)
    if inline is None or not (inline.caption and inline.credit) or spot.is_last:
        return False
    _, following = _next_headline(spot)
    return 4 <= len(following.split()) <= MAX_HEADLINE_WORDS


def _is_caption_under_its_credit(spot: Spot) -> bool:
    """``Photo: Agency`` / ``A snow plough clears the road ...``: a picture's caption under its credit, above
    a headline with its date or byline right under it (four to thirty words, no full stop)."""
    previous = spot.previous
    if previous is None or previous.role is not LineRole.CREDIT or spot.is_last:
        return False
    if _dated_headline(spot.lines, spot.position) or len(spot.text.split()) > MAX_HEADLINE_WORDS:
        return False
    at, following = _next_headline(spot)
    headline = 4 <= len(following.split()) <= MAX_HEADLINE_WORDS and not following.rstrip().endswith(".")
    longer = len(spot.text.split()) > len(following.split())  # a caption tells the scene; a headline over its deck
    longer = longer or spot.text.rstrip().endswith(".")  # a sentence under a credit: a headline has no closing stop
    return at > spot.position and headline and longer and _dated_headline(spot.lines, at)


SITE_BAR = re.compile(r"\s+\|\s+")
MAX_BAR_PART_WORDS = 6


def _is_site_bar(spot: Spot) -> bool:
    """``UNEP Central Asia Hub | Stories``, ``Минсельхоз РК | Официально``: the site's (or channel's) name
    and its section, short names apart by a bar, over a headline (four to thirty words, no full stop)
    further down; a browser tab's ``Headline | Site`` repeated below is taken by its echo first."""
    parts = SITE_BAR.split(spot.text.strip())
    if not 2 <= len(parts) <= 3 or spot.is_last:
        return False
    if any(len(part.split()) > MAX_BAR_PART_WORDS or SENTENCE_END.search(part) for part in parts):
        return False
    _, following = _next_headline(spot)
    return 4 <= len(following.split()) <= MAX_HEADLINE_WORDS and not following.rstrip("\"'”»)").endswith(".")


def _is_breadcrumb_above_headline(spot: Spot) -> bool:
    """``Our work / Stories``, ``Newsroom › Press releases``: a trail of short steps, with a headline
    (four to thirty words, no full stop) further down."""
    if spot.is_last or not CRUMB_SEPARATOR.search(spot.text):
        return False
    _, following = _next_headline(spot)
    headline = 4 <= len(following.split()) <= 30 and not following.rstrip("\"'”»)").endswith(".")
    return headline and is_breadcrumb_by_shape(spot.text, following)


def _is_above_a_dated_headline(spot: Spot) -> bool:
    """A site's banner (``Welcome to the United Nations``) over its header: a language switcher or
    breadcrumbs between it and a headline with its date or byline right under it, while the banner has none
    (share buttons stand under a title: they do not count)."""
    lines, position = spot.lines, spot.position
    if spot.is_last or len(spot.text.split()) > MAX_BODY_NAME_WORDS or SENTENCE_END.search(spot.text):
        return False
    if _dated_headline(lines, position):
        return False
    at, following = _next_headline(spot)
    if at <= position + 1 or not 4 <= len(following.split()) <= MAX_HEADLINE_WORDS or following.endswith("."):
        return False
    return _dated_headline(lines, at) and any(tops_a_page(lines[i].text) for i in range(position + 1, at))


MAX_SHORT_HEADLINE_WORDS = 6
"""A short headline over its date (``Пожар на рынке``); a deck is longer."""


def _is_over_a_short_dated_headline(spot: Spot) -> bool:
    """A rubric's or a body's name (``Происшествия``, ``Министерство просвещения``) right over a short headline in
    sentence case with its date or byline right under it (``Пожар на рынке`` / ``12 марта 2026, 09:40``): the
    headline is the title. A deck over the date is longer; an author's name over it is in Title Case; a headline
    over a short deck has a figure or a colon (``Инфляция в октябре: 8,5%``), a rubric's or a body's name none."""
    lines, position = spot.lines, spot.position
    words = spot.text.split()
    if position + 2 >= len(lines) or len(words) > MAX_CHANNEL_NAME_WORDS or SENTENCE_END.search(spot.text):
        return False
    if _dated_headline(lines, position) or re.search(r"[:\d]", spot.text):
        return False  # ``Инфляция в октябре: 8,5%`` over its deck and date is the headline
    following = lines[position + 1].text
    shaped = 2 <= len(following.split()) <= MAX_SHORT_HEADLINE_WORDS and _in_sentence_case(following)
    if not shaped or following.rstrip().endswith((".", ":")) or is_date_line(following):
        return False
    if DECK_OPENING.match(following) is not None or (spot.text.isupper() and len(words) > 1):
        return False  # ``ОВЁС ВМЕСТО ЯЧМЕНЯ`` / ``Почему фермеры ...``: a headline in capitals over its deck
    return _dated_headline(lines, position + 1) and not _titled(following.split())


CRUMB_REACH = 8


def _is_above_the_crumbs(spot: Spot) -> bool:
    """A site's name, banner or menu at the top, above the breadcrumbs with only short lines between
    (``Log in | Register``, an alert, the menu's entries), and a headline under the crumbs (past a
    document's label such as ``Постановление``): the headline is the title."""
    lines, position = spot.lines, spot.position
    furniture_above = spot.previous is not None and spot.previous.role is LineRole.DEBRIS
    if position >= MAX_TOP_LINES and not furniture_above:
        return False
    if not _is_short_header_line(spot.text) or _dated_headline(lines, position):
        return False  # a headline has its date or byline under it, a site's name has none
    for at in range(position + 1, min(position + 1 + CRUMB_REACH, len(lines) - 1)):
        if tops_a_page(lines[at].text):
            menu = furniture_above or any(is_link_row(line.text) for line in lines[position + 1 : at])
            return _is_headline_at(lines, _next_headline(Spot(lines, at))[0], in_a_header=menu)
        if not (_is_short_header_line(lines[at].text) or is_link_row(lines[at].text)) or _is_role_line(lines[at].text):
            return False  # an author's role (``Correspondent``) stands under a headline, not in a site's header
    return False


ROLE_WORDS = word_set("bylines-nouns") | word_set("roles-person")


def _is_role_line(text: str) -> bool:
    """``Correspondent``, ``Корреспондент``, ``Senior editor``: a person's role alone on its line."""
    words = [word.casefold().strip(",.") for word in text.split()]
    return 0 < len(words) <= MAX_SHORT_LABEL_WORDS and words[-1] in ROLE_WORDS


def _is_short_header_line(text: str) -> bool:
    """A line of a page's header: up to eight words, no closing stop."""
    return len(text.split()) <= MAX_UNRELATED_CAPTION_WORDS and not SENTENCE_END.search(text)


def tops_a_page(text: str) -> bool:
    """What stands above a page's headline, never under it: a language switcher, breadcrumbs."""
    return d.is_language_switcher(text) or d.is_breadcrumb(text) or is_breadcrumb_by_shape(text)


MAX_TOP_LINES, MAX_UNRELATED_WORDS, MAX_UNRELATED_CAPTION_WORDS, LEAD_REACH = 6, 4, 8, 6
WORDS = re.compile(r"[^\W\d_][\w’'.-]*")


def _is_unrelated_to_the_story(spot: Spot) -> bool:
    """A short capitalised line at the top (the site's name, a rubric; or a picture's caption under its credit)
    above a headline that the lead is about, while it shares no word with either: what the rest of the text
    is about is the headline, not it (``Kazakh Daily`` / ``Transport`` over ``Council approves bus lanes``)."""
    text, previous = spot.text, spot.previous
    caption = previous is not None and previous.role is LineRole.CREDIT
    most = MAX_UNRELATED_CAPTION_WORDS if caption else MAX_UNRELATED_WORDS  # longer: a headline over its standfirst
    if spot.position >= MAX_TOP_LINES or len(text.split()) > most or spot.is_last:
        return False
    if _under_a_rubric(spot):
        return False  # a Title Case pun under its rubric (``Culture`` / ``Bake It Till You Make It``)
    at, following = _next_headline(spot)
    if at < 0 or not 4 <= len(following.split()) <= MAX_HEADLINE_WORDS or following.rstrip().endswith("."):
        return False
    if not caption and (SENTENCE_END.search(text) or not (_titled(WORDS.findall(text)) or _set_apart(spot, at))):
        return False  # a name is capitalised; "Against the current" may be a title with its standfirst
    lead = next((line.text for line in spot.lines[at + 1 : at + 1 + LEAD_REACH] if _is_lead(line.text)), "")
    return shares_a_word(following, lead) and not shares_a_word(text, f"{following} {lead}")


def _set_apart(spot: Spot, at: int) -> bool:
    """The line stands under the site's furniture, and a rubric stands between it and a headline with its date right
    under it (``Нашар көретіндерге арналған нұсқа`` / ``Жаңалықтар`` / the headline / its date): a headline stands
    right over its deck, never over a rubric."""
    previous = spot.previous
    under_furniture = previous is not None and previous.role is LineRole.DEBRIS
    rubric = spot.position + 1 < at and d.is_label(spot.lines[spot.position + 1].text)
    return under_furniture and rubric and _dated_headline(spot.lines, at)


BROWSER_LINK = re.compile(r"^\s*" + listed("header-browser-links") + r"(?!\w)", re.I)
PREHEADER_REACH = 2


def _is_preheader(spot: Spot) -> bool:
    """An e-mail's preheader (``This week: the new bus lanes, ...``): a line just above its ``View this
    email in your browser`` link, at the top of the text or right under a forwarded e-mail's header."""
    below = spot.lines[spot.position + 1 : spot.position + 1 + PREHEADER_REACH]
    under_fields = spot.previous is not None and EMAIL_FIELD.match(spot.previous.text) is not None  # forwarded
    at_the_top = spot.position < PREHEADER_REACH or under_fields
    return at_the_top and any(BROWSER_LINK.match(line.text) for line in below)


AUDIENCE_ICON = re.compile(r"[·•]\s*(?:🌍|🌐|🌎|🌏|👥|🔒|⚙️?)\s*$")
"""The audience icon a social network puts after a post's date (``5 наурыз 2025 ж. · 🌍``)."""
AUDIENCE_WORDS = re.compile(r"[·•]\s*" + listed("header-audience-words") + r"\s*$", re.I)
"""A post's audience copied as words (``14 мая 2026 г. · Доступно всем``): the line above is the author's only when
it is as short as a name (an event's ``· Public`` follows its title)."""


HANDLE = re.compile(r"^\s*@?(?=[\w.]*[_.\d@])[a-z][\w.]{2,29}\s*$")
"""An account's handle alone at the top of a post (``aqtobe_city``, ``@steppe.news``): lower case, with a dot,
an underscore or a digit."""
POST_AGE_ALONE = re.compile(r"^\s*\d{1,2}\s?" + d.POST_AGE_UNIT + r"\s*[•·]?\s*$", re.I)
"""A post's age alone under its author (``3 сағ.``, ``5h``)."""


PAGE_ADDRESS = re.compile(r"^\s*(?:[\w-]+\.)+[a-z]{2,}/[\w./-]+\s*$", re.I)
"""A page's address without its scheme at the top of a post (``vk.com/karaganda_life``)."""


MAX_HANDLE_LINES = 12
"""An account's name and handle stand among a post's first lines, under the network's own bar."""


def _is_name_over_its_handle(spot: Spot) -> bool:
    """An account's name right over its handle (``Digital Rights Steppe`` / ``@drsteppe@kz.social``): the post's first
    line under them is the title."""
    if spot.is_last or spot.position >= MAX_HANDLE_LINES:
        return False
    name = len(spot.text.split()) <= MAX_CHANNEL_NAME_WORDS and not SENTENCE_END.search(spot.text)
    return name and ACCOUNT_HANDLE.match(spot.lines[spot.position + 1].text) is not None


def _is_handle(spot: Spot) -> bool:
    handle = HANDLE.match(spot.text) is not None or PAGE_ADDRESS.match(spot.text) is not None
    return spot.position < MAX_TOP_LINES and not spot.is_last and handle


def _is_post_author(spot: Spot) -> bool:
    """The page or person that wrote a social network post: the line above the post's date and its
    audience icon, or above the post's age alone (``2 дн. ·``): the post's first line is its title."""
    following = spot.lines[spot.position + 1].text if spot.position + 1 < len(spot.lines) else ""
    under_handle = spot.previous is not None and _is_handle(Spot(spot.lines, spot.position - 1))
    stamped = under_handle and RELATIVE_DATE_LINE.match(following.strip()) is not None  # "кеше 18:40"
    if stamped or d.POST_AGE_LINE.match(following) is not None or POST_AGE_ALONE.match(following) is not None:
        longest = MAX_TAGLINE_WORDS if _opened_by_a_network(spot.lines[: spot.position]) else MAX_BODY_NAME_WORDS
        return len(spot.text.split()) <= longest and not SENTENCE_END.search(spot.text)
    dotted = STAMP_DOT.search(following) is not None or AUDIENCE_WORDS.search(following) is not None
    if AUDIENCE_ICON.search(following) is None and not dotted:
        return False
    name = len(spot.text.split()) <= MAX_CHANNEL_NAME_WORDS and not re.search(r"[:!?]|\.$", spot.text)  # no headline
    return is_date_line(following) and (AUDIENCE_ICON.search(following) is not None or name)


def _is_author_on_a_network(spot: Spot) -> bool:
    """The page or person that wrote a post, right over its date, on a page that a network's name opens (``ВКонтакте``
    / ``Поиск`` / ``Центральная библиотечная система г. Семей`` / ``12 янв 2025 в 18:03``): a post has no headline of
    its own, so the short name over the date is its author's, and the post's first line its title."""
    if spot.position >= MAX_TOP_LINES or spot.is_last or not _opened_by_a_network(spot.lines[: spot.position]):
        return False
    stamp = spot.lines[spot.position + 1].text
    name = len(spot.text.split()) <= MAX_CHANNEL_NAME_WORDS and not re.search(r"[:!?]|\.$", spot.text)
    return name and is_date_line(stamp) and POST_STAMP_TIME.search(stamp) is not None


POST_STAMP_TIME = re.compile(r"(?:\s(?:в|at)|[·•])\s*\d{1,2}:\d{2}(?!\d)", re.I)
"""A post's stamp gives its time after ``в``, ``at`` or a dot (``12 янв 2025 в 18:03``, ``February 9 at 10:15 AM``);
an article's date line gives it after a comma, if at all (``12 января 2025, 18:03``)."""
MAX_TAGLINE_WORDS = 20
"""An author's tagline over a post's age on a network's page (``Head of People at Caspian Freight Lines | Building
teams in Aktau & Atyrau``)."""


def _opened_by_a_network(lines: list[Line]) -> bool:
    """A network's name alone on the page's first line (``Facebook``, ``ВКонтакте``), not the first of a row of share
    buttons (``Facebook`` / ``X`` / ``Telegram``)."""
    names = [line.text.strip().casefold() in NETWORK_NAMES for line in lines[:2]]
    return bool(names) and names[0] and not (len(names) > 1 and names[1])


NETWORK_NAMES = word_set("header-network-names")


STAMP_DOT = re.compile(r"\s[·•]\s*$")
"""``15 ноября в 18:40 ·``: a post's date with the dot before its audience icon, the icon lost in the copy."""


MAX_CHANNEL_NAME_WORDS = 5
"""A channel's or place's name is short; a longer line is a headline (``Museum reopens after renovation``)."""


PAGE_KIND = re.compile(r"^\s*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?\s*[·•|]\s*(?P<counts>\d.*)$")
"""A group's or page's kind, one or two words, before its counters (``Группа · 2,3 тыс. участников``)."""


MEMBER_COUNT = re.compile(
    r"^\s*\d(?:[\d,.]|\s(?=\d))*\s*(?:"
    + listed("header-count-units")
    + r"\s*)?"
    + listed("header-member-words")
    + r"\s*$",
    re.I,
)
"""A group's count of members alone (``2,3 мың қатысушы``, ``3.4K members``)."""


MAX_COUNT_CHARS = 80


def is_member_count(text: str) -> bool:
    """A channel's or group's count of followers or members, perhaps after the page's kind (``12,4K
    subscribers``, ``Public group · 3.4K members``, ``Топ · 2,3 мың қатысушы``)."""
    if len(text) > MAX_COUNT_CHARS:
        return False  # counters are short; the patterns below are slow on long runs of spaces
    kind = PAGE_KIND.match(text)
    counts = kind["counts"] if kind is not None else ""
    return d.is_follower_line(text) or d.is_follower_line(counts) or MEMBER_COUNT.match(counts) is not None


def _is_channel_name(spot: Spot) -> bool:
    """A channel's, group's, page's or place's name above its count of followers or members (``12,4K
    subscribers``, ``Группа · 2,3 тыс. участников``) or its opening hours: the first line under them that
    is no furniture is the title."""
    following = spot.lines[spot.position + 1].text if spot.position + 1 < len(spot.lines) else ""
    named = is_member_count(following) or _are_opening_hours(following)
    return named and len(spot.text.split()) <= MAX_CHANNEL_NAME_WORDS and not SENTENCE_END.search(spot.text)


def _is_over_its_handles_post(spot: Spot) -> bool:
    """An account's name or place between its handle at the top and its post, which opens with the handle
    again (``aqtobe_city`` / ``Follow`` / ``Ақтөбе қаласының әкімдігі`` / ``aqtobe_city 🌳 Саябақ ашылды!``)."""
    if spot.position >= MAX_TOP_LINES or spot.is_last or SENTENCE_END.search(spot.text):
        return False
    if len(spot.text.split()) > MAX_CHANNEL_NAME_WORDS:
        return False
    handles = [line.text.strip().lstrip("@") for line in spot.lines[: spot.position] if HANDLE.match(line.text)]
    following = spot.lines[spot.position + 1].text.lstrip("@")
    if len(following.split()) >= MIN_LEAD_WORDS and following.rstrip().endswith(SENTENCE_STOPS):
        return False  # a lead naming the site (``zakon.kz стало известно, что ...``) under its headline
    return any(following.startswith(f"{handle} ") for handle in handles)


LOGIN_PROMPT = re.compile(r"^\s*" + listed("header-login-prompts") + r"\s*$", re.I)
"""``Forgot account?``, ``Забыли пароль?``, ``Аккаунтты ұмыттыңыз ба?``: a login widget's prompt at a page's top."""
FOLLOW_BUTTON = re.compile(r"^\s*" + listed("header-follow-buttons") + r"\s*$", re.I)
"""A profile's ``Follow`` button (``Подписаться``, ``Жазылу``) beside its handle."""


def _is_account_under_its_follow_button(spot: Spot) -> bool:
    """An account's name (``Ақтөбе облыстық драма театры``: a body's or page's name) under its ``Follow`` button
    under its handle at the top of a post (``aktobe_dramteatr`` / ``Жазылу``): the post's first line under it is the
    title (``Two new reading rooms`` under the button is that first line)."""
    if spot.position >= MAX_TOP_LINES or spot.is_last or spot.position < 2 or SENTENCE_END.search(spot.text):
        return False
    if len(spot.text.split()) > MAX_CHANNEL_NAME_WORDS or not FOLLOW_BUTTON.match(spot.lines[spot.position - 1].text):
        return False
    return _is_handle(Spot(spot.lines, spot.position - 2)) and _names_a_page(spot.text)  # a post's short first line


def _is_body_over_its_post_age(spot: Spot) -> bool:
    """A group's, channel's or body's page (``Типичный Костанай``, ``Ministry of Ecology``, ``Қарағанды облысының
    әкімдігі``, ``Фонд «Жасыл дала»``) at the top, right over its post's age (``3 дня назад``, ``2 hours ago``,
    ``вчера в 18:40``): two words, or a body's name; a headline over its age has four words or more, and one
    starting with a body's head (``Министерство ввело ...``) is not taken."""
    words = spot.text.split()
    if spot.position >= MAX_TOP_LINES or spot.is_last or not 2 <= len(words) <= MAX_CHANNEL_NAME_WORDS:
        return False
    if SENTENCE_END.search(spot.text) or not RELATIVE_DATE_LINE.match(spot.lines[spot.position + 1].text):
        return False
    if _is_news_over_its_age(spot):
        return False
    quoted = words[0].lower() in BODY_HEADS and QUOTED_NAME_LAST.search(spot.text) is not None
    ended = words[-1].lower().strip(",.") in BODY_HEADS
    named = len(words) < MAX_SHORT_LABEL_WORDS or (_titled(words) and _names_a_body(words))  # ``Типичный Костанай``
    return quoted or ended or named


def _is_news_over_its_age(spot: Spot) -> bool:
    """A headline over its age and its lead: the line under the age is a sentence of the story that repeats a word
    of the line above (``Прокуратура проверит закупки акимата`` / ``... закупок городского акимата ...``), or
    the story goes on after it (a group's post in one paragraph ends the page)."""
    at = spot.position + 2
    lead = spot.lines[at].text if at < len(spot.lines) else ""
    if len(lead.split()) < MIN_LEAD_WORDS or not lead.rstrip().endswith(SENTENCE_STOPS):
        return False
    return shares_a_word(spot.text, lead) or at + 1 < len(spot.lines)


SENTENCE_STOPS = (".", "…", '."', ".»", ".”")


QUOTED_NAME_LAST = re.compile(r"[«“\"][^«»“”\"]+[»”\"]$")
"""A name in quotes closing the line (``Фонд «Жасыл дала»``)."""


CHAT_SELF = word_set("header-chat-self")
CHAT_MORE = listed("header-chat-more")
MEMBERS_NOT_SHOWN = re.compile(r"^(?:" + CHAT_MORE + r"\s*\+?\d+|\+?\d+\s*" + CHAT_MORE + r"|\+\d+)$", re.I)
"""The count of a chat's members the bar leaves out (``ещё 24``, ``24 more``, ``+24``)."""
MIN_MEMBERS, MAX_MEMBER_WORDS = 3, 3


def is_member_bar(text: str) -> bool:
    """A messenger chat's member bar (``Вы, Айгуль, Дмитрий, +7 705 311 22 80, ещё 24``): three short entries
    or more apart by commas (names or phone numbers), the reader's own among them or the count of the others
    last."""
    entries = _member_entries(text)
    if not entries:
        return False
    return any(entry.casefold() in CHAT_SELF for entry in entries) or MEMBERS_NOT_SHOWN.match(entries[-1]) is not None


def _member_entries(text: str) -> list[str]:
    """The entries of a line that may be a member bar: three short ones or more apart by commas, no sentence."""
    entries = [entry.strip() for entry in text.split(",")]
    long_entry = any(not entry or len(WORDS.findall(entry)) > MAX_MEMBER_WORDS for entry in entries)
    if len(entries) < MIN_MEMBERS or long_entry:
        return []
    if SENTENCE_END.search(text) or any(" and " in entry or " и " in entry for entry in entries):
        return []
    return entries


def _names_chat_members(text: str) -> bool:
    """A member bar with the reader's own entry or a member known only by a phone number: a chat's, not a row of
    tags or authors ending in a count (``Astana, Transport, Economy, +2``, ``Aliya Serikova, Timur Bekov, 2
    more``), which may stand under a headline."""
    entries = _member_entries(text)
    return any(entry.casefold() in CHAT_SELF or d.PHONE.fullmatch(entry) for entry in entries)


FORWARD_LABEL = re.compile(r"^\s*" + listed("header-forward-labels") + r"\s*:?\s*$", re.I)
FORWARDED_FROM = re.compile(
    r"^\s*"
    + listed("header-forward-labels")
    + r"\s+"
    + listed("header-forward-from")
    + r"\s*:?\s*(?P<name>\S.{0,80})$",
    re.I,
)
"""A messenger's ``Forwarded from Steppe News``, ``Переслано из: Водоканал города`` over the post it forwards."""
"""A messenger's ``Forwarded``, ``Пересылалось много раз`` over the message it forwards."""


def _is_under_a_forward_label(spot: Spot) -> bool:
    """A channel's name alone under a messenger's ``Forwarded from`` label copied on a line of its own: the forwarded
    post's first line under it is the title."""
    previous = spot.previous
    if previous is None or spot.is_last or spot.position >= MAX_HANDLE_LINES:
        return False
    name = len(spot.text.split()) <= MAX_BODY_NAME_WORDS and not SENTENCE_END.search(spot.text)
    return name and FORWARD_FROM_LABEL.match(previous.text) is not None


FORWARD_FROM_LABEL = re.compile(
    r"^\s*" + listed("header-forward-labels") + r"\s+" + listed("header-forward-from") + r"\s*:?\s*$", re.I
)
"""``Forwarded from``, ``Переслано из``: the label alone, the channel's name on the next line."""


def is_forwarded_from(text: str) -> bool:
    """``Forwarded from Steppe News``, ``Переслано из: Водоканал города``: the label and a channel's name, with no
    colon after the name (``Forwarded from the past: letters of 1942 found ...`` is a headline)."""
    match = FORWARDED_FROM.match(text)
    if match is None:
        return False
    return ":" not in text[match.start("name") :]  # an official channel's name may be long


def _is_chat_name(spot: Spot) -> bool:
    """A chat's name at the top, over its member bar: the message under them holds the title."""
    following = spot.lines[spot.position + 1].text if spot.position + 1 < len(spot.lines) else ""
    short = len(spot.text.split()) <= MAX_BODY_NAME_WORDS and not SENTENCE_END.search(spot.text)
    return spot.position < MAX_TOP_LINES and short and is_member_bar(following) and _names_chat_members(following)


def _under_a_bar(spot: Spot) -> bool:
    """The line under a messenger's ``Pinned message`` bar (``📌 Pinned message``: the pinned post's first line,
    not the post shown, unless the story goes on right under it), or under a member's name and degree (``Name •
    2nd``: their tagline)."""
    previous = spot.previous
    if previous is None or spot.is_last:
        return False
    if d.PINNED_LABEL.match(ICONS.sub("", previous.text)) is not None:
        return not is_lead(spot.lines[spot.position + 1].text)  # a lead under it: the pinned post is the one shown
    return d.PROFILE_LINE.match(previous.text) is not None


def _under_an_ad_label(spot: Spot) -> bool:
    """The line under ``Advertisement`` or ``Реклама`` at the top, with a headline further down: the ad's text."""
    previous = spot.previous
    if previous is None or spot.is_last or d.AD_LABEL.match(previous.text) is None:
        return False
    _, following = _next_headline(spot)
    return 4 <= len(following.split()) <= MAX_HEADLINE_WORDS and not following.rstrip().endswith(".")


TIME_RANGE = re.compile(r"\d{1,2}[:.]\d{2}\s*[–—-]\s*\d{1,2}[:.]\d{2}")
MAX_HOURS_WORDS = 8


HOURS_LABEL = re.compile(r"^\s*" + listed("header-hours-words") + r"(?!\w)", re.I)
"""Opening hours under their label, first on the line (``Open daily``, ``Режим работы:``), not in a headline."""
WEEKDAY = listed("dates-weekdays")
WEEKDAY_RANGE = re.compile(r"(?<!\w)" + WEEKDAY + r"\.?\s*[–—-]\s*" + WEEKDAY + r"(?!\w)", re.I)
"""The days a place is open (``Tue–Sun``, ``сейсенбі–жексенбі``)."""
HOURS_CUE = re.compile(r"(?<!\w)(?:" + WEEKDAY + "|" + listed("header-hours-words") + r")(?!\w)", re.I)
"""A weekday or a word of opening hours: not counted among the line's other words."""


def _are_opening_hours(text: str) -> bool:
    """``Open: Tue–Sun, 10:00–18:00``: a place's opening hours, short, under a label or with its days (a
    headline may give hours too: ``Metro to run 06:00–01:00 over the holidays``)."""
    short = len(text.split()) <= MAX_HOURS_WORDS
    cued = HOURS_LABEL.match(text) is not None or WEEKDAY_RANGE.search(text) is not None
    if not short or not cued or TIME_RANGE.search(text) is None:
        return False
    others = WORDS.findall(HOURS_CUE.sub(" ", TIME_RANGE.sub(" ", text)))
    return len(others) <= MAX_HOURS_OTHER_WORDS  # not ``Open Doors Day at Semey Medical University 10:00–14:00``


MAX_HOURS_OTHER_WORDS = 3


HEADER_RULES: Rules = (
    (lambda spot: is_place_date_line(spot.text), LineRole.DATE),
    (_is_post_author, LineRole.DEBRIS),
    (_is_author_on_a_network, LineRole.DEBRIS),
    (_is_handle, LineRole.DEBRIS),
    (_is_name_over_its_handle, LineRole.DEBRIS),
    (lambda spot: spot.position < MAX_TOP_LINES and POST_AGE_ALONE.match(spot.text) is not None, LineRole.DEBRIS),
    (_is_channel_name, LineRole.DEBRIS),
    (_is_over_its_handles_post, LineRole.DEBRIS),
    (_is_account_under_its_follow_button, LineRole.DEBRIS),
    (_is_body_over_its_post_age, LineRole.DEBRIS),
    (lambda spot: spot.position < MAX_TOP_LINES and is_member_count(spot.text), LineRole.DEBRIS),
    (_under_a_bar, LineRole.DEBRIS),
    (_is_chat_name, LineRole.DEBRIS),
    (lambda spot: spot.position < MAX_TOP_LINES and is_member_bar(spot.text), LineRole.DEBRIS),
    (lambda spot: spot.position < MAX_TOP_LINES and FORWARD_LABEL.match(spot.text) is not None, LineRole.DEBRIS),
    (lambda spot: spot.position < MAX_TOP_LINES and is_forwarded_from(spot.text), LineRole.DEBRIS),
    (
        lambda spot: spot.position < MAX_HANDLE_LINES and FORWARD_FROM_LABEL.match(spot.text) is not None,
        LineRole.DEBRIS,
    ),
    (_is_under_a_forward_label, LineRole.DEBRIS),
    (_under_an_ad_label, LineRole.DEBRIS),
    (lambda spot: _are_opening_hours(spot.text), LineRole.DEBRIS),
    (_is_preheader, LineRole.DEBRIS),
    (_is_notice_over_a_headline, LineRole.DEBRIS),
    (lambda spot: spot.position < MAX_TOP_LINES and LOGIN_PROMPT.match(spot.text) is not None, LineRole.DEBRIS),
    (lambda spot: spot.position < MAX_TOP_LINES and BROWSER_LINK.match(spot.text) is not None, LineRole.DEBRIS),
    (_is_cover_note, LineRole.DEBRIS),
    (_is_forwarded_subject, LineRole.DEBRIS),
    (_is_above_an_issue_line, LineRole.DEBRIS),
    (_is_newsletter_issue, LineRole.DEBRIS),
    (_is_byline, LineRole.BYLINE),
    (_is_source_line, LineRole.SOURCE),
    (_is_page_furniture, LineRole.DEBRIS),
    (_is_cut_link_row, LineRole.DEBRIS),
    (_in_a_cookie_banner, LineRole.DEBRIS),
    (_is_site_banner, LineRole.DEBRIS),
    (lambda spot: is_undated_posted_by(spot.text), LineRole.DEBRIS),
    (lambda spot: credit_of(spot.text) is not None, LineRole.CREDIT),
    (lambda spot: is_bare_byline(spot.text), LineRole.DEBRIS),
    (_is_breadcrumb_above_headline, LineRole.DEBRIS),
    (_is_cut_copy_of_a_line_below, LineRole.DEBRIS),
    (_is_site_bar, LineRole.DEBRIS),
    (_is_picture_above_headline, LineRole.CAPTION),
    (_is_caption_under_its_credit, LineRole.CAPTION),
    (_is_site_name, LineRole.DEBRIS),
    (_is_site_with_address, LineRole.DEBRIS),
    (_is_press_office_over_a_dated_headline, LineRole.DEBRIS),
    (_is_programme_kicker, LineRole.DEBRIS),
    (_is_above_the_crumbs, LineRole.DEBRIS),
    (_under_a_site_name, LineRole.DEBRIS),
    (is_label_by_shape, LineRole.DEBRIS),
    (_is_known_source, LineRole.DEBRIS),
    (_is_above_a_menu, LineRole.DEBRIS),
    (_is_above_a_dated_headline, LineRole.DEBRIS),
    (_is_over_a_short_dated_headline, LineRole.DEBRIS),
    (_is_unrelated_to_the_story, LineRole.DEBRIS),
)
"""The header's rules, in the order they win; the first line no rule takes is the title."""


TAB_TITLE = re.compile(r"^(?P<headline>.{10,}?)\s+[|–—-]\s+(?P<site>(?:(?!\s[|–—-]\s)[^|–—]){2,60})$")
"""``Headline — Site``, ``Headline | Телеканал «Сарыарка-24»``: a site's name may hyphenate its words."""
MAX_SITE_WORDS, ECHO_WINDOW, MIN_ECHO_WORDS, ECHO_SHARE, MIN_LEAD_WORDS = 4, 40, 4, 0.6, 8


def _echoed(headline: str, text: str) -> bool:
    """``text`` repeats ``headline``: whole, as its end (``PRESS RELEASE: Title``), or in its first
    words (a browser tab's shorter wording of the same headline)."""
    if len(text.split()) < MIN_ECHO_WORDS or len(text.split()) > MAX_HEADLINE_WORDS or text.rstrip().endswith("."):
        return False
    headline, text = headline.casefold(), text.casefold()  # ``NORDAVIA OPENS ...`` echoes ``Nordavia opens ...``
    words, said = text.split(), headline.split()
    if headline == text or headline.endswith(f" {text}"):
        return True
    shared = next((n for n, pair in enumerate(zip(said, words, strict=False)) if pair[0] != pair[1]), len(said))
    return shared >= MIN_ECHO_WORDS and shared >= ECHO_SHARE * min(len(words), len(said))


def _announced_headline(text: str, position: int) -> tuple[str, bool] | None:
    """The headline a line announces, and whether it is a browser tab's: an e-mail's ``Subject: Title``
    (not a newsletter's name and issue), or the text's first line ``Title | Site`` (a site's name: up to
    four words, capitalised)."""
    field = EMAIL_FIELD.match(text)
    if field is not None and SUBJECT_FIELD.match(text) is None:
        return None  # ``From: Press office <press@...>`` names the sender, whom the signature repeats
    if field is not None:
        label, colon, rest = field["value"].partition(":")
        headline = rest.strip() if colon and d.is_label(label) else field["value"]  # PRESS RELEASE: Title
        return None if is_issue_name(headline) else (headline, False)
    tab = TAB_TITLE.match(text) if position == 0 else None
    if tab is None:
        return None
    site = tab["site"].strip()
    if len(site.split()) > MAX_SITE_WORDS or site.endswith(TERMINAL) or site[:1].islower():
        return None
    return tab["headline"], True


def _is_lead(text: str) -> bool:
    """A sentence of the story: a browser tab's headline is repeated above it, never below."""
    return len(text.split()) >= MIN_LEAD_WORDS and SENTENCE_END.search(text) is not None


def echoed_headline(lines: list[Line]) -> int | None:
    """The position of a headline announced by a line above it (a browser tab's title, an e-mail's
    subject) and repeated below: that line is the title, all above it is the page's header."""
    texts = [line.text for line in lines[:ECHO_WINDOW]]
    for position, text in enumerate(texts):
        announced = _announced_headline(text, position)
        if announced is None:
            continue
        headline, tab = announced
        for at in range(position + 1, len(texts)):
            if _echoed(headline, texts[at]):
                return at
            if tab and _is_lead(texts[at]):
                break
    return None


def mark_header(lines: list[Line], registry: Registry) -> int:
    """Give the header lines their roles and the title its role; the title's position (a headline
    announced above and repeated, or the first line no header rule takes)."""
    echoed = echoed_headline(lines)
    for position, line in enumerate(lines):
        role = None if position == echoed else first_role(HEADER_RULES, Spot(lines, position, 0, registry))
        if role is None and echoed is not None and position < echoed:
            role = LineRole.DEBRIS
        if role is None:
            return _title_at(lines, position, registry, checked=position == echoed)
        line.role = role
    raise ValueError("no title: every line looks like page furniture")


def _names_a_page(text: str) -> bool:
    """``Пресс-служба акимата области``, ``Школа-лицей № 38``, ``QAZAQ ǴYLYM``, ``Kokshetau Regional Library``: a press
    office's or body's name, or a line all of whose words are capitalised (a compound's first part may be the head)."""
    words = text.split()
    if not words or PRESS_OFFICE.match(text) or _titled(words):
        return True
    heads = {words[0].lower(), words[0].lower().split("-")[0], words[-1].lower().strip(",.")}
    return bool(heads & OWNER_HEADS) or _names_a_body(words)


OWNER_HEADS = word_set("header-owner-heads")


def _title_at(lines: list[Line], position: int, registry: Registry, *, checked: bool) -> int:
    """Mark the title: the line the rules leave at ``position``, or a stronger headline a few lines under it
    (``newsroom.importer.headline``), or a line below that the title scorer prefers by more than the rules' prior
    (``newsroom.importer.titlescore``; never over a headline announced above and repeated, ``checked``; by any
    margin under a line of icons, ``☰``); the lines between keep the role a rule gives them or become debris."""

    roles: dict[int, LineRole | None] = {}

    def role_at(at: int) -> LineRole | None:  # the lines' roles do not change while the safeguard looks: once each
        if at not in roles:
            roles[at] = first_role(HEADER_RULES, Spot(lines, at, 0, registry))
        return roles[at]

    stronger = (
        None if checked else stronger_headline(lines, position, role_at, named=_names_a_page, counted=is_member_count)
    )
    if stronger is not None and _is_echoed_headline(lines, position):
        stronger = None  # ``Инфляция в октябре: 8,5%``, ``Astana > Almaty in 7 hours``: the story's own subject
    if stronger is not None:
        stronger = _echoed_headline_over(lines, position, stronger, role_at)
    if stronger is not None:
        position = _demote_above(lines, position, stronger, role_at)
    icons = _is_icons(lines[position].text)  # a page's icons: the scorer chooses under them with no prior
    prior = 0.0 if icons else RULES_PRIOR
    scored = None if checked else preferred_title([line.text for line in lines], position, prior=prior)
    scored = _first_words_under(lines, position, role_at) if icons and scored is None else scored
    position = position if scored is None else _demote_above(lines, position, scored, role_at)
    lines[position].role = LineRole.TITLE
    return position


def _is_icons(text: str) -> bool:
    """A line without a letter or a digit (``☰``, ``🔍``, ``* * *``): a page's buttons or a rule, never its title."""
    return not any(char.isalnum() for char in text)


def _first_words_under(lines: list[Line], at: int, role_at: RoleAt) -> int | None:
    """The first line under the one at ``at`` that no rule takes and that has words (the title under a page's
    icons); None when there is none."""
    return next(
        (below for below in range(at + 1, len(lines)) if role_at(below) is None and not _is_icons(lines[below].text)),
        None,
    )


def _is_echoed_headline(lines: list[Line], at: int) -> bool:
    """A field and its figure (``Population of Kazakhstan: 20 512 000``) or a trail whose first step is a menu's entry,
    in sentence case or with a colon in its last step (``Astana > Almaty in 7 hours: new train from June``), that the
    story repeats strongly: the story's headline, not a page's field or crumbs."""
    text = lines[at].text
    headed = _in_sentence_case(text) or ": " in CRUMB_SEPARATOR.split(text)[-1]  # a section's name is in Title Case
    trail = is_trail_of_the_menu(lines, at) and headed  # ``Shymkent > Tashkent: Trains Return``: a crumb has no colon
    if not (is_field_value(text) or trail):
        return False
    return strongly_echoed([line.text for line in lines], at)


def _echoed_headline_over(lines: list[Line], at: int, stronger: int, role_at: RoleAt) -> int:
    """The headline the safeguard passes over on its way from the line at ``at`` to the one at ``stronger``: a line
    the rules leave right over it, a field and its figure or a menu's trail that the story repeats strongly
    (``Население Казахстана: 20 512 000`` over its deck, under a site's name); else ``stronger``."""
    above = stronger - 1
    if above <= at or role_at(above) is not None or not _is_echoed_headline(lines, above):
        return stronger
    return above


def _in_sentence_case(text: str) -> bool:
    """A content word (four letters or more, no stop word) in lower case (``Astana > Almaty in 7 hours: new train``;
    ``Grant Assistance for Grassroots Projects`` has only its function words in lower case)."""
    return any(word.islower() and word not in ECHO_STOPWORDS for word in ECHO_WORD.findall(text))


def _demote_above(lines: list[Line], position: int, title: int, role_at: RoleAt) -> int:
    """The lines from ``position`` to the title at ``title`` keep the role a rule gives them or become dates or
    debris; the title's position."""
    for at in range(position, title):
        lines[at].role = role_at(at) or (LineRole.DATE if is_bare_date(lines[at].text) else LineRole.DEBRIS)
    return title


_TAG = listed("header-title-tags")
TITLE_TAG_BEFORE = re.compile(r"^\s*[\[(]?" + _TAG + r"[\])]?\s*(?:[|•·–—]\s*|(?<=[\])])\s*)(?P<title>\S.{9,})$", re.I)
TITLE_TAG_GLUED = re.compile(r"^(?P<tag>" + _TAG + r")(?P<title>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі].{8,})$", re.I)
TITLE_TAG_AFTER = re.compile(r"^(?P<title>.{10,}?)\s*(?:[|–—-]\s*|[\[(])" + _TAG + r"[\])]?\s*$", re.I)


def strip_title_tag(title: str) -> str:
    """``ARCHIVE | Title``, ``ARCHIVETitle``, ``Title [Video]`` -> ``Title``: the page's tag glued to the headline."""
    for pattern in (TITLE_TAG_BEFORE, TITLE_TAG_AFTER):
        match = pattern.match(title)
        if match:
            return match["title"].strip()
    glued = TITLE_TAG_GLUED.match(title)
    if glued and glued["tag"].isupper():
        return glued["title"].strip()
    return title


def strip_site_suffix(title: str, registry: Registry) -> str:
    """``Title | UN News`` -> ``Title`` (only when the suffix names a known source)."""
    match = re.match(r"^(?P<title>.{10,}?)\s+[|–—-]\s+(?P<site>[^|–—-]{2,40})$", title)
    if match and registry.sources.get(match["site"].strip()):
        return match["title"].strip()
    return title
