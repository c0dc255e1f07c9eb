"""A title's statement takes the one source the body gives its fact (kgraph.title_sources),
as a table of our own texts: each row a text and the source the title's statement must have."""

from __future__ import annotations

import pytest

from test_qualifiers import _listing, _statements

pytestmark = pytest.mark.slow

TITLED = [
    # the body's only telling has a source: the title's claim is that source's
    ("Chile sends troops to Peru\n\nChile has sent 300 troops to Peru, military officials announced on Sunday.",
     "military officials"),
    # the body tells it without a source as well: the title keeps none
    ("Chile sends troops to Peru\n\nChile has sent 300 troops to Peru, military officials announced on Sunday. "
     "Chile has sent troops to Peru before.", None),
    # two sources: neither
    ("Chile sends troops to Peru\n\nChile has sent 300 troops to Peru, Bolivia said. Chile has sent troops to Peru, "
     "Argentina said.", None),
]


@pytest.mark.parametrize(("text", "source"), TITLED, ids=[r[0][-40:] for r in TITLED])
def test_title_source(text, source):
    title = [s for s in _statements(text) if s.start == 0 and s.relation == "deploys"]
    assert title, _listing(text)
    assert {s.according_to.label if s.according_to else None for s in title} == {source}, _listing(text)
