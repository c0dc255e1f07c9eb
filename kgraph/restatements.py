"""One contingent or consignment a document names in several ways is one entity.

An article says "100,000 troops" in its headline, "up to 100,000 personnel" and "about
100,000 volunteers" in its body; or "an engineer unit" and "army engineers"; or "workers"
and "slave labourers". When one sender sends them, these are one group, not three:
within a document, the objects of one subject's ``deploys`` (or ``supplies``) statements
are merged when

- their figures agree (the same number, however hedged) and they are people, or
  goods one of which names its model ("24 drones", "24 Bayraktar TB2"), or
- they are of one kind: the same head noun once plurals, a collective head and the
  lexicon's ``kinds`` are read through ("engineer unit" is of kind engineer;
  "volunteers", "personnel" and "troops" are all troops; "F-16 jets" and "aircraft"
  are jets), and they do not name two models ("Typhoon jets", "Hawk aircraft"),

unless they go to different recipients or destinations (then they are two contingents).
The first-mentioned object is kept; the others become its aliases (coreference).

The same holds for the targets of one sanctioning subject and for what one party signs:

- the unnamed sets one subject sanctions in one sentence ("sanctions on two companies and
  two individuals") are one set of targets, as the gold signs them;
- the agreements one party signs are one when they are of one kind ("a deal" and "the
  contract", "the pact" and "the treaty"; a memorandum or a ceasefire is a kind of its own),
  unless they were signed at different times ("signed a deal on Friday", "a contract
  signed in 2022": two agreements).

A casualty figure told twice ("10 militants killed" in the headline, "Ten militants were
killed" in the body) is one loss: a subject's ``sufferedCasualties`` objects with the same
figure are one. So are the same figure's losses of an unnamed group and of another party
of its kind ("5 soldiers killed" in the headline, "five Philippine army soldiers" in the
body; "14 rebels" and "at least 14 insurgents"): the loss is the first one the body tells.

A killing told twice is one: a later ``killed`` statement of another sentence restates an
earlier one when it names the same victims (one node) in the headline or with the killer
described ("the minister killed in an Al Shabaab siege", "the minister was shot dead by
the attackers"), or when one killer's victims are of one kind ("Gunmen Who Killed Officer" in the headline,
"the police officer killed by the gunmen" in the body; "killing one assailant", "killed
two assailants"): the killing is the first the body tells (the title's when none). Two
sources' tellings, and killings at two times, stay side by side.

A person's employer told as a state and as a body that only a common noun names ("Pakistan
army chief X", "the army's General X"; "Indian Navy Captain X" read as India and "Navy") is
one employer: the bare body is that state's, so the person serves the state once (when the
document gives the person one state only; a named body, "NATO", stays an employer of its own).

A visit told at two levels ("Xi arrives in Russia", "Xi flew into Moscow") is one visit:
the country a visited city lies in (by the gazetteer) is that city for the subject's
other ``visits`` statements of the document (no alias: the country is not the city).
"""

from __future__ import annotations

from dataclasses import replace

from kgraph.nlp.lexicon import Lexicon
from kgraph.resolve import Resolver
from kgraph.types import EntityClass, EntityRef, MergeReason, Quantity, Relation, Statement

#: Relations whose objects one subject may name in several ways, and the classes of those objects.
_MERGED = {
    Relation.DEPLOYS: (EntityClass.GROUP, EntityClass.MATERIEL),
    Relation.SUPPLIES: (EntityClass.GROUP, EntityClass.MATERIEL),
    Relation.SANCTIONS: (EntityClass.GROUP,),
    Relation.SIGNS: (EntityClass.AGREEMENT,),
}
#: Head nouns that collect rather than name a kind ("engineer unit" is of kind engineer).
COLLECTIVE_HEADS = frozenset({"unit", "group", "team", "contingent", "detachment", "battalion", "brigade",
                              "regiment", "company", "squad", "corps", "force", "batch", "shipment", "consignment"})  # fmt: skip


def merge_restatements(statements: list[Statement], resolver: Resolver, lex: Lexicon, title_end: int = 0) -> list[Statement]:
    """``statements`` (of one document, whose title line ends at ``title_end``) with restated
    objects merged into the first."""
    statements = one_employer(one_killing(one_loss(statements, lex, title_end), lex, title_end))
    ordered = sorted(statements, key=lambda s: s.start)
    into: dict[tuple[str, str, str], EntityRef] = {}  # (subject, relation, object) -> the object it restates
    firsts: dict[tuple[str, str], list[Statement]] = {}
    for st in ordered:
        counted = st.relation == Relation.SUFFERED_CASUALTIES and st.object.cls is EntityClass.QUANTITY
        if not counted and st.object.cls not in _MERGED.get(st.relation, ()):
            continue
        seen = firsts.setdefault((st.subject.iri, st.relation), [])
        key = (st.subject.iri, st.relation, st.object.iri)
        if key in into or any(s.object.iri == st.object.iri for s in seen):
            continue
        same = next((s for s in seen if (_same_figure(s, st) if counted else _restated_object(s, st, lex))), None)
        if same is None:
            seen.append(st)
            continue
        into[key] = same.object
        if not counted:  # a figure is no name: "Ten" is no alias of "10"
            resolver.add_alias(same.object.iri, st.object.label, MergeReason.COREFERENCE)
    into.update(_visited_cities(ordered, resolver))
    if not into:
        return statements
    out: dict[tuple[str, str, str, int], Statement] = {}
    for st in statements:
        target = into.get((st.subject.iri, st.relation, st.object.iri))
        if target is not None:
            st = replace(st, object=replace(target, text=st.object.text, start=st.object.start, end=st.object.end))
        key = (st.subject.iri, st.relation, st.object.iri, st.start)
        if key not in out or out[key].confidence < st.confidence:
            out[key] = st
    return list(out.values())


