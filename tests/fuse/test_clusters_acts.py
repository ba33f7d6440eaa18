"""Event clusters: two acts that reports tell alike stay two events (an attack and the attack
it answers, dispersing a crowd and shooting at it, two meetings a month apart, an agreement to
meet and the meeting); the near misses are reports of one act that must still meet. Each case
is named by the sentences of our mini-corpus it stands for."""

from __future__ import annotations

from dataclasses import replace

import pytest

from actorgraph.records import EventKey

from .test_clusters_recall import D, in_both_orders, key, together

# (the reports, events, expected clusters)
CASES = [
    # the doer of one report is the target of the other: an attack and the reply to it
    ("'Rebels raided an army post on Thursday night' / 'the rebels say artillery pounded "
     "their positions on Wednesday'",
     [key("a#e0", ("REBELS",), (), D(2024, 6, 6), "ASSAULT", published=D(2024, 6, 7)),
      key("b#e0", (), ("REBELS",), D(2024, 6, 5), "ASSAULT", published=D(2024, 6, 7))],
     [{"a#e0"}, {"b#e0"}]),
    ("'Kenya accused Congo of stalling' / 'Congo blamed Kenya for the delay'",
     [key("a#e0", ("KENYA",), ("CONGO",), D(2024, 6, 6), "ACCUSE", published=D(2024, 6, 7)),
      key("b#e0", (), ("KENYA",), D(2024, 6, 6), "ACCUSE", published=D(2024, 6, 7))],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: 'the army shelled rebel positions' / 'rebel positions came under fire'",
     [key("a#e0", ("CONGO",), ("REBELS",), D(2024, 6, 5), "ASSAULT", published=D(2024, 6, 6)),
      key("b#e0", (), ("REBELS",), D(2024, 6, 5), "ASSAULT", published=D(2024, 6, 7))],
     [{"a#e0", "b#e0"}]),
    ("near miss: 'Egypt's minister visited Jakarta' / 'Indonesia hosted Egypt's minister': "
     "a meeting's sides are named either way round",
     [key("a#e0", ("EGYPT",), ("INDONESIA",), D(2024, 4, 14), published=D(2024, 4, 15)),
      key("b#e0", (), ("EGYPT",), D(2024, 4, 14), published=D(2024, 4, 16))],
     [{"a#e0", "b#e0"}]),
    ("near miss: in one town, 'rebels attacked the post at Kibumba' / 'the army fought back "
     "at Kibumba' stay one clash",
     [key("a#e0", ("REBELS",), (), D(2024, 6, 6), "ASSAULT", published=D(2024, 6, 7),
          place="kibumba"),
      key("b#e0", (), ("REBELS",), D(2024, 6, 6), "ASSAULT", published=D(2024, 6, 7),
          place="kibumba")],
     [{"a#e0", "b#e0"}]),
    # dispersing a crowd (tear gas, water cannon, rubber bullets) is not shooting at it
    ("'Police fired tear gas at marchers on Saturday' / 'police fired live rounds at "
     "demonstrators at the weekend'",
     [key("a#e0", ("POLICE",), ("CROWD",), D(2024, 2, 10), "ASSAULT",
          published=D(2024, 2, 11), mode="crowd-control"),
      key("b#e0", ("POLICE",), ("CROWD",), D(2024, 2, 10), "ASSAULT", precision="week",
          published=D(2024, 2, 12), mode="firearms")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: 'police used water cannon' / 'police fired tear gas' are one dispersal",
     [key("a#e0", ("POLICE",), (), D(2024, 2, 10), "ASSAULT", published=D(2024, 2, 11),
          mode="crowd-control"),
      key("b#e0", ("POLICE",), (), D(2024, 2, 10), "ASSAULT", published=D(2024, 2, 12),
          mode="crowd-control")],
     [{"a#e0", "b#e0"}]),
    ("near miss: 'police fired tear gas' / 'police attacked the marchers', how not said",
     [key("a#e0", ("POLICE",), (), D(2024, 2, 10), "ASSAULT", published=D(2024, 2, 11),
          mode="crowd-control"),
      key("b#e0", ("POLICE",), (), D(2024, 2, 10), "ASSAULT", published=D(2024, 2, 12))],
     [{"a#e0", "b#e0"}]),
    # the traps every story has
    ("'the two ministers met in Cairo on 10 March' / 'they met again in Jakarta in April'",
     [key("a#e0", ("SARO",), ("OKAFOR",), D(2024, 3, 10), published=D(2024, 3, 11)),
      key("b#e0", ("OKAFOR",), ("SARO",), D(2024, 4, 14), published=D(2024, 4, 15))],
     [{"a#e0"}, {"b#e0"}]),
    # one visitor's two meetings, with two office holders of one country
    ("'Okafor held talks with Ghana's foreign minister Saro on Monday' / 'Ghana's president "
     "received Okafor on Tuesday'",
     [key("a#e0", ("OKAFOR",), ("SARO",), D(2024, 3, 11), published=D(2024, 3, 12)),
      key("b#e0", ("GPRES",), ("OKAFOR",), D(2024, 3, 12), published=D(2024, 3, 13))],
     [{"a#e0"}, {"b#e0"}]),
    # a host of another country is at the same meeting: office holders of two countries on
    # two days the texts give are not told apart
    ("near miss: 'Okafor held talks with Saro on Monday' / 'Uganda's president, who hosted "
     "the talks, said on Tuesday ...'",
     [key("a#e0", ("OKAFOR",), ("SARO",), D(2024, 3, 11), published=D(2024, 3, 12)),
      key("b#e0", ("UPRES",), ("OKAFOR",), D(2024, 3, 12), published=D(2024, 3, 13))],
     [{"a#e0", "b#e0"}]),
    ("near miss: 'Okafor met Saro on Monday' / 'Ghana's foreign minister and Okafor met on "
     "Tuesday': another day, the same counterpart (one report is a day off)",
     [key("a#e0", ("OKAFOR",), ("SARO",), D(2024, 3, 11), published=D(2024, 3, 12)),
      key("b#e0", ("GFM",), ("OKAFOR",), D(2024, 3, 12), published=D(2024, 3, 13))],
     [{"a#e0", "b#e0"}]),
    ("near miss: 'Okafor met Saro on Monday' / 'Okafor was received by Ghana's president', "
     "undated: two office holders may be one delegation's meeting",
     [key("a#e0", ("OKAFOR",), ("SARO",), D(2024, 3, 11), published=D(2024, 3, 12)),
      key("b#e0", ("GPRES",), ("OKAFOR",), published=D(2024, 3, 12))],
     [{"a#e0", "b#e0"}]),
    ("near miss: 'Okafor met Saro on Monday' / 'Okafor visited Ghana' is one visit",
     [key("a#e0", ("OKAFOR",), ("SARO",), D(2024, 3, 11), published=D(2024, 3, 12)),
      key("b#e0", ("OKAFOR",), ("GHANA",), published=D(2024, 3, 13))],
     [{"a#e0", "b#e0"}]),
    ("near miss: 'Okafor met Saro' / 'Ghana's foreign minister hosted Okafor': one office",
     [key("a#e0", ("OKAFOR",), ("SARO",), D(2024, 3, 11), published=D(2024, 3, 12)),
      key("b#e0", ("GFM",), ("OKAFOR",), D(2024, 3, 11), published=D(2024, 3, 13))],
     [{"a#e0", "b#e0"}]),
    ("near miss: 'Okafor met Saro' / 'the Ghanaian minister hosted Okafor': a title that "
     "says less",
     [key("a#e0", ("OKAFOR",), ("SARO",), D(2024, 3, 11), published=D(2024, 3, 12)),
      key("b#e0", ("GMIN",), ("OKAFOR",), D(2024, 3, 11), published=D(2024, 3, 13))],
     [{"a#e0", "b#e0"}]),
    # one report tells the talks, then a reception by a host the talks do not name (CAMEO 043,
    # host a visit): a separate meeting on the same trip, with someone else
    ("'Okafor held talks with Saro on Monday. Okafor was later received by President Mensah'",
     [key("a#e0", ("OKAFOR",), ("SARO",), D(2024, 3, 11), published=D(2024, 3, 12)),
      replace(key("a#e1", ("MENSAH",), ("OKAFOR",), published=D(2024, 3, 12), mode="visit"),
              cameo="043")],
     [{"a#e0"}, {"a#e1"}]),
    ("'Okafor held talks with Saro in Accra on Monday. Ghana's president received him too'",
     [key("a#e0", ("OKAFOR",), ("SARO",), D(2024, 3, 11), published=D(2024, 3, 12)),
      replace(key("a#e1", ("GPRES",), ("OKAFOR",), published=D(2024, 3, 12), mode="visit"),
              cameo="043")],
     [{"a#e0"}, {"a#e1"}]),
    ("'President Mensah received Okafor on Monday. Okafor had held talks with Saro that "
     "morning': the reception told first",
     [replace(key("a#e0", ("MENSAH",), ("OKAFOR",), D(2024, 3, 11), published=D(2024, 3, 12),
                  mode="visit"), cameo="043"),
      key("a#e1", ("OKAFOR",), ("SARO",), D(2024, 3, 11), published=D(2024, 3, 12))],
     [{"a#e0"}, {"a#e1"}]),
    ("near miss: 'Ghana's foreign minister opened talks with Okafor. Saro received Okafor at "
     "the ministry for five hours': the host holds the talks",
     [key("a#e0", ("GFM", "OKAFOR"), (), D(2024, 3, 11), published=D(2024, 3, 12)),
      replace(key("a#e1", ("SARO",), ("OKAFOR",), published=D(2024, 3, 12), mode="visit"),
              cameo="043")],
     [{"a#e0", "a#e1"}]),
    ("near miss: 'Okafor met Saro on Monday' / another report's 'Okafor was received by "
     "President Mensah': two reports may tell one meeting by two of its hosts",
     [key("a#e0", ("OKAFOR",), ("SARO",), D(2024, 3, 11), published=D(2024, 3, 12)),
      replace(key("b#e0", ("MENSAH",), ("OKAFOR",), published=D(2024, 3, 12), mode="visit"),
              cameo="043")],
     [{"a#e0", "b#e0"}]),
    ("near miss: 'Okafor held talks with Saro. Ghana's president, who hosted the session, "
     "said ...': one who hosts the talks receives no visitor of his own",
     [key("a#e0", ("OKAFOR",), ("SARO",), D(2024, 3, 11), published=D(2024, 3, 12)),
      replace(key("a#e1", ("GPRES",), (), published=D(2024, 3, 12), mode="visit"),
              cameo="043")],
     [{"a#e0", "a#e1"}]),
    ("near miss: 'Ghana hosted Okafor. He held talks with Saro': a host country is no one "
     "else",
     [key("a#e0", ("OKAFOR",), ("SARO",), D(2024, 3, 11), published=D(2024, 3, 12)),
      replace(key("a#e1", ("GHANA",), ("OKAFOR",), published=D(2024, 3, 12), mode="visit"),
              cameo="043")],
     [{"a#e0", "a#e1"}]),
    # an abduction is not the fighting its doers wage
    ("'rebels abducted a councillor on Saturday' / 'the rebels have fought the army for "
     "two years'",
     [replace(key("a#e0", ("REBELS",), (), D(2024, 6, 8), "ASSAULT", published=D(2024, 6, 9),
                  mode="abduct"), cameo="181"),
      replace(key("b#e0", ("REBELS",), ("CONGO",), published=D(2024, 6, 10), kind="ASSAULT"),
              cameo="190")],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: 'gunmen abducted Ndeze' / 'armed men seized Ndeze' are one abduction",
     [replace(key("a#e0", ("REBELS",), ("NDEZE",), D(2024, 6, 8), "ASSAULT",
                  published=D(2024, 6, 9), mode="abduct"), cameo="181"),
      replace(key("b#e0", (), ("NDEZE",), D(2024, 6, 8), "ASSAULT", published=D(2024, 6, 10),
                  mode="abduct"), cameo="1811")],
     [{"a#e0", "b#e0"}]),
    # reports that named only the doer, and reports that named only the victim, are one act
    # once one names both
    ("'rebels abducted a councillor' / 'Ndeze was taken on Saturday' / 'the rebels had "
     "nothing to do with the abduction of Ndeze'",
     [replace(key("a#e0", ("REBELS",), (), published=D(2024, 6, 9), kind="ASSAULT",
                  mode="abduct"), cameo="181"),
      replace(key("b#e0", (), ("NDEZE",), D(2024, 6, 8), "ASSAULT", published=D(2024, 6, 9),
                  mode="abduct"), cameo="181"),
      replace(key("c#e0", ("REBELS",), ("NDEZE",), published=D(2024, 6, 10), kind="ASSAULT",
                  mode="abduct", modality="denied"), cameo="181")],
     [{"a#e0", "b#e0", "c#e0"}]),
    # arrests and expulsions are tallies reports agree on: nine people and four are two acts
    ("'police arrested nine people at the march on Saturday' / 'four people were detained "
     "by police at the road block this week'",
     [key("a#e0", ("POLICE",), (), D(2024, 3, 9), "COERCE", published=D(2024, 3, 10),
          mode="arrest", count=9),
      key("b#e0", ("POLICE",), (), kind="COERCE", published=D(2024, 3, 13), mode="arrest",
          count=4)],
     [{"a#e0"}, {"b#e0"}]),
    ("'six diplomats were expelled' / 'the government expelled two diplomats'",
     [key("a#e0", ("GHANA",), ("SARO",), D(2024, 3, 9), "SANCTION", published=D(2024, 3, 10),
          count=6),
      key("b#e0", ("GHANA",), ("SARO",), kind="SANCTION", published=D(2024, 3, 11), count=2)],
     [{"a#e0"}, {"b#e0"}]),
    ("near miss: 'police detained 40 protesters' / 'some 38 people were held': one tally, "
     "counted a little apart",
     [key("a#e0", ("POLICE",), (), D(2024, 3, 9), "COERCE", published=D(2024, 3, 10),
          mode="arrest", count=40),
      key("b#e0", ("POLICE",), (), kind="COERCE", published=D(2024, 3, 11), mode="arrest",
          count=38)],
     [{"a#e0", "b#e0"}]),
    ("near miss: 'gunmen killed four villagers' / 'the toll of the raid rose to seven': an "
     "attack's toll grows as the dead are counted",
     [key("a#e0", ("REBELS",), (), D(2024, 3, 9), "ASSAULT", published=D(2024, 3, 10),
          count=4),
      key("b#e0", ("REBELS",), (), kind="ASSAULT", published=D(2024, 3, 11), count=7)],
     [{"a#e0", "b#e0"}]),
    ("'they agreed on Sunday to meet again next month' / 'they met in Jakarta'",
     [key("a#e0", ("SARO", "OKAFOR"), (), D(2024, 3, 10), "AGREE", published=D(2024, 3, 11),
          theme="meet"),
      key("b#e0", ("OKAFOR",), ("SARO",), D(2024, 3, 10), published=D(2024, 3, 11))],
     [{"a#e0"}, {"b#e0"}]),
]


@pytest.mark.parametrize(("case", "events", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_two_acts_told_alike_stay_two_events(
        case: str, events: list[EventKey], expected: list[set[str]]) -> None:
    assert in_both_orders(together, events) == [expected, expected], case
