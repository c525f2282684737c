"""The body-roles stage: each body line not yet taken by a block gets its role from ``BODY_RULES``,
the first rule that holds. Bylines, agency trailers and contact lines count only near the start or
the end of the text, where pages put them."""

from __future__ import annotations

import re

from newsroom.importer import debris as d
from newsroom.importer.blocks import MIN_PARAGRAPH_WORDS, is_paragraph
from newsroom.importer.bylines import (
    author_with_role,
    byline_of,
    is_agency_trailer,
    is_author_role,
    is_bare_byline,
    is_name_after_label,
)
from newsroom.importer.captions import caption_and_credit_inline, caption_label_of, credit_of
from newsroom.importer.dates import (
    date_of_line,
    in_a_chronology,
    is_date_line,
    is_place_date_line,
    is_publication_stamp,
    is_update_stamp,
)
from newsroom.importer.events import event_fields
from newsroom.importer.furniture import (
    ACCOUNT_HANDLE,
    DIGIT,
    is_helpfulness_question,
    is_link_row,
    is_plain_breadcrumb,
    is_posted_by_footer,
    is_table_row,
    is_undated_posted_by,
    is_widget_answer,
    labels_below,
)
from newsroom.importer.lines import TERMINAL, Line, LineRole, Rules, Spot, first_role
from newsroom.importer.pagefields import closing_fields, page_fields
from newsroom.importer.patterns import SENTENCE_END, listed
from newsroom.importer.timeline import entry_times
from newsroom.importer.wordlists import word_set

MAX_SOURCE_LINE_WORDS = 12
MAX_INLINE_CREDIT_WORDS = 25
MAX_AUTHOR_WORDS = 3
MAX_TEASER_WORDS = 20


def _name_after_byline_label(spot: Spot) -> bool:
    """``Jane Smith`` under a bare ``Author:``."""
    previous = spot.previous
    return previous is not None and previous.role is LineRole.BYLINE_LABEL and is_name_after_label(spot.text)


def _name_under_a_credit(spot: Spot) -> bool:
    """``Айдос Бекенов`` under ``Фото автора``, with page furniture (or nothing) after it: the author's
    (and photographer's) bare name; above the story's text, a short Title Case line is a crosshead."""
    previous, words = spot.previous, spot.text.split()
    following = spot.lines[spot.position + 1] if not spot.is_last else None
    return (
        previous is not None
        and previous.role is LineRole.CREDIT
        and (following is None or following.role is not LineRole.BODY or d.is_debris(following.text))
        and 2 <= len(words) <= MAX_AUTHOR_WORDS
        and all(word[:1].isupper() for word in words)
        and is_name_after_label(spot.text)
    )


def _author_under_the_title(spot: Spot) -> bool:
    """A bare name right under the title, over page furniture or a date (``Lars Holmqvist`` / ``Follow``):
    the author, as blog platforms show them; under the title and its standfirst, over a date only."""
    at = spot.position + 1
    if spot.into_body > 1 or at >= len(spot.lines):
        return False
    words = spot.text.split()
    following = spot.lines[at].text
    under_the_title = spot.into_body == 0 and (d.is_debris(following) or is_author_role(following))
    return (
        2 <= len(words) <= MAX_AUTHOR_WORDS
        and all(word[:1].isupper() for word in words)
        and is_name_after_label(spot.text)
        and (under_the_title or is_date_line(following))
    )


def _role_under_the_author(spot: Spot) -> bool:
    """``Senior Fellow, Cities Programme`` under the author's name near the title: the author's role."""
    previous = spot.previous
    under_a_byline = previous is not None and previous.role is LineRole.BYLINE
    return spot.into_body <= 2 and under_a_byline and is_author_role(spot.text)


def _author_with_role_under_the_title(spot: Spot) -> bool:
    """``Aigerim Sultanbekova, Senior Fellow, Connectivity Programme`` right under the title (a date line
    such as ``Posted Friday, November 20, 2026 4:15 pm`` is no author)."""
    return spot.into_body <= 1 and author_with_role(spot.text) is not None and not is_date_line(spot.text)


def _byline_near_an_edge(spot: Spot) -> bool:
    """A byline among the story's first or last lines, or right under another byline (``Корреспондент:
    ...`` / ``Оператор: ...``)."""
    previous = spot.previous
    after_byline = previous is not None and previous.role is LineRole.BYLINE
    near = spot.into_body < 4 or _body_lines_before(spot) < 2 or spot.from_end < 5  # dates, counters between
    return (near or after_byline) and byline_of(spot.text) is not None


def _body_lines_before(spot: Spot) -> int:
    """How many lines above this one, under the title, are still body (not a date, a counter, a credit)."""
    return sum(line.role is LineRole.BODY for line in spot.lines[spot.body_start : spot.position])


MAX_STAMP_WORDS = 8


