"""People, organizations, places and tags of an article: the registry first, then rules.

English has no shipped NER model, so people are capitalised name sequences next to a cue: a
role or title ("Vice-President Aigerim Sadykova", "volunteer coordinator Saule Bekova"), an
apposition ("Gulnara Tulegenova, a lecturer at ..."), a speech verb ("said Nurlan Abenov",
"Bolat Akchulakov noted"), or a known first name. Russian uses natasha (NER and nominative
forms), Kazakh a surname-shape rule. Later mentions ("Zhunusov", "Жунусов") resolve to the
full name; known entities to their registry name; new ones are kept and reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsroom.importer import russian
from newsroom.importer.names import FIRST_NAMES
from newsroom.registry import CYRILLIC, Entry, Registry, Vocabulary, stem, stem_key

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽƏ"
CYR_UPPER = "А-ЯЁӘҒҚҢӨҰҮІҺ"
CYR_LOWER = "а-яёәғқңөұүіһ"

ROLE_WORDS = frozenset(
    """president vice-president prime minister ministers deputy secretary-general secretary director director-general
    executive chairman chairwoman chair chairperson head ambassador envoy representative coordinator spokesperson
    spokesman spokeswoman mayor governor akim senator professor prof prof. dr dr. mr mr. mrs mrs. ms ms. sir dame lord
    king queen prince princess sheikh emir commissioner rapporteur expert officer manager founder co-founder ceo chief
    adviser advisor consultant lecturer teacher student researcher scientist journalist author writer artist actor
    singer musician poet activist volunteer leader member rector dean principal bishop patriarch imam mufti general
    colonel captain judge prosecutor lawyer doctor nurse farmer resident winner laureate champion coach athlete
    player delegate organizer organiser curator editor producer engineer economist analyst historian archaeologist
    specialist official counsellor counselor consul administrator president-elect vice-chair vice-chairman
    vice-rector vice-minister undersecretary under-secretary-general assistant pupil graduate headmaster headteacher
    principal photographer filmmaker composer architect designer entrepreneur businessman businesswoman mother father
    survivor witness participant coordinator, head, pm mp deputy-director co-chair rapporteur, ombudsman speaker
    deputies minister, ministers, director, secretary-general, chairman, vice-president,""".replace(",", "").split()
)
SPEECH_VERBS = (
    r"said|says|say|told|tells|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|explained|explains|"
    r"stated|states|announced|announces|remarked|commented|urged|urges|warned|warns|recalled|recalls|highlighted|"
    r"highlights|underlined|underscored|pointed out|observed|insisted|declared|believes|thinks|asked|replied|wrote|"
    r"writes|concluded|continued|acknowledged|admitted|argued|suggested|confirmed|welcomed|thanked|congratulated|"
    r"addressed|opened|presented|chaired|spoke|speaking|delivered|greeted|shared|expressed|called|reported|hopes|"
    r"hoped|believed|described|recounted|explained|mentioned|assured|agreed|proposed|invited|visited|met|led|attended"
)
SPEECH_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:also\s+|has\s+|had\s+|then\s+|later\s+|further\s+)?(?:" + SPEECH_VERBS + r")\b"
)
SPEECH_BEFORE = re.compile(
    r"(?:\b(?:" + SPEECH_VERBS + r")|according to|quoted|quoting|by|thanks to|with)\s*[,:]?\s*$", re.I
)
APPOSITION = re.compile(r"^\s*,\s*(?:the\s+|a\s+|an\s+|who\b|aged\s+\d|\d{1,3}\s*,)?(?P<phrase>[^,.;]{0,90})")
NAME_PARTICLES = frozenset("de da del della di van von der den bin ibn al el la le du dos das ben ter zu".split())
NON_NAME = frozenset(
    """the a an in on at for of and but this that these those it he she they we i his her their our its as by with from
    to after before during while when where what who why how according today yesterday tomorrow also however meanwhile
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december photo source read news press release club clubs federation heritage
    education culture science information development programme program project office cluster central asia world
    united nations general assembly council security human rights climate change goals sustainable national
    international republic state regional youth forum day year week government ministry foreign affairs affair
    kazakh kazakhstan's kazakhstani executive director deputy vice chief head secretary minister president prime
    chairman ambassador representative special high commissioner senior senator governor mayor professor doctor
    university college school institute centre center academy museum library theatre festival congress conference
    summit agency fund foundation association union society committee commission organization organisation movement
    network alliance department service authority bank court parliament senate mission embassy group company
    international global european asian african american russian chinese english french german arabic spanish
    mr mrs ms dr prof sir new old north south east west northern southern eastern western upper lower great greater
    first second third last next many some all every each no not one two three ten hundred thousand million billion
    covid-19 covid internet online digital media literacy art arts green blue red white black golden silver golden
    planet children women men girls boys people young family families community communities city region district
    village town country countries area province oblast lake river mountain mountains valley sea ocean island islands
    island park airport street avenue square palace hall house tower centre's council's day's sdg sdgs unesco's
    un un's photo: video quote said says note notes editor editors about contact email e-mail tel phone fax www http
    https com org""".split()
)
ORG_HEADS = frozenset(
    """ministry federation association associations club clubs university commission office agency fund programme
    program organization organisation council committee institute centre center foundation union society academy bank
    court parliament senate mission department authority service school college museum library theatre theater
    corporation company group network alliance coalition secretariat assembly chamber administration akimat embassy
    consulate party police army cluster bureau board trust institution observatory lyceum gymnasium conservatory
    orchestra ensemble team""".split()
)
EVENT_WORDS = frozenset(
    """forum congress conference festival summit day week year games olympiad championship contest competition award
    prize project session meeting dialogue exhibition expo campaign initiative marathon race cup fair
    biennale""".split()
)
ORG_CONNECTORS = frozenset("of for and the on in de du des la le to".split())

WORD = re.compile(r"[^\W\d_][\w’'\-]*(?:\.(?=\s))?|\d[\w.,]*|[^\w\s]", re.UNICODE)
TITLE_BEFORE = re.compile(
    r"(?:\b(?:"
    + "|".join(re.escape(w) for w in sorted(ROLE_WORDS, key=len, reverse=True))
    + r"))\s+(?:(?:of|for|on|at)\s+[^,.;]{2,60}?\s+)?$",
    re.I,
)
CYR_NAME = re.compile(
    rf"(?<![\w-])([{CYR_UPPER}][{CYR_LOWER}]+(?:-[{CYR_UPPER}][{CYR_LOWER}]+)?)\s+"
    rf"([{CYR_UPPER}][{CYR_LOWER}]*?(?:ова|ева|ёва|ина|ына|ов|ев|ёв|ин|ын|ұлы|улы|қызы|кызы|ский|ская|цкий|цкая|енко|дзе|швили|ян))"
    rf"(?:а|у|ым|ой|ом|е|ых|ға|ге|ның|нің|ны|ні|мен|пен|бен|да|де|та|те|нан|нен|дан|ден|тан|тен|қа|ке|ға)?(?![\w-])"
)
INITIAL = re.compile(rf"[{UPPER}]\.")
HEADS = "|".join(h.title() for h in sorted(ORG_HEADS))
HEADS_TITLED = frozenset(h.title() for h in ORG_HEADS) | {"National", "State"}  # "Almaty State University"
HEAD_BEFORE = re.compile(r"(?:" + HEADS + r")(?:\s+[" + UPPER + r"][\w-]*)*\s+(?:of|for|in)\s+(?:the\s+)?$")
HEAD_AFTER = re.compile(r"\s+[" + UPPER + r"][a-z]+\s+(?:" + HEADS + r")\b")
KK_NAME_ENDINGS = re.compile(r"(?:ның|нің|ға|ге|қа|ке|ны|ні|мен|бен|пен|да|де|нан|нен|дан|ден|тан|тен)$")


@dataclass
class Entities:
    """The names an article carries, by kind, and those the registry does not know yet."""

    people: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    unknown: dict[str, list[str]] = field(default_factory=dict)
    """By kind: the names found that the registry does not know yet (``--report``)."""


def _add(found: dict[str, None], name: str) -> None:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:“”\"'«»")
    if name:
        found.setdefault(name)


def _is_cap(token: str) -> bool:
    return bool(token) and token[0].isupper() and any(c.islower() for c in token)


def _clean_token(token: str) -> str:
    if token.endswith(("’s", "'s")):
        token = token[:-2]
    return token.rstrip(".")


class _Words:
    """The registry's Latin words that are not names of people (places, organizations)."""

    def __init__(self, registry: Registry) -> None:
        words: set[str] = set()
        for vocabulary in (registry.places, registry.organizations, registry.sources, registry.tags):
            for entry in vocabulary.entries:
                for spelling in entry.spellings:
                    if not CYRILLIC.search(spelling):
                        words.update(w.casefold() for w in re.findall(r"[\w’'-]+", spelling))
        self.words = words | NON_NAME

    def __contains__(self, word: str) -> bool:
        return _clean_token(word).casefold() in self.words


