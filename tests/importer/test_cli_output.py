"""What the importer's command line prints: warnings before their file's status line and counted in
the summary, warnings in ``--json``, ``--dry-run`` saying what it would do, and the site's folder."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.helpers import FIXTURE_REGISTRY, REPOSITORY, import_articles, run

SCRIPT = REPOSITORY / "scripts" / "import_articles.py"
DATED = (
    "Clubs of Astana open a reading room\n\n"
    "Astana, 2 June 2025 – The youth clubs of Astana opened a reading room for pupils on Monday.\n\n"
    "Volunteers brought two hundred books.\n"
)
UNDATED = (
    "Volunteers repair a school in Taraz\n\n"
    "Volunteers of the clubs repaired the roof of a village school near Taraz.\n\n"
    "The work took three weekends.\n"
)
UNDATED_TOO = (
    "A garden for the museum in Shymkent\n\n"
    "Pupils planted a garden beside the city museum in Shymkent.\n\n"
    "Each class looks after one row of trees.\n"
)


def raw_folder(tmp_path: Path) -> Path:
    """Three invented texts: ``a.txt`` dated in its dateline, ``b.txt`` and ``c.txt`` without a date."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in (("a", DATED), ("b", UNDATED), ("c", UNDATED_TOO)):
        (raw / f"{name}.txt").write_text(text, encoding="utf-8")
    return raw


def import_merged(*args: str | Path) -> list[str]:
    """The importer's stdout and stderr as one stream, in the order a terminal shows them."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, str(SCRIPT), "--registry", str(FIXTURE_REGISTRY), *map(str, args)]
    result = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300)
    return result.stdout.splitlines()


def test_warnings_come_before_their_files_status_line(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path)
    lines = import_merged("--out", tmp_path / "out", raw)
    today = dt.date.today().isoformat()
    status = [n for n, line in enumerate(lines) if line.startswith("created: ")]
    warning = [n for n, line in enumerate(lines) if line.startswith("warning: ")]
    assert len(status) == 3 and len(warning) == 2, lines
    for name in ("b.txt", "c.txt"):
        [at] = [n for n in warning if f"{raw / name}: no date in the text and no --date: using today" in lines[n]]
        assert today in lines[at]
        following = next(n for n in status if n > at)
        assert lines[following].endswith(".md") and f"/{dt.date.today().year}/" in lines[following]
        assert following == at + 1  # the warning, then at once its file's status line
    assert lines[-1] == "3 files: 3 created, 0 updated, 0 unchanged, 0 exists, 0 failed; 2 warnings"


def test_the_summary_counts_one_warning_in_the_singular(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path)
    (raw / "c.txt").unlink()
    result = import_articles("--out", tmp_path / "out", raw)
    assert result.stderr.splitlines()[-1] == "2 files: 2 created, 0 updated, 0 unchanged, 0 exists, 0 failed; 1 warning"
    dated = import_articles("--out", tmp_path / "out", "--date", "2024-01-15", raw / "a.txt", raw / "b.txt")
    assert dated.stderr.splitlines() == ["2 files: 0 created, 0 updated, 1 unchanged, 1 exists, 0 failed; 0 warnings"]


def test_json_lines_carry_their_warnings(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path)
    result = import_articles("--json", "--out", tmp_path / "out", raw)
    reports = {Path(r["input"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    assert reports["a.txt"]["warnings"] == [] and reports["a.txt"]["dry_run"] is False
    for name in ("b.txt", "c.txt"):
        [warning] = reports[name]["warnings"]
        assert warning == f"no date in the text and no --date: using today, {dt.date.today().isoformat()}"
        assert f"warning: {raw / name}: {warning}" in result.stderr  # also on stderr, for a person watching
    assert result.returncode == 0


def test_dry_run_says_what_it_would_do_and_writes_nothing(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path)
    out = tmp_path / "out"
    first = import_articles("--dry-run", "--out", out, raw)
    assert first.returncode == 0 and not out.exists()
    lines = first.stdout.splitlines()
    assert len(lines) == 3 and all(line.startswith("would create: ") for line in lines), lines
    assert lines[0] == f"would create: {out / '2025' / 'clubs-of-astana-open-a-reading-room.md'}"
    assert first.stderr.splitlines()[-1] == (
        "3 files: 3 would create, 0 would update, 0 unchanged, 0 exists, 0 failed; 2 warnings "
        "(dry run: nothing was written)"
    )
    import_articles("--out", out, raw)
    article = out / "2025" / "clubs-of-astana-open-a-reading-room.md"
    edited = article.read_text(encoding="utf-8").replace("lang: en", "lang: en\nsubtitle: Edited by hand")
    article.write_text(edited, encoding="utf-8")
    again = import_articles("--dry-run", "--force", "--out", out, raw)
    assert again.stdout.splitlines()[0] == f"would update: {article}"
    assert again.stdout.splitlines()[1].startswith("unchanged: ")
    assert article.read_text(encoding="utf-8") == edited
    without_force = import_articles("--dry-run", "--out", out, raw / "a.txt")
    assert without_force.stdout.startswith(f"exists: {article} differs from this import") and "--force" in (
        without_force.stdout
    )
    assert without_force.returncode == 1


def test_dry_run_json_keeps_the_plain_status_and_says_dry_run(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path)
    result = import_articles("--json", "--dry-run", "--out", tmp_path / "out", raw / "a.txt")
    report = json.loads(result.stdout)
    assert (report["status"], report["dry_run"], report["message"]) == ("created", True, "")
    assert report["output"] == str(tmp_path / "out" / "2025" / "clubs-of-astana-open-a-reading-room.md")
    assert not (tmp_path / "out").exists()


def site_folder(tmp_path: Path) -> Path:
    """A site's folder as an editor has it: docs/ and registry/ side by side."""
    site = tmp_path / "site"
    (site / "docs").mkdir(parents=True)
    shutil.copytree(FIXTURE_REGISTRY, site / "registry")
    return site