def one_loss(statements: list[Statement], lex: Lexicon, title_end: int = 0) -> list[Statement]:
    """The losses of one figure that an unnamed group and another party of its kind suffer,
    told as the first loss of that figure the body tells (the title's when none)."""
    losses = [s for s in statements if s.relation == Relation.SUFFERED_CASUALTIES and _figure(s.quantity) is not None]
    told: list[Statement] = []  # the first telling of each loss: the body's first, then the title's
    into: dict[int, Statement] = {}
    for st in sorted(losses, key=lambda s: (s.end <= title_end, s.start)):
        first = next((f for f in told if _same_figure(f, st) and (f.subject.iri == st.subject.iri or (
            EntityClass.GROUP in (f.subject.cls, st.subject.cls) and _party_kind(f, lex) == _party_kind(st, lex)))), None)  # fmt: skip
        if first is None:
            told.append(st)
        elif first.subject.iri != st.subject.iri:
            into[id(st)] = first
    return _told_as_first(statements, into)


def one_killing(statements: list[Statement], lex: Lexicon, title_end: int = 0) -> list[Statement]:
    """``killed`` statements that restate an earlier killing of another sentence (the same
    victims, or one killer's victims of one kind) told as that first killing."""
    kills = [s for s in statements if s.relation == Relation.KILLED]
    told: list[Statement] = []
    into: dict[int, Statement] = {}
    for st in sorted(kills, key=lambda s: (s.end <= title_end, s.start)):
        first = next((f for f in told if f.start != st.start and _same_killing(f, st, lex, st.end <= title_end)), None)
        if first is None:
            told.append(st)
        else:
            into[id(st)] = first
    return _told_as_first(statements, into)


#: Bodies a bare common noun names ("the army", "Navy"): a state's own where the text gives one.
_SERVICE_NOUNS = frozenset({"army", "navy", "air force", "military", "armed forces", "forces", "government", "police",
                            "coast guard", "marines", "marine corps"})  # fmt: skip


def one_employer(statements: list[Statement]) -> list[Statement]:
    """``worksFor`` statements whose employer is a bare body ("army") told as the one state
    the document says their person serves."""
    states: dict[str, dict[str, EntityRef]] = {}
    for s in statements:
        if s.relation == Relation.WORKS_FOR and s.object.cls is EntityClass.COUNTRY:
            states.setdefault(s.subject.iri, {})[s.object.iri] = s.object
    out = []
    for s in statements:
        served = states.get(s.subject.iri, {})
        if s.relation == Relation.WORKS_FOR and len(served) == 1 and _bare_body(s.object):
            s = replace(s, object=replace(next(iter(served.values())), text=s.object.text, start=s.object.start, end=s.object.end))
        out.append(s)
    return out


def _bare_body(ref: EntityRef) -> bool:
    """Whether an organisation is named by a service noun alone ("the army", "Navy")."""
    words = ref.label.casefold().split()
    return ref.cls is EntityClass.ORGANIZATION and " ".join(words[1:] if words[:1] == ["the"] else words) in _SERVICE_NOUNS


def _told_as_first(statements: list[Statement], into: dict[int, Statement]) -> list[Statement]:
    """``statements`` with each one ``into`` maps (by ``id``) told as that first telling:
    its subject and object, with the words of its own mentions."""
    if not into:
        return statements
    return [replace(s, subject=replace(f.subject, text=s.subject.text), object=replace(f.object, text=s.object.text))
            if (f := into.get(id(s))) is not None else s for s in statements]  # fmt: skip


def _same_killing(first: Statement, later: Statement, lex: Lexicon, headline: bool) -> bool:
    """The same victims told again by the headline or with the killer described ("the
    attackers"), or one killer's unnamed victims of one kind; by one source at one time
    (two sources' tellings stay side by side: "12 soldiers", officials said; "15 soldiers",
    the group's spokesman said)."""
    a, b = first.according_to, later.according_to
    if a is not None and b is not None and a.iri != b.iri or not _same_time(first, later):
        return False
    if first.subject.iri == later.subject.iri:
        groups = first.object.cls is later.object.cls is EntityClass.GROUP
        return first.object.iri == later.object.iri or groups and kind(first.object.label, lex) == kind(later.object.label, lex)
    described = later.subject.cls is EntityClass.GROUP and later.subject.label[:1].islower()  # "the attackers", "the militants"
    return first.object.iri == later.object.iri and (headline or described)


