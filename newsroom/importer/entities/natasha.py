"""Russian named entities with natasha (its NER and morphology models ship inside the wheel).

The models load once per process, lazily, and only when a Russian text needs them (about a
second). Without natasha (or if it cannot load) ``entities`` returns None and the importer
falls back to its rules.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any

from newsroom.alphabets import CYRILLIC_LOWER, CYRILLIC_UPPER, KAZAKH, LATIN_UPPER, folded
from newsroom.importer.entities.base import in_a_slashed_credit, without_kinship_word
from newsroom.importer.entities.cyrillic import KAZAKH_PATRONYMIC_ENDINGS, NAME, PATRONYMIC_ENDINGS, named_after
from newsroom.importer.patterns import listed
from newsroom.importer.wordlists import word_set, words

_models: dict[str, Any] | None = None
_failed = False


@dataclass(frozen=True)
class Span:
    """A name natasha found: its type (``PER``, ``ORG``, ``LOC``), as written and in the nominative."""

    type: str
    text: str
    normal: str


def _load() -> dict[str, Any] | None:
    global _models, _failed
    if _models is None and not _failed:
        # natasha's networks are small: numpy's BLAS threads only add overhead (10x the CPU time on two cores).
        for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(variable, "1")
        try:
            from natasha import Doc, MorphVocab, NewsEmbedding, NewsNERTagger, Segmenter

            embedding = NewsEmbedding()
            _models = {
                "Doc": Doc,
                "segmenter": Segmenter(),
                "morph_vocab": MorphVocab(),
                "ner": NewsNERTagger(embedding),
            }
        except Exception:
            _failed = True
    return _models


RUSSIAN_WORD = re.compile(f"[{CYRILLIC_LOWER}{CYRILLIC_UPPER}-]+")
LOWER = re.compile(f"[{CYRILLIC_LOWER}]")
ACRONYM_AFTER = re.compile(f"[ \t]+[{CYRILLIC_UPPER}{LATIN_UPPER}]{{2,}}(?![\\w-])")
"""An acronym right after a name, on the same line (``клубов ЮНЕСКО``)."""
WORD_BEFORE = re.compile(f"(?<![\\w-])([{CYRILLIC_UPPER}][{CYRILLIC_LOWER}]+)[ \t]+$")
"""A capitalised word right before a name, on the same line."""
_NAME_GRAMMEMES = frozenset(("Name", "Surn", "Patr"))
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# Case endings of words the dictionary does not know as names, by gender and case.
_ENDINGS = {
    "masc": {"gent": [("я", "й"), ("а", "")], "datv": [("ю", "й"), ("у", "")], "accs": [("я", "й"), ("а", "")],
             "ablt": [("ем", "й"), ("ым", ""), ("ом", "")], "loct": [("е", "")]},
    "femn": {"gent": [("ой", "а"), ("ей", "я"), ("ы", "а"), ("и", "а")], "datv": [("ой", "а"), ("е", "а")],
             "accs": [("у", "а"), ("ю", "я")], "ablt": [("ой", "а"), ("ей", "я")], "loct": [("ой", "а"), ("е", "а")]},
}  # fmt: skip


def _capitalise(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


PATRONYMIC_WORDS = word_set("names-patronymic-words")
"""``уулу``, ``кызы``, ``оглы``: a patronymic word written apart, part of the name, never declined."""
PATRONYMIC_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(PATRONYMIC_WORDS)) + r")(?![\w-])")
"""A patronymic word right after a name natasha ends before it (``Айпери Садыр`` / ``кызы``)."""
ROLES = word_set("roles-person", "ru")
"""Role words natasha may take into a name (``вице-президент Айгерим Садыкова``)."""


def is_role(word: str) -> bool:
    """A role word, or a compound of one (``Инженер-гидрогеолог``, ``врач-педиатр``): no part of a name."""
    parts = word.lower().split("-")
    return word.lower() in ROLES or (len(parts) > 1 and any(part in ROLES for part in parts))


GENDERS = ("masc", "femn")
MAN_PATRONYMIC = re.compile(r"(?:ович|евич|ұлы|улы|уулу|оглы|ogly|uulu)$", re.I)
WOMAN_PATRONYMIC = re.compile(r"(?:овна|евна|ична|қызы|кызы|гызы|kyzy)$", re.I)


def _gender_of_patronymic(words: list[str]) -> tuple[str, ...]:
    """``Ерланулы``, ``Нурлановна``, ``кызы``: a patronymic written in the nominative tells the person's gender
    (a son's, a daughter's); without one, either."""
    for word in words:
        if MAN_PATRONYMIC.search(word):
            return ("masc",)
        if WOMAN_PATRONYMIC.search(word):
            return ("femn",)
    return GENDERS


def nominative_name(
    text: str, morph: Any, genders: tuple[str, ...] = GENDERS, cases: tuple[str, ...] = _CASES
) -> str | None:
    """``Дарины Ахметовой`` -> ``Дарина Ахметова``: one gender and one case for all the words of a name; the
    gender a patronymic (``Димаша Ерланулы Сагиндыкова``) or the words after the name tell, when they do."""
    words = text.split()
    while len(words) > 1 and is_role(words[0]):
        words = words[1:]
    written = [_as_written(word, last=index == len(words) - 1 > 0) for index, word in enumerate(words)]
    at = [index for index, kept in enumerate(written) if kept]  # "уулу", "Нұрланұлы", "Рахимзода": as written
    plain = [word for word, kept in zip(words, written, strict=True) if not kept]
    told = _gender_of_patronymic([words[index] for index in at])
    genders = told if told != GENDERS else genders
    named = _nominative_words_joined(plain, morph, genders, cases) if plain else None
    if named is None or not at:
        return named
    out = named.split()
    for index in at:
        out.insert(index, words[index])
    return " ".join(out)


def _nominative_words_joined(
    words: list[str], morph: Any, genders: tuple[str, ...] = GENDERS, cases: tuple[str, ...] = _CASES
) -> str | None:
    """``Пьера-Алена Дюбуа`` -> ``Пьер-Ален Дюбуа``: a first name of two names joined by a hyphen, each declined
    (the dictionary reads the pair as one name and declines its last part only)."""
    parts = words[0].split("-")
    if len(parts) < 2 or not all(_name_parses(part, morph, first=True) for part in parts):
        return _nominative_words(words, morph, genders, cases)
    named = _nominative_words(parts + words[1:], morph, genders, cases)
    if named is None or named.split() == parts + words[1:]:
        # "Жан-Поля": the first part is never declined (and "Поля" alone reads as a woman's name in the nominative)
        return _nominative_words(words, morph, genders, cases)
    out = named.split()
    return " ".join(["-".join(out[: len(parts)]), *out[len(parts) :]])


MIN_KAZAKH_PATRONYMIC_LETTERS = 6


INDECLINABLE_SURNAME_ENDINGS = tuple(words("names-indeclinable-endings", "ru"))
MIN_INDECLINABLE_SURNAME_LETTERS = 5
CONSONANTS = tuple(words("names-consonant-endings", "ru"))
LONG_VOWELS = tuple(words("names-long-vowel-endings", "ru"))


def _as_written(word: str, last: bool = False) -> bool:
    """A patronymic word (``уулу``, ``кызы``), a Kazakh patronymic (``Нұрланұлы``, ``Серікқызы``) or, closing
    the name, a surname of an indeclinable ending (``Рахимзода``, ``Шевченко``): Russian text never declines them."""
    kazakh = len(word) >= MIN_KAZAKH_PATRONYMIC_LETTERS and word.lower().endswith(KAZAKH_PATRONYMIC_ENDINGS)
    long_enough = len(word) >= MIN_INDECLINABLE_SURNAME_LETTERS
    surname = last and long_enough and word.lower().endswith(INDECLINABLE_SURNAME_ENDINGS)
    return word in PATRONYMIC_WORDS or kazakh or surname


def _womans_indeclinable_first_name(word: str, parses: list[Any], gender: str, first: bool) -> bool:
    """``Ляззат`` before ``Калиевны Оспановой``: a woman's first name ending in a consonant, which Russian text
    never declines (the dictionary knows it as a man's, or not at all); or ending in a long vowel (``Нурсулуу``)."""
    if first and gender == "femn" and word.lower().endswith(LONG_VOWELS):
        return True  # "Нурсулуу": whatever the dictionary guesses
    oblique_man = any(p.tag.case != "nomn" and "masc" in p.tag for p in parses)  # "Нурланом": a man's, declined
    consonant = word.lower().endswith(CONSONANTS)
    return first and gender == "femn" and consonant and not oblique_man and not any("femn" in p.tag for p in parses)


IA_CASE_ENDINGS, IA_NOMINATIVE = ("ие", "ии"), "ия"


def _declined_ia_name(word: str, fitting: list[Any], gender: str, case: str) -> bool:
    """``Зульфие`` before ``Рашидовне Ахмедовой``: a woman's first name in ``-ия`` in another case, which the
    dictionary reads only as an indeclinable name (``Fixd``): its nominative is ``Зульфия``."""
    fixed = bool(fitting) and all("Fixd" in p.tag for p in fitting)
    return fixed and gender == "femn" and case != "nomn" and word.lower().endswith(IA_CASE_ENDINGS)


def _name_parses(word: str, morph: Any, first: bool) -> list[Any]:
    """A name word's parses as a name in the singular. A first name the dictionary also has as an indeclinable
    homograph (``Алине``) is the declinable name in its case (``Алина``); a later word it knows as no name
    but as an adjective is a surname declined like one (``Лугового``: ``Луговой``)."""
    parses = [p for p in morph.parse(word.lower()) if "plur" not in p.tag]
    named = [p for p in parses if _NAME_GRAMMEMES & set(p.tag.grammemes)]
    declined = [p for p in named if "Fixd" not in p.tag and p.tag.case != "nomn" and p.normal_form != word.lower()]
    if first and named and not any("Name" in p.tag for p in named):
        return []  # "Айым": known only as a surname ("Ай" in the instrumental), a first name it does not know
    if first and declined:
        return [p for p in named if "Fixd" not in p.tag]
    if not named and not first:
        return [p for p in parses if p.tag.POS == "ADJF" and p.tag.gender in ("masc", "femn")]
    if not first and "-" in word and not any("Surn" in p.tag for p in named):
        return []  # "Дюваль-Мартена": a double surname the dictionary guesses as a woman's first name, unknown
    return named


def _nominative_words(
    words: list[str], morph: Any, genders: tuple[str, ...] = GENDERS, cases: tuple[str, ...] = _CASES
) -> str | None:
    """The words of a name (no patronymic word) in one gender and the nominative. With the gender told
    (``genders`` one of them), a case another word of the name shows in that gender is the name's: a word the
    dictionary reads otherwise (``Димаша`` as a woman's name) takes that case's ending off. The ``cases`` the
    words before the name tell are tried first, then any."""
    analyses = [_name_parses(word, morph, first=at == 0) for at, word in enumerate(words)]
    if not any(analyses):
        return _unknown_words_in(words, genders, cases)
    for tried in dict.fromkeys((cases, _CASES)):
        for case in tried:
            for gender in genders:
                out = _words_in(words, analyses, case, gender, told=len(genders) == 1)
                if out is not None:
                    return " ".join(out)
    return None


def _words_in(words: list[str], analyses: list[list[Any]], case: str, gender: str, told: bool) -> list[str] | None:
    """The nominative of each word read in ``case`` and ``gender``; None when a word cannot be so read."""
    out, fits = [], 0
    shown = any(p.tag.case == case and "Fixd" not in p.tag for parses in analyses for p in parses)  # "Абдырахманову"
    for at, (word, parses) in enumerate(zip(words, analyses, strict=True)):
        fitting = [p for p in parses if p.tag.case == case and (gender in p.tag or "ms-f" in p.tag or "Fixd" in p.tag)]
        fits += bool(fitting)
        woman = _womans_first_name(word) if at == 0 < len(words) - 1 and gender == "femn" else None
        if woman is not None:
            out.append(woman)  # "Зулайхе": "Зулайха", whatever the dictionary reads
        elif not fitting and _womans_indeclinable_first_name(word, parses, gender, at == 0 < len(words) - 1):
            out.append(word)
        elif at == 0 < len(words) - 1 and _declined_ia_name(word, fitting, gender, case):
            out.append(word[: -len(IA_CASE_ENDINGS[0])] + IA_NOMINATIVE)
        elif fitting and case == "nomn":
            # "Дуйсебаева-Хан": the dictionary's lemma of a double surname loses its gender; "ИВАНОВА": capitalised
            out.append(word if word == _capitalise(word.lower()) else _capitalise(word.lower()))
        elif fitting and _ov_surname_read_as_an_adjective(word, fitting[0]):
            out.append(_strip_ending(word, gender, case))  # "Калиевой": "Калиева", not the adjective "Калиевая"
        elif fitting:
            inflected = fitting[0].inflect({"Nom"})
            out.append(_capitalise(inflected.word if inflected else word))
        elif parses and not (told and not any(gender in p.tag or "ms-f" in p.tag for p in parses)):  # "Саше"
            return None  # a word read in the told gender but in another case; or no gender told
        else:
            out.append(_strip_ending(word, gender, case, first=at == 0 < len(words) - 1, unknown=not (parses or shown)))
    if told and not fits:
        return None  # no word of the name shows this case: no evidence to take an ending off
    return out


OV_SURNAME_IN_A_CASE = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:ой|ою|ому|ым|ом|ого|у|а|ы|е)$")
OV_ADJECTIVE = re.compile(r"(?:ов|ев|ёв|ин|ын)ый$")


