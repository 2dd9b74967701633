"""Decode a file's bytes: BOM, then strict UTF-8, then a Cyrillic letter-frequency score.

UTF-16 without a byte-order mark is told by its regular high bytes.  The Cyrillic single-byte
candidates are cp1251 / KOI8-R / cp866 / Mac Cyrillic, scored; charset-normalizer is asked only
about non-Cyrillic leftovers.  Other NUL bytes or control-character soup mean "binary"; nothing
is guessed per file.  `decode` returns the Python codec name so that ``raw.decode(codec)``
reproduces the text exactly (the citation contract).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import NamedTuple

from analysis.ingest.signatures import binary_kind
from analysis.lazypattern import lazy_compile

__all__ = ["CYRILLIC_CODECS", "Decoded", "Unreadable", "decode"]


class Unreadable(Exception):
    """A file that cannot become an article; the message is the problem's reason."""


class Decoded(NamedTuple):
    """A decoded file: ``raw.decode(encoding) == text`` (the citation contract)."""

    text: str
    encoding: str  # a Python codec name


# Russian letter frequencies (per mille, rounded): a correct decoding is mostly these
# lowercase letters; a wrong single-byte decoding turns them into capitals or symbols.
_RU_FREQ = dict(zip(
    "оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъё",
    (110, 85, 80, 73, 67, 63, 55, 47, 45, 44, 35, 32, 30, 28, 26, 20, 19, 17, 17, 16, 17,
     14, 12, 10, 9, 7, 6, 5, 4, 3, 3, 1, 1),
    strict=True,
))
_LETTER_WEIGHT = {ch: math.log(f + 1) for ch, f in _RU_FREQ.items()}
# the single-byte Cyrillic encodings `readable` tries again on a garbled text
CYRILLIC_CODECS = ("cp1251", "koi8-r", "cp866")
# ...and those scored here, in the order a tie is settled in. Mac Cyrillic shares cp1251's
# small letters but not its capitals or «я»: read as cp1251 it gave «ЊЂ‡ и нижегородскаЯ
# компаниЯ» (new user 33), so it is scored with the others, after cp1251, which wins a text
# of small letters alone. Only the score tells it: its symbols (√ ≠ ≤) sit among its letters,
# so any byte soup reads as Cyrillic-ish in it, and `readable` never tries it blind.
SCORED_CODECS = (*CYRILLIC_CODECS, "mac-cyrillic")
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _cyrillic_score(text: str) -> float:
    score = 0.0
    for ch, n in Counter(text).items():
        if ch in _LETTER_WEIGHT:
            score += n * _LETTER_WEIGHT[ch]
        elif ch.isascii():
            continue
        elif "А" <= ch <= "Я" or ch == "Ё":
            score += n * 0.5  # capitals are legitimate but rare in running text
        else:
            score -= n * 3  # box drawing, Ђ‚ѓ etc.: the classic mojibake symbols
    return score


_CONTROL = lazy_compile(r"[\x00-\x08\x0e-\x1f]")  # C0 controls other than \t \n \v \f \r


def _looks_binary(text: str) -> bool:
    bad = len(_CONTROL.findall(text))
    return bad > max(2, len(text) // 50)


# a word of the languages news here is written in: two Cyrillic or Latin letters in a row
# (Latin-1's accented letters too: a Russian text once misread as Latin-1 and saved so,
# «Òîâàðîîáîðîò», is garbled Russian, which `readable` names with its remedy; new user 32)
_WORD = lazy_compile(r"[A-Za-zÀ-ÖØ-öø-ÿА-Яа-яЁё]{2}")


def _wordless(text: str) -> None:
    """Raise Unreadable for a decoded text with no Cyrillic or Latin word: bytes FF FE and
    garbage read as UTF-16 give CJK characters («最牡慢敧»), three damaged bytes «}µ}»; no
    article is written so (two new users, session 24)."""
    if _WORD.search(text) is None:
        raise Unreadable("no Cyrillic or Latin words once decoded: not an article (a damaged "
                         "or wrongly encoded file?)")


_META_CHARSET = lazy_compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,30})""", re.I)


# Byte-order marks, longest first: UTF-32 LE's (FF FE 00 00) begins with UTF-16 LE's (FF FE).
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"),
         (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_BOM_NAMES = {"utf-32": "UTF-32", "utf-8-sig": "UTF-8", "utf-16": "UTF-16"}


def _unicode_bom(raw: bytes) -> str | None:
    """The codec a Unicode byte-order mark at the start of `raw` names, or None."""
    return next((codec for mark, codec in _BOMS if raw.startswith(mark)), None)


# UTF-16 saved without a byte-order mark (Notepad's "Unicode" by some tools, new user 34):
# Russian text then has, at every other byte, 0x04 (a Cyrillic letter) or 0x00 (ASCII). A
# binary file's NUL bytes are never so regular, so this much of the high half is required.
_UTF16_HIGH_BYTES = (0x00, 0x04)
_UTF16_REGULAR_SHARE = 0.95


def _utf16_without_bom(raw: bytes) -> str | None:
    """The UTF-16 codec (``utf-16-le`` or ``utf-16-be``) a BOM-less file is written in, or None."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    for codec, high_half in (("utf-16-le", raw[1::2]), ("utf-16-be", raw[0::2])):
        regular = sum(high_half.count(b) for b in _UTF16_HIGH_BYTES)
        if regular >= _UTF16_REGULAR_SHARE * len(high_half):
            return codec
    return None


