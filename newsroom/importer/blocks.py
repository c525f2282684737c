"""The blocks stage: runs of body lines that go together and are not the article.

- an end mark (``###``, ``-30-``, ``ENDS``) and everything after it;
- a related-stories list: a heading (``Related news``) over other stories' headlines, at most
  ``MAX_RELATED_HEADLINES`` of them, each with its date, byline or one-sentence teaser, ended early by
  a line ending in a closing quote, a question or an exclamation mark (a quotation or a question in
  the body, when unsure);
- a press contact block (``Media contacts`` over a name, an office, a phone number), wherever it stands;
- the boilerplate at the end of a press release (``About the Federation``, ``Notes to editors``);
- a comment section (``No comments:``, ``Leave a Reply``, ``3 thoughts on "..."``) and what follows it;
- an e-mail's signature under its ``--`` separator, with the disclaimer and the client's stamp after it;
- links to the neighbouring posts (``Previous post``, ``Следующая запись``) with the headline under each;
- a forum's member cards, edit stamps, and the post's buttons with its signature above them and the
  other members' replies under them (``newsroom.importer.threads``);
- an e-mail's signature under its valediction (``Kind regards,`` over a name), a foot list under a heading of any
  wording (``Related opportunities``, ``Басқа көрмелер`` under the page's furniture), comments under a post without a
  heading (an author, the comment, its age, a reply button), a poll closed by its votes or button, a language
  switcher one language a line, and a short line the header writes again at the foot;
- the site describing itself at the foot (``... is an independent news organization``), headlines with their stamps
  under a heading of any wording, a form's fields one a line, and share buttons over the story that open no comments.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from newsroom.importer import debris as d
from newsroom.importer import threads as t
from newsroom.importer.dates import is_date_line as _is_date_line
from newsroom.importer.furniture import is_neighbour_link, is_neighbour_title
from newsroom.importer.lines import Line, LineRole
from newsroom.importer.patterns import SENTENCE_END, listed
from newsroom.importer.timeline import entry_times
from newsroom.importer.wordlists import word_set, words

is_date_line = lru_cache(maxsize=4096)(_is_date_line)
"""``dates.is_date_line`` (which reads ``21.11.23 10:21`` too), kept per line: the related-list scan asks it of the same
lines again and again."""


MAX_RELATED_HEADLINES = 8
MAX_TAG_WORDS, MAX_RELATED_TAGS = 3, 12
MAX_TEASER_WORDS = 35
MIN_PARAGRAPH_WORDS, MIN_PARAGRAPHS_BELOW = 12, 2


def is_paragraph(text: str) -> bool:
    """A story's paragraph: a sentence of twelve words or more (a list's item, a label or a teaser is shorter)."""
    return len(text.split()) >= MIN_PARAGRAPH_WORDS and SENTENCE_END.search(text) is not None


BODY_ENDINGS = ("?", "!", "”", "»", '"', "…")
BOILERPLATE_SHARE = 0.6  # a boilerplate heading counts only in the last part of the text
BOILERPLATE_LAST_LINES = 4
COMMENTS_SHARE = 0.5  # a comment section opens only in the second half of the text ...
COMMENTS_LAST_LINES = 15  # ... or among its last lines


@dataclass
class _Scan:
    """Where the scan of the body stands: past an end mark, or in a related-stories list."""

    ended: bool = False
    related_left: int | None = None  # headlines the current related list may still take; None: not in one
    after_headline: bool = False  # the list's last line was a headline: a teaser may follow
    just_headline: bool = False  # the line just read was a headline
    bare: bool = False  # a headline came right under another: the list's headlines have no teasers
    teasers: bool = True  # a prompt inside the story (``Read more:``) points to links only, without teasers
    entry_times: frozenset[int] = frozenset()  # a live blog's entry times (``timeline.entry_times``)
    counts: Counter[str] = field(default_factory=Counter)  # how often the page writes each line
    tags_left: int = 0  # tags (a list's items of a word or three) the current list may still take besides


QUOTED_NAME_AT_END = re.compile(r"^[^\W\d_][^:]*\s[«“\"][^«»“”\".!?:]{1,40}[»”\"]$")
"""``... провели рейд «Зимняя дорога»``: a headline closing on a name in quotes, not someone's words."""


SPEAKER_HEADLINE = re.compile(r"^(?P<speaker>[^\W\d_][^:«»“”\".!?]{1,60}):\s*[«“\"][^«»“”\".!?…]{1,80}[»”\"]$")
"""``Chef Aigerim Sadykova: "Our cuisine is not just meat"``: an interview's headline, the speaker's words in quotes
without a stop (``She added: “We will open two more.”`` is the story's quotation)."""


def _is_listed_headline(text: str) -> bool:
    """Another story's headline in a list: short, without a stop, nor a question, an exclamation or
    a quote closing it (but a name in quotes may, and an interview's speaker over their quoted words)."""
    if not d.is_headline_like(text):
        return False
    stripped = text.strip()
    return (
        not text.endswith(BODY_ENDINGS) or QUOTED_NAME_AT_END.match(stripped) is not None or _speaker_headline(stripped)
    )


def _speaker_headline(text: str) -> bool:
    """``SPEAKER_HEADLINE`` whose speaker ends on a name (``Chef Aruzhan Bekturova:``), not a clause (``She added:``,
    ``Организаторы отметили:``)."""
    match = SPEAKER_HEADLINE.match(text)
    return match is not None and match["speaker"].split()[-1][:1].isupper()


COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright)\s*(?:19|20)\d\d\b", re.I)
"""``© 2026 Дала Ақпарат. ...``: the site's copyright line at the foot of the page."""


def _closing_question(lines: list[Line], position: int) -> bool:
    """A headline asking a question (``Когда проиндексируют пенсии?``) in a list, with only page furniture or
    nothing after it: the list's last headline (a question followed by the story's text is the story's)."""
    text = lines[position].text
    if not text.endswith("?") or not d.is_headline_like(text):
        return False
    rest = lines[position + 1 :]
    return all(d.is_debris(line.text) or COPYRIGHT.match(line.text) or line.role is LineRole.DEBRIS for line in rest)


def _dated_question(lines: list[Line], position: int) -> bool:
    """A headline asking a question over its date line in a list (``Кто платит за переход?`` / ``02.08.2026``):
    another story's headline, as a list dates its headlines."""
    text = lines[position].text
    following = lines[position + 1].text if position + 1 < len(lines) else ""
    return text.endswith("?") and d.is_headline_like(text) and is_date_line(following)