def _ov_surname_read_as_an_adjective(word: str, parse: Any) -> bool:
    """A surname in ``-ов``, ``-ев``, ``-ин`` in another case (``Калиевой``) that the dictionary reads as a relative
    adjective's (``калиевый``): its nominative is ``Калиева``, not ``Калиевая`` (``Лугового`` is ``Луговой``'s, an
    adjective's surname)."""
    adjective = parse.tag.POS == "ADJF" and OV_ADJECTIVE.search(parse.normal_form) is not None
    return adjective and OV_SURNAME_IN_A_CASE.search(word.lower()) is not None


def _unknown_words_in(words: list[str], genders: tuple[str, ...], cases: tuple[str, ...]) -> str | None:
    """Words the dictionary does not know as names (``Абдуллохом``), in the case a preposition before them tells
    (``с Абдуллохом Рахимзода``): that case's ending taken off, in the first gender it fits; None without a told
    case or an ending that fits."""
    if cases == _CASES:
        return None
    for case in cases:
        for gender in genders:
            out = [_strip_ending(word, gender, case, unknown=True) for word in words]
            if out != words:
                return " ".join(out)
    return None


SOFT_CASES = ("gent", "datv", "loct")
SOFT_STEM = re.compile(rf"[{CYRILLIC_LOWER}]*(?<!л)[лнр]и$")
"""``Асели``, ``Гузели``: a soft ``л``, ``н`` or ``р`` (not doubled) before ``-и``; a foreign name in ``-зи``, ``-ми``,
``-ти`` (``Нгози``, ``Хитоми``, ``Кэти``) or ``-лли`` (``Салли``) is an indeclinable nominative."""


