"""Event clusters across documents whose reports are vaguer than the first: an unnamed official
for their country, restatements that name no one, and reports that only the publication date
dates. Each rule has its near misses, cases that must stay apart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import pytest

from actorgraph.fuse.clusters import cluster
from actorgraph.records import EventKey

#: corpus actors and the parties they stand for; PRES is "Kenya's president" (unnamed),
#: UPRES "Uganda's president", TOWN an actor with no party of its own
PARTY = {actor: frozenset({party}) for actor, party in {
    "KENYA": "country:KEN", "PRES": "office:KEN:president", "UPRES": "office:UGA:president",
    "ENVOY": "office:IGO:envoy", "CONGO": "country:COD", "REBELS": "KPF",
    "EGYPT": "country:EGY", "INDONESIA": "country:IDN", "POLICE": "country:SEN",
    "GUYANA": "country:GUY", "BRAZIL": "country:BRA"}.items()}
PARTY["NDEZE"] = frozenset({"NDEZE", "office:COD:rebel"})  # a named rebel, by his title
PARTY["CROWD"] = frozenset()  # "the two ministers", "protesters": no party
# two foreign ministers named, with their offices
PARTY["SARO"] = frozenset({"SARO", "office:GHA:foreign minister", "country:GHA"})
PARTY["OKAFOR"] = frozenset({"OKAFOR", "office:NGA:foreign minister", "country:NGA"})
PARTY["NFM"] = frozenset({"office:NGA:foreign minister", "country:NGA"})
PARTY["NIGERIA"] = frozenset({"country:NGA"})
PARTY["GHANA"] = frozenset({"country:GHA"})
# unnamed office holders: "Ghana's president", "Ghana's foreign minister", "the Ghanaian minister"
PARTY["GPRES"] = frozenset({"office:GHA:president", "country:GHA"})
PARTY["GFM"] = frozenset({"office:GHA:foreign minister", "country:GHA"})
PARTY["GMIN"] = frozenset({"office:GHA:minister", "country:GHA"})
PARTY["MENSAH"] = frozenset({"MENSAH"})  # "President Mensah", his country not found
D = dt.date


def key(id_: str, source: tuple[str, ...] = (), target: tuple[str, ...] = (),
        date: dt.date | None = None, kind: str = "CONSULT", *, published: dt.date,
        precision: str = "day", place: str | None = None, theme: str | None = None,
        modality: str = "asserted", mode: str | None = None,
        retells: str | None = None, count: int | None = None) -> EventKey:
    """An event of document ``a``, ``b``..., each in a sentence of its own; actors are given
    as corpus ids."""
    return EventKey(id_, id_.split("#")[0], kind, source, target, None,
                    date or published, precision, modality=modality, place=place,
                    published=published, theme=theme, sentence_start=100 * int(id_[-1]),
                    date_basis="text" if date is not None else "publication", mode=mode,
                    retells=retells, target_count=count)


def clusters_of(events: tuple[EventKey, ...], party: dict[str, frozenset[str]]
                ) -> list[set[str]]:
    """The ids of each cluster of ``events`` (each actor its own corpus actor), in one order."""
    links = {a: a for e in events for a in e.source + e.target}
    return sorted(({e.id for e in g.members} for g in cluster(events, links, party)),
                  key=lambda s: sorted(s))


def together(*events: EventKey) -> list[set[str]]:
    return clusters_of(events, PARTY)


def in_both_orders(together: Callable[..., list[set[str]]], events: Sequence[EventKey]
                   ) -> list[list[set[str]]]:
    """What ``together`` makes of ``events`` as given and reversed: one event's clusters do
    not hang on the order its reports come in."""
    return [together(*events), together(*reversed(events))]


JUNE_2 = D(2024, 6, 2)
# (what the case shows, events, expected clusters)
CASES = [
    ("an unnamed official stands for their country too",
     [key("a#e0", ("KENYA",), (), JUNE_2, published=D(2024, 6, 3)),
      key("b#e0", ("PRES",), (), published=D(2024, 6, 4))],
     [{"a#e0", "b#e0"}]),
    ("near miss: another country's official",
     [key("a#e0", ("KENYA",), (), JUNE_2, published=D(2024, 6, 3)),
      key("b#e0", ("UPRES",), (), published=D(2024, 6, 4))],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: an international body's envoy is no country",
     [key("a#e0", ("ENVOY",), ("CONGO",), JUNE_2, "REQUEST", published=D(2024, 6, 3)),
      key("b#e0", ("KENYA",), ("CONGO",), JUNE_2, "REQUEST", published=D(2024, 6, 3))],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: a named rebel with a title of his country is not his country",
     [key("a#e0", ("NDEZE",), ("CONGO",), D(2024, 6, 6), "ASSAULT", published=D(2024, 6, 7)),
      key("b#e0", ("CONGO",), ("NDEZE",), D(2024, 6, 6), "ASSAULT", published=D(2024, 6, 7))],
     [{"a#e0"}, {"b#e0"}]),
    ("a restatement naming no one joins its document's one attack",
     [key("a#e0", ("CONGO",), ("REBELS",), D(2024, 6, 5), "ASSAULT", published=D(2024, 6, 6)),
      key("a#e1", kind="ASSAULT", published=D(2024, 6, 6))],
     [{"a#e0", "a#e1"}]),
    ("near miss: two attacks in one report leave the restatement alone",
     [key("a#e0", ("CONGO",), ("REBELS",), D(2024, 6, 5), "ASSAULT", published=D(2024, 6, 6)),
      key("a#e1", ("REBELS",), ("CONGO",), D(2024, 6, 4), "ASSAULT", published=D(2024, 6, 6)),
      key("a#e2", kind="ASSAULT", published=D(2024, 6, 6))],
     [{"a#e0"}, {"a#e1"}, {"a#e2"}]),
    ("near miss: a restatement about another thing (to meet, not to buy)",
     [key("a#e0", ("INDONESIA",), ("EGYPT",), JUNE_2, "AGREE", published=D(2024, 6, 3),
          theme="buy"),
      key("a#e1", ("CROWD",), (), kind="AGREE", published=D(2024, 6, 3), theme="meet")],
     [{"a#e0"}, {"a#e1"}]),
    ("a later report's unnamed protest joins the one protest of those days",
     [key("a#e0", ("CROWD",), ("POLICE",), D(2024, 2, 10), "PROTEST",
          published=D(2024, 2, 11)),
      key("b#e0", kind="PROTEST", published=D(2024, 2, 12))],
     [{"a#e0", "b#e0"}]),
    ("two reports naming no one, of one protest in those days, are one",
     [key("a#e0", kind="PROTEST", published=D(2024, 2, 11)),
      key("b#e0", kind="PROTEST", date=D(2024, 2, 10), published=D(2024, 2, 12))],
     [{"a#e0", "b#e0"}]),
    ("near miss: two protests in those days, in two towns, leave it alone",
     [key("a#e0", ("CROWD",), ("POLICE",), D(2024, 2, 10), "PROTEST",
          published=D(2024, 2, 11), place="dakar"),
      key("a#e1", ("CROWD",), ("POLICE",), D(2024, 2, 11), "PROTEST",
          published=D(2024, 2, 11), place="thies"),
      key("b#e0", kind="PROTEST", published=D(2024, 2, 12))],
     [{"a#e0"}, {"a#e1"}, {"b#e0"}]),
    ("near miss: a protest a month later is another protest",
     [key("a#e0", ("CROWD",), ("POLICE",), D(2024, 2, 10), "PROTEST",
          published=D(2024, 2, 11)),
      key("b#e0", kind="PROTEST", published=D(2024, 3, 12))],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: a protest only called for is not the one that happened",
     [key("a#e0", ("CROWD",), ("POLICE",), D(2024, 2, 10), "PROTEST",
          published=D(2024, 2, 11)),
      key("b#e0", kind="PROTEST", published=D(2024, 2, 12), modality="requested")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: an unnamed restatement in its own town is not another town's protest",
     [key("a#e0", ("CROWD",), ("POLICE",), D(2024, 2, 10), "PROTEST",
          published=D(2024, 2, 11), place="dakar"),
      key("b#e0", kind="PROTEST", published=D(2024, 2, 12), place="ziguinchor")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: arrests naming no one are not the ban a government ordered",
     [key("a#e0", ("POLICE",), (), D(2024, 2, 11), "COERCE", published=D(2024, 2, 12)),
      key("b#e0", (), ("CROWD",), kind="COERCE", published=D(2024, 2, 12))],
     [{"a#e0"}, {"b#e0"}]),
    ("two reports of arrests naming no one, in those days, are one",
     [key("a#e0", (), ("CROWD",), kind="COERCE", published=D(2024, 2, 11)),
      key("b#e0", kind="COERCE", published=D(2024, 2, 12))],
     [{"a#e0", "b#e0"}]),
    ("near miss: an unnamed critic's words are not another critic's",
     [key("a#e0", ("CROWD",), ("POLICE",), D(2024, 2, 11), "ACCUSE", published=D(2024, 2, 12)),
      key("b#e0", ("CROWD",), (), kind="ACCUSE", published=D(2024, 2, 12))],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: in its own document too, an unnamed critic is not the named one",
     [key("a#e0", ("KENYA",), ("CONGO",), D(2024, 6, 5), "ACCUSE", published=D(2024, 6, 6)),
      key("a#e1", ("CROWD",), (), kind="ACCUSE", published=D(2024, 6, 6))],
     [{"a#e0"}, {"a#e1"}]),
    ("a request told in the passive, naming no one asking, is the named party's",
     [key("a#e0", ("GUYANA",), ("BRAZIL",), D(2024, 8, 14), "REQUEST",
          published=D(2024, 8, 15)),
      key("b#e0", (), ("BRAZIL",), kind="REQUEST", published=D(2024, 8, 16))],
     [{"a#e0", "b#e0"}]),
    ("near miss: a demand by someone unnamed is not the named party's",
     [key("a#e0", ("GUYANA",), ("BRAZIL",), D(2024, 8, 14), "REQUEST",
          published=D(2024, 8, 15)),
      key("b#e0", ("CROWD",), ("BRAZIL",), kind="REQUEST", published=D(2024, 8, 16))],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: nor when the unnamed one is the better dated",
     [key("a#e0", ("GUYANA",), ("BRAZIL",), kind="REQUEST", published=D(2024, 8, 16)),
      key("b#e0", ("CROWD",), ("BRAZIL",), D(2024, 8, 14), "REQUEST",
          published=D(2024, 8, 15))],
     [{"a#e0"}, {"b#e0"}]),
    ("a report dated by its text anchors the undated mentions of its document",
     # the visit with no place is the Jakarta visit dated in the text, not the meeting in
     # Cairo that the report leaves undated
     [key("a#e0", ("EGYPT",), ("INDONESIA",), D(2024, 4, 14), published=D(2024, 4, 15),
          place="jakarta"),
      key("a#e1", ("EGYPT",), (), published=D(2024, 4, 15), place="cairo"),
      key("a#e2", ("EGYPT",), (), published=D(2024, 4, 15))],
     [{"a#e0", "a#e2"}, {"a#e1"}]),
    # a meeting's sides may be named by office, by country, or not at all
    ("a counterpart named by office alone is the one the corpus names",
     [key("a#e0", ("SARO",), ("OKAFOR",), D(2024, 3, 4), published=D(2024, 3, 5)),
      key("b#e0", ("NFM",), ("SARO",), published=D(2024, 3, 6))],
     [{"a#e0", "b#e0"}]),
    ("a visit to the country is the talks held there",
     [key("a#e0", ("SARO",), ("OKAFOR",), D(2024, 3, 4), published=D(2024, 3, 5)),
      key("b#e0", ("SARO",), ("NIGERIA",), published=D(2024, 3, 6))],
     [{"a#e0", "b#e0"}]),
    ("near miss: a phone call is not the meeting held in a town",
     [key("a#e0", ("SARO",), ("OKAFOR",), D(2024, 3, 4), published=D(2024, 3, 5),
          place="abuja"),
      key("b#e0", ("SARO",), ("OKAFOR",), D(2024, 3, 4), published=D(2024, 3, 6),
          mode="phone")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: nor a visit",
     [key("a#e0", ("SARO",), ("NIGERIA",), D(2024, 3, 4), published=D(2024, 3, 5),
          mode="visit"),
      key("b#e0", ("OKAFOR",), ("SARO",), D(2024, 3, 4), published=D(2024, 3, 6),
          mode="phone")],
     [{"a#e0"}, {"b#e0"}]),
    ("two reports of one call are one",
     [key("a#e0", ("SARO",), ("OKAFOR",), D(2024, 3, 4), published=D(2024, 3, 5),
          mode="phone"),
      key("b#e0", ("OKAFOR",), ("SARO",), published=D(2024, 3, 6))],
     [{"a#e0", "b#e0"}]),
    # concessions, coercion and sanctions of different kinds are different acts
    ("near miss: releasing prisoners is not withdrawing troops",
     [key("a#e0", ("KENYA",), ("CONGO",), JUNE_2, "RETREAT", published=D(2024, 6, 3),
          mode="release"),
      key("b#e0", ("KENYA",), ("CONGO",), JUNE_2, "RETREAT", published=D(2024, 6, 4),
          mode="withdraw")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: a ban is not the arrests",
     [key("a#e0", ("POLICE",), (), D(2024, 2, 11), "COERCE", published=D(2024, 2, 12),
          mode="restrict"),
      key("b#e0", ("POLICE",), (), kind="COERCE", published=D(2024, 2, 13), mode="arrest")],
     [{"a#e0"}, {"b#e0"}]),
    ("two reports of one release are one, whether or not they say what kind",
     [key("a#e0", ("KENYA",), ("CONGO",), JUNE_2, "RETREAT", published=D(2024, 6, 3),
          mode="release"),
      key("b#e0", ("KENYA",), ("CONGO",), JUNE_2, "RETREAT", published=D(2024, 6, 4),
          mode="release"),
      key("c#e0", ("KENYA",), ("CONGO",), kind="RETREAT", published=D(2024, 6, 4))],
     [{"a#e0", "b#e0", "c#e0"}]),
    # a definite noun its document says retells an event of that document is that event
    ("'the talks', chaired by an envoy the first report does not name, are the talks",
     [key("a#e0", ("KENYA", "CONGO"), (), D(2024, 6, 6), published=D(2024, 6, 7),
          place="nairobi"),
      key("a#e1", ("ENVOY",), (), published=D(2024, 6, 7), retells="a#e0")],
     [{"a#e0", "a#e1"}]),
    ("near miss: nor when time or place says otherwise",
     [key("a#e0", ("KENYA", "CONGO"), (), D(2024, 6, 6), published=D(2024, 6, 7),
          place="nairobi"),
      key("a#e1", ("ENVOY",), (), D(2024, 5, 2), published=D(2024, 6, 7), retells="a#e0")],
     [{"a#e0"}, {"a#e1"}]),
    ("near miss: stone-throwing after a march is not the march",
     [key("a#e0", ("CROWD",), ("POLICE",), D(2024, 2, 10), "PROTEST", published=D(2024, 2, 11),
          mode="demo"),
      key("a#e1", kind="PROTEST", published=D(2024, 2, 11), mode="riot"),
      key("b#e0", kind="PROTEST", published=D(2024, 2, 12), mode="demo")],
     [{"a#e0", "b#e0"}, {"a#e1"}]),
    ("an attack by shelling and by gunfire is one attack",
     [key("a#e0", ("CONGO",), ("REBELS",), JUNE_2, "ASSAULT", published=D(2024, 6, 3),
          mode="heavy-weapons"),
      key("b#e0", ("CONGO",), ("REBELS",), JUNE_2, "ASSAULT", published=D(2024, 6, 4),
          mode="firearms")],
     [{"a#e0", "b#e0"}]),
    ("near miss: a call is not talks someone chaired",
     [key("a#e0", ("SARO",), ("OKAFOR",), D(2024, 3, 4), published=D(2024, 3, 5),
          mode="third-party"),
      key("b#e0", ("SARO",), ("OKAFOR",), D(2024, 3, 4), published=D(2024, 3, 6),
          mode="phone")],
     [{"a#e0"}, {"b#e0"}]),
    ("a meeting with counterparts no one names is the talks",
     [key("a#e0", ("SARO",), ("OKAFOR",), D(2024, 3, 4), published=D(2024, 3, 5)),
      key("b#e0", ("SARO",), ("CROWD",), published=D(2024, 3, 6))],
     [{"a#e0", "b#e0"}]),
    # a report naming no one ("militants ambushed a convoy near Goma on Monday") joins, of
    # the attacks of its week that name no doer, the one in its town
    ("a report naming no one joins, of two attacks that week, the one in its town",
     [key("a#e0", (), ("CONGO",), D(2024, 6, 3), "ASSAULT", published=D(2024, 6, 4),
          place="goma"),
      key("b#e0", (), ("CONGO",), D(2024, 6, 6), "ASSAULT", published=D(2024, 6, 7)),
      key("c#e0", (), (), None, "ASSAULT", published=D(2024, 6, 7), place="goma")],
     [{"a#e0", "c#e0"}, {"b#e0"}]),
    # in one town on one day, a report naming no one we can tell apart is the act a named
    # doer did there ("gunmen stormed a post in Goma" / "the ADF attacked a post in Goma")
    ("a report naming no one joins the act a named doer did in its town that day",
     [key("a#e0", ("REBELS",), ("CONGO",), D(2024, 6, 3), "ASSAULT", published=D(2024, 6, 4),
          place="goma"),
      key("c#e0", (), (), D(2024, 6, 3), "ASSAULT", published=D(2024, 6, 5), place="goma")],
     [{"a#e0", "c#e0"}]),
    ("near miss: in another town it stays alone",
     [key("a#e0", ("REBELS",), ("CONGO",), D(2024, 6, 3), "ASSAULT", published=D(2024, 6, 4),
          place="goma"),
      key("c#e0", (), (), D(2024, 6, 3), "ASSAULT", published=D(2024, 6, 5),
          place="kibumba")],
     [{"a#e0"}, {"c#e0"}]),
    ("near miss: in its town two weeks later it stays alone",
     [key("a#e0", ("REBELS",), ("CONGO",), D(2024, 6, 3), "ASSAULT", published=D(2024, 6, 4),
          place="goma"),
      key("c#e0", (), (), D(2024, 6, 17), "ASSAULT", published=D(2024, 6, 18), place="goma")],
     [{"a#e0"}, {"c#e0"}]),
    ("near miss: with no town of its own it stays alone",
     [key("a#e0", (), ("CONGO",), D(2024, 6, 3), "ASSAULT", published=D(2024, 6, 4),
          place="goma"),
      key("b#e0", (), ("CONGO",), D(2024, 6, 6), "ASSAULT", published=D(2024, 6, 7)),
      key("c#e0", (), (), None, "ASSAULT", published=D(2024, 6, 7))],
     [{"a#e0"}, {"b#e0"}, {"c#e0"}]),
    # a report naming no party that counts the people acted on ("38 people had been
    # arrested") joins the one act of its time whose reports count the same people
    # a commitment whose doer the text names but we cannot tell apart ("church leaders
    # offered") is another party's, not the one its document tells a party made
    ("near miss: church leaders' offer is not Ghana's pledge of that report",
     [key("a#e0", ("GHANA",), ("NIGERIA",), D(2024, 6, 4), "AGREE", published=D(2024, 6, 5)),
      key("a#e1", ("CROWD",), (), kind="AGREE", published=D(2024, 6, 5))],
     [{"a#e0"}, {"a#e1"}]),
    ("a commitment its report names no one for is the one that report told",
     [key("a#e0", ("GHANA",), ("NIGERIA",), D(2024, 6, 4), "AGREE", published=D(2024, 6, 5)),
      key("a#e1", (), (), kind="AGREE", published=D(2024, 6, 5))],
     [{"a#e0", "a#e1"}]),
    ("the same number of people arrested that week: one arrest",
     [key("a#e0", ("POLICE",), ("CROWD",), D(2024, 6, 1), "COERCE", published=D(2024, 6, 2),
          mode="arrest", count=38),
      key("b#e0", ("KENYA",), ("CROWD",), D(2024, 6, 1), "COERCE", published=D(2024, 6, 2),
          mode="arrest", count=14),
      key("c#e0", (), ("CROWD",), kind="COERCE", published=D(2024, 6, 4), mode="arrest",
          count=38)],
     [{"a#e0", "c#e0"}, {"b#e0"}]),
    ("near miss: two people are too few to tell one arrest from another",
     [key("a#e0", ("POLICE",), ("CROWD",), D(2024, 6, 1), "COERCE", published=D(2024, 6, 2),
          mode="arrest", count=2),
      key("b#e0", ("KENYA",), ("CROWD",), D(2024, 6, 1), "COERCE", published=D(2024, 6, 2),
          mode="arrest", count=14),
      key("c#e0", (), ("CROWD",), kind="COERCE", published=D(2024, 6, 4), mode="arrest",
          count=2)],
     [{"a#e0"}, {"b#e0"}, {"c#e0"}]),
    ("near miss: the same count a month later is another act",
     [key("a#e0", ("POLICE",), ("CROWD",), D(2024, 5, 1), "COERCE", published=D(2024, 5, 2),
          mode="arrest", count=38),
      key("c#e0", (), ("CROWD",), kind="COERCE", published=D(2024, 6, 4), mode="arrest",
          count=38)],
     [{"a#e0"}, {"c#e0"}]),
]


@pytest.mark.parametrize(("case", "events", "expected"), CASES, ids=[c[0] for c in CASES])
def test_vaguer_reports_cluster_with_the_event_they_tell(
        case: str, events: list[EventKey], expected: list[set[str]]) -> None:
    assert in_both_orders(together, events) == [expected, expected], case
