"""Contradictions: where sources disagree about one event, and why, in one sentence.

In: each event mention and each claim as a ``Position`` on a cluster: for (+1) when an event
is asserted, reported or believed (an allegation: "accused Moscow of shelling"), or a claim
asserts it (a claim asserts every event its proposition states so); against (-1) when an
event is negated or denied, or a claim denies it. Out: ``Contradiction`` records with a
reason a person understands, and the clusters someone declined to confirm.

Two positions contradict when they are on one cluster, one for and one against, from
different sources: a source is the speaker when someone is quoted, else the outlet (or the
document) speaking in its own voice, so a source restating itself is never a contradiction.
Hypothetical, future and requested events take no position (a threat is not a claim that the
act happened); a denial of what nobody asserted has nobody to contradict; two events of one
type are two clusters. Declining to confirm is no contradiction either: the cluster is marked
``unconfirmed``. Each denial answers each other source that asserts the act once, with that
source's firmest statement: what states the act before a claim that only points to it ("no
tear gas was used" before "denies this"), then claims before events, then the earliest
report. A denial of one doer's part ("its fighters took no one") answers only the sources
that lay the act on that doer, not a report of the act that names no doer or another one; a
denial of the act itself ("nobody was taken") answers every report of it. A denied meeting of
persons ("the two generals have never met") answers only a report of those persons meeting,
not talks between their organisations' delegations: a meeting is held by who attends it, and
a person is his side's envoy only where the text makes him attend. A denial of one kind of
help answers no report of another kind fusion placed with it ("had not supplied arms" is not
against "shipped food": CAMEO 072 and 073), unless one is told only by its general code ("sent
aid", 070). A denied commitment answers only a report of the same act committed to
("has not agreed to hand over its weapons" is not against "signed a pledge to reopen the
bridge"; it is against "agreed to surrender its arms"). A denial alone in a cluster of its
own, of a deed fusion left apart from the act it denies (their reports name the doer's unit
one way and its state another), answers the one act of its type that fits it (``_across``).
An act a speaker
only declines to speak of ("did not respond to questions about the alleged deliveries") is
no statement of his. A statement is what one source says on one side in one stretch of a
report: a claim and the sentence that holds it are one, and the claim is its side (its
stance and claimant are what the contradiction is between); a source denying the act twice
(in two reports, or two sentences) makes two statements, and each is a contradiction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from ..actors.tables import word_list
from ..records import HAPPENED, Contradiction, root_general

FOR = HAPPENED  # an act told as having happened stands for its cluster
AGAINST = frozenset({"negated", "denied"})
#: The most contradictions kept for one cluster (pairs of sources).
PER_CLUSTER = 12
#: How much of a claim or sentence a reason quotes.
GIST = 160
#: Words that tie a sentence to the one before ("Separately, ..."): a reason leaves them out.
_OPENERS = word_list("grammar.yaml", "linking_openers")
#: Types whose CAMEO codes to three digits are different acts (arms, relief, money given).
KINDS_APART = word_list("modality.yaml", "kinds_apart_types")
#: Types of a commitment, whose act is what it commits to (``same_content``).
COMMITMENTS = word_list("modality.yaml", "commitment_types")
#: Types of deeds whose denial answers the act fusion left apart from it (``_across``).
DENIED_APART = word_list("modality.yaml", "denied_apart_types")


@dataclass(frozen=True, slots=True)
class Position:
    """An item (event or claim) for or against a cluster, and who holds it where."""

    cluster: str
    polarity: int  # +1 for, -1 against
    item: str
    is_claim: bool
    speaker: str | None  # corpus actor id; None: the outlet in its own voice
    doc_id: str
    outlet: str | None
    published: dt.date | None
    start: int  # the evidence: the claim's span or the event's sentence
    end: int
    opens_with_cue: bool = False  # a claim span that reads on from its speaker ("denied ...")
    points: bool = False  # a claim whose words do not state the act ("denies this")
    #: A claim whose words name its speaker where a reason quotes them ("*The ministry
    #: denied* that ...", "..., *witnesses said*": ``speech.claims.with_speaker``).
    names_speaker: bool = False
    #: The parties it tells as doing the act: for an item for it, those of the acts it states;
    #: against, the doer whose part it denies ("its fighters took no one"), none for a denial
    #: of the act itself ("no shots were fired").
    doers: frozenset[str] = frozenset()
    #: Whether it names who did the act at all ("police fired", not "shots were fired"),
    #: whether or not we can tell that doer's party.
    names_doer: bool = False
    #: The persons it names as taking part in a meeting (corpus actor ids): a meeting is held
    #: in person, so two leaders who "have never met" deny a meeting of theirs, not talks
    #: between their organisations' delegations.
    attendees: frozenset[str] = frozenset()
    #: The CAMEO codes, to three digits, of the acts it tells ("072": arms given): a denial of
    #: one kind of an act answers no report of another that fusion placed with it.
    codes: frozenset[str] = frozenset()
    #: The events it tells (for it), to be told apart by a denial pointing to one of them.
    acts: frozenset[str] = frozenset()
    #: The parties it tells the act done to: for an item for it, of the acts it states;
    #: against, of the act a pointing denial points to.
    targets: frozenset[str] = frozenset()
    #: For a denial that only points back at a report ("rejected that account"), the event
    #: it points to (``fuse.pointing``): it answers that act only.
    pointed: str | None = None
    #: For a commitment, what it commits to: the types of the acts that are its content and
    #: their words ("agreed to *discuss* a ceasefire": CONSULT, "discuss"); a denial of one
    #: commitment answers no report of another (``same_content``).
    contents: frozenset[str] = frozenset()
    #: Whom its source speaks for (``fuse.sides``): the speaker and his bodies ("an army
    #: spokesperson" and the army); for an intent told in the report's own voice, its doer's
    #: ("the army has not agreed to ..." is the army's will). Two statements of one side are
    #: no contradiction between sources.
    side: frozenset[str] = frozenset()

    @property
    def source(self) -> str:
        return self.speaker or f"outlet:{self.outlet or self.doc_id}"

    def firmness(self) -> tuple:
        return (self.points, not self.is_claim, self.published or dt.date.max, self.doc_id,
                self.start)


@dataclass(frozen=True, slots=True)
class Act:
    """What a cluster tells of its act, for a denial fusion left apart from it: its type,
    its window of days, the states of its doers and of its targets, and its modes where
    they are acts of their own (an expulsion is no arrest: ``acts.MODED``)."""

    type: str
    window: tuple[dt.date, dt.date] | None
    doers: frozenset[str]
    targets: frozenset[str]
    modes: frozenset[str] = frozenset()


def find(positions: Iterable[Position],
         acts: Mapping[str, Act] | None = None) -> list[tuple[Position, Position]]:
    """Pairs (for, against) that contradict, in a canonical order: each denial answers each
    other source that asserts the act, once, with that source's firmest statement; two
    statements that meet in several clusters (a claim about two events of one story)
    contradict once, in the first. ``acts`` (each cluster's): a denial that answers nobody
    in its own cluster answers the one other act it fits (``_across``)."""
    seen: set[tuple[str, str]] = set()
    by_cluster: dict[str, list[Position]] = {}
    for p in positions:
        by_cluster.setdefault(p.cluster, []).append(p)
    pairs = []
    told_in: dict[str, list[Position]] = {}
    answered: set[str] = set()
    for cluster in sorted(by_cluster):
        told = _statements(by_cluster[cluster])
        stated = {(p.source, p.doc_id) for p in told if p.polarity < 0 and not p.points}
        # "denies this. He says no tear gas was used": one denial, shown where it states the act
        told_in[cluster] = told = [p for p in told if p.polarity > 0 or not p.points
                                   or (p.source, p.doc_id) not in stated]
        found = sorted(((a, b) for b in told if b.polarity < 0 for a in _answered(told, b)),
                       key=lambda ab: (ab[0].firmness(), ab[1].firmness(), ab[0].item, ab[1].item))
        answered.update(b.item for _, b in found)
        kept = [(a, b) for a, b in found if (a.item, b.item) not in seen][:PER_CLUSTER]
        seen.update((a.item, b.item) for a, b in kept)
        pairs += kept
    if acts:
        pairs += _across(told_in, acts, answered, seen)
    return pairs


def _across(told_in: Mapping[str, list[Position]], acts: Mapping[str, Act],
            answered: set[str], seen: set[tuple[str, str]]) -> list[tuple[Position, Position]]:
    """Pairs of a denial alone in its cluster (no statement there tells the act; one that
    answers nobody in a cluster holding the act is another act's, or the report of the act
    shows it is not denied: "we did not expel them *lightly*") and the statements of the
    one other cluster whose act its own cluster's fits (``_fits``), of a type of deed
    (``DENIED_APART``): fusion left them apart where their reports name the doer's unit one
    way and its state another ("the FSB border directorate", "a Russian patrol boat"). Of
    two acts that fit, it answers neither; a denial that only points back ("denies this") stays with
    the act it points to. The denial is held to the act at the level of states, not of its
    doer's party."""
    asserted = {c for c, told in told_in.items() if any(p.polarity > 0 for p in told)}
    out = []
    for cluster in sorted(told_in):
        mine = acts.get(cluster)
        if mine is None or cluster in asserted or mine.type not in DENIED_APART:
            continue
        for b in told_in[cluster]:
            if b.polarity > 0 or b.item in answered or b.points or b.pointed is not None:
                continue
            fits = [c for c in sorted(asserted - {cluster})
                    if c in acts and _fits(mine, acts[c])]
            if len(fits) != 1:
                continue
            found = sorted(_answered(told_in[fits[0]], replace(b, doers=frozenset())),
                           key=Position.firmness)
            kept = [(a, b) for a in found if (a.item, b.item) not in seen][:PER_CLUSTER]
            seen.update((a.item, b.item) for a, b in kept)
            out += kept
    return out


def _fits(denied: Act, told: Act) -> bool:
    """Whether the act of a denial's cluster (``denied``) may be the act ``told``: one type,
    days that meet, no other mode, and a state in common among their doers or their targets,
    with no other state in the place of one a side of both names."""
    if denied.type != told.type or denied.window is None or told.window is None or (
            denied.window[1] < told.window[0] or told.window[1] < denied.window[0]) or (
            denied.modes and told.modes and not denied.modes & told.modes):
        return False
    clash = (denied.doers and told.doers and not denied.doers & told.doers) or (
        denied.targets and told.targets and not denied.targets & told.targets)
    return not clash and bool(denied.doers & told.doers or denied.targets & told.targets)


def _answered(told: list[Position], denial: Position) -> list[Position]:
    """The firmest statement for the act of each source but the one of ``denial``; where the
    denial is of one doer's part, only those that lay the act on that doer (a report of the
    looting that names no looter is not what "its men looted nothing" denies: ``_of_doer``);
    where it denies a meeting of persons, only those that tell those persons meeting (not
    their envoys, nor one of them with the other's envoys); and only those telling the kind
    of act it denies (``same_act``), or the act committed to (``same_content``)."""
    firmest: dict[str, Position] = {}
    for p in told:
        if p.polarity > 0 and p.source != denial.source and not p.side & denial.side and (
                _pointed_at(p, denial)) and (
                denial.attendees <= p.attendees) and same_act(p.codes, denial.codes) and (
                same_content(p.contents, denial.contents)) and (
                p.source not in firmest or p.firmness() < firmest[p.source].firmness()):
            firmest[p.source] = p
    return list(firmest.values())


def same_act(told: frozenset[str], denied: frozenset[str]) -> bool:
    """Whether acts of the CAMEO codes ``told`` may be acts of the codes ``denied`` (each to
    three digits), for a type whose codes are different acts (``KINDS_APART``): where either
    tells none, or they share one, or one is the general code of its kind ("070" aid), which
    may be any of its kinds; not humanitarian aid (073) and arms (072)."""
    return not told or not denied or bool(told & denied) or any(
        root_general(c) for c in told | denied)


def same_content(told: frozenset[str], denied: frozenset[str]) -> bool:
    """Whether a commitment whose contents (the types and words of the acts it commits to,
    and each type's other party as "TYPE>party") are ``told`` may be the one whose contents
    are ``denied``: where the denial tells none ("denied any agreement"), or they share a
    type or word (one act in other words: "agreed to withdraw", "has not agreed to pull
    out", both RETREAT) and no shared type is done to another party in each ("agreed to
    hold talks with Ecuador" is not "has not agreed to hold talks with Venezuela"); not a
    pledge to reopen a bridge and a refusal to hand over weapons, nor an agreement whose
    terms the report does not tell ("the agreement reached on Thursday") and a refusal of
    one act ("has not agreed to discuss a permanent end to the war"): some agreement is not
    shown to be that one."""
    if not denied:
        return True
    shared = {c for c in told & denied if _OTHER not in c}

    def others(contents: frozenset[str], act: str) -> set[str]:
        return {c.partition(_OTHER)[2] for c in contents
                if _OTHER in c and c.partition(_OTHER)[0] == act}
    return bool(shared) and not any(
        others(told, a) and others(denied, a) and not others(told, a) & others(denied, a)
        for a in shared)


#: What joins a content's type to its other party in a commitment's contents ("CONSULT>...").
_OTHER = ">"


def _pointed_at(told: Position, denial: Position) -> bool:
    """Whether ``told`` tells the act ``denial`` answers: one laid on the doer whose part it
    denies (``_of_doer``); for a denial pointing back at a report ("An army spokesman
    rejected that account"), the act it points to, or one laid on its doer (or on one whose
    party we cannot tell: "soldiers fired mortar rounds"): on his side alone, or done to a
    target; not the fighting of both sides, with no target, that its cluster holds, nor an
    act of others (a group's rejection of "the reports" is not against a state's delivery of
    food)."""
    if denial.pointed is None:
        return _of_doer(told, denial)
    if denial.pointed in told.acts:
        return True
    if not told.names_doer or (told.doers and not told.doers & denial.doers):
        return False
    return told.doers <= denial.doers or bool(told.targets)


def _of_doer(told: Position, denial: Position) -> bool:
    """Whether ``told`` lays the act on a doer whose part ``denial`` denies: any statement,
    against a denial of the act itself; else one that names a doer, unless every doer it names
    is a party the denial does not."""
    if not denial.doers:
        return True
    return told.names_doer and (not told.doers or bool(told.doers & denial.doers))


def _statements(held: list[Position]) -> list[Position]:
    """The statements of one cluster, each shown by its firmest item: the items of one
    source, side and document whose evidence overlaps (a claim and the sentence that holds
    it) are one statement, and a claim that states the act is its side, before the
    sentence's event (the claim carries the stance and the claimant), unless we cannot name
    its speaker (``_shown``)."""
    out: list[Position] = []
    reach = -1
    ordered = sorted(held, key=lambda p: (p.polarity, p.source, p.doc_id, p.start, -p.end))
    for p in ordered:
        if out and (out[-1].polarity, out[-1].source, out[-1].doc_id) == (
                p.polarity, p.source, p.doc_id) and p.start < reach:
            reach = max(reach, p.end)
            out[-1] = _shown(out[-1], p)
            continue
        out.append(p)
        reach = p.end
    return out


def _shown(one: Position, other: Position) -> Position:
    """Which of two items of one statement shows it: the firmest (a claim before the sentence
    that holds it: it carries the stance and the claimant), except a claim whose speaker we
    cannot name ("His party says *one student was shot dead*": no claimant), which the
    sentence holding it shows, saying who speaks."""
    claim, sentence = (one, other) if one.is_claim else (other, one)
    if claim.is_claim and not sentence.is_claim and claim.speaker is None and (
            not claim.points and sentence.start <= claim.start and claim.end <= sentence.end):
        return sentence
    return min(one, other, key=Position.firmness)


def contradictions(pairs: Iterable[tuple[Position, Position]], name: Callable[[str], str],
                   text: Callable[[str, int, int], str],
                   title: Mapping[str, str],
                   plural: Callable[[str], bool] = lambda _: False) -> list[Contradiction]:
    """Contradiction records for ``pairs``; ``name`` gives an actor's name, ``text`` a
    document's text between offsets, ``title`` a document's title (for reports with no
    outlet), ``plural`` whether an actor is many ("Villagers say", not "says")."""
    out = []
    for a, b in pairs:
        reason = f"{_says(a, name, text, title, plural)}; {_says(b, name, text, title, plural)}."
        out.append(Contradiction(id=f"x:{a.item}|{b.item}", a=a.item, b=b.item,
                                 reason=reason, doc_id=a.doc_id, start=a.start, end=a.end,
                                 cluster=a.cluster))
    return out


def _says(p: Position, name: Callable[[str], str], text: Callable[[str, int, int], str],
          title: Mapping[str, str], plural: Callable[[str], bool]) -> str:
    where = p.outlet or title.get(p.doc_id) or p.doc_id
    when = f"{p.published.day} {p.published:%B %Y}" if p.published else "undated"
    who = name(p.speaker) if p.speaker else where
    gist = _unlinked(" ".join(text(p.doc_id, p.start, p.end).split()).rstrip("."))
    if len(gist) > GIST:
        gist = gist[:GIST].rsplit(" ", 1)[0] + " …"
    if p.is_claim and p.names_speaker:  # its words say who: quoted as the report has them,
        # after the name they stand for where they do not give it ("He said ...")
        said = f"{gist[:1].upper()}{gist[1:]}"
        if who.lower() in gist.lower():
            return f"{where} ({when}): {said}"
        return f"{who[:1].upper()}{who[1:]} ({where}, {when}): {said}"
    who = f"{who[:1].upper()}{who[1:]} ({where}, {when})" if p.speaker else f"{who} ({when})"
    say = "say " if p.speaker and plural(p.speaker) else "says "
    verb = "" if p.opens_with_cue else say if p.is_claim else "reports: "
    return f"{who} {verb}{gist}"


def _unlinked(gist: str) -> str:
    """``gist`` without a word that only ties its sentence to the one before ("Separately,
    the Wagner group has ..." -> "the Wagner group has ..."), for a reason to quote."""
    first, comma, rest = gist.partition(", ")
    return rest if comma and first.lower() in _OPENERS and rest else gist