def _party_kind(st: Statement, lex: Lexicon) -> str:
    """The kind of people a loss counts: the words of its subject's mention ("Philippine
    army soldiers": troop), else of its counted object ("five soldiers")."""
    words = st.subject.text or st.subject.label
    if st.subject.cls is not EntityClass.GROUP and st.object.text:
        words = st.object.text  # a state's loss: the people its figure counts
    return kind(words, lex)


def _visited_cities(statements: list[Statement], resolver: Resolver) -> dict[tuple[str, str, str], EntityRef]:
    """(subject, visits, country) -> the city of that country the subject visits."""
    cities: dict[tuple[str, str], EntityRef] = {}
    for st in statements:
        if st.relation == Relation.VISITS and st.object.cls is EntityClass.CITY:
            entry = resolver.gaz.lookup(st.object.label, EntityClass.CITY)
            if entry is not None and entry.country:
                cities.setdefault((st.subject.iri, entry.country), st.object)
    out: dict[tuple[str, str, str], EntityRef] = {}
    for st in statements:
        if st.relation == Relation.VISITS and st.object.cls is EntityClass.COUNTRY:
            city = cities.get((st.subject.iri, st.object.label))
            if city is not None:
                out[(st.subject.iri, st.relation, st.object.iri)] = city
    return out


def _restated_object(first: Statement, later: Statement, lex: Lexicon) -> bool:
    """A group or consignment sent once and told twice (same kind or figure, same
    destination); one set of targets sanctioned (one sentence); one agreement signed
    (one kind, no two times)."""
    if first.object.cls is not later.object.cls:
        return False
    if first.relation == Relation.SANCTIONS:
        return first.start == later.start
    if first.relation == Relation.SIGNS:
        return kind(first.object.label, lex) == kind(later.object.label, lex) and _same_time(first, later)
    return _restates(first, later, lex) and _bound_alike(first, later)


def _restates(first: Statement, later: Statement, lex: Lexicon) -> bool:
    """The same kind, or the same figure of people, or of goods one of which is named by its
    model ("24 drones", "24 Bayraktar TB2"); "18 howitzers" and "18 trucks" are two items."""
    if kind(first.object.label, lex) == kind(later.object.label, lex):
        return not _two_models(first, later, lex)
    named = first.object.cls is EntityClass.GROUP or any(_model(s.object.label) for s in (first, later))
    return named and _same_figure(first, later)


def _two_models(first: Statement, later: Statement, lex: Lexicon) -> bool:
    """Goods of one kind that name two models ("Typhoon jets", "Hawk aircraft"): two items
    ("UAVs" names a kind, no model)."""
    if first.object.cls is not EntityClass.MATERIEL:
        return False
    a, b = ({w for w in s.object.label.split() if _model(w) and _singular(w.casefold()) not in lex.kinds} for s in (first, later))
    return bool(a) and bool(b) and not a & b


def _model(label: str) -> bool:
    """A label that names a model: a word with a capital or a digit ("Bayraktar TB2")."""
    return any(c.isupper() or c.isdigit() for c in label)


def _same_figure(first: Statement, later: Statement) -> bool:
    return _figure(first.quantity) is not None and _figure(first.quantity) == _figure(later.quantity)


def _bound_alike(first: Statement, later: Statement) -> bool:
    """Two tellings may be one unless they go to different recipients or places."""
    for x, y in ((first.recipient, later.recipient), (first.destination, later.destination)):
        if x is not None and y is not None and x.iri != y.iri:
            return False
    return True


def _same_time(first: Statement, later: Statement) -> bool:
    """Whether two statements may tell one act: no two times that exclude each other
    ("2022" and "2025-08-01" do; "2022" and "2022-05" do not)."""
    a, b = (s.time.value if s.time is not None else None for s in (first, later))
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _figure(quantity: Quantity | None) -> float | None:
    if quantity is None:
        return None
    return next((v for v in (quantity.value, quantity.max, quantity.min) if v is not None), None)


def kind(label: str, lex: Lexicon) -> str:
    """The kind a group or materiel label names: its head noun, singular, through a
    collective head naming a listed kind and the lexicon's kinds ("North Korean Army
    engineer unit" -> "engineer", "slave laborers" -> "worker", "volunteers" and
    "peacekeeping forces" -> "troop")."""
    words = [w.casefold() for w in label.replace("-", " ").split()]
    if not words:
        return ""
    head = _singular(words[-1])
    if head in COLLECTIVE_HEADS and len(words) > 1 and _singular(words[-2]) in lex.kinds:
        head = _singular(words[-2])  # "engineer unit"; but "peacekeeping forces" are forces
    return lex.kinds.get(head, head)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
