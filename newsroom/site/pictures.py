"""Articles' pictures at build time: responsive derivatives, cached by content, and their problems.

Each article's picture (``image.src``, a file of the site) is made into a few widths of WebP
(``WEBP_WIDTHS``) and of JPEG for older browsers (``JPEG_WIDTHS``, the largest also the
sharing picture for Open Graph, Twitter and feeds), never wider than the picture itself, all
upright, sRGB and without metadata (``newsroom.pictures``). They are published as
``assets/pictures/<key>-<width>.<ext>``, where ``key`` is a digest of the picture's bytes.

The derivatives live in a cache folder (``.cache/newsroom/pictures``): an unchanged picture
costs one ``stat`` on the next build (or ``mkdocs serve`` rebuild); new pictures are made in
worker processes, one per core. A picture file that itself carries metadata (GPS, EXIF...) is
published as a clean copy, never as it is.

Pure of MkDocs: the hook logs ``Pictures.problems`` and, once the site is built, ``publish``es
``Pictures.files`` into it (hard links to the cache: thousands of derivatives cost next to nothing).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsroom import pictures as core
from newsroom.article import Article
from newsroom.files import file_stamp, write_atomic, write_if_changed
from newsroom.pictures import MAX_SIDE, PICTURE_EXTENSIONS, PictureError, clean_image, encode, metadata_in

WEBP_WIDTHS = (320, 640, 960, 1600)
JPEG_WIDTHS = (640, 1200)
QUALITY = {".webp": (72, 2), ".jpg": (80, 0)}
"""Quality and (WebP) effort of the derivatives: effort 2 encodes about 4x faster than the default, as small."""
RECIPE = "2"
"""Part of every picture's key: change it when the derivatives' recipe changes, to remake them all."""
OUT_FOLDER = "assets/pictures"
MANIFEST = "manifest.json"
PARALLEL_FROM = 2
MIME = {".webp": "image/webp", ".jpg": "image/jpeg"}


@dataclass(frozen=True)
class Variant:
    """One derivative: its site-relative path, its size in pixels and in bytes."""

    path: str
    width: int
    height: int
    bytes: int

    @property
    def mime(self) -> str:
        return MIME[Path(self.path).suffix]


@dataclass(frozen=True)
class Picture:
    """An article's picture as the site publishes it."""

    src_path: str
    alt: str
    webp: tuple[Variant, ...]
    jpeg: tuple[Variant, ...]

    @property
    def share(self) -> Variant:
        """The picture for sharing (Open Graph, Twitter, feeds): the largest JPEG, about 1200 wide."""
        return self.jpeg[-1]

    @property
    def fallback(self) -> Variant:
        """The ``<img src>`` for browsers without ``srcset`` (the smallest JPEG)."""
        return self.jpeg[0]


@dataclass
class Pictures:
    """Every article's picture, the files to publish and the problems to report."""

    by_src_path: dict[str, Picture] = field(default_factory=dict)
    """By the article's docs path (``news/2023/x.md``)."""
    files: dict[str, Path] = field(default_factory=dict)
    """Every derivative to publish: its site path, and its file in the cache."""
    public: set[str] = field(default_factory=set)
    """The site paths of the derivatives of published articles (a draft's or an embargoed
    article's stay out of a build)."""
    unpublished: set[str] = field(default_factory=set)
    """The docs paths of picture files that only drafts and embargoed articles show: a build
    leaves the files themselves out too (their names carry the article's slug)."""
    clean_copies: dict[str, Path | None] = field(default_factory=dict)
    """By docs path of a picture file carrying metadata: the clean copy to publish in its place,
    or None when the file must be left out of the site (no clean copy can keep its format)."""
    problems: list[str] = field(default_factory=list)

    def for_article(self, article: Article) -> Picture | None:
        return self.by_src_path.get(article.src_path)

    def files_to_publish(self, with_drafts: bool) -> dict[str, Path]:
        """The derivatives a site publishes: with drafts' under ``mkdocs serve``, without in a build."""
        return self.files if with_drafts else {path: file for path, file in self.files.items() if path in self.public}


