"""Kazakh, and Russian when natasha is missing: people by the shape of a name (``Имя Фамилия``,
the second word shaped like a surname); organizations and places come from the registry only."""

from __future__ import annotations

import re

from newsroom.alphabets import CYRILLIC_LOWER, CYRILLIC_UPPER
from newsroom.importer.entities.base import Finder, Names, in_a_slashed_credit, without_kinship_word
from newsroom.importer.patterns import listed
from newsroom.importer.wordlists import word_set, words
from newsroom.registry import Vocabulary

SURNAME_ENDINGS = (
    *("ова", "ева", "ёва", "ина", "ына", "ов", "ев", "ёв", "ин", "ын", "ұлы", "улы", "қызы", "кызы"),
    *("ский", "ская", "цкий", "цкая", "енко", "дзе", "швили", "ян"),
)
"""Endings of Russian and Kazakh surnames (``Садыкова``, ``Жунусов``, ``Нұрланұлы``)."""
CASE_ENDINGS = (
    *("а", "у", "ым", "ой", "ом", "е", "ых", "ға", "ге", "ның", "нің", "ны", "ні", "мен", "пен", "бен"),
    *("да", "де", "та", "те", "нан", "нен", "дан", "ден", "тан", "тен", "қа", "ке", "на", "не"),
    *("тың", "тің", "дың", "дің", "ты", "ті", "ды", "ді"),
    *("нікі", "ныкі", "дікі", "дыкі", "тікі", "тыкі"),
)
"""Russian and Kazakh case endings a surname may take (``Садыковой``, ``Садықованың``; the possessive predicate,
``Садықованікі``)."""
NOT_FIRST_NAMES = word_set("names-not-first", "kk", "ru")
"""``Осы``, ``Сол``, ``Этот``: a pronoun or a conjunction opening a sentence before a surname, no first name."""
CASE_LIKE_FIRST_NAMES = word_set("names-case-like-first", "kk")
"""``Нұрсұлтан``, ``Назерке``: first names that end like a case ending, in the nominative."""
KAZAKH_CASE_ENDINGS = (
    *("ның", "нің", "ға", "ге", "қа", "ке", "ны", "ні", "мен", "бен", "пен", "да", "де"),
    *("нан", "нен", "дан", "ден", "тан", "тен", "ті", "ты", "ді"),
)
"""A first word ending so is a noun in a case (``Мектепті Федерацияның``), not a first name."""

_WORD = rf"[{CYRILLIC_UPPER}][{CYRILLIC_LOWER}]"
PATRONYMIC_ENDINGS = ("ұлы", "улы", "қызы", "кызы", "ович", "евич", "овна", "евна", "ична", "инична")
"""Endings of a patronymic between the first name and the surname (``Сәкенұлы``, ``Кенесовна``)."""
_PATRONYMIC = rf"{_WORD}+(?:{'|'.join(PATRONYMIC_ENDINGS)})|{_WORD}+-(?:ұлы|улы|қызы|кызы)"
"""A patronymic, a Kazakh one perhaps hyphened (``Сейітқали-ұлы``)."""
NAME = re.compile(
    rf"(?<![\w-])(?P<first>{_WORD}+(?:-{_WORD}+)?)\s+"
    rf"(?:(?P<middle>{_PATRONYMIC}|[{CYRILLIC_UPPER}]\.)\s+(?=[{CYRILLIC_UPPER}]))?"
    rf"(?P<last>(?:{_WORD}+-)?{_WORD}*?(?:{'|'.join(SURNAME_ENDINGS)})(?:-{_WORD}+(?![{CYRILLIC_LOWER}]*-))?)"
    rf"(?P<case>{'|'.join(CASE_ENDINGS)})?(?![\w-])"
)
"""``Имя Фамилия``, with a patronymic or an initial between (``Данияр Сәкенұлы Бекболатов``,
``Дәурен Қ. Мұсабеков``) and a double surname (``Татьяна Вольф-Ермекова``, ``Тимур Ахметов-Вольф``)."""
PATRONYMIC_NAME = re.compile(
    rf"(?<![\w-])(?P<first>{_WORD}+(?:-{_WORD}+)?)\s+(?P<middle>{_PATRONYMIC})\s+"
    rf"(?P<last>{_WORD}+(?:-{_WORD}+)?)(?![\w-])"
)
"""``Ақмарал Серікқызы Жұмабай``: a first name, a patronymic, then a surname of any ending (the patronymic
is the evidence)."""
_PARTICLE = listed("names-particles", "ru", "kk")
PARTICLE_NAME = re.compile(
    rf"(?<![\w-])(?P<first>{_WORD}+)\s+(?P<last>{_PARTICLE}-{_WORD}+"
    rf"|(?:{_PARTICLE}\s+){{1,2}}{_WORD}+(?:-{_WORD}+)?(?:\s+{_PARTICLE}-{_WORD}+)?)(?![\w-])"
)
"""``Омар әл-Хайдари``, ``Ирма фон Беккер``, ``Халид бин Салем әл-Нуайми``: a first name, a particle, a name (the
particle is the evidence), perhaps a hyphened particle's name after it."""
LOCAL_WORDS = frozenset(("да", "де", "дос", "ду"))
"""Particles that are also Kazakh and Russian words (``Астана да``: "too"; ``дос``: "friend"): alone, no evidence of
a name."""
_ROMANCE = listed("names-particles-romance", "ru")
ROMANCE_NAME = re.compile(
    rf"(?<![\w-])(?P<first>{_WORD}+\s+{_WORD}+)\s+(?P<last>(?P<particles>(?:(?:{_ROMANCE})\s+){{1,2}})"
    rf"{_WORD}+(?:-{_WORD}+)?(?:\s+(?!{_WORD}*(?:{'|'.join(KAZAKH_CASE_ENDINGS)})(?![\w-])){_WORD}+)?)(?![\w-])"
)
"""``Хуан Карлос де ла Пенья``, ``Жуан Мигел душ Сантуш Перейра``: a first name and a surname, a Romance name's
particles, and the rest of the name (perhaps a second surname, in no case)."""