def is_dated_stamp(text: str) -> bool:
    """``Дата обновления: 12.03.2026 09:15``, ``Соңғы өзгеріс: 13.06.2026``: a labelled stamp with its date."""
    stamped = is_update_stamp(text) or is_publication_stamp(text)
    return stamped and len(text.split()) <= MAX_STAMP_WORDS and date_of_line(text) is not None


MIN_STORY_SENTENCE_WORDS = 8


def _after_the_story(spot: Spot) -> bool:
    """No sentence of the story below this line: what follows is page furniture (short links, lists
    already taken, notices such as a cookie banner)."""
    for line in spot.lines[spot.position + 1 :]:
        text = line.text
        sentence = len(text.split()) >= MIN_STORY_SENTENCE_WORDS and SENTENCE_END.search(text) is not None
        if line.role is LineRole.BODY and sentence and not d.is_debris(text):
            return False
    return True


SECOND_CREDIT = re.compile(r";\s*(?:editing|writing|additional reporting|graphics|production)\s+by\s", re.I)
"""``...; Editing by ...``: a trailer crediting its reporters and its editors, no story's sentence."""


def _agency_trailer(spot: Spot) -> bool:
    """``Reporting by ...; Editing by ...`` among the last lines, or above nothing but page furniture, or above
    mostly page furniture when it credits the editors too."""
    if not is_agency_trailer(spot.text):
        return False
    both = SECOND_CREDIT.search(spot.text) is not None and _mostly_furniture_below(spot)
    return both or spot.from_end < 5 or _after_the_story(spot)


FURNITURE_SHARE = 0.75


def _mostly_furniture_below(spot: Spot) -> bool:
    """Three lines in four below this one are page furniture already (a related list, a footer): the story is
    over, whatever sentence of the publisher's stands among them."""
    below = spot.lines[spot.position + 1 :]
    furniture = [line for line in below if line.role is not LineRole.BODY or d.is_debris(line.text)]
    return bool(below) and len(furniture) >= FURNITURE_SHARE * len(below)


TABLE_CELLS = re.compile(r"\S\s*(?:\||\t)\s*\S")
"""A table's row: cells apart by a bar or a tab (``2025 | 14,8 | 10,2``)."""


def _source_line(spot: Spot) -> bool:
    """``Source: Kazinform``: the article's source; not a table's, right under its last row (``Источник:
    Центральный банк`` under ``2025 | 14,8 | 10,2``), which is the story's text."""
    under_a_table = spot.previous is not None and TABLE_CELLS.search(spot.previous.text) is not None
    return d.source_of(spot.text) is not None and len(spot.text.split()) <= MAX_SOURCE_LINE_WORDS and not under_a_table


CREDITS_APART = re.compile(r"\s+[·•|]\s+")
MAX_CREDITS_ROW_WORDS = 16


def _credits_row(spot: Spot) -> bool:
    """``Photographs by Ilya Korneev · Text by Dana Sultan``, ``Фото: ... | Текст: ...``: a story's credits on one
    line, each part a picture's credit or a byline (the people named take no part in the story)."""
    parts = CREDITS_APART.split(spot.text.strip())
    return (
        len(parts) >= 2
        and len(spot.text.split()) <= MAX_CREDITS_ROW_WORDS
        and all(credit_of(part) is not None or byline_of(part) is not None for part in parts)
    )


def _first_inline_credit(spot: Spot) -> bool:
    """``Caption. Photo: Name`` when no credit came before."""
    return (
        len(spot.text.split()) <= MAX_INLINE_CREDIT_WORDS
        and not spot.credit_before
        and caption_and_credit_inline(spot.text) is not None
    )


def _contact_near_an_edge(spot: Spot) -> bool:
    return (
        (spot.into_body < 3 or spot.from_end < 6)
        and (d.is_contact(spot.text) or d.is_imprint_line(spot.text))
        and not _number_for_readers(spot)
    )


DASHED_ENTRY = re.compile(r"^\s*\S.*?\s[–—-]\s+\S.*$")
"""``112 – единый номер экстренных служб``: a list's entry, a number and what it is, apart by a dash."""
NUMBERS_REACH, MIN_CALL_WORDS = 4, 5
PRESS_ANNOUNCER = re.compile(r"(?<!\w)" + listed("roles-press-announcers") + r"(?!\w)", re.I)
"""A press office or the media named in the line announcing the numbers: contacts for journalists, not readers."""


def _number_for_readers(spot: Spot) -> bool:
    """``8 (7112) 51-03-03 – дежурная часть``: one of the numbers the story gives its readers, listed under a
    sentence that announces them (``..., звоните:``, five words or more: ``Media contacts:`` is a label),
    with only the list's other entries between."""
    if not DASHED_ENTRY.match(spot.text):
        return False
    for position in range(spot.position - 1, max(spot.position - 1 - NUMBERS_REACH, -1), -1):
        text = spot.lines[position].text
        if text.rstrip().endswith(":"):
            press = PRESS_ANNOUNCER.search(text) is not None  # ``..., journalists may contact the press service:``
            return len(text.split()) >= MIN_CALL_WORDS and not d.is_contact(text) and not press
        if not DASHED_ENTRY.match(text):
            return False
    return False