def _key(path: Path) -> str:
    digest = hashlib.sha256(RECIPE.encode())
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


def _widths(wanted: Iterable[int], width: int) -> list[int]:
    """``wanted`` widths no wider than the picture (never upscaled); the picture's own width instead of wider ones."""
    return sorted({min(w, width) for w in wanted})


def make_derivatives(source: str, name: str, key: str, cache: str) -> dict[str, Any]:
    """Make the picture's derivatives into ``cache`` (a worker's job); their sizes, or ``{"error": message}``."""
    from PIL import Image  # in a worker, or when a picture is made: a site build without one never loads Pillow

    cache_dir = Path(cache)
    try:
        with core.open_picture(Path(source), max_side=MAX_SIDE, name=name) as image:
            clean = clean_image(image, max_side=MAX_SIDE)
        made: dict[str, Any] = {"webp": [], "jpeg": []}
        wanted = {(w, ".webp") for w in _widths(WEBP_WIDTHS, clean.width)}
        wanted |= {(w, ".jpg") for w in _widths(JPEG_WIDTHS, clean.width)}
        resized = clean
        for width, extension in sorted(wanted, reverse=True):  # each from the next larger: cheaper
            height = max(1, round(clean.height * width / clean.width))
            if resized.size != (width, height):
                resized = resized.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
            data = encode(resized, extension, *QUALITY[extension])
            write_atomic(cache_dir / f"{key}-{width}{extension}", data, durable=False)
            made["webp" if extension == ".webp" else "jpeg"].insert(0, [width, height, len(data)])
        made["clean"] = _clean_copy(Path(source), name, key, cache_dir)
    except PictureError as error:
        return {"error": str(error)}
    except Exception as error:  # whatever Pillow trips over: a message naming the file, never a traceback
        return {"error": f"{name}: cannot be converted ({type(error).__name__}: {error})"}
    return made


def _clean_copy(source: Path, name: str, key: str, cache_dir: Path) -> str:
    """When the picture file carries metadata: a clean copy to publish instead (its file name), or
    ``""`` (clean already); ``"-"`` when no clean copy can keep its format (the file is left out)."""
    if not metadata_in(source):
        return ""
    picture = core.clean_picture(source, name)
    extension = source.suffix.lower()
    if picture.extension != {".jpeg": ".jpg"}.get(extension, extension):
        return "-"
    target = cache_dir / f"{key}-clean{picture.extension}"
    write_atomic(target, picture.data, durable=False)
    return target.name


class _Cache:
    """The cache folder's manifest: picture files' stamps to key, and each key's derivatives."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        try:
            data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
            self.files, self.made = dict(data["files"]), dict(data["made"])
        except (OSError, ValueError, KeyError, TypeError):
            self.files, self.made = {}, {}

    def key(self, path: Path) -> str:
        """The picture's key, from its stamp (``file_stamp``) when it has not changed since the last build."""
        stamp = list(file_stamp(path))
        known = self.files.get(str(path))
        if known and known[:-1] == stamp:
            return str(known[-1])
        key = _key(path)
        self.files[str(path)] = [*stamp, key]
        return key

    def complete(self, key: str) -> bool:
        made = self.made.get(key)
        if not made or "error" in made:
            return bool(made)
        kinds = (("webp", "webp"), ("jpeg", "jpg"))
        names = [f"{key}-{w}.{extension}" for kind, extension in kinds for w, _, _ in made[kind]]
        return all((self.folder / name).is_file() for name in names)

    def save(self) -> None:
        data = {"files": self.files, "made": self.made}
        write_if_changed(self.folder / MANIFEST, json.dumps(data, sort_keys=True), durable=False)


