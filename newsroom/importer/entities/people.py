"""People: the finder's names and the registry's, later mentions folded into the full name."""

from __future__ import annotations

import re

from newsroom.importer.entities.base import ArticleText, Finder, Names, is_bare_name, without_kinship_word
from newsroom.importer.entities.cyrillic import SURNAME_ENDINGS as CYRILLIC_SURNAME_ENDINGS
from newsroom.importer.patterns import listed
from newsroom.importer.wordlists import word_set, words
from newsroom.registry import Vocabulary, name_keys, stem, stem_key

INTERFACE_WORDS = word_set("people-interface-words")
"""``Ответить``, ``Жалоба``, ``Reply``: a button's or a widget's word, never a word of a person's name."""


NAME_WRITING = re.compile(r"[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*)*")
"""Words of letters (a hyphen, an apostrophe, an initial's full stop inside): how a person's name is written; a
symbol (``▪️ Көктал``, a list's bullet) or a figure in it marks a list item, a handle or a code taken for a name."""


def _is_interface_phrase(name: str) -> bool:
    """``Ответить Жалоба``, ``Reply Report``: a row of buttons a finder took for a name."""
    return any(word.casefold() in INTERFACE_WORDS for word in name.split())


def _merged(names: list[str], vocabulary: Vocabulary, lang: str) -> list[str]:
    """Known spellings to the registry's form; lone surnames onto the full name that has them."""
    out = Names()
    full = [name for name in names if len(name.split()) >= 2]
    known: set[str] = set()
    for name in names:
        entry = vocabulary.get(name)
        if entry is not None and _namesakes_surname(name, full, vocabulary):
            continue  # "Жапаров" after "Бакыт Токтогулович Жапаров": the story's own person, named in full
        if entry is not None:
            if entry.name not in known:
                known.add(entry.name)
                out.add(vocabulary.display(name, lang))
        elif len(name.split()) < 2:
            surname = stem(name)
            owner = next((f for f in full if stem(f.split()[-1]) == surname), None)
            if owner is not None:
                out.add(vocabulary.display(owner, lang))
        else:
            out.add(name)
    return out.list()


def _within(short: str, long: str) -> bool:
    """The words of ``short`` stand, in order and together, in the longer name ``long`` (``Зинаида Павловна``
    in ``Зинаида Павловна Корчагина``, ``Osman Rahimov`` in ``Farid bin Osman Rahimov``), whatever their case."""
    inner, outer = [stem_key(w) for w in short.split()], [stem_key(w) for w in long.split()]
    return len(inner) < len(outer) and any(
        outer[at : at + len(inner)] == inner for at in range(len(outer) - len(inner) + 1)
    )


def _one_form_each(names: list[str], restored: frozenset[str] = frozenset()) -> list[str]:
    """One form per person: of the forms a name takes in its cases (``Нурлана Бекетова``, ``Нурлан Бекетов``),
    one the text writes rather than one put back in the nominative, then the shortest, which is the
    nominative; a part of a longer name found too goes."""
    kept: list[str] = []

    def rank(name: str) -> tuple[bool, int, int]:
        return name in restored, len(name), names.index(name)

    for name in names:
        same = [other for other in names if other != name and len(other.split()) == len(name.split())]
        same = [other for other in same if name_keys(other) & name_keys(name)]
        if any(rank(other) < rank(name) for other in same):
            continue
        if any(_within(name, other) for other in names):
            continue
        kept.append(name)
    return kept


def _short_form(short: str, long: str) -> bool:
    """``Виктор Шульц-Беккер`` of ``Виктор Иванович Шульц-Беккер``, ``Aliya Nurlanova`` of ``Aliya K. Nurlanova``:
    two words, the first and the last of a longer name (whatever their case)."""
    inner, outer = short.split(), long.split()
    return (
        len(inner) == 2
        and len(outer) > 2
        and bool(name_keys(inner[0]) & name_keys(outer[0]))
        and bool(name_keys(inner[-1]) & name_keys(outer[-1]))
    )


def _fullest_forms(names: list[str], restored: frozenset[str], confirmable: bool = False) -> list[str]:
    """One form per person named in full and shortly: the full name as the text writes it; but a full name
    the text writes only in another case (put back in the nominative) gives way to the short one written, unless
    the finder's nominatives are ``confirmable`` and the short one confirms it."""

    def confirmed(short: str, full: str) -> bool:
        return confirmable and _confirmed(short, full)

    kept = []
    for name in names:
        longer = [other for other in names if _short_form(name, other)]
        if any(other not in restored or confirmed(name, other) for other in longer):
            continue
        if name in restored and any(_short_form(other, name) and not confirmed(other, name) for other in names):
            continue
        kept.append(name)
    return kept