def _label_at_the_start(spot: Spot) -> bool:
    text = spot.text
    return spot.into_body < 3 and (d.is_label(text) or d.is_breadcrumb(text) or is_plain_breadcrumb(text))


def _alt_text_over_a_list(spot: Spot) -> bool:
    """``Снежный барс идет по склону горы`` right over ``Popular``: a picture's alt text whatever its first word,
    one phrase saying what is seen, between the story and the list of other stories (no crosshead stands there)."""
    following = spot.lines[spot.position + 1].text if not spot.is_last else ""
    return d.is_block_heading(following) and d.is_picture_description(spot.text, any_opening=True)


def _picture_description(spot: Spot) -> bool:
    """A picture's alt text, not an item of a list whose bullets were lost on copy (after a colon)."""
    previous = spot.previous
    if d.is_labelled_picture_description(spot.text) or _alt_text_over_a_list(spot):
        return True
    return d.is_picture_description(spot.text) and not (previous is not None and previous.text.endswith(":"))


def _link_row_at_an_edge(spot: Spot) -> bool:
    """A row of links on one line (``Privacy notice   Terms of use   Fraud alert``) among the story's first
    or last lines, or under a prompt already left out (``Read more on these topics:``): in the story, the same
    shape may be a row of a table."""
    neighbours = [line.text for line in spot.lines[max(spot.position - 1, 0) : spot.position + 2]]
    neighbours.remove(spot.text)
    previous = spot.previous
    prompt = previous is not None and previous.role is LineRole.DEBRIS and previous.text.rstrip().endswith(":")
    edge = spot.into_body < 3 or spot.from_end < 4 or prompt
    return edge and is_link_row(spot.text) and not is_table_row(spot.text, neighbours)


def _teaser_under_a_prompt(spot: Spot) -> bool:
    """The other story's headline under a ``Читайте также:`` / ``Read also:`` / ``Смотрите также`` line: no stop at
    its end."""
    previous = spot.previous
    return (
        previous is not None
        and previous.role is LineRole.DEBRIS
        and (d.TEASER_PROMPT.match(previous.text) is not None or d.ALSO_PROMPT.match(previous.text) is not None)
        and len(spot.text.split()) <= MAX_TEASER_WORDS
        and not spot.text.rstrip().endswith(TERMINAL)
    )


def _posted_by_footer(spot: Spot) -> bool:
    """``Posted by Jane Smith at 9:41 PM`` anywhere; ``Posted by Jane Smith on 3 March 2026`` under the
    story's first lines (right under the title, it is the byline that dates the story)."""
    return is_undated_posted_by(spot.text) or (spot.into_body > 2 and is_posted_by_footer(spot.text))


PRESS_OFFICE_SIGNATURE = re.compile(
    r"^\s*" + listed("bylines-press-offices") + r"\b[^,]{0,60},\s*(?P<name>[^,]{2,40})$", re.I
)
MAX_SIGNATURE_NAME_WORDS = 4


def _press_office_signature(spot: Spot) -> bool:
    """``Пресс-служба акимата района, Н. Айдарова`` under the story: the office and its officer, who signs."""
    match = PRESS_OFFICE_SIGNATURE.match(spot.text)
    name = match["name"].strip() if match else ""
    return bool(name) and len(name.split()) <= MAX_SIGNATURE_NAME_WORDS and is_name_after_label(name)


PROVIDER_LABEL = re.compile(r"^\s*" + listed("debris-provider-labels") + r"\s*:?\s*$", re.I)
"""``News provided by`` alone on its line: the sender's name is on the next line."""
MAX_PROVIDER_WORDS = 6


def _provider_label(spot: Spot) -> bool:
    """``News provided by`` over a short name (the company that sent the release)."""
    following = spot.lines[spot.position + 1].text if not spot.is_last else ""
    return (
        PROVIDER_LABEL.match(spot.text) is not None
        and 0 < len(following.split()) <= MAX_PROVIDER_WORDS
        and SENTENCE_END.search(following) is None
    )


def _provider_under_its_label(spot: Spot) -> bool:
    """The company's name under ``News provided by``."""
    previous = spot.previous
    return (
        previous is not None
        and PROVIDER_LABEL.match(previous.text) is not None
        and len(spot.text.split()) <= MAX_PROVIDER_WORDS
        and SENTENCE_END.search(spot.text) is None
    )


