"""A second opinion on the lines the stages take out of the body, independent of the kind of junk: measured
leave-one-part-out (LOPO). A negative result: no threshold gives back story lines without giving back as much
debris (``benchmarks/keep_model.md`` holds the report); nothing of it is wired into the importer.

Every line the stages took out of the body under the title is labelled from the corpus's expected files (body:
every line that is neither debris, metadata, the title, the subtitle, the caption nor the credit, as
``benchmarks/import_quality.py`` counts them) and described by general features: which stage and rule took it
(noted while the stages run: the function, the name it gives the line and the rule ``first_role`` chose), its
length and sentence shape, function words (en, ru, kk), figures, links, e-mail and phone shapes, where it stands,
its neighbours' roles and the run of removed lines it stands in, how much of its wording (crude stems: the first
five letters) the title and the kept story use, and whether the page repeats it. Two kinds of data:

- ``blind``: each part run through the code it was scored blind with (the tree of the commit that added its
  first cases, unpacked with ``git archive`` under ``--work``): story lines rules removed on pages new to them;
- ``now``: each part run through the current code: what wiring a second opinion in would change.

For each part in turn, a logistic model (numpy, Newton's method, L2) is fitted on the other parts' lines (both
kinds; the cases the part tests let off for a label conflict left out), its threshold chosen on those parts (the
most story lines given back while debris removed drops by at most ``--slack`` on each of them), and the part is
scored with it: body kept and debris removed, before and after. ``--no-stage`` leaves out the features naming
the stage, rule and role (what the rules chose, tuned on every part).

    .venv/bin/python benchmarks/keep_model.py [--work DIR] [--no-stage] [--slack 0.005]
"""

from __future__ import annotations

import argparse
import json
import linecache
import math
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType, ModuleType, SimpleNamespace

REPOSITORY = Path(__file__).resolve().parent.parent
BLIND_CODE = {
    "dev": "661b33c",
    "holdout": "661b33c",
    "holdout2": "84c4a8b",
    "dev-blind": "06c7890",
    "dev-blind2": "2e8e7c9",
    "dev-blind3": "65aa55c",
    "holdout3": "4e4d45a",
    "holdout4": "cdccccb",
    "holdout5": "7f64f30",
    "holdout6": "659a59e",
    "holdout7": "9d8ffb4",
    "holdout8": "b1f8277",
    "holdout9": "20e7757",
    "holdout10": "6047a8b",
    "holdout11": "3ad9c49",
    "holdout12": "8f7a72a",
    "holdout13": "5f3072d",
    "holdout14": "5c683e4",
    "holdout15": "4b518ce",
    "holdout16": "e5e2976",
    "holdout17": "705647b",
    "holdout18": "cc981aa",
    "holdout19": "274c3ce",
    "holdout20": "b95d535",
    "holdout21": "a92506c",
}
"""Each part's blind code: the commit that added its first cases (the writers changed no code)."""


GENERIC_NAMES = frozenset({"text", "lines", "position", "spot", "d", "previous", "body_start", "registry"})
"""Names a rule's ``lambda`` uses that say nothing of the rule."""


def rule_name(rule: Callable) -> str:
    """A rule's name: its function's, or for a ``lambda``, the first particular name it calls (``is_debris``)."""
    if rule.__name__ != "<lambda>":
        return rule.__name__
    return next((name for name in rule.__code__.co_names if name not in GENERIC_NAMES), "lambda")


def taker(frame: FrameType, rule: str) -> str:
    """Where ``frame`` gives a line its role: the function, the name of the line there (``mark_blocks rest``) and
    the rule ``first_role`` just chose (``mark_body_roles line is_debris``)."""
    source = linecache.getline(frame.f_code.co_filename, frame.f_lineno)
    target = source.split(".role")[0].strip() if ".role" in source else ""
    return " ".join(part for part in (frame.f_code.co_name, target, rule) if part)


