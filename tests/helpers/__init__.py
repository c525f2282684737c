"""Shared test helpers: the sample texts, the project's commands, and real sites built into temporary folders."""

from __future__ import annotations

import filecmp
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.helpers import sandbox
from tests.helpers.sandbox import copy_site

REPOSITORY = Path(__file__).resolve().parents[2]
SHARED_SAMPLES = REPOSITORY.parent / "shared" / "samples"
# The samples travel with the repository (tests/samples, byte for byte) so that a clone
# anywhere, GitHub Actions included, runs every test; test_samples checks the copy.
SAMPLES = REPOSITORY / "tests" / "samples"
RAW = SAMPLES / "raw"
EXPECTED = SAMPLES / "expected"
SEED = RAW / "unesco-clubs-federation.txt"
SEED_URL = "news/2023/kazakhstan-heads-the-world-federation-of-clubs-for-unesco/"
SEED_MD = "docs/news/2023/kazakhstan-heads-the-world-federation-of-clubs-for-unesco.md"
"""The seed article in a throwaway site (``copy_project``), as the importer makes it."""
FIXTURE_DOCS = sandbox.FIXTURE_DOCS
"""The fixture content of throwaway sites (a home and an about page); never the editors' ``docs/``."""
FIXTURE_REGISTRY = sandbox.FIXTURE_REGISTRY
"""The registry the tests run with: a frozen copy, so that editors' entries in ``registry/`` never
change what a test expects."""


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command of the project with this test run's Python, capturing its output.

    Without ``cwd`` it runs in an empty folder: a command that forgot ``--out`` fails there
    instead of writing into the editors' ``docs/``.
    """
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    with tempfile.TemporaryDirectory(prefix="newsroom-cwd-") as empty:
        folder = cwd if cwd is not None else Path(empty)
        return subprocess.run([str(a) for a in args], cwd=folder, env=env, capture_output=True, text=True, timeout=600)


def import_articles(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The importer's command line, with the tests' registry unless ``--registry`` is given."""
    registry = [] if "--registry" in args else ["--registry", FIXTURE_REGISTRY]
    return run(sys.executable, REPOSITORY / "scripts" / "import_articles.py", *registry, *args)


def import_reports(inputs: list[Path], *args: str | Path) -> dict[str, dict]:
    """``inputs`` imported in one run of the command line with ``--json``: input name -> its report.

    No traceback, and one report per input (the test fails naming what the command printed)."""
    result = import_articles("--json", *args, *inputs)
    assert "Traceback" not in result.stderr, result.stderr
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(reports) == len(inputs), result.stdout + result.stderr
    return {Path(report["input"]).stem: report for report in reports}


def mkdocs_build(project: Path, out: Path, strict: bool = True) -> subprocess.CompletedProcess[str]:
    """``mkdocs build`` of the project in ``project`` into ``out``."""
    return run(
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        *(["--strict"] if strict else []),
        "-f",
        project / "mkdocs.yml",
        "-d",
        out,
        cwd=project,
    )


def differing(left: Path, right: Path) -> list[str]:
    """Files under ``left`` and ``right`` whose bytes differ, or that only one has."""
    found, folders = [], [filecmp.dircmp(left, right)]
    while folders:
        compared = folders.pop()
        found += [f"{compared.left}/{name}" for name in compared.left_only + compared.right_only]
        _, mismatch, errors = filecmp.cmpfiles(compared.left, compared.right, compared.common_files, shallow=False)
        found += [f"{compared.left}/{name}" for name in mismatch + errors]
        folders += compared.subdirs.values()
    return found


def copy_project(target: Path, seed: bool = True) -> Path:
    """A throwaway site to edit in a test: the repository's tool around the fixture docs and registry,
    with the seed article unless ``seed`` is false (``tests.helpers.sandbox.copy_site``)."""
    return copy_site(target, seed=seed)


class Served:
    """A real ``mkdocs serve`` of a project on a free port of 127.0.0.1."""

    def __init__(self, port: int) -> None:
        self.port = port

    def page(self, url: str) -> str:
        """The HTML at ``url`` (relative to the site's ``/newsroom/`` path)."""
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/newsroom/{url}", timeout=5) as response:
            return response.read().decode("utf-8")

    @staticmethod
    def wait_for(condition: Callable[[], bool], seconds: float = 60) -> bool:
        """True as soon as ``condition`` holds (errors while the server starts count as not yet)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if condition():
                    return True
            except OSError:
                pass
            time.sleep(0.3)
        return False


@contextmanager
def serving(project: Path, log: Path | None = None) -> Iterator[Served]:
    """``mkdocs serve`` of ``project`` for the duration of the block, then stopped (its messages in
    ``log`` when given)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", "-f", str(project / "mkdocs.yml")]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    # this tree's package first: the server runs in the project's folder, where a relative PYTHONPATH
    # names nothing and another installed copy of the package would load
    env["PYTHONPATH"] = os.pathsep.join([str(sandbox.REPOSITORY), *filter(None, [os.environ.get("PYTHONPATH")])])
    output = log.open("w", encoding="utf-8") if log is not None else subprocess.DEVNULL
    server = subprocess.Popen(command, cwd=project, env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        yield Served(port)
    finally:
        server.terminate()
        server.wait(timeout=10)
        if log is not None:
            output.close()