def _romance_names(paragraph: str) -> list[re.Match[str]]:
    """``ROMANCE_NAME`` matches whose particles are the evidence (not ``да``, ``де`` or ``дос`` alone), the name after
    them in no Kazakh case."""
    found = [match for match in ROMANCE_NAME.finditer(paragraph) if set(match["particles"].split()) - LOCAL_WORDS]
    return [
        match for match in found if not match["last"][len(match["particles"]) :].split()[0].endswith(SURE_CASE_ENDINGS)
    ]


_PATRONYMIC_WORD = listed("names-patronymic-words")
PATRONYMIC_WORDS = tuple(word_set("names-patronymic-words"))
PATRONYMIC_WORD_LAST = re.compile(rf"(?<![\w-])(?P<first>{_WORD}+)\s+(?P<last>{_WORD}+\s+{_PATRONYMIC_WORD})(?![\w-])")
PATRONYMIC_WORD_INSIDE = re.compile(
    rf"(?<![\w-])(?P<first>{_WORD}+)\s+(?P<middle>{_PATRONYMIC_WORD})\s+(?P<last>{_WORD}+)(?![\w-])"
)
"""``Азамат Болотбек уулу``, ``Болотбек уулу Азамат``: names with a patronymic word written apart (the evidence)."""
CAPITALISED = re.compile(rf"(?<![\w-]){_WORD}+")
INITIALS_NAME = re.compile(
    rf"(?<![\w.-])(?P<first>[{CYRILLIC_UPPER}]\.(?:\s?[{CYRILLIC_UPPER}]\.)?)\s?"
    rf"(?P<last>(?:{_WORD}+-)?{_WORD}*?(?:{'|'.join(SURNAME_ENDINGS)}))"
    rf"(?P<case>{'|'.join(CASE_ENDINGS)})?(?![\w-])"
)
"""``Г. Н. Әміржанова``, ``Ә.Қ. Бейсенбаев``: one or two initials as written, then a surname by its ending."""


NAMESAKE_AFTER = re.compile(r"[ \t]+" + listed("people-namesake-after", "kk") + r"(?!\w)", re.I)
NAMESAKE_BEFORE = re.compile(r"(?<![\w.-])" + listed("people-namesake-before", "ru") + r"[ \t]+$", re.I)
"""A street's or an institution's word next to a name (``Абай даңғылы``, ``улица Абая``): its namesake."""
NAMESAKE_REACH = 40
"""How far before a name its street's or institution's word is looked for."""


QUOTED_TITLE = re.compile(r"[^\s«»,.!?:;–—]+(?:[ \t]+[^\s«»,.!?:;–—]+){0,4}»(?![ \t]*[,:])")
"""A short quoted title (``Ибн Сина Құрылыс» ЖШС``): at most five words, no punctuation, closed and not followed by
a comma or a colon, its words capitalised; direct speech (``«Ерлан Сапаров подал заявление ...», – сообщили``,
``«Марат Беков заслужил эту победу».``) is longer, so followed or has a lower-case word."""