def _binary(raw: bytes, otherwise: str) -> str:
    """Why a binary file is not read: what its first bytes say it is («a PNG image»), with
    what to do instead (`signatures`); else `otherwise`."""
    kind = binary_kind(raw)
    return f"binary file: {kind.what}, not text; {kind.advice}" if kind else otherwise


def decode(raw: bytes, *, is_html: bool = False) -> Decoded:
    """The text and the Python codec that gives it, or raise Unreadable with the reason."""
    if not raw.strip():
        raise Unreadable("empty file")
    bom = _unicode_bom(raw)
    if bom is not None:
        candidates = [bom]
    elif b"\x00" in raw:
        if (utf16 := _utf16_without_bom(raw)) is None:
            raise Unreadable(_binary(raw, "binary file (contains NUL bytes), not text; if it is a "
                                          "text, re-save it as UTF-8"))
        candidates = [utf16]
    elif _looks_binary(raw[:65536].decode("latin-1")):  # control bytes mean the same in any 8-bit text
        raise Unreadable(_binary(raw, "binary file (control characters), not text"))
    else:
        # Strict UTF-8 first even for a page declaring another charset: valid UTF-8 is strong
        # evidence, and scrapers often re-save cp1251 pages as UTF-8 without fixing <meta>.
        candidates = ["utf-8"]
        if is_html and (m := _META_CHARSET.search(raw[:4096])):
            candidates.append(m.group(1).decode("ascii").lower())
    for enc in candidates:
        try:
            text = raw.decode(enc)
        except (UnicodeDecodeError, LookupError):
            if bom is not None:  # a byte-order mark names its encoding: no other is guessed
                raise Unreadable(f"starts with a {_BOM_NAMES[bom]} byte-order mark but is not "
                                 f"valid {_BOM_NAMES[bom]} text") from None
            continue
        if _looks_binary(text):
            raise Unreadable("binary file (control characters), not text")
        _wordless(text)
        return Decoded(text, enc)
    # Not UTF-8: score the Cyrillic single-byte encodings rather than guessing one.
    scored = []
    for enc in SCORED_CODECS:
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        scored.append((_cyrillic_score(text), enc, text))
    high = len(raw) - len(raw.translate(None, _HIGH_BYTES))
    if scored:
        score, enc, text = max(scored, key=lambda s: s[0])  # (the first best: `CYRILLIC_CODECS`)
        # Accept when the high bytes read as Russian letters (~3+ per high byte on average).
        if score > high * 2.0 and not _looks_binary(text):
            _wordless(text)
            return Decoded(text, enc)
    from charset_normalizer import from_bytes  # non-Cyrillic leftovers (rare here)

    best = from_bytes(raw).best()
    if best is not None and best.chaos < 0.2:
        enc = best.encoding
        try:
            text = raw.decode(enc)  # the codec name must reproduce `original` for citations
        except (UnicodeDecodeError, LookupError):
            text = ""
        if text.strip() and not _looks_binary(text):
            _wordless(text)
            return Decoded(text, enc)
    try:
        raw.decode("utf-8")
        where = ""
    except UnicodeDecodeError as exc:  # say where, so a damaged UTF-8 file can be fixed
        where = f" (invalid UTF-8 byte at offset {exc.start})"
    raise Unreadable(f"undecodable: not UTF-8{where}, and no Cyrillic or other encoding gives readable text")

