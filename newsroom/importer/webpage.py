"""Saved web pages (``.html``, ``.htm``) and downloaded links: the article found in a page's markup.

trafilatura finds the main text and the page's metadata (title, date through htmldate, author,
main image, site name, canonical address); this module turns them into a raw text that the text
importer reads like any other: the title on the first line, then each paragraph, heading, list
and quote of the article as a block of its own. So a page goes through the same stages, debris
rules, entity finding and writing as a ``.txt`` file (``newsroom.importer.cli``), and the
metadata fills in what a text cannot say: the date (when the text has no date line), the byline,
the source's name and address, the language.

Nothing of the page's markup reaches the article: scripts, styles, iframes, forms, event
handlers, images and links are left out by the extractor (``include_images``/``include_links``
off), and what remains is text, made inert by ``newsroom.importer.markup``.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from charset_normalizer import from_bytes
from lxml.etree import SubElement
from lxml.html import Element, HtmlElement
from trafilatura import bare_extraction
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

from newsroom.article import LANGUAGES, Article, Image, Source
from newsroom.importer.captions import Picture, caption_and_credit_inline, credit_of
from newsroom.importer.decoding import ACCEPTED_ENCODINGS, DecodeError, decode
from newsroom.registry import Registry

EXTRACTION_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    "deduplicate": False,
}
"""trafilatura's options, tuned on ``tests/importer/web_cases/tune`` (``benchmarks/html_extraction.py``)."""
DATE_OPTIONS = {"extensive_search": False, "original_date": True}
"""htmldate: the page's own publication date (its metadata and markup), never a date guessed from the text."""
MAX_LINE = 300
"""A byline or a source's name longer than this is not one."""
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_TAG = re.compile(rb"<[^>]*>")
_BLOCKS = frozenset(("p", "div", "h1", "h2", "h3", "h4", "ul", "ol", "table", "article", "section", "form"))
_VOID = ("embed", "source", "track", "param", "wbr", "keygen", "img", "input", "br", "hr")
_MIN_HEADLINE = 12
"""A heading shorter than this inside the metadata title is a rubric or the site's name, not the headline."""
_MIN_PICTURE_SIDE = 200
"""A picture narrower or lower than this (in pixels) is an icon, a logo or a tracking pixel."""


class PageError(ValueError):
    """A page in which no article can be found."""


@dataclass
class WebPage:
    """What the extractor found in one page: the text for the importer and the page's metadata."""

    text: str
    title: str = ""
    date: dt.date | None = None
    author: str = ""
    url: str = ""
    sitename: str = ""
    lang: str | None = None
    image: str = ""
    """The main picture's address as the page's metadata gives it (``og:image``, ``twitter:image``)."""
    picture: Path | None = None
    """The main picture as a local file, for a page saved "complete" with its ``*_files/`` folder."""
    caption: str = ""
    """The main picture's ``<figcaption>``, credit included (``Volunteers at work. Photo: Federation``)."""


def decode_page(data: bytes, declared: str | None = None) -> str:
    """A page's text: its byte-order mark; UTF-8 when the bytes are UTF-8 (a page saved again in UTF-8
    often still declares its old charset); the charset the server or the page declares; detection.

    ``declared`` is the HTTP ``Content-Type`` charset of a downloaded page. Raises DecodeError.
    """
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data)
    try:
        return decode_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    match = _CHARSET.search(data[:4096])
    for charset in (declared, match.group(1).decode("ascii") if match else None):
        if not charset:
            continue
        try:
            return decode_text(data.decode(codecs.lookup(charset).name))
        except (LookupError, UnicodeDecodeError):
            continue  # a wrong declaration: detection decides
    encoding = detected_encoding(data)
    try:
        return decode_text(data.decode(encoding))
    except UnicodeDecodeError:
        raise DecodeError(f"not {encoding} throughout: cannot tell the page's encoding; save it as UTF-8") from None


def detected_encoding(data: bytes) -> str:
    """The encoding of a page that does not say (or says wrongly), told from its text without its tags
    (markup is ASCII and misleads detection), among the encodings a press office meets."""
    text = _TAG.sub(b" ", data)
    best = from_bytes(text, cp_isolation=list(ACCEPTED_ENCODINGS)).best()
    if best is None:
        raise DecodeError("cannot tell the page's encoding; save it as UTF-8 and import again")
    return best.encoding


