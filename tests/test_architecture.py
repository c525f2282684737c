"""The tree's architecture, kept: the importer and the site meet only in the core, and the package
knows nothing of MkDocs (Zensical, ProperDocs or a script could drive it)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.helpers import REPOSITORY

PACKAGE = REPOSITORY / "newsroom"
SIDES = ("newsroom.importer", "newsroom.site")


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, absolute names."""
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(path, node.module, node.level)
            modules.add(base)
            modules.update(f"{base}.{alias.name}" for alias in node.names)
    return modules


def _absolute(path: Path, module: str | None, level: int) -> str:
    """``from ..site import x`` in ``newsroom/importer/cli.py`` is ``newsroom.site``."""
    if level == 0:
        return module or ""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    package = package[: len(package) - (level - 1)]
    return ".".join([*package, *([module] if module else [])])


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(REPOSITORY).with_suffix("").parts).removesuffix(".__init__")


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_the_package_has_both_sides_and_a_core() -> None:
    names = {module_name(path) for path in MODULES}
    assert {"newsroom.article", "newsroom.registry", "newsroom.importer.extract", "newsroom.site.catalog"} <= names


@pytest.mark.parametrize("path", MODULES, ids=lambda path: module_name(path))
def test_a_module_imports_neither_the_other_side_nor_mkdocs(path: Path) -> None:
    name = module_name(path)
    own_side = next((side for side in SIDES if name == side or name.startswith(f"{side}.")), None)
    forbidden = [side for side in SIDES if side != own_side]
    crossing = sorted(
        module
        for module in imported_modules(path)
        if module.split(".")[0] in ("mkdocs", "material", "properdocs")
        or any(module == side or module.startswith(f"{side}.") for side in forbidden)
    )
    assert not crossing, f"{name} imports {crossing}: the importer and the site meet only in the core"