def _non_names(registry: Registry) -> _Words:
    """The registry's non-name words, computed once per registry and kept on it."""
    words = registry.derived.get("non_names")
    if not isinstance(words, _Words):
        words = registry.derived["non_names"] = _Words(registry)
    return words


def english_people(paragraphs: list[str], registry: Registry) -> list[str]:
    """Full names of people in English text, by cues; later surname mentions fold in."""
    non_names = _non_names(registry)
    found: dict[str, None] = {}
    for paragraph in paragraphs:
        tokens = [(m.group(), m.start(), m.end()) for m in WORD.finditer(paragraph)]
        index = 0
        while index < len(tokens):
            if not _is_cap(tokens[index][0]):
                index += 1
                continue
            run = [index]
            j = index + 1
            while j < len(tokens):
                token = tokens[j][0]
                if (
                    _is_cap(token)
                    or INITIAL.fullmatch(token)
                    or (token.lower() in NAME_PARTICLES and j + 1 < len(tokens) and _is_cap(tokens[j + 1][0]))
                ):
                    run.append(j)
                else:
                    break
                j += 1
            index = j
            # The name is what follows the last word that cannot be part of a name.
            start = 0
            for position, token_index in enumerate(run):
                token = tokens[token_index][0]
                if token in non_names or token.lower() in ROLE_WORDS or (token.isupper() and len(token) > 1):
                    start = position + 1
            name_tokens = [tokens[i] for i in run[start:]]
            if name_tokens and name_tokens[0][0].lower() in NAME_PARTICLES:
                name_tokens = name_tokens[1:]
            if len(name_tokens) > 2:
                # "Natural Sciences Lidia Brito": the name starts at a known first name, or is the last two words.
                firsts = [i for i, t in enumerate(name_tokens) if _clean_token(t[0]).casefold() in FIRST_NAMES]
                name_tokens = name_tokens[firsts[0] :] if firsts else name_tokens[-2:]
            if len(name_tokens) < 2 or len(name_tokens) > 4:
                continue
            name = " ".join(_clean_token(t[0]) for t in name_tokens)
            begin, end = name_tokens[0][1], name_tokens[-1][2]
            before, after = paragraph[max(0, begin - 80) : begin], paragraph[end:]
            if _person_cue(before, after, name_tokens[0][0], run[start:] != run, tokens, run, start):
                _add(found, name)
    # Later mentions: a lone surname is the person already found.
    return list(found)