def take_notes(lines: ModuleType) -> None:
    """Make a ``newsroom.importer.lines`` module (of any version) note which stage and rule take each line out of
    the body, in ``Line.taken_by``; to be called before the stages' modules import it."""

    def setattr_noting(self: object, name: str, value: object) -> None:
        if name == "role" and value.value != "body" and value is not self.__dict__.get("role"):
            object.__setattr__(self, "taken_by", taker(sys._getframe(1), self.__dict__.get("_rule", "")))
        object.__setattr__(self, name, value)

    def first_role(rules: tuple, spot: object) -> object:
        for rule, role in rules:
            if rule(spot):
                spot.lines[spot.position].__dict__["_rule"] = rule_name(rule)
                return role
        spot.lines[spot.position].__dict__["_rule"] = ""
        return None

    lines.Line.taken_by, lines.Line.__setattr__, lines.first_role = "", setattr_noting, first_role


def _collect(code: Path, folder: Path, out: Path) -> None:
    """In a process whose path starts at ``code``: every case of ``folder`` through that code's extraction,
    with each line's role and taking stage right after the last role stage, saved as JSON to ``out``."""
    sys.path.insert(0, str(code))
    from newsroom.importer import lines

    take_notes(lines)
    from newsroom.importer import extract as ex
    from newsroom.importer.decoding import decode
    from newsroom.registry import load_registry

    registry = load_registry(code / "tests" / "fixtures" / "registry")
    snapshot: dict = {}
    original = ex.mark_subtitle

    def mark_subtitle(lines, body_start, *rest):
        found = original(lines, body_start, *rest)
        snapshot.update(start=body_start, lines=[[x.text, x.block, x.role.value, x.taken_by] for x in lines])
        return found

    ex.mark_subtitle = mark_subtitle
    records = []
    for path in sorted((folder / "expected").glob("*.json")):
        found = ex.extract(decode((folder / "raw" / f"{path.stem}.txt").read_bytes()), registry)
        fields = {name: getattr(found, name) for name in ("title", "subtitle", "caption", "credit")}
        records.append({"case": path.stem, "found": fields, **snapshot})
    out.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")


def collected(part: str, era: str, work: Path) -> list[dict]:
    """The part's records for ``era`` (``blind`` or ``now``), collected once into ``work``."""
    out = work / "collected" / f"{part}.{era}.json"
    if not out.exists():
        code = REPOSITORY if era == "now" else _unpacked(BLIND_CODE[part], work)
        folder = REPOSITORY / "tests" / "import_cases" / part
        out.parent.mkdir(parents=True, exist_ok=True)
        script = f"import sys; sys.path.insert(0, {str(REPOSITORY / 'benchmarks')!r}); import keep_model; "
        script += f"keep_model._collect(keep_model.Path({str(code)!r}), keep_model.Path({str(folder)!r}), "
        script += f"keep_model.Path({str(out)!r}))"
        subprocess.run([sys.executable, "-c", script], check=True, cwd=work, env=_without_path())
    return json.loads(out.read_text(encoding="utf-8"))


def _unpacked(commit: str, work: Path) -> Path:
    """The tree of ``commit`` (the package and the tests' registry), unpacked once under ``work``."""
    tree = work / "code" / commit
    if not tree.exists():
        tree.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "archive", commit, "newsroom", "tests/fixtures/registry"],
            cwd=REPOSITORY,
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def _without_path() -> dict[str, str]:
    """This process's environment without ``PYTHONPATH``: the collecting process imports the code it is given."""
    return {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}


FUNCTION_WORDS = frozenset(
    "a about after all also an and are as at be been before but by can could for from had has have he her his if in"
    " into is it its more not of on or our she that the their them there these they this those to was we were which"
    " while who will with would you"  # en
    " а без бы был была были было в во все вы да для до его ее её если же за и из или им их к как ко когда который"
    " которые ли мы на над не но о об однако он она они от по под после при с со так также то у что это этот я"  # ru
    " және мен бен пен де та те үшін бойынша туралы арқылы кейін дейін бұл осы ол олар біз сіз бір еді болды"
    " болып бар жоқ емес деп деді сондай-ақ алайда бірақ ғана әрі немесе".split()  # kk
)
"""Function words of English, Russian and Kazakh: a line of prose is full of them, a label or a table has few."""
ROLES = ("debris", "date", "credit", "tags", "byline", "caption", "subtitle")
WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?…][\"'»”)\]]*$")
URL = re.compile(r"https?://|www\.|\w\.(?:com|org|kz|ru|kg|uz|net|int|gov|edu)\b", re.IGNORECASE)
EMAIL = re.compile(r"\w@[\w-]+\.\w")
PHONE = re.compile(r"(?:\+|\b8\s?\(|\(\d{3,4}\)\s?)[\d\s()-]{7,}")
STEM, MIN_CONTENT = 5, 4
"""Words compared by their first five letters (``музея`` echoes ``музей``); content words have four letters or more."""


