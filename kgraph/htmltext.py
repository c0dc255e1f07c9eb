"""The visible text and the metadata (title, date, URL) of an HTML page or Markdown text.

Used by :mod:`kgraph.read` for ``.html``/``.htm`` and ``.md`` files (Markdown is rendered
to HTML with markdown-it first). Only what a reader sees of the article is kept: scripts, styles, navigation,
headers, footers, asides, forms, templates and hidden elements are dropped. Block
elements become paragraphs separated by a blank line, ``<br>`` a line break, and runs of
whitespace inside a paragraph one space (except inside ``<pre>``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

_DROP_TAGS = frozenset(
    "script style nav header footer aside noscript template form svg math iframe object "
    "embed canvas button select textarea input dialog menu head title meta link".split()
)
_BLOCK_TAGS = frozenset(
    "address article blockquote body caption center dd details div dl dt fieldset figcaption "
    "figure h1 h2 h3 h4 h5 h6 hgroup hr html li main ol p pre section summary table tbody "
    "tfoot thead tr ul".split()
)
_CELL_TAGS = frozenset({"td", "th"})
_WS = re.compile(r"[ \t\n\r\f]+")  # HTML whitespace; a no-break space is kept
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*?(/?)>")
# Elements that never nest: empty ones, and those the parser closes by itself.
_FLAT_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd tr td th option optgroup rb rt rp tbody thead tfoot colgroup caption".split()
)
#: Deeper nesting is refused: the HTML parser's work grows with depth times tags.
MAX_DEPTH = 5000
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# <meta> names/properties/itemprops that carry the publication date, best first.
_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "datecreated",
)


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str | None = None
    date: str | None = None  # as written in the page; parsed by the caller
    url: str | None = None


def parse_page(html: str, *, prefer_article: bool = True) -> Page:
    """The visible article text of ``html`` and its title, raw date string and URL.

    With ``prefer_article`` the text comes from the longest ``<article>`` element, else
    ``<main>`` / ``[role=main]``, else the whole body.

    Raises:
        ValueError: elements are nested deeper than :data:`MAX_DEPTH`.
    """
    tree = _parse(html)
    meta = _meta(tree)
    ld = _json_ld(tree)
    root = _content_root(tree) if prefer_article else tree.body
    text = visible_text(root) if root is not None else ""
    h1 = (root.css_first("h1") if root is not None else None) or tree.css_first("h1")
    title_node = tree.css_first("head > title") or tree.css_first("title")
    title = _first(
        meta.get("og:title"),
        ld.get("headline"),
        title_node.text() if title_node is not None else None,
        h1.text() if h1 is not None else None,
        meta.get("twitter:title"),
    )
    date = _first(*(meta.get(k) for k in _DATE_KEYS), ld.get("datePublished"), _time_of(root, tree))
    canonical = tree.css_first('link[rel="canonical"]')
    url = _first(
        canonical.attributes.get("href") if canonical is not None else None,
        meta.get("og:url"),
        ld.get("url"),
    )
    return Page(text=text, title=title, date=date, url=url)


_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def parse_markdown(text: str) -> tuple[Page, dict[str, str]]:
    """The readable text of Markdown with its first heading as title, and its front matter.

    A leading ``---`` block of ``key: value`` lines gives ``title``, ``date`` and ``url``
    (other keys are ignored); the page's ``date`` and ``url`` are always None.

    Raises:
        ValueError: HTML in it nests elements deeper than :data:`MAX_DEPTH`.
    """
    from markdown_it import MarkdownIt

    front: dict[str, str] = {}
    match = _FRONT.match(text)
    if match:
        for line in match.group(1).split("\n"):
            key, sep, value = line.partition(":")
            key, value = key.strip().lower(), value.strip().strip("\"'")
            if sep and value and key in ("title", "date", "url"):
                front[key] = value
        text = text[match.end() :]
    tree = _parse(MarkdownIt("commonmark").render(text))
    heading = tree.css_first("h1, h2, h3, h4, h5, h6")
    body = visible_text(tree.body) if tree.body is not None else ""
    return Page(text=body, title=_first(heading.text() if heading is not None else None)), front


def nesting_depth(html: str) -> int:
    """How deep the elements of ``html`` nest, counted from its tags (elements that
    cannot nest left out); linear in its length."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, empty = match.groups()
        if empty or name.lower() in _FLAT_TAGS:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _parse(html: str) -> LexborHTMLParser:
    depth = nesting_depth(html)
    if depth > MAX_DEPTH:
        raise ValueError(f"HTML elements nested {depth} deep, over {MAX_DEPTH}; save the article's text as .txt")
    return LexborHTMLParser(html)