INDECLINABLE_LOOKING = frozenset((("masc", "loct"), ("masc", "datv")))
"""A man's ``-е`` and ``-у``/``-ю`` on a word the dictionary does not know are far more often a foreign name's own
ending (``о Рене Готье``, ``к Мамаду``) than a Russian case's."""


def _strip_ending(word: str, gender: str, case: str, first: bool = False, unknown: bool = False) -> str:
    """A word the dictionary reads otherwise (or, ``unknown``, not at all, no other word of the name declined in
    ``case``: ``Рене Готье``, not ``Канату Абдырахманову``) without the ending of ``case`` in
    ``gender``. A woman's first name in ``-и`` after a consonant that takes ``-ы`` in the genitive of ``-а``
    (``Асели``: ``Аселы`` would be ``Асела``'s) is a soft stem's: ``Асель``."""
    if case == "nomn" or (unknown and (gender, case) in INDECLINABLE_LOOKING):
        return word
    if first and gender == "femn" and case in SOFT_CASES and SOFT_STEM.fullmatch(word.lower()) and len(word) > 3:
        return word[:-1] + "ь"
    for ending, replacement in _ENDINGS[gender].get(case, []):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + replacement
    return word


def _agreeing(parses: list[Any], agreement: tuple[str, str] | None) -> Any:
    """The parse of a word in the case and number of the words before it (``Национальные Комиссии``:
    plural), else the likeliest."""
    if agreement is not None:
        for parse in parses:
            if (parse.tag.case, parse.tag.number) == agreement:
                return parse
    return parses[0] if parses else None


def _is_russian(word: str) -> bool:
    return RUSSIAN_WORD.fullmatch(word) is not None and KAZAKH.search(word) is None


def _leading_parses(words: list[str], morph: Any) -> list[Any]:
    """The parses of the words up to the first noun, each in the case and number of the first
    (None for a word kept as written: an acronym, a Latin word); shorter than ``words`` when the rest
    is a tail kept as written."""
    parses: list[Any] = []
    agreement = None
    for word in words:
        if not _is_russian(word) or word.isupper():
            if word.isupper() or not LOWER.search(word):
                parses.append(None)
                continue
            break
        parse = _agreeing(morph.parse(word.lower()), agreement)
        parses.append(parse)
        if parse is not None and agreement is None:
            agreement = (parse.tag.case, parse.tag.number)
        if parse is not None and parse.tag.POS == "NOUN":
            break
    return parses


