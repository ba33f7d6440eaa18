"""Pointing denials: the act a denial that only points back at a report answers.

In: the claims (``ClaimKey``), the events (``EventKey``) with their corpus links
(``EventLink``), the parties each corpus actor stands for (``party``) and those each can speak
for (``speaks_for``). Out: the claims, each pointing denial about the act it answers
(``repoint``), and the parties a pointing denial is held to (``held_to``).

A **pointing denial** denies with no act told in its words ("An army spokesman rejected that
account", "The RSF also rejected the reports", "Asmara has denied it"): the claims stage took
it to be about the last act its document told as done before it. Its noun points back to a
report, and a denier answers for an act of his side: the one who did it or had it done to him.
So it is about that last act where its speaker stands for a party of it, or where it leaves his
side open: it names no doer of a side we know ("gunmen seized the councillor", "officers raided
its offices", a ship by its name), or it is someone's account (not the report's own telling)
naming no target ("the RSF said its fighters seized the palace"); else about the last earlier
act of its document, told as done and not a charge, of which he is a party ("Al-Shabaab
fighters attacked an army base ... The World Food Programme delivered food on Monday. Al-
Shabaab rejected that account": the attack, not the delivery); else about nothing it can deny
("The RSF also rejected the reports", after a state's shipment of food to Chad). A speaker
known only by an office ("an ELN commander" read as a Colombian one) is not held to it: an
office tells its holder's state, not which side within it he speaks for; nor one known by a
name of its text alone, neither a state nor in the dictionary ("Omega rejected the report",
after a shipment by Omega Logistics): it may be the doer by another name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from ..actors.tables import word_list
from ..records import HAPPENED, ClaimKey, EventKey, EventLink
from .denials import OFFICE, STATE, states_of

__all__ = ["held_to", "parties_of", "repoint"]

#: Types of a charge or a complaint told ("accused the army of ..."): a report points to the
#: act charged, not to its telling (as ``speech.claims`` reads "rejected the account").
TELLING = word_list("speech_cues.yaml", "telling_types")
#: How an act told on someone's word is told: an account a denial can point back to.
ACCOUNT = HAPPENED - {"asserted"}


def repoint(claims: Sequence[ClaimKey], events: Sequence[EventKey],
            links: Sequence[EventLink], party: Mapping[str, frozenset[str]],
            speaks_for: Mapping[str, frozenset[str]], actors: Mapping[str, str],
            known: Collection[str]) -> list[ClaimKey]:
    """``claims`` with each pointing denial about the act it answers (see module), or about
    none; ``links``: each event's, in the order of ``events``; ``actors``: the local →
    corpus actor map; ``known``: the corpus actors the dictionary knows."""
    by_doc: dict[str, list[tuple[EventKey, EventLink]]] = defaultdict(list)
    for e, link in zip(events, links, strict=True):
        by_doc[e.doc_id].append((e, link))
    out = []
    for c in claims:
        told = by_doc.get(c.doc_id, [])
        # an office tells its holder's state, not which side within it he speaks for
        speaker = actors.get(c.claimant or "", "")
        denier = frozenset(p for p in speaks_for.get(speaker, ())
                           if not p.startswith(OFFICE))
        if speaker not in known and not any(p.startswith(STATE) for p in denier):
            denier = frozenset()  # a name of the text alone: the doer's, shortened?
        about = next(((e, link) for e, link in told if e.id == c.about), None)
        if (c.stance != "denies" or about is None or not denier or about[0].start >= c.start
                or any(c.start <= e.start < c.end for e, _ in told)
                or _answers_for(*about, denier, party, known)):
            out.append(c)
            continue
        before = [(e, link) for e, link in told if e.start < about[0].start
                  and e.modality in HAPPENED and e.type not in TELLING]
        found = next((e.id for e, link in reversed(before)
                      if _of_side(link, denier, party)), None)
        out.append(replace(c, about=found))
    return out


def held_to(link: EventLink, denier: frozenset[str], doers: frozenset[str],
            party: Mapping[str, frozenset[str]]) -> tuple[frozenset[str], frozenset[str]]:
    """The doers and targets (parties) a pointing denial of the act ``link`` is held to:
    the act's as its report tells them (``doers``: the parties it lays the act on); where it
    names no doer's party, the denier's own (he denies his part: "gunmen seized the
    councillor ... the ELN denies it"), unless he is its target."""
    targets = parties_of(link.target, party)
    if doers or denier & targets:
        return doers, targets
    return denier, targets


def _answers_for(e: EventKey, link: EventLink, denier: frozenset[str],
                 party: Mapping[str, frozenset[str]], known: Collection[str]) -> bool:
    """Whether a denier standing for the parties ``denier`` answers for the act ``e``
    (``link``: its corpus sides): he stands for a doer or a target of it (a state for its
    offices: "the Hungarian consul funded ..., Hungary denies it"); or it leaves his side
    open: it names no doer of a side we know, a state, an office or a party of the
    dictionary ("gunmen seized the councillor", "officers raided its offices", "the Ostrov
    Belyy cut the cable"), or it is someone's account, not the report's own telling, naming
    no target of a party ("the RSF said its fighters seized the palace")."""
    doers = {p for p in parties_of(link.source, party)
             if p.startswith((STATE, OFFICE)) or p in known}
    return _of_side(link, denier, party) or not doers or (
        e.modality in ACCOUNT and not parties_of(link.target, party))


def _of_side(link: EventLink, denier: frozenset[str],
             party: Mapping[str, frozenset[str]]) -> bool:
    """Whether ``denier`` stands for a doer or a target of the act ``link``, or for the
    state of one (a state for its offices)."""
    sides = parties_of(link.source, party) | parties_of(link.target, party)
    return bool(denier & (sides | states_of(set(sides))))


def parties_of(actors: Sequence[str], party: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The parties ``actors`` (corpus ids) stand for."""
    return frozenset().union(*(party.get(a, frozenset()) for a in actors))