TITLE_PARTICLES = word_set("names-particles", "ru") | word_set("names-particles", "kk")
"""Lower-case words a quoted title opening with a name may have (``ибн``); any other is speech."""


def named_after(text: str, start: int) -> bool:
    """The name at ``start`` follows a street's or an institution's word (``улица Абая``, ``школа имени ...``), or
    opens a quoted name (``«Ибн Сина Құрылыс» ЖШС``, ``кафе «Алтын Кітап»``: a body's or a work's title)."""
    title = QUOTED_TITLE.match(text, start) if text[max(0, start - 1) : start] == "«" else None
    if title is not None and all(word[:1].isupper() or word.lower() in TITLE_PARTICLES for word in title[0].split()):
        return True  # "«Ахмет ибн Салим Құрылыс» ЖШС"; not "«Марат Беков заслужил эту победу»."
    return NAMESAKE_BEFORE.search(text, max(0, start - NAMESAKE_REACH), start) is not None


SPEECH_NAME = re.compile(
    rf"[—–-]\s*{listed('people-speech-verbs', 'ru', 'kk')}\s+(?:[{CYRILLIC_LOWER}-]+\s+){{0,4}}"
    rf"(?P<first>{_WORD}+(?:-{_WORD}+)?)\s+(?P<last>{_WORD}+(?:-{_WORD}+)?)(?![\w-])"
)
"""``— деді орталық директоры Гүлнара Сейтқали``: after a quotation's dash and a verb of speech (role words
between), two capitalised words are a person, whatever the surname's ending."""


KAZAKH_PATRONYMIC_ENDINGS = ("ұлы", "улы", "қызы", "кызы")
COMPOUND_FIRST_NAME = re.compile(
    rf"(?<![\w-])(?P<first>{_WORD}+-{_WORD}+)\s+(?P<last>{_WORD}+?)(?P<case>{listed('names-case-endings', 'kk')})?"
    rf"(?![\w-])"
)
"""``Жан-Поль Дюбуа``, ``Анна-Мария Келлер``: a first name of two capitalised parts joined by a hyphen, then a
name (the compound is the evidence; a compound of places, ``Алматы-Астана``, is none)."""
ROLE_NAME = re.compile(
    rf"(?<![\w-])(?i:{listed('roles-person', 'kk')})\s+(?P<first>{_WORD}+(?:-{_WORD}+)?)\s+"
    rf"(?P<last>(?!{_WORD}*(?:{'|'.join(KAZAKH_PATRONYMIC_ENDINGS)}))"
    rf"{_WORD}+?)(?P<case>{listed('names-case-endings', 'kk')})?(?![\w-])"
)
"""``мұғалім Мұрат Төлегеннің``: after a role word, a first name and a surname of any ending are a person (the role
is the evidence); a case ending that leaves no doubt (the genitive, dative, instrumental) is put back off it. A
surname with a patronymic's ending is left to the shapes of patronymics."""
RANK_NAME = re.compile(
    rf"(?<![\w-])(?:\d{{1,2}}|[IVX]{{1,4}})(?:-|\s)?(?i:{listed('people-rank-words', 'ru', 'kk')})\s*[–—:-]\s*"
    rf"(?P<first>{_WORD}+(?:-{_WORD}+)?)\s+(?P<last>{_WORD}+(?:-{_WORD}+)?)(?![\w-])"
)
"""``3-орын – Владислав Ким``, ``I орын – Аружан Ли``: a winner after their place (in figures or Roman ones) in a
results list is a person whatever the surname's ending (the place is the evidence; a team or a town after it is
checked as after a role word)."""
IZAFET_NEXT = re.compile(rf"\s+[{CYRILLIC_LOWER}]+(?:ында|інде|ына|іне|ынан|інен|ының|інің|ын|ін)(?![\w-])")
"""A Kazakh noun owned by the word before it (``Семей өңірінде``, ``Ақпарат агенттігіне``): that word is a
place's or a body's name, not the surname after a patronymic."""


def _patronymic_names(paragraph: str) -> list[re.Match[str]]:
    """``Имя Әкесінің-аты Тегі`` whose surname ``NAME`` does not read (no surname's ending), in no case."""
    found = []
    for match in PATRONYMIC_NAME.finditer(paragraph):
        read = NAME.match(paragraph, match.start())
        unread = (read is None or read.end() < match.end()) and not match["last"].endswith(KAZAKH_CASE_ENDINGS)
        owner = match["middle"].endswith(KAZAKH_PATRONYMIC_ENDINGS) and IZAFET_NEXT.match(paragraph, match.end())
        if unread and not owner:
            found.append(match)
    return found