@dataclass
class Seen:
    """A line as the stages left it: its text, block, role (``LineRole``'s value) and the stage that took it."""

    text: str
    block: int
    role: str
    taken_by: str = ""

    @property
    def body(self) -> bool:
        return self.role == "body"


def stems(text: str) -> set[str]:
    """The crude stems of the content words of ``text``."""
    words = (word.casefold() for word in WORD.findall(text))
    return {word[:STEM] for word in words if len(word) >= MIN_CONTENT and word not in FUNCTION_WORDS}


@dataclass(frozen=True)
class Page:
    """What every line's features look at: the title's stems, the kept story's stems and the lines' counts."""

    title: frozenset[str]
    story: Counter
    counts: Counter

    @classmethod
    def of(cls, lines: Sequence[Seen], body_start: int) -> Page:
        story: Counter = Counter()
        for line in lines[body_start:]:
            if line.body:
                story.update(stems(line.text))
        title = stems(lines[body_start - 1].text) if body_start > 0 else set()
        return cls(frozenset(title), story, Counter(line.text for line in lines))


def _shape(text: str) -> dict[str, float]:
    """The line's own features: length, sentence shape, function words, figures, links and phones."""
    words = text.split()
    letters = WORD.findall(text)
    count = max(len(words), 1)
    return {
        "words": math.log1p(len(words)),
        "chars": math.log1p(len(text)),
        "short": float(len(words) <= 3),
        "sentence_end": float(SENTENCE_END.search(text) is not None),
        "colon_end": float(text.rstrip().endswith(":")),
        "capital_start": float(text[:1].isupper()),
        "lowercase_words": sum(word[:1].islower() for word in letters) / count,
        "function_words": sum(word.casefold() in FUNCTION_WORDS for word in letters) / count,
        "digits": sum(char.isdigit() for char in text) / max(len(text), 1),
        "url": float(URL.search(text) is not None),
        "email": float(EMAIL.search(text) is not None),
        "phone": float(PHONE.search(text) is not None),
    }


def _is_body(lines: Sequence[Seen], at: int) -> bool:
    return 0 <= at < len(lines) and lines[at].body


def _place(lines: Sequence[Seen], position: int, body_start: int) -> dict[str, float]:
    """Where the line stands, its neighbours' roles and the run of removed lines it stands in."""
    span = max(len(lines) - body_start, 1)
    after = lines[position + 1 :]
    block = [line for at, line in enumerate(lines) if line.block == lines[position].block and at != position]
    previous, following = _is_body(lines, position - 1), _is_body(lines, position + 1)
    first = last = position
    while first > 0 and not _is_body(lines, first - 1):
        first -= 1
    while last + 1 < len(lines) and not _is_body(lines, last + 1):
        last += 1
    return {
        "position": (position - body_start) / span,
        "second_half": float(position - body_start > span / 2),
        "from_end": math.log1p(len(lines) - position - 1),
        "previous_body": float(previous),
        "next_body": float(following),
        "sandwiched": float(previous and following),
        "block_body": sum(line.body for line in block) / len(block) if block else 0.0,
        "body_after": sum(line.body for line in after) / len(after) if after else 0.0,
        "run": math.log1p(last - first + 1),
        "run_index": math.log1p(position - first),
        "run_to_end": float(last == len(lines) - 1),
    }


def _echo(text: str, page: Page) -> dict[str, float]:
    """How much of the line's wording the title and the kept story use, and whether the page repeats it."""
    found = stems(text)
    size = max(len(found), 1)
    shared = sum(page.story[stem] > 0 for stem in found)
    return {
        "title_echo": len(found & page.title) / size,
        "story_echo": shared / size,
        "story_shared": math.log1p(shared),
        "no_content": float(not found),
        "repeated": float(page.counts[text] > 1),
    }