def _confirmed(short: str, full: str) -> bool:
    """``Нуржан Ахметов`` written, ``Нуржан Ерболович Ахметов`` put back from ``Нуржана Ерболовича Ахметова``: the
    short mention written in the nominative has the very first name and surname the full name was put back to,
    which confirms it."""
    inner, outer = short.split(), full.split()
    return inner[0] == outer[0] and inner[-1] == outer[-1]


_UPPER, _LOWER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ", "a-zа-яёәғқңөұүһі"
INITIALS = re.compile(rf"^(?:[{_UPPER}][{_LOWER}]?\.){{0,2}}[{_UPPER}](?:[{_LOWER}]?\.)?$")
"""``Н.А``, ``Ш.``, ``A.Sh.``: a name's initials, one to three letters (a transliterated one of two) with stops."""


def _initials(word: str) -> str:
    return "".join(letter for letter in word if letter.isupper())


def _short_of(short: str, full: str) -> bool:
    """``Бекжанова Н.А`` of ``Бекжанов Нурлан Абаевич``, ``Ш. Ирисметов`` of ``Шохрух Баходирович Ирисметов``: a
    surname with initials (in any order and case) whose initials are the first letters of the fuller name's
    other words."""
    words, others = short.split(), full.split()
    marks = [word for word in words if INITIALS.fullmatch(word) and _initials(word)]
    surnames = [word for word in words if word not in marks]
    if not marks or len(surnames) != 1 or len(others) < 2:
        return False
    surname = next((word for word in others if name_keys(word) & name_keys(surnames[0])), None)
    if surname is None:
        return False
    firsts = "".join(word[0] for word in others if word != surname)
    letters = "".join(_initials(mark) for mark in marks)
    return firsts.startswith(letters) or firsts == letters


def with_initials_stop(name: str, text: str) -> str:
    """``Ахметова А.К`` -> ``Ахметова А.К.``, ``Sharifzoda F. N`` -> ``Sharifzoda F. N.``, ``Luis Ortega Jr`` ->
    ``Luis Ortega Jr.``: a name closing on an initial or a suffix keeps the full stop the text writes after it (a
    sentence's or a list's end there is the initial's stop too)."""
    words = name.split()
    last = words[-1] if words else ""
    stopless = INITIALS.fullmatch(last) is not None and len(_initials(last)) == 1 + last.count(".")
    stopless = stopless or last in STOPPED_SUFFIXES  # "Luis Ortega Jr.": the suffix's stop as the text writes it
    if name.endswith(".") or len(words) < 2 or not stopless:
        return name
    return name + "." if re.search(re.escape(name) + r"\.", text) else name


STOPPED_SUFFIXES = frozenset(suffix.rstrip(".") for suffix in words("names-suffixes", "en"))
"""``Jr``, ``Sr``: a name's suffix that keeps the full stop the text writes after it."""
_NAME_WORD = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'.-]*"
_NAMES = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
CREDIT_CLAUSE = re.compile(
    r"(?:^|(?<=[.;!?»)])[ \t]+|(?<=\()|(?<=\n))"
    + "(?i:"
    + listed("people-credit-labels")
    + rf")(?:[ \t]*[:—–-])?[ \t]+{_NAMES}(?:(?:,|[ \t]+(?:and|и|және|&))[ \t]+{_NAMES})*"
    + rf"(?:[ \t]+(?:in|from|в|из)[ \t]+{_NAMES})?(?=[ \t]*(?:[;)|/]|[.!](?:\s|$)|$))",
    re.M,
)
"""``Reporting by Rustam Nazarov``, ``Editing by Ann Lee and Tom Reed``, ``Фото — Дарья Лемешко``, ``Фото Тимура
Юсупова``, ``Суретті түсірген Бауыржан Әлиев``: a label opening a clause, then the names of the story's makers
(and where they work), the clause ending there (``Дайындаған Айгүл жобаны қорғады`` is a sentence)."""
WRITER_LINE = re.compile(
    rf"^{_NAMES},[ \t]+(?:[^\W\d_][\w-]*[ \t]+){{0,3}}(?i:{listed('people-writer-roles')})[ \t]*$", re.M
)
"""``Ilkin Rzayev, Economy correspondent``, ``Анна Иванова, корреспондент``: a name and a writer's role, alone on a
line: the story's byline."""
CREW_LINE = re.compile(
    rf"^{_NAMES}(?:,[ \t]+{_NAMES})*,[ \t]+[«\"“][^»\"”\n]{{1,40}}[»\"”](?:,[ \t]+{_NAMES})?\.?[ \t]*$", re.M
)
"""``Мадина Абылкасымова, Бауыржан Сейткали, «Qazaq24», Алматы``: a TV report's sign-off, the crew's names, the
channel in quotes and the place: no people of the story."""
CONTACT_CLAUSE = re.compile(
    rf"{_NAMES},[ \t]+(?:[^,\n]{{1,60}},[ \t]+)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+\d[\d \t()-]{{6,}}\d)"
)
"""``Pierre-Yves Montclair, montclai@unhcr.org``, ``Aigerim Sadykova, Communications Officer, +7 701 ...``: a media
contact's name, role, e-mail or telephone: no person of the story, unless the story's sentences name them too."""
MIN_LIST_ITEMS = 3


