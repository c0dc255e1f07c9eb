"""Static relations of people: titles and appositions (leaderOf, worksFor); a person's
homes (livesIn) are in :mod:`static_homes`, killings stated by nouns and relative clauses
in :mod:`static_kills`."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from kgraph.nlp.docmemo import columns, lemmas, lowers, sentence_bounds, sentence_start, span_text, table, with_lemmas
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import PLACES, Candidate, Mentions, cls_of
from kgraph.nlp.verb_args import role_holder
from kgraph.nlp.candidates import is_anaphor
from kgraph.nlp.static_spans import (
    ACTOR_ORGS, NOUNS, RELATIVE, left_named, named, of_class, org_at, person_at, place_at, pobjs,
    relative_antecedent, with_appos,
)  # fmt: skip
from kgraph.types import EntityClass, Relation

#: Verbs of employment: "X, who works for Y", "X served in Y".
WORK_VERBS = frozenset({"work", "serve", "teach", "lecture"})


#: Words that make a leading title a second's: a deputy leader serves, another leads.
SUBORDINATE_WORDS = frozenset({"deputy", "vice", "assistant", "associate", "sub"})


def title_of(token: Token, lex: Lexicon) -> str | None:
    """'leader' or 'member' when ``token`` is a title noun (or ends a two-word one); a
    leading title after "deputy" or "vice" is a member's ("Deputy Prime Minister").
    Kept per token (:mod:`kgraph.nlp.docmemo`): the title rules ask about every noun."""
    answers = table(token.doc, "title_of", lex)
    i = token.i
    if i not in answers:
        answers[i] = _title_of(token, lex)
    return answers[i]


def titles_in(sent: Span, lex: Lexicon) -> list[tuple[Token, str]]:
    """The title nouns of ``sent`` with :func:`title_of`'s kind, in text order; found once
    per sentence (five title rules walk it)."""
    found = table(sent.doc, "titles_in", lex)
    if sent.start not in found:
        doc = sent.doc
        found[sent.start] = [
            (doc[i], kind) for i in may_be_titles(doc, sent.start, sent.end, lex) if (kind := title_of(doc[i], lex)) is not None
        ]
    return found[sent.start]


def may_be_titles(doc: Doc, start: int, end: int, lex: Lexicon) -> list[int]:
    """The tokens from ``start`` to ``end`` that :func:`title_of` may find titles: nouns
    whose word, lemma or pair with the word before is a title (its first tests, read
    from the Doc's columns and string lists without making a Token per word)."""
    words, pos, lower, lemma = lex.titles, columns(doc)["pos"], lowers(doc), lemmas(doc)
    return [
        i for i in range(start, end)
        if (pos[i] == NOUN or pos[i] == PROPN)
        and (lower[i] in words or lemma[i] in words or i > 0 and f"{lower[i - 1]} {lower[i]}" in words)
    ]  # fmt: skip


def _title_of(token: Token, lex: Lexicon) -> str | None:
    if token.pos_ not in NOUNS:
        return None
    words = [token.lower_, token.lemma_.lower()]
    if token.i > 0:
        words.insert(0, f"{token.doc[token.i - 1].lower_} {token.lower_}")
    for w in words:
        if w in lex.leader_titles or w in lex.member_titles:
            lo, hi = title_extent(token, lex)
            whole = whole_title_kind(token.doc[lo:hi], lex) if hi - lo > 1 and hi == token.i + 1 else None
            if whole is not None:  # "Vice-President", "Deputy Prime Minister"
                return whole
            if w in lex.member_titles:
                return "member"
            return "member" if _subordinate_before(token.doc, lo, token) else "leader"
    return None


def _subordinate_before(doc, lo: int, head: Token) -> bool:
    """Whether the title starting at ``lo`` (its last word ``head``) is a deputy's."""
    sent_start = sentence_start(doc, head.i)
    if lo > sent_start and doc[lo - 1].text == "-":
        lo -= 1  # "Vice-President"
    before = doc[lo - 1].lower_ if lo > sent_start else ""
    return before in SUBORDINATE_WORDS or any(c.lower_ in SUBORDINATE_WORDS for c in head.lefts)


def title_extent(token: Token, lex: Lexicon) -> tuple[int, int]:
    """The tokens of the longest listed title around a title noun ("Secretary of State",
    "Supreme Leader", "National Security Advisor"): its words name no employer. Kept
    per token, as :func:`title_of`."""
    answers = table(token.doc, "title_extent", lex)
    i = token.i
    if i not in answers:
        answers[i] = _title_extent(token, lex)
    return answers[i]


def _title_extent(token: Token, lex: Lexicon) -> tuple[int, int]:
    doc, best = token.doc, (token.i, token.i + 1)
    sent_start, sent_end = sentence_bounds(doc, token.i)
    for n in range(2, 5):
        for start in range(max(token.i - n + 1, sent_start), token.i + 1):
            end = start + n
            if end <= sent_end and end - start > best[1] - best[0] and span_text(doc, start, end).lower() in lex.titles:
                best = (start, end)
    return best


def whole_title_kind(title: Span, lex: Lexicon) -> str | None:
    """'leader' or 'member' as a whole listed title says ("General Manager" leads though
    "general" alone is a rank), else ``None``."""
    words = title.text.lower()
    if words in lex.leader_titles:
        return "member" if _subordinate_before(title.doc, title.start, title[-1]) else "leader"
    return "member" if words in lex.member_titles else None


def people_of(noun: Token, mentions: Mentions) -> list[Span]:
    """The persons a title or role noun describes: the name it modifies ("President X"),
    the name it is in apposition with, either way, or the subject of "X is the noun"."""
    out: list[Span] = []
    while noun.dep_ == "conj" and noun.head.pos_ in NOUNS and noun.head.i != noun.i:
        noun = noun.head  # "director of X and a member of Y": the first title's person
    node = noun
    while node.dep_ in ("compound", "amod", "nmod") and node.head.i != node.i:
        node = node.head  # "Exxon chairman Lee Raymond": up to the name
        span = person_at(node, mentions)
        if span is not None and noun.i < span.start:
            return [span]
    held = role_holder(noun, mentions)
    if held is not None and held.start > noun.i and not any(c.dep_ == "appos" for c in noun.children):
        return [held]  # "Ambassador to Peru John Smith" parsed with the name under "to"
    if noun.dep_ == "appos":
        span = _next_to(noun, mentions) or person_at(noun.head, mentions)
        if span is not None:
            out.append(span)
    for c in noun.children:
        if c.dep_ == "appos":
            span = person_at(c, mentions)
            if span is not None:
                out.append(span)
    doc = noun.doc
    edge = max(noun.i, noun.right_edge.i)  # "the deputy secretary of the Foreign Ministry, X,"
    if not out and edge + 2 < len(doc) and doc[edge + 1].text == "," and noun.dep_ != "attr":
        # "Y's assassin, X, ...": an apposition the parser attached elsewhere
        span = person_at(doc[edge + 2], mentions)
        if span is not None and span.start == edge + 2 and (span.end == len(doc) or doc[span.end].text in (",", ".", ")")):
            out.append(span)
    if not out:  # "Special Rapporteur on the situation in Y, X, ...": the name hung on the title's last noun
        out += [
            span for t in noun.subtree
            if t.dep_ == "appos" and t.head.i > noun.i and t.head.dep_ == "pobj" and t.i > 0 and doc[t.left_edge.i - 1].text == ","
            and person_at(t.head, mentions) is None and (span := person_at(t, mentions)) is not None
        ][:1]  # fmt: skip
    if noun.dep_ == "attr":
        copula = noun.head
        subj = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        if subj is None and copula.dep_ == "conj":  # "X, who ... and is a major in Y"
            subj = next((c for c in copula.head.children if c.dep_ == "nsubj"), None)
            copula = copula.head
        span = person_at(subj, mentions)
        if subj is not None and subj.lower_ in RELATIVE:  # "X, who is a spokeswoman for Y"
            held = relative_antecedent(subj, copula, mentions)
            span = held if held is not None and cls_of(held) is EntityClass.PERSON else None
        if span is None and subj is not None:  # "The singer X is a native of Y"
            span = next((s for c in subj.children if c.dep_ == "appos" and (s := person_at(c, mentions))), None)
        if span is not None:
            out.append(span)
    if not out and (held := _office_holder(noun, mentions)) is not None:
        out.append(held)
    return out


#: Verbs that give someone an office named by their complement ("was elected president of
#: Y", "served as director of Y", "appointed X as envoy").
OFFICE_VERBS = frozenset({"elect", "re-elect", "reelect", "appoint", "name", "nominate", "choose", "install", "promote",
                          "serve", "work", "act", "swear", "confirm", "designate"})  # fmt: skip


def _office_holder(noun: Token, mentions: Mentions) -> Span | None:
    """Who a verb of office gives the title ``noun``: the passive subject or the object
    of "was elected president", "elected X president", "was appointed as envoy", "appointed
    X as envoy", and the subject of "served as director"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "as" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "oprd":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in OFFICE_VERBS:
        return None
    for dep in ("nsubjpass", "dobj", "nsubj"):
        subj = next((c for c in verb.children if c.dep_ == dep), None)
        if subj is not None:
            span = relative_antecedent(subj, verb, mentions)
            return span if span is not None and cls_of(span) is EntityClass.PERSON else None
    return None


def named_body(noun: Token, mentions: Mentions, lex: Lexicon) -> Span | None:
    """The organisation a body noun's name says ("the Wagner group", "the Acme company"):
    the organisation's mention right before the noun, as its compound."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in lex.organization_nouns and lemma not in lex.military_org_nouns:
        return None
    for c in noun.lefts:
        span = org_at(c, mentions) if c.dep_ == "compound" else None
        if span is not None and span.end == noun.i:
            return span
    return None


def _next_to(noun: Token, mentions: Mentions) -> Span | None:
    """The person named right before an apposition's comma ("A of Y and B, the Chilean
    minister"): the parser may hang the apposition on an earlier name, but it describes
    the nearest one."""
    doc, left = noun.doc, noun.left_edge.i
    if left < 2 or doc[left - 1].text != ",":
        return None
    span = person_at(doc[left - 2], mentions)
    return span if span is not None and span.end == left - 1 else None


def _employers(noun: Token, mentions: Mentions, person: Span) -> Iterator[tuple[Span, bool]]:
    """What a title noun says its holder serves, and whether it is a modifier of the
    title ("Y's chairman", "Y chairman", "Russian President") rather than a prepositional
    complement ("chairman of/for/at/with Y"; never "ambassador to Y")."""
    for c, span in left_named(noun, mentions):
        if c.head.pos_ == "VERB":
            continue  # "the Russian-installed governor", "Iran-backed Houthi leader": who backs him, not whom he serves
        yield span, True
    # "Y chairman X", "Y's General Manager X" where Y modifies the name, not the title
    for c in person.root.lefts:
        if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod", "poss"):
            span = named(c, mentions)
            if span is not None and span.end <= noun.i and (cls_of(span) not in ACTOR_ORGS or _next_to_title(span, noun, person)):
                yield span, True
    for tok in _complements(noun, ("of", "for", "at", "with")):
        span = named(tok, mentions)
        if span is not None and _bare_common(span):
            continue  # "undersecretary for terrorism and financial intelligence": a field, no body
        if span is not None and _possessor(span):
            continue  # "head of Iran's Guards' Quds Force" parsed with "Guards" the object: what it owns is headed
        if span is not None and _preposition(tok) == "for" and cls_of(span) in PLACES:
            continue  # "envoy for Yemen": the state the office deals with
        if span is not None:
            yield span, False
        elif tok.pos_ == "NOUN":  # "vice president of daytime programs for Y"
            for _, inner in pobjs(tok, ("of", "for", "at")):
                span = of_class(inner, mentions, ACTOR_ORGS)
                if span is not None:
                    yield span, False
    for _, tok in pobjs(noun, ("in",)):  # "an officer in the Marine Corps"; not "a lawyer in Paris"
        span = of_class(tok, mentions, frozenset({EntityClass.ORGANIZATION}))
        if span is not None:
            yield span, False


def _possessor(span: Span) -> bool:
    """Whether a possessive marker closes the name ("the Guards' ...", "the army's ..."),
    also past an acronym in brackets ("the Guard Corps' (IRGC's) ..."): the name owns
    what follows it."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i : min(i + 5, len(doc))] if t.text == ")"), None)
        if close is not None and close > i + 1 and doc[close - 1].tag_ == "POS":
            return True
    after = doc[i] if i < len(doc) else None
    plural_mark = after is not None and after.text in ("'", "’") and span[-1].lower_.endswith("s")  # "Corps'"
    return span[-1].tag_ == "POS" or after is not None and after.tag_ == "POS" or plural_mark


def _next_to_title(employer: Span, noun: Token, person: Span) -> bool:
    """Whether only the title's own words (and a possessive) stand between an employer's
    name and the title ("Acme chief executive X", "Acme's General Manager X"), not another
    holder's title and name ("Acme chief executive X and Lima Steel CEO Y")."""
    return all(
        t.dep_ == "case" or t.dep_ in ("compound", "amod") and (employer.end <= t.head.i <= noun.i or t.head.i == person.root.i)
        for t in noun.doc[employer.end : noun.i]
    )


def _body_between(employer: Span, noun: Token, lex: Lexicon) -> bool:
    """A body noun between a modifier employer and the title ("Chile's army chief",
    "Peruvian police commander"; not the adjective of "military ruler"): the title is the
    body's, inside the employer."""
    bodies = lex.state_body_nouns
    return any(t.pos_ in NOUNS and (t.lemma_.lower() in bodies or t.lower_ in bodies) for t in noun.doc[employer.end : noun.i])


def _body_title(title: Span, lex: Lexicon) -> bool:
    """A title that names the body it heads ("Chief of Army Staff", "Chief of Naval
    Staff"): its holder leads that body and serves the state before it."""
    bodies = lex.state_body_nouns
    return len(title) > 2 and (title[-1].lower_ == "staff" or any(t.lemma_.lower() in bodies for t in title))


def faction_between(state: Span, noun: Token, lex: Lexicon) -> bool:
    """A noun of a faction between a state's name and the title ("Russian opposition
    leader", "Syrian rebel commander"; lexicon ``faction_nouns``): the title is the
    faction's, and the state only the holder's country."""
    return any(t.pos_ in NOUNS and t.lemma_.lower() in lex.faction_nouns for t in noun.doc[state.end : noun.i])


def _bare_common(span: Span) -> bool:
    """A common noun phrase with no determiner and no name ("financial intelligence")."""
    root = span.root
    return root.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in root.children) and all(
        t.pos_ != "PROPN" and not t.ent_type_ for t in span
    )


