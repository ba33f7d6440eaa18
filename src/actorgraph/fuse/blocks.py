"""How a mention meets the clusters it may join: the canonical order mentions are taken in,
and the blocks (a party or a town, and a week) a mention and a cluster are filed under, so
that only those sharing a block are compared (the rules: ``clusters``'s docstring).

In: mentions and clusters (``acts.Mention``, ``groups.Group``), windows. Out: sort keys, block
keys and week numbers."""

from __future__ import annotations

import datetime as dt

from ..records import JOINT_TYPES
from .acts import RETOLD, Mention, Window

__all__ = ["held_in", "order", "weeks"]


def order(m: Mention) -> tuple:
    """The canonical order of mentions: the narrowest windows first, then window,
    publication, document, offset."""
    e = m.event
    # the best-dated reports first, so that vaguer ones join the events they date
    width = (m.window[1] - m.window[0]).days if m.window is not None else 0
    return (m.window is None, width, m.window or (dt.date.min, dt.date.min),
            e.published or dt.date.min, e.doc_id, e.sentence_start, e.id)


def held_in(kind: str, place: str | None, dated: bool) -> set[str]:
    """The town block (beside its parties) through which a mention or cluster of an act done
    there, on a day its text gives, meets the others of that town: in one town on one day an
    attack, a protest or arrests are one event whoever the reports name as victims ("three
    surveyors", "the bureau's staff"). Meetings are not: a capital holds many."""
    return {"in " + place} if place and dated and kind in RETOLD - JOINT_TYPES else set()


def weeks(w: Window) -> range:
    """The weeks (ordinal days // 7) a window touches: the blocks it is filed under."""
    return range(w[0].toordinal() // 7, w[1].toordinal() // 7 + 1)
