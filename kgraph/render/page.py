"""The self-contained HTML page: template, inlined vis-network, atomic write."""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kgraph.atomic import write_atomic
from kgraph.errors import DataFileError
from kgraph.render.options import RenderOptions
from kgraph.render.payload import build_payload, script_json
from kgraph.render.subgraph import select_subgraph
from kgraph.types import Extraction

log = logging.getLogger(__name__)

VIS_NETWORK = "lib/vis-9.1.2/vis-network.min.js"  # shipped inside pyvis 0.3.2
#: The page's own scripts, in load order: each builds on the ``window.kgraph`` API of those before.
SCRIPTS = ("app.js", "draw.js", "panels.js", "timebar.js", "overview.js", "state.js")
_SLOT = re.compile(r"\{\{(csp|title|css|data|scripts)\}\}")


@dataclass(frozen=True)
class RenderReport:
    """What :func:`render` drew and what ``max_nodes`` left out."""

    html: str
    nodes: int
    edges: int
    statements: int
    omitted: tuple[str, ...]
    total_entities: int
    physics: bool
    path: Path | None = None


@lru_cache(maxsize=1)
def _vis_network() -> str:
    lib = resources.files("pyvis") / VIS_NETWORK
    try:
        text = lib.read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError) as exc:
        raise DataFileError(str(lib), f"cannot read vis-network ({exc}); reinstall pyvis==0.3.2") from exc
    return _inline_script(text, str(lib))


@lru_cache(maxsize=16)
def _asset(name: str) -> str:
    path = resources.files("kgraph.render") / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(str(path), f"cannot read the page template ({exc}); reinstall kgraph") from exc


def _inline_script(text: str, where: str) -> str:
    if re.search(r"</script|<!--", text, re.IGNORECASE):
        raise DataFileError(where, "cannot be inlined: it contains '</script' or '<!--'")
    return text


def _csp(*scripts: str) -> str:
    """Allow only these inline scripts, inline styles and data: images; no requests."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") + "'"
        for s in scripts
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
        "font-src 'none'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"
    )


def render(
    extraction: Extraction, destination: Path | None = None, options: RenderOptions = RenderOptions()
) -> RenderReport:
    """Draw ``extraction`` as one self-contained HTML page and report what it holds.

    Writes the page to ``destination`` atomically (a temporary file, then a rename)
    when one is given, creating its directory.
    Raises :class:`kgraph.errors.KgraphError` when ``options.focus`` names no entity,
    :class:`kgraph.errors.GraphError` when the file cannot be written, and
    :class:`kgraph.errors.DataFileError` when vis-network or the template is missing.
    """
    selection = select_subgraph(extraction, options)
    payload = build_payload(selection, options)
    scripts = [_vis_network()] + [_inline_script(_asset(name), f"kgraph/render/{name}") for name in SCRIPTS]
    values = {
        "csp": _csp(*scripts),
        "title": html.escape(options.title, quote=True),
        "css": _asset("app.css"),
        "data": script_json(payload),
        "scripts": "\n".join(f"<script>{text}</script>" for text in scripts),
    }
    page = _SLOT.sub(lambda m: values[m.group(1)], _asset("page.html"))
    if destination is not None:
        write_atomic(Path(destination), page)
    log.info(
        "rendered %d entities and %d links (%d statements)%s",
        len(payload["nodes"]), len(payload["edges"]), len(selection.extraction.statements),
        f" to {destination}" if destination else "",
    )
    return RenderReport(
        html=page,
        nodes=len(payload["nodes"]),
        edges=len(payload["edges"]),
        statements=len(selection.extraction.statements),
        omitted=selection.omitted,
        total_entities=selection.total_entities,
        physics=bool(payload["physics"]),
        path=Path(destination) if destination is not None else None,
    )


def render_html(
    extraction: Extraction, destination: Path | None = None, options: RenderOptions = RenderOptions()
) -> str:
    """The HTML page of ``extraction`` (see :func:`render`, which also reports omissions).

    Raises what :func:`render` raises.
    """
    return render(extraction, destination, options).html