def refers_back(span: Span, lex: Lexicon) -> bool:
    """A definite class noun alone ("the ministry", "its agency", lexicon
    ``anaphoric_nouns``): no name of its own, but the body named before."""
    root = span.root
    return len(span) <= 2 and root.pos_ == "NOUN" and is_anaphor(root, lex.anaphoric_nouns)


def _preposition(obj: Token) -> str:
    """The preposition whose object ``obj`` is (or a conjunct of it)."""
    while obj.dep_ == "conj" and obj.head.i != obj.i:
        obj = obj.head
    return obj.head.lower_


def _role_at(noun: Token, mentions: Mentions) -> str | None:
    """'member' for any role noun describing a person and placed at an organisation:
    "X was acting comptroller at Y", "X, a researcher at Y"."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("attr", "appos"):
        return None
    return "member" if any(org_at(t, mentions) is not None for t in _complements(noun, ("at",))) else None


def _complements(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of a role noun's prepositions, with an "at" the parser hung on the
    copula of "X was comptroller at Y"."""
    out = [t for _, t in pobjs(noun, preps)]
    if noun.dep_ == "attr":
        out += [t for _, t in pobjs(noun.head, ("at",))]
    return out


#: Titles whose place modifier is where the holder is sent ("a Middle East envoy"), not a home.
_POSTING_TITLES = frozenset({"envoy", "ambassador", "emissary", "representative"})


