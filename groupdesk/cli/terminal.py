"""Text for a terminal: control characters shown, never sent.

A name holding an escape sequence (from an old import, or another laptop's sync) would retitle
or clear the terminal it is printed on, and a bidi override would disguise it. Such characters
are written as escapes (`\\x1b`, `\\u202e`) in tables and messages always, and in everything
else a command prints when its output is a terminal. Scripts reading `--json` through a pipe
get the data as it is (JSON escapes its own control characters).
"""

from __future__ import annotations

import sys
import unicodedata
from typing import Any, TextIO

_KEPT = {"\n", "\t"}
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_ESCAPES = {
    **{
        code: f"\\x{code:02x}"
        for code in range(0x100)
        if unicodedata.category(chr(code)) == "Cc" and chr(code) not in _KEPT
    },
    **{code: f"\\u{code:04x}" for code in _BIDI},
}


def shown(text: str) -> str:
    """`text` with its control characters and bidi controls written as escapes."""
    return text.translate(_ESCAPES)


class _ShownStream:
    """A text stream that writes what it is given through `shown`."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(shown(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def guard_terminal() -> None:
    """Show control characters in whatever is printed to a terminal from now on."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and stream.isatty() and not isinstance(stream, _ShownStream):
            setattr(sys, name, _ShownStream(stream))