def _person_cue(before: str, after: str, first: str, had_title: bool, tokens: list, run: list, start: int) -> bool:
    if had_title:
        prefix = [tokens[i][0].lower() for i in run[:start]]
        if any(word in ROLE_WORDS for word in prefix):
            return True
    if TITLE_BEFORE.search(before):
        return True
    if SPEECH_BEFORE.search(before) and not re.search(r"\b(?:by|with)\s*$", before, re.I):
        return True
    if re.search(r"\b(?:by|with)\s*$", before, re.I) and _clean_token(first).casefold() in FIRST_NAMES:
        return True
    if SPEECH_AFTER.match(after):
        return True
    apposition = APPOSITION.match(after)
    if apposition:
        words = [w.strip("’'").lower() for w in re.findall(r"[\w’'-]+", apposition.group(0))]
        if any(w in ROLE_WORDS for w in words[:8]) or re.match(r"^\s*,\s*(?:who\b|aged\b|\d{1,3}\s*,)", after):
            return True
    return _clean_token(first).casefold() in FIRST_NAMES


def cyrillic_people_by_rule(paragraphs: list[str]) -> list[str]:
    """``Имя Фамилия`` pairs whose second word is shaped like a surname (Kazakh, or Russian without natasha)."""
    found: dict[str, None] = {}
    for paragraph in paragraphs:
        for match in CYR_NAME.finditer(paragraph):
            first, last = match.group(1), match.group(2)
            if KK_NAME_ENDINGS.search(first) or first.endswith(("ті", "ты", "ді")):
                continue  # "Мектепті Федерацияның": a noun in a case, not a first name
            _add(found, f"{first} {last}")
    return list(found)


