"""Mentions naming no party we can tell apart ("the shelling", "Saturday's protest", "the two
ministers met"): each joins the one event its time, place and theme allow, of its own
document, else of the corpus (the rules: ``clusters``'s docstring, "A mention naming no party
at all").

In: the clusters of the mentions naming parties, the mentions naming none, and what each
sentence and each document tells of (its parties; its corpus actors' names:
``stories.names_of``). Out: the clusters, with the vague mentions joined or founding their
own, in the order the vague mentions were taken (``blocks.order``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..records import HAPPENED, JOINT_TYPES, EventKey
from .acts import NEAR, RETOLD, THEMED, Mention, abducts, counted
from .blocks import order, weeks
from .groups import Group

__all__ = ["join_vague"]


def join_vague(groups: list[Group], vague: list[Mention],
               in_sentence: Mapping[tuple[str, int], set[str]],
               in_document: Mapping[str, set[str]],
               names: Mapping[str, set[str]]) -> list[Group]:
    """``groups`` (changed in place, and returned) with each of the ``vague`` mentions in the
    one cluster it fits, or in one of its own appended."""
    by_doc: dict[tuple[str, tuple[str, bool]], set[int]] = {}
    retold: dict[tuple[tuple[str, bool], int], set[int]] = {}  # retold happenings, by week
    by_town: dict[tuple[tuple[str, bool], str, int], set[int]] = {}  # retold, held in a town
    by_count: dict[tuple[tuple[str, bool], int], set[int]] = {}  # "detained 14 people"
    by_party: dict[tuple[tuple[str, bool], str, int], set[int]] = {}  # a party, by week

    def index(n: int, events: Iterable[EventKey], new: bool, alone: bool = False) -> None:
        """Index cluster ``n`` by the mentions ``events`` it took (``new``: it founds the
        cluster; ``alone``: the cluster is of its document only)."""
        g = groups[n]
        kind = g.kind
        for e in events:
            by_doc.setdefault((e.doc_id, kind), set()).add(n)
            if (count := counted(e)) is not None and not alone:
                by_count.setdefault((kind, count), set()).add(n)
        if alone:
            return
        if new and g.window is not None and g.type in RETOLD:
            for w in weeks(g.window):
                retold.setdefault((kind, w), set()).add(n)
        if g.window is not None and g.type in RETOLD and g.place:
            for w in weeks(g.window):
                by_town.setdefault((kind, g.place, w), set()).add(n)
        if g.window is not None:
            for p in g.sources | g.targets:
                for w in weeks(g.window):
                    by_party.setdefault((kind, p, w), set()).add(n)

    for n, g in enumerate(groups):
        index(n, g.members, True)
    for m in sorted(vague, key=order):
        def fits(g: int, m: Mention = m) -> bool:
            return bool(groups[g].members) and groups[g].fits(m)

        def one_side(g: int, m: Mention = m) -> bool:
            """Across documents, a report naming no doer joins an act whose reports name one
            only on a day its own text gives ("blamed Saturday's abduction on guerrillas");
            a joint act has no doer: both sides act."""
            group = groups[g]
            return group.type in JOINT_TYPES or not group.sources or (
                m.dated and m.event.date_precision == "day")
        def of_story(g: int, m: Mention = m) -> bool:
            """Whether a party its document names is one the cluster's documents name (a
            document naming none could be of any story)."""
            mine = names.get(m.event.doc_id)
            return not mine or any(mine & names[e.doc_id] for e in groups[g].members)
        own = None
        if (count := counted(m.event)) is not None:
            # "38 people had been arrested": the act whose reports count the same people
            own = _only({g for g in by_count.get((m.kind, count), ()) if fits(g)}, groups, m)
        if own is None and m.event.type in JOINT_TYPES | RETOLD and not (
                m.unnamed_doer and m.event.type in THEMED):
            mine = [g for g in by_doc.get((m.event.doc_id, m.kind), ()) if fits(g)]
            own = _follows(mine, groups, m) if len(mine) > 1 and not (
                m.dated or m.place or m.event.source) and m.event.modality in HAPPENED else None
            own = _only(mine, groups, m) if own is None else own
            if not mine and m.event.type in RETOLD and m.window is not None:
                found = {g for w in weeks(m.window) for g in retold.get((m.kind, w), ())
                         if one_side(g) and fits(g) and of_story(g)}
                own = _only(found, groups, m)
                if own is None and (into := _victims_two_ways(found, groups, m)) is not None:
                    own, moved = into
                    index(own, moved, False)
                if own is None and m.place:  # in one town on one day: the act done there
                    own = _only({g for w in weeks(m.window)
                                 for g in by_town.get((m.kind, m.place, w), ()) if fits(g)},
                                groups, m)
        if own is None and m.window is not None and not (
                m.unnamed_doer and m.event.type in THEMED):
            # "three days after a truce agreed in Muscat": the one such event of the parties
            # its sentence tells of, else of those its document tells of
            for near in (in_sentence.get((m.event.doc_id, m.event.sentence_start), set()),
                         in_document.get(m.event.doc_id, set())):
                own = _only({g for p in near for w in weeks(m.window)
                             for g in by_party.get((m.kind, p, w), ()) if fits(g)}, groups, m)
                if own is not None:
                    break
        new = own is None
        if own is None:
            groups.append(Group(m.event.type, m.window, m.place))
            own = len(groups) - 1
        groups[own].add(m)
        # a mention with no actor of its own founds no event other reports may join: reports
        # that name no one are never one event across documents on their own
        index(own, m.events, new and not m.event.reference, alone=new and m.event.reference)
    return groups


def _follows(candidates: Iterable[int], groups: list[Group], m: Mention) -> int | None:
    """Of its document's clusters, the one whose act the text tells as done just before the
    mention (in its sentence, the one before or the one before that: ``NEAR`` characters apart
    at most), as news writing tells an act's consequences after it ("Gunmen stormed the post.
    Four officers died."); of a sentence telling several, its first, the act it reports (not
    "linked to last week's ambush"). None when no act is told so close before it. (Only a
    mention its text neither dates nor places nor gives a doer, told as having happened, is
    such a consequence: one with a day, a town or a doer of its own, "the coalition's
    shelling", tells its own act.)"""
    e = m.event
    told = [(x.sentence_start, -x.start, g) for g in candidates for x in groups[g].members
            if x.doc_id == e.doc_id and x.start < e.start and x.modality in HAPPENED
            and x.sentence_start <= e.sentence_start
            and e.sentence_start - max(x.sentence_end, x.sentence_start) <= NEAR]
    return max(told)[2] if told else None


def _victims_two_ways(candidates: Iterable[int], groups: list[Group],
                      m: Mention) -> tuple[int, list[EventKey]] | None:
    """For an abduction its text dates to a day and whose candidates (several) all name only
    its victims, no doer, are dated to a day by their texts and lie in no two towns: the
    first of them, with the others' members moved into it (and the moved members), since
    reports naming an abduction's victims two ways ("two pilgrims", "the schoolteacher") tell
    one act; else None."""
    found = sorted(set(candidates))
    if len(found) < 2 or not (m.dated and m.event.date_precision == "day"
                              and abducts(e.cameo for e in m.events)):
        return None
    towns = {groups[g].place for g in found} - {None}
    if len(towns) > 1 or not all(groups[g].dated and not groups[g].sources
                                 and abducts(groups[g].codes) for g in found):
        return None
    first, moved = groups[found[0]], []
    for g in found[1:]:
        moved += groups[g].members
        first.add(groups[g].as_mention())
        groups[g].members = []
    return found[0], moved


def _only(candidates: Iterable[int], groups: list[Group], m: Mention) -> int | None:
    """The one candidate, else the one held in the mention's town, else, for a mention its
    text dates, the one whose text dates it too (not undated reports that could be of any day
    in their weeks), or None where there are none or several."""
    found = sorted(set(candidates))
    if len(found) > 1 and m.place:
        found = [g for g in found if groups[g].place == m.place]
    if len(found) > 1 and m.dated:
        found = [g for g in found if groups[g].dated]
    return found[0] if len(found) == 1 else None