def _listed_question(lines: list[Line], position: int) -> bool:
    """A headline asking a question in a list over another such question or the page's furniture (``Related
    explainers:`` / ``What is the Middle Corridor?`` / ``Why is ... building ...?`` / ``Read also: ...``): another
    explainer's headline (a question over the story's answer is the story's)."""
    text = lines[position].text
    if not text.endswith("?") or not d.is_headline_like(text):
        return False
    if position + 1 >= len(lines):
        return True
    following = lines[position + 1].text
    asks = following.endswith("?") and d.is_headline_like(following)
    teased = (  # the question's one-sentence teaser, the list or the page's foot going on under it (a short line
        # closing the text under a question is the story's answer: ``Что дальше?`` / ``Конец.``)
        len(following.split()) <= MAX_TEASER_WORDS
        and SENTENCE_END.search(following) is not None
        and position + 2 < len(lines)
        and _list_goes_on(lines, position + 1)
    )
    return asks or d.is_debris(following) or is_date_line(following) or teased


def _list_goes_on(lines: list[Line], position: int) -> bool:
    """After a teaser at ``position``: the end of the text, or another headline, date or debris line."""
    if position + 1 >= len(lines):
        return True
    text = lines[position + 1].text
    return is_date_line(text) or d.is_debris(text) or _is_listed_headline(text) or COPYRIGHT.match(text) is not None


STORY_REACH, MIN_STORY_LINES, MIN_STORY_WORDS = 3, 2, 12


def _story_resumes(lines: list[Line], position: int) -> bool:
    """Two long sentences of prose among the three lines after ``position``: the story goes on (an inline ``Read
    more:`` box of headlines without teasers stands inside it), not a list's teaser."""
    after = lines[position + 1 : position + 1 + STORY_REACH]
    prose = [line for line in after if len(line.text.split()) >= MIN_STORY_WORDS and SENTENCE_END.search(line.text)]
    return len(prose) >= MIN_STORY_LINES


def _is_teaser(scan: _Scan, lines: list[Line], position: int) -> bool:
    """A story's teaser under its headline in a list: one short sentence, the list going on after it."""
    text = lines[position].text
    return (
        scan.after_headline
        and not (scan.bare and _story_resumes(lines, position))
        and scan.teasers
        and len(text.split()) <= MAX_TEASER_WORDS
        and SENTENCE_END.search(text) is not None
        and _list_goes_on(lines, position)
    )


def _prose_under(lines: list[Line], position: int) -> bool:
    """A paragraph of the story's right under ``position``: a sentence of twelve words or more."""
    if position + 1 >= len(lines):
        return False
    text = lines[position + 1].text
    return len(text.split()) >= MIN_STORY_WORDS and SENTENCE_END.search(text) is not None


def _in_related(scan: _Scan, lines: list[Line], position: int) -> bool:
    """The line belongs to the related-stories list being read (and the list goes on after it)."""
    text = lines[position].text
    if scan.related_left is None:
        return False
    if position in scan.entry_times or d.is_comment_opener(text):  # a live blog's first entry, the comments:
        scan.related_left = None  # the list is over
        return False
    furniture = is_date_line(text) or d.is_debris(text)
    headline = (
        not furniture
        and scan.related_left > 0
        and (
            _is_listed_headline(text)
            or _closing_question(lines, position)
            or _dated_question(lines, position)
            or _listed_question(lines, position)
        )
    )
    if (
        headline
        and not scan.teasers
        and lines[position].block != lines[position - 1].block
        and _prose_under(lines, position)
    ):
        headline = False  # a box of links inside the story: a crosshead set apart over a paragraph ends it
    scan.bare = scan.bare or (headline and scan.just_headline)  # the story resumes after teaserless headlines
    scan.just_headline = headline
    if furniture:
        return True
    if headline:
        if len(text.split()) > MAX_TAG_WORDS or scan.tags_left <= 0:
            scan.related_left -= 1
        else:  # a tag (``Rail transport``): a tag list runs longer than a list of headlines
            scan.tags_left -= 1
        scan.after_headline = True
        return True
    if _is_teaser(scan, lines, position):
        scan.after_headline = False
        return True
    scan.related_left = None
    return False


def _boxes_between_paragraphs(lines: list[Line], position: int) -> bool:
    """A heading the page repeats over each card (``Читайте также`` / a headline / the story's paragraph, three
    times) with a paragraph of the story (twelve words or more) under one of its cards: boxes inside the story,
    their headlines only (a page's foot repeats its heading over short teasers)."""
    heading = lines[position].text.strip()
    cards = [at for at, line in enumerate(lines) if line.text.strip() == heading]
    under = [lines[at + 2].text for at in cards if at + 2 < len(lines)]
    return len(cards) > 1 and any(is_paragraph(text) for text in under)


def _prompt_inside_the_story(lines: list[Line], position: int) -> bool:
    """A list's heading closing on a colon (``Read more:``) with paragraphs of the story below the list (two or
    more sentences of twelve words or more; a page's foot has one at most): links pointing away from inside the
    story, their headlines only (the sentence under the last one is the story's)."""
    if not lines[position].text.rstrip().endswith((":", "：")) and d.ALSO_PROMPT.match(lines[position].text) is None:
        return False  # ``Read more:``, ``Читать также``
    paragraphs = [line for line in lines[position + 1 :] if is_paragraph(line.text)]
    return len(paragraphs) >= MIN_PARAGRAPHS_BELOW


COOKIE_NOTICE = re.compile(r"(?<!\w)" + listed("blocks-cookie-notices") + r"(?!\w)", re.I)


def _work_heading_inside_the_story(lines: list[Line], position: int) -> bool:
    """``Other projects`` (an organisation's work, not other stories) with a paragraph of the story below (a
    sentence of twelve words or more, before the page's foot): the story's own crosshead over its items, not a list at
    the page's foot."""
    if d.WORK_HEADING.match(lines[position].text) is None:
        return False
    return _story_paragraph_below(lines, position)