def shaped_names(paragraphs: list[str]) -> list[tuple[str, bool]]:
    """``Имя Фамилия`` pairs whose second word is shaped like a surname, or that follow a verb of speech;
    each with whether its surname was written in another case (``Жұмабаевтың``: put back as ``Жұмабаев``)."""
    found = []
    for paragraph in paragraphs:
        shapes = (NAME, SPEECH_NAME, PARTICLE_NAME, INITIALS_NAME, PATRONYMIC_WORD_LAST, PATRONYMIC_WORD_INSIDE)
        shapes += (ROLE_NAME, COMPOUND_FIRST_NAME, RANK_NAME)
        matches = [found for shape in shapes for found in shape.finditer(paragraph)]
        for match in [*matches, *_patronymic_names(paragraph), *_romance_names(paragraph)]:
            first, (last, restored) = match["first"], _surname(match)
            middle = match.groupdict().get("middle")
            namesake = NAMESAKE_AFTER.match(paragraph, match.end()) or named_after(paragraph, match.start())
            namesake = namesake or in_a_slashed_credit(paragraph, match.start(), match.end())  # "ҚазАқпарат/Name"
            namesake = namesake or (
                match.re in (ROLE_NAME, COMPOUND_FIRST_NAME, RANK_NAME) and _owned_or_owner(paragraph, match)
            )
            namesake = namesake or (match.re is NAME and (_owned(match[0]) or _place_head(match[0])))
            middle_named = middle and not middle.endswith(".")  # a patronymic, not an initial
            patronymic = middle_named or last.endswith(PATRONYMIC_ENDINGS)  # "Нұрсұлтан Ерланұлы": -тан, a name
            patronymic = patronymic or last.endswith(PATRONYMIC_WORDS)  # "Азамат Болотбек уулу"
            in_a_case = first.endswith(KAZAKH_CASE_ENDINGS) and first.casefold() not in CASE_LIKE_FIRST_NAMES
            if first.casefold() in NOT_FIRST_NAMES:
                continue  # "Осы Жұмабаев айтқан": a pronoun opening the sentence
            if (patronymic or not in_a_case) and not namesake:
                found.append((" ".join(filter(None, (first, middle, last))), restored))
    shaped = {name for name, _ in found}
    return found + [(name, False) for name in _list_names(paragraphs, shaped)]


PLACE_HEADS = tuple(word_set("places-heads", "kk"))
"""``Қаласы``, ``Ауданы``: a place's head noun, owned by the name before it."""
OWNED_ENDING = re.compile(r"(?:ын|ін|сын|сін)(?:а|е|да|де|ың|ің|ан|ен)$")
"""``Облысына``, ``Университетінде``: a noun owned by the word before it, in a case: no surname."""


def _owned(name: str) -> bool:
    """``Ақтөбе Облысына``: the last word is a noun owned by the first (not a patronymic in a case, ``Нұрланұлына``)."""
    last = name.split()[-1]
    return OWNED_ENDING.search(last) is not None and not any(p in last for p in KAZAKH_PATRONYMIC_ENDINGS)


OWNED_NOUN_NEXT = re.compile(rf"\s+[{CYRILLIC_LOWER}]{{2,}}(?:сы|сі)(?![\w-])")
"""``Ұлы Отан соғысы``, ``Нұр Отан партиясы``: a noun of a vowel's stem owned by the words before it (the
possessive ``-сы``, no case): those words name a war, a body or a place, no person."""


def _owned_or_owner(paragraph: str, match: re.Match[str]) -> bool:
    """``әкім Ақтөбе Облысына``, ``тілші Нұр Отан партиясының``, ``мұғалім Ұлы Отан соғысы``: two capitalised words
    after a role word that are a place's or a body's name (the second owned by the first, or owning the noun after
    it)."""
    owner = IZAFET_NEXT.match(paragraph, match.end()) or OWNED_NOUN_NEXT.match(paragraph, match.end())
    return _place_head(match[0]) or _owned(match[0]) or owner is not None or _a_body_s_name(paragraph, match)


BODY_HEADS = tuple(word_set("orgs-heads", "kk"))
BODY_HEAD_AFTER = re.compile(rf"(?:\s+{_WORD}+){{0,3}}\s+(?P<head>[{CYRILLIC_LOWER}]+)")
"""Up to three more capitalised words of the name, then its first lower-case word (``... Боттлерс компаниясы``)."""
POSSESSIVE = ("сы", "сі", "ы", "і")