def _list_item_lines(text: str, pattern: re.Pattern[str]) -> set[int]:
    """Where the lines of ``pattern``'s shape start that are items of a list: a run of them under a line closing
    on a colon (``Detained:``, ``Лауреаты:``) or a run of three or more: the story's own list of journalists or
    of laureates and their books, no byline or crew's sign-off."""
    lines = [(found.start(), found.group()) for found in re.finditer(r"^.*\S.*$", text, re.M)]
    shaped = [pattern.fullmatch(line.strip()) is not None for _, line in lines]
    items: set[int] = set()
    at = 0
    while at < len(lines):
        end = at
        while end < len(lines) and shaped[end]:
            end += 1
        if end > at and (end - at >= MIN_LIST_ITEMS or (at > 0 and lines[at - 1][1].rstrip().endswith(":"))):
            items.update(start for start, _ in lines[at:end])
        at = max(end, at + 1)
    return items


def _credits(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The clauses or lines of ``pattern`` crediting the story's makers, lines that are a list's items aside."""
    items = _list_item_lines(text, pattern) if pattern is not CREDIT_CLAUSE else set()
    return [match for match in pattern.finditer(text) if text.rfind("\n", 0, match.start() + 1) + 1 not in items]


def _without_credits(text: str, pattern: re.Pattern[str]) -> str:
    """The text with each credit of ``pattern`` put out (a space in its place)."""
    for match in reversed(_credits(text, pattern)):
        text = text[: match.start()] + " " + text[match.end() :]
    return text


AUTHOR_BIO = re.compile(rf"^{_NAMES}(?= is (?:a|an|the) [a-z])")
"""``Daniyar Kuanyshev is a hydrologist and senior fellow at ...`` closing the page: the columnist's bio."""
MIN_SURNAME_STEM = 4


def _surname_stem(name: str) -> re.Pattern[str]:
    """The surname's stem as a word's start (``Юсупов`` in ``Юсупова``)."""
    surname = name.split()[-1]
    stem_ = surname[: max(MIN_SURNAME_STEM, len(surname) - 2)]
    return re.compile(rf"(?<![\w-]){re.escape(stem_)}", re.I)


def _credited_only(name: str, text: str, uncredited: str) -> bool:
    """A name written only in clauses crediting the story's makers (a photographer, a reporter, an editor, a
    translator): no person of the story; one the story's sentences name too stays."""
    stem_ = _surname_stem(name)
    return stem_.search(text) is not None and stem_.search(uncredited) is None


def _namesakes_surname(mention: str, found: list[str], vocabulary: Vocabulary) -> bool:
    """``Жапаров`` after ``Бакыт Токтогулович Жапаров``: a lone surname the story's own full name carries is that
    person's, not the registry's namesake (``Садыр Жапаров``)."""
    if len(mention.split()) != 1:
        return False
    known = vocabulary.get(mention)
    surname = stem(mention)
    return any(
        len(name.split()) >= 2 and stem(name.split()[-1]) == surname and vocabulary.get(name) is not known
        for name in found
    )


RUSSIAN_PATRONYMIC = re.compile(r"(?:ович|евич|овна|евна|ична|ьич)$")
"""A Russian patronymic (``Токтосуновна``, ``Ильич``); a Kazakh ``-ұлы`` stands for a surname (``Ерболат Муратулы``)."""


def _first_at(name: str, text: str) -> int:
    """Where the text first writes the name's last word (in any case), or the text's end."""
    found = _surname_stem(name).search(text)
    return found.start() if found is not None else len(text)


def _address_form(name: str, names: list[str], text: str) -> bool:
    """``Гульмира Токтосуновна`` after ``Гульмира Абдыкадырова``: a first name and a patronymic, how an interviewer
    addresses a person the story has named in full before (a name with that first name and a surname)."""
    words = name.split()
    if len(words) != 2 or RUSSIAN_PATRONYMIC.search(words[1]) is None:
        return False
    return any(
        other.split()[0] == words[0]
        and len(other.split()) >= 2
        and RUSSIAN_PATRONYMIC.search(other.split()[-1]) is None
        and _first_at(other, text) < _first_at(name, text)
        for other in names
        if other != name
    )


COMPOUND_NOUN = re.compile(r"[^\W\d_][a-zа-яё]+-[a-zа-яёәғқңөұүһі]+")
"""``Мастер-кашинщик``, ``Инженер-геолог``: a compound noun of an occupation, its second part in lower case (a
double surname's is capitalised: ``Шмидт-Ауэр``)."""


def _without_compound_noun(name: str) -> str:
    """``Мастер-кашинщик Ахмаджон Нурметов`` -> ``Ахмаджон Нурметов``: an occupation opening a sentence, taken into
    the name after it; ``Kenesbai Oraz-uly Zhangeldin`` keeps its patronymic."""
    words = name.split()
    if len(words) >= 3 and COMPOUND_NOUN.fullmatch(words[0]) and not words[0].endswith(_PATRONYMIC_SUFFIXES):
        return " ".join(words[1:])
    return name


_PATRONYMIC_SUFFIXES = ("-uly", "-ұлы", "-улы", "-kyzy", "-қызы", "-кызы", "-ogly", "-оглы")


_LONE = r"(?P<name>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]{2,})"
_NO_SURNAME = r"(?![\w’'-])(?![ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])"
_KK_GENITIVE = r"(?i:[а-яәғқңөұүһі]+(?:ның|нің|дың|дің|тың|тің))"
KIN_FIRST_NAME = [
    re.compile(rf"(?<![\w-]){listed('people-kin-titles', 'en')}[ \t]+{_LONE}{_NO_SURNAME}"),
    re.compile(rf"(?<![\w-])(?i:{listed('people-kinship-nouns', 'ru')})(?:[ \t]+[а-яё]+)?,[ \t]+{_LONE},"),
    re.compile(rf"{_KK_GENITIVE}[ \t]+(?P<kin>{listed('people-kinship-nouns', 'kk')})[ \t]+{_LONE}{_NO_SURNAME}"),
    re.compile(rf"(?<![\w-])[\w]+-year-old[ \t]+{_LONE}{_NO_SURNAME}"),
    re.compile(rf"(?:^|(?<=[.!?…»][ \t])){_LONE},[ \t]+\d{{1,3}}[ \t]+(?i:{listed('people-age-words')}),"),
]
"""``Uncle Tologon``, ``внук хозяйки, Арман,``, ``оның ұлы Жасұлан мен`` (whose son; not ``Ұлы Жібек жолы``,
the Great Silk Road), ``twelve-year-old Amina``, ``Руслан, 41 год, ...`` opening a sentence: a kinship title or noun
or an age, then a first name alone (as the title's name, in apposition between
commas, after a Kazakh genitive): a person the story names by first name only. English ``her son, Timur,`` is left
out: the corpus labels it no person (holdout14, holdout9) as often as a person (holdout20)."""


KIN_IDIOMS = word_set("people-kin-idioms", "en")
"""``Uncle Sam``, ``Aunt Sally``: a kinship title and a first name that personify a country or a thing."""
KK_GREAT = "ұлы"
KK_POSSESSIVE_ENDINGS = ("ы", "і")
"""``қазақтың ұлы Даласы`` (the Kazakhs' great steppe): ``ұлы`` is also the adjective *great*, and a noun after a
genitive takes the possessive ending; a first name after ``оның ұлы`` (his son) takes none."""


def _is_kin_idiom(match: re.Match[str]) -> bool:
    """A kinship title and a capitalised word that make a figure of speech, no person: ``Uncle Sam``, ``ұлы
    Даласы``."""
    if " ".join(match.group().split()).casefold() in KIN_IDIOMS:
        return True
    kin = match.groupdict().get("kin")
    return kin is not None and kin.casefold() == KK_GREAT and match["name"].endswith(KK_POSSESSIVE_ENDINGS)


def _kin_first_names(article: ArticleText, people: list[str]) -> list[str]:
    """First names a kinship noun introduces, none a word of a name found, a place or an organization."""
    found = Names()
    taken = {word for name in people for word in name.split()}
    for paragraph in article.people_paragraphs:
        for pattern in KIN_FIRST_NAME:
            for match in pattern.finditer(paragraph):
                name = match["name"]
                if name in taken or article.registry.resolve(name, "places", "organizations", "sources"):
                    continue
                if not _is_kin_idiom(match):
                    found.add(name)
    return found.list()


MAX_CELL_WORDS = 5
MAX_TABLE_COLUMNS = 6
MIN_TABLE_ROWS = 3
CELL_END = (".", "!", "?", ":", ";")


def _is_cell(line: str) -> bool:
    """A short line with no sentence's end: a table's cell copied one a line."""
    text = line.strip()
    return bool(text) and len(text.split()) <= MAX_CELL_WORDS and not text.endswith(CELL_END)


def _cell_runs(paragraphs: list[str]) -> list[list[str]]:
    """The runs of cells right after a line ending with a colon (``Жеңімпаздар тізімі:``): tables flattened one
    cell a line."""
    runs = []
    for at, paragraph in enumerate(paragraphs):
        if not paragraph.rstrip().endswith(":"):
            continue
        end = at + 1
        while end < len(paragraphs) and _is_cell(paragraphs[end]):
            end += 1
        runs.append(paragraphs[at + 1 : end])
    return runs


def _is_person_cell(cell: str, people: list[str]) -> bool:
    """A cell naming a person the story names (in full or shortly)."""
    return any(cell == name or _short_form(cell, name) for name in people)


def _table_column_names(article: ArticleText, people: list[str]) -> list[str]:
    """The other names of a flattened table's column that names a person the story names (``Ерасыл Бекмұхамбет``
    among the champions): its cells are all written as names, under a header cell that is none."""
    found = Names()
    for cells in _cell_runs(article.paragraphs):
        for width in range(2, MAX_TABLE_COLUMNS + 1):
            if len(cells) % width or len(cells) // width < MIN_TABLE_ROWS:
                continue
            for column in range(width):
                header, *values = cells[column::width]
                named = all(is_bare_name(value) and len(value.split()) >= 2 for value in values)
                if named and not is_bare_name(header) and any(_is_person_cell(v, people) for v in values):
                    for value in values:
                        if not _is_person_cell(value, people):
                            found.add(value)
    return found.list()


_TWO_WORDS = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]+[ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w’'-]+"
NAME_LIST = re.compile(
    rf"(?<![\w-]){_TWO_WORDS}(?:,[ \t]+{_TWO_WORDS}){{0,12}},?[ \t]+(?:and|и|және|мен)[ \t]+{_TWO_WORDS}(?![\w-])"
)
"""``Ақерке Тоқтарова, Нұрсұлтан Жанболатұлы және Дамир Ли``: a list of two-word items joined by commas and
``and``/``и``/``және``."""
ITEM_BREAK = re.compile(r",?[ \t]+(?:and|и|және|мен)[ \t]+|,[ \t]+")
MIN_NAMED_ITEMS = 2


def _listed_with_people(article: ArticleText, people: list[str]) -> list[str]:
    """The other Cyrillic items of a list whose items, two or more of them, are people the story names (``Дамир Ли``,
    whose two-letter surname no rule reads, beside two schoolmates)."""
    found = Names()
    for paragraph in article.people_paragraphs:
        for match in NAME_LIST.finditer(paragraph):
            items = [item.strip() for item in ITEM_BREAK.split(match.group()) if item.strip()]
            named = [item for item in items if _is_person_cell(item, people)]
            if len(named) >= MIN_NAMED_ITEMS:
                for item in items:
                    cyrillic = re.search(r"[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]", item) is not None  # Latin: the finder's cues
                    if cyrillic and item not in named and not article.registry.resolve(item, "places", "organizations"):
                        found.add(item)
    return found.list()


_PARTICLES = listed("names-particles")
GREETED = re.compile(
    rf"^(?:\d+\\?\.[ \t]+)?(?i:{listed('people-greetings')}),[ \t]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_PARTICLES}[ \t]+){{0,2}}{_NAME_WORD}){{1,3}})[ \t]*[.!]?$"
)
"""``4. Welcome, Pieter de Wit``, ``Добро пожаловать, Анна Иванова!``: a heading greeting a person by full name
(a newcomer, a laureate) alone on its line."""


FIRST_NAMES = word_set("names-first")
GREETED_SURNAME_ENDINGS = (
    *words("names-surname-endings", "en"),
    *(ending for ending in CYRILLIC_SURNAME_ENDINGS if ending not in ("ин", "ын")),
)
"""Surnames' endings a greeted name closes on; not ``-ин``/``-ын``, which close a wish too (``Құтты болсын``)."""


def _written_as_a_persons_name(name: str) -> bool:
    """``Ingrid van Dijk``, ``Айгерім Бекова``: a known first name opening it or a surname's ending closing it;
    ``Team Kazakhstan``, ``Жаңа Оқу Жылы`` (the new school year) are greeted too, and are no people."""
    words_ = name.split()
    last = words_[-1].casefold()
    return words_[0].casefold() in FIRST_NAMES or last.endswith(GREETED_SURNAME_ENDINGS)


def _greeted(article: ArticleText) -> list[str]:
    """The full names of the people a heading greets, written as a person's, none a place or an organization."""
    found = Names()
    for paragraph in article.people_paragraphs:
        match = GREETED.match(paragraph.strip())
        if match is None or not _written_as_a_persons_name(match["name"]):
            continue
        if not article.registry.resolve(match["name"], "places", "organizations", "sources"):
            found.add(match["name"])
    return found.list()


def find_people(article: ArticleText, finder: Finder, source: str | None = None) -> list[str]:
    """People named in the article, full names only, none of them a known place or organization, nor the
    publication the article comes from (``told Steppe Wire``: the agency of its dateline)."""
    registry = article.registry
    found = finder.people()
    mentioned = [match.group(1) for _, match in registry.people.mentions(article.text)]
    names = found + [name for name in mentioned if not _namesakes_surname(name, found, registry.people)]
    names = [_without_compound_noun(without_kinship_word(name)) for name in names]
    people = []
    restored = frozenset(without_kinship_word(name) for name in finder.restored_people())
    merged = _one_form_each(_merged([name for name in names if name], registry.people, article.lang), restored)
    merged = [name for name in merged if not any(_short_of(name, other) for other in merged if other != name)]
    merged = [name for name in merged if not _address_form(name, merged, article.text)]
    shapes = (CREDIT_CLAUSE, WRITER_LINE, CREW_LINE, CONTACT_CLAUSE)
    credits = "\n".join(match.group() for pattern in shapes for match in _credits(article.text, pattern))
    paragraphs = article.people_paragraphs
    bio = AUTHOR_BIO.match(paragraphs[-1]) if paragraphs and paragraphs[-1] == article.paragraphs[-1] else None
    if bio is not None:  # the last paragraph a bio: its name, told nowhere else, is the columnist's
        credits, paragraphs = f"{credits}\n{bio.group()}", [*paragraphs[:-1], paragraphs[-1][bio.end() :]]
    uncredited = "\n\n".join(paragraphs)
    for pattern in shapes:
        uncredited = _without_credits(uncredited, pattern)
    for name in _fullest_forms(merged, restored, finder.confirmable_nominatives):
        if credits and _credited_only(name, credits, uncredited):
            continue
        if registry.resolve(name, "places", "organizations", "sources") or _is_interface_phrase(name):
            continue
        if source is not None and name.casefold() == source.casefold():
            continue
        if NAME_WRITING.fullmatch(name) is None:
            continue
        if len(name.split()) < 2 and registry.people.get(name) is None:
            continue
        people.append(with_initials_stop(name, article.text))
    found = people + _kin_first_names(article, people) + _table_column_names(article, people)
    found += [name for name in _listed_with_people(article, people) if name not in found]
    return found + [
        name for name in _greeted(article) if not any(name == other or _within(name, other) for other in found)
    ]
