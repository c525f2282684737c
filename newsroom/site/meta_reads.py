"""Which front matter keys a theme's templates read: ``page.meta.hide``, ``nav_item.meta["icon"]``...

A page shell (``newsroom.site.shells``) stands for pages whose other front matter differs (an
article's tags, people, date): a key no template reads cannot change the page around the text.
The templates are read as Jinja reads them (their syntax tree): every ``.meta.<key>``,
``.meta["<key>"]`` and ``.meta.get("<key>")`` on any object counts, whatever the object is called
(``{% set nav_item = page %}``). Any other use of a ``.meta`` (handed to a filter, looped over,
looked up by a variable) reads every key: then the answer is None.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes

_DICT_METHODS = frozenset({"items", "keys", "values", "copy", "pop", "popitem", "setdefault", "update", "__iter__"})
_by_source: dict[str, frozenset[str] | None] = {}
"""The keys each template text reads (a preview's rebuilds read the same templates again)."""
_ALL = object()
_MAY_READ = re.compile(r"""\.\s*meta\b(?!\s*["'])|\[\s*["']meta["']\s*\]|\battr\s*\(""")
"""What a template that reads front matter has somewhere (templates without it are not parsed; a
string such as ``"blog.meta"`` in a theme's translations is not a read)."""


def meta_reads(env: jinja2.Environment) -> frozenset[str] | None:
    """The front matter keys the templates of ``env`` read; None when they may read any."""
    found: set[str] = set()
    for name in _template_names(env):
        try:
            source = env.loader.get_source(env, name)[0] if env.loader is not None else ""
        except jinja2.TemplateNotFound:
            continue
        if source not in _by_source:
            if len(_by_source) > 1000:
                _by_source.clear()
            _by_source[source] = _reads_of(env, source)
        reads = _by_source[source]
        if reads is None:
            return None
        found |= reads
    return frozenset(found)


def _template_names(env: jinja2.Environment) -> list[str]:
    """The HTML templates (not the theme's thousands of icons)."""
    loader = env.loader
    if isinstance(loader, jinja2.FileSystemLoader):
        names = set()
        for folder in loader.searchpath:
            for root, dirs, files in os.walk(folder, followlinks=loader.followlinks):
                dirs[:] = [d for d in dirs if d != ".icons"]
                names.update(Path(root, f).relative_to(folder).as_posix() for f in files if f.endswith(".html"))
        return sorted(names)
    return env.list_templates(filter_func=lambda name: name.endswith(".html") and ".icons/" not in name)


def _reads_of(env: jinja2.Environment, source: str) -> frozenset[str] | None:
    if not _MAY_READ.search(source):
        return frozenset()
    try:
        tree = env.parse(source)
    except jinja2.TemplateSyntaxError:
        return None
    found: set[str] = set()
    if _walk(tree, None, None, found) is _ALL:
        return None
    return frozenset(found)


def _walk(node: nodes.Node, parent: nodes.Node | None, grandparent: nodes.Node | None, found: set[str]) -> Any:
    if _is_meta(node) and _read(node, parent, grandparent, found) is _ALL:
        return _ALL
    for child in node.iter_child_nodes():
        if _walk(child, node, parent, found) is _ALL:
            return _ALL
    return None


def _is_meta(node: nodes.Node) -> bool:
    if isinstance(node, nodes.Getattr):
        return node.attr == "meta"
    if isinstance(node, nodes.Filter) and node.name == "attr":  # ``page | attr("meta")``
        return bool(node.args) and isinstance(node.args[0], nodes.Const) and node.args[0].value == "meta"
    return isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const) and node.arg.value == "meta"


def _read(meta: nodes.Node, parent: nodes.Node | None, grandparent: nodes.Node | None, found: set[str]) -> Any:
    """Add the key ``meta`` is read by to ``found``; ``_ALL`` when it may be any."""
    if isinstance(parent, nodes.Getattr) and parent.node is meta:
        if parent.attr == "get":
            call = grandparent
            if isinstance(call, nodes.Call) and call.args and isinstance(call.args[0], nodes.Const):
                found.add(str(call.args[0].value))
                return None
            return _ALL
        if parent.attr in _DICT_METHODS:
            return _ALL
        found.add(parent.attr)
        return None
    if isinstance(parent, nodes.Getitem) and parent.node is meta:
        if isinstance(parent.arg, nodes.Const):
            found.add(str(parent.arg.value))
            return None
        return _ALL
    return None if _only_tested(meta, parent, grandparent) else _ALL


def _only_tested(meta: nodes.Node, parent: nodes.Node | None, grandparent: nodes.Node | None) -> bool:
    """Whether ``meta`` is only asked whether it is there (``{% if page.meta and ... %}``)."""
    if isinstance(parent, (nodes.If, nodes.CondExpr)):
        return parent.test is meta
    if isinstance(parent, nodes.Not) or (isinstance(parent, nodes.Test) and not parent.args and not parent.kwargs):
        return True
    if isinstance(parent, (nodes.And, nodes.Or)):  # a value of its own unless itself a test
        return isinstance(grandparent, (nodes.If, nodes.CondExpr, nodes.Not, nodes.And, nodes.Or))
    return False