STREET = re.compile(r"(?<!\w)" + listed("debris-street-words") + r"(?!\w)", re.I)
HOUSE_NUMBER = re.compile(r"(?<!\w)\d{1,4}[а-яa-z]?(?!\w)", re.I)
MAX_ADDRESS_WORDS, ADDRESS_REACH, MAX_ADDRESS_LOWER_WORDS = 12, 6, 1
LOWER_WORD = re.compile(r"(?<![\w«\"“])[a-zа-яёәғқңөұүһі][\w’'-]*")
NAME_CONNECTORS = word_set("orgs-connectors", "en")
"""Small words inside an organisation's name (``Embassy of Canada to Kazakhstan``): no sign of a sentence."""


def _address_near_the_end(spot: Spot) -> bool:
    """``IOM Kazakhstan, 14 Mambetov Street, Astana 010000`` among the page's last lines: an organisation's
    postal address (a street and a house number, parts set apart by commas, no sentence); not an item of the
    story's list (under a heading ending in ``:`` or beside another address)."""
    if not (spot.from_end <= ADDRESS_REACH and spot.into_body > 1 and _is_address(spot.text)):
        return False
    previous = spot.previous.text if spot.previous is not None else ""
    following = spot.lines[spot.position + 1].text if not spot.is_last else ""
    return not previous.rstrip().endswith(":") and not _is_address(previous) and not _is_address(following)


def _share_under_a_fund_progress(spot: Spot) -> bool:
    """``37%`` right under ``Raised so far: $312,400 of $850,000 goal``: the fundraiser's bar, not the story's
    figure."""
    previous = spot.previous
    return (
        d.PERCENT_ALONE.match(spot.text) is not None
        and previous is not None
        and d.FUND_PROGRESS.match(previous.text) is not None
    )


MIN_QUOTING_WORDS = 4


def _notice_quoted_by_the_story(spot: Spot) -> bool:
    """``Materials may be used only with a hyperlink to the source`` right under the story's sentence closing on a
    colon (``The key sentence of the law reads:``): the rule the story quotes, not the site's terms of reuse."""
    previous = spot.previous
    return (
        previous is not None
        and previous.role is LineRole.BODY
        and previous.text.rstrip().endswith((":", "："))
        and len(previous.text.split()) >= MIN_QUOTING_WORDS
        and d.is_reuse_notice(spot.text)
    )


def _plea_beside_furniture(spot: Spot) -> bool:
    """``The Baku Ledger is funded by its readers`` beside the page's furniture (``Become a member``, a button): the
    membership's plea; among the story's lines, the story's sentence about the site."""
    if d.MEMBERSHIP_PLEA.match(spot.text) is None:
        return False
    previous = spot.previous
    following = spot.lines[spot.position + 1].text if not spot.is_last else ""
    return (previous is not None and (previous.role is not LineRole.BODY or d.is_debris(previous.text))) or (
        d.is_debris(following) if following else True
    )


MAX_POSTER_WORDS = 4


def _name_over_a_handle(spot: Spot) -> bool:
    """``Дарина Кусаинова-Вебер`` over ``@darina_urban``: an embedded post's author, its name over its handle (the
    post's text under them is quoted in the story)."""
    if spot.is_last or len(spot.text.split()) > MAX_POSTER_WORDS or spot.text.rstrip().endswith(TERMINAL):
        return False
    return ACCOUNT_HANDLE.match(spot.lines[spot.position + 1].text) is not None


OWN_ADDRESS = re.compile(r"^\s*" + listed("debris-address-labels") + r"\s*[:：]", re.I)


def _own_address_in_the_footer(spot: Spot) -> bool:
    """``Наш адрес: г. Шымкент, ул. ...`` under the page's furniture (a share button, the tags): the publisher's own
    address in its footer (under a post's own text, ``Our address: ...`` tells the readers where to come)."""
    previous = spot.previous
    return (
        spot.into_body > 1
        and OWN_ADDRESS.match(spot.text) is not None
        and previous is not None
        and previous.role is not LineRole.BODY
    )


def _is_address(text: str) -> bool:
    return (
        len(text.split()) <= MAX_ADDRESS_WORDS
        and text.count(",") >= 1
        and SENTENCE_END.search(text) is None
        and STREET.search(text) is not None
        and HOUSE_NUMBER.search(text) is not None
        and len(_lower_words(STREET.sub(" ", text))) <= MAX_ADDRESS_LOWER_WORDS  # names, not a sentence
    )


def _registration_near_the_end(spot: Spot) -> bool:
    """``... is a registered charity in England and Wales (1176543).`` among the page's last lines: the
    publisher's legal footer (within the story, a company's number is the story's)."""
    return spot.from_end <= ADDRESS_REACH and spot.into_body > 1 and d.is_registration_line(spot.text)


def _lower_words(text: str) -> list[str]:
    """The words of ``text`` written in lower case, but the small words of a name."""
    return [word for word in LOWER_WORD.findall(text) if word not in NAME_CONNECTORS]


