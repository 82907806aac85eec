"""Placeholders: the variables and markup of software strings, which a translation must carry
over as they are.

A PO, XLIFF or TMX unit such as ``You have %d new messages from %s.`` or ``Delete {count} files?``
breaks the program it belongs to when its translation drops ``%d``, renames ``{count}`` to
``{nombre}`` or loses the ``<b>`` of ``Click <b>Save</b>``; the sentence still reads as a
faithful translation, so the similarity says nothing. The check compares the placeholders of
the two sides as multisets, order aside (``%1$s`` and ``%2$s`` may swap places, and so may
``{0}`` and ``{1}``).

What counts as a placeholder (each pattern written so that prose does not match it: ``50 %``,
``50% of``, ``$5``, ``(sic)`` and ``<`` as a sign are none):

- printf conversions: ``%s``, ``%d``, ``%5.2f``, ``%1$s``, ``%(name)s``, ``%@``, Ruby's
  ``%{name}``; a ``%`` after a digit or another ``%`` starts none (``50%d'entre eux``, ``%%``);
- Qt's ``%1`` … ``%99`` and Windows' ``%NAME%``;
- braces around a name or an index, with a format after ``,``, ``:`` or ``!``: ``{0}``,
  ``{count}``, ``{0:N2}``, ``{count, number}``, Jinja's and Mustache's ``{{ name }}`` and
  ``{% if x %}``, shell's ``${name}`` (spaces inside are ignored);
- markup tags, by name and whether they close: ``<b>``, ``</b>``, ``<br/>``, React's ``<0>``
  (attributes are ignored: a link's title is translated). A tag of an unknown name counts only
  where it closes itself or the text closes it too: Text+Berg quotes words as ``<Landung>``.

A TMX or XLIFF file holds its formatting and fields as inline codes (``<ph x="1"/>``, ``<g
id="2">``), which its texts leave out; given those (``read.inline_codes``), they are compared
likewise.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_PLACEHOLDER = re.compile(
    r"""
      \{%.*?%\}                                   # Jinja statement
    | \$\{[^{}\s]+\}                              # ${name}
    | (?<![%\d])%\{[A-Za-z_][\w.]*\}              # Ruby %{name}
    | \{\{\s*[A-Za-z_][\w.\-]*(?:\s*[|:,][^{}]*)?\s*\}\}    # {{ name }}
    | \{\s*(?:\d+|[A-Za-z_][\w.\-]*)(?:\s*[,:!][^{}]*)?\s*\}  # {0} {count} {0:N2}
    | (?<![%\w])%[A-Za-z_][A-Za-z0-9_]{2,}%(?!\w)  # Windows %NAME%
    | (?<![%\d])%(?:\d+\$)?(?:\([A-Za-z_][\w.]*\))?[-+\#0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?
      (?:hh|h|ll|l|L|z|j|t|q)?[diouxXeEfFgGcsp@]  # printf
    | (?<![%\w])%\d{1,2}(?![\d$%])                # Qt %1
    | </?(?:[A-Za-z][\w:-]*|\d+)(?:\s[^<>]*)?/?>   # markup tag
    """,
    re.VERBOSE,
)
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*|\d+)[^<>]*?(/?)>")
_HTML = frozenset(
    "a abbr b big br cite code del div em font h1 h2 h3 h4 hr i img ins kbd li mark ol p q s "
    "small span strike strong sub sup table td th tr tt u ul".split()
)
"""Tag names taken for markup wherever they stand."""
_MARKS = frozenset("%{$<")


def _normal(token: str, tag: re.Match[str] | None) -> str:
    """A placeholder as compared: a tag by its name and slashes, anything else without spaces."""
    if tag:
        return f"<{tag[1]}{tag[2].lower()}{tag[3]}>"
    return "".join(token.split())


def _markup(tag: re.Match[str], closed: set[str], opened: set[str]) -> bool:
    name = tag[2].lower()
    if tag[3] or name.isdigit() or name in _HTML or ":" in name:
        return True
    return name in (opened if tag[1] else closed)


def placeholders(text: str) -> Counter[str]:
    """The placeholders of ``text`` (see the module's docstring), each as compared, with its count."""
    if not _MARKS.intersection(text):
        return Counter()
    found = [(m.group(), _TAG.fullmatch(m.group())) for m in _PLACEHOLDER.finditer(text)]
    closed = {tag[2].lower() for _, tag in found if tag and tag[1]}
    opened = {tag[2].lower() for _, tag in found if tag and not tag[1]}
    return Counter(_normal(token, tag) for token, tag in found if not tag or _markup(tag, closed, opened))


def _codes(src: Sequence[str], tgt: Sequence[str]) -> tuple[Counter[str], Counter[str]]:
    """Inline codes as compared: by element and matching attribute (``<ph x=1>``) where every
    code of that element on both sides has one, else by element alone (TMX's ``<ept>`` has no
    ``x``; a tool may number one side only)."""
    unnumbered = {code.split(" ")[0].rstrip(">") for code in (*src, *tgt) if "=" not in code}

    def key(code: str) -> str:
        name = code.split(" ")[0].rstrip(">")
        return f"{name}>" if name in unnumbered else code

    return Counter(map(key, src)), Counter(map(key, tgt))


def placeholder_differences(
    src: str, tgt: str, src_codes: Sequence[str] = (), tgt_codes: Sequence[str] = ()
) -> tuple[list[str], list[str]]:
    """The placeholders of each side without a counterpart in the other, in order of first
    occurrence, each as many times as it is missing; then the inline codes of a translation
    memory's or XLIFF file's texts (``read.inline_codes``) likewise."""
    s, t = placeholders(src), placeholders(tgt)
    sc, tc = _codes(src_codes, tgt_codes)
    return [*(s - t).elements(), *(sc - tc).elements()], [*(t - s).elements(), *(tc - sc).elements()]


def placeholder_mismatch(
    src: str, tgt: str, src_codes: Sequence[str] = (), tgt_codes: Sequence[str] = ()
) -> bool:
    """Whether the two sides differ in their placeholders (``placeholders``) or inline codes."""
    src_counts, tgt_counts = _codes(src_codes, tgt_codes)
    return placeholders(src) != placeholders(tgt) or src_counts != tgt_counts