def _is_foot_link(lines: list[Line], position: int) -> bool:
    """``Политика конфиденциальности``, ``Электронная почта`` beside other furniture or with no story paragraph under
    it: the site's foot link, a share button or a sign-up field (between paragraphs, a story's crosshead)."""
    if d.FOOT_LINK.match(lines[position].text) is None:
        return False
    beside = [lines[at].text for at in (position - 1, position + 1) if 0 <= at < len(lines)]
    if any(d.is_debris(text) or d.FOOT_LINK.match(text) for text in beside):
        return True  # among other buttons (Facebook / Twitter / Печать / Электронная почта)
    return not _story_paragraph_below(lines, position)


def _story_paragraph_below(lines: list[Line], position: int) -> bool:
    """A sentence of twelve words or more below ``position``, before the page's foot (a copyright, a cookie notice,
    a registration line, a line of debris)."""
    return _paragraphs_below(tuple(line.text for line in lines))[position]


@lru_cache(maxsize=4)
def _paragraphs_below(texts: tuple[str, ...]) -> tuple[bool, ...]:
    """For each line, whether a story's paragraph stands below it before the page's foot: worked out once a text,
    from the last line up (asked for each foot link and heading, it took 63 s on 2,000 lines)."""
    below = [False] * len(texts)
    for at in range(len(texts) - 2, -1, -1):
        text = texts[at + 1]
        foot = COPYRIGHT.match(text) or COOKIE_NOTICE.search(text) or d.is_registration_line(text) or d.is_debris(text)
        paragraph = is_paragraph(text)
        below[at] = False if foot else paragraph or below[at + 1]
    return tuple(below)


DIGEST_LINK = re.compile(r"^\s*" + listed("blocks-digest-links") + r"[\s.…]*[→›»>]\s*$", re.I)


def _repeated_link(lines: list[Line], position: int, counts: Counter[str]) -> bool:
    """``Read more →`` under each item of a digest: a link pointing on (an arrow closing it) that the page repeats;
    a list's heading stands once, and ``More news ›`` over two boxes is a heading each time."""
    text = lines[position].text.strip()
    return DIGEST_LINK.match(text) is not None and counts[text] >= 2


FOOT_LIST_STRONG = re.compile(r"^\s*" + listed("debris-foot-list-openings") + r"(?!\w)", re.I)
FOOT_LIST_WEAK = re.compile(r"^\s*" + listed("debris-foot-list-weak-openings") + r"(?!\w)", re.I)
MAX_FOOT_LIST_HEADING_WORDS = 6


def _foot_list_heading(lines: list[Line], position: int) -> bool:
    """A heading over a list of other items at the page's foot, whatever the items are called: ``Related
    opportunities``, ``Вам может понравиться``, ``Ұқсас көрмелер`` anywhere with no story paragraph below; ``More
    features``, ``Другие мероприятия``, ``Басқа көрмелер`` (a story's crosshead may open so: ``Other measures``) only
    right under the page's furniture (a share button, a removed line), never under the story's own line."""
    text = lines[position].text.strip()
    if len(text.split()) > MAX_FOOT_LIST_HEADING_WORDS or text.endswith((".", "?", "!", ";", ",", "»", '"', "”")):
        return False
    if d.is_comment_opener(text) or d.is_debris(text):  # ``Барлық 36 пікірді көру`` opens the comments
        return False
    if text.endswith((":", "：")):
        return False  # ``Recommended steps:``, ``Вам может понадобиться:``: the story's list under its introduction
    if FOOT_LIST_STRONG.match(text) is None:
        above = lines[position - 1] if position > 0 else None
        under_furniture = above is not None and (above.role is not LineRole.BODY or d.is_debris(above.text))
        if FOOT_LIST_WEAK.match(text) is None or not under_furniture:
            return False
    if LIST_INTRO_END.search(text) or _story_list_under(lines, position):
        return False
    return not _story_paragraph_below(lines, position)


LIST_INTRO_END = re.compile(r"(?<!\w)" + listed("blocks-list-intro-endings") + r"\s*$", re.I)
"""``Recommended titles include``: a story's line introducing its list without a colon."""
LIST_BULLET = re.compile(r"^\s*[-•*▪●]\s+\S")
FIGURE_FIELD = re.compile(r"^[^:]{1,40}:\s*[+−–-]?\d")
"""``Heating: +8% from April``, ``Adults: 5 g``: a table's row of a label and its figure."""


def _story_list_under(lines: list[Line], position: int) -> bool:
    """Items under a foot list's heading that are no other stories' headlines: a bulleted list (``- Eat fish twice
    a week``) or rows of a label and a figure (``Children 7-10: 3 g``): the story's own list under its crosshead
    (``Recommended steps``, ``Related costs``)."""
    items: list[str] = []
    for line in lines[position + 1 : position + 1 + MAX_FOOT_LIST_HEADING_WORDS]:
        text = line.text.strip()
        if line.role is not LineRole.BODY or d.is_debris(text) or d.is_comment_opener(text) or d.is_contact(text):
            break  # the page's foot: ``Comments (27)``, ``Tel: +992 ...``, ``Адрес: 160000, ...``
        if COPYRIGHT.match(text):
            break
        items.append(text)
    return any(LIST_BULLET.match(item) or FIGURE_FIELD.match(item) for item in items)


MIN_STAMPED_HEADLINES, MAX_LIST_HEADING_WORDS = 2, 6


def _heads_stamped_headlines(lines: list[Line], position: int) -> bool:
    """A short heading of any wording (``Паводки в России``, ``Latest from the region``) over two headlines or more,
    each over its time or date stamp (or under it): a list of other stories, whatever its heading says."""
    text = lines[position].text.strip()
    if len(text.split()) > MAX_LIST_HEADING_WORDS or text.endswith((".", ":", "?", "!", ";", ",")):
        return False
    texts = [line.text for line in lines[position + 1 : position + 1 + 2 * MIN_STAMPED_HEADLINES]]
    if len(texts) < 2 * MIN_STAMPED_HEADLINES:
        return False
    first = 0 if is_date_line(texts[0]) else 1  # stamps over their headlines, or under them
    stamps, headlines = texts[first::2], texts[1 - first :: 2]
    return all(is_date_line(stamp) for stamp in stamps) and all(
        d.is_headline_like(headline) and not is_date_line(headline) for headline in headlines
    )