def _merge_people(names: list[str], vocabulary: Vocabulary, lang: str) -> list[str]:
    """Known spellings to the registry's form; lone surnames onto the full name that has them."""
    out: dict[str, None] = {}
    full = [n for n in names if len(n.split()) >= 2]
    known: set[str] = set()
    for name in names:
        entry = vocabulary.get(name)
        if entry is not None:
            if entry.name not in known:
                known.add(entry.name)
                out.setdefault(vocabulary.display(name, lang))
            continue
        if len(name.split()) < 2:
            surname = stem(name)
            owner = next((f for f in full if stem(f.split()[-1]) == surname), None)
            if owner is not None:
                out.setdefault(vocabulary.display(owner, lang) if vocabulary.get(owner) else owner)
            continue
        out.setdefault(name)
    return list(out)


def english_organizations(paragraphs: list[str], registry: Registry) -> list[str]:
    """Organization names anchored on a head word: ``Ministry of Culture and Information of the Republic of
    Kazakhstan``, ``Toraighyrov University``, ``UNESCO Almaty Cluster Office``, ``Club for UNESCO``."""
    found: dict[str, None] = {}
    for paragraph in paragraphs:
        tokens = [m.group() for m in WORD.finditer(paragraph)]
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if not (_is_cap(token) and _clean_token(token).lower() in ORG_HEADS):
                index += 1
                continue
            # Capitalised words right before the head: "Kazakhstan National" Federation.
            start = index
            while start > 0 and (_is_cap(tokens[start - 1]) or _is_acronym(tokens[start - 1])):
                if tokens[start - 1].lower() in ROLE_WORDS or tokens[start - 1].lower() in ("the", "a", "an"):
                    break
                start -= 1
            while start < index and (tokens[start].lower() in LEADING_STOP or tokens[start].lower() in ROLE_WORDS):
                start += 1
            # The tail: capitalised words, joined by of / for / and / the.
            end = index + 1
            while end < len(tokens):
                if _is_cap(tokens[end]) or _is_acronym(tokens[end]):
                    end += 1
                elif tokens[end].lower() in ORG_CONNECTORS and end + 1 < len(tokens):
                    nxt = tokens[end + 1]
                    if nxt.lower() == "the" and end + 2 < len(tokens):
                        nxt = tokens[end + 2]
                    if not (_is_cap(nxt) or _is_acronym(nxt)) or _clean_token(nxt).lower() in LEADING_STOP:
                        break  # "World Bank on Tuesday", "Ministry of Education in March"
                    if tokens[end].lower() == "and" and tokens[end + 1].lower() == "the":
                        break  # "... Office and the Ministry of ...": two organizations
                    if (
                        tokens[end].lower() == "and"
                        and _clean_token(nxt).lower() in ORG_HEADS
                        and _clean_token(tokens[end - 1]).lower() not in ORG_HEADS
                    ):
                        break
                    end += 1
                else:
                    break
            words = tokens[start:end]
            while words and words[-1].lower() in ORG_CONNECTORS:
                words.pop()
            index = max(end, index + 1)
            if len(words) < 2:
                continue
            before = " ".join(tokens[max(0, start - 3) : start]).lower()
            if any(w in EVENT_WORDS for w in before.split()[-2:]) and before.endswith(("of", "of the")):
                continue  # "Forum of UNESCO Youth Clubs": an event named after an organization
            name = re.sub(r"[’']s$", "", " ".join(words))
            _add(found, name)
    # Acronym + country: "UNICEF Kazakhstan", "UNDP Kazakhstan".
    for paragraph in paragraphs:
        for _entry, match in registry.organizations.mentions(paragraph):
            rest = paragraph[match.end() :]
            place = re.match(r"\s+([" + UPPER + r"][\w-]+)", rest)
            if place and match.group(1).isupper() and registry.places.get(place.group(1)):
                _add(found, f"{match.group(1)} {place.group(1)}")
    return list(found)


def _is_acronym(token: str) -> bool:
    return len(token) > 1 and token.isupper() and token.isalpha()


LEADING_STOP = frozenset(
    """the a an in on at for of and but this that these those it he she they we his her their our its as by with from
    to after before during while when where according today yesterday tomorrow also however meanwhile monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august september october
    november december representatives members delegates participants students""".split()
)
ORG_WORDS_OK = frozenset("national international regional state world united central european asian global".split())