def _agreeing_with(word: str, noun: Any, morph: Any) -> Any:
    """An adjective's parse in its noun's case, number and gender (``Международного Совета``: masculine)."""
    noun_gender = noun.tag.gender if noun.tag.number == "sing" else None
    for parse in morph.parse(word.lower()):
        form = (parse.tag.case, parse.tag.number, parse.tag.gender if noun.tag.number == "sing" else None)
        if parse.tag.POS in ("ADJF", "PRTF") and form == (noun.tag.case, noun.tag.number, noun_gender):
            return parse
    return None


def _in_nominative(word: str, parse: Any) -> str:
    inflected = None
    if parse.tag.case not in (None, "nomn"):
        try:
            inflected = parse.inflect({"Nom"})
        except (KeyError, ValueError):
            inflected = None
    new = inflected.word if inflected else word.lower()
    return _capitalise(new) if word[:1].isupper() else new


def nominative_phrase(text: str, morph: Any) -> str:
    """``Туркестанской области`` -> ``Туркестанская область``: the words up to the first noun in the nominative,
    in the number of the first and the noun's gender (``Национальные Комиссии``, ``Международный Совет``); the
    rest (a genitive tail: ``федерации клубов ЮНЕСКО``) as written."""
    words = text.split()
    parses = _leading_parses(words, morph)
    noun = parses[-1] if parses and parses[-1] is not None and parses[-1].tag.POS == "NOUN" else None
    out = []
    for word, parse in zip(words, parses, strict=False):
        if parse is None:
            out.append(word)
            continue
        if noun is not None and parse is not noun:
            parse = _agreeing_with(word, noun, morph) or parse
        out.append(_in_nominative(word, parse))
    return " ".join(out + words[len(parses) :])


def _extend_right(text: str, stop: int) -> int:
    """Past the acronyms right after an organization's name: natasha ends ``Федерации клубов`` before
    ``ЮНЕСКО`` (``... ассоциаций ЮНЕСКО``, ``... по делам ЮНЕСКО``)."""
    while match := ACRONYM_AFTER.match(text, stop):
        stop = match.end()
    return stop


def _agrees(adjective: str, noun: str, morph: Any) -> bool:
    """Whether a capitalised adjective agrees with the noun after it (``Национальные Комиссии``)."""
    if not (adjective[:1].isupper() and noun[:1].isupper() and _is_russian(adjective)):
        return False
    adjectives = [p for p in morph.parse(adjective.lower()) if p.tag.POS == "ADJF"]
    nouns = [p for p in morph.parse(noun.lower()) if p.tag.POS == "NOUN"]
    forms = {(p.tag.case, p.tag.number) for p in nouns}
    return any((p.tag.case, p.tag.number) in forms for p in adjectives)


def _extend_left(text: str, start: int, morph: Any) -> int:
    """Back over capitalised adjectives natasha left out of an organization's name (``Национальные``)."""
    while match := WORD_BEFORE.search(text, 0, start):
        first = text[start:].split(maxsplit=1)[0]
        if not _agrees(match.group(1), first, morph):
            break
        start = match.start(1)
    return start


def _is_first_name(word: str, morph: Any) -> bool:
    """A capitalised word the dictionary knows as a first name and never as a place (``Ирма``, ``Алия``;
    not ``Астана``, also a man's name); a hyphened word, when each of its parts is one."""
    if "-" in word.strip("-"):  # "Анна-Мария": each part a first name; "Ак-Талаа", "Кызыл-Кия": a place's
        return all(_is_first_name(part, morph) for part in word.split("-"))
    parses = morph.parse(word.lower()) if _is_russian(word) else []
    return any("Name" in p.tag.grammemes for p in parses) and not any("Geox" in p.tag.grammemes for p in parses)


PLACE_NOUN_BEFORE = re.compile(r"(?<![\w-])(?i:" + listed("places-nouns-before", "ru") + r")[ \t]+$")
PLACE_NOUN_REACH = 20


def _extend_person_left(text: str, start: int, morph: Any) -> int:
    """Back over a first name natasha left out of a person's name (``Ирма`` before ``фон Беккер``), not over a
    place's name after its noun (``микрорайона Самал``); any capitalised word but a role's before a patronymic
    opening the span (``микрорайона Айжан Муратовна Ким``, ``Ғалым Нұрланұлы Сәрсенбаев``) is the first name."""
    match = WORD_BEFORE.search(text, 0, start)
    if match is None or _opens_with_first_name_and_patronymic(text[start:]):
        return start  # "Коктала Зейнеп Алимжановна ...": the patronymic second, the name starts at the first word
    patronymic = PATRONYMIC_FORM.search(text[start:].split(maxsplit=1)[0]) is not None  # "Тимуру Болатовичу"
    if patronymic and not is_role(match.group(1)):
        return match.start(1)  # "Ғалым Нұрланұлы ...": a first name, known to the dictionary or not
    if not _is_first_name(match.group(1), morph):
        return start
    return start if _after_a_place_noun(text, match.start(1)) else match.start(1)


_CAPITALISED = f"[{CYRILLIC_UPPER}][{CYRILLIC_LOWER}]+"
WORD_AFTER = re.compile(f"[ \t]+({_CAPITALISED}(?:-{_CAPITALISED})?)(?![\\w-])")
"""A capitalised word right after a name, on the same line."""
PATRONYMIC_FORM = re.compile(r"(?:ович|евич|овн|евн|ичн)[а-я]{0,3}$|(?:ұлы|улы|қызы|кызы)$")
"""A patronymic in any case (``Игоревне``, ``Андреевичу``, ``Нұрланұлы``)."""


def _opens_with_first_name_and_patronymic(text: str) -> bool:
    """The text opens with a first name and a patronymic (``Зейнеп Алимжановна ...``), the first not a role's."""
    words = text.split(maxsplit=2)
    return len(words) >= 2 and PATRONYMIC_FORM.search(words[1]) is not None and not is_role(words[0])