def _opens_related(lines: list[Line], position: int, counts: Counter[str]) -> bool:
    """A ``Related news`` heading with other stories' headlines under it (not a link the text repeats after each
    of its stories, as a digest's ``Read more →``; a plain heading over each card, ``Read more`` or ``Читайте
    также`` three times, still opens the list)."""
    heading = (
        d.is_block_heading(lines[position].text)
        or _foot_list_heading(lines, position)
        or _heads_stamped_headlines(lines, position)
    )
    if not heading or _work_heading_inside_the_story(lines, position):
        return False
    if _repeated_link(lines, position, counts):
        return False
    following = [line.text for line in lines[position + 1 : position + 3]]
    if following and COPYRIGHT.match(following[-1]):
        following = following[:-1]  # the page's foot: "Other news", one headline, "© 2026 ..."
    if not following:
        return True  # "More from the blog" as the text's last line
    if all(d.is_headline_like(t) or is_date_line(t) for t in following):
        return True
    # a headline, then its teaser, then the list going on
    teaser = following[-1]
    return (
        len(following) == 2
        and d.is_headline_like(following[0])
        and len(teaser.split()) <= MAX_TEASER_WORDS
        and SENTENCE_END.search(teaser) is not None
        and position + 3 < len(lines)
        and _list_goes_on(lines, position + 2)
    )


AD_IMPERATIVES = word_set("blocks-ad-imperatives", "en")
AD_FIRST_WORD_ENDINGS = tuple(words("blocks-ad-imperative-endings", "ru"))
"""``Оформите``, ``Звоните``: a Russian call opens with its imperative."""
AD_LAST_WORD_ENDINGS = tuple(words("blocks-ad-imperative-endings", "kk"))
"""``... сатып алыңыз``: a Kazakh call closes on its imperative (the verb comes last)."""
MAX_AD_WORDS = 30
SPEECH = re.compile(r"(?<!\w)" + listed("people-speech-verbs") + r"(?!\w)", re.I)
"""``said``, ``сказал``, ``деді``: a story's line reports someone's words, no ad calls so."""


def _is_ad_copy(lines: list[Line], position: int) -> bool:
    """The line right under ``Advertisement`` / ``Реклама`` / ``Жарнама``: a short call to buy (an imperative,
    ``Discover ...``, ``Оформите карту ...``, ``Билеттерді сатып алыңыз!``, or an exclamation), the ad's copy; a
    story's sentence under an empty ad slot stays."""
    if position == 0 or d.AD_LABEL.match(lines[position - 1].text) is None:
        return False
    text = lines[position].text
    words_ = re.findall(r"[^\W\d_]+", text.lower())
    if not words_ or len(words_) > MAX_AD_WORDS or SPEECH.search(text):
        return False  # "Shop owners in the market said ...": the story's sentence under an empty slot
    first, last = words_[0], words_[-1]
    calls = first in AD_IMPERATIVES or _ends_so(first, AD_FIRST_WORD_ENDINGS) or _ends_so(last, AD_LAST_WORD_ENDINGS)
    following = lines[position + 1].text if position + 1 < len(lines) else ""
    exclaimed = text.rstrip().endswith("!") and SPEECH.search(following) is None  # "Мы в финале!" / "Так ... сказал"
    return calls or exclaimed


def _ends_so(word: str, endings: tuple[str, ...]) -> bool:
    return any(len(word) > len(ending) + 2 and word.endswith(ending) for ending in endings)


def _is_furniture_line(lines: list[Line], position: int) -> bool:
    """A line of furniture known by its place: an ad's copy, a team's sign-off, a foot link."""
    return _is_ad_copy(lines, position) or _is_sign_off(lines, position) or _is_foot_link(lines, position)


def _is_sign_off(lines: list[Line], position: int) -> bool:
    """``— The Steppe Energy Weekly team`` among the last lines, once (``debris.is_sign_off``)."""
    return d.SIGN_OFF.match(lines[position].text) is not None and d.is_sign_off([line.text for line in lines], position)


def _contact_block(lines: list[Line], position: int) -> int:
    """How many lines from ``position`` are a press contact block (0: none)."""
    if not d.CONTACT_HEADING.match(lines[position].text) and not d.CONTACT_CALL_INLINE.match(lines[position].text):
        return 0
    return d.contact_block([line.text for line in lines[position : position + 1 + d.MAX_CONTACT_LINES]])


MAX_FORM_LINES, MAX_FORM_LINE_WORDS = 6, 15


def _subscription_form(lines: list[Line], position: int) -> int:
    """How many lines from ``position`` are a newsletter's form (``Подпишитесь на наш дайджест`` / ``Раз в месяц —
    истории ...`` / ``Имя`` / ``E-mail`` / ``Подписаться``): a prompt to subscribe, a field of the form, a subscribe
    button, short lines between (0: none)."""
    if not (d.is_debris(lines[position].text) and d.SUBSCRIBE_VERB.search(lines[position].text)):
        return 0
    field = False
    for size, line in enumerate(lines[position + 1 : position + MAX_FORM_LINES], start=2):
        if len(line.text.split()) > MAX_FORM_LINE_WORDS:
            return 0
        field = field or COMMENT_FORM_FIELD.match(line.text) is not None
        if field and d.SUBSCRIBE_VERB.search(line.text) and d.is_debris(line.text):
            return size
    return 0


FORM_FIELD = re.compile(r"^\s*" + listed("blocks-form-fields") + r"\s*[:*]?\s*$", re.I)
MIN_FORM_FIELDS = 2


def _form_fields(lines: list[Line], position: int) -> int:
    """How many lines from ``position`` are a form's fields one a line (``First name`` / ``Last name`` / ``City``):
    two or more in a row (0: none)."""
    size = 0
    while position + size < len(lines) and FORM_FIELD.match(lines[position + size].text):
        size += 1
    return size if size >= MIN_FORM_FIELDS else 0


def _box(lines: list[Line], position: int) -> int:
    """How many lines from ``position`` (a block's first line) are a call-to-action box (0: none)."""
    if position > 0 and lines[position - 1].block == lines[position].block:
        return 0
    block = [line.text for line in lines[position : position + d.MAX_BOX_LINES] if line.block == lines[position].block]
    rest = lines[position + len(block) :]
    return d.call_to_action_box(block, after_story=not any(SENTENCE_END.search(line.text) for line in rest))


def _table_cell(text: str) -> bool:
    """A short line of a table of figures or a widget (``Образование``, ``12 000 000 000 ₸``, ``80%``), no field
    with its label (``Назначение платежа: ...``)."""
    return d.is_widget_line(text) and ":" not in text


