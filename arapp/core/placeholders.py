"""Qt-style ``%1`` … ``%9`` placeholders filled in one pass.

Translated UI texts use Qt's numbered placeholders (``"%1 (%2) — balance %3"``) because a
translator may put them in any order. Filling them with chained ``str.replace`` calls
substitutes twice: a customer named "A%2" would have the second value pasted into their
name. :func:`arg` reads the template once, so a value is never searched for placeholders.

Qt-free on purpose: the UI and the Qt print path (which the CLI loads without the UI) both
use it.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def arg(template: str, *values: object) -> str:
    """``template`` with ``%1`` replaced by ``str(values[0])``, ``%2`` by ``values[1]`` and
    so on, in a single pass (like ``QString::arg`` with several arguments). A placeholder
    without a value (``%4`` given three values) and ``%0`` stay as written."""
    texts = [str(value) for value in values]

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return texts[index] if index < len(texts) else match.group(0)

    return _PLACEHOLDER.sub(fill, template)