def _known_first_name(word: str, morph: Any) -> bool:
    """A word the dictionary knows (no guess: ``Маслихата``) and reads first as a first name, no role's word."""
    parses = morph.parse(word.lower()) if _is_russian(word) else []
    likeliest = bool(parses) and parses[0].is_known and "Name" in parses[0].tag.grammemes
    return likeliest and _is_first_name(word, morph) and not is_role(word)


def _start_before_patronymic(text: str, start: int, stop: int, morph: Any) -> int:
    """Where a person's name with a patronymic starts: at the word before the patronymic, when a surname follows
    it (``Мажилиса Нурлана Ахметовича Байсеитова``, ``Алматы Нурлан Сабитович ...``: a body's or a place's name
    glued before the first name is none of it); a first name of two words kept (``Мухаммад Али Ахмедович``)."""
    words = text[start:stop].split()
    at = next((at for at, word in enumerate(words) if PATRONYMIC_FORM.search(word)), None)
    if at is None or at < 2 or at == len(words) - 1:
        return start
    first = at - 2 if _known_first_name(words[at - 2], morph) else at - 1
    if first == 0:
        return start
    for word in words[:first]:
        start = text.index(word, start) + len(word)
    return text.index(words[first], start)


def _surname_after_patronymic(text: str, start: int, stop: int) -> int:
    """Past the surname natasha cut off after a first name and a patronymic because the dictionary knows it as a
    common noun (``Татьяне Игоревне Мельник``): the capitalised word right after the patronymic."""
    words = text[start:stop].split()
    if len(words) != 2 or PATRONYMIC_FORM.search(words[-1]) is None or is_role(words[0]):
        return stop
    match = WORD_AFTER.match(text, stop)
    return match.end() if match is not None else stop


PLACE_TITLES = word_set("people-place-titles", "ru")
PLACE_TITLE_BEFORE = re.compile(r"(?<![\w-])(?i:" + listed("people-place-titles", "ru") + r")[ \t]+$")


def _after_a_place_title(text: str, start: int) -> bool:
    """The word at ``start`` follows an official's title that a place's name completes (``аким``, ``мэра``)."""
    return PLACE_TITLE_BEFORE.search(text, max(0, start - PLACE_NOUN_REACH), start) is not None


def _after_a_place_noun(text: str, start: int) -> bool:
    """The word at ``start`` follows a place's noun in the genitive (``микрорайона``, ``посёлка``)."""
    return PLACE_NOUN_BEFORE.search(text, max(0, start - PLACE_NOUN_REACH), start) is not None


def _person_after_a_place(text: str, kind: str, start: int, stop: int, morph: Any) -> int | None:
    """``жительница микрорайона Шугыла Гульшат Ермекова``, ``аким Шахтинска Ерлан Тулеуов``: after a place's noun
    or an official's title, a span of three words (a person's
    or a place's) whose last two read as a name is the place's one-word name, then a person: where the person
    starts; None for any other span (``аким района Ерлан Бауыржанович Касымов``: a first name and a patronymic)."""
    words = text[start:stop].split()
    titled = len(words) == 4 and words[0].casefold() in PLACE_TITLES  # "Аким Шахтинска Ерлан Тулеуов": one span
    if titled:
        start, words = text.index(words[1], start + len(words[0])), words[1:]
    if kind not in ("PER", "LOC") or len(words) != 3 or NAME.fullmatch(" ".join(words[1:])) is None:
        return None
    if words[1].endswith(PATRONYMIC_ENDINGS) or _is_first_name(words[0], morph):
        return None
    if not (titled or _after_a_place_noun(text, start) or _after_a_place_title(text, start)):
        return None
    return text.index(words[1], start + len(words[0]))


def _takes_another_person(out: list[tuple[str, int, int]], text: str, start: int, extended: int) -> bool:
    """Widening a person's span left to ``extended`` would take a first name natasha found as a person of its own
    (``мама Тимура Динара Ерланова``: the son's name in the genitive), not a first name before a patronymic."""
    if extended == start or not out or out[-1][0] != "PER":
        return False
    patronymic = PATRONYMIC_FORM.search(text[start:].split(maxsplit=1)[0]) is not None
    return not patronymic and out[-1][1] <= extended < out[-1][2]


def _organization_spans(text: str, spans: list[Any], morph: Any) -> list[tuple[str, int, int]]:
    """natasha's spans as (type, start, stop), organizations widened over the words it cut off, a person
    told apart from the place named before them; a span inside a widened one goes."""
    out: list[tuple[str, int, int]] = []
    for span in spans:
        kind, start, stop = span.type, span.start, span.stop
        person_at = _person_after_a_place(text, kind, start, stop, morph)
        if person_at is not None:
            kind, start = "PER", person_at
        elif kind == "PER":
            extended = _extend_person_left(text, start, morph)
            start = start if _takes_another_person(out, text, start, extended) else extended
        if kind == "PER":
            start = _start_before_patronymic(text, _start_before_particle(text, start), stop, morph)
            stop = match.end() if (match := PATRONYMIC_AFTER.match(text, stop)) else stop
            stop = _surname_after_patronymic(text, start, stop)
        if kind == "ORG":
            start = _extend_left(text, start, morph)
            if len(text[start:stop].split()) >= 2:  # "Волонтёры СКО": one word and an acronym is no name
                stop = _extend_right(text, stop)
        if out and out[-1][0] == "ORG" and out[-1][1] <= start and stop <= out[-1][2]:
            continue
        if kind == "PER" and out and out[-1][0] == "PER" and _joined_by_a_particle(text, out[-1][2], start):
            out[-1] = ("PER", out[-1][1], stop)  # "Алишер" / "ибн" / "Равшан Кадыров": one name
            continue
        out.append((kind, start, stop))
    return out