def _fund_widget(lines: list[Line], position: int) -> int:
    """How many body lines from ``position`` are a fundraiser's widget or a donation form (0: none, or under an
    introduction, right above it or above the short lines over it: ``Исполнение по статьям:`` / ``Образование`` /
    ``12 000 000 000 ₸`` / ``из 15 000 000 000 ₸`` / ``80%`` is a budget's table)."""
    above, reach = position - 1, max(0, position - d.MAX_FUND_WIDGET_LINES)
    while above > reach and lines[above].role is LineRole.BODY and _table_cell(lines[above].text):
        above -= 1
    if above >= 0 and lines[above].text.rstrip().endswith(":"):
        return 0
    texts: list[str] = []
    for line in lines[position : position + d.MAX_FUND_WIDGET_LINES]:
        if line.role is not LineRole.BODY:
            break
        texts.append(line.text)
    return d.fund_widget(texts) or d.donation_form(texts)


def _embedded_post(lines: list[Line], position: int) -> int:
    """How many lines from ``position`` are a social post embedded in the page (0: none)."""
    return d.embedded_post([line.text for line in lines[position : position + 1 + d.MAX_EMBEDDED_POST_LINES]])


NOTES_HEADING = re.compile(r"^\s*" + listed("blocks-notes-headings") + r"\s*[:.]?\s*$", re.I)
TO_EDITORS = re.compile(r"^\s*" + listed("blocks-notes-to-editors") + r"\s*$", re.I)
"""``Notes to editors``: addressed to the editors who receive a release, so a note on its line is about the sender."""
ORGANISATION_SAYS = re.compile(r"^(?:The\s+)?(?:[A-Z][\w&.’'()-]*\s+){1,8}(?:is|are|was|works|supports|helps|has)\b")
"""``Clean Air Almaty is a volunteer group ...``, ``The United Nations ... Programme supports ...``: an organisation
describing itself (``The campaign was supported by ...`` tells of the story)."""


ORGANISATION_SAYS_CYRILLIC = re.compile(
    r"^(?P<subject>[«\"]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9][^.!?—–]{1,60}?)\s+(?:[—–-]|является|работает|основан[аоы]?|создан[аоы]?)\s"
)
"""``Фонд «Әділ Сөз» — независимая организация ...``, ``Kcell – ведущий оператор ...``, ``ПЦ «...» работает с 1998
года``: an organisation describing itself (any dash; a Latin name too)."""


def _notes_on_the_story(lines: list[Line], position: int) -> bool:
    """``Editor's note`` over a sentence about the story (who paid for the campaign), not over an organisation's
    description nor a contact: the notes are the story's."""
    heading = d.BOILERPLATE_HEADING.match(lines[position].text)
    rest = (heading["rest"] or "").strip() if heading is not None else ""
    if rest and NOTES_HEADING.match(heading["head"]) and not TO_EDITORS.match(heading["head"]):
        following = rest  # ``Editor's note: This story was first published ...``: the note on the heading's line
    elif NOTES_HEADING.match(lines[position].text) and position + 1 < len(lines):
        following = lines[position + 1].text
    else:
        return False
    itself = ORGANISATION_SAYS.match(following) or _names_itself(following)
    return itself is None and not d.is_contact(following)


QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|“[^“”]*”")
LOWER_INITIAL = re.compile(r"(?<![\w-])[a-zа-яёәғқңөұүһі]")
MAX_SUBJECT_LOWER_WORDS = 1


def _names_itself(text: str) -> re.Match[str] | None:
    """``ORGANISATION_SAYS_CYRILLIC`` with a name before its dash or verb: at most one word in lower case outside
    quotes (``Фонд «...» — ...``, ``Kcell – ...``; ``This story was updated at 14:00 - ...`` is a sentence)."""
    match = ORGANISATION_SAYS_CYRILLIC.match(text)
    if match is None or len(LOWER_INITIAL.findall(QUOTED.sub(" ", match["subject"]))) > MAX_SUBJECT_LOWER_WORDS:
        return None
    return match


BACKGROUND_HEADING = re.compile(r"^\s*" + listed("blocks-background-headings") + r"\s*$", re.I)
ORGANISATION_SAYS_KAZAKH = re.compile(
    r"^[«\"]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^.!?]{1,100}?\s(?:құрылған|құрылды|ашылған|жұмыс істейді|негізі қаланған)(?!\w)"
)
"""``Жастар ресурстық орталығы 2017 жылдан бері жұмыс істейді``: an organisation describing itself, its verb last."""


def _background_on_the_story(lines: list[Line], position: int) -> bool:
    """``Справка``, ``Анықтама``, ``Background`` over a text no organisation says of itself (a person's life, a
    museum's address and hours, a country's figures): background to the story, kept (over ``Фонд «...» создан в
    2021 году``, ``Орталық ... жұмыс істейді`` a release's boilerplate)."""
    heading = d.BOILERPLATE_HEADING.match(lines[position].text)
    if heading is None or BACKGROUND_HEADING.match(heading["head"]) is None:
        return False
    rest = (heading["rest"] or "").strip()
    following = rest or (lines[position + 1].text if position + 1 < len(lines) else "")
    itself = ORGANISATION_SAYS.match(following) or _names_itself(following) or ORGANISATION_SAYS_KAZAKH.match(following)
    return itself is None


def _opens_boilerplate(lines: list[Line], position: int, body_start: int) -> bool:
    if position <= body_start + 1 or not d.is_boilerplate_heading(lines[position].text):
        return False
    if _notes_on_the_story(lines, position) or _background_on_the_story(lines, position):
        return False
    if _above_comments(lines, position):
        return True
    return position >= len(lines) * BOILERPLATE_SHARE or len(lines) - position <= BOILERPLATE_LAST_LINES


BOILERPLATE_REACH = 3


def _above_comments(lines: list[Line], position: int) -> bool:
    """A heading (``About the author``) with at most two lines between it and a comment section's opener."""
    following = lines[position + 1 : position + 1 + BOILERPLATE_REACH]
    return any(d.is_comment_opener(line.text) for line in following)


SIGNATURE_SEPARATOR = "--"
MAX_PROSE_UNDER_SIGNATURE = 1
SIGNATURE_SHARE, SIGNATURE_LAST_LINES = 0.5, 12  # in the text's second half, or among its last lines


VALEDICTION = re.compile(r"^\s*" + listed("blocks-valedictions") + r"\s*[,.!]?\s*$", re.I)

