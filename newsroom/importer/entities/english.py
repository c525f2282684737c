"""English: people, organizations and places by the shape of the text (no NER model ships).

People are capitalised name sequences next to a cue: a role or title ("Vice-President Aigerim
Sadykova", "volunteer coordinator Saule Bekova"), an apposition ("Gulnara Tulegenova, a lecturer
at ..."), a speech verb ("said Nurlan Abenov", "Bolat Akchulakov noted"), or a known first name.
Organizations are capitalised words around a head word ("Ministry of ...", "... University").
Places are a capitalised name before ``region`` or after ``the village of``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsroom.alphabets import CYRILLIC, LATIN_UPPER
from newsroom.importer.entities.base import NAME_SUFFIXES, Finder, Names, in_a_slashed_credit
from newsroom.importer.patterns import SENTENCE_END, one_of
from newsroom.importer.wordlists import word_set, words
from newsroom.registry import Registry

ROLE_WORDS = word_set("roles-person", "en")
SURNAME_PREFIXES = word_set("names-surname-prefixes", "en")
NON_NAME = word_set("stopwords-non-name", "en")
NAME_PARTICLES = word_set("names-particles")
PATRONYMIC_WORDS = word_set("names-patronymic-words")
"""``uulu``, ``kyzy``, ``ogly``: a patronymic word written apart, inside or closing a name (``Bolotbek uulu
Azamat``, ``Azamat Bolotbek uulu``): part of the name and the evidence of one."""
FIRST_NAMES = word_set("names-first")
ORG_HEADS = word_set("orgs-heads", "en")
NOT_LAST_WORDS = ORG_HEADS | word_set("people-not-last", "en")
"""A body's head word, or an event's, a publication's, a building's or a street's: no person's name ends in one."""
EVENT_WORDS = word_set("orgs-events", "en")
ORG_CONNECTORS = word_set("orgs-connectors", "en")
LEADING_STOP = word_set("stopwords-leading", "en")
COMPASS = word_set("places-compass", "en")
FOREIGN_ORG_HEADS = word_set("orgs-heads-foreign")
"""``Fundación``, ``Instituto``, ``Stiftung``: a body's head word opening its name in another language."""
NAMESAKE_BEFORE = re.compile(
    r"(?<![\w-])" + one_of(words("people-namesake-before", "en")) + r"\s+(?:[A-Z]\w?\.\s*)*$", re.I
)
"""``named after``, with a namesake's initials after it: the name that follows is a university's or a street's."""
NAMESAKE_HEADS = word_set("people-namesake-heads", "en")
"""``Madrasa``, ``Avenue``, ``Prize``: closing a name, a building, a street or an award named after a person."""
ARTICLES = frozenset(("the", "a", "an"))


def _alternatives(entries: frozenset[str] | tuple[str, ...]) -> str:
    """A regular expression alternation of word list entries, longest first."""
    return "|".join(re.escape(entry) for entry in sorted(entries, key=len, reverse=True))


SPEECH_VERBS = _alternatives(words("people-speech-verbs", "en"))
SPEECH_AFTER = re.compile(rf"^\s*(?:,\s*)?(?:also\s+|has\s+|had\s+|then\s+|later\s+|further\s+)?(?:{SPEECH_VERBS})\b")
SPEECH_BEFORE = re.compile(rf"(?:\b(?:{SPEECH_VERBS})|according to|quoted|quoting|by|thanks to|with)\s*[,:]?\s*$", re.I)
BY_OR_WITH = re.compile(r"\b(?:by|with)\s*$", re.I)
APPOSITION = re.compile(r"^\s*,\s*(?:the\s+|a\s+|an\s+|who\b|aged\s+\d|\d{1,3}\s*,)?(?P<phrase>[^,.;]{0,90})")
APPOSITION_OF_PERSON = re.compile(
    rf"^\s*,\s*(?:who(?:se)?\b|aged\b|\d{{1,3}}\s*,|[^,.;]{{2,80}},\s*(?:{SPEECH_VERBS})\b"
    r"|(?:a|an|the)\s+(?:[a-z’'-]+\s+){1,4}who\b)"
)
TITLE_BEFORE = re.compile(
    rf"(?:\b(?:{_alternatives(ROLE_WORDS)}))\s*,?\s+(?:(?:of|for|on|at)\s+[^,.;]{{2,60}}?\s+)?$", re.I
)
ROLE_RIGHT_BEFORE = re.compile(rf"\b(?:{_alternatives(ROLE_WORDS)})\s+$", re.I)
WORD = re.compile(
    rf"(?:[{LATIN_UPPER}][hs]?\.){{2,3}}(?=[\s,;)]|$)|[{LATIN_UPPER}][hs]?\.(?=[,;)]|$)"
    rf"|[^\W\d_][\w’'\-]*(?:\.(?=\s))?|\d[\w.,]*|[^\w\s]",
    re.UNICODE,
)
"""A word, a number or a mark; initials run together stay one word (``A.Sh.``, ``N.N.``), and an initial keeps its
full stop before a comma or at the paragraph's end (``Sharifzoda F. N.,``, ``Judge Ospanov B.``)."""
CAPITALISED = re.compile(rf"(?<![\w-])[{LATIN_UPPER}][\w’'-]+")
INITIAL = re.compile(rf"(?:[{LATIN_UPPER}][hs]?\.){{2,3}}|[{LATIN_UPPER}]h?\.|Y[aeou]\.|Ts\.|Aa\.")
"""An initial: ``F.``, or a transliterated one of two letters (``Zh.``, ``Sh.``, ``Kh.``, ``Ye.``, ``Yu.``), or the
Norwegian and Danish ``Aa.`` (``Henrik Aa. Solberg``)."""