_JOINING_PARTICLES = word_set("names-particles", "ru") | word_set("names-particles", "kk")
GIVEN_NAME_PARTICLE = re.compile(
    rf"(?<![\w-])[{CYRILLIC_UPPER}][{CYRILLIC_LOWER}]+[ \t]+" + listed("names-patronymic-particles", "ru") + r"[ \t]+$"
)
"""``Бахром ибн `` right before a person's span: a given name and the particle joining it to the father's name."""


def _start_before_particle(text: str, start: int) -> int:
    """A person's span that natasha starts after ``ибн`` or ``бинт`` (``Турткуле Бахром ибн`` taken for a place):
    the given name before the particle opens the name."""
    found = GIVEN_NAME_PARTICLE.search(text, max(0, start - 40), start)
    return found.start() if found is not None else start


def _joined_by_a_particle(text: str, stop: int, start: int) -> bool:
    """Two persons' spans with nothing between but a name's particle in lower case (``Алишер ибн Равшан Кадыров``,
    ``Мария ван дер Берг`` cut at its particle): the two are one name."""
    between = text[stop:start].split()
    gap = text[stop:start]
    return bool(between) and "\n" not in gap and all(w in _JOINING_PARTICLES and w.islower() for w in between)


def entities(paragraphs: list[str]) -> list[Span] | None:
    """PER, ORG and LOC spans of an article's paragraphs, with their nominative form; None without natasha.

    One document per article (natasha batches its sentences) and NER only: names are put in the
    nominative with pymorphy, which is much cheaper than natasha's morphology tagger.
    """
    models = _load()
    if models is None:
        return None
    text = "\n\n".join(p if re.search(r"[.!?…:;»\"”]$", p) else p + "." for p in paragraphs)
    doc = models["Doc"](text)
    doc.segment(models["segmenter"])
    doc.tag_ner(models["ner"])
    morph = models["morph_vocab"]
    spans = []
    found = _organization_spans(text, doc.spans, morph)
    for at, (kind, start, stop) in enumerate(found):
        written = text[start:stop]
        if kind == "PER" and (named_after(text, start) or in_a_slashed_credit(text, start, stop)):
            continue  # "улица Машхур Жусупа", "школа имени Мухтара Ауэзова"; "ТАСС/Иван Петров": a credit
        if "\n" in written:
            continue
        if kind != "PER":
            spans.append(Span(kind, written, _normal(kind, written, morph)))
            continue
        genders, cases = _cases_before(text, start, morph)
        apposed = _case_of_apposition(text, stop, morph)
        if apposed is not None:
            cases = apposed
            genders = ("masc",) if _mans_dative_surname(written, apposed) else genders
        following = next((other[1] for other in found[at + 1 :] if other[0] == "PER"), len(text))
        genders = _gender_clue(text, (start, stop, following), genders, morph)
        spans.append(Span(kind, written, _normal(kind, written, morph, genders, cases)))
    return spans


GOVERNING = {
    words[0]: tuple(words[1:]) for words in (entry.split() for entry in word_set("names-governing-words", "ru"))
}
"""``против`` -> genitive, ``к`` -> dative: a preposition before a name tells its case."""
PHRASE_BEFORE = re.compile(r"(?<![\w-])(?P<words>(?:[а-яё-]+[ \t]+){1,5})$")
"""Up to five lower-case words right before a name, on its line, no punctuation between."""
PHRASE_TOKEN = rf"(?:[а-яё-]+|[{CYRILLIC_UPPER}][{CYRILLIC_LOWER}-]+|«[^«»\n]{{1,40}}»|№[ \t]?\d+)"
NAMED_PHRASE_BEFORE = re.compile(rf"(?<![\w-])(?P<words>(?:{PHRASE_TOKEN}[ \t]+){{2,9}})$")
"""Up to nine words right before a name, on its line, among them the names of places and bodies and numbers the
phrase's nouns take (``тренера «Ордабасы»``, ``председателя Жаңаарқинского района``, ``директора школы № 14``)."""
SKIPPED_IN_PHRASE = re.compile(r"^(?:«.*»|№.*|и)$")