SIGNATURE_REACH = 2
NAME_WORDS = re.compile(r"^[«\"“]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\s,]*,?(?:\s+[«\"“]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\s,]*,?){0,3}\s*$")
"""A name of one to four capitalised words (``Мадина Әлиханова``, ``Bolat Serikbayev``), each word apart by spaces."""


def _signs(text: str) -> bool:
    """A signature's line: a valediction (``С уважением,``), a name of a few capitalised words, a contact, or page
    furniture (a disclaimer, a counter)."""
    name = NAME_WORDS.match(text) is not None and SENTENCE_END.search(text) is None
    return VALEDICTION.match(text) is not None or name or d.is_contact(text) or d.is_debris(text)


def _valediction_with_comma(text: str) -> bool:
    """``Best regards,``, ``С уважением,``: a valediction closed by its comma, the sender's name on the next line."""
    return VALEDICTION.match(text) is not None and text.rstrip().endswith(",")


def _signs_off(lines: list[Line], position: int, body_start: int) -> bool:
    """A valediction closed by a comma (``Kind regards,``) over a name of a few capitalised words, among the text's last
    lines and with at most one long sentence's line under it (a disclaimer): an e-mail's signature, with the sender's
    role, office, phone, links and the client's stamp under it (``Спасибо!`` alone, or over a sentence, is the
    story's)."""
    if position <= body_start + 1 or position + 1 >= len(lines) or not _valediction_with_comma(lines[position].text):
        return False
    if len(lines) - position > SIGNATURE_LAST_LINES:
        return False
    name = lines[position + 1].text
    if NAME_WORDS.match(name) is None or SENTENCE_END.search(name) is not None:
        return False
    prose = [line for line in lines[position + 1 :] if is_paragraph(line.text)]
    sentences = [
        line
        for line in lines[position + 2 :]
        if SENTENCE_END.search(line.text) and not (d.is_contact(line.text) or d.is_debris(line.text))
    ]  # ``Notice the signature: no name.`` / ``Real banks never ask ...``: the story goes on under a quoted letter
    return len(prose) <= MAX_PROSE_UNDER_SIGNATURE and len(sentences) <= MAX_PROSE_UNDER_SIGNATURE


def _opens_signature(lines: list[Line], position: int, body_start: int) -> bool:
    """``--`` alone on its line (an e-mail's signature separator, a blog's rule over its author's card) in the
    text's second half or among its last lines, a signature's line right under it (a valediction, a name, a
    contact, a disclaimer) and at most one long sentence's line under it (a disclaimer): the rest is no story."""
    if _signs_off(lines, position, body_start):
        return True
    if lines[position].text.strip() != SIGNATURE_SEPARATOR or position <= body_start + 1:
        return False
    if position < len(lines) * SIGNATURE_SHARE and len(lines) - position > SIGNATURE_LAST_LINES:
        return False
    if not any(_signs(line.text) for line in lines[position + 1 : position + 1 + SIGNATURE_REACH]):
        return False  # "--" / "UPDATE 16:00: ...", "--" / a release's headline: a rule between parts of the text
    prose = [line for line in lines[position + 1 :] if is_paragraph(line.text)]
    return len(prose) <= MAX_PROSE_UNDER_SIGNATURE


COMMENTS_HEADING = re.compile(r"^\s*" + listed("blocks-comments-headings") + r"\s*:?\s*$", re.I)
COMMENT_FORM_FIELD = re.compile(r"^\s*" + listed("blocks-comment-form") + r"\s*[:*]?\s*$", re.I)


def _opens_a_comment_form(lines: list[Line], position: int) -> bool:
    """``Пікірлер`` over ``Атыңыз``, ``Comments`` over ``Your name``: a comments heading over its form's field."""
    if COMMENTS_HEADING.match(lines[position].text) is None or position + 1 >= len(lines):
        return False
    return COMMENT_FORM_FIELD.match(lines[position + 1].text) is not None


REPLY_REACH = 4


def _opens_a_thread(lines: list[Line], position: int) -> bool:
    """``Комментарии`` over a comment and its ``Ответить`` button: a comments heading with a reply's button among the
    next lines (a bare ``Комментарии`` may head the story's own section)."""
    if COMMENTS_HEADING.match(lines[position].text) is None:
        return False
    following = lines[position + 2 : position + 2 + REPLY_REACH]
    return any(line.text.strip().casefold() in d.POST_ACTIONS or d.is_post_actions(line.text) for line in following)


MAX_COMMENTER_WORDS, REPLIES_REACH, MIN_REPLIES = 4, 12, 2
REPLY_BUTTONS = word_set("debris-reply-buttons")


def _opens_a_reply_thread(lines: list[Line], position: int) -> bool:
    """A comment under the post, whatever the network: its author's short name, the comment, its age or date
    (``1w``, ``24 мар в 19:02``) and a reply button (``Reply``, ``Ответить``, ``Жауап беру``), in the text's second
    half, among its last lines or with another reply button close under it (a comments heading need not stand over
    it)."""
    if position + 3 >= len(lines):
        return False
    replies = sum(
        line.text.strip(" .!").casefold() in REPLY_BUTTONS for line in lines[position : position + REPLIES_REACH]
    )
    late = position >= len(lines) * COMMENTS_SHARE or len(lines) - position <= COMMENTS_LAST_LINES
    if not late and replies < MIN_REPLIES:
        return False
    author, _, stamp, button = (line.text.strip() for line in lines[position : position + 4])
    if len(author.split()) > MAX_COMMENTER_WORDS or author.endswith(("!", "?", ":", ";")):
        return False
    aged = d.SHORT_STAMP.match(stamp) is not None or is_date_line(stamp)
    return aged and button.strip(" .!").casefold() in REPLY_BUTTONS


def _opens_comments(lines: list[Line], position: int, body_start: int) -> bool:
    """A comment section's opener (``No comments:``, ``Leave a Reply``) after the article's text."""
    text = lines[position].text
    if position > body_start + 1 and _opens_a_reply_thread(lines, position):
        return True
    if position > body_start + 1 and _opens_a_comment_form(lines, position):
        return True
    if position > body_start + 1 and _post_widgets(lines, position) and not _widgets_over_the_story(lines, position):
        return True  # a post's counters and buttons one a line (``41 комментарий``, ``58 репостов``, ``Нравится``)
    if position > body_start + 1 and _opens_a_thread(lines, position):
        return True
    if position <= body_start + 1 or not d.is_comment_opener(text):
        return False
    if d.is_post_counters(text) or d.is_post_actions(text):
        # a post's counters and buttons stand under the post, wherever its comments end: with comments'
        # buttons after them ("Like  Reply  2d") or a forum's under a post (an edit stamp or a signature
        # above them, another member's reply under them); a lone "Share | Reply" mid-story is the story's
        return any(d.is_comment_opener(line.text) for line in lines[position + 1 :]) or _forum_buttons(lines, position)
    return position >= len(lines) * COMMENTS_SHARE or len(lines) - position <= COMMENTS_LAST_LINES


