"""The importer's file handling in batches: workers, dry runs, existing articles, usage errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsroom.importer import cli as importer
from tests.helpers import FIXTURE_REGISTRY, SEED, import_articles


def _crash_in_worker(path: Path) -> object:
    """A worker that dies on one file (as a segfault in a library would)."""
    if path.name == "a0005.txt":
        os._exit(1)
    return importer._prepare_in_worker_real(path)  # type: ignore[attr-defined]


def test_a_worker_crash_in_a_batch_falls_back_to_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for number in range(importer.PARALLEL_FROM + 2):
        (raw / f"a{number:04}.txt").write_text(text.replace("Kazakhstan heads", f"Story {number}: Kazakhstan heads", 1))
    monkeypatch.setattr(importer, "_prepare_in_worker_real", importer._prepare_in_worker, raising=False)
    monkeypatch.setattr(importer, "_prepare_in_worker", _crash_in_worker)
    options = ["--json", "--jobs", "2", "--no-progress", "--registry", str(FIXTURE_REGISTRY), "--date", "2023-10-31"]
    code = importer.main([*options, "--out", str(tmp_path / "out"), str(raw)])
    out = capsys.readouterr()
    statuses = [json.loads(line)["status"] for line in out.out.splitlines()]
    assert statuses == ["created"] * (importer.PARALLEL_FROM + 2) and code == 0
    assert "Traceback" not in out.err and "worker" in out.err


def test_dry_run_claims_paths_within_the_run(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, lead in (("a", "The clubs of Almaty open a library."), ("b", "The clubs of Aktau plant a garden.")):
        (raw / f"{name}.txt").write_text(f"Clubs meet in spring\n\n{lead}\n\nEvery member brings a friend.")
    (raw / "c.txt").write_bytes((raw / "a.txt").read_bytes())  # the same article twice
    result = import_articles("--json", "--dry-run", "--out", tmp_path / "out", "--date", "2025-05-05", raw)
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["status"] for r in reports] == ["created", "created", "unchanged"]
    assert [Path(r["output"]).name for r in reports] == [
        "clubs-meet-in-spring.md",
        "clubs-meet-in-spring-2.md",
        "clubs-meet-in-spring.md",
    ]
    assert not (tmp_path / "out").exists()


def test_an_unreadable_existing_article_fails_and_an_invalid_one_is_never_overwritten(tmp_path: Path) -> None:
    raw = tmp_path / "a.txt"
    raw.write_text("Clubs meet in spring\n\nThe clubs of Almaty open a library.\n\nEvery member brings a friend.")
    folder = tmp_path / "out" / "2025"
    (folder / "clubs-meet-in-spring.md").mkdir(parents=True)  # there, but cannot be read as a file
    result = import_articles("--json", "--out", tmp_path / "out", "--date", "2025-05-05", raw)
    report = json.loads(result.stdout)
    assert report["status"] == "failed" and "clubs-meet-in-spring.md" in report["message"]
    assert not (folder / "clubs-meet-in-spring-2.md").exists() and result.returncode == 1
    (folder / "clubs-meet-in-spring.md").rmdir()
    (folder / "clubs-meet-in-spring.md").write_text("not an article", encoding="utf-8")
    report = json.loads(import_articles("--json", "--out", tmp_path / "out", "--date", "2025-05-05", raw).stdout)
    assert report["status"] == "created" and report["output"].endswith("clubs-meet-in-spring-2.md")
    assert (folder / "clubs-meet-in-spring.md").read_text(encoding="utf-8") == "not an article"


def test_a_missing_registry_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = import_articles("--registry", tmp_path / "nowhere", "--out", tmp_path / "out", SEED)
    assert result.returncode == 2 and "registry" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_uppercase_txt_files_in_a_folder_are_imported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "SEED.TXT").write_bytes(SEED.read_bytes())
    result = import_articles("--json", "--out", tmp_path / "out", "--date", "2023-10-31", folder)
    assert [json.loads(line)["status"] for line in result.stdout.splitlines()] == ["created"]