def _taker(taken_by: str) -> dict[str, float]:
    """The stage that took the line (``by mark_blocks``), where in it (``by mark_blocks rest``) and by which rule
    (``rule is_debris``)."""
    words = taken_by.split()
    found = {f"by {words[0]}": 1.0} if words else {}
    if len(words) > 1:
        found[f"by {words[0]} {words[1]}"] = 1.0
    if len(words) > 2:
        found[f"rule {words[2]}"] = 1.0
    return found


def features(lines: Sequence[Seen], position: int, body_start: int, page: Page, *, stage: bool) -> dict[str, float]:
    """Every feature of the removed line at ``position``: (with ``stage``) the stage, rule and role; its shape,
    place and echo."""
    line = lines[position]
    found = {"bias": 1.0}
    if stage:
        found[f"role {line.role if line.role in ROLES else 'other'}"] = 1.0
        found.update(_taker(line.taken_by))
    found.update(_shape(line.text))
    found.update(_place(lines, position, body_start))
    found.update(_echo(line.text, page))
    return found


@dataclass
class Removed:
    """One line the stages took out of the body under the title: its features and label."""

    part: str
    era: str
    case: str
    features: dict[str, float]
    label: str  # body, debris or meta (metadata, the title's or picture's lines)
    candidate: bool  # a debris line: one the keep stage may give back
    text: str
    taker: str
    conflict: bool = False  # a case whose labels contradict the other parts': never fitted on


def label_conflicts() -> set[str]:
    """The cases the part tests let off their body lines for a label that contradicts the other parts' (a closing
    media-contacts block, what follows an end mark, a background box labelled body): left out of the fitting."""
    from tests.importer import test_import_parts as parts

    reasons = {parts.CONTACTS_LABEL, parts.AFTER_END_LABEL, parts.BACKGROUND_LABEL}
    found = {
        case for part in parts.PARTS.values() for case, checks in part.let_off.items() if checks.get("body") in reasons
    }
    return found | {"en-think-tank-commentary-water"}  # "The views expressed are the author's own.": holdout2's debris


@dataclass
class Totals:
    """A part's counts in one era, before any line is given back."""

    body: int = 0
    body_kept: int = 0
    debris: int = 0
    debris_removed: int = 0
    lost_above: Counter = field(default_factory=Counter)  # story lines taken above the title, by stage and rule


def _lines(record: dict) -> list[Seen]:
    return [Seen(text, block, role, taker) for text, block, role, taker in record["lines"]]


def labelled(part: str, era: str, work: Path, *, stage: bool = True) -> tuple[list[Removed], Totals]:
    """The part's removed lines in ``era`` with their features and labels, and its totals."""
    from benchmarks.import_quality import Case, expected_body

    removed, totals = [], Totals()
    conflicts = label_conflicts()
    folder = REPOSITORY / "tests" / "import_cases" / part
    for record in collected(part, era, work):
        expected = json.loads((folder / "expected" / f"{record['case']}.json").read_text(encoding="utf-8"))
        case = Case(record["case"], folder / "raw" / f"{record['case']}.txt", expected)
        body = set(expected_body(case, SimpleNamespace(**record["found"])))
        debris = {line.strip() for line in expected["debris_lines"]}
        lines, start = _lines(record), record["start"]
        kept = {line.text for line in lines if line.body}
        totals.body += len(body)
        totals.body_kept += len(body & kept)
        totals.debris += len(debris)
        totals.debris_removed += len(debris - kept)
        totals.lost_above.update(line.taken_by for line in lines[: start - 1] if line.text in body and not line.body)
        page = Page.of(lines, start)
        for at in range(start, len(lines)):
            line = lines[at]
            if line.body:
                continue
            label = "body" if line.text in body else "debris" if line.text in debris else "meta"
            found = features(lines, at, start, page, stage=stage)
            candidate = line.role == "debris"
            conflict = record["case"] in conflicts
            removed.append(
                Removed(part, era, record["case"], found, label, candidate, line.text, line.taken_by, conflict)
            )
    return removed, totals


