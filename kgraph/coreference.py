"""What one document's extraction remembers, and what its pronouns and nouns refer to.

:class:`DocState` resolves a document's mentions in text order and keeps what later
mentions need: the entities met (for pronouns and definite class nouns), the speakers
(for "..., it said" and a quotation's "we"), the country or body each person was said to
lead, serve or live in ("his government", "we"), the coordinations ("they"), and the
named agreements ("a new pact").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from kgraph.gazetteer import GazEntry, normalize_name
from kgraph.nlp import attribution
from kgraph.nlp import qualifiers as q
from kgraph.nlp.docmemo import sentence_start
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.mentions import MEASURE_NOUNS
from kgraph.nlp.quotes import quote_speaker
from kgraph.nlp.relations import Mentions, cls_of, is_anaphor
from kgraph.nlp.syntax import RELATIVE
from kgraph.resolve import Resolver, strip_determiner
from kgraph.types import Document, EntityClass, EntityRef, MergeReason

#: Pronouns that, in quoted speech, stand for the speaker (or the speaker's side).
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})

_PRONOUN_CLASSES: dict[str, frozenset[EntityClass]] = {
    **dict.fromkeys(("he", "him", "his", "she", "her", "hers"), frozenset({EntityClass.PERSON})),
    **dict.fromkeys(("it", "its"), frozenset({EntityClass.COUNTRY, EntityClass.ORGANIZATION, EntityClass.REGION, EntityClass.CITY})),
    **dict.fromkeys(("they", "them", "their"), frozenset({EntityClass.GROUP, EntityClass.COUNTRY, EntityClass.ORGANIZATION})),
}  # fmt: skip


@dataclass
class DocState:
    """What one document's extraction remembers: resolved mentions in text order."""

    document: Document
    resolver: Resolver
    refs: dict[tuple[int, int, bool], EntityRef] = field(default_factory=dict)
    history: list[tuple[int, EntityRef, bool]] = field(default_factory=list)  # (token, ref, was a subject)
    offset: int = 0  # where the parsed text starts in the document (a re-parsed headline)
    homes: dict[str, EntityRef] = field(default_factory=dict)  # person IRI -> the country they serve or live in
    last_victim: EntityRef | None = None  # who the document last said suffered casualties
    last_supply: tuple[EntityRef, EntityRef | None] | None = None  # the last supplier and its receiver ("the package")
    last_sanctioner: EntityRef | None = None  # who the document last said imposed sanctions ("X were sanctioned")
    lex: Lexicon | None = None  # titles, anaphoric nouns; the speaker "we" or a reporting "it" stands for
    mentions: Mentions | None = None
    speakers: list[tuple[int, EntityRef]] = field(default_factory=list)  # subjects of reporting verbs, in order
    named: dict[EntityClass, list[EntityRef]] = field(default_factory=dict)  # named agreements, for "the pact"
    sides: dict[str, EntityRef] = field(default_factory=dict)  # person IRI -> the body they lead or work for
    coordinated: dict[int, list[EntityRef]] = field(default_factory=dict)  # token -> the coordination it is in
    plurals: dict[int, list[EntityRef]] = field(default_factory=dict)  # "they" -> the coordinated antecedents
    parsed: str = ""  # the document's text as parsed (furniture blanked out)
    _dates: dict[int, list[Span]] | None = None  # DATE/TIME entities by sentence start

    @property
    def honorifics(self) -> frozenset[str]:
        """Titles a person's mention takes in ("Dr. X")."""
        return self.lex.honorifics if self.lex is not None else frozenset()

    @property
    def anaphors(self) -> dict[str, str]:
        """Nouns whose definite phrase refers back: "agency" -> Organization ("the agency")."""
        return self.lex.anaphoric_nouns if self.lex is not None else {}

    def dates_in(self, sent: Span) -> list[Span]:
        """The sentence's DATE and TIME entities (the document's entities are read once)."""
        if self._dates is None:
            self._dates = {}
            for ent in sent.doc.ents:
                if ent.label_ in ("DATE", "TIME"):
                    self._dates.setdefault(ent.sent.start, []).append(ent)
        return self._dates.get(sent.start, [])

    def ref(self, span: Span, as_actor: bool = False) -> EntityRef | None:
        key = (span.start, span.end, as_actor)
        if key in self.refs:
            return self.refs[key]
        cls = cls_of(span)
        if cls is None:
            ref = self._antecedent(span[0]) if len(span) else None
        elif span.root.pos_ == "NOUN" and is_anaphor(span.root, self.anaphors) and (
            back := self._antecedent(span.root)
        ) is not None:
            ref = back  # "the agency" found as a common-noun mention: the agency named before
        elif self.lex is not None and span.root.lemma_.lower() in self.lex.home_nouns and _owner(span.root) is not None:
            ref = self._home(span.root)  # "his government": the country the text has said he leads or serves
        elif (country := self._state_of(span)) is not None:
            ref = country  # "the government of Uganda": the state itself
        elif (named_appos := self._named_apposition(span)) is not None:
            ref = named_appos  # "its foreign minister, Qin Gang,": the person named
        elif as_actor and cls is EntityClass.GROUP and (owned := self._owner_acts(span)) is not None:
            ref = owned  # "Russia said its forces attacked X": Russia acts
        elif (owned := self._state_owned(span)) is not None:
            ref = self.resolver.resolve(owned.text, cls, as_actor=as_actor, start=owned.start_char + self.offset,
                                        end=owned.end_char + self.offset)  # fmt: skip
        elif (unnamed := _unnamed(span)) and len(named := self.named.get(cls, [])) == 1:
            ref = self._standing_for(span.root, span.text, named[0])  # "a new pact": the treaty named before
        else:
            ref = self.resolver.resolve(
                _surface(span, cls), cls, as_actor=as_actor,
                start=span.start_char + self.offset, end=span.end_char + self.offset, unnamed=unnamed,
            )  # fmt: skip
            if not unnamed and cls in NAMED_ANTECEDENTS and ref.iri not in {r.iri for r in self.named.get(cls, [])}:
                self.named.setdefault(cls, []).append(ref)
            first = _name_start(span, self.honorifics) if cls is EntityClass.PERSON else span.start
            if first < span.start and ref.cls is EntityClass.PERSON:  # the mention is "President X"
                named = span.doc[first : span.end]
                ref = replace(ref, text=named.text, start=named.start_char + self.offset)
        if ref is not None:
            self.refs[key] = ref
        return ref

    def _state_owned(self, span: Span) -> Span | None:
        """A state's own body named like an international one ("Russia's Security Council",
        the United Nations' being the "Security Council" the gazetteer knows by that bare
        name): the whole phrase with its owner, so the body is the state's, not the
        gazetteer's; ``None`` for any other mention."""
        if cls_of(span) is not EntityClass.ORGANIZATION or self.mentions is None or span.text.isupper():
            return None
        owner = next((c for c in span.root.children if c.dep_ == "poss" and c.i < span.start), None)
        place = self.mentions.at(owner) if owner is not None else None
        if place is None or cls_of(place) is not EntityClass.COUNTRY:
            return None
        entry = self.resolver.gaz.lookup(span.text)
        if entry is None or entry.cls is not EntityClass.ORGANIZATION or normalize_name(entry.label) == normalize_name(span.text):
            return None
        return span.doc[place.start : span.end]

    def _state_of(self, span: Span) -> EntityRef | None:
        """The state an unnamed home noun is "of" ("the government of Uganda", "the
        authorities of Mali"): the country acting, so no nameless "government" node
        stands beside it."""
        root = span.root
        if self.lex is None or self.mentions is None or root.lemma_.lower() not in self.lex.home_nouns:
            return None
        if any(t.is_title for t in span if t.i != root.i and t.pos_ != "DET") or not _unnamed(span):
            return None
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                place = self.mentions.at(obj)
                if place is not None and cls_of(place) is EntityClass.COUNTRY and not any(c.dep_ == "conj" for c in obj.children):
                    found = self.ref(place, as_actor=True)
                    said = span.doc[span.start : place.end]
                    return self._standing_for(root, said.text, found) if found is not None else None
        return None

    def _named_apposition(self, span: Span) -> EntityRef | None:
        """The person an unnamed title is set beside ("its foreign minister, Qin Gang,"):
        the statement is about the person, not a nameless "foreign minister" node."""
        if self.mentions is None or cls_of(span) not in (EntityClass.GROUP, EntityClass.PERSON) or not _unnamed(span):
            return None
        for c in span.root.children:
            named = self.mentions.at(c) if c.dep_ == "appos" else None
            if named is not None and cls_of(named) is EntityClass.PERSON and not _unnamed(named):
                return self.ref(named)
        return None

    def _claimant(self, pronoun: Token, wanted: frozenset[EntityClass]) -> EntityRef | None:
        """Whose claim a pronoun subject stands in: "X's claims that it had killed Y" (X),
        a clause that says what the possessor of its noun claims or reports."""
        verb = pronoun.head
        noun = verb.head if pronoun.dep_ == "nsubj" and verb.dep_ in ("acl", "ccomp") else None
        if self.mentions is None or noun is None or noun.pos_ != "NOUN" or not any(c.dep_ == "mark" for c in verb.children):
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        span = self.mentions.at(owner) if owner is not None else None
        if span is None or cls_of(span) not in wanted:
            return None
        return self._standing_for(pronoun, pronoun.text, self.ref(span, as_actor=True))

    def other_antecedent(self, noun: Token, besides: str) -> EntityRef | None:
        """What an anaphoric noun refers back to when it cannot be the entity ``besides``
        names ("B's leader's visit to the country": a country other than B)."""
        return self._antecedent(noun, frozenset({besides}))

    def _antecedent(self, pronoun: Token, besides: frozenset[str] = frozenset()) -> EntityRef | None:
        """The entity a pronoun, or a definite class noun ("the agency", "his country"),
        refers back to: the nearest earlier mention of a class it can stand for (none of
        ``besides``)."""
        if pronoun.lower_ in FIRST_PERSON:
            return self._speaker(pronoun)
        if pronoun.lower_ in RELATIVE:
            return self._relative(pronoun)
        wanted = _PRONOUN_CLASSES.get(pronoun.lower_)
        said = pronoun.text
        if wanted is not None and pronoun.dep_ == "poss" and (fronted := self._fronted(pronoun)) is not None:
            ref = fronted[1] if fronted[1] is not None and fronted[1].cls in wanted else None
            return self._standing_for(pronoun, said, ref)  # "On his first visit, P said": P, or no one
        if pronoun.lower_ == "it" and self.lex is not None and attribution.speaks(pronoun, self.lex):  # "..., it said": the body that spoke last
            said_before = [ref for pos, ref in self.speakers if pos < pronoun.i and ref.cls in wanted]
            if said_before and self.speakers[-1][0] >= sentence_start(pronoun.doc, pronoun.i) - 60:
                return self._standing_for(pronoun, said, said_before[-1])
        if wanted is not None and (claimant := self._claimant(pronoun, wanted)) is not None:
            return claimant
        if wanted is not None and (user := self._recipient_user(pronoun, wanted)) is not None:
            return self._standing_for(pronoun, said, user)  # "sent shells to R for its war": R's war
        if wanted is None and pronoun.pos_ == "NOUN" and pronoun.lemma_.lower() in self.anaphors:
            wanted = frozenset({EntityClass(self.anaphors[pronoun.lemma_.lower()])})
            start = min((c.i for c in pronoun.children if c.dep_ in ("det", "poss")), default=pronoun.i)
            said = pronoun.doc[start : pronoun.i + 1].text
            if _owner(pronoun) is not None:  # "his country": the country of the person "his" is
                return self._home(pronoun) if EntityClass.COUNTRY in wanted else None
        if wanted is None:
            return None
        own = _clause_subject(pronoun) if pronoun.dep_ in ("dobj", "pobj", "dative") else None
        named_after = self._named_in_clause(pronoun)
        earlier = [
            (pos, ref, subj) for pos, ref, subj in self.history
            if pos < pronoun.i and ref.cls in wanted and (own is None or not own.start <= pos < own.end)
            and ref.iri not in named_after and ref.iri not in besides
        ]  # fmt: skip  # "P met him": not P; "he arrived at the invitation of P": not P
        if not earlier:
            return None
        # the most recent subject of this or the previous sentence is the likeliest antecedent
        window = sentence_start(pronoun.doc, pronoun.i) - 60
        subjects = [h for h in earlier if h[2] and h[0] >= window]
        pos, ref, _ = subjects[-1] if subjects else earlier[-1]
        if pronoun.lower_ in PLURAL_PRONOUNS:  # "they": the coordinated antecedents, or a plural group
            group = self.coordinated.get(pos)
            if group is not None:
                self.plurals[pronoun.i] = group
            elif ref.cls is not EntityClass.GROUP:
                return None
        return self._standing_for(pronoun, said, ref)

    def _recipient_user(self, pronoun: Token, wanted: frozenset[EntityClass]) -> EntityRef | None:
        """For a possessive owning an event noun in what a transfer is given *for* ("sent
        shells to R for its war", "drones delivered to R to be used in its invasion", "parts
        supplied to R for use in its offensive"), the transfer's recipient: materiel given
        for a war serves the war of whoever receives it. None elsewhere (troops sent "for
        its campaign" serve the sender's, as often as not)."""
        if self.lex is None or pronoun.dep_ != "poss" or pronoun.head.lemma_.lower() not in self.lex.event_nouns:
            return None
        word = pronoun.head
        for _ in range(5):  # up through "for", "in", "to be used", "for use in" to the giving verb
            if word.dep_ not in ("pobj", "prep", "advcl", "acl") or word.head is word:
                return None
            word = word.head
            if self.lex.verb_class.get(word.lemma_.lower()) == "transfer":
                break
        else:
            return None
        given = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")] or [word.head] * (word.dep_ == "acl")
        if not any(g.lemma_.lower() in self.lex.materiel_nouns for g in given):
            return None  # "sent troops to R for its campaign": the sender's campaign, often
        to = [g for c in word.children if c.dep_ in ("dative", "prep") and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        to += [c for c in word.children if c.dep_ == "dative" and c.lower_ != "to"]  # "gave R shells for its war"
        if len(to) != 1 or to[0].i > pronoun.i:
            return None
        span = to[0].left_edge.i, to[0].right_edge.i
        found = [ref for pos, ref, _ in self.history if span[0] <= pos <= span[1] and ref.cls in wanted]
        return found[-1] if found else None

    def _named_in_clause(self, pronoun: Token) -> set[str]:
        """The entities named in the clause a subject pronoun governs, which it never
        stands for ("He arrived in Moscow at the invitation of Putin": not Putin)."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or self.mentions is None or pronoun.lower_ not in ("he", "she"):
            return set()  # ("it" is often no entity at all: "it is not clear whether X ...")
        out = set()
        for tok in pronoun.head.subtree:
            span = self.mentions.at(tok) if tok.i > pronoun.i and tok.pos_ == "PROPN" else None
            if span is not None and span.root == tok and _named(span) and (ref := self.ref(span)) is not None:
                out.add(ref.iri)
        return out

    def _home(self, noun: Token) -> EntityRef | None:
        """The country of the person a possessive names: "his country", "her government"."""
        owner = _owner(noun)
        person = self._antecedent(owner) if owner is not None else None
        home = self.homes.get(person.iri) if person is not None else None
        return self._standing_for(noun, noun.doc[owner.i : noun.i + 1].text, home) if owner is not None else None

    def _fronted(self, pronoun: Token) -> tuple[Token, EntityRef | None] | None:
        """For a possessive in a phrase put before its clause ("On his first visit to
        X, P met Y"), the clause's subject and what it resolves to (nothing when the
        parse gives the clause no subject); None for any other possessive."""
        node = pronoun
        while node.head != node and node.head.pos_ not in ("VERB", "AUX"):
            node = node.head
        verb = node.head
        if node == verb or node.dep_ not in ("prep", "advcl", "npadvmod") or node.i > verb.i:
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return verb, None
        span = self.mentions.at(subj) if self.mentions is not None else None
        if not node.i < subj.i or (subj.lower_ in _PRONOUNS and not _named(span)):
            return None
        return subj, (self.ref(span, as_actor=cls_of(span) is EntityClass.COUNTRY) if span is not None and cls_of(span) else None)

    def _relative(self, pronoun: Token) -> EntityRef | None:
        """"X, which ...", "Y, who ...": the noun the relative clause describes."""
        clause = pronoun.head
        while clause.dep_ not in ("relcl", "ROOT") and clause.head != clause:
            clause = clause.head
        span = self.mentions.at(clause.head) if clause.dep_ == "relcl" and self.mentions is not None else None
        if span is None or cls_of(span) is None:
            return None
        return self._standing_for(pronoun, pronoun.text, self.ref(span, as_actor=cls_of(span) is EntityClass.COUNTRY))

    def _owner_acts(self, span: Span) -> EntityRef | None:
        """For an unnamed armed force a possessive pronoun owns ("its forces", "their
        troops"), the country or body the pronoun stands for, mentioned by the group's
        words (not "its foreign minister": a person acts for themself)."""
        owner = next((c for c in span.root.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        lemma = span.root.lemma_.lower()
        if owner is None or not _unnamed(span) or self.lex is None:
            return None
        if lemma not in self.lex.military_org_nouns and self.lex.kinds.get(lemma) != "troop":
            return None
        back = self._antecedent(owner)
        if back is None or back.cls not in (EntityClass.COUNTRY, EntityClass.ORGANIZATION):
            return None
        return replace(back, text=span.text, start=span.start_char + self.offset, end=span.end_char + self.offset)

    def _speaker(self, pronoun: Token) -> EntityRef | None:
        """Who "I", "we" or "our" in reported speech stands for: the speaker, and for
        "we" of a person, the country the text has said the person leads or serves."""
        if self.lex is None or self.mentions is None:
            return None
        head = pronoun.head if pronoun.dep_ in ("poss", "nsubj", "nsubjpass", "dobj") else pronoun
        said = attribution.reporter_of(head, self.lex) or quote_speaker(pronoun.sent, self.lex)
        span = self.mentions.at(said)
        if span is None or span.start <= pronoun.i < span.end or (said.lower_ in FIRST_PERSON and not _named(span)):
            return None
        ref = self.ref(span, as_actor=True)
        if ref is not None and pronoun.lower_ in ("we", "us", "our"):  # the speaker's side
            if ref.cls is EntityClass.PERSON:  # the body the person speaks for, else no one
                ref = self.sides.get(ref.iri) or self.homes.get(ref.iri)
            elif ref.cls is EntityClass.GROUP and (entry := nationality(span.text, self.resolver)) is not None:
                ref = self.resolver.resolve(entry.label, entry.cls, as_actor=True)  # "the French minister"
        return self._standing_for(pronoun, pronoun.text, ref)

    def source(self, token: Token | None) -> EntityRef | None:
        """The entity a source's token (from :mod:`kgraph.nlp.attribution`) stands for: the
        mention it heads or lies in; the body an unnamed speaker speaks for ("an AFP
        correspondent", "a spokesman for the ministry"); for a definite source noun that
        names no giver ("the statement said", "the report added"), the one who spoke last;
        for a bare class noun ("the ministry data"), the last body named with that noun.
        No alias is recorded for the source noun: "the statement" is no name of its giver."""
        if token is None or self.mentions is None or self.lex is None:
            return None
        span = self.mentions.at(token) or self.mentions.at(attribution.affiliation(token))
        if span is not None:
            return self.ref(span, as_actor=True)
        lemma = token.lemma_.lower()
        if lemma in self.lex.source_nouns and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            before = [ref for pos, ref in self.speakers if pos < token.i]
            if not before:
                return None
            start = token.left_edge.idx + self.offset
            return replace(before[-1], text=token.doc[token.left_edge.i : token.i + 1].text, start=start, end=token.idx + len(token) + self.offset)
        if token.pos_ == "NOUN" and lemma in self.anaphors:  # "the ministry data": the ministry named before
            named = [ref for pos, ref, _ in self.history if pos < token.i and lemma in ref.label.lower().split()]
            if named:
                return replace(named[-1], text=token.text, start=token.idx + self.offset, end=token.idx + len(token) + self.offset)
        return None

    def _standing_for(self, word: Token, said: str, ref: EntityRef | None) -> EntityRef | None:
        """``ref`` as mentioned by ``word`` (a pronoun or noun); the merge is recorded for
        a noun ("the agency"), never a pronoun, which names nothing by itself."""
        if ref is None:
            return None
        if word.pos_ != "PRON" and word.lower_ not in _PRONOUNS:
            self.resolver.add_alias(ref.iri, said, MergeReason.COREFERENCE)
        start = word.idx + self.offset
        return EntityRef(ref.iri, ref.label, ref.cls, word.text, ref.wikidata, start, start + len(word))


#: Classes whose unnamed mention ("the agreement", "a new pact") is the one named entity of
#: the class in the document, when there is one.
NAMED_ANTECEDENTS = frozenset({EntityClass.AGREEMENT})


def _unnamed(span: Span) -> bool:
    """A common noun phrase that names nothing in particular: "troops", "the defence
    ministry", "North Korean workers" (a nationality is no name); but a place makes an
    agreement's or event's name ("the Washington Peace Accord", "the Minsk talks"), and
    an acronym makes a name however it is tagged ("PKK fighters" in a headline)."""
    named_by = () if cls_of(span) in (EntityClass.AGREEMENT, EntityClass.EVENT) else ("NORP", "GPE")
    first = sentence_start(span.doc, span.start)
    while first < span.start and span.doc[first].is_punct:
        first += 1  # '"Two companies ... have been sanctioned"': the sentence starts after its opening quote
    return span.root.pos_ == "NOUN" and not span.root.ent_type_ and all(
        t.pos_ != "PROPN" and not (t.is_title and t.i > first) and not (t.is_upper and len(t) > 1 and t.is_alpha)
        or t.ent_type_ in named_by for t in span
    )


#: Pronouns whose antecedent is plural: a coordination, or a group.
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})


def _clause_subject(word: Token) -> Span | None:
    """The subject of the clause a word is the object of (a non-reflexive object
    pronoun never stands for it)."""
    verb = word.head.head if word.dep_ == "pobj" else word.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subj is None and verb.dep_ == "xcomp" and verb.head.i != verb.i:  # "it continued targeting the group"
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ == "PRON" and verb.dep_ == "ccomp" and verb.head.i != verb.i:
        # "X said it had targeted the group": "it" is X, so the group is not X either
        above = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if above is not None and above.i < subj.i:
            return subj.doc[above.left_edge.i : subj.right_edge.i + 1]
    return subj.doc[subj.left_edge.i : subj.right_edge.i + 1] if subj is not None else None


def _named(span: Span | None) -> bool:
    """A mention of a class, so no pronoun: an all-capital "US" the NER names a country
    is not "us"."""
    return span is not None and cls_of(span) is not None


def _owner(noun: Token) -> Token | None:
    """The personal possessive of a noun: "his" in "his government"."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)


#: Every pronoun a mention can be ("it" may be tagged a noun in a headline).
_PRONOUNS = frozenset(_PRONOUN_CLASSES) | FIRST_PERSON


def nationality(text: str, resolver: Resolver) -> GazEntry | None:
    """The country a phrase's leading demonym names ("North Korean workers" -> North Korea,
    also after an amount: "thousands of North Korean workers")."""
    text = strip_determiner(text)
    amount, of, rest = text.rpartition(" of ")
    last = amount.rsplit(" ", 1)[-1].lower()
    if of and (last in q.VAGUE_AMOUNTS or last in MEASURE_NOUNS):
        text = rest
    prefixed = resolver.gaz.demonym_prefix(text)
    return prefixed[0] if prefixed and prefixed[0].cls is EntityClass.COUNTRY else None


def _name_start(span: Span, honorifics: frozenset[str]) -> int:
    """Where a person's mention starts once the capitalised titles right before the name
    are taken in ("Dr. X", "President X"); a title that something else modifies ("US
    President X", "Illinois Gov. X") describes the person and stays out."""
    doc, first = span.doc, span.start
    sent_start = sentence_start(doc, span.start)
    while first > sent_start and doc[first - 1].is_title and doc[first - 1].lower_.rstrip(".") in honorifics:
        first -= 1
    if first < span.start and first > sent_start and doc[first].lower_.rstrip(".") not in COURTESY_TITLES:
        before = doc[first - 1]
        if before.pos_ in ("PROPN", "ADJ") or before.tag_ == "POS":
            return span.start
    return first


#: Titles of address that nothing modifies ("Ms. X", never "US Ms. X").
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "rev", "prof", "sir", "dame"})


def _surface(span: Span, cls: EntityClass) -> str:
    """The mention's words; common nouns of a title-cased headline are lower-cased,
    so "Troops" in a headline and "troops" in the text are one group."""
    if cls not in (EntityClass.GROUP, EntityClass.MATERIEL) or not headline(span.sent):
        return span.text
    keep = ("GPE", "NORP", "PERSON", "LOC", "FAC")
    return "".join((t.text if t.ent_type_ in keep else t.lower_) + t.whitespace_ for t in span).strip()


def headline(sent: Span) -> bool:
    """A title-cased line: most of its words start with a capital (worked out once per
    sentence: every group mention of it asks again)."""
    known = sent.doc.user_data.setdefault(_HEADLINES_KEY, {})
    if sent.start not in known:
        words = [t for t in sent if t.is_alpha and len(t) > 3]
        known[sent.start] = len(words) >= 3 and sum(t.is_title for t in words) >= 0.8 * len(words)
    return known[sent.start]


_HEADLINES_KEY = "kgraph.headlines"