def _cases_before(text: str, start: int, morph: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The cases (and a woman's gender) the words before a name tell: a preposition governing it (``против``,
    ``по словам``), or the nearest person's noun in apposition (``журналистки``, ``француза``, ``эпидемиолога
    министерства``, ``тренера «Ордабасы»``) whose case the name shares; else any case, either gender."""
    match = PHRASE_BEFORE.search(text, max(0, start - 80), start)
    before = match["words"].split() if match is not None else []
    last_two = " ".join(before[-2:])
    if before and (last_two in GOVERNING or before[-1] in GOVERNING):
        return GENDERS, GOVERNING.get(last_two) or GOVERNING[before[-1]]
    persons = (_head_person(before, morph) if before else []) or _head_person_over_names(text, start, morph)
    if not persons:
        return GENDERS, _CASES
    cases = tuple(dict.fromkeys(p.tag.case for p in persons))
    woman = all("femn" in p.tag for p in persons)
    return (("femn",) if woman else GENDERS), (_CASES if "nomn" in cases else cases)


def _head_person_over_names(text: str, start: int, morph: Any) -> list[Any]:
    """The parses of the person's noun nearest before a name in a longer noun phrase, past the names and numbers the
    phrase holds and the nouns in the genitive the person's noun governs (``руководителя управления энергетики и
    коммунального хозяйства города``: ``руководителя``; ``тренера «Ордабасы»``; ``директора парка №3``)."""
    match = NAMED_PHRASE_BEFORE.search(text, max(0, start - 160), start)
    if match is None:
        return []
    tokens = re.findall(PHRASE_TOKEN, match["words"])
    if tokens[-1] == "и":
        return []  # "жена тренера и Айгерим Сеитова": the name is joined to the noun, not governed by it
    for word in reversed([word for word in tokens if not SKIPPED_IN_PHRASE.match(word)]):
        parses = morph.parse(word.lower())
        if not parses or parses[0].tag.POS not in PHRASE_WORDS:
            return []
        nouns = [p for p in parses if p.tag.POS == "NOUN" and "sing" in p.tag]
        persons = [p for p in nouns if "anim" in p.tag and not _PROPER & set(p.tag.grammemes)]
        if word.islower() and persons and len(persons) == len(nouns):
            return persons  # a person's common noun (``Рушанского``, a place's name, is none)
        if not any(p.tag.case == "gent" for p in parses):
            return []  # a word the person's noun does not govern
    return []


PHRASE_WORDS = frozenset(("NOUN", "ADJF", "PRTF", "NUMR"))
APPOSITION_AFTER = re.compile(r"[ \t]*,[ \t]*([а-яё]+)(?![\w-])")


MANS_DATIVE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)у$")


def _mans_dative_surname(written: str, cases: tuple[str, ...]) -> bool:
    """``Сапаргалиеву`` in the dative: a man's surname (a woman's is ``Сапаргалиевой``), whatever the first name
    (``Ерику`` reads as ``Ерика``'s accusative too)."""
    return cases == ("datv",) and MANS_DATIVE_SURNAME.search(written.split()[-1]) is not None


def _case_of_apposition(text: str, stop: int, morph: Any) -> tuple[str, ...] | None:
    """The case a person's noun in apposition right after a name tells (``Ерику Сапаргалиеву, владельцу магазина``:
    the dative, so no woman's accusative), when it reads in one oblique case only; its gender tells nothing (a
    woman is ``директору`` too)."""
    match = APPOSITION_AFTER.match(text, stop)
    if match is None:
        return None
    parses = [p for p in morph.parse(match[1]) if p.tag.POS == "NOUN" and "sing" in p.tag]
    if not parses or not all("anim" in p.tag for p in parses):
        return None
    cases = {p.tag.case for p in parses}
    return tuple(cases) if len(cases) == 1 and "nomn" not in cases else None


def _head_person(words: list[str], morph: Any) -> list[Any]:
    """The parses of the person's noun heading the noun phrase right before a name, in whose case the name stands:
    the phrase's first noun of a person (``по словам главного эпидемиолога министерства``: ``эпидемиолога``;
    ``заместитель акима города``: ``заместитель``; ``медсестра из района``: none, the phrase starts after ``из``)."""
    phrase: list[list[Any]] = []
    for word in reversed(words):
        parses = morph.parse(word)
        if not parses or parses[0].tag.POS not in PHRASE_WORDS:
            break
        phrase.insert(0, parses)
    for parses in phrase:
        nouns = [p for p in parses if p.tag.POS == "NOUN" and "sing" in p.tag]
        persons = [p for p in nouns if "anim" in p.tag]
        if persons and len(persons) == len(nouns):
            return persons
    return []


RELATIVE_AFTER = re.compile(r"[ \t]*,[ \t]*(?:котор(?P<masc>ый|ого|ому|ым|ом)|котор(?P<femn>ая|ой|ую))(?!\w)")
"""``Ерику Сапаргалиеву, который ...``: the relative pronoun after a name agrees with the person's gender."""


PRONOUN_NEXT = re.compile(r"[^.!?\n]{0,200}[.!?][ \t]+(?:(?P<masc>Он)|(?P<femn>Она))(?!\w)")
"""``... Салиму Исмаилову. Она отметила ...``: the next sentence opens with a personal pronoun."""


SPEECH_VERB_AFTER = re.compile(r"[ \t]+(?:(?:также|же|тоже)[ \t]+)?" + listed("people-speech-verbs", "ru") + r"(?!\w)")
SENTENCE_OPENING = re.compile(r"(?:^|[.!?…»][ \t]+)$")


def _pronoun_about_a_person(text: str, span: tuple[int, int, int], morph: Any) -> bool:
    """The next sentence's ``Он``/``Она`` (``span``: the name's start and stop, the pronoun's end) is about the
    name when the name opens its own sentence (its subject: ``Гульшода Юлдашева работает ... Она выращивает``), a
    verb of speech follows it (``Салиму Исмаилову. Она отметила``) or, read without it, the name would stand as
    written, in the nominative, where it is no subject (``Суд признал Виталия Громова ... Он приговорён``); else
    it is as likely about a thing (``Вопросы задавали Ерлану Сапарову. Она длилась ...``)."""
    start, stop, pronoun_end = span
    line_start = text.rfind("\n", 0, start) + 1
    opens = SENTENCE_OPENING.search(text, max(line_start, start - 2), start) is not None or start == line_start
    if opens or SPEECH_VERB_AFTER.match(text, pronoun_end) is not None:
        return True
    written = without_kinship_word(text[start:stop] + " ").strip()
    try:
        untold = nominative_name(written, morph)
    except Exception:
        return False
    return untold is not None and untold.split() == written.split()[-len(untold.split()) :]


def _gender_after(text: str, span: tuple[int, int, int], morph: Any) -> tuple[str, ...]:
    """The gender the relative pronoun right after a name tells (``, который``: a man), or the pronoun opening the
    next sentence (``Она``) when no other person is named before it (``span``: the name's start and stop, where the
    next one starts) and it is about the name; else either."""
    start, stop, following = span
    match = RELATIVE_AFTER.match(text, stop)
    if match is None:
        match = PRONOUN_NEXT.match(text, stop)
        if (
            match is None
            or match.end() > following
            or not _pronoun_about_a_person(text, (start, stop, match.end()), morph)
        ):
            return GENDERS
    return ("masc",) if match["masc"] else ("femn",)


def _own_gender(words: list[str], morph: Any) -> tuple[str, ...]:
    """The gender a word of the name tells, read by the dictionary as a noun of one gender only (``Никиты``,
    ``Андрея``, ``Анной``, ``Сагындыковой``), no other word reading as the other gender only (``Гульшоде
    Юлдашевой``); else either."""
    words = without_kinship_word(" ".join(words) + " ").split()
    while len(words) > 1 and is_role(words[0]):
        words = words[1:]
    told: set[str] = set()
    for at, word in enumerate(words):
        if _as_written(word, last=at == len(words) - 1 > 0):
            continue
        if KAZAKH.search(word):
            continue  # "Дәмеш": the dictionary's reading of a Kazakh-lettered word is a guess
        nouns = [p for p in morph.parse(word.lower()) if "plur" not in p.tag and p.tag.POS == "NOUN"]
        read = nouns or _name_parses(word, morph, at == 0)  # "Гульшода": a man's name, or a woman's common noun
        genders = {gender for p in read for gender in GENDERS if gender in p.tag or "ms-f" in p.tag}
        if len(genders) == 1:
            told |= genders
    return tuple(told) if len(told) == 1 else GENDERS


WORD_RIGHT_BEFORE = re.compile(rf"(?<![\w-])([{CYRILLIC_UPPER}{CYRILLIC_LOWER}]+)[ \t]+$")
_PROPER = frozenset(("Name", "Surn", "Patr", "Geox", "Orgn", "Trad"))


def _after_a_common_noun(text: str, start: int, morph: Any) -> bool:
    """``Мать Никиты``, ``Проект Ерики``: the word right before the name is a common noun, which the name may
    depend on (in the genitive) and a relative pronoun after the name may be about."""
    match = WORD_RIGHT_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return False
    return any(p.tag.POS == "NOUN" and not _PROPER & set(p.tag.grammemes) for p in morph.parse(match[1].lower()))


WOMEN_FIRST_NAMES = word_set("names-women-first", "ru")
WOMAN_NAME_CASES = (("ой", "а"), ("ою", "а"), ("ы", "а"), ("е", "а"), ("у", "а"), ("ей", "я"), ("и", "я"), ("ю", "я"))
"""A woman's first name's case endings, each with its nominative's (``Амины``, ``Алию``)."""


def _womans_first_name(written: str) -> str | None:
    """``Амина Сабитова``, ``Зулайхе Абдуллаевой``: the name's first word is a listed woman's first name, in any case
    (the dictionary reads ``Амина`` as ``Амин``'s genitive): its nominative, capitalised; else None."""
    words = written.split()
    if len(words) > 1 and MANS_OBLIQUE_SURNAME.search(words[-1]) is not None:
        return None  # "Амином Сабитовым": a man's, Амин's ("Амину Сабитову" may be either: a pronoun tells)
    first = words[0].casefold() if words else ""
    forms = [first] + [first[: -len(end)] + nominative for end, nominative in WOMAN_NAME_CASES if first.endswith(end)]
    return next((_capitalise(form) for form in forms if form in WOMEN_FIRST_NAMES), None)


MANS_OBLIQUE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:ым|ом)$")
"""A surname in a man's instrumental (``Сабитовым``, ``Ильиным``): the first name beside it is a man's, whatever it
looks like."""