L2 = 1.0
"""The ridge on the weights (the bias left free): few story lines are removed, so the model is kept plain."""


def fit(rows: list[Removed], names: list[str]) -> dict[str, float]:
    """Logistic regression of ``label == body`` on the features, by Newton's method with an L2 ridge."""
    import numpy as np

    x = np.array([[row.features.get(name, 0.0) for name in names] for row in rows])
    y = np.array([row.label == "body" for row in rows], dtype=float)
    w = np.zeros(len(names))
    ridge = np.full(len(names), L2)
    ridge[names.index("bias")] = 0.0
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -40, 40)))
        gradient = x.T @ (p - y) + ridge * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(ridge + 1e-6)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return {name: float(weight) for name, weight in zip(names, w, strict=True)}


def chances(rows: list[Removed], weights: dict[str, float]) -> list[float]:
    """Each line's chance of being the story's under ``weights``."""
    scores = (sum(weights.get(name, 0.0) * value for name, value in row.features.items()) for row in rows)
    return [1.0 / (1.0 + math.exp(-max(min(score, 40.0), -40.0))) for score in scores]


@dataclass
class Effect:
    """What giving back the candidates above a threshold does to one part in one era."""

    body_gained: int = 0
    debris_lost: int = 0
    meta_lost: int = 0


def effects(rows: list[Removed], p: list[float], threshold: float) -> dict[tuple[str, str], Effect]:
    found: dict[tuple[str, str], Effect] = defaultdict(Effect)
    for row, chance in zip(rows, p, strict=True):
        if row.candidate and chance > threshold:
            effect = found[(row.part, row.era)]
            effect.body_gained += row.label == "body"
            effect.debris_lost += row.label == "debris"
            effect.meta_lost += row.label == "meta"
    return found


def choose_threshold(rows: list[Removed], p: list[float], totals: dict, slack: float) -> float:
    """The lowest threshold whose debris removed drops by at most ``slack`` on every part and era of ``rows``
    (and never gives back more metadata lines than story lines), for the most story lines given back."""
    best, best_gain = 1.0, 0
    for threshold in sorted({round(c, 4) for row, c in zip(rows, p, strict=True) if row.candidate}, reverse=True):
        found = effects(rows, p, threshold)
        allowed = all(
            effect.debris_lost <= slack * totals[key].debris and effect.meta_lost <= effect.body_gained
            for key, effect in found.items()
        )
        if not allowed:
            break
        gain = sum(effect.body_gained for effect in found.values())
        if gain > best_gain:
            best, best_gain = threshold, gain
    return best


def _figure(count: int, total: int) -> str:
    return f"{count / total:.3f}" if total else "1.000"


def lopo(data: dict, totals: dict, names: list[str], slack: float) -> dict[str, tuple[dict[str, float], float]]:
    """Per part: the weights fitted on the other parts and the threshold chosen on them."""
    fitted = {}
    for part in BLIND_CODE:
        train = [row for key, rows in data.items() if key[0] != part for row in rows if not row.conflict]
        weights = fit(train, names)
        threshold = choose_threshold(train, chances(train, weights), totals, slack)
        fitted[part] = (weights, threshold)
    return fitted


