"""Dump what one version of kg says about an annotated set, for the judge's training.

Usage (run with the kg version to dump on ``PYTHONPATH``; it may be an old commit's tree)::

    PYTHONPATH=/tmp/kg-at-commit python eval/judge/dump.py eval/holdout5 /tmp/dumps/holdout5.jsonl

One JSON line per document (``kind: doc``) and per resolved triple (``kind: triple``): the
triple's mentions and provenance as kg's dataclasses hold them (the record
:func:`kg.serialize.triple_from_dict` reads), and the names (label and aliases) of the
entities its ends were resolved to, which is what ``kg eval`` matches gold names against.
Triples are taken before the judge (``judged=False``) when the version has one. Only APIs
every version since the first has (``read_documents``, ``analyse``, ``resolve_analyses``)
are used.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import logging
import sys
from pathlib import Path
from typing import Any

from kg.io import read_documents
from kg.pipeline import analyse, resolve_analyses


def main(argv: list[str]) -> int:
    """Dump the triples of ``argv[0]/articles`` to ``argv[1]``."""
    logging.disable(logging.WARNING)
    folder, out = Path(argv[0]), Path(argv[1])
    documents = list(read_documents([folder / "articles"]))
    options: dict[str, Any] = (
        {"judged": False} if "judged" in inspect.signature(analyse).parameters else {}
    )
    resolution = resolve_analyses(list(analyse(documents, **options)))
    entities = {entity.key: entity for entity in resolution.entities}

    def names(mention: object) -> list[str]:
        entity = entities.get(getattr(mention, "entity", None) or "")
        if entity is None:
            return [getattr(mention, "text", "")]
        return [entity.label, *(alias for alias, _ in entity.aliases)]

    with out.open("w", encoding="utf-8") as sink:
        for document in documents:
            row: dict[str, object] = {"kind": "doc", "id": document.id, "title": document.title}
            sink.write(json.dumps(row, ensure_ascii=False) + "\n")
        for triple in resolution.triples:
            provenance = dataclasses.asdict(triple.provenance)
            provenance["modality"] = triple.provenance.modality.value
            row = {
                "kind": "triple",
                "predicate": triple.predicate,
                "subject": dataclasses.asdict(triple.subject),
                "object": dataclasses.asdict(triple.object),
                "provenance": provenance,
                "s_names": names(triple.subject),
                "o_names": names(triple.object),
            }
            sink.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
