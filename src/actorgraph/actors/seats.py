"""A capital named as the seat of an international body, standing for that body.

In: the actor mention candidates of one report and the dictionary. Out: the same candidates,
a capital that stands for its state as a party ("pressed *Brussels*", "*Brussels* warned")
recoded as the body whose seat it is, when the report names that body ("Hungary pressed
*Brussels* to release frozen *EU* funds": the European Union, not Belgium). A capital named as
a place ("met in Brussels") is no party and stays a place; in a report that names no such
body the capital stays its state's ("Paris and Brussels signed a treaty"). The seats and
their bodies (codes of ``data/igos.yaml``, the first one the report names wins) are
``body_seats`` in ``data/names.yaml``.
"""

from __future__ import annotations

import functools

from .candidates import Candidate
from .dictionary import Dictionary
from .tables import word_table


@functools.cache
def _seats() -> dict[str, tuple[str, ...]]:
    """Seat city -> the keys of the bodies it may stand for, in order of preference."""
    table = word_table("names.yaml", "body_seats")
    return {city: tuple(f"I:{code}" for code in codes) for city, codes in table.items()}


def speak_for_bodies(found: list[Candidate], d: Dictionary) -> None:
    """Recode, in place, each capital in ``found`` that stands for its state as the body of
    ``body_seats`` whose seat it is, when another candidate of the report names that body."""
    named = {c.key for c in found if c.key}
    for c in found:
        bodies = _seats().get(c.text)
        if not bodies or c.kind != "COUNTRY":
            continue
        body = next((d.entries[k] for k in bodies if k in named and k in d.entries), None)
        if body is not None:
            c.key, c.kind, c.country, c.sector = body.key, body.kind, body.country, body.sector