def english_places(paragraphs: list[str]) -> list[str]:
    """Places by shape: ``Akmola region``, ``the village of Akkol``, ``Zhambyl district``."""
    found: dict[str, None] = {}
    cap = rf"[{UPPER}][\w’'-]+"
    for paragraph in paragraphs:
        for match in re.finditer(
            rf"(?<![\w-])((?:{cap}\s+){{0,2}}{cap})\s+(region|oblast|district|province|county)\b", paragraph
        ):
            head = match.group(1).split()
            while head and (head[0].lower() in NON_NAME and head[0].lower() not in ("north", "south", "east", "west")):
                head.pop(0)
            if head:
                _add(found, " ".join(head) + " " + match.group(2))
        for match in re.finditer(
            rf"\b(?:village|town|city|settlement|aul|district|region) of ({cap}(?:[\s-]{cap})?)", paragraph
        ):
            _add(found, match.group(1))
    return list(found)


def _registry_mentions(
    vocabulary: Vocabulary,
    text: str,
    lang: str,
    skip_modifiers: bool = False,
    mentions: list[tuple[Entry, re.Match[str]]] | None = None,
) -> list[str]:
    found: dict[str, None] = {}
    for _entry, match in vocabulary.mentions(text) if mentions is None else mentions:
        spelled = match.group(1)
        if skip_modifiers and spelled.isupper() and len(spelled) > 1:
            # "UNESCO values", "UNESCO Youth Clubs": an acronym used as a modifier is not a mention.
            rest = text[match.end() :]
            if re.match(r"\s+(?:[a-z][a-z-]{2,}|[" + UPPER + r"][a-z]+)\b", rest) and not re.match(
                r"\s+(?:and|or|in|on|at|to|for|of|with|as|is|was|has|have|had|will|would|said|says|also|which|that|"
                r"who|from|by|the|a|an|since|after|before|during|today|this|its|his|her|their)\b",
                rest,
            ):
                continue
        _add(found, vocabulary.display(spelled, lang))
        # "... for UNESCO and ICESCO": a known acronym joined by "and" inside a longer name counts too.
        for nested in re.finditer(r"\b(?:and|и|және)\s+([A-ZА-ЯЁ]{3,})\b", spelled):
            if vocabulary.get(nested.group(1)) is not None:
                _add(found, vocabulary.display(nested.group(1), lang))
    return list(found)


def find_entities(
    paragraphs: list[str],
    registry: Registry,
    lang: str,
    *,
    extra_org_text: list[str] | None = None,
    dateline_place: str | None = None,
    source: str | None = None,
    tag_line: list[str] | None = None,
) -> Entities:
    """All the entities of an article's text (title, subtitle, caption and body paragraphs)."""
    text = "\n\n".join(paragraphs)
    result = Entities()
    new: dict[str, list[str]] = {"people": [], "organizations": [], "places": [], "tags": []}

    # People
    people: list[str] = []
    if lang == "en":
        people = english_people(paragraphs, registry)
        surnames = re.findall(rf"(?<![\w-])[{UPPER}][\w’'-]+", text)
        people += [s for s in surnames if s not in people]
    spans = russian.entities(paragraphs) if lang == "ru" else None
    if spans is not None:
        people += [s.normal for s in spans if s.type == "PER"]
    elif lang in ("ru", "kk"):
        people += cyrillic_people_by_rule(paragraphs)
        people += [w for w in re.findall(rf"(?<![\w-])[{CYR_UPPER}][{CYR_LOWER}]+", text)]
    people += [match.group(1) for _, match in registry.people.mentions(text)]
    merged = _merge_people([p for p in people if p], registry.people, lang)
    # Drop lone words that resolved to nothing, and names that are known places or organizations.
    for name in merged:
        if registry.places.get(name) or registry.organizations.get(name) or registry.sources.get(name):
            continue
        if len(name.split()) < 2 and registry.people.get(name) is None:
            continue
        result.people.append(name)

    # Organizations
    orgs: dict[str, None] = {}
    org_mentions = registry.organizations.mentions(text)
    for name in _registry_mentions(registry.organizations, text, lang, skip_modifiers=True, mentions=org_mentions):
        _add(orgs, name)
    rule_orgs: list[str] = []
    if lang == "en":
        rule_orgs = english_organizations(paragraphs + (extra_org_text or []), registry)
    elif spans is not None:
        rule_orgs = [re.sub(r"\s*\([^)]*\)", "", s.normal).strip() for s in spans if s.type == "ORG"]
        rule_orgs = [name for name in rule_orgs if len(name.split()) >= 2]
    for name in rule_orgs:
        known = registry.organizations.get(name) or registry.sources.get(name)
        if known is not None:
            vocabulary = registry.organizations if registry.organizations.get(name) else registry.sources
            _add(orgs, vocabulary.display(name, lang))
        elif not registry.places.get(name):
            _add(orgs, name)
    for name in _registry_mentions(registry.sources, text, lang):
        _add(orgs, name)
    if source:
        _add(orgs, source)
    # A rule-found name that is only part of a known one ("World Federation", "Федерация клубов") goes.
    known = [stem_key(n) for n in orgs if registry.organizations.get(n) or registry.sources.get(n)]
    result.organizations = [
        n
        for n in orgs
        if registry.organizations.get(n)
        or registry.sources.get(n)
        or not any(stem_key(n) in k and stem_key(n) != k for k in known)
    ]

    # Places
    places: dict[str, None] = {}
    if dateline_place:
        _add(places, registry.places.display(_title_case(dateline_place), lang))
    place_mentions = registry.places.mentions(text)
    org_spans = [m.span() for _, m in org_mentions]
    for _entry, match in place_mentions:
        if any(s <= match.start() and match.end() <= e for s, e in org_spans):
            continue  # "Kazakhstan" inside "Kazakhstan National Federation ..."
        if _inside_org_name(text, match):
            continue
        _add(places, registry.places.display(match.group(1), lang))
    if lang == "en":
        for name in english_places(paragraphs):
            _add(places, registry.places.display(name, lang))
    elif spans is not None:
        for span in spans:
            if span.type == "LOC":
                name = span.normal
                if registry.places.get(name):
                    _add(places, registry.places.display(name, lang))
                elif (
                    not registry.organizations.get(name)
                    and name[:1].isupper()
                    and not re.fullmatch(r"\S+(?:ская|ский|ское|цкая|цкий|ная|ный|ской|ного|ных)", name)
                ):
                    _add(places, name)
    result.places = _longer_places(list(places), text)

    # Tags
    tags: dict[str, None] = {}
    for tag in tag_line or []:
        _add(tags, registry.tags.canonical(tag) if registry.tags.get(tag) else tag)
    if not tag_line:
        for tag_entry, _ in registry.tags.mentions(text):
            _add(tags, tag_entry.name)
    result.tags = list(tags)

    for kind, vocabulary in (
        ("people", registry.people),
        ("organizations", registry.organizations),
        ("places", registry.places),
        ("tags", registry.tags),
    ):
        for name in getattr(result, kind):
            if vocabulary.get(name) is None and not (kind == "organizations" and registry.sources.get(name)):
                new[kind].append(name)
    result.unknown = {kind: names for kind, names in new.items() if names}
    return result