def _make_missing(jobs: dict[str, tuple[str, str]], cache: _Cache) -> None:
    """Make the derivatives of every key in ``jobs`` (key: (source, name)), on every core for a batch."""
    arguments = [(source, name, key, str(cache.folder)) for key, (source, name) in jobs.items()]
    if len(arguments) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        results = [make_derivatives(*one) for one in arguments]
    else:
        context = multiprocessing.get_context("spawn")  # mkdocs serve runs threads: never fork them
        with ProcessPoolExecutor(os.cpu_count(), context) as pool:
            results = list(pool.map(make_derivatives, *zip(*arguments, strict=True), chunksize=4))
    for (_, _, key, _), result in zip(arguments, results, strict=True):
        cache.made[key] = result


def plan_pictures(
    articles: Iterable[Article],
    docs_dir: Path,
    cache_dir: Path,
    label: str = "docs",
    published: Iterable[Article] | None = None,
) -> Pictures:
    """Every article's picture with its derivatives made (cached); problems of articles that are
    not drafts named by file: a picture missing or unreadable, a picture without alt text.
    Only ``published`` articles' pictures are public (all but drafts when not given)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    cache = _Cache(cache_dir)
    found: list[tuple[Article, str, str]] = []
    jobs: dict[str, tuple[str, str]] = {}
    pictures = Pictures()
    for article in articles:
        if not article.image or not article.image.src:
            continue
        origin = f"{label}/{article.src_path}"
        path = article.image_path
        where = docs_dir / path if path else None
        if path is None or where is None:
            continue  # another host's picture (or not an address): never shown, never fetched (privacy)
        if not where.is_file() or where.suffix.lower() not in (*PICTURE_EXTENSIONS, ".gif"):
            if not article.draft:
                pictures.problems.append(core.missing_picture(origin, article.image.src, path, label))
            continue
        key = cache.key(where)
        if not cache.complete(key):
            jobs[key] = (str(where), f"{label}/{path}")
        found.append((article, path, key))
    _make_missing(jobs, cache)
    cache.save()
    public = (
        {a.src_path for a in published} if published is not None else {a.src_path for a, _, _ in found if not a.draft}
    )
    for article, path, key in found:
        _publish(pictures, article, path, key, cache, label, article.src_path in public)
    shown = {path for article, path, _ in found if article.src_path in public}
    pictures.unpublished = {path for _, path, _ in found} - shown
    return pictures


def _publish(
    pictures: Pictures, article: Article, path: str, key: str, cache: _Cache, label: str, public: bool
) -> None:
    made = cache.made[key]
    origin = f"{label}/{article.src_path}"
    if "error" in made:
        if not article.draft:
            pictures.problems.append(f"{made['error']} (the picture of {origin})")
        pictures.clean_copies[path] = None  # unreadable here, so never checked for metadata: left out
        return
    alt = (article.image.alt or "").strip() if article.image else ""
    if not alt and not article.draft:
        pictures.problems.append(f"{origin}: {core.ALT_MISSING}")
    variants: dict[str, list[Variant]] = {"webp": [], "jpeg": []}
    for kind, extension in (("webp", "webp"), ("jpeg", "jpg")):
        for width, height, size in made[kind]:
            name = f"{key}-{width}.{extension}"
            variants[kind].append(Variant(f"{OUT_FOLDER}/{name}", width, height, size))
            pictures.files[f"{OUT_FOLDER}/{name}"] = cache.folder / name
            if public:
                pictures.public.add(f"{OUT_FOLDER}/{name}")
    pictures.by_src_path[article.src_path] = Picture(path, alt, tuple(variants["webp"]), tuple(variants["jpeg"]))
    if made.get("clean"):
        pictures.clean_copies[path] = None if made["clean"] == "-" else cache.folder / made["clean"]


def publish(files: dict[str, Path], site_dir: Path) -> None:
    """Put the derivatives in the built site: hard links to the cache (a copy across devices);
    one already there is left alone, so a rebuild costs a ``stat`` per file."""
    for site_path, cached in files.items():
        target = site_dir / site_path
        try:
            if target.stat().st_ino == cached.stat().st_ino:
                continue
            target.unlink()
        except FileNotFoundError:
            target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(cached, target)
        except OSError:
            shutil.copyfile(cached, target)