BIO_REACH = 2


def _bio_under_followers(spot: Spot) -> bool:
    """``Teacher in Kordai. I write about ...`` between an author's ``41 Followers`` and the ``Follow`` button, in one
    or two lines (``Writer for Steppe Stories`` / ``Journalist in Bishkek. ...``), a separator (``·``) allowed."""
    if len(spot.text.split()) > MAX_BIO_WORDS:
        return False
    lines, at = spot.lines, spot.position
    above = [line.text for line in lines[max(0, at - 1 - BIO_REACH) : at]]
    while above and (d.SEPARATOR_ONLY.match(above[-1]) or (len(above) > 1 and _bio_line(above[-1]))):
        above.pop()
        if above and d.is_follower_line(above[-1]):
            break
    if not above or not d.is_follower_line(above[-1]):
        return False
    below = [line.text for line in lines[at + 1 : at + 2 + BIO_REACH]]
    for text in below:
        if d.is_debris(text):
            return True
        if not _bio_line(text):
            return False
    return False


def _bio_line(text: str) -> bool:
    return len(text.split()) <= MAX_BIO_WORDS and not d.is_debris(text)


def _button_closing_the_text(spot: Spot) -> bool:
    """``Ответить``, ``Reply`` as the text's last line, past its first lines: a message's or a post's button
    copied with it (one button alone inside the story is no row of them)."""
    return spot.is_last and spot.into_body > 1 and spot.text.strip().casefold() in d.POST_ACTIONS


MIN_LINK_LEAD_WORDS = 4


def _link_the_story_gives(spot: Spot) -> bool:
    """A bare link right under the story's own sentence that announces it (``Подписать обращение можно по
    ссылке:``, ``The full report is available here:``): the story's link, not the page's (a ``Read more:`` prompt
    is furniture, never the story's sentence)."""
    previous = spot.previous
    return (
        d.URL_ONLY.match(spot.text) is not None
        and previous is not None
        and spot.into_body > 0
        and previous.role is LineRole.BODY
        and previous.text.rstrip().endswith(":")
        and len(previous.text.split()) >= MIN_LINK_LEAD_WORDS
        and not d.is_debris(previous.text)
    )


def _event_day_after_the_page_date(spot: Spot) -> bool:
    """A date line in the story's first half dated after every date the page gives above its title (its
    publication stamp, an e-mail's ``Sent:`` line): the day of an event the story announces (``Tuesday,
    20 October 2026, 18:30``, ``4 декабря 2026 · 10:00–17:30``), the story's text, never the page's own date
    (an update stamp says so)."""
    if spot.into_body * 2 > len(spot.lines) - spot.body_start or is_update_stamp(spot.text):
        return False
    if not is_place_date_line(spot.text):
        return False
    header = [spot.lines[at] for at in range(spot.body_start) if spot.lines[at].role is LineRole.DATE]
    page = [day for line in header if (found := date_of_line(line.text)) and (day := found.as_date()) is not None]
    if not page:
        return False
    found = date_of_line(spot.text)
    day = found.as_date(max(page).year) if found is not None else None
    return day is not None and day > max(page)


MAX_CELL_WORDS = 5


def _cell_of_a_table(spot: Spot) -> bool:
    """A lone number between two short cells of the story's table, one of them a figure (``Alikhan Nurlanuly`` / ``2``
    / ``6:58.41``): a place or a score, not a post's counter (a counter stands among the post's buttons and counts)."""
    if d.BARE_COUNT.match(spot.text) is None or not 0 < spot.position < len(spot.lines) - 1:
        return False
    around = [spot.lines[spot.position - 1], spot.lines[spot.position + 1]]
    cells = all(
        line.role is LineRole.BODY and len(line.text.split()) <= MAX_CELL_WORDS and not d.is_debris(line.text)
        for line in around
    )
    return cells and any(DIGIT.search(line.text) for line in around)