def titles(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    doc, pos = sent.doc, columns(sent.doc)["pos"]
    titled = {t.i: kind for t, kind in titles_in(sent, lex)}
    for i in range(sent.start, sent.end):
        if i not in titled and pos[i] != NOUN:
            continue  # neither a title nor a role noun (_role_at)
        noun = doc[i]
        kind = titled.get(i) or _role_at(noun, mentions)
        if kind is None or person_at(noun, mentions) is not None:
            continue
        lo, hi = title_extent(noun, lex)
        kind = whole_title_kind(noun.doc[lo:hi], lex) or kind
        if any(c.dep_ == "poss" and title_of(c, lex) for c in noun.children):
            kind = "member"  # "the Chilean president's chief of staff": the president's aide
        if kind == "leader" and _heads_field(noun, hi):
            kind = "member"  # "Acme's head of strategy", "the UN's head of mission": a part is headed, not the whole
        for person in people_of(_title_anchor(noun, lo), mentions):
            if _no_name(person, lex):
                continue  # a rank or a bracketed acronym tagged a person ("Lt. Gen.", "(FARC)")
            if _own_title_after_and(noun, person, titled):
                continue  # "Chilean envoy X and Hamas chief Y": Y is the chief, no Chilean envoy
            employers = list(_employers(noun, mentions, person))
            # "Mali's Chief of Staff of the Air Force" leads the air force and serves Mali
            heads_body = any(not modifier and cls_of(e) is EntityClass.ORGANIZATION for e, modifier in employers)
            for employer, modifier in employers:
                cls = cls_of(employer)
                if cls is EntityClass.PERSON or cls is None or lo <= employer.start and employer.end <= hi:
                    continue
                if refers_back(employer, lex):
                    continue  # "the ministry's spokesman X": the ministry named before (possessed_titles)
                # "Russian President X": the state X serves says X is Russian, so no
                # livesIn beside it (the rule name keeps the modifier form visible)
                form = ":modifier" if modifier and cls in PLACES else ""
                # "Chile's army chief X" leads the army and serves the state
                leads = kind == "leader" and not (modifier and _body_between(employer, noun, lex))
                leads = leads and not (modifier and cls in PLACES and _body_title(noun.doc[lo:hi], lex))
                leads = leads and (modifier or _preposition(employer.root) != "with")  # "a commander with Y" serves in Y
                leads = leads and not (modifier and heads_body and cls in PLACES)
                if modifier and cls in PLACES and faction_between(employer, noun, lex):
                    yield Candidate(Relation.LIVES_IN, person, employer, noun, "static:title:nationality", 0.6)
                elif modifier and cls is EntityClass.COUNTRY and noun.lemma_.lower() in lex.trade_titles:
                    yield Candidate(Relation.LIVES_IN, person, employer, noun, "static:title:nationality", 0.6)  # "US journalist X"
                elif leads and cls in ACTOR_ORGS | PLACES:
                    yield Candidate(Relation.LEADER_OF, person, employer, noun, f"static:title:leader{form}", 0.75)
                elif cls in ACTOR_ORGS:
                    yield Candidate(Relation.WORKS_FOR, person, employer, noun, f"static:title:member{form}", 0.75)
                elif modifier and cls in PLACES and noun.lemma_.lower() not in _POSTING_TITLES:  # "Texas lawyer X": X is from Texas
                    yield Candidate(Relation.LIVES_IN, person, employer, noun, "static:title:nationality", 0.6)


#: Fields after a leading title that make it the whole's: "head of state", "chief of staff".
_WHOLE_FIELDS = frozenset({"state", "government", "staff"})


def _heads_field(noun: Token, hi: int) -> bool:
    """Whether a leading title names, after "of", a field or unit of its own with a bare
    common noun ("head of strategy and development", "head of mission", "commander of
    ground forces"): the holder leads that part and serves the organisation or state that
    owns the title ("Acme's head of strategy X" works for Acme), unlike "head of state"."""
    return any(
        obj.i >= hi and obj.pos_ == "NOUN" and not obj.ent_type_ and obj.lemma_.lower() not in _WHOLE_FIELDS
        and not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)
        for _, obj in pobjs(noun, ("of",))
    )  # fmt: skip