HEADS = "|".join(head.title() for head in sorted(ORG_HEADS))
HEADS_TITLED = frozenset(head.title() for head in ORG_HEADS) | {"National", "State"}  # "Almaty State University"
HEAD_BEFORE = re.compile(rf"(?:{HEADS})(?:\s+[{LATIN_UPPER}][\w-]*)*\s+(?:of|for|in)\s+(?:the\s+)?$")
HEAD_AFTER = re.compile(rf"\s+[{LATIN_UPPER}][a-z]+\s+(?:{HEADS})\b")
OF_A_BODY = re.compile(
    r"(?:Ministry|Commission|Embassy|Government|Parliament|President)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?$"
)
ACRONYM_BEFORE = re.compile(rf"(?<![\w-])[{LATIN_UPPER}]{{2,}}\s+$")

_CAP = rf"[{LATIN_UPPER}][\w’'-]+"
PLACE_BEFORE_HEAD = re.compile(
    rf"(?<![\w-])((?:{_CAP}\s+){{0,2}}{_CAP})\s+({_alternatives(word_set('places-heads', 'en'))})\b"
)
PLACE_AFTER_OF = re.compile(rf"\b(?:{_alternatives(word_set('places-of', 'en'))}) of ({_CAP}(?:[\s-]{_CAP})?)")

Token = tuple[str, int, int]
"""A word or mark of a paragraph, with its start and end."""


def is_capitalised(token: str) -> bool:
    return bool(token) and token[0].isupper() and any(c.islower() for c in token)


PREFIXED_NAME = re.compile(
    rf"^(?:(?:{_alternatives(NAME_PARTICLES)})-|(?:{_alternatives(word_set('names-elided-particles'))})[’'])"
    rf"[{LATIN_UPPER}][\w’'-]+$",
    re.I,
)
"""A name with its particle joined by a hyphen or an apostrophe: ``al-Rawi``, ``bin-Zayed``, ``dell'Orto``."""
PERSONAL_PARTICLES = word_set("names-particles-personal")
SHORT_NAME_PARTICLES = word_set("names-particles-personal-short")
COMPANY_ABBREVIATIONS = word_set("names-company-abbreviations", "en")


def is_name_word(token: str) -> bool:
    """A capitalised word, or a particle-prefixed one (``al-Rawi``)."""
    return is_capitalised(token) or PREFIXED_NAME.match(token) is not None


def _particles_then_name(tokens: list[Token], index: int) -> bool:
    """At ``index``, particles (``van der``, ``de la``, ``bin``) and then a name word."""
    while index < len(tokens) and tokens[index][0].lower() in NAME_PARTICLES:
        index += 1
    return index < len(tokens) and is_name_word(tokens[index][0])


def _initials_then_name(tokens: list[Token], index: int) -> bool:
    """At ``index``, initials and then a name word (``A. B. Nurmagambetova``, ``J. T. Halvorsen``)."""
    start = index
    while index < len(tokens) and INITIAL.fullmatch(tokens[index][0]):
        index += 1
    return start < index < len(tokens) and is_name_word(tokens[index][0])


def written(token: str) -> str:
    """A name's word as written in the name: an initial and a suffix keep their full stop (``John F. Kessler
    Jr.``)."""
    kept = INITIAL.fullmatch(token) or token in NAME_SUFFIXES or _is_surname_prefix(token)
    return token if kept else bare(token)


def is_acronym(token: str) -> bool:
    return len(token) > 1 and token.isupper() and token.isalpha()


def bare(token: str) -> str:
    """A token without a possessive ``'s`` and a closing full stop."""
    if token.endswith(("’s", "'s")):
        token = token[:-2]
    return token.rstrip(".")


def is_first_name(token: str) -> bool:
    """A known first name, or a double one of two known (``Maria-Luisa``, ``Anna-Maria``)."""
    word = bare(token).casefold()
    return word in FIRST_NAMES or ("-" in word and all(part in FIRST_NAMES for part in word.split("-")))


class NonNames:
    """English words that are never part of a person's name, the registry's Latin words among them."""

    def __init__(self, registry: Registry) -> None:
        found: set[str] = set()
        for vocabulary in (registry.places, registry.organizations, registry.sources, registry.tags):
            for entry in vocabulary.entries:
                for spelling in entry.spellings:
                    if not CYRILLIC.search(spelling):
                        found.update(word.casefold() for word in re.findall(r"[\w’'-]+", spelling))
        self.words = found | NON_NAME

    def __contains__(self, token: str) -> bool:
        return bare(token).casefold() in self.words

    @classmethod
    def of(cls, registry: Registry) -> NonNames:
        """The registry's non-name words, computed once per registry and kept on it."""
        found = registry.derived.get("non_names")
        if not isinstance(found, cls):
            found = registry.derived["non_names"] = cls(registry)
        return found


CELL_GAP = re.compile(r"\t|\s{2,}")
"""A tab or a run of spaces between two words: a table's cells (``1\tNikolai van Aken\tTengri Velo``), one name
never across it."""


MIN_SPACED_CELLS = 3


@lru_cache(maxsize=256)
def _is_table_row(paragraph: str) -> bool:
    """A table's row: cells apart by a tab, or by runs of spaces at least twice with no sentence's stop closing it
    (prose pasted from a PDF has double spaces between its words, and stops)."""
    text = paragraph.strip()
    if "\t" in text:
        return True
    return len(CELL_GAP.split(text)) >= MIN_SPACED_CELLS and SENTENCE_END.search(text) is None