MIN_STORY_PARAGRAPHS_UNDER_WIDGETS = MIN_PARAGRAPHS_BELOW


def _widgets_over_the_story(lines: list[Line], position: int) -> bool:
    """A page's share buttons (``Share`` / ``Share``) over the story: at most one sentence's paragraph above them (a
    deck), two paragraphs or more under them and no reply button nor comment's age among the lines under them (a
    social post's counters over its comments have those)."""
    texts = [line.text.strip() for line in lines]
    prose = [is_paragraph(text) for text in texts]
    if sum(prose[:position]) > MAX_SENTENCES_OVER_LABEL or sum(prose[position:]) < MIN_STORY_PARAGRAPHS_UNDER_WIDGETS:
        return False
    below = texts[position + 2 :]
    return not any(text.strip(" .!").casefold() in REPLY_BUTTONS or d.SHORT_STAMP.match(text) for text in below)


def _forum_buttons(lines: list[Line], position: int) -> bool:
    """A forum post's buttons: an edit stamp right above them or over a signature, or a reply under them."""
    texts = [line.text for line in lines]
    above = texts[position - 1] if position > 0 else ""
    return (
        t.is_edit_stamp(above)
        or t.signature_above(texts, position) > 0
        or t.opens_a_reply(texts[position + 1 : position + 3])
    )


def _thread_furniture(lines: list[Line], position: int) -> int:
    """How many lines from ``position`` are a forum member's card or a post's edit stamp (0: none)."""
    if t.is_edit_stamp(lines[position].text):
        return 1
    return t.member_card([line.text for line in lines[position : position + 2 + t.MIN_CARD_FIELDS + 4]])


def _post_widgets(lines: list[Line], position: int) -> bool:
    """Two lines in a row, each one counter or one button of a social post, or a button over its bare count."""
    pair = lines[position : position + 2]
    if len(pair) < 2:
        return False
    if not all(d.is_post_widget(line.text) for line in pair) and not d.is_counted_reaction(pair[0].text, pair[1].text):
        return False
    return not d.counter_in_a_list([line.text for line in lines[: position + 1]], position)


MAX_REPEATED_LABEL_WORDS, MAX_SENTENCES_OVER_LABEL = 8, 1
LETTER = re.compile(r"[^\W\d_]")


def _repeats_the_header(lines: list[Line], position: int, body_start: int) -> bool:
    """A short line without a stop that the page's header also writes, word for word, above the title (the site's
    or office's name, a country's, a section's: ``Climate and Environment``, ``OSCE Centre in Ashgabat``), standing
    here before the story's second paragraph or at the page's foot (no story paragraph below): the page's furniture
    written again, not the story's line."""
    text = lines[position].text.strip()
    words_ = text.split()
    if not 0 < len(words_) <= MAX_REPEATED_LABEL_WORDS or LETTER.search(text) is None:
        return False
    if text.endswith((".", "!", "?", "…", ":", ";")):
        return False
    if not any(line.text.strip() == text for line in lines[: max(0, body_start - 1)]):
        return False
    if lines[position - 1].text.rstrip().endswith((":", "：")):
        return False  # a field's value under its label (``From:`` / the office's name): the field's rules read it
    if _item_of_an_introduced_list(lines, position, body_start):
        return False
    return _past_the_story_or_before_it(lines, position, body_start)  # a deck or a picture's caption may stand above


MIN_LIST_INTRO_WORDS, MAX_LIST_ITEMS_ABOVE = 2, 12


def _item_of_an_introduced_list(lines: list[Line], position: int, body_start: int) -> bool:
    """A short line in a run of short lines without a stop (``Karaganda`` / ``-29°C`` / ``Almaty``) right under the
    story's sentence closing on a colon (``Expected lows on Saturday:``, two words or more; not a one-word label):
    an item of the story's own list, though the header's city switcher writes the same name."""
    for at in range(position - 1, max(body_start, position - 1 - MAX_LIST_ITEMS_ABOVE) - 1, -1):
        text = lines[at].text.strip()
        if text.endswith((":", "：")):
            return len(text.split()) >= MIN_LIST_INTRO_WORDS and lines[at].role is LineRole.BODY
        if len(text.split()) > MAX_REPEATED_LABEL_WORDS or text.endswith((".", "!", "?", "…", ";")):
            return False
    return False


MAX_SWITCHER_LABEL_WORDS, MIN_SWITCHER_LANGUAGES = 3, 2
SWITCHER_LABEL = re.compile(r"^\s*" + listed("blocks-switcher-labels") + r"\s*[:：]\s*$", re.I)


def _switcher_column(lines: list[Line], position: int, body_start: int) -> int:
    """How many lines from ``position`` are a language switcher written one language a line under its short label
    (``Доступно на:`` / ``English`` / ``Русский``), before the story's second paragraph or at the page's foot (0:
    none; ``The app is available in:`` over the languages is the story's sentence)."""
    label = lines[position].text.strip()
    if len(label.split()) > MAX_SWITCHER_LABEL_WORDS or not label.endswith((":", "：")):
        return 0
    if SWITCHER_LABEL.match(label) is None:
        return 0  # ``Языки обучения:``, ``Аудиогид тілдері:``: the story's own list of languages
    size = 1
    while position + size < len(lines) and lines[position + size].text.strip().casefold() in d.LANGUAGES:
        size += 1
    if size - 1 < MIN_SWITCHER_LANGUAGES:
        return 0
    return size if _past_the_story_or_before_it(lines, position, body_start) else 0


def _past_the_story_or_before_it(lines: list[Line], position: int, body_start: int) -> bool:
    """No more than one sentence's paragraph (a deck, a caption) above ``position``, or none below it."""
    above = [line for line in lines[body_start:position] if is_paragraph(line.text)]
    return len(above) <= MAX_SENTENCES_OVER_LABEL or not _story_paragraph_below(lines, position)


