"""Start-up cost of the rendering libraries: what the renderer keeps out of its imports."""

from __future__ import annotations

import sys


def skip_rfc3987_grammar() -> None:
    """Keep jsonschema from compiling its RFC 3987 grammar in this process.

    nbformat → jsonschema → `rfc3987_syntax`, which builds a Lark parser at import time:
    about 0.9 s, a sixth of a whole render, spent on checks for jsonschema's optional
    "iri"/"uri-reference" formats. The notebook schema uses neither, so the renderer marks
    the module as unavailable (jsonschema then simply skips those two format checks) unless
    something in the process has already imported it.
    """
    if "rfc3987_syntax" not in sys.modules and "jsonschema" not in sys.modules:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]