MIN_WORD_ENDING_A_SENTENCE = 4


def _ends_a_sentence(token: str) -> bool:
    """A word with a full stop that is no initial, title, suffix or company's abbreviation (``Aktau.``, not ``Dr.``,
    ``Jr.``, ``Zh.``, ``Corp.``): the sentence ends with it."""
    word = bare(token)
    if not token.endswith(".") or INITIAL.fullmatch(token) or len(word) < MIN_WORD_ENDING_A_SENTENCE:
        return False
    company = word.lower() in COMPANY_ABBREVIATIONS  # "Kazakh Steel Corp. Bolat Kenzhebayev"
    return (
        not company and word.lower() not in ROLE_WORDS and f"{word}." not in NAME_SUFFIXES and word not in NAME_SUFFIXES
    )


HONORIFICS = frozenset(words("names-honorifics", "en"))
MIN_CAPITALS_SURNAME = 2


def _capitals_surname(tokens: list[Token], index: int) -> bool:
    """``Mr. KATO Hiroshi``, ``Ms. TANAKA Yuki``: right after an honorific, a surname in capitals and then one
    capitalised given name (a Japanese or Korean name as an embassy writes it): no acronym."""
    word = tokens[index][0]
    return (
        0 < index < len(tokens) - 1
        and word.isalpha()
        and word.isupper()
        and len(word) >= MIN_CAPITALS_SURNAME
        and tokens[index - 1][0] in HONORIFICS
        and is_capitalised(tokens[index + 1][0])
        and not (index + 2 < len(tokens) and is_capitalised(tokens[index + 2][0]))
    )


def _capitalised_runs(tokens: list[Token], paragraph: str = "") -> list[list[int]]:
    """Runs of capitalised words, initials and name particles (``Ursula von der Leyen``), as token indexes, none
    across a table's cells."""
    runs = []
    index = 0
    while index < len(tokens):
        if not (
            is_capitalised(tokens[index][0]) or _initials_then_name(tokens, index) or _capitals_surname(tokens, index)
        ):
            index += 1
            continue
        run = [index]
        index += 1
        while index < len(tokens):
            token = tokens[index][0]
            if _is_table_row(paragraph) and CELL_GAP.search(paragraph, tokens[index - 1][2], tokens[index][1]):
                break
            particle = token.lower() in NAME_PARTICLES and _particles_then_name(tokens, index)
            if _ends_a_sentence(tokens[index - 1][0]):
                break  # "... near Aktau. Delphine Moreau": the sentence ended
            if is_name_word(token) or INITIAL.fullmatch(token) or particle or token in PATRONYMIC_WORDS:
                run.append(index)
                index += 1
            else:
                break
        runs.append(run)
    return runs


def _name_start(run: list[int], tokens: list[Token], non_names: NonNames) -> int:
    """Where the name starts in a run: after the last word that cannot be part of a name."""
    start = 0
    for position, index in enumerate(run):
        token = tokens[index][0]
        if (token.lower() in NAME_PARTICLES and 0 < position < len(run) - 1) or token in PATRONYMIC_WORDS:
            continue  # "de la" inside "Ana María de la Cruz", "uulu" in "Bolotbek uulu Azamat"
        if INITIAL.fullmatch(token) and (position < len(run) - 1 or position > 0):
            continue  # "C." in "Maria C. Alvarez", "A." in "A. B. Nurmagambetova", "N." in "Sharifzoda F. N.": no "a"
        if _is_surname_prefix(token) and 0 < position < len(run) - 1:
            if _street_then_a_name(run, tokens, position):
                start = position + 1  # "on Baker St. Aliya Serikova": the street ends, a person follows
            continue  # "St." in "Daniel St. Claire": no street
        if position and _east_asian_name(tokens[run[position - 1]][0], token):
            continue  # "Park" in "Sung-min Park": no park
        if position + 1 < len(run) and _east_asian_name(tokens[run[position + 1]][0], token):
            continue  # "Park" in "CEO Park Jae-hyun": the surname first, as in Korea
        acronym = token.isupper() and len(token) > 1 and not INITIAL.fullmatch(token)
        acronym = acronym and not _capitals_surname(tokens, index)
        if token in non_names or token.lower() in ROLE_WORDS or acronym:
            start = position + 1
    return start


def _east_asian_name(given: str, surname: str) -> bool:
    """``Sung-min Park``: a given name of two syllables joined by a hyphen, then an East Asian surname."""
    shaped = SYLLABLE_GIVEN_NAME.fullmatch(given)
    return shaped is not None and shaped["second"] in GIVEN_SYLLABLES and bare(surname).lower() in EAST_ASIAN_SURNAMES


def _street_then_a_name(run: list[int], tokens: list[Token], position: int) -> bool:
    """``Baker St. Aliya Serikova``: after ``St.`` a known first name and a surname, so ``St.`` ends a street's
    name (``Lucas St. John`` keeps its surname)."""
    return position + 2 < len(run) and is_first_name(tokens[run[position + 1]][0])


def _is_surname_prefix(token: str) -> bool:
    """``St.``, ``Ste.``: an abbreviated word that opens a surname (``Daniel St. Claire``)."""
    return bare(token).casefold() in SURNAME_PREFIXES


