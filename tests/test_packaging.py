"""The conventional path: ``pip install -r requirements.txt`` installs the project itself, with its
commands and its data files, so ``mkdocs serve`` and ``mkdocs build`` work without ``PYTHONPATH``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import REPOSITORY, copy_project, run

COMMANDS = {"newsroom-import": "raw", "newsroom-new": "title"}
"""The console scripts of pyproject.toml, and a word their ``--help`` must show."""


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_the_console_scripts_are_installed_and_answer_help(command: str) -> None:
    script = Path(sys.executable).parent / command
    assert script.is_file(), f"{script} is missing: pip install -r requirements.txt installs it"
    result = run(script, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage:") and COMMANDS[command] in result.stdout


def test_requirements_install_the_project_itself() -> None:
    lines = [line.split("#")[0].strip() for line in (REPOSITORY / "requirements.txt").read_text().splitlines()]
    assert "-e ." in lines


def test_a_site_outside_the_checkout_builds_without_pythonpath(tmp_path: Path) -> None:
    """The hooks import ``newsroom`` from the installed package, wherever the site is."""
    project = copy_project(tmp_path / "project")
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    command = [str(mkdocs), "build", "--strict", "-d", str(tmp_path / "site")]
    result = subprocess.run(command, cwd=project, env=environment, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site/tags/index.html").is_file()


def package_files(root: Path) -> set[str]:
    """Every file of the ``newsroom`` package under ``root``, as a wheel names it."""
    return {
        path.relative_to(root).as_posix()
        for path in (root / "newsroom").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_the_wheel_carries_every_file_of_the_package_and_the_commands(tmp_path: Path) -> None:
    """Word lists and templates are data files: a wheel without them imports, then fails."""
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPOSITORY / name, source / name)
    shutil.copytree(REPOSITORY / "newsroom", source / "newsroom", ignore=shutil.ignore_patterns("__pycache__"))
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--disable-pip-version-check"]
    result = run(*command, "-q", "-w", tmp_path / "dist", source, cwd=source)
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = (tmp_path / "dist").glob("newsroom-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = package_files(source)
    assert any(name.endswith(".txt") for name in expected) and any(name.endswith(".html") for name in expected)
    assert expected - names == set()
    entry_points = next(name for name in names if name.endswith(".dist-info/entry_points.txt"))
    declared = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert all(f"{command} = " in declared for command in COMMANDS)
