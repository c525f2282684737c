"""Fixtures shared by every test folder; the helpers themselves live in ``tests.helpers``.

Every site a test builds is a throwaway one (``copy_project``): the repository's tool around the
fixture docs and registry. The editors' ``docs/`` and ``registry/`` are content, checked by
``./dev check``, never by the tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import copy_project, mkdocs_build


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A throwaway site to edit: the fixture docs (home, about, the seed article) and registry."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site (home, about, the seed article), built once with ``--strict``."""
    root = tmp_path_factory.mktemp("fixture-site")
    project = copy_project(root / "project")
    out = root / "site"
    result = mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    return out