def _is_core(token: Token) -> bool:
    """A word of a name that counts: not a particle, a patronymic word, an initial or a surname's prefix."""
    word = token[0]
    marked = word.lower() in NAME_PARTICLES or word in PATRONYMIC_WORDS or _is_surname_prefix(word)
    return not (marked or INITIAL.fullmatch(word))


def _particle_as_surname(token: Token) -> bool:
    """``Los`` closing ``Carmen Los``: a particle written with a capital, nothing after it, is a surname."""
    word = token[0]
    return word.lower() in NAME_PARTICLES and is_capitalised(word)


MAX_TITLED_NAME_WORDS = 3
PATRONYMIC = re.compile(one_of(words("names-patronymic-endings", "en")) + r"$", re.I)
"""A patronymic in Latin script (``Serikovich``, ``Nurlanovna``, ``Bolatuly``): the word before it is a first name."""


def _name_tokens(tokens: list[Token], titled: bool = False) -> list[Token]:
    """A name of two to four words (particles and initials aside), or nothing: "Natural Sciences Lidia
    Brito" starts at a first name; without one, the name is its last two words and what joins them
    (``Nadia El Fassi``, ``Pieter van der Berg``), unless a title or role opens it (``Ambassador Rui
    Conceição Tavares``: up to three words)."""
    while tokens and tokens[0][0].lower() in NAME_PARTICLES:
        tokens = tokens[1:]
    if len(tokens) >= 2 and _particle_as_surname(tokens[-1]):  # "Carmen Los": the particle is the surname
        return tokens if sum(1 for token in tokens[:-1] if _is_core(token)) in (1, 2, 3) else []
    core = [i for i, token in enumerate(tokens) if _is_core(token)]
    if len(core) > (MAX_TITLED_NAME_WORDS if titled else 2) and not _joined_by_a_particle(tokens, core):
        firsts = [i for i, token in enumerate(tokens) if is_first_name(token[0])]
        joined = [i for i in range(1, len(tokens) - 1) if tokens[i][0].lower() in NAME_PARTICLES]
        joined = [i - 1 for i in joined if _is_core(tokens[i - 1])][:1]  # "Farid bin Osman Rahimov"
        joined += [core[-3]] if PATRONYMIC.search(bare(tokens[core[-2]][0])) else []  # "Dmitriy Serikovich Lee"
        joined += _given_name_before_patronymic_word(tokens)  # "Nigar Ələkbər qızı Həsənova"
        tokens = tokens[min(firsts[:1] + joined) if firsts or joined else core[-2] :]
    count = sum(1 for token in tokens if _is_core(token))
    initials = count == 1 and len(tokens) > 1 and all(INITIAL.fullmatch(token[0]) for token in tokens[:-1])
    initials = initials or _surname_then_initials(tokens, count)
    return tokens if (2 <= count <= 4 and _is_core(tokens[0])) or initials else []


MAX_INITIALS_AFTER = 3


def _surname_then_initials(tokens: list[Token], count: int) -> bool:
    """``Sharifzoda F. N.``, ``Rakhimov A.B.``, ``Ospanov B.``: a surname, then one to three initials (the order of
    a Russian or a Tajik official's name in an English text); one initial alone follows only a word spelt as a
    surname (``-ov``, ``-eva``) or a known first name: ``Terminal B.``, ``Vitamin D.``, ``Hepatitis C.`` close a
    sentence on a letter."""
    shaped = (
        count == 1
        and 1 < len(tokens) <= 1 + MAX_INITIALS_AFTER
        and _is_core(tokens[0])
        and not tokens[0][0].endswith(".")  # "Corp. N.": an abbreviation, no surname
        and all(INITIAL.fullmatch(token[0]) for token in tokens[1:])
    )
    if not shaped or sum(token[0].count(".") for token in tokens[1:]) > 1:
        return shaped
    word = bare(tokens[0][0])
    return word.lower().endswith(SURNAME_ENDINGS) or is_first_name(word)


def _given_name_before_patronymic_word(tokens: list[Token]) -> list[int]:
    """Where a name with a patronymic word inside starts: at the given name before the father's name (``Nigar
    Ələkbər qızı Həsənova``, ``Rauf Elşən oğlu Məmmədov``)."""
    inside = [i for i in range(2, len(tokens) - 1) if tokens[i][0] in PATRONYMIC_WORDS]
    return [inside[0] - 2] if inside and _is_core(tokens[inside[0] - 2]) and _is_core(tokens[inside[0] - 1]) else []


MAX_PARTICLE_NAME_WORDS = 4


def _joined_by_a_particle(tokens: list[Token], core: list[int]) -> bool:
    """``Isabel Fernández de Córdoba``, ``Juan Miguel dos Santos Pereira``: one or two words, a particle in lower
    case, then the rest, four words at most: the whole run is one name."""
    particles = [i for i in range(1, len(tokens) - 1) if tokens[i][0].lower() in NAME_PARTICLES]
    if not particles or not tokens[particles[0]][0].islower() or len(core) > MAX_PARTICLE_NAME_WORDS:
        return False
    return 1 <= sum(1 for i in core if i < particles[0]) <= 2


SURNAME_ENDINGS = tuple(words("names-surname-endings", "en"))
EAST_ASIAN_SURNAMES = word_set("names-surnames-east-asian", "en")
GIVEN_SYLLABLES = word_set("names-given-syllables", "en")
SYLLABLE_GIVEN_NAME = re.compile(rf"[{LATIN_UPPER}][a-z]{{1,5}}-(?P<second>[a-z]{{2,5}})")
"""``Sung-min``, ``Ji-woo``: a given name of two syllables joined by a hyphen, the second in lower case."""
MIN_SURNAME_LETTERS = 5
MAX_LABEL_LINE_WORDS = 6