POLL_HEADING = re.compile(r"^\s*" + listed("debris-poll-headings") + r"\s*:?\s*$", re.I)
VOTE_STEM = re.compile(r"(?<!\w)" + listed("debris-vote-stems"), re.I)
MIN_POLL_OPTIONS, MAX_POLL_OPTIONS, MAX_OPTION_WORDS, MAX_VOTE_LINE_WORDS = 2, 8, 6, 6


def _poll(lines: list[Line], position: int) -> int:
    """How many lines from ``position`` are a poll (0: none): its heading if any (``Опрос``), a question, two answers
    or more (short lines without a stop), closed by its count of votes or its button (``Проголосовали 3 418
    человек``, ``Vote``); a question over a story's short list has no such close."""
    at = position + (POLL_HEADING.match(lines[position].text) is not None)
    if at >= len(lines) or not lines[at].text.rstrip().endswith("?") or not d.is_headline_like(lines[at].text):
        return 0
    options = 0
    for line in lines[at + 1 : at + 2 + MAX_POLL_OPTIONS]:
        text = line.text.strip()
        if VOTE_STEM.search(text) and len(text.split()) <= MAX_VOTE_LINE_WORDS:
            break
        if len(text.split()) > MAX_OPTION_WORDS or text.endswith((".", "!", "?", ":", ";")):
            return 0
        options += 1
    else:
        return 0
    if options < MIN_POLL_OPTIONS:
        return 0
    size = at + 1 + options - position
    while position + size < len(lines) and size <= at + 3 + options - position:
        text = lines[position + size].text.strip()
        if not (VOTE_STEM.search(text) and len(text.split()) <= MAX_VOTE_LINE_WORDS):
            break
        size += 1
    return size


def _neighbour(lines: list[Line], position: int, body_start: int) -> bool:
    """A link to a neighbouring post or its headline, after the story's first lines; a list's heading under the
    link (``Следующая новость →`` over ``Читайте также``) is no neighbour's headline."""
    if position <= body_start + 1 or d.is_block_heading(lines[position].text):
        return False
    return is_neighbour_link(lines[position].text) or is_neighbour_title(lines, position)


PUBLISHER_NOUN = listed("debris-publisher-nouns") + r"s?(?!\w)"
PUBLISHER_ABOUT = re.compile(
    r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«\"][^.!?]{0,60}?(?:,[^.!?]{1,80},)?\s+(?:is|are)\s+(?:an?|the|one of|part of)\s+[^.!?]{0,80}?"
    + PUBLISHER_NOUN
    + r"|^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«\"][^.!?—–]{0,60}\s[—–]\s(?:[^.!?\s]+\s+){0,3}"
    + PUBLISHER_NOUN,
    re.I,
)
"""``Eurasia Desk is an independent news organization that covers ...``, ``Степной вестник — независимое издание``: a
site's self-description."""
MAX_PUBLISHER_ABOUT_WORDS = 40


def _publisher_about(lines: list[Line], position: int, body_start: int) -> bool:
    """The site describing itself (``PUBLISHER_ABOUT``) after the story's first lines, with no story's paragraph below
    it: the page's foot, however the site names itself."""
    text = lines[position].text
    if position <= body_start + 1 or len(text.split()) > MAX_PUBLISHER_ABOUT_WORDS or SPEECH.search(text):
        return False
    return PUBLISHER_ABOUT.match(text) is not None and not _story_paragraph_below(lines, position)


def mark_blocks(lines: list[Line], body_start: int) -> None:
    """Mark the end, related-stories lists, contact blocks and closing boilerplate as debris."""
    for position in range(body_start, len(lines)):
        if lines[position].role is LineRole.BODY and _publisher_about(lines, position, body_start):
            lines[position].role = LineRole.DEBRIS
    scan = _Scan(entry_times=entry_times(lines), counts=Counter(line.text.strip() for line in lines))
    for position in range(body_start, len(lines)):
        line = lines[position]
        # an end mark a block already took (a contact block running over ``###``) still ends the text
        scan.ended = scan.ended or (line.role in (LineRole.BODY, LineRole.DEBRIS) and d.is_end_marker(line.text))
        if line.role is not LineRole.BODY:
            continue
        comments = _opens_comments(lines, position, body_start)
        if scan.ended or (not comments and _neighbour(lines, position, body_start)):
            line.role = LineRole.DEBRIS
        elif _opens_related(lines, position, scan.counts):  # another list's heading (``Tags`` under ``Related``)
            line.role = LineRole.DEBRIS
            scan.related_left, scan.after_headline, scan.just_headline, scan.bare = (
                MAX_RELATED_HEADLINES,
                False,
                False,
                False,
            )
            scan.tags_left = MAX_RELATED_TAGS
            inline = scan.counts[line.text.strip()] > 1 and _boxes_between_paragraphs(lines, position)
            scan.teasers = not _prompt_inside_the_story(lines, position) and not inline
        elif not comments and (
            _in_related(scan, lines, position)
            or _is_furniture_line(lines, position)
            or _repeats_the_header(lines, position, body_start)
        ):
            line.role = LineRole.DEBRIS
        elif size := (
            _box(lines, position)
            or _subscription_form(lines, position)
            or _switcher_column(lines, position, body_start)
            or _poll(lines, position)
            or _form_fields(lines, position)
        ):
            for boxed in lines[position : position + size]:
                boxed.role = LineRole.DEBRIS
        elif size := d.gift_list([line.text for line in lines[position : position + d.MAX_GIFT_LINES + 2]]):
            for gift in lines[position : position + size]:
                gift.role = LineRole.DEBRIS
        elif size := _fund_widget(lines, position):
            for widget in lines[position : position + size]:
                widget.role = LineRole.DEBRIS
        elif size := _embedded_post(lines, position):
            for embedded in lines[position : position + size]:
                embedded.role = LineRole.DEBRIS
        elif position > body_start and (size := _contact_block(lines, position)):
            for contact in lines[position : position + size]:
                contact.role = LineRole.DEBRIS
        elif size := _thread_furniture(lines, position):
            for furniture in lines[position : position + size]:
                furniture.role = LineRole.DEBRIS
        elif (
            comments or _opens_boilerplate(lines, position, body_start) or _opens_signature(lines, position, body_start)
        ):
            signature = t.signature_above([line.text for line in lines], position) if comments else 0
            for rest in lines[position - signature :]:
                rest.role = LineRole.DEBRIS
            return