def _longer_places(places: list[str], text: str) -> list[str]:
    """``Karaganda`` goes when every mention of it is part of ``Karaganda region`` (also listed)."""
    out = []
    for place in places:
        longer = [other for other in places if other != place and other.startswith(place + " ")]
        if longer:
            rests = "|".join(re.escape(other[len(place) + 1 :]) for other in longer)
            alone = re.compile(rf"(?<![\w-]){re.escape(place)}(?![\w-])(?!\s+(?:{rests})\b)")
            if alone.search(text) is None:
                continue
        out.append(place)
    return out


def _inside_org_name(text: str, match: re.Match[str]) -> bool:
    """A place that is part of an organization's name: ``... of the Republic of Kazakhstan for UNESCO``."""
    before = text[max(0, match.start() - 60) : match.start()]
    after = text[match.end() : match.end() + 40]
    if HEAD_BEFORE.search(before):
        return True
    if (
        re.search(r"(?:of|for)\s+(?:the\s+)?(?:Republic\s+of\s+)?$", before)
        and re.search(r"(?:of|for)\s+(?:the\s+)?$", before)
        and re.search(
            r"(?:Ministry|Commission|Embassy|Government|Parliament|President)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?$",
            before,
        )
    ):
        return True
    if re.search(r"(?<![\w-])[A-Z]{2,}\s+$", before):
        return True  # "UNICEF Kazakhstan"
    words_after = after.split()
    if words_after and words_after[0].strip(",.") in HEADS_TITLED:
        return True
    return HEAD_AFTER.match(after) is not None


def _title_case(place: str) -> str:
    """``ALMATY`` -> ``Almaty``, ``NEW YORK`` -> ``New York``, ``ШЫМКЕНТ`` -> ``Шымкент``."""
    if not place.isupper():
        return place
    titled = "-".join(p.capitalize() for p in place.split("-"))
    titled = " ".join(w[:1].upper() + w[1:] for w in titled.lower().split())
    titled = "-".join(p[:1].upper() + p[1:] for p in titled.split("-"))
    return titled


__all__ = ["Entities", "find_entities", "stem_key"]