def _has_role_cue(before: str, title: list[str]) -> bool:
    """A title or role before the name (``Vice-President``, ``volunteer coordinator``, ``Minister of Energy``);
    not right after a preposition, an article or ``and`` (``chairman of the board of Tengri Power``, ``Minister of
    Employment and Poverty Reduction``: the body the role is in)."""
    if title and title[-1].lower() in ROLE_WORDS:  # right before the name: "UN Chief ... Visits Almaty Flood Zone"
        return True
    return TITLE_BEFORE.search(before) is not None and AFTER_A_LINK_WORD.search(before) is None


def _has_weak_cue(before: str, after: str, first: str) -> bool:
    """A speech verb around the name, or an apposition after it: cues an organization may take too
    (``Kazakh Railways said``, ``Steppe Trust, a charity``)."""
    by_or_with = BY_OR_WITH.search(before) is not None
    if (SPEECH_BEFORE.search(before) and not by_or_with) or SPEECH_AFTER.match(after):
        return True
    if by_or_with and is_first_name(first):
        return True
    apposition = APPOSITION.match(after)
    if apposition:
        apposed = [w.strip("’'").lower() for w in re.findall(r"[\w’'-]+", apposition.group(0))]
        return any(w in ROLE_WORDS for w in apposed[:8]) or APPOSITION_OF_PERSON.match(after) is not None
    return False


def _looks_like_a_person(name: list[Token]) -> bool:
    """Evidence in the name itself: a known first name, an initial, a surname's ending (``-ova``, ``-uly``), or a
    patronymic word (``uulu``)."""
    last = bare(name[-1][0])
    surname = len(last) >= MIN_SURNAME_LETTERS and last.lower().endswith(SURNAME_ENDINGS)
    marked = any(INITIAL.fullmatch(token[0]) or bare(token[0]) in PATRONYMIC_WORDS for token in name)
    marked = marked or any(token[0] in PERSONAL_PARTICLES for token in name[1:-1])  # "Otto von Bismarck"
    marked = marked or (len(name) == 3 and name[1][0] in SHORT_NAME_PARTICLES)  # "Karin af Ekström"
    marked = marked or any(PATRONYMIC.search(bare(token[0])) for token in name[1:-1])  # "Kenesbai Oraz-uly Zhangeldin"
    return is_first_name(name[0][0]) or surname or marked or _east_asian_name(name[0][0], name[-1][0])


def _surely_a_person(name: list[Token]) -> bool:
    """A known first name and a surname's ending or a patronymic: a person even on a line of capitalised words, when
    an affiliation in brackets follows (a list of alumni, of speakers)."""
    last = bare(name[-1][0])
    surname = len(last) >= MIN_SURNAME_LETTERS and last.lower().endswith(SURNAME_ENDINGS)
    patronymic = any(PATRONYMIC.search(bare(token[0])) for token in name[1:-1])
    return is_first_name(name[0][0]) and (surname or patronymic)


@lru_cache(maxsize=256)  # asked for each name of the paragraph: once a paragraph
def _is_label_line(paragraph: str) -> bool:
    """A short line of capitalised words only (``Victoria Falls``, ``Grace Notes``): a label, a section's name; not
    a table's row (its cells apart: ``4\tBekzat Oralbekov\tTengri Velo``)."""
    if _is_table_row(paragraph):
        return False
    words_ = re.findall(r"[^\W\d_][\w’'-]*", paragraph)
    return len(words_) <= MAX_LABEL_LINE_WORDS and all(w[:1].isupper() or w in ORG_CONNECTORS for w in words_)


def _has_person_cue(paragraph: str, name: list[Token], title: list[str], plain: bool) -> bool:
    """A role before the name; or a name that looks like a person's (a known first name, an initial, a
    surname's ending), outside a label line; or a speech verb or an apposition with a ``plain`` name: the
    whole capitalised run (``Kazakhstan Temir Zholy said`` is a company: the run was cut), named like a
    person (``_named_like_a_person``)."""
    before, after = paragraph[max(0, name[0][1] - 80) : name[0][1]], paragraph[name[-1][2] :]
    if _has_role_cue(before, title):
        return True
    if _is_label_line(paragraph):
        affiliated = paragraph[name[-1][2] :].lstrip().startswith("(")  # "Zarina ... Ospanova (University of Twente)"
        return affiliated and _surely_a_person(name)
    if _looks_like_a_person(name):
        return True
    return plain and _has_weak_cue(before, after, name[0][0])


def _after_a_title(paragraph: str, tokens: list[Token], run: list[int], title: list[str]) -> bool:
    """A title or role word right before the name (``Ambassador``, ``chef``): it marks where the name starts."""
    if title:
        return bare(title[-1]).lower() in ROLE_WORDS
    before = paragraph[max(0, tokens[run[0]][1] - 80) : tokens[run[0]][1]]
    return ROLE_RIGHT_BEFORE.search(before) is not None


AFTER_A_LINK_WORD = re.compile(r"\b(?:of|for|at|on|in|from|with|to|the|and)\s+$", re.I)
"""A name right after a preposition, an article or ``and`` is the body a role is in (``Minister of Employment and
Poverty Reduction``), not the role's holder."""
COMMON_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]+")
IT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){1,4}?(?:that\s+)?(?:it|its)\b")
"""``Tengri Power announced on Tuesday that it ...``, ``... said it would``: its verb, then ``it``."""