def _a_body_s_name(paragraph: str, match: re.Match[str]) -> bool:
    """``Кока-Кола Алматы Боттлерс компаниясы``: the words start a name that a body's head noun owns (``компания``
    with the possessive), no person's."""
    after = BODY_HEAD_AFTER.match(paragraph, match.end())
    if after is None:
        return False
    head = after["head"].casefold()
    return any(head.startswith(stem) and head[len(stem) :].startswith(POSSESSIVE) for stem in BODY_HEADS)


def _place_head(name: str) -> bool:
    """``Ақсу Ауданын``, ``Кызыл-Кия Қаласы``: the last word is a place's head noun (in any case)."""
    return name.split()[-1].casefold().startswith(PLACE_HEADS)


MIN_SURNAME_STEM_LETTERS = 3


def _surname(match: re.Match[str]) -> tuple[str, bool]:
    """The surname of a name's match in the nominative, and whether it was put back from a case; a word that only
    ends like a case (``Ерке``, a name in the nominative; a stem too short to be a name) stays as written."""
    last, case = match["last"], match.groupdict().get("case")
    if case and ((last + case).casefold() in CASE_LIKE_FIRST_NAMES or len(last) < MIN_SURNAME_STEM_LETTERS):
        return last + case, False
    return last, bool(case)


LIST_ENTRY = re.compile(
    rf"^(?:[^–—\n]{{1,30}}?\s[–—-]\s+)?(?P<name>{_WORD}+(?:-{_WORD}+)?(?:\s+{_WORD}+(?:-{_WORD}+)?){{1,2}})"
    rf"(?:\s+[–—-]\s+\S.*|[.;,]?)$"
)
"""A list's entry that is a name, alone or before a dash (``Аружан Сейітқали – Валенсия университеті;``), perhaps
after a result's label and a dash (``77 кг – Мағжан Бексұлтан – алтын``)."""
MIN_LIST_ENTRIES = 2


def _list_names(paragraphs: list[str], shaped: set[str]) -> list[str]:
    """The names of a list of people (a cast, a results table, winners: two entries or more in a row), when at least
    half of its entries are names by their shape already: the others are people too, whatever their surname's
    ending (``Мағжан Бексұлтан`` between ``Ерасыл Болатұлы Қанатов`` and ``Әли-Асқар Нұрманов``)."""
    found: list[str] = []
    run: list[str] = []
    for paragraph in [*paragraphs, ""]:
        entry = LIST_ENTRY.match(paragraph)
        if entry is not None:
            run.append(entry["name"])
            continue
        if len(run) >= MIN_LIST_ENTRIES and 2 * sum(name in shaped for name in run) >= len(run):
            found += [name for name in run if name not in shaped and not _in_a_case(name)]
        run = []
    return found


SURE_CASE_ENDINGS = tuple(words("names-case-endings", "kk"))
"""The genitive, the dative, the instrumental: endings that leave no doubt (``-тан`` may close a name:
``Бексұлтан``)."""


def _in_a_case(name: str) -> bool:
    """A word of the name ends in a case that leaves no doubt (``Федерацияның``): no name in a list of names."""
    return any(word.endswith(SURE_CASE_ENDINGS) for word in name.split())


def people_by_shape(paragraphs: list[str]) -> list[str]:
    """``Имя Фамилия`` pairs whose second word is shaped like a surname, or that follow a verb of speech."""
    return Names([name for name, _ in shaped_names(paragraphs)]).list()


def _compound_of_places(name: str, places: Vocabulary) -> bool:
    """``Алматы-Астана Тасжолы``: a first word joining known places with a hyphen is no first name."""
    first = name.split()[0]
    return "-" in first and any(places.get(part) for part in [first, *first.split("-")])


class CyrillicRulesFinder(Finder):
    """Kazakh text (no model), and Russian text when natasha cannot load."""

    def people(self) -> list[str]:
        places = self.article.registry.places
        paragraphs = [without_kinship_word(p) for p in self.article.people_paragraphs]
        shaped = [name for name in people_by_shape(paragraphs) if not _compound_of_places(name, places)]
        return shaped + CAPITALISED.findall(self.article.text)

    def restored_people(self) -> frozenset[str]:
        shaped = shaped_names([without_kinship_word(p) for p in self.article.people_paragraphs])
        written = {name for name, restored in shaped if not restored}
        return frozenset(name for name, restored in shaped if restored) - written