def test_the_defaults_are_the_site_folders_of_the_working_directory(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path)
    site = site_folder(tmp_path)
    result = run(sys.executable, SCRIPT, raw / "a.txt", cwd=site)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "created: docs/news/2025/clubs-of-astana-open-a-reading-room.md\n"
    assert (site / "docs" / "news" / "2025" / "clubs-of-astana-open-a-reading-room.md").is_file()


def test_outside_a_site_folder_the_defaults_are_a_usage_error(tmp_path: Path) -> None:
    raw = raw_folder(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    no_registry = run(sys.executable, SCRIPT, raw / "a.txt", cwd=elsewhere)
    assert no_registry.returncode == 2 and "--registry: registry is not a folder" in no_registry.stderr
    assert "site's folder" in no_registry.stderr
    shutil.copytree(FIXTURE_REGISTRY, elsewhere / "registry")
    no_docs = run(sys.executable, SCRIPT, raw / "a.txt", cwd=elsewhere)
    assert no_docs.returncode == 2 and "no docs folder" in no_docs.stderr and "--out" in no_docs.stderr
    assert "Traceback" not in no_registry.stderr + no_docs.stderr
    assert sorted(p.name for p in elsewhere.iterdir()) == ["registry"]


def test_the_console_entry_points_work_from_a_sites_folder(tmp_path: Path) -> None:
    """``newsroom-import`` and ``newsroom-new`` call these ``main`` functions from the site's folder."""
    raw = raw_folder(tmp_path)
    site = site_folder(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPOSITORY), "PYTHONDONTWRITEBYTECODE": "1"}
    for module, args in (
        ("newsroom.importer.cli", [str(raw / "a.txt")]),
        ("newsroom.authoring", ["Clubs meet in spring", "--date", "2024-03-01"]),
    ):
        code = f"import sys; from {module} import main; sys.exit(main())"
        result = subprocess.run(
            [sys.executable, "-c", code, *args], cwd=site, env=env, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stderr
    assert sorted(str(p.relative_to(site)) for p in site.rglob("*.md")) == [
        "docs/news/2024/clubs-meet-in-spring.md",
        "docs/news/2025/clubs-of-astana-open-a-reading-room.md",
    ]