def decode_text(text: str) -> str:
    if "\x00" in text:
        raise DecodeError("contains NUL characters: not a web page")
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def read_page(html: str, page_path: Path | None = None, url: str | None = None) -> WebPage:
    """The article of a page's HTML. ``page_path`` is the saved file (for its ``*_files/`` folder),
    ``url`` the address it was downloaded from. Raises PageError when there is no article."""
    tree = load_html(html) if html.strip() else None
    if tree is None and "<" in html:  # a fragment (``<p>...</p>`` alone), which the parser refuses bare
        tree = load_html(f"<html><body>{html}</body></html>")
    tree = whole_document(tree)
    if tree is None:
        raise PageError("not a web page (no HTML found)")
    close_void_elements(tree)
    unwrap_layout_tables(tree)
    try:
        found = bare_extraction(
            tree, url=url, with_metadata=True, date_extraction_params=DATE_OPTIONS, **EXTRACTION_OPTIONS
        )
    except (AssertionError, AttributeError, IndexError, KeyError, TypeError, ValueError) as error:
        # the extractor's own failure on broken markup: the page's problem, said as such
        raise PageError(f"the page's markup cannot be read ({type(error).__name__})") from None
    if found is None or found.body is None:
        raise PageError("no article text found in the page")
    title = headline(tree, one_line(found.title or ""))
    blocks = text_blocks(found.body, title)
    if not blocks:
        raise PageError("no article text found in the page")
    page = WebPage(
        text="\n\n".join([title, *blocks]) if title else "\n\n".join(blocks),
        title=title,
        date=_date(found.date),
        author=one_line(found.author or ""),
        url=web_address(found.url or "") or web_address(url or ""),
        sitename=one_line(found.sitename or ""),
        lang=page_language(tree),
        image=found.image or "",
    )
    page.caption = figure_caption(tree, page.image)
    if page_path is not None:
        page.picture = local_picture(tree, page_path, page.image)
    return page


def text_blocks(body: HtmlElement, title: str) -> list[str]:
    """Each paragraph, heading, list, quote and table of the extracted article as a block of text
    (a list's items as ``- item`` lines); a heading that repeats the title is left out."""
    blocks = []
    for element in body:
        text = xmltotxt(element, include_formatting=False).strip()
        text = "\n".join(line.strip() for line in text.splitlines() if line.strip())
        if not text or (element.tag == "head" and not blocks and one_line(text) == title):
            continue
        blocks.append(text)
    return blocks


def whole_document(tree: HtmlElement | None) -> HtmlElement | None:
    """The tree as a whole ``<html>`` document (a fragment, ``<p>...</p>`` alone, gets one around it)."""
    if tree is None or tree.tag == "html":
        return tree
    document = Element("html")
    SubElement(document, "body").append(tree)
    return document


def close_void_elements(tree: HtmlElement) -> None:
    """Elements that HTML5 keeps empty (``<embed>``, ``<source>``...) but the parser let swallow what
    follows them: what they hold goes back after them (else the extractor drops it with them)."""
    for element in list(tree.iter(*_VOID)):
        parent = element.getparent()
        if parent is None or (not len(element) and not (element.text or "").strip()):
            continue
        children, text, tail = list(element), element.text or "", element.tail or ""
        element.text, element.tail = None, text
        position = parent.index(element)
        for offset, child in enumerate(children, start=1):
            parent.insert(position + offset, child)
        if children:
            children[-1].tail = (children[-1].tail or "") + tail
        else:
            element.tail = text + tail


def unwrap_layout_tables(tree: HtmlElement) -> None:
    """Tables that lay out a page (a cell holding a heading, or several paragraphs or blocks) become
    plain blocks, so that the extractor sees the article in them rather than one table cell."""
    for table in list(tree.iter("table")):
        cells = table.xpath("./tr/td | ./*/tr/td | ./tr/th | ./*/tr/th")
        if any(_is_layout_cell(cell) for cell in cells):
            for part in [table, *table.xpath("./tbody | ./thead | ./tfoot | ./tr | ./*/tr"), *cells]:
                part.tag = "div"


def _is_layout_cell(cell: HtmlElement) -> bool:
    blocks = [child for child in cell if child.tag in _BLOCKS]
    return len(blocks) >= 2 or any(child.tag in ("h1", "h2", "h3") for child in cell.iter())


def headline(tree: HtmlElement, title: str) -> str:
    """The page's headline: a heading that the metadata title holds with more around it (the site's
    name, a rubric: ``Ministry of Culture: Forum ends``), else the metadata title, else the first h1."""
    for level in ("h1", "h2"):
        for heading in tree.iter(level):
            text = one_line(heading.text_content())
            if not title and level == "h1" and text:
                return text
            if len(text) >= _MIN_HEADLINE and text != title and text in title:
                return text
    return title


def one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def web_address(url: str) -> str:
    """``url`` when it is an http or https address, else '' (``javascript:``, ``data:``, a file)."""
    url = url.strip()
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc and not _SPACES.search(url) else ""