_NO_PREPOSITION = r"(?:(?!(?:of|for|at|with|in|on)\s)[a-z’'-]+\s+)"
"""A word between an article and a body's kind (``a rival``), no preposition (``the founder of the firm``)."""
ORG_KIND_BEFORE = re.compile(
    r"(?:^|(?<!\bof)(?<!\bat)(?<!\bfor)(?<!\bwith)\s)(?:a|an|the|its|their)\s+"
    + _NO_PREPOSITION
    + "{0,3}"
    + "(?:"
    + _alternatives(word_set("orgs-kinds", "en"))
    + r"),\s+$",
    re.I,
)
"""``a rival service, `` right before a name: the name is the service's (not ``the head of the union, ``)."""
_ORG_KINDS = _alternatives(word_set("orgs-kinds", "en"))
ORG_KIND_NEAR = re.compile(
    rf"\b(?:(?:a|an)\s+{_NO_PREPOSITION}{{0,3}}(?:{_ORG_KINDS}),|(?:a|an|the|its|their)\s+{_NO_PREPOSITION}{{0,3}}(?:{_ORG_KINDS}))"
    r"\s+$",
    re.I,
)
"""``the Dublin-based consultancy ``, ``for a rival service, ``: a body's kind right before a name (or an
indefinite one and a comma, after a preposition too): the name is the body's unless it looks like a person's
(``the founder of the firm, Daulet Serik``: a definite body is known already, the name is its founder's)."""
SPOKEN_TO = re.compile(rf"\b(?:to|with)\s+(?:a|an|the)\s+{_NO_PREPOSITION}{{0,3}}(?:{_ORG_KINDS}),?\s+$", re.I)
"""``Speaking to a news agency, ``: a clause about whom one speaks to, no apposition to the name after it."""
SAYS_RIGHT_AFTER = re.compile(rf"\s+(?:{SPEECH_VERBS})\b")
"""``Aidos Seitkali said``: a speech verb right after the name, no comma between."""
_FUNCTION_WORDS = r"(?:of|for|at|with|in|on|to|from|the|a|an|by|near|within|inside|under|across|its|their|his|her)"
ORG_KIND_AFTER = re.compile(
    rf"\s*,\s*(?:a|an)\s+(?P<between>(?:(?!{_FUNCTION_WORDS}\s)[a-z’'-]+\s+){{0,2}}?)(?:{_ORG_KINDS})\s*[,.;]", re.I
)
"""``Abdul Latif Jameel, a Saudi conglomerate,``: a body's kind in apposition after the name: the body's name."""
WHICH_AFTER = re.compile(r"\s*,\s*which\b")
"""``Meridian Terminals, which runs ...``: a person is ``who``."""
WHOSE_MEMBERS_AFTER = re.compile(
    r"\s*,\s*whose\s+(?:" + _alternatives(word_set("people-body-members", "en")) + r")\b", re.I
)
"""``Yilmaz Muhendislik, whose chairman ...``: what a body has (a chairman, staff, shareholders), a person has not."""


KIND_RIGHT_BEFORE = re.compile(rf"(?<![\w-])(?:{_ORG_KINDS})\s+$", re.I)
"""``the national railway company Kyrgyz Temir Jolu``, ``Almaty brokerage Freedom Broker``: a body's kind right
before a run of capitalised words (no comma between, as in ``the founder of the firm, Daulet Serik``) names it."""


APPOSED_ROLE = re.compile(rf",\s*(?:{_alternatives(ROLE_WORDS)})\b[^,;]*$", re.I)
"""``Bakyt Toktosunov, head of the railway company ...``: a role in apposition to the name before it, not the
role of the run after it."""


def _named_like_a_body(paragraph: str, name: list[Token]) -> bool:
    """A name a body's kind stands in apposition to, or that ``which`` follows: not a person."""
    before = paragraph[max(0, name[0][1] - 80) : name[0][1]]
    if SPOKEN_TO.search(before) is not None and SAYS_RIGHT_AFTER.match(paragraph, name[-1][2]) is not None:
        return False  # "Speaking to a news agency, Aidos Seitkali said": the one who speaks
    if ORG_KIND_BEFORE.search(before) is not None or WHICH_AFTER.match(paragraph, name[-1][2]) is not None:
        return True
    if WHOSE_MEMBERS_AFTER.match(paragraph, name[-1][2]) is not None:
        return not (is_first_name(name[0][0]) or ROLE_RIGHT_BEFORE.search(before))  # "Farmer Yerlan Bekov, whose"
    kind_after = ORG_KIND_AFTER.match(paragraph, name[-1][2])
    if kind_after is not None and not set(kind_after["between"].lower().split()) & ROLE_WORDS:
        return True
    return ORG_KIND_NEAR.search(before) is not None and not _looks_like_a_person(name)


def _named_like_a_person(paragraph: str, name: list[Token], common: set[str]) -> bool:
    """No word of the name is one the text also uses in lower case (``Steppe Rail`` beside ``rail
    freight``, ``Tengri Power`` beside ``power plants``), and its verb is not followed by ``it``
    (``Tengri Power announced that it had signed``)."""
    if any(bare(token[0]).lower() in common for token in name if _is_core(token)):
        return False
    return IT_AFTER.match(paragraph, name[-1][2]) is None


