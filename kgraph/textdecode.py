"""Bytes of a text file to ``str``: UTF-8 first, a legacy encoding when that fails.

charset-normalizer alone often mistakes short Western European text (Latin-1/Windows-1252)
for Central European or DOS code pages, so Windows-1252 is preferred whenever it decodes
the bytes into plausible Western text and charset-normalizer does not find a clearly
better fit (a language it recognises in another encoding).
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that never occur in text (tab, newlines, form feed and escape excepted).
_CONTROLS = bytes([*range(0, 9), 11, *range(14, 27), *range(28, 32), 127])
_NOT_CONTROLS = bytes(b for b in range(256) if b not in _CONTROLS)
_BINARY_RATIO = 0.02
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_1", "iso8859_15"})
_WESTERN_PUNCT = frozenset("“”‘’‚„–—…•€£¢¥©®™°«»§¶¿¡·\u00a0†‡‹›µªº´±½¼¾")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

BINARY = "binary file, not text"


def looks_binary(sample: bytes) -> bool:
    """Whether bytes are binary data: a NUL byte, or more than 2% control bytes."""
    if not sample or any(sample.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROLS))
    return controls / len(sample) > _BINARY_RATIO


def declared_charset(html: bytes) -> str | None:
    """The encoding an HTML page declares in its first 4 KB (``<meta charset>``), if known."""
    match = _CHARSET.search(html[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str | None, str | None]:
    """``(text, None)`` when ``data`` decodes, else ``(None, why)``.

    ``declared`` is an encoding the file states (an HTML ``<meta charset>``); it is tried
    when the bytes are not UTF-8.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), None
            except UnicodeDecodeError as exc:
                return None, f"undecodable text: invalid {codec} at byte {exc.start}; re-save it as UTF-8"
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        return (text, None) if text is not None else (None, BINARY)
    if looks_binary(data):
        return None, BINARY
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if declared:
        try:
            return data.decode(declared), None
        except (UnicodeDecodeError, LookupError):
            pass
    lenient = data.decode("utf-8", "replace")
    bad = lenient.count("\ufffd")
    good = len(_NON_ASCII.findall(lenient)) - bad
    if good > 0 and good >= bad:  # UTF-8 with some corrupt bytes: guessing would garble it
        line = data.count(b"\n", 0, first_bad) + 1
        return None, (
            f"undecodable text: invalid UTF-8 on line {line} of an otherwise UTF-8 file; "
            "fix those bytes or re-save it as UTF-8"
        )
    text = _legacy(data)
    if text is None:
        return None, "undecodable text: neither UTF-8 nor another known encoding; re-save it as UTF-8"
    return text, None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: NUL bytes at one parity (the high byte of
    Latin characters), decoding to printable text; anything else with NULs is binary."""
    zeros = [i for i, b in enumerate(data[:65536]) if b == 0]
    if len(zeros) < 0.2 * min(len(data), 65536):
        return None
    odd = sum(i % 2 for i in zeros)
    if max(odd, len(zeros) - odd) < 0.9 * len(zeros):
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    if best is None or not best.encoding.startswith(("utf_16", "utf_32")):
        return None
    try:
        text = data.decode(best.encoding)
    except UnicodeDecodeError:
        return None
    if any(ord(c) < 32 and c not in "\t\n\r\f" for c in text):
        return None
    return text


def _western(data: bytes) -> str | None:
    """``data`` as Windows-1252 if that gives plausible Western European text."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = _NON_ASCII.findall(text)
    letters = sum(1 for c in text if c.isalpha())
    for char in set(high):
        if char in _WESTERN_PUNCT or char in "ŒœŠšŽžŸƒ":
            continue
        if not ("\u00c0" <= char <= "\u00ff") or char in "×÷":
            return None
    # accented letters are a minority in Western languages; all-high text is another script
    accented = sum(1 for c in high if c.isalpha())
    return text if accented <= 0.4 * max(letters, 1) else None


def _legacy(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    western = _western(data)
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return western
    if western is None:
        return str(best)
    if best.coherence < 0.2:  # no language recognised (short text): Western is likeliest
        return western
    top = [m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.02]
    if any(_WESTERN & set(m.could_be_from_charset) or str(m) == western for m in top):
        return western
    return str(best)