def _own_title_after_and(noun: Token, person: Span, titled: dict[int, str]) -> bool:
    """Whether a person named after a title has a title of their own after an "and" that
    comes between them ("Chilean envoy X and Hamas political chief Y"): the title, and the
    state it names, is the first person's, however the parser hung the second name."""
    doc = noun.doc
    for i in range(noun.i + 1, person.start):
        if doc[i].lower_ in ("and", "or") and any(j in titled for j in range(i + 1, person.start)):
            return True
    return False


def _no_name(person: Span, lex: Lexicon) -> bool:
    """A person's mention that names no one: ranks only ("Lt. Gen."), or one upper-case
    word in brackets ("the Revolutionary Armed Forces of Colombia (FARC)": the acronym)."""
    if all(t.lower_.rstrip(".") in lex.honorifics for t in person):
        return True
    doc = person.doc
    return len(person) == 1 and person[0].is_upper and person.start > 0 and doc[person.start - 1].text == "("


def _title_anchor(noun: Token, lo: int) -> Token:
    """The word that places a title of several words in the sentence: its first noun when
    the title noun hangs inside it ("commander in chief of Y": "chief" is the object of
    "in", "commander" the apposition of the name)."""
    head = noun.doc[lo]
    if lo < noun.i and noun.dep_ == "pobj" and noun.head.head.i == head.i and head.pos_ in NOUNS:
        return head
    return noun


