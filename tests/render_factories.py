"""Hand-made extractions for the render tests: a realistic news graph, hostile input
and synthetic graphs of any size."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil

from kgraph.iri import document_iri, entity_iri
from kgraph.types import (
    Alias,
    Document,
    Entity,
    EntityClass,
    EntityRef,
    Extraction,
    MergeReason,
    Quantity,
    Statement,
    Status,
    TimeExpr,
)

C = EntityClass


def entity(label: str, cls: EntityClass, wikidata: str | None = None, aliases: tuple[tuple[str, MergeReason], ...] = ()) -> Entity:
    return Entity(
        iri=entity_iri(str(cls), label),
        label=label,
        cls=cls,
        wikidata=wikidata,
        aliases=tuple(Alias(text, reason) for text, reason in aliases),
    )


def ref(ent: Entity, text: str | None = None) -> EntityRef:
    return EntityRef(iri=ent.iri, label=ent.label, cls=ent.cls, text=text or ent.label, wikidata=ent.wikidata)


def document(source: str, text: str, title: str | None = None, url: str | None = None, date: dt.date | None = None) -> Document:
    return Document(iri=document_iri(source), source=source, text=text, sha256="0" * 64, title=title, date=date, url=url)


def statement(doc: Document, subject: Entity, relation: str, obj: Entity, sentence: str, **kw) -> Statement:
    start = max(doc.text.find(sentence), 0)
    return Statement(
        doc=doc.source,
        doc_iri=doc.iri,
        subject=ref(subject, kw.pop("subject_text", None)),
        relation=relation,
        object=ref(obj, kw.pop("object_text", None)),
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        **kw,
    )


def news_extraction() -> Extraction:
    """A small graph like the seed articles give: every status, qualifiers, aliases."""
    nk = entity("North Korea", C.COUNTRY, "Q423", (("DPRK", MergeReason.ALIAS), ("Pyongyang", MergeReason.METONYMY), ("North Korean", MergeReason.DEMONYM)))
    ru = entity("Russia", C.COUNTRY, "Q159", (("Moscow", MergeReason.METONYMY), ("Russian Federation", MergeReason.ALIAS)))
    sk = entity("South Korea", C.COUNTRY, "Q884", (("Seoul", MergeReason.METONYMY),))
    ua = entity("Ukraine", C.COUNTRY, "Q212", (("Kyiv", MergeReason.METONYMY),))
    us = entity("United States", C.COUNTRY, "Q30", (("Washington", MergeReason.METONYMY), ("US", MergeReason.ACRONYM)))
    putin = entity("Vladimir Putin", C.PERSON, "Q7747", (("Putin", MergeReason.SHORT_NAME),))
    kim = entity("Kim Jong Un", C.PERSON, "Q56226", (("Kim", MergeReason.SHORT_NAME),))
    shells = entity("artillery shells", C.MATERIEL)
    missiles = entity("ballistic missiles", C.MATERIEL)
    troops = entity("troops", C.GROUP)
    engineers = entity("military engineers", C.GROUP)
    donetsk = entity("Donetsk", C.REGION, "Q2075656")
    kursk = entity("Kursk", C.REGION)
    treaty = entity("mutual defence treaty", C.AGREEMENT)
    mod = entity("Ministry of Defence of Russia", C.ORGANIZATION, "Q1969296", (("Russian Defence Ministry", MergeReason.ALIAS),))
    war = entity("war in Ukraine", C.EVENT)
    pyongyang = entity("Pyongyang", C.CITY, "Q18808")
    casualties = entity("3,000 casualties", C.QUANTITY)
    ents = [nk, ru, sk, ua, us, putin, kim, shells, missiles, troops, engineers, donetsk, kursk, treaty, mod, war, pyongyang, casualties]

    t1 = (
        "North Korea has promised to send military engineers to support Russian forces in Donetsk. "
        "Putin visited Pyongyang last week and signed a mutual defence treaty with Kim Jong Un. "
        "According to Seoul, North Korea has shipped almost two million artillery shells to Russia."
    )
    t2 = (
        "Ukraine said North Korean troops were fighting in Kursk. "
        "Moscow denied that North Korea had sent troops. "
        "If the troops are deployed, Washington would criticise Pyongyang. "
        "North Korea reportedly supplied ballistic missiles to Russia. "
        "South Korea estimated that North Korean troops suffered 3,000 casualties."
    )
    d1 = document("seeds/a.txt", t1, title="North Korea promises engineers", url="https://news.example.org/a", date=dt.date(2024, 6, 25))
    d2 = document("seeds/b.txt", t2, title=None, url=None, date=dt.date(2024, 11, 2))
    s = statement
    stmts = (
        s(d1, nk, "deploys", engineers, t1.split(". ")[0] + ".", status=Status.PLANNED, confidence=0.82,
          recipient=ref(ru, "Russian forces"), destination=ref(donetsk, "Donetsk"),
          time=TimeExpr("next month", "2024-07", "month")),
        s(d1, putin, "visits", pyongyang, "Putin visited Pyongyang last week and signed a mutual defence treaty with Kim Jong Un.",
          confidence=0.9, time=TimeExpr("last week", "2024-06", "month"), subject_text="Putin"),
        s(d1, putin, "signs", treaty, "Putin visited Pyongyang last week and signed a mutual defence treaty with Kim Jong Un.", confidence=0.75),
        s(d1, putin, "meetsWith", kim, "Putin visited Pyongyang last week and signed a mutual defence treaty with Kim Jong Un.", confidence=0.7),
        s(d1, nk, "supplies", shells, "According to Seoul, North Korea has shipped almost two million artillery shells to Russia.",
          confidence=0.88, recipient=ref(ru), according_to=ref(sk, "Seoul"),
          quantity=Quantity("almost two million artillery shells", max=2_000_000, unit="shells", hedge="almost")),
        s(d2, nk, "attacks", ua, "Ukraine said North Korean troops were fighting in Kursk.", confidence=0.6,
          according_to=ref(ua), location=ref(kursk), subject_text="North Korean troops"),
        s(d2, nk, "deploys", troops, "Moscow denied that North Korea had sent troops.", status=Status.NEGATED, confidence=0.7,
          according_to=ref(ru, "Moscow")),
        s(d2, us, "criticizes", nk, "If the troops are deployed, Washington would criticise Pyongyang.",
          status=Status.HYPOTHETICAL, confidence=0.4, subject_text="Washington", object_text="Pyongyang"),
        s(d2, nk, "supplies", missiles, "North Korea reportedly supplied ballistic missiles to Russia.", status=Status.ALLEGED,
          confidence=0.65, recipient=ref(ru)),
        s(d2, nk, "sufferedCasualties", casualties, "South Korea estimated that North Korean troops suffered 3,000 casualties.",
          confidence=0.55, according_to=ref(sk), quantity=Quantity("3,000 casualties", value=3000, unit="casualties")),
        s(d2, nk, "cooperatesWith", ru, "North Korea reportedly supplied ballistic missiles to Russia.", confidence=0.3),
        s(d1, kim, "leaderOf", nk, "Putin visited Pyongyang last week and signed a mutual defence treaty with Kim Jong Un.", confidence=0.5),
        s(d1, mod, "partOf", ru, "North Korea has promised to send military engineers to support Russian forces in Donetsk.", confidence=0.35),
        s(d2, ru, "occupies", donetsk, "Ukraine said North Korean troops were fighting in Kursk.", status=Status.ALLEGED, confidence=0.3),
        s(d2, nk, "supports", war, "Ukraine said North Korean troops were fighting in Kursk.", confidence=0.45),
        s(d2, pyongyang, "relatedTo", kursk, "Ukraine said North Korean troops were fighting in Kursk.", label="reinforces", confidence=0.2),
    )
    return Extraction(documents=(d1, d2), entities={e.iri: e for e in ents}, statements=stmts)


SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror=alert(1)>'
QUOTES = "\"'><svg onload=alert(1)>`${alert(1)}`"


def hostile_extraction() -> Extraction:
    """Every article-borne string carries markup that would run code if parsed."""
    a = entity(f"Acme {SCRIPT}", C.ORGANIZATION, 'Q1"><img src=x onerror=alert(1)>', ((IMG, MergeReason.ALIAS), (QUOTES, MergeReason.COREFERENCE)))
    b = entity(f"{IMG} Land", C.COUNTRY, "Q30", ((SCRIPT, MergeReason.METONYMY),))
    c = entity(QUOTES, C.MATERIEL)
    d = entity("</script><script>alert(2)</script>\u2028\u2029<!--", C.PERSON)
    text = f"{SCRIPT} supplied {IMG} to {QUOTES}. </script><img src=x onerror=alert(3)> said so."
    doc = document("seeds/<evil>.txt", text, title=f"Title {IMG} {SCRIPT}", url="javascript:alert(1)")
    doc2 = document("seeds/q.txt", text, title=QUOTES, url='https://example.org/"><img src=x onerror=alert(4)>')
    stmts = (
        statement(doc, a, "supplies", c, f"{SCRIPT} supplied {IMG} to {QUOTES}.", confidence=0.9, recipient=ref(b, IMG),
                  according_to=ref(d, SCRIPT), quantity=Quantity(f"{IMG} units", value=3, unit=SCRIPT, hedge=QUOTES),
                  time=TimeExpr(SCRIPT, IMG, QUOTES)),
        statement(doc2, d, "relatedTo", b, "</script><img src=x onerror=alert(3)> said so.", label=f"{IMG}", confidence=0.5),
        statement(doc2, d, "criticizes", a, "</script><img src=x onerror=alert(3)> said so.", status=Status.NEGATED, confidence=0.5),
    )
    return Extraction(documents=(doc, doc2), entities={e.iri: e for e in (a, b, c, d)}, statements=stmts)


_RELATIONS = ("supplies", "deploys", "visits", "meetsWith", "signs", "cooperatesWith", "attacks", "criticizes", "worksFor", "partOf", "locatedIn")
_STATUS_WEIGHTS = ((Status.ASSERTED, 70), (Status.PLANNED, 10), (Status.ALLEGED, 10), (Status.NEGATED, 6), (Status.HYPOTHETICAL, 4))


def synthetic_extraction(n_nodes: int, seed: int = 1, edges_per_node: float = 1.4, n_docs: int | None = None) -> Extraction:
    """A news-like graph: hubs with preferential attachment, one big component, many small."""
    rnd = random.Random(seed)
    classes = list(C)
    ents = [entity(f"Entity {i}", classes[rnd.randrange(len(classes))], f"Q{i + 1}" if i % 5 == 0 else None,
                   ((f"E{i}", MergeReason.ALIAS),) if i % 7 == 0 else ()) for i in range(n_nodes)]
    n_docs = n_docs or max(1, n_nodes // 40)
    start = dt.date(2023, 1, 1)  # publication dates over two years, for the time bar
    docs = [document(f"synthetic/{i:05d}.txt", f"Sentence of document {i}.", title=f"Document {i}",
                     url=f"https://news.example.org/{i}" if i % 2 else None,
                     date=start + dt.timedelta(days=(i * 730) // n_docs)) for i in range(n_docs)]
    statuses = [s for s, w in _STATUS_WEIGHTS for _ in range(w)]
    targets: list[int] = []
    stmts = []
    for k in range(int(n_nodes * edges_per_node)):
        if k < n_nodes - 1 and rnd.random() < 0.85:
            u = k + 1
            v = rnd.choice(targets) if targets and rnd.random() < 0.8 else rnd.randrange(u)
        else:
            u, v = rnd.randrange(n_nodes), rnd.randrange(n_nodes)
        if u == v:
            continue
        targets += (u, v)
        doc = docs[rnd.randrange(n_docs)]
        stmts.append(statement(doc, ents[u], _RELATIONS[rnd.randrange(len(_RELATIONS))], ents[v], doc.text,
                               status=rnd.choice(statuses), confidence=round(rnd.random(), 2)))
    return Extraction(documents=tuple(docs), entities={e.iri: e for e in ents}, statements=tuple(stmts))


def wait_until_drawn(page, timeout_s: float) -> None:
    """Poll from Python: the page's CSP forbids the eval that wait_for_function uses."""
    import time

    deadline = time.monotonic() + timeout_s
    while not page.evaluate("() => Boolean(window.kgraph && window.kgraph.drawn === true)"):
        if time.monotonic() > deadline:
            raise TimeoutError(f"the graph was not drawn within {timeout_s:.0f} s")
        page.wait_for_timeout(20)


#: Flags for Debian's headless Chromium, shared by the browser tests, benchmarks/render.py
#: and scripts/readme_picture.py.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def find_chromium() -> str | None:
    """The Chromium executable: ``chromium`` on PATH, else Debian's default location, else
    ``chromium-browser`` on PATH; ``None`` when none is installed (``make browser``)."""
    for candidate in (shutil.which("chromium"), "/usr/bin/chromium", shutil.which("chromium-browser")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None