def _ends_a_body_s_name(paragraph: str, tokens: list[Token], run: list[int]) -> bool:
    """A run of capitalised words right after a body's head word and ``of`` (``Ministry of Emergency Situations``,
    ``University of Central Asia``): the end of the body's name, no person (a person after it starts at a known
    first name, ``the Ministry of Energy Nurlan Abenov``, or closes a longer run with a surname or a verb of speech,
    ``Chairman of the Board of Directors Aidos Seitkali said``)."""
    before = paragraph[max(0, tokens[run[0]][1] - 80) : tokens[run[0]][1]]
    if HEAD_BEFORE.search(before) is None or any(is_first_name(tokens[i][0]) for i in run):
        return False
    last = bare(tokens[run[-1]][0])
    surname = len(last) >= MIN_SURNAME_LETTERS and last.lower().endswith(SURNAME_ENDINGS)
    speaks = SAYS_RIGHT_AFTER.match(paragraph, tokens[run[-1]][2]) is not None
    return not (len(run) > 2 and (surname or speaks))  # "Board of Directors Aidos Seitkali said": a person closes it


NAME_CELL = re.compile(
    rf"[{LATIN_UPPER}][\w’'.-]*+(?:\s++(?:(?:{_alternatives(NAME_PARTICLES)})(?=\s)|[{LATIN_UPPER}][\w’'.-]*+)){{1,3}}"
)
"""A table's cell that is written like a name: two to four capitalised words (particles and initials between)."""
MIN_TABLE_ROWS = 2


TEAM_WORDS = word_set("orgs-team-words", "en") | ORG_HEADS


def _names_a_team(cell: str) -> bool:
    """``Irtysh Cycling``, ``Astana FC``: a team's or a body's word in the cell."""
    return any(bare(word).lower() in TEAM_WORDS for word in cell.split())


def _table_names(paragraphs: list[str], found: list[str]) -> list[str]:
    """The cells of a table's column (rows in a row, their cells apart by tabs or spaces) written like names, when at
    least half of the column's cells are people found by their cues already: a results table, a cast, a list of
    winners (``5\tRuslan Kim\tIrtysh Cycling`` under ``1\tNikolai van Aken\tTengri Velo``)."""
    people: list[str] = []
    rows: list[list[str]] = []
    for paragraph in [*paragraphs, ""]:
        cells = [cell.strip() for cell in CELL_GAP.split(paragraph.strip())]
        if len(cells) > 1 and (not rows or len(cells) == len(rows[0])):
            rows.append(cells)
            continue
        if len(rows) >= MIN_TABLE_ROWS:
            for column in zip(*rows, strict=True):
                named = [cell for cell in column if NAME_CELL.fullmatch(cell) and not _names_a_team(cell)]
                if named and 2 * sum(cell in found for cell in column) >= len(column):
                    people += [cell for cell in named if cell not in found]
        rows = [cells] if len(cells) > 1 else []
    return people


def people_by_cues(paragraphs: list[str], registry: Registry) -> list[str]:
    """Full names of people in English text, by cues, and the others in a table's column of names."""
    non_names = NonNames.of(registry)
    common = {word for paragraph in paragraphs for word in COMMON_WORD.findall(paragraph)}
    found = Names()
    for paragraph in paragraphs:
        tokens = [(m.group(), m.start(), m.end()) for m in WORD.finditer(paragraph)]
        for run in _capitalised_runs(tokens, paragraph):
            start = _name_start(run, tokens, non_names)
            title = [tokens[i][0] for i in run[:start]]
            name = _name_tokens([tokens[i] for i in run[start:]], _after_a_title(paragraph, tokens, run, title))
            opens_a_body = name and bare(name[0][0]).lower() in FOREIGN_ORG_HEADS  # "Fundación Andina de Desarrollo"
            if name and (
                bare(name[-1][0]).lower() in NOT_LAST_WORDS or opens_a_body or _named_like_a_body(paragraph, name)
            ):
                continue  # "Green Valleys Trust said": an organization speaking
            run_start = tokens[run[0]][1]
            if NAMESAKE_BEFORE.search(paragraph, max(0, run_start - 40), run_start):
                continue  # "the university named after M.Kh. Dulaty"
            kind_before = KIND_RIGHT_BEFORE.search(paragraph, max(0, run_start - 40), run_start)
            before_run = paragraph[max(0, run_start - 80) : run_start]
            role = _has_role_cue(before_run, title) and not APPOSED_ROLE.search(before_run)  # "Head of the lab Name"
            if name and kind_before is not None and not role:
                continue  # "the railway company Kyrgyz Temir Jolu": the kind's name
            if name and (bare(name[-1][0]).lower() in NAMESAKE_HEADS or _ends_a_body_s_name(paragraph, tokens, run)):
                continue  # "the Ulugbek Madrasa", "the Ministry of Emergency Situations said"
            street = len(title) > 1 and len(name) > 1 and is_first_name(name[0][0])
            if title and _is_surname_prefix(title[-1]) and not street:
                continue  # "St. Nicholas Cathedral": a saint's name, a church's or a place's
            if name and in_a_slashed_credit(paragraph, name[0][1], name[-1][2]):
                continue  # "Steppe Wire/Nurlan Omarov/File Photo": a photographer's credit
            whole = len(name) == len(run) - start and (not title or title[-1].endswith(("’s", "'s")))
            plain = whole and bool(name) and _named_like_a_person(paragraph, name, common)
            if name and _has_person_cue(paragraph, name, title, plain):
                found.add(" ".join(written(token[0]) for token in name))
    for name in _table_names(paragraphs, found.list()):
        found.add(name)
    return found.list()