BODY_RULES: Rules = (
    (_provider_label, LineRole.DEBRIS),
    (_provider_under_its_label, LineRole.DEBRIS),
    (_posted_by_footer, LineRole.DEBRIS),
    (_name_after_byline_label, LineRole.BYLINE),
    (_name_under_a_credit, LineRole.BYLINE),
    (lambda spot: is_bare_byline(spot.text), LineRole.BYLINE_LABEL),
    (_byline_near_an_edge, LineRole.BYLINE),
    (_author_under_the_title, LineRole.BYLINE),
    (_author_with_role_under_the_title, LineRole.BYLINE),
    (_role_under_the_author, LineRole.DEBRIS),
    (_agency_trailer, LineRole.DEBRIS),
    (_press_office_signature, LineRole.DEBRIS),
    (lambda spot: d.tags_of(spot.text) is not None, LineRole.TAGS),
    (_source_line, LineRole.SOURCE),
    (lambda spot: credit_of(spot.text) is not None, LineRole.CREDIT),
    (lambda spot: caption_label_of(spot.text) is not None, LineRole.CAPTION),
    (_credits_row, LineRole.BYLINE),
    (_first_inline_credit, LineRole.CREDIT),
    (lambda spot: in_a_chronology([line.text for line in spot.lines], spot.position), LineRole.BODY),
    (lambda spot: is_dated_stamp(spot.text), LineRole.DATE),  # before contacts: its digits are no phone
    (_contact_near_an_edge, LineRole.DEBRIS),
    (_address_near_the_end, LineRole.DEBRIS),
    (_own_address_in_the_footer, LineRole.DEBRIS),
    (_name_over_a_handle, LineRole.DEBRIS),
    (_share_under_a_fund_progress, LineRole.DEBRIS),
    (_registration_near_the_end, LineRole.DEBRIS),
    (_bio_under_followers, LineRole.DEBRIS),
    (_button_closing_the_text, LineRole.DEBRIS),
    (_event_day_after_the_page_date, LineRole.BODY),
    (lambda spot: is_place_date_line(spot.text), LineRole.DATE),
    (lambda spot: d.counter_in_a_list([line.text for line in spot.lines], spot.position), LineRole.BODY),
    (_cell_of_a_table, LineRole.BODY),
    (_link_the_story_gives, LineRole.BODY),
    (_notice_quoted_by_the_story, LineRole.BODY),
    (lambda spot: d.is_debris(spot.text), LineRole.DEBRIS),
    (_plea_beside_furniture, LineRole.DEBRIS),
    (_link_row_at_an_edge, LineRole.DEBRIS),
    (_teaser_under_a_prompt, LineRole.DEBRIS),
    (lambda spot: is_helpfulness_question(spot.lines, spot.position), LineRole.DEBRIS),
    (lambda spot: is_widget_answer(spot.lines, spot.position), LineRole.DEBRIS),
    (_label_at_the_start, LineRole.DEBRIS),
    (_picture_description, LineRole.DEBRIS),
)
"""The body's rules, in the order they win; a line no rule takes stays body."""


def mark_body_roles(lines: list[Line], body_start: int) -> None:
    """Give each remaining body line the role of the first rule in ``BODY_RULES`` that holds; then the
    topic labels under the story are debris (looked for again once the footer's links are left out)."""
    credit_before = any(line.role is LineRole.CREDIT for line in lines[:body_start])
    events = event_fields(lines)  # an event's day, time and place are the announcement's text
    entries = entry_times(lines)  # a live blog's entry times are its text
    for position in range(body_start, len(lines)):
        line = lines[position]
        if line.role is LineRole.BODY and position not in events and position not in entries:
            role = first_role(BODY_RULES, Spot(lines, position, body_start, credit_before=credit_before))
            line.role = role or LineRole.BODY
        credit_before = credit_before or line.role is LineRole.CREDIT
    for position in [
        *labels_below(lines, body_start),
        *page_fields(lines, body_start),
        *closing_fields(lines, body_start),
    ]:
        lines[position].role = LineRole.DEBRIS
    _mark_closing_bylines(lines, body_start)
    _mark_author_notes(lines, body_start)
    _mark_author_boxes(lines, body_start)
    _mark_publisher_line(lines, body_start)  # first: the story's last sentence is then above it
    _mark_footer_links(lines, body_start)
    for position in labels_below(lines, body_start):  # the labels right above a footer's links, now left out
        lines[position].role = LineRole.DEBRIS
    _mark_widget_runs(lines, body_start)


MAX_WIDGET_RUN, MIN_SPACED_PARAGRAPHS = 14, 3
MAX_WIDGET_LINE_WORDS, MAX_WIDGET_LABEL_WORDS = MIN_PARAGRAPH_WORDS - 1, 20


def _spaced_paragraphs(lines: list[Line], body_start: int) -> bool:
    """The text sets its story's paragraphs apart by blank lines: three paragraphs or more, and at least two in three
    of its paragraphs, stand alone in their block."""
    sizes: dict[int, int] = {}
    for line in lines[body_start:]:
        sizes[line.block] = sizes.get(line.block, 0) + 1
    paragraphs = [line for line in lines[body_start:] if line.role is LineRole.BODY and is_paragraph(line.text)]
    alone = sum(sizes[line.block] == 1 for line in paragraphs)
    return alone >= MIN_SPACED_PARAGRAPHS and 3 * alone >= 2 * len(paragraphs)


def _widget_line(text: str) -> bool:
    """A widget's line: a short sentence, or a label or a box's caption without a stop (``Receive email from us on
    behalf of our partners``); a story's paragraph is a longer sentence."""
    size = len(text.split())
    return size <= MAX_WIDGET_LINE_WORDS or (size <= MAX_WIDGET_LABEL_WORDS and SENTENCE_END.search(text) is None)


