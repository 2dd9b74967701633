"""The injected-parameters cell as an analyst reads it. Papermill's Python translator writes a
string through `unicode_escape`, so «Тверская область» shows in the executed notebook as
`"\\u0422\\u0432..."`; ours writes printable text as it is (Cyrillic stays Cyrillic) and escapes
only what a Python string literal needs: the backslash, the double quote, and every character
that is not printable (newlines, tabs, control and format characters, line separators), as
`repr` does. Parameters can carry article text, which is untrusted: the literal still reads
back exactly (`ast.literal_eval`) and cannot end early.

    python_literal(text) -> str        # '"Тверская область"'
    use_readable_parameters()          # register the translator for `python` (idempotent)
"""

from __future__ import annotations

from typing import Any

from papermill.translators import PythonTranslator, papermill_translators

__all__ = ["ReadableTranslator", "python_literal", "use_readable_parameters"]

_QUOTE = '"'
_MUST_ESCAPE = frozenset({"\\", _QUOTE})


def python_literal(text: str) -> str:
    """A double-quoted Python string literal of `text`, printable characters left as they
    are."""
    parts: list[str] = []
    for char in text:
        if char in _MUST_ESCAPE:
            parts.append("\\" + char)
        elif char.isprintable():
            parts.append(char)
        else:
            # a lone unprintable character is never a quote or backslash: its repr is
            # '<escape>' in single quotes («\n», «\x00», «\u2028», a lone surrogate)
            parts.append(repr(char)[1:-1])
    return _QUOTE + "".join(parts) + _QUOTE


class ReadableTranslator(PythonTranslator):
    """Papermill's Python translator, with strings (values, dict keys, and any other value
    papermill writes as a string) in `python_literal`."""

    @classmethod
    def translate_escaped_str(cls, str_val: Any) -> str:
        return python_literal(str_val if isinstance(str_val, str) else str(str_val))


def use_readable_parameters() -> None:
    """Have papermill write the injected parameters of `python` notebooks with
    `ReadableTranslator` (in this process; plain `papermill` keeps its own)."""
    papermill_translators.register("python", ReadableTranslator)
