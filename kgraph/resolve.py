"""Turn mentions into canonical entities: one IRI per thing, whatever it is called.

:class:`Resolver` keeps per-document state (full names seen, acronyms defined) and the
entities met so far, with each alias and the reason it was merged
(:class:`kgraph.types.MergeReason`). What each document taught it can be taken out
(:meth:`Resolver.learned`) and given back to another resolver (:meth:`Resolver.remember`):
a store keeps it, so later runs resolve as one run would. Canonical labels come from the gazetteer where it
knows the name; otherwise from the cleaned mention:

- Person: determiners, possessives, nationality adjectives and titles are dropped
  ("Russian President Vladimir Putin's" -> "Vladimir Putin"); a lone surname (or an
  East-Asian family name) resolves to the full name seen earlier in the document, or
  in any earlier document when exactly one known full name has it.
- Country/City/Region/Organization: a leading "the" and a trailing possessive are
  dropped; an unknown place named "X region" becomes the Region "X".
- Group and Materiel: determiners, numbers, hedges ("about", "at least") and a few
  non-restrictive adjectives ("new", "additional") are dropped; case is kept as
  written, so nationality adjectives and proper names stay capitalised
  ("about 150 new North Korean workers" -> "North Korean workers").
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable
import re
from dataclasses import dataclass, field

from kgraph.acronyms import acronym_definitions, acronym_letters
from kgraph.gazetteer import GazEntry, Gazetteer, clean_quotes, normalize_name
from kgraph.iri import entity_iri
from kgraph.types import Alias, Entity, EntityClass, EntityRef, MergeReason, Resolution

log = logging.getLogger(__name__)

_PLACE = (EntityClass.COUNTRY, EntityClass.CITY, EntityClass.REGION)
_GAZ_HINTS = (*_PLACE, EntityClass.ORGANIZATION, EntityClass.PLACE)
#: Classes a common noun phrase can name without naming anything in particular.
_COMMON_CLASSES = frozenset(
    {EntityClass.GROUP, EntityClass.MATERIEL, EntityClass.AGREEMENT, EntityClass.EVENT, EntityClass.ORGANIZATION}
)
_DETERMINERS = {
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
    "our", "your", "my", "some", "any", "such",
}
#: Last words of a name that make it a state, recognised or self-proclaimed.
STATE_HEADS = frozenset({"republic", "kingdom", "federation", "emirate", "emirates", "principality", "sultanate", "caliphate"})

_TITLES = {
    "president", "vice", "prime", "minister", "foreign", "defence", "defense", "deputy",
    "mr", "mrs", "ms", "dr", "gen", "general", "lt", "lieutenant", "col", "colonel", "maj",
    "major", "capt", "captain", "adm", "admiral", "marshal", "sgt", "sergeant", "sen",
    "senator", "rep", "gov", "governor", "chancellor", "chairman", "chairwoman", "chair",
    "secretary", "secretary-general", "leader", "supreme", "king", "queen", "prince",
    "princess", "sir", "lord", "dame", "pope", "ambassador", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "commander", "chief", "head", "mayor", "premier",
    "comrade", "state", "first", "lady", "former", "late", "acting", "top", "senior",
    "official", "diplomat", "analyst", "expert", "military", "army", "intelligence",
}
_HEDGES = {
    "about", "around", "approximately", "roughly", "nearly", "almost", "some", "over",
    "under", "least", "at", "more", "than", "up", "to", "fewer", "less", "several", "many",
    "numerous", "few", "dozens", "hundreds", "thousands", "millions", "tens", "of",
    "estimated", "an", "additional", "new", "further", "extra", "fresh", "other", "another",
    "total", "number", "couple", "lot", "lots", "handful", "host", "plenty",
}
_SPACES = re.compile(r"\s+")
#: A direction written before a state's or region's name ("north-east Nigeria", "northern
#: Syria"): a side of it, which the text places there, not a place of its own name.
_SIDE = re.compile(r"^(?:(?:north|south)-?(?:east|west)(?:ern)?|(?:north|south|east|west)(?:ern)?|central) (?=[A-Z])")
_BRACKETS = re.compile(r"[\[\]]")


@functools.lru_cache(maxsize=65536)
def _mention(text: str) -> str:
    """A mention's words as the resolver reads them: quote marks name nothing; an editor's
    brackets ("[Donald] Trump") keep the words they hold. Cached: names recur."""
    return _SPACES.sub(" ", _BRACKETS.sub("", clean_quotes(text)).replace('"', " ")).strip(" '")
_POSSESSIVE = re.compile(r"(?<=\w)'s?$")
_NUMBER = re.compile(
    r"^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
    r"billion|dozen|\d[\d,.]*(?:k|m|bn))$",
    re.IGNORECASE,
)
# Heads after a demonym that make the phrase stand for the state: "North Korean forces".
_STATE_HEADS = {
    "", "forces", "armed forces", "troops", "military", "army", "government", "authorities",
    "officials", "leadership", "regime", "side", "state", "navy", "air force", "soldiers",
    "units", "army units", "military units", "diplomats", "counterparts", "people",
}


def state_body(text: str, gazetteer: Gazetteer | None = None) -> tuple[GazEntry, str] | None:
    """The state a body's name gives and the body's own words, however the state is
    written: "Nigeria's army", "the Nigerian army", "Nigeria army" -> (Nigeria, "army");
    None when no state leads the name or nothing follows it."""
    gaz = gazetteer or Gazetteer.load()
    words = strip_determiner(_mention(text)).split(" ")
    for n in range(min(3, len(words) - 1), 0, -1):
        lead, rest = " ".join(words[:n]), " ".join(words[n:])
        possessive = _POSSESSIVE.search(lead.replace("’", "'")) is not None
        entry = gaz.demonym(lead) if not possessive else None
        if entry is None:
            entry = gaz.lookup(_strip_possessive(lead.replace("’", "'")), EntityClass.COUNTRY)
        if entry is not None and entry.cls is EntityClass.COUNTRY:
            return entry, normalize_name(rest)
    return None


def demonym_state(text: str, gazetteer: Gazetteer | None = None) -> GazEntry | None:
    """The state a demonym phrase stands for ("North Korean forces", "the Russians"),
    or None when the phrase is not a demonym with a state-like head."""
    gaz = gazetteer or Gazetteer.load()
    hit = gaz.demonym_prefix(text)
    if hit is None:
        return None
    entry, rest = hit
    return entry if rest in _STATE_HEADS else None


@dataclass
class _Learned:
    """What one document taught: entity IRI -> names merged, (part, full name), (acronym, IRI)."""

    entities: dict[str, set[str]] = field(default_factory=dict)
    short_names: set[tuple[str, str]] = field(default_factory=set)
    acronyms: set[tuple[str, str]] = field(default_factory=set)


@dataclass
class _Record:
    label: str
    cls: EntityClass
    wikidata: str | None
    aliases: dict[str, MergeReason] = field(default_factory=dict)


class Resolver:
    """Canonicalises mentions and accumulates the entities of an extraction run."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or Gazetteer.load()
        self._records: dict[str, _Record] = {}
        self._doc: str | None = None
        self._short: dict[str, str | None] = {}  # this document: name part -> full name
        self._acronyms: dict[str, str] = {}  # this document: acronym -> IRI
        self._named_as: dict[str, str] = {}  # this document: a name "known as" -> IRI
        self._global_short: dict[str, set[str]] = {}
        self._global_acronyms: dict[str, set[str]] = {}
        self._groups: dict[str, str | None] = {}  # this document: bare head -> its one qualified group
        self._bodies: dict[tuple[str, str], str] = {}  # this document: (state, body words) -> the body's first label
        self._learned = _Learned()  # what this document taught (see learned())

    # -- per-document state ------------------------------------------------------

    def begin_document(self, doc_iri: str) -> None:
        """Forget the short names and acronyms of the previous document."""
        self._doc = doc_iri
        self._short = {}
        self._acronyms = {}
        self._named_as = {}
        self._groups = {}
        self._bodies = {}
        self._learned = _Learned()

    def learned(self) -> Resolution:
        """What the current document (since :meth:`begin_document`) taught the resolver:
        every entity it resolved with the names it merged into it, the full names its
        short names stand for, the acronyms it defined."""
        return Resolution(
            entities=tuple(
                Entity(iri, rec.label, rec.cls, rec.wikidata, tuple(Alias(t, rec.aliases[t]) for t in names))
                for iri, names in self._learned.entities.items()
                for rec in (self._records[iri],)
            ),
            short_names=tuple(self._learned.short_names),
            acronyms=tuple(self._learned.acronyms),
        )

    def remember(self, resolution: Resolution) -> None:
        """Know what an earlier document taught (from a store): its entities and the
        names merged into them, its short names and acronyms, as if it had been
        resolved in this run. A name merged earlier keeps its first reason."""
        for entity in resolution.entities:
            record = self._records.setdefault(entity.iri, _Record(entity.label, entity.cls, entity.wikidata))
            for alias in entity.aliases:
                record.aliases.setdefault(alias.text, alias.reason)
        for key, full in resolution.short_names:
            self._global_short.setdefault(key, set()).add(full)
            self._learned.short_names.add((key, full))
        for short, iri in resolution.acronyms:
            self._global_acronyms.setdefault(short, set()).add(iri)

    def note_groups(self, texts: Iterable[str]) -> None:
        """Learn this document's qualified group names ("North Korean workers"), so a
        bare "the workers" anywhere in it, headline included, resolves to the one group
        with that head. A head that two qualified groups share stays ambiguous."""
        for text in texts:
            label = clean_noun_phrase(_strip_possessive(clean_quotes(text)))
            words = label.split(" ")
            if len(words) < 2 or "of" in words:  # "a group of workers" is not a kind of workers
                continue
            head = words[-1].casefold()
            if self._groups.get(head, label) != label:
                self._groups[head] = None
            else:
                self._groups[head] = label

    def note_people(self, texts: Iterable[str]) -> None:
        """Learn this document's full personal names before any is resolved, so a
        surname alone resolves to the full name even where it comes first ("Xi arrives
        in Moscow" above "Xi Jinping said ...")."""
        for text in texts:
            name = clean_person(_strip_possessive(clean_quotes(text)), self.gaz)
            if " " in name:
                self._remember_person(name)

    def define_acronym(self, short: str, long: str, cls_hint: EntityClass = EntityClass.ORGANIZATION) -> EntityRef:
        """Record that ``short`` abbreviates ``long`` in this document; return the long
        form's entity (resolved as usual) with ``short`` as an acronym alias."""
        ref = self.resolve(long, cls_hint)
        short = short.strip()
        self._acronyms[short] = ref.iri
        self._global_acronyms.setdefault(short, set()).add(ref.iri)
        self._learned.acronyms.add((short, ref.iri))
        self.add_alias(ref.iri, short, MergeReason.ACRONYM)
        return ref

    def define_alias(self, alias: str, name: str, cls_hint: EntityClass) -> EntityRef:
        """Record that this document calls ``name`` also ``alias`` ("General X, also known
        as Y"); return ``name``'s entity with ``alias`` as an alias of it."""
        ref = self.resolve(name, cls_hint)
        alias = _strip_possessive(_mention(alias))
        self._named_as[alias] = ref.iri
        self.add_alias(ref.iri, alias, MergeReason.ALIAS)
        return ref

    def scan_acronyms(self, text: str, cls_hint: EntityClass = EntityClass.ORGANIZATION) -> list[tuple[str, str]]:
        """Find "Long Form (LF)" definitions whose initials match and define them.

        Returns the (short, long) pairs defined, in text order.
        """
        found = []
        for words, short in acronym_definitions(clean_quotes(text)):
            long = _match_initials(words, short)
            if long:
                self.define_acronym(short, long, cls_hint)
                found.append((short, long))
        return found

    # -- resolution ----------------------------------------------------------------

    def resolve(
        self,
        text: str,
        cls_hint: EntityClass,
        *,
        as_actor: bool = False,
        start: int | None = None,
        end: int | None = None,
        unnamed: bool = False,
    ) -> EntityRef:
        """The canonical entity a mention stands for (created if new).

        ``as_actor`` says the mention acts (subject, source): then a capital stands for
        its state ("Moscow said") and a demonym phrase for its state ("North Korean
        forces"). The gazetteer's class overrides ``cls_hint`` for names it knows.
        ``unnamed`` says only common nouns name it ("the agreement", "tanks"): unless
        the gazetteer knows it, it is this document's and no other's.
        """
        mention = _mention(text)
        label, cls, wikidata, reason = self._canonical(mention, cls_hint, as_actor)
        local = unnamed and wikidata is None and cls in _COMMON_CLASSES and reason is not MergeReason.ACRONYM
        if local and reason is MergeReason.COREFERENCE and entity_iri(str(cls), label, self._doc) not in self._records:
            local = entity_iri(str(cls), label, None) not in self._records  # "15 insurgents" after "Boko Haram insurgents"
        iri = entity_iri(str(cls), label, self._doc if local else None)
        record = self._records.get(iri)
        if record is None:
            record = self._records[iri] = _Record(label, cls, wikidata)
        names = self._learned.entities.setdefault(iri, set())
        if mention and mention != label:
            record.aliases.setdefault(mention, reason)
            names.add(mention)
        if cls is EntityClass.PERSON and " " in label:
            self._remember_person(label)
        return EntityRef(iri=iri, label=label, cls=cls, text=text, wikidata=record.wikidata, start=start, end=end)

    def _canonical(
        self, mention: str, hint: EntityClass, as_actor: bool
    ) -> tuple[str, EntityClass, str | None, MergeReason]:
        stripped = _strip_possessive(mention)
        side = _SIDE.match(stripped) if hint in _PLACE else None
        if side is not None:
            whole = self.gaz.lookup(stripped[side.end() :], hint)
            if whole is not None and whole.cls in (EntityClass.COUNTRY, EntityClass.REGION):
                stripped = stripped[side.end() :]  # "north-east Nigeria": Nigeria, as "in north-east Nigeria" reads
        known = self._acronym(stripped)
        if known is not None:
            rec = self._records[known]
            return rec.label, rec.cls, rec.wikidata, MergeReason.ACRONYM
        if stripped in self._named_as:
            rec = self._records[self._named_as[stripped]]
            return rec.label, rec.cls, rec.wikidata, MergeReason.ALIAS
        if hint in _GAZ_HINTS or hint is EntityClass.PERSON and as_actor:
            prefer = hint if hint in _PLACE or hint is EntityClass.ORGANIZATION else None
            entry = self.gaz.lookup(stripped, prefer)
            if entry is not None and (hint is not EntityClass.PERSON or entry.cls is EntityClass.COUNTRY):
                if as_actor and entry.cls is EntityClass.CITY:
                    state = self.gaz.capital_of(entry.label)
                    if state is not None:
                        return state.label, state.cls, state.wikidata, MergeReason.METONYMY
                reason = MergeReason.NAME if normalize_name(stripped) == normalize_name(entry.label) else MergeReason.ALIAS
                return entry.label, entry.cls, entry.wikidata, reason
        if as_actor or hint in _PLACE:
            state = demonym_state(stripped, self.gaz)
            if state is not None and (as_actor or normalize_name(stripped) in _demonym_keys(state)):
                return state.label, state.cls, state.wikidata, MergeReason.DEMONYM
        if hint is EntityClass.PERSON:
            name = clean_person(stripped, self.gaz)
            full = self._full_name(name)
            if full is not None and full != name:
                return full, EntityClass.PERSON, None, MergeReason.SHORT_NAME
            return name or stripped, EntityClass.PERSON, None, MergeReason.NAME
        if hint in (EntityClass.GROUP, EntityClass.MATERIEL):
            label = clean_noun_phrase(stripped) or stripped
            qualified = self._groups.get(label.casefold()) if hint is EntityClass.GROUP else None
            if qualified is not None and " " not in label:
                return qualified, hint, None, MergeReason.COREFERENCE
            return label, hint, None, MergeReason.NAME
        label = strip_determiner(stripped)
        if hint in (EntityClass.ORGANIZATION, EntityClass.COUNTRY) and label.split(" ")[-1].casefold() in STATE_HEADS:
            return label, EntityClass.COUNTRY, None, MergeReason.NAME  # "the Donetsk People's Republic"
        if hint is EntityClass.ORGANIZATION:
            body = state_body(mention, self.gaz)  # "Canada's foreign ministry" after "the Canadian foreign ministry"
            if body is not None:
                first = self._bodies.setdefault((body[0].label, body[1]), label)
                if normalize_name(first) != normalize_name(label):  # a capital letter more is the same name
                    return first, hint, None, MergeReason.ALIAS
        if hint in (EntityClass.REGION, EntityClass.COUNTRY, EntityClass.CITY):
            m = re.match(r"^(.+?) (?:region|oblast|province|governorate|district|krai|raion)$", label, re.IGNORECASE)
            if m:
                return m.group(1), EntityClass.REGION, None, MergeReason.NAME
            m = re.match(r"^(.+?) [a-z]+ (?:city|town|village)$", label)  # "Hodeidah port city": Hodeidah ("Gaza City" stays)
            if m:
                entry = self.gaz.lookup(m.group(1), EntityClass.CITY)
                return (entry.label, EntityClass.CITY, entry.wikidata, MergeReason.ALIAS) if entry else (m.group(1), EntityClass.CITY, None, MergeReason.NAME)
        return label or stripped, hint, None, MergeReason.NAME

    def _acronym(self, text: str) -> str | None:
        key = text.strip()
        if key in self._acronyms:
            return self._acronyms[key]
        known = self._global_acronyms.get(key, set())
        return next(iter(known)) if len(known) == 1 else None

    def _remember_person(self, full: str) -> None:
        parts = full.split(" ")
        regnal = _REGNAL.match(parts[-1]) is not None  # "Mohammed VI": a monarch's given name and number
        for part in {parts[0]} if regnal else {parts[0], parts[-1]}:
            key = part.casefold()
            if self._short.get(key, full) != full:
                self._short[key] = None  # two people share it in this document
            else:
                self._short[key] = full
            if regnal:
                continue  # a bare given name elsewhere ("Crown Prince Mohammed") is no king's
            self._global_short.setdefault(key, set()).add(full)
            self._learned.short_names.add((key, full))

    def _full_name(self, name: str) -> str | None:
        if " " in name or not name:
            return None
        key = name.casefold()
        if key in self._short:
            return self._short[key]
        known = self._global_short.get(key, set())
        return next(iter(known)) if len(known) == 1 else None

    # -- results -------------------------------------------------------------------

    def add_alias(self, iri: str, text: str, reason: MergeReason) -> None:
        """Record ``text`` as another name of the entity ``iri`` (e.g. a coreference).

        Raises:
            KeyError: no entity with that IRI has been resolved yet.
        """
        record = self._records[iri]
        text = _SPACES.sub(" ", clean_quotes(text)).strip()
        if text and text != record.label:
            record.aliases.setdefault(text, reason)
            self._learned.entities.setdefault(iri, set()).add(text)

    def entities(self, iris: Iterable[str] | None = None) -> dict[str, Entity]:
        """Every entity resolved so far (or those of ``iris`` the resolver knows), by
        IRI, aliases in first-seen order."""
        records = self._records if iris is None else {i: self._records[i] for i in iris if i in self._records}
        return {
            iri: Entity(
                iri=iri,
                label=rec.label,
                cls=rec.cls,
                wikidata=rec.wikidata,
                aliases=tuple(Alias(t, r) for t, r in rec.aliases.items() if t != rec.label),
            )
            for iri, rec in records.items()
        }


