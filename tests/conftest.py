"""Fixtures shared by every test folder; the helpers themselves live in ``tests.helpers``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import REPOSITORY, copy_project, mkdocs_build


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own site, built once with ``--strict``."""
    out = tmp_path_factory.mktemp("site")
    result = mkdocs_build(REPOSITORY, out)
    assert result.returncode == 0, result.stderr
    return out
