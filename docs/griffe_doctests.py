"""A Griffe extension for the API reference: doctest examples in docstrings become Python code blocks.

Docstrings are Markdown to mkdocstrings, so an example such as ``>>> [c.text for c in claims]`` would be
read as link syntax; fencing each run of ``>>>`` lines and their output keeps it code. Loaded by
mkdocs.yml (``extensions: [docs/griffe_doctests.py]``); without Griffe installed it does nothing.
"""

from __future__ import annotations

from typing import Any

try:
    from griffe import Extension
except ImportError:  # pytest imports this file for doctests where the docs extra is not installed
    Extension = object  # type: ignore[assignment,misc]

__all__ = ["DoctestBlocks", "fence"]


def fence(text: str) -> str:
    r"""Wrap every doctest example (prompts, continuations and output) in a ```python fence.

    >>> fence("Intro.\n>>> 1 + 1\n2\n\nMore.").splitlines()
    ['Intro.', '```python', '>>> 1 + 1', '2', '```', '', 'More.']
    """
    out: list[str] = []
    inside = False
    fenced = False
    for line in text.splitlines():
        stripped = line.lstrip()
        if stripped.startswith("```"):
            fenced = not fenced
        if not fenced and not inside and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```python")
            inside = True
        elif inside and not stripped:
            out.append(f"{indent}```")
            inside = False
        out.append(line)
    if inside:
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestBlocks(Extension):  # type: ignore[misc]
    """Fence the doctests of every docstring of a loaded package."""

    def on_package(self, *, pkg: Any, **kwargs: Any) -> None:
        seen: set[int] = set()

        def visit(obj: Any) -> None:
            if id(obj) in seen or getattr(obj, "is_alias", False):
                return
            seen.add(id(obj))
            if obj.docstring is not None:
                obj.docstring.value = fence(obj.docstring.value)
            for member in obj.members.values():
                visit(member)

        visit(pkg)