_WORK_OR_HOME_VERBS = WORK_VERBS | {"live", "reside"}


def work_verbs(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"X works for Y", "X, who served in Y", "mercenaries working for Y" (employment);
    "X, who lives in Y"."""
    for verb in with_lemmas(sent, _WORK_OR_HOME_VERBS):
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and lemma in WORK_VERBS and verb.dep_ == "acl" and verb.tag_ == "VBG":
            person = of_class(verb.head, mentions, (EntityClass.PERSON, EntityClass.GROUP))  # "mercenaries working for Y"
        elif subj is None or (lemma in ("live", "reside") and subj.lower_ not in RELATIVE):
            continue  # plain "X lives in Y" is a verb-class rule of relations.py
        else:
            person = relative_antecedent(subj, verb, mentions)
        if person is None or cls_of(person) is not EntityClass.PERSON and subj is not None:
            continue  # a relative clause's antecedent is a person; a participle's may be a group
        preps = ("in",) if lemma in ("live", "reside") else ("for", "at", "with", "in", "on")
        for _, obj in pobjs(verb, preps):
            if lemma in WORK_VERBS:
                org = of_class(obj, mentions, ACTOR_ORGS) or named_body(obj, mentions, lex)
                if org is not None:
                    yield Candidate(Relation.WORKS_FOR, person, org, verb, f"static:{lemma}-for", 0.7)
            else:
                for t in with_appos(obj):
                    place = place_at(t, mentions)
                    if place is not None:
                        yield Candidate(Relation.LIVES_IN, person, place, verb, "static:who-lives-in", 0.7)
