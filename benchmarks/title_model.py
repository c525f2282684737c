"""The title scorer (``newsroom.importer.titlescore``): fitted, and measured leaving one part of the corpus out.

For every case of every part, the candidates are the text's first lines (``titlescore.candidates``); the expected
title's line is the right one. A conditional logit (a softmax over each text's candidates, L2-penalised, fitted by
plain gradient descent with numpy) learns the features' weights. For each part in turn the model is fitted on all
the other parts and scores that part (LOPO):

- scorer alone: the share of the part's cases whose best-scored candidate is the title;
- combination: the header's rules with the scorer overriding them (``titlescore.override``), the part's titles
  imported for real by ``extract`` with the weights fitted without that part;
- next to each part's first blind title score (the rules' honest generalisation, from
  ``benchmarks/import_quality.py``'s docstring).

``--prior`` simulates the importer's choice of every case's title (``titlescore.choose_under`` over the rules' own
line, without the header's other stages) with its part's LOPO weights and each of ``PRIORS`` as the rules' prior
(``titlescore.RULES_PRIOR``), over all the opened parts and over ``FRESH``, the parts the rules had not been tuned on
when the prior was chosen.

``--no-rules`` leaves out the features that are the importer's own role predicates (tuned on every part), to show
how much they leak. ``--save`` fits on every part but the unseen ones and writes
``newsroom/importer/models/title-scorer.json``.

    .venv/bin/python benchmarks/title_model.py [--no-rules] [--save] [--combination] [--prior] [--show PART]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from benchmarks.import_quality import FIXTURE_REGISTRY, SETS, UNSEEN, Case, cases, score  # noqa: E402
from newsroom.importer import titlescore  # noqa: E402
from newsroom.importer.header import mark_header, strip_site_suffix, strip_title_tag  # noqa: E402
from newsroom.importer.lines import split_lines  # noqa: E402
from newsroom.registry import Registry, load_registry  # noqa: E402

OPENED = {part: folders for part, folders in SETS.items() if part not in UNSEEN}
"""The parts the scorer is fitted and measured on: every part but the benchmark's ``UNSEEN``, which stay unread."""
MODEL_PATH = REPOSITORY / "newsroom" / "importer" / "models" / titlescore.MODEL_FILE
FIRST_BLIND_TITLE = {
    "holdout10": 0.9,
    "holdout11": 0.9,
    "holdout12": 0.85,
    "holdout13": 0.9,
    "holdout14": 0.833,
    "holdout15": 0.5,
    "holdout16": 0.85,
    "holdout17": 0.7,
    "holdout18": 0.9,
    "holdout19": 0.9,
    "holdout20": 0.8,
    "holdout21": 0.8,
}
"""Each part's title score when it was first scored blind (parts scored before that docstring kept none)."""
PENALTY, STEPS, RATE = 0.01, 1500, 0.05
PRIORS = (0.0, 1.0, 2.0, 3.0, 4.0, 6.0)
FRESH = ("holdout26", "holdout27", "holdout28", "holdout29", "holdout34", "holdout35", "holdout36", "holdout37")
"""The parts written blind in the sixth session and opened in the seventh: the rules had never been tuned on them when
``titlescore.RULES_PRIOR`` was chosen."""


@dataclass
class Sample:
    """One case's candidates: their features, which are the title, and the position the rules choose."""

    part: str
    name: str
    positions: list[int]
    rows: list[dict[str, float]]
    right: list[bool]
    rules_at: int
    texts: list[str]


def _rules_choice(case: Case, registry: Registry) -> int:
    """The title's position by the header's rules alone (the scorer off)."""
    with titlescore.using(None):
        return mark_header(split_lines(case.text), registry)


def _as_title(text: str, registry: Registry) -> str:
    """The title the importer makes of a line (a site's suffix and a page's tag cut)."""
    return strip_title_tag(strip_site_suffix(text, registry))