def visible_text(root: LexborNode) -> str:
    """The text a reader sees under ``root``: paragraphs separated by blank lines."""
    blocks: list[str] = []
    pieces: list[str] = []
    pre_depth = 0

    def flush() -> None:
        raw = "".join(pieces)
        pieces.clear()
        if pre_depth:
            kept = raw.strip("\n")
            if kept.strip():
                blocks.append(kept)
            return
        lines = [_WS.sub(" ", line).strip() for line in raw.split("\n")]
        para = "\n".join(line for line in lines if line)
        if para:
            blocks.append(para)

    # Iterative walk (deeply nested pages must not hit the recursion limit):
    # items are (node, False) to enter and (node, True) to leave an element.
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag or ""
        if leaving:
            if tag == "pre":
                flush()
                pre_depth -= 1
            elif tag in _BLOCK_TAGS:
                flush()
            elif tag in _CELL_TAGS:
                pieces.append(" ")
            continue
        if node.is_text_node:
            content = node.text_content or ""
            # outside <pre>, newlines are plain whitespace; "\n" in pieces means <br>
            pieces.append(content if pre_depth else _WS.sub(" ", content))
            continue
        if not node.is_element_node or tag in _DROP_TAGS or _hidden(node):
            continue
        if tag == "br":
            pieces.append("\n")
            continue
        if tag in _BLOCK_TAGS or tag == "pre":
            flush()
        if tag == "pre":
            pre_depth += 1
        stack.append((node, True))
        children = list(node.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))
    flush()
    return "\n\n".join(blocks)


def _hidden(node: LexborNode) -> bool:
    attrs = node.attributes
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _content_root(tree: LexborHTMLParser) -> LexborNode | None:
    articles = tree.css("article")
    if articles:
        return max(articles, key=lambda n: len(n.text(strip=True)))
    return tree.css_first("main") or tree.css_first('[role="main"]') or tree.body


def _meta(tree: LexborHTMLParser) -> dict[str, str]:
    """``<meta>`` contents by lower-cased property/name/itemprop (first one wins)."""
    found: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        content = attrs.get("content")
        if not content or not content.strip():
            continue
        for key in ("property", "name", "itemprop"):
            name = attrs.get(key)
            if name:
                found.setdefault(name.strip().lower(), content.strip())
    return found


def _json_ld(tree: LexborHTMLParser) -> dict[str, str]:
    """headline, datePublished and url of the first JSON-LD article-like object."""
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except ValueError:
            continue
        for item in _ld_items(data):
            out = {k: item[k] for k in ("headline", "datePublished", "url") if isinstance(item.get(k), str)}
            if out:
                return out
    return {}


def _ld_items(data: object) -> list[dict]:
    if isinstance(data, list):
        return [x for item in data for x in _ld_items(item)]
    if isinstance(data, dict):
        return [data, *_ld_items(data.get("@graph", []))]
    return []


def _time_of(root: LexborNode | None, tree: LexborHTMLParser) -> str | None:
    for scope in (root, tree.body):
        node = scope.css_first("time[datetime]") if scope is not None else None
        if node is not None:
            return node.attributes.get("datetime")
    return None


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return _WS.sub(" ", value).strip()
    return None