def _gender_clue(text: str, span: tuple[int, int, int], genders: tuple[str, ...], morph: Any) -> tuple[str, ...]:
    """The gender the words around a name tell (``span``: its start, stop and where the next person starts): the
    relative pronoun right after it or the next sentence's pronoun, else the head noun's (``genders``). A clue
    against the name's own words (``мать Никиты Журавлёва``, ``Ильёй Смирновым. Она ...``) is more often about
    another noun: it counts only for a relative pronoun right after a name that follows no common noun."""
    start, stop, _ = span
    told = _gender_after(text, span, morph)
    if told == GENDERS and _womans_first_name(text[start:stop]) is not None:
        return ("femn",)  # "Амина Сабитова": the list, unless a pronoun says otherwise
    clue = told if told != GENDERS else genders
    own = _own_gender(text[start:stop].split(), morph)
    if clue == GENDERS or own in (GENDERS, clue):
        return clue
    if RELATIVE_AFTER.match(text, stop) and not _after_a_common_noun(text, start, morph):
        return clue  # "волонтёр из Омана Гани Рахими, который ...": the dictionary reads "Гани" as "Ганя"'s
    return GENDERS


KINSHIP_WORD = re.compile(r"(?<=\w)-(?P<word>" + listed("names-kinship-suffixes") + r")(?!\w)", re.I)
WOMEN_KINSHIP_WORDS = word_set("names-kinship-suffixes-women")


def _gender_of_kinship_word(written: str) -> tuple[str, ...] | None:
    """``Бибигуль-апай``: a woman; ``Марата-ага``: a man; None without a kinship word."""
    match = KINSHIP_WORD.search(written)
    if match is None:
        return None
    return ("femn",) if match["word"].lower() in WOMEN_KINSHIP_WORDS else ("masc",)


def _normal(
    kind: str, written: str, morph: Any, genders: tuple[str, ...] = GENDERS, cases: tuple[str, ...] = _CASES
) -> str:
    """A span's name in the nominative, role words before a person's name left out."""
    try:
        if kind == "PER":
            genders = _gender_of_kinship_word(written) or genders
            written = without_kinship_word(written + " ").strip()
            normal = nominative_name(written, morph, genders, cases) or written
            while len(normal.split()) > 1 and is_role(normal.split()[0]):
                normal = normal.split(" ", 1)[1]
        else:
            normal = nominative_phrase(written, morph)
    except Exception:
        normal = written
    return _spelled_as_written(" ".join(normal.split()), written)


def _spelled_as_written(normal: str, written: str) -> str:
    """The name as the text writes it where the nominative is the text's own form: the dictionary writes
    ``ё`` where the text may write ``е`` (``Ковалёва`` for ``Ковалева``) and capitalises its own way
    (``Маккой`` for ``МакКой``). A word in another case keeps its nominative, without a ``ё`` the text
    does not write."""
    if "ё" not in written.lower():
        normal = normal.replace("ё", "е").replace("Ё", "Е")
    words, written_words = normal.split(), written.split()
    if len(written_words) < len(words):
        return normal
    tail = written_words[len(written_words) - len(words) :]  # role words before the name dropped
    return " ".join(
        own if folded(own) == folded(word) and not own.isupper() else word
        for word, own in zip(words, tail, strict=True)
    )
