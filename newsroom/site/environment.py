"""What every page and cached value depends on besides the articles: the tool's code, the site's
templates, its configuration and the installed packages (the keys of the build cache and the preview)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsroom.site import build_cache, incremental

PACKAGE_FOLDER = Path(__file__).parent.parent
"""The tool's code: ``newsroom/`` (the hooks add their own folder)."""
CACHE_SETTINGS = ("site_url", "use_directory_urls", "markdown_extensions", "mdx_configs", "validation")
"""The configuration's settings a cached page depends on (besides the theme and the file's text)."""


def build_cache_environment(
    digests: incremental.Digests,
    code_folders: Iterable[Path],
    template_folders: Iterable[Path],
    config_file: Path,
    settings: dict[str, Any],
) -> str:
    """The build cache's key: code, templates, the cache's format, the configuration file and its
    settings (objects such as Markdown extensions named by type and settings, stable)."""
    return incremental.site_key(
        digests,
        code_folders,
        template_folders,
        build_cache.FORMAT,
        digests.of(config_file),
        build_cache.digest(settings),
    )


def search_words_key(digests: incremental.Digests, language: str, custom_dir: Path | None) -> str:
    """What the search plugin's words depend on: the language, the site's templates, the packages."""
    templates = digests.of_tree(custom_dir) if custom_dir else ""
    return incremental.digest(language, templates, incremental.package_versions())
