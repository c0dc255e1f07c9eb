"""OWL 2 RL consistency of a kgraph graph together with its ontology (``owlrl``).

SHACL (:func:`kgraph.graph.validate`) checks the shape of what kgraph wrote; this checks
what a reasoner concludes from it: the OWL 2 RL closure of the union graph plus
``ontology/kgraph.ttl``, and the clashes the closure finds (an individual of two disjoint
classes, a literal outside its datatype, ...). A consistent graph has none.
"""

from __future__ import annotations

import logging

import owlrl
from owlrl.Namespaces import ERRNS
from rdflib import Dataset, Graph

from kgraph.namespaces import RDF
from kgraph.rdfio import load_ontology, union_graph

__all__ = ["owl_rl_inconsistencies"]

log = logging.getLogger(__name__)


def owl_rl_inconsistencies(ds: Dataset | Graph) -> list[str]:
    """The inconsistencies OWL 2 RL finds in ``ds`` with the kgraph ontology, sorted;
    empty when the graph is consistent. ``ds`` is not changed.

    Raises:
        DataFileError: the ontology file is missing or broken.
    """
    closure = union_graph(ds)
    closure += load_ontology()
    before = len(closure)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(closure)
    log.info("OWL 2 RL closure: %d triples inferred from %d", len(closure) - before, before)
    return sorted(
        str(text) for message in closure.subjects(RDF.type, ERRNS.ErrorMessage) for text in closure.objects(message, ERRNS.error)
    )
