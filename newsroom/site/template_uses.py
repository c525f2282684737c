"""Whether a fragment's template (or one it includes, imports or extends) reads a value of its context.

A value no template of the fragment reads need not be made: ``article_header`` gives its template
``chip_rows`` for a site's own header, which ours does not show. Known by reading the templates
(Jinja's ``meta``), once per environment; a template named by an expression may be any: then
every value counts as read.
"""

from __future__ import annotations

import weakref

from jinja2 import Environment, TemplateError, meta

_reads: weakref.WeakKeyDictionary[Environment, dict[str, frozenset[str] | None]] = weakref.WeakKeyDictionary()
"""By environment, by template name: the names its templates read from the context (None: any)."""


def reads(env: Environment, template: str, name: str) -> bool:
    """Whether rendering ``template`` in ``env`` may read ``name`` from its context."""
    known = _reads.setdefault(env, {})
    if template not in known:
        known[template] = _names_read(env, template)
    found = known[template]
    return found is None or name in found


def _names_read(env: Environment, template: str) -> frozenset[str] | None:
    names: set[str] = set()
    todo, seen = [template], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            tree = env.parse(env.loader.get_source(env, current)[0]) if env.loader else None
        except TemplateError:
            return None  # a template that cannot be read: rendering says so, as before
        if tree is None:
            return None
        names |= meta.find_undeclared_variables(tree)
        for included in meta.find_referenced_templates(tree):
            if included is None:
                return None
            todo.append(included)
    return frozenset(names)
