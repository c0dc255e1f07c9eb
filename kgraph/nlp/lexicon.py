"""The word classes behind the extraction rules, loaded from a JSON file and checked.

The default file is ``kgraph/data/lexicon.json``; a user can pass another path. Every
error names the file and says what is wrong.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from kgraph.errors import DataFileError

DEFAULT_LEXICON = Path(__file__).resolve().parent.parent / "data" / "lexicon.json"

_REQUIRED_LISTS = (
    "group_nouns",
    "institution_nouns",
    "organization_nouns",
    "military_org_nouns",
    "materiel_nouns",
    "agreement_nouns",
    "event_nouns",
    "leader_titles",
    "member_titles",
    "honorifics",
    "reporting_verbs",
    "planned_markers",
    "alleged_markers",
    "negation_markers",
    "hypothetical_markers",
    "directive_verbs",
    "condition_marks",
    "home_nouns",
    "control_participles",
    "source_nouns",
    "casualty_nouns",
    "toll_nouns",
)

#: Lists a lexicon may leave out (an older or smaller lexicon file): the rules they feed
#: then find nothing.
_OPTIONAL_LISTS = (
    "light_verbs", "receiving_verbs", "adverse_modifiers", "intention_nouns", "undoing_verbs", "producer_nouns", "industry_words",
    "claim_nouns", "confirming_verbs", "claiming_verbs",
    "creed_words",
    "part_nouns", "echelon_nouns", "body_nouns", "faction_nouns",
    "projectile_verbs", "carrying_verbs", "sending_verbs", "approving_words", "system_nouns", "defence_words", "carrier_nouns", "vehicle_nouns", "cargo_words", "cargo_verbs",
    "party_nouns", "relational_place_nouns", "statehood_nouns", "falsity_modifiers",
    "particle_verbs", "cessation_verbs", "asset_verbs", "holding_nouns", "departure_verbs", "preventing_verbs", "target_nouns",
    "vessel_nouns", "owning_verbs", "activity_nouns", "facility_nouns", "modified_body_nouns", "struck_facility_nouns",
    "counting_kill_verbs", "hosting_verbs", "water_nouns", "consignment_nouns", "act_nouns",
    "commission_nouns", "winning_verbs", "granting_verbs", "making_verbs",
    "dying_verbs", "alliance_words", "truce_words", "designating_verbs", "terror_words", "having_verbs", "approving_verbs",
    "kit_nouns", "trade_titles", "outfit_nouns", "purchase_nouns", "signed_document_nouns",
)  # fmt: skip


@dataclass(frozen=True)
class Lexicon:
    verb_class: dict[str, str]  # lemma -> verb class
    nominal_class: dict[str, str]  # noun lemma -> verb class
    multiword: dict[tuple[str, str], str]  # (verb lemma, object lemma) -> class
    group_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    organization_nouns: frozenset[str]  # common nouns an organisation's name can qualify
    military_org_nouns: frozenset[str]
    materiel_nouns: frozenset[str]
    agreement_nouns: frozenset[str]
    event_nouns: frozenset[str]
    leader_titles: frozenset[str]
    member_titles: frozenset[str]
    honorifics: frozenset[str]  # titles that are part of a name's mention ("Dr. X", "President X")
    reporting_verbs: frozenset[str]
    planned_markers: frozenset[str]
    alleged_markers: frozenset[str]
    negation_markers: frozenset[str]
    hypothetical_markers: frozenset[str]
    directive_verbs: frozenset[str]  # verbs that urge or warn an addressee to act ("urged X not to send")
    condition_marks: frozenset[str]  # marks of a clause that puts an act off until it holds ("once ...")
    home_nouns: frozenset[str]  # what "his <noun>" names when the text has said his country ("his government")
    control_participles: frozenset[str]  # "<Name>-controlled X": Name occupies X
    source_nouns: frozenset[str]  # what a source gives ("according to a statement by X")
    casualty_nouns: frozenset[str]  # nouns that count people lost ("5,000 casualties")
    toll_nouns: frozenset[str]  # nouns whose figure is a casualty count ("the death toll")
    quantity_hedges: dict[str, str]  # phrase -> hedge name
    place_nouns: dict[str, str]  # noun -> the place class it names ("city" -> City)
    anaphoric_nouns: dict[str, str]  # noun -> the class "the <noun>" refers back to ("the agency")
    kinds: dict[str, str]  # group or materiel noun -> its kind ("laborers" -> worker, "volunteers" -> troop)
    light_verbs: frozenset[str] = frozenset()  # verbs whose object noun says the act ("launch an attack")
    receiving_verbs: frozenset[str] = frozenset()  # ... whose subject receives it ("take delivery of")
    adverse_modifiers: frozenset[str] = frozenset()  # "strained ties": no cooperation
    intention_nouns: frozenset[str] = frozenset()  # "plans to send": their owner is the sender
    undoing_verbs: frozenset[str] = frozenset()  # "lifted its sanctions", "vetoed the deal": no act stated
    producer_nouns: frozenset[str] = frozenset()  # "maker", "producer": with wares before them, a firm ("arms maker X")
    industry_words: frozenset[str] = frozenset()  # wares of an arms maker beside materiel ("defence contractor")
    claim_nouns: frozenset[str] = frozenset()  # "reports that X sent Y": what they say is a claim, not a fact
    confirming_verbs: frozenset[str] = frozenset()  # "confirmed reports that ...": the claim is borne out
    claiming_verbs: frozenset[str] = frozenset()  # "X claimed to have killed Y": X's own claim
    creed_words: frozenset[str] = frozenset()  # nationality-like words of a faith, creed or bloc: no state ("Shia")
    part_nouns: frozenset[str] = frozenset()  # an organisation's parts: "X, a subsidiary of Y" (partOf)
    body_nouns: frozenset[str] = frozenset()  # bodies a name gives an owner: "the Council of the European Union" (partOf)
    faction_nouns: frozenset[str] = frozenset()  # "Russian opposition leader": the title is the faction's, not the state's
    echelon_nouns: frozenset[str] = frozenset()  # units a force has many of: "brigade general X" serves no one body
    projectile_verbs: frozenset[str] = frozenset()  # "fired missiles at X": X is attacked, the missiles are not
    carrying_verbs: frozenset[str] = frozenset()  # "flew troops to X": a verb of motion that, with an object, transfers it
    sending_verbs: frozenset[str] = frozenset()  # "sent ships to patrol X": verbs that move what they take, to give it or to use it
    approving_words: frozenset[str] = frozenset()  # "X approved the sale of Y", "the approval of a sale": the transfer is pending (verbs and nouns)
    system_nouns: frozenset[str] = frozenset()  # "an air defence system", "a missile defence complex": arms when a compound defence word with its own compound qualifies them
    defence_words: frozenset[str] = frozenset()  # "air defence", "missile defense": what makes a system arms
    carrier_nouns: frozenset[str] = frozenset()  # "aid flights arrived": what carries goods, never the goods
    vehicle_nouns: frozenset[str] = frozenset()  # "planes": goods, or a carrier when named for or said to carry a cargo
    cargo_words: frozenset[str] = frozenset()  # "relief plane", "aid convoy": a vehicle named for what it carries
    cargo_verbs: frozenset[str] = frozenset()  # "planes carrying X": the vehicle carries X
    party_nouns: frozenset[str] = frozenset()  # "six entities", "two individuals": counted parties a measure targets
    relational_place_nouns: frozenset[str] = frozenset()  # "the capital of X" lies in X; it is not X
    statehood_nouns: frozenset[str] = frozenset()  # "recognised the independence of X": X is recognised
    falsity_modifiers: frozenset[str] = frozenset()  # "fake reports that X ...": what they report is denied
    particle_verbs: frozenset[str] = frozenset()  # "handed over 20 tanks": "over" is the verb's, no hedge
    cessation_verbs: frozenset[str] = frozenset()  # "called on X to stop": a call to cease criticizes X
    asset_verbs: frozenset[str] = frozenset()  # "froze the assets of X": their owner is sanctioned
    holding_nouns: frozenset[str] = frozenset()  # "assets", "accounts": what a sanction freezes
    departure_verbs: frozenset[str] = frozenset()  # "left behind his home in X": a home given up, no longer lived in
    preventing_verbs: frozenset[str] = frozenset()  # "prevent X from seizing Y": what X is kept from doing is no fact
    target_nouns: frozenset[str] = frozenset()  # "strikes on targets in X", "Russian positions": what an attack hits stands for X
    modified_body_nouns: frozenset[str] = frozenset()  # "Iran-backed groups": a body when who backs or leads it is glued on
    # Three facility lists, three jobs (kept apart: each list's members are tuned to its rule):
    # target_nouns (above) says whom an attack on the noun hits (its owner), facility_nouns
    # whose the facility is rather than where ("of X", a demonym), struck_facility_nouns
    # which unnamed struck facilities are a place of their own (event_args.struck_facility).
    facility_nouns: frozenset[str] = frozenset()  # "a checkpoint of X", "a Philippine outpost": its owner, not its name or its land (word forms, plurals listed)
    struck_facility_nouns: frozenset[str] = frozenset()  # "attacked a military post": an unnamed facility an attack hits is a place of its own
    vessel_nouns: frozenset[str] = frozenset()  # "attacked two tankers": ships are materiel, yet an attack's object (relations.struck_vessel)
    activity_nouns: frozenset[str] = frozenset()  # "operations in X": where the act is done, not whom it hits
    owning_verbs: frozenset[str] = frozenset()  # "a camp belonging to X", "sites used by X": an attack on it is on X
    counting_kill_verbs: frozenset[str] = frozenset()  # "destroyed 1,500 troops": a loss only when people are counted
    hosting_verbs: frozenset[str] = frozenset()  # "received X in Y": a meeting with a guest, who visits Y
    water_nouns: frozenset[str] = frozenset()  # "the Red Sea": a place attacks are made in, not on
    act_nouns: frozenset[str] = frozenset()  # "the EU's imposition of sanctions": the act of a light verb, its owner's
    commission_nouns: frozenset[str] = frozenset()  # "won a contract for X": what a supplier is commissioned by
    winning_verbs: frozenset[str] = frozenset()  # "X won / was awarded a contract": X is the one commissioned
    granting_verbs: frozenset[str] = frozenset()  # "Y awarded X a contract": X (not Y) is the one commissioned
    making_verbs: frozenset[str] = frozenset()  # "a contract to build X": what a commissioned maker supplies
    consignment_nouns: frozenset[str] = frozenset()  # "the package includes X": a whole of things given, like a transfer noun
    dying_verbs: frozenset[str] = frozenset()  # "nine rebels died": the counted people are their side's loss
    alliance_words: frozenset[str] = frozenset()  # "a defence pact": an agreement whose parties cooperate
    truce_words: frozenset[str] = frozenset()  # "a ceasefire deal", "a peace accord": an end of fighting, no partnership
    designating_verbs: frozenset[str] = frozenset()  # "designated X a terrorist group": a sanction, with a label of terror
    approving_verbs: frozenset[str] = frozenset()  # "X approved the deployment of Ethiopian troops": X allows it, the troops' state sends them (approving_words marks a sale pending)
    having_verbs: frozenset[str] = frozenset()  # "had the backing of Y": the subject has the support Y gives
    terror_words: frozenset[str] = frozenset()  # "terrorist", "terror": the label that makes a designation a sanction
    trade_titles: frozenset[str] = frozenset()  # "US journalist X": a trade, its state modifier only X's nationality
    kit_nouns: frozenset[str] = frozenset()  # "a weapons system", "an anti-missile system": materiel when an arms or arms-industry word modifies it (system_nouns reads "air defence")
    outfit_nouns: frozenset[str] = frozenset()  # "power monopoly X", "gang X": kinds of outfit beside the organisation nouns that say a name after them is one
    purchase_nouns: frozenset[str] = frozenset()  # "Turkey's purchase of X from Y": Y supplies X (kgraph.nlp.purchases)
    signed_document_nouns: frozenset[str] = frozenset()  # "signed a joint statement", "a roadmap was signed": a document signed is an agreement
    agent_nouns: dict[str, str] = field(default_factory=dict)  # "supplier" -> transfer: who does the class's act

    @cached_property
    def titles(self) -> frozenset[str]:
        """Every title, a leader's or a member's (worked out once)."""
        return self.leader_titles | self.member_titles

    @cached_property
    def title_words(self) -> frozenset[str]:
        """The last words of every title, and the honorifics: a word that ends a title."""
        return frozenset(t.split()[-1] for t in self.titles) | self.honorifics

    @cached_property
    def title_first_words(self) -> frozenset[str]:
        """The first words of every title ("prime" of "prime minister"): a word that can open one."""
        return frozenset(t.split()[0] for t in self.titles)

    @cached_property
    def firm_nouns(self) -> frozenset[str]:
        """Nouns of organisations and of makers ("company", "group", "maker"): the head of a
        description that says a name is an organisation's."""
        return self.organization_nouns | self.producer_nouns

    @cached_property
    def described_body_nouns(self) -> frozenset[str]:
        """Lower-case nouns that, with a modifier, describe the organisation named right
        after them ("Russian company X", "state news agency X", "energy giant X"): the firm
        nouns and the kinds of outfit; not "carrier", which names a ship as often as an
        airline ("the aircraft carrier X")."""
        return (self.firm_nouns | self.outfit_nouns) - {"carrier"}

    @cached_property
    def org_nouns(self) -> frozenset[str]:
        """Nouns that end an organisation's or an institution's name."""
        return self.organization_nouns | self.institution_nouns

    @cached_property
    def state_body_nouns(self) -> frozenset[str]:
        """Nouns that end the name of a state's body: an institution's or an armed body's."""
        return self.institution_nouns | self.military_org_nouns

    @cached_property
    def civil_body_nouns(self) -> frozenset[str]:
        """Nouns that end the name of a state's civil body: an institution's or an agency's
        ("ministry", "police", "department", "agency")."""
        return self.institution_nouns | self.body_nouns

    @cached_property
    def all_body_nouns(self) -> frozenset[str]:
        """Nouns that end a body's name: an organisation's, an institution's, an armed body's."""
        return self.organization_nouns | self.state_body_nouns

    @cached_property
    def verbs_in(self) -> dict[str, frozenset[str]]:
        """Each verb class's lemmas (``verb_class`` turned round): a rule of one class
        looks in a sentence for these words only."""
        return _inverse(self.verb_class)

    @cached_property
    def nouns_in(self) -> dict[str, frozenset[str]]:
        """Each verb class's nominalizations (``nominal_class`` turned round)."""
        return _inverse(self.nominal_class)

    @cached_property
    def loss_verbs(self) -> frozenset[str]:
        """Verbs that can tell a loss: of the kill and casualty classes, and those that
        kill only counted people ("destroyed 1,500 troops")."""
        return self.verbs_in.get("kill", frozenset()) | self.verbs_in.get("casualty", frozenset()) | self.counting_kill_verbs

    @cached_property
    def moving_verbs(self) -> frozenset[str]:
        """Verbs that can move troops or goods with no one named as sending them: of the
        visit and transfer classes, and of attack ("fighting for X": sent to fight)."""
        return frozenset().union(*(self.verbs_in.get(c, ()) for c in ("visit", "transfer", "attack")))

    @cached_property
    def multiword_verbs(self) -> frozenset[str]:
        """The verbs of the multiword entries ("join" of "join forces")."""
        return frozenset(verb for verb, _ in self.multiword)

    @cached_property
    def title_modifiers(self) -> frozenset[str]:
        """The words that open a listed title of several words ("foreign", "defence",
        "prime"): before a title word they are the title's, no name's; not a body noun
        inside a title ("army" of "chief of army staff" still ends "the Indian Army")."""
        return frozenset(
            w for t in self.titles for w in t.split()[:-1]
            if w.isalpha() and w not in ("of", "for", "the", "in") and w not in self.all_body_nouns
        )  # fmt: skip


