"""Stable IRIs minted from any text.

IRIs depend only on their inputs (a class and a canonical label, a document's source),
never on the run or the machine, so rebuilding yields the same IRIs. Every character
outside the unreserved set is percent-encoded, so any Unicode name gives a valid IRI.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import unicodedata
from urllib.parse import quote

DEFAULT_BASE = "https://w3id.org/kgraph/"
_BASE_ENV = "KGRAPH_BASE_IRI"


def base_iri() -> str:
    """The base of every IRI kgraph mints: ``$KGRAPH_BASE_IRI`` or the default."""
    base = os.environ.get(_BASE_ENV, DEFAULT_BASE)
    return base if base.endswith(("/", "#")) else base + "/"


def ontology_iri() -> str:
    return base_iri() + "ontology#"


@functools.lru_cache(maxsize=65536)
def slug(text: str, limit: int = 80) -> str:
    """A readable, IRI-safe local name: NFKC, spaces to '_', everything else escaped.

    Long or empty names get a short hash suffix so distinct names stay distinct.
    Cached: the same names recur across a corpus.
    """
    norm = unicodedata.normalize("NFKC", text).strip()
    norm = re.sub(r"\s+", "_", norm)
    safe = quote(norm, safe="-._~")
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    if not safe or safe.strip("._-~") == "":
        return "x" + digest
    if len(safe) > limit:
        cut = safe[:limit]
        pct = cut.rfind("%")
        if pct >= limit - 2:  # never split a %XX escape
            cut = cut[:pct]
        return cut + "_" + digest
    return safe


def entity_iri(cls: str, label: str, within: str | None = None) -> str:
    """The IRI of a canonical entity of class ``cls`` with preferred label ``label``;
    ``within`` a document (its IRI) for what only a common noun names there ("the
    agreement", "troops"), which is not the same thing in another document."""
    return _entity_iri(base_iri(), cls, label, within)


@functools.lru_cache(maxsize=65536)
def _entity_iri(base: str, cls: str, label: str, within: str | None) -> str:
    """:func:`entity_iri` under ``base``; cached: the resolver asks for the same entities
    again at every mention."""
    local = f"{base}id/{cls.lower()}/{slug(label)}"
    return local if within is None else f"{local}/{within.rstrip('/').rsplit('/', 1)[-1]}"


def document_iri(source: str) -> str:
    """The IRI of a document, from its source (a normalised path, a URL, or path#line)."""
    digest = hashlib.sha1(source.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{base_iri()}id/doc/{digest}"


def statement_iri(doc_iri: str, subject: str, relation: str, obj: str, start: int) -> str:
    """The IRI of one statement: its document, its triple, and its sentence's offset."""
    key = "\x1f".join((doc_iri, subject, relation, obj, str(start)))
    return f"{base_iri()}id/statement/{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:20]}"


def quantity_iri(doc_iri: str, text: str, start: int) -> str:
    key = "\x1f".join((doc_iri, text, str(start)))
    return f"{base_iri()}id/quantity/{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"