def page_language(tree: HtmlElement) -> str | None:
    """The page's declared language (``<html lang="ru-RU">``) when it is one the site publishes in."""
    declared = (tree.get("lang") or tree.get("xml:lang") or "").split("-")[0].strip().lower()
    return declared if declared in LANGUAGES else None


def local_picture(tree: HtmlElement, page_path: Path, og_image: str) -> Path | None:
    """The page's main picture as a file of its ``*_files/`` folder (a page saved "complete").

    The ``og:image`` when the folder holds a file of that name, else the first large picture of the
    page that is in the folder. A path outside the page's folder (``../``, a link) is never followed.

    TODO(photos, issue 11): the photos importer takes this path as the article's picture; until it
    does, the import report names it (``picture`` in ``--json``).
    """
    folders = [f for f in page_path.parent.glob("*_files") if f.is_dir()]
    if not folders:
        return None
    if og_image and (name := Path(unquote(urlsplit(og_image).path)).name):
        for folder in folders:
            if (found := _inside(folder / name, folders)) is not None:
                return found
    for image in tree.iter("img"):
        src = (image.get("src") or "").strip()
        if not src or ":" in src.split("/")[0] or _small(image):
            continue
        found = _inside(page_path.parent / unquote(urlsplit(src).path), folders)
        if found is not None and _large_enough(found):
            return found
    return None


def figure_caption(tree: HtmlElement, og_image: str) -> str:
    """The ``<figcaption>`` of the page's main picture: the figure showing the ``og:image`` (by file
    name), else the first figure with a caption and a picture that is not an icon."""
    wanted = Path(urlsplit(og_image).path).name if og_image else ""
    first = ""
    for figure in tree.iter("figure"):
        caption = next(figure.iter("figcaption"), None)
        image = next(figure.iter("img"), None)
        text = one_line(caption.text_content()) if caption is not None else ""
        if not text or image is None or _small(image) or len(text) > MAX_LINE:
            continue
        if wanted and Path(urlsplit(image.get("src") or "").path).name == wanted:
            return text
        first = first or text
    return first


def _inside(path: Path, folders: list[Path]) -> Path | None:
    """``path`` resolved, when it is a file inside one of ``folders``."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):
        return None
    inside = any(resolved.is_relative_to(folder.resolve()) for folder in folders)
    return resolved if inside and resolved.is_file() else None


def _small(image: HtmlElement) -> bool:
    """An ``<img>`` whose declared width or height marks it as an icon or a tracking pixel."""
    for side in ("width", "height"):
        value = (image.get(side) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < _MIN_PICTURE_SIDE:
            return True
    return False


def _large_enough(path: Path) -> bool:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as picture:
            return min(picture.size) >= _MIN_PICTURE_SIDE
    except (OSError, UnidentifiedImageError, ValueError):
        return False


def complete_article(article: Article, page: WebPage, registry: Registry) -> Article:
    """The article of a page's text, with what only the page's metadata says: the byline (when the
    text has none), the source, named after a known agency or the site, with the page's address, and
    the caption and credit of the main picture (when the text gives none)."""
    source = article.source
    if source and page.sitename.casefold() == source.name.casefold() and not registry.sources.get(source.name):
        source = Source(page.sitename, source.url)  # the site's own spelling, not a dateline's capitals
    if page.url:
        name = source.name if source else _source_name(page, registry)
        source = Source(name, page.url)
    byline = article.byline or (page.author if _is_a_persons_name(page, source, registry) else None)
    image = article.image
    if image is None and page.caption:
        found = caption_and_credit_inline(page.caption) or credit_of(page.caption) or Picture(page.caption)
        image = Image(caption=found.caption, credit=found.credit)
    return dataclasses.replace(article, byline=byline, source=source, image=image)


def _is_a_persons_name(page: WebPage, source: Source | None, registry: Registry) -> bool:
    """The page's author is a byline unless it is the site, the source or a known organisation
    (``<meta name="author" content="Open Steppe Foundation">``)."""
    author = page.author.casefold()
    publishers = {page.sitename.casefold(), (source.name if source else "").casefold()}
    known = registry.resolve(page.author, "organizations", "sources") if page.author else None
    return bool(author) and len(author) <= MAX_LINE and author not in publishers and known is None


def _source_name(page: WebPage, registry: Registry) -> str:
    """A known source by the site's name, else the site's name, else its host."""
    for name in (page.sitename, urlsplit(page.url).hostname or ""):
        if name and (entry := registry.sources.get(name)) is not None:
            return entry.name
    if page.sitename and len(page.sitename) <= MAX_LINE:
        return page.sitename
    host = urlsplit(page.url).hostname or page.url
    return host.removeprefix("www.")