def _organization_start(tokens: list[str], head: int) -> int:
    """The first word of an organization's name: capitalised words before its head word."""
    start = head
    while start > 0 and (is_capitalised(tokens[start - 1]) or is_acronym(tokens[start - 1])):
        if tokens[start - 1].lower() in ROLE_WORDS or tokens[start - 1].lower() in ARTICLES:
            break
        start -= 1
    while start < head and (tokens[start].lower() in LEADING_STOP or tokens[start].lower() in ROLE_WORDS):
        start += 1
    return start


def _joins_name(tokens: list[str], end: int) -> bool:
    """Whether the connector at ``end`` (of, for, and, ...) joins two parts of one name."""
    if end + 1 >= len(tokens):
        return False
    following = tokens[end + 2] if tokens[end + 1].lower() == "the" and end + 2 < len(tokens) else tokens[end + 1]
    if not (is_capitalised(following) or is_acronym(following)) or bare(following).lower() in LEADING_STOP:
        return False  # "World Bank on Tuesday", "Ministry of Education in March"
    if tokens[end].lower() == "and":
        if tokens[end + 1].lower() == "the":
            return False  # "... Office and the Ministry of ...": two organizations
        if bare(following).lower() in ORG_HEADS and bare(tokens[end - 1]).lower() not in ORG_HEADS:
            return False
    return True


def _continues_name(tokens: list[str], end: int) -> bool:
    token = tokens[end]
    return is_capitalised(token) or is_acronym(token) or (token.lower() in ORG_CONNECTORS and _joins_name(tokens, end))


def _organization_end(tokens: list[str], head: int) -> int:
    """Past the last word of an organization's name: capitalised words joined by of / for / and / the."""
    end = head + 1
    while end < len(tokens) and _continues_name(tokens, end):
        end += 1
    return end


def _names_an_event(tokens: list[str], start: int) -> bool:
    """ "Forum of UNESCO Youth Clubs": an event named after an organization."""
    before = " ".join(tokens[max(0, start - 3) : start]).lower()
    return any(w in EVENT_WORDS for w in before.split()[-2:]) and before.endswith(("of", "of the"))


def organizations_by_heads(paragraphs: list[str]) -> list[str]:
    """Organization names anchored on a head word: ``Ministry of Culture and Information of the Republic of
    Kazakhstan``, ``Toraighyrov University``, ``UNESCO Almaty Cluster Office``, ``Club for UNESCO``."""
    found = Names()
    for paragraph in paragraphs:
        tokens = [m.group() for m in WORD.finditer(paragraph)]
        index = 0
        while index < len(tokens):
            if not (is_capitalised(tokens[index]) and bare(tokens[index]).lower() in ORG_HEADS):
                index += 1
                continue
            start, end = _organization_start(tokens, index), _organization_end(tokens, index)
            name = tokens[start:end]
            while name and name[-1].lower() in ORG_CONNECTORS:
                name.pop()
            index = max(end, index + 1)
            if len(name) >= 2 and not _names_an_event(tokens, start):
                found.add(re.sub(r"[’']s$", "", " ".join(name)))
    return found.list()


def organizations_in_countries(paragraphs: list[str], registry: Registry) -> list[str]:
    """A known acronym and a country: ``UNICEF Kazakhstan``, ``UNDP Kazakhstan``."""
    found = Names()
    for paragraph in paragraphs:
        for _entry, match in registry.organizations.mentions(paragraph):
            place = re.match(rf"\s+([{LATIN_UPPER}][\w-]+)", paragraph[match.end() :])
            if place and match.group(1).isupper() and registry.places.get(place.group(1)):
                found.add(f"{match.group(1)} {place.group(1)}")
    return found.list()


def places_by_shape(paragraphs: list[str]) -> list[str]:
    """Places by shape: ``Akmola region``, ``the village of Akkol``, ``Zhambyl district``."""
    found = Names()
    for paragraph in paragraphs:
        for match in PLACE_BEFORE_HEAD.finditer(paragraph):
            head = match.group(1).split()
            while head and head[0].lower() in NON_NAME and head[0].lower() not in COMPASS:
                head.pop(0)
            if head:
                found.add(" ".join(head) + " " + match.group(2))
        for match in PLACE_AFTER_OF.finditer(paragraph):
            found.add(match.group(1))
    return found.list()


def inside_organization_name(text: str, match: re.Match[str]) -> bool:
    """A place that is part of an organization's name: ``... of the Republic of Kazakhstan for UNESCO``."""
    before = text[max(0, match.start() - 60) : match.start()]
    after = text[match.end() : match.end() + 40]
    if HEAD_BEFORE.search(before) or OF_A_BODY.search(before):
        return True
    if ACRONYM_BEFORE.search(before):
        return True  # "UNICEF Kazakhstan"
    words_after = after.split()
    if words_after and words_after[0].strip(",.") in HEADS_TITLED:
        return True
    return HEAD_AFTER.match(after) is not None


class EnglishFinder(Finder):
    """English text, by cues and head words."""

    def people(self) -> list[str]:
        people = people_by_cues(self.article.people_paragraphs, self.article.registry)
        return people + [word for word in CAPITALISED.findall(self.article.text) if word not in people]

    def organizations(self) -> list[str]:
        paragraphs = self.article.paragraphs + self.article.extra_org_text
        by_heads = organizations_by_heads(paragraphs)
        return Names(by_heads + organizations_in_countries(paragraphs, self.article.registry)).list()

    def places(self) -> list[str]:
        return places_by_shape(self.article.paragraphs)

    def inside_organization(self, match: re.Match[str]) -> bool:
        return inside_organization_name(self.article.text, match)
