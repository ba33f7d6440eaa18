"""Event clusters: the mentions of one real-world event, within and across documents.

In: stored events (``EventKey``: local actor ids, date, place, modality, publication date and
outlet of their document), the local → corpus actor map and each corpus actor's party. Out:
clusters of event ids, in a canonical order.

Two mentions are one event when all of these hold:

* **type**: the same PLOVER type (a nominal "visit" and a verbal "visited" are both CONSULT; an
  AGREE to meet and the meeting are not); an act only imagined or asked for ("if Tajik forces
  shell the villages again") is never the same event as one reported to have happened, or
  not to have (not even in one sentence, whose meetings are otherwise one act: "met on
  Monday, and the envoy urged them to meet again"); one party's two
  commitments, demands, gifts or refusals are two events if they are about two things;
  concessions, coercion, sanctions, complaints and protests of two modes are two acts (a
  release and a withdrawal, a ban and arrests, a summons and a criticism, a march and the
  riot after it), except two modes of one act its texts date to one day, or one report
  tells (marchers blocking the road they march on, a boat seized and its crew held:
  ``acts.ONE_ACT_MODES``), and so
  are dispersing a crowd (tear gas, rubber bullets), or an abduction, and any other attack
  told with its mode (shooting at the crowd, burning the camps); arrests, detentions or
  expulsions of counts far apart are two acts ("nine people arrested" at a march, "four
  detained" at a road block: ``acts.TALLIED``), unlike an attack's toll, which grows;
* **actors**: the same parties, where a party is an actor, except that a country, its capital
  or metonym ("Moscow", "the Kremlin"), its government or army and a force or ministry of its
  own name ("the Finnish Coast Guard", "Togo's Ministry of the Interior") are one party, and
  that an office holder is also the office ("Egypt's foreign minister" is Hesham Fawzy when
  the corpus gives him that role), and an office no one is named for stands for its country too
  ("Kenya's president" is Kenya); an official the text gives a role in a body acts for it
  (a government's spokesman for the state, a movement's negotiator for the movement); a town
  the gazetteer lacks and the text places in no state is where the act was, not a side
  ("the shelling of Dorvale"); unnamed actors ("the two ministers") are no party. Where both
  mentions name a source, their sources meet; where both name a target, their targets meet;
  and they share at least one party. For joint acts (CONSULT, COOPERATE, AGREE) and acts both
  sides do (a ceasefire: ``MUTUAL_MODES``) the two sides may be named either way round; for
  other acts, where the doer one report names is the
  target the other names, and they share neither doer nor target, they are an act and the
  reply to it (a raid on an army post, the shelling of the raiders' positions), except in one
  town (see place). Words (an accusation, a demand) that one report gives to a
  doer it names but we cannot tell apart ("opposition lawmakers demanded") are not the words
  of a party another report names: an unnamed speaker is another speaker;
* **time**: their windows meet. A date in the sentence gives a window by its precision (a day
  ±1, a week ±7, a month ±31, a year ±366), each document's relative dates having been
  resolved against its own publication date; with no date in the sentence (an event dated by
  ``date_basis="publication"`` only, the publication date standing in, or ``"story"``, a date
  its story gave an act told before it and carried to it) the event happened in
  the week before its report was published, or, for a happening (``RETOLD``) or disputed words
  (``DISPUTED``: "whether Vienna ever asked for a pause is still disputed") of a report whose
  text dates an act weeks back and none of that type in its own week (a retrospective: "What
  we know, three weeks on"), since the earliest act its text dates (``retrospectives.reach``,
  at most ``LOOKS_BACK`` days before), and of a piece its headline labels as looking back
  ("Analysis: ...", "Explainer: ...": ``retrospectives.looks_back``) whose text dates none,
  since ``LOOKS_BACK`` days before; an event its text places before a time it does
  not give (no date at all: "had sought", a request someone "rejected") or denies ("had never
  been arrested"), or tells inside a claim with no date of its own ("Uruguay still says a
  third farmer was detained": a claim is repeated weeks after the act), in the month before
  (in a retrospective, since the earliest act its text dates, if earlier). A cluster keeps
  the intersection of its
  members' windows, so reports a month apart never meet through a vaguer one between them;
  once a member's text dates it, the undated members' report weeks no longer narrow it;
  an act kept up until called off (a strike, a hunger strike, a boycott: ``acts.LASTING``) is
  told on a day of it, begun before or going on after, so its window reaches a week further
  either way ("the strike entered its fourth day"; a march is done on its day);
* **place**: two different towns are two events, when both are cities of the gazetteer or
  both towns it lacks (a town it lacks may lie in or by a city it knows: a village near
  Arauca, a street of Moscow); a country-wide place constrains nothing;
  in one town, reports that share a source (or name none) are one event even when their
  targets differ (an army post at Kibumba, Kibumba). A phone call is held at no place: it is
  never the visit or the meeting in a town that other reports tell of.

Mentions are taken in a canonical order (the narrowest windows first, so that a report its
text dates founds the cluster that undated reports of its story join; then window,
publication, document, offset), so the clusters never depend on the order the documents were
added in, and each joins the compatible cluster sharing most with it (parties, place,
document; for an undated claim that may be weeks old, the latest act, the one a claim
repeated now is of; the earliest on ties).
Clusters are found through blocks of (type, party, week), and of (type, town, week) for an
act done in a town on a day its text gives (not a meeting: a capital holds many), so that
reports naming its victims two ways ("three surveyors", "the bureau's staff") meet; so the
cost grows with the number of mentions, not with its square. A mention with no window at all
(no date, no publication date) joins the one compatible dated cluster its own document
reports, else others like it: across documents an undated report could be of any time.

A mention naming no party at all ("the two ministers met", "the shelling", "Saturday's
protest") of a joint act or of a happening a later report retells as a noun (``RETOLD``:
meetings, protests, attacks, arrests, deployments, truces) joins the one event of its type
in its own document that fits its time, place and theme (with several, a report giving no
day, town or doer of its own, told as having happened, joins the act its text tells just
before it, in its sentence or the two before: "Gunmen stormed the post. Four officers
died."); where its document has none, a
retold happening joins the one event of its type, time, place and theme in the corpus whose
reports name no doer either (one side only; any meeting, whose sides both act), or, when its
own text gives its day, whose reports name one ("blamed Saturday's abduction on
guerrillas"); with two candidates or more it joins the one held in its town, else, when its
text dates it, the one a text dates too (not undated reports that could be of any day in
their weeks); an abduction its text dates to a day ("Tuesday's abduction") whose candidates
all name only its victims, no doer, are dated to a day by their texts and lie in no two
towns joins them all, made one: reports naming an abduction's victims two ways ("two
pilgrims", "the schoolteacher") tell one act. Failing both,
a report with a town joins the one event of its type held in that town in its time, whoever
that event's reports name (in one town on one day, an act is one event). Failing all these,
it joins the one event of its type and time among those of the parties its own sentence tells
of ("three days after a truce agreed in Muscat", said of Saudi and Houthi acts), else of the
parties its document tells of: a report points within its story (``Event.reference``: a noun
that only points to an event, "since the truce", "condemned the raid", or an act told with no
actor, "the burning of a bus", is such a mention); else it stays alone, and a mention with no
actor of its own that stays alone is no cluster other documents' reports may join: reports
that name no one are never one event across documents on their own. A commitment, gift,
demand or refusal (``THEMED``) whose doer the text
names but we cannot tell apart ("church leaders offered to mediate") joins none of these: an unnamed
speaker is another speaker. Before all these, a report that counts the people acted on
("38 people had been arrested", three or more: ``acts.counted``) joins the one event of its
type and time whose reports count the same people, whoever they name. Words (an
accusation, a demand, praise) are not retold this way: their unnamed speakers are other
speakers.

Two clusters that each would take the other as a mention are then one (reports that named
only the doer founded one, reports that named only the victim the other, before a report
named both, or that the order of joining kept apart); they are met through a party and a week
they share, or, for an act done in a town (not a meeting), through the town and a week when texts
date both, or one's reports name the doer of an act their text dates and the other's name
no doer, only victims: the vaguer report of an act told in full ("Zambian police arrested
Banda in Kasama on Monday", "the detention of two Malawian traders in Kasama"; two reports
naming only victims, one undated, may tell two acts of the town's week). An abduction or
hostage-taking (CAMEO 181) is never one event with a fight (CAMEO 19) of the same group.
Reports of one act that name its two sides apart (one its doers, one its victims), or that
name only its victims, two ways ("three surveyors", "the bureau's staff"), are one event of
one story when there is one candidate only (``stories``).

Last, a mention its own document tells as the retelling of an earlier event (``retells``: a
definite noun, "the talks, chaired by the EU envoy, ...") joins that event's cluster, whatever
parties it names, when its time, place and act fit and its doer is not that event's target
(a reply: ``Group.replies``); and a cluster only of denials ("nobody
was arrested", "no soldier crossed the border") joins the one asserted act it can deny
(``denials``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from ..records import EventKey
from .acts import (
    CLAIMED,
    MEETINGS,
    Mention,
    meet,
    mention,
    with_countries,
)
from .blocks import held_in, order, weeks
from .denials import join_denials
from .groups import Group
from .joins import joined, retold
from .retrospectives import reach
from .stories import (
    join_agreed_truces,
    join_two_sides,
    join_unnamed,
    join_victims_two_ways,
    names_of,
    told,
)
from .vague import join_vague

__all__ = ["cluster"]


def _one_act(mentions: list[Mention]) -> list[Mention]:
    """Meetings in one sentence are one act ("arrived in Jakarta for two days of talks with
    Wijaya"), when their windows and places agree and they are not two meetings with two
    office holders ("received the minister on Tuesday, a day after his talks with the
    foreign minister"), nor one that happened and one only asked for or imagined ("met on
    Monday, and the envoy urged them to meet again": ``Mention.kind``)."""
    out: list[Mention] = []
    slot: dict[tuple[str, int, str, bool], Mention] = {}
    for m in mentions:
        e = m.event
        key = (e.doc_id, e.sentence_start, *m.kind)
        first = slot.get(key) if e.type in MEETINGS else None
        told = first and Group(e.type, first.window, first.place, set(first.sources),
                               set(first.targets), list(first.events),
                               told_targets=set(first.told_targets))
        if told and told.fits_time_and_place(m) and not told.another_meeting(m):
            first.events.append(e)
            first.sources |= m.sources
            named = first.told_targets | m.told_targets  # a guess of one, told by the other
            first.targets |= m.targets
            first.guessed = first.targets - named
            if m.window is not None:
                first.window = m.window if first.window is None else meet(first.window,
                                                                           m.window)
            first.place = first.place or m.place
            continue
        slot[key] = m
        out.append(m)
    return out


def _best(fits: list[int], groups: list[Group], m: Mention) -> int | None:
    """Of the clusters a mention fits, the one sharing the most with it: parties, then its
    place, then its document; then, for a claim its text does not date (``CLAIMED``: it may
    lie weeks before its report), the latest (a claim repeated now is of the latest such act;
    an act told as earlier, "had met", points back, and keeps the earliest); the earliest on
    ties."""
    claim = m.window is not None and not m.dated and m.event.modality in CLAIMED

    def share(g: int) -> tuple:
        group = groups[g]
        latest = group.window[1] if group.window is not None and claim else dt.date.min
        return (len((group.sources | group.targets) & m.parties),
                bool(m.place and group.place == m.place),
                any(e.doc_id == m.event.doc_id for e in group.members), latest, -g)
    return max(fits, key=share, default=None)


def cluster(events: Iterable[EventKey], links: Mapping[str, str],
            party: Mapping[str, frozenset[str]]) -> list[Group]:
    """The clusters of ``events``, each with its members in canonical order."""
    party = with_countries(party)
    events = sorted(events, key=lambda e: (e.doc_id, e.sentence_start, e.id))
    since = reach(events)
    mentions = _one_act([mention(e, links, party, since.get((e.doc_id, e.type))) for e in events])
    vague = [m for m in mentions if not m.parties]
    mentions = [m for m in mentions if m.parties]
    # the parties each sentence and each document tells of: what a reference points within
    in_sentence: dict[tuple[str, int], set[str]] = {}
    for m in mentions:
        in_sentence.setdefault((m.event.doc_id, m.event.sentence_start), set()).update(m.parties)
    in_document = told(mentions)
    names = names_of(links, party)

    groups: list[Group] = []
    by_week: dict[tuple[tuple[str, bool], str, int], set[int]] = {}
    by_party: dict[tuple[tuple[str, bool], str], set[int]] = {}
    for m in sorted(mentions, key=order):
        kind = m.kind
        if m.window is not None:
            near = {g for p in m.parties | held_in(m.event.type, m.place, m.dated)
                    for w in weeks(m.window) for g in by_week.get((kind, p, w), ())}
            chosen = _best([g for g in sorted(near) if groups[g].admits(m)], groups, m)
        else:
            near = {g for p in m.parties for g in by_party.get((kind, p), ())}
            fits = [g for g in sorted(near) if groups[g].admits(m)]
            own = [g for g in fits if groups[g].window is not None
                   and any(e.doc_id == m.event.doc_id for e in groups[g].members)]
            chosen = own[0] if len(own) == 1 else next(
                (g for g in fits if groups[g].window is None), None)
        if chosen is None:
            groups.append(Group(m.event.type, m.window, m.place))
            chosen = len(groups) - 1
        group = groups[chosen]
        group.add(m)
        for p in group.sources | group.targets:
            by_party.setdefault((kind, p), set()).add(chosen)
        if group.window is not None:
            for p in group.sources | group.targets | held_in(group.type, group.place,
                                                               group.dated):
                for w in weeks(group.window):
                    by_week.setdefault((kind, p, w), set()).add(chosen)
    groups = join_vague(joined(groups), vague, in_sentence, in_document, names)
    groups = join_denials(retold(groups, links, party, since), links, party, in_document)
    tells = (in_document, names)
    groups = join_two_sides(join_agreed_truces(join_unnamed(groups, tells), tells), tells)
    return join_victims_two_ways(groups, tells)