def report(data: dict, totals: dict, fitted: dict) -> dict[str, Effect]:
    """Print the LOPO table: each part's body kept and debris removed, before and after, in both eras."""
    print(
        "| part | era | threshold | body kept before | after | debris removed before | after | given back "
        "(story / debris / metadata) |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    overall: dict[str, Effect] = defaultdict(Effect)
    for part, (weights, threshold) in fitted.items():
        for era in ("blind", "now"):
            rows, total = data[(part, era)], totals[(part, era)]
            effect = effects(rows, chances(rows, weights), threshold).get((part, era), Effect())
            sums = overall[era]
            sums.body_gained += effect.body_gained
            sums.debris_lost += effect.debris_lost
            sums.meta_lost += effect.meta_lost
            print(
                f"| {part} | {era} | {threshold:.3f} | {_figure(total.body_kept, total.body)} | "
                f"{_figure(total.body_kept + effect.body_gained, total.body)} | "
                f"{_figure(total.debris_removed, total.debris)} | "
                f"{_figure(total.debris_removed - effect.debris_lost, total.debris)} | "
                f"{effect.body_gained} / {effect.debris_lost} / {effect.meta_lost} |"
            )
    return overall


def overall_line(era: str, totals: dict, effect: Effect) -> str:
    body = sum(t.body for (_, e), t in totals.items() if e == era)
    kept = sum(t.body_kept for (_, e), t in totals.items() if e == era)
    debris = sum(t.debris for (_, e), t in totals.items() if e == era)
    removed = sum(t.debris_removed for (_, e), t in totals.items() if e == era)
    return (
        f"{era}: body kept {_figure(kept, body)} -> {_figure(kept + effect.body_gained, body)}, debris removed "
        f"{_figure(removed, debris)} -> {_figure(removed - effect.debris_lost, debris)} "
        f"(given back: {effect.body_gained} story, {effect.debris_lost} debris, {effect.meta_lost} metadata lines)"
    )


def lost_by_stage(data: dict, totals: dict) -> None:
    """Which stages and rules removed story lines (under the title: the label-conflict cases left out; above it),
    when each part was new (``blind``) and now, next to the story lines lost in all."""
    for era in ("blind", "now"):
        body = sum(total.body for (_, kind), total in totals.items() if kind == era)
        kept = sum(total.body_kept for (_, kind), total in totals.items() if kind == era)
        above = sum((total.lost_above for (_, kind), total in totals.items() if kind == era), Counter())
        listed = ", ".join(f"{taker} {count}" for taker, count in above.most_common())
        print(f"story lines lost ({era}): {body - kept} of {body}; taken above the title: {listed}")
        rows = [row for key, rows in data.items() if key[1] == era for row in rows if not row.conflict]
        counts = Counter(row.taker for row in rows if row.label == "body")
        taken = Counter(row.taker for row in rows)
        listed = ", ".join(f"{taker} {count} (of {taken[taker]})" for taker, count in counts.most_common())
        print(f"story lines removed ({era}, {sum(counts.values())}): {listed}")


def tradeoff(data: dict, fitted: dict, cuts: tuple[int, ...] = (5, 10, 25, 50, 100, 200)) -> None:
    """Pooled over the parts, each scored by the model fitted without it: the candidates most likely the story's,
    and how many are story lines, debris and metadata."""
    for era in ("blind", "now"):
        scored = []
        for part, (weights, _) in fitted.items():
            rows = [row for row in data[(part, era)] if row.candidate and not row.conflict]
            scored += zip(chances(rows, weights), rows, strict=True)
        scored.sort(key=lambda pair: -pair[0])
        story = sum(row.label == "body" for _, row in scored)
        print(f"\n{era}: {len(scored)} candidates, {story} of them story lines; the top ones by LOPO chance:")
        for cut in cuts:
            labels = Counter(row.label for _, row in scored[:cut])
            print(
                f"  top {cut}: {labels['body']} story, {labels['debris']} debris, {labels['meta']} metadata "
                f"(chance >= {scored[cut - 1][0]:.3f})"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/keep_model"), help="where the collected data goes")
    parser.add_argument("--no-stage", action="store_true", help="leave out the features naming the stage and role")
    parser.add_argument("--slack", type=float, default=0.005, help="the drop in debris removed allowed on a part")
    arguments = parser.parse_args(argv)
    sys.path.insert(0, str(REPOSITORY))
    data, totals = {}, {}
    for part in BLIND_CODE:
        for era in ("blind", "now"):
            data[(part, era)], totals[(part, era)] = labelled(part, era, arguments.work, stage=not arguments.no_stage)
    names = sorted({name for rows in data.values() for row in rows for name in row.features})
    lost_by_stage(data, totals)
    fitted = lopo(data, totals, names, arguments.slack)
    overall = report(data, totals, fitted)
    print("\nLOPO overall: " + "; ".join(overall_line(era, totals, overall[era]) for era in ("blind", "now")))
    tradeoff(data, fitted)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
