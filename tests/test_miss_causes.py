"""The miss-cause diagnostic (benchmarks/miss_causes.py): each gold argument's cause, read
from the mentions an extraction resolved in the sentence that holds the most of the fact."""

from __future__ import annotations

from tests.benchmark_scripts import load

CAUSES = load("miss_causes")

TEXT = "Velmora sent drones to Kastria. The Ostrava Works said Brenn had left."


def _record() -> object:
    rec = CAUSES.DocRecord(text=TEXT, sentences=[(0, 31), (32, len(TEXT))])
    rec.mentions = [
        CAUSES.Mention(0, 7, "Velmora", "Velmora", "Country"),
        CAUSES.Mention(13, 19, "drones", "drones", "Materiel"),
        CAUSES.Mention(36, 43, "Ostrava", "Ostrava", "City"),  # the NER cut "the Ostrava Works" short
        CAUSES.Mention(55, 60, "Brenn", "Brenn", "Organization"),  # a person the NER took for a body
    ]
    return rec


def _miss(subject: str, relation: str, obj: str) -> object:
    CAUSES.RECORDS.clear()
    CAUSES.RECORDS["a.txt"] = _record()
    return CAUSES.classify(CAUSES.Miss("a.txt", (subject,), (relation,), (obj,)))


def test_a_construction_miss_is_fine():
    miss = _miss("Velmora", "supplies", "drones")
    assert miss.causes == ("d", "d") and miss.cause == "d"


def test_a_name_no_mention_covers_is_no_mention():
    assert _miss("Velmora", "visits", "Kastria").causes == ("d", "a")


def test_a_class_the_domain_refuses_comes_before_a_cut_name():
    miss = _miss("Brenn", "leaderOf", "Ostrava Works")  # only a person leads
    assert miss.causes == ("b", "c") and miss.cause == "b"


def test_a_mention_that_covers_the_name_but_names_another_entity():
    assert _miss("Brenn", "partOf", "Ostrava Works").causes == ("d", "c")


def test_arguments_in_two_sentences_are_not_in_the_sentence():
    miss = _miss("Velmora", "supplies", "Brenn")
    assert "n" in miss.causes


def test_an_argument_in_another_sentence_is_apart_and_one_never_written_is_unwritten():
    assert CAUSES.n_kind(_miss("Velmora", "supplies", "Brenn")) == "apart"
    assert CAUSES.n_kind(_miss("Velmora", "supplies", "Quorland")) == "unwritten"