def _mark_widget_runs(lines: list[Line], body_start: int) -> None:
    """A widget's short lines between two lines of furniture in one block (``Sign up for our newsletter`` / the offer's
    lines / ``By submitting your information ...``), in a text that sets its paragraphs apart by blank lines: the
    widget's own lines, however they are worded (a story's paragraph has a block of its own there; an ad slot's label,
    ``Advertisement``, may stand in the story's block, so it bounds no widget)."""
    if not _spaced_paragraphs(lines, body_start):
        return
    at = body_start
    while at < len(lines):
        if lines[at].role is not LineRole.DEBRIS or d.AD_LABEL.match(lines[at].text):
            at += 1
            continue
        end = at + 1
        while end < len(lines) and lines[end].role is LineRole.BODY and lines[end].block == lines[at].block:
            end += 1
        run = lines[at + 1 : end]
        closed = (
            end < len(lines)
            and lines[end].role is LineRole.DEBRIS
            and lines[end].block == lines[at].block
            and not d.AD_LABEL.match(lines[end].text)
        )
        if closed and 0 < len(run) <= MAX_WIDGET_RUN and all(_widget_line(line.text) for line in run):
            for line in run:
                line.role = LineRole.DEBRIS
        at = end


MAX_BIO_WORDS = 30


def _mark_author_boxes(lines: list[Line], body_start: int) -> None:
    """An author's box in the story's second half: a byline (``Written by ...``, ``Автор: ...``) with the
    author's short bio right under it, in the same block (``Journalist in Almaty. I write about ...``)."""
    story = [at for at in range(body_start, len(lines)) if lines[at].role in (LineRole.BODY, LineRole.BYLINE)]
    for at in story[len(story) // 2 : -1]:
        line, bio = lines[at], lines[at + 1]
        if bio.block != line.block or bio.role is not LineRole.BODY or byline_of(line.text) is None:
            continue
        if len(bio.text.split()) <= MAX_BIO_WORDS and SENTENCE_END.search(bio.text):
            line.role = bio.role = LineRole.DEBRIS


MAX_FOOTER_LINK_WORDS = 3


ABOUT_THE_PUBLISHER = re.compile(
    r"^(?:[A-Z][\w&.’'-]*\s+){1,6}(?:is|are)\s+(?:an?|the)\s"  # "Steppe Policy Institute is an independent ..."
    r"|^[«\"]?[А-ЯЁӘҒҚҢӨҰҮҺІ][^.!?—]{2,60}?\s+—\s+(?:это\s+)?[а-яё]+(?:ая|ый|ое|ий)\s"  # "Фонд «...» — независимый ..."
)
MAX_ABOUT_WORDS, FOOTER_RUN = 30, 2
FOUNDING_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
"""A year (``founded in 2015``), the one figure of a publisher's description."""


def _mark_publisher_line(lines: list[Line], body_start: int) -> None:
    """The publisher's one-line description closing the page under its footer (``Steppe Policy Institute is an
    independent, non-partisan research organisation ...``): the text's last body line, page furniture right
    above it and nothing of the story after it."""
    body = [at for at in range(body_start + 2, len(lines)) if lines[at].role is LineRole.BODY]
    if not body:
        return
    last = lines[body[-1]]
    above = lines[body[-1] - FOOTER_RUN : body[-1]]  # a run of furniture, not one teaser inside the story
    if (
        all(line.role is LineRole.DEBRIS for line in above)
        and not any(line.text.rstrip().endswith(":") for line in above)  # a teaser's prompt: the story goes on
        and not any(char.isdigit() for char in FOUNDING_YEAR.sub("", last.text))  # figures are the story's
        and ABOUT_THE_PUBLISHER.match(last.text)
        and len(last.text.split()) <= MAX_ABOUT_WORDS
        and not any(line.role is LineRole.BYLINE for line in lines[body[-1] + 1 :])
    ):
        last.role = LineRole.DEBRIS


def _mark_footer_links(lines: list[Line], body_start: int) -> None:
    """Short links among the page's footer (``Exhibitions archive`` between a ``Buy tickets`` button and a
    row of networks; a site index's ``World``, ``Business``): after the story's last sentence, a run of lines
    of up to three words without a stop, with page furniture right above it and right below it or the end."""
    last_sentence = max((at for at in range(body_start, len(lines)) if _is_sentence(lines[at])), default=len(lines))
    position = last_sentence + 1
    while position < len(lines):
        end = position
        while end < len(lines) and (_is_short_link(lines[end]) or _is_footer_name(lines[end])):
            end += 1
        above = lines[position - 1].role is LineRole.DEBRIS
        below = end == len(lines) or lines[end].role is LineRole.DEBRIS
        if end > position and above and below:
            for line in lines[position:end]:
                line.role = LineRole.DEBRIS
        position = end + 1 if end > position else position + 1


ORG_HEAD_WORDS = word_set("orgs-heads", "en") | word_set("header-body-heads")
MAX_FOOTER_NAME_WORDS = 6


def _is_footer_name(line: Line) -> bool:
    """``Embassy of Portugal in Astana``, ``Irtysh Technical University, Pavlodar``: the organisation's name in
    its page footer (a few words, no stop, one of them an organisation's head word)."""
    words = [word.strip(",.").casefold() for word in line.text.split()]
    return (
        line.role is LineRole.BODY
        and len(words) <= MAX_FOOTER_NAME_WORDS
        and line.text[:1].isupper()
        and not SENTENCE_END.search(line.text)
        and any(word in ORG_HEAD_WORDS for word in words)
    )


def _is_short_link(line: Line) -> bool:
    return (
        line.role is LineRole.BODY
        and len(line.text.split()) <= MAX_FOOTER_LINK_WORDS
        and not SENTENCE_END.search(line.text)
    )


def _is_sentence(line: Line) -> bool:
    return line.role is LineRole.BODY and SENTENCE_END.search(line.text) is not None


def _mark_closing_bylines(lines: list[Line], body_start: int) -> None:
    """The bylines that close the story (``Автор: Мария Климова``, ``Prepared by: ...``) however much page
    furniture follows them: from the end up, past lines already taken, to the story's last line."""
    for position in range(len(lines) - 1, body_start, -1):
        line = lines[position]
        if line.role is not LineRole.BODY:
            continue
        if byline_of(line.text) is None:
            return
        line.role = LineRole.BYLINE


AUTHOR_NOTE_LAST_LINES = 3
AUTHOR_COPULAS = (" is ", " was ", " – ", " — ", " - ", " covers ", " writes about ", " reports on ", " has covered ")
"""What follows the author's name opening a note on them: ``is``, a beat's verb (``covers Kazakhstan's economy``), or
the dash of a Russian or Kazakh sentence without a verb (``Санжар Мирзаев – ведущий научный сотрудник ...``)."""


def _byline_name(text: str) -> str | None:
    """The name a byline gives: after its label (``By Jane Smith``), or the bare name (``Jane Smith``)."""
    found = byline_of(text)
    if found is not None:
        return found.name
    return text.strip() if is_name_after_label(text) else None


AUTHORS_APART = re.compile(r"\s+(?:and|и|және|&)\s+")


def _mark_author_notes(lines: list[Line], body_start: int) -> None:
    """A note on the author among the story's last lines: a sentence opening with the byline's name
    (``Dana Whitcomb covers agriculture for The Ledger. Reach her at ...``), or in the story's second
    half, ``Name is ...``, ``Имя Фамилия – ...`` (above the page's related links)."""
    names = [name for line in lines if line.role is LineRole.BYLINE and (name := _byline_name(line.text))]
    names = [name.split(",")[0].strip() for name in names]  # "Name, senior fellow": the name
    names = [part.strip() for name in names for part in AUTHORS_APART.split(name)]  # "A and B": each author
    names = [name for name in names if len(name.split()) >= 2]
    body = [line for line in lines[body_start:] if line.role is LineRole.BODY]
    for line in body[-AUTHOR_NOTE_LAST_LINES:]:
        if any(line.text.startswith(f"{name} ") for name in names):
            line.role = LineRole.DEBRIS
    for line in body[len(body) // 2 :]:  # "Dr. Jane Smith is a senior fellow at ...", above related links
        if any(line.text.startswith(tuple(f"{name}{copula}" for copula in AUTHOR_COPULAS)) for name in names):
            line.role = LineRole.DEBRIS
    _mark_author_card_heads(lines, body_start, names)


MAX_CARD_ROLE_WORDS, MAX_CARD_HEAD_LINES = 4, 2


def _mark_author_card_heads(lines: list[Line], body_start: int, names: list[str]) -> None:
    """The head of an author's card over the note on them, in its block: the author's name alone, and their role
    (``Harriet Cole`` / ``Staff writer`` / ``Harriet Cole is a staff writer at ...``)."""
    for at in range(body_start + 1, len(lines)):
        note = lines[at]
        if note.role is not LineRole.DEBRIS or not any(note.text.startswith(f"{name} ") for name in names):
            continue
        head: list[Line] = []
        for line in reversed(lines[max(body_start, at - MAX_CARD_HEAD_LINES) : at]):
            text = line.text.strip()
            if line.role is not LineRole.BODY or line.block != note.block:
                break
            if text in names:
                for part in (*head, line):
                    part.role = LineRole.DEBRIS
                break
            if len(text.split()) > MAX_CARD_ROLE_WORDS or text.endswith(TERMINAL):
                break
            head.append(line)