# -- text cleaning ---------------------------------------------------------------


#: A regnal number ending a monarch's name: "II", "VI", "XVI".
_REGNAL = re.compile(r"^(?=[IVX]{1,5}$)X{0,3}(?:IX|IV|V?I{0,3})$")


def _strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip()).strip()


def strip_determiner(text: str) -> str:
    """``text`` without leading determiners and possessive pronouns."""
    words = text.split(" ")
    while len(words) > 1 and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _demonym_keys(entry: GazEntry) -> set[str]:
    return {normalize_name(d) for d in entry.demonyms}


def clean_person(text: str, gazetteer: Gazetteer | None = None) -> str:
    """A person's name without determiners, nationality adjectives or titles:
    "Russian President Vladimir Putin's" -> "Vladimir Putin"."""
    gaz = gazetteer or Gazetteer.load()
    words = [w for w in _strip_possessive(text).split(" ") if w]
    while len(words) > 1:
        head = words[0].lower().rstrip(".,")
        two = " ".join(words[:2])
        if head in _DETERMINERS or head in _TITLES:
            words = words[1:]
        elif gaz.demonym(two) is not None and len(words) > 2:
            words = words[2:]
        elif gaz.demonym(words[0]) is not None or gaz.lookup(words[0]) is not None and len(words) > 2:
            words = words[1:]
        else:
            break
    return " ".join(words)


def clean_noun_phrase(text: str) -> str:
    """A Group or Materiel label: no determiners, numbers, hedges or "new"-like words."""
    words = [w for w in text.replace(",", " ").split(" ") if w]
    while words and (
        words[0].lower() in _DETERMINERS or words[0].lower() in _HEDGES or _NUMBER.match(words[0])
    ):
        words = words[1:]
    return " ".join(words)


def _match_initials(words: list[str], short: str) -> str | None:
    """The shortest tail of ``words`` whose capitalised initials spell ``short``."""
    letters = acronym_letters(short)
    for i in range(len(words)):
        tail = words[i:]
        if tail[0][:1].islower():
            continue
        initials = "".join(w[0] for w in tail if w[:1].isupper()).upper()
        if initials == letters:
            return " ".join(tail)
    return None