def samples(registry: Registry) -> list[Sample]:
    """Every case of every part but the unseen ones (never fitted on, never listed) as its candidates."""
    found = []
    for part, folders in OPENED.items():
        for case in cases(folders):
            texts = [line.text for line in split_lines(case.text)]
            expected = case.expected["title"]
            candidates = titlescore.candidate_features(texts)
            right = [
                expected in (texts[at], strip_title_tag(strip_site_suffix(texts[at], registry))) for at, _ in candidates
            ]
            positions = [at for at, _ in candidates]
            rows = [values for _, values in candidates]
            found.append(Sample(part, case.name, positions, rows, right, _rules_choice(case, registry), texts))
    return found


def arrays(data: list[Sample], names: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features (cases x candidates x features), the candidates' mask and the titles' mask."""
    width = max(len(sample.rows) for sample in data)
    x = np.zeros((len(data), width, len(names)))
    mask = np.zeros((len(data), width), dtype=bool)
    right = np.zeros((len(data), width), dtype=bool)
    for n, sample in enumerate(data):
        for k, row in enumerate(sample.rows):
            x[n, k] = [row[name] for name in names]
            mask[n, k] = True
            right[n, k] = sample.right[k]
    return x, mask, right


def fit(data: list[Sample], names: list[str]) -> titlescore.Model:
    """A conditional logit over each case's candidates, fitted by Adam on the penalised log-likelihood."""
    x, mask, right = arrays([sample for sample in data if any(sample.right)], names)
    mean = x[mask].mean(axis=0)
    scale = x[mask].std(axis=0)
    scale[scale == 0] = 1.0
    z = np.where(mask[..., None], (x - mean) / scale, 0.0)
    weights = np.zeros(len(names))
    moment, second = np.zeros_like(weights), np.zeros_like(weights)
    for step in range(1, STEPS + 1):
        logits = np.where(mask, z @ weights, -np.inf)
        logits -= logits.max(axis=1, keepdims=True)
        odds = np.exp(logits)
        p = odds / odds.sum(axis=1, keepdims=True)
        q = np.where(right, p, 0.0)
        q /= q.sum(axis=1, keepdims=True)
        gradient = np.einsum("nk,nkf->f", p - q, z) / len(z) + 2 * PENALTY * weights
        moment = 0.9 * moment + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient**2
        weights -= RATE * (moment / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    return titlescore.Model(tuple(names), tuple(mean.tolist()), tuple(scale.tolist()), tuple(weights.tolist()))


def best(sample: Sample, model: titlescore.Model) -> int:
    """The index (among the sample's candidates) of the best-scored one."""
    values = [model.score(row) for row in sample.rows]
    return max(range(len(values)), key=values.__getitem__)


def lopo_models(data: list[Sample], names: list[str]) -> dict[str, titlescore.Model]:
    """For each part, the model fitted on all the other parts."""
    return {part: fit([s for s in data if s.part != part], names) for part in OPENED}


def combined_titles(registry: Registry, models: dict[str, titlescore.Model]) -> dict[str, float]:
    """Each part's title score with the rules and the scorer fitted without that part, imported for real."""
    found = {}
    for part, folders in OPENED.items():
        with titlescore.using(models[part]):
            result = score(cases(folders), registry)
        found[part] = result.titles / result.cases
    return found


def feature_names(data: list[Sample], *, rules: bool) -> list[str]:
    names = list(data[0].rows[0])
    return [name for name in names if rules or name not in titlescore.RULE_FEATURES]


def report(data: list[Sample], models: dict[str, titlescore.Model], combined: dict[str, float] | None) -> None:
    """The LOPO table: per part, the scorer alone, the rules alone, the combination, the first blind score."""
    print("| part | cases | scorer alone (LOPO) | rules (in-sample) | combination (LOPO) | first blind title |")
    print("| --- | --- | --- | --- | --- | --- |")
    totals = [0, 0, 0, 0.0]
    for part in OPENED:
        part_data = [s for s in data if s.part == part]
        alone = sum(s.right[best(s, models[part])] for s in part_data)
        rules = sum(_rules_right(s) for s in part_data)
        both = combined[part] if combined else None
        totals[0] += len(part_data)
        totals[1] += alone
        totals[2] += rules
        totals[3] += both * len(part_data) if both is not None else 0
        both_text = f"{both:.3f}" if both is not None else "-"
        blind = FIRST_BLIND_TITLE.get(part, "-")
        shares = f"{alone / len(part_data):.3f} | {rules / len(part_data):.3f}"
        print(f"| {part} | {len(part_data)} | {shares} | {both_text} | {blind} |")
    cases_, alone, rules, both = totals
    both_text = f"{both / cases_:.3f}" if combined else "-"
    print(f"| all | {cases_} | {alone / cases_:.3f} | {rules / cases_:.3f} | {both_text} | |")


def _rules_right(sample: Sample) -> bool:
    return sample.rules_at in sample.positions and sample.right[sample.positions.index(sample.rules_at)]


def show(data: list[Sample], models: dict[str, titlescore.Model], part: str) -> None:
    """The part's cases where the scorer alone (LOPO) misses the title: its choice and the title's line."""
    for sample in (s for s in data if s.part == part):
        chosen = best(sample, models[part])
        if not sample.right[chosen]:
            title = next((sample.texts[at] for at, ok in zip(sample.positions, sample.right, strict=True) if ok), None)
            print(f"{sample.name}: chose {sample.texts[sample.positions[chosen]]!r}, title {title!r}")


def prior_table(data: list[Sample], models: dict[str, titlescore.Model]) -> None:
    """For each prior, the share of titles chosen right (the rules' line, or the line under it the LOPO scorer prefers
    by more than the prior), over all the opened parts and over ``FRESH``."""
    if not set(FRESH) <= set(OPENED):
        raise SystemExit(f"FRESH parts not opened: {sorted(set(FRESH) - set(OPENED))}")
    right = {prior: [0, 0] for prior in PRIORS}
    for sample in data:
        scored = titlescore.candidate_scores(sample.texts, models[sample.part])
        for prior in PRIORS:
            preferred = titlescore.choose_under(sample.texts, sample.rules_at, scored, prior)
            chosen = sample.rules_at if preferred is None else preferred
            ok = chosen in sample.positions and sample.right[sample.positions.index(chosen)]
            right[prior][0] += ok
            right[prior][1] += ok and sample.part in FRESH
    fresh = sum(sample.part in FRESH for sample in data)
    print(f"\n| rules' prior | all opened ({len(data)}) | fresh ({fresh}) |\n| --- | --- | --- |")
    for prior, (everywhere, among_fresh) in right.items():
        print(f"| {prior} | {everywhere / len(data):.3f} | {among_fresh / fresh:.3f} |")


def save(model: titlescore.Model, *, rules: bool) -> None:
    data = {
        "about": "newsroom.importer.titlescore's weights, fitted on every corpus part by benchmarks/title_model.py",
        "rule_features": rules,
        "features": list(model.names),
        "mean": [round(v, 6) for v in model.mean],
        "scale": [round(v, 6) for v in model.scale],
        "weights": [round(v, 6) for v in model.weights],
    }
    MODEL_PATH.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"saved {MODEL_PATH.relative_to(REPOSITORY)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-rules", action="store_true", help="leave out the importer's role predicates")
    parser.add_argument("--combination", action="store_true", help="import every part with its LOPO weights")
    parser.add_argument("--prior", action="store_true", help="score each of PRIORS as the rules' prior (LOPO)")
    parser.add_argument("--save", action="store_true", help="fit on every part and write the model file")
    parser.add_argument("--show", choices=tuple(OPENED), help="list the part's cases the scorer alone misses")
    arguments = parser.parse_args(argv)
    registry = load_registry(FIXTURE_REGISTRY)
    started = time.perf_counter()
    data = samples(registry)
    names = feature_names(data, rules=not arguments.no_rules)
    print(f"{len(data)} cases, {sum(len(s.rows) for s in data)} candidates, {len(names)} features")
    models = lopo_models(data, names)
    combined = combined_titles(registry, models) if arguments.combination else None
    report(data, models, combined)
    if arguments.prior:
        prior_table(data, models)
    if arguments.show:
        show(data, models, arguments.show)
    if arguments.save:
        save(fit(data, names), rules=not arguments.no_rules)
    print(f"\n{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