def _inverse(classes: dict[str, str]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for word, cls in classes.items():
        out.setdefault(cls, set()).add(word)
    return {cls: frozenset(words) for cls, words in out.items()}


def load_lexicon(path: Path | str | None = None) -> Lexicon:
    """Load and check a lexicon file.

    Raises:
        DataFileError: the file is missing, not JSON, or lacks a required list.
    """
    return _load(Path(path) if path else DEFAULT_LEXICON)


@lru_cache(maxsize=8)
def _load(path: Path) -> Lexicon:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(path, "lexicon file not found; pass an existing --lexicon path") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFileError(path, f"cannot read the lexicon as JSON: {exc}") from None
    if not isinstance(data, dict):
        raise DataFileError(path, "a lexicon is a JSON object")
    for key in (*_REQUIRED_LISTS, "verb_classes", "nominalizations", "multiword_verbs", "quantity_hedges", "place_nouns", "anaphoric_nouns", "kinds"):
        if key not in data:
            raise DataFileError(path, f"missing key {key!r}")
    for key in _REQUIRED_LISTS:
        if not isinstance(data[key], list) or not all(isinstance(x, str) for x in data[key]):
            raise DataFileError(path, f"{key!r} must be a list of strings")

    def invert(table: object, key: str) -> dict[str, str]:
        if not isinstance(table, dict):
            raise DataFileError(path, f"{key!r} must map a class to a list of words")
        out: dict[str, str] = {}
        for cls, words in table.items():
            if not isinstance(words, list):
                raise DataFileError(path, f"{key}.{cls} must be a list")
            for w in words:
                out.setdefault(str(w).lower(), cls)
        return out

    multiword: dict[tuple[str, str], str] = {}
    for cls, pairs in data["multiword_verbs"].items():
        for pair in pairs:
            if not (isinstance(pair, list) and len(pair) == 2):
                raise DataFileError(path, f"multiword_verbs.{cls}: each entry is [verb, object]")
            multiword[(pair[0].lower(), pair[1].lower())] = cls
    for verb in _optional_list(data, "bond_verbs", path):  # "boosted their ties", "deepen cooperation with X"
        for noun in data["nominalizations"].get("cooperate", ()):
            multiword.setdefault((str(verb).lower(), str(noun).lower()), "cooperate")
    hedges = invert(data["quantity_hedges"], "quantity_hedges")
    place_nouns = invert(data["place_nouns"], "place_nouns")
    anaphoric_nouns = invert(data["anaphoric_nouns"], "anaphoric_nouns")
    if unknown := set(place_nouns.values()) - {"City", "Region", "Country", "Place"}:
        raise DataFileError(path, f"place_nouns: unknown place classes {sorted(unknown)}")
    if unknown := set(anaphoric_nouns.values()) - {"City", "Country", "Organization"}:
        raise DataFileError(path, f"anaphoric_nouns: unknown classes {sorted(unknown)}")
    return Lexicon(
        verb_class=invert(data["verb_classes"], "verb_classes"),
        nominal_class=invert(data["nominalizations"], "nominalizations"),
        multiword=multiword,
        quantity_hedges=hedges,
        place_nouns=place_nouns,
        anaphoric_nouns=anaphoric_nouns,
        kinds=invert(data["kinds"], "kinds"),
        **{k: frozenset(w.lower() for w in data[k]) for k in _REQUIRED_LISTS},
        agent_nouns=invert(data.get("agent_nouns", {}), "agent_nouns"),
        **{k: frozenset(w.lower() for w in _optional_list(data, k, path)) for k in _OPTIONAL_LISTS},
    )


def _optional_list(data: dict, key: str, path: Path) -> list[str]:
    words = data.get(key, [])
    if not isinstance(words, list) or not all(isinstance(x, str) for x in words):
        raise DataFileError(path, f"{key!r} must be a list of strings")
    return words
