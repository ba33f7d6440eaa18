"""Constructions behind wrong events of the precision audit (issue 12): a duplicate, a modality,
two non-events and two word senses. Every sentence is our own wording.

* A measure named with its imposer by a participle the parser reads as a clause ("violate the
  UN imposed embargo": "the UN" its subject, the embargo its object) under a verb that
  presupposes a standing state (``state_verbs``) is that standing measure: it takes no
  condition, modal or negation of the clause that mentions it. A real clause ("diplomats said
  the UN imposed an embargo") is its own act.
* A measure that allows, permits or bars an act ("the embargo that would not allow X to sell
  arms") is not a concession or a refusal of anyone: the constraint verb makes no event; the
  act it bars keeps its own.
* One doer doing one act, told twice in one sentence by the same verb and object ("will not
  supply weapons openly ... would not allow China to supply weapons to Sudan") is one event
  (with the recipients of both); another recipient, or another object, is another act.
* A relation named by a noun with a "between" phrase ("the cooperation between Ghana and
  Togo") is a standing relation, no act; cooperation a verb makes or announces still fires.
* Pausing or suspending the work of an aid body stops aid (SANCTION 1623), also when the body
  is the pronoun subject of what it says about itself; an army pausing its operations retreats.
* "target" people with no sign of force (no weapon or armed doer) beside "go further" with
  measures is no attack.

FIRES rows: (text, types, a word of the trigger, modalities or None, count or None).
QUIET rows: (text, types that must not come, a word of the trigger or None, modalities or None).
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, known, problems

#: readings a standing measure never takes from the clause that mentions it
CLAUSE_MODALITIES = ("negated", "hypothetical", "future", "requested")
#: the sense of "pause" needs its subject, and a pronoun subject's antecedent is not seen by a
#: trigger sense (events/triggers._doers reads the parse, not the resolved actor)
PRONOUN_DOER = "a sense's subject class does not see through a pronoun (events/triggers)"
#: "go further and target" takes its sense from measures told in earlier sentences
DISCOURSE_SENSE = "the sense of 'target' would need the measures of earlier sentences"


def case(id: str, text: str, types: str | tuple[str, ...], trigger: str,
         modality: str | tuple[str, ...] | None = None, count: int | None = None):
    return pytest.param(text, (types,) if isinstance(types, str) else types, trigger,
                        (modality,) if isinstance(modality, str) else modality, count, id=id)


def miss(id: str, text: str, types: str | tuple[str, ...], trigger: str | None = None,
         modality: tuple[str, ...] | None = None):
    return pytest.param(text, (types,) if isinstance(types, str) else types, trigger, modality,
                        id=id)


STANDING_NOT_CLAUSE = ("asserted", "reported", "believed")

FIRES = [
    # a participle measure under a state verb: the standing measure, not the clause's reading
    case("violate-un-imposed-embargo", "The junta hopes to persuade Beijing to violate the UN "
         "imposed arms embargo on Myanmar.", "SANCTION", "embargo", STANDING_NOT_CLAUSE),
    case("defy-eu-imposed-sanctions", "If Minsk defies the EU imposed sanctions on Belarusian "
         "potash, it could lose its markets.", "SANCTION", "sanctions", STANDING_NOT_CLAUSE),
    case("breach-us-imposed-blockade", "Havana wants Mexico City to breach the US imposed "
         "naval blockade on Cuba.", ("SANCTION", "COERCE"), "blockade", STANDING_NOT_CLAUSE),
    # near misses: a real clause of imposing keeps its reading
    case("said-un-imposed-embargo", "Diplomats said the UN imposed an arms embargo on Mali in "
         "2019.", "SANCTION", "embargo"),
    case("urge-un-to-impose", "Seoul will urge the UN to impose an oil embargo on Pyongyang.",
         "SANCTION", "embargo", ("requested", "future", "hypothetical")),
    # an act barred by no measure: a state allowing or refusing is still an event
    case("egypt-would-not-allow-convoys", "Egypt would not allow aid convoys to enter Gaza, "
         "officials said.", ("RETREAT", "REJECT"), "allow", ("negated", "reported")),
    case("israel-allowed-inspectors", "Israel allowed UN inspectors to visit the reactor site "
         "on Monday.", "RETREAT", "allowed"),
    # the act a measure bars keeps its own event
    case("barred-sale-kept", "The embargo does not allow Turkey to deliver drones to Libya.",
         ("AID", "COOPERATE"), "deliver"),
    # one act told twice: one event, with the recipient
    case("supply-weapons-twice", "China will not supply weapons openly, and it backs the "
         "embargo that would not allow China to supply weapons to Sudan.",
         "AID", "supply", None, 1),
    case("send-troops-twice", "Ankara says it will not send troops secretly, and its treaty "
         "with Athens would not allow Ankara to send troops to Cyprus.", ("MOBILIZE", "AID"),
         "send", None, 1),
    # near misses: other recipients, other objects, are other acts
    case("sell-rifles-two-buyers", "France did not sell rifles to Chad, and it did not sell "
         "rifles to Niger either.", ("AID", "COOPERATE"), "sell", None, 2),
    case("cooperation-expands", "Brazil and Argentina will expand nuclear cooperation, the "
         "ministers said.", "COOPERATE", "cooperation"),
    case("agreed-deepen-cooperation", "Kenya and Ethiopia agreed to deepen cooperation on "
         "border security.", ("AGREE", "COOPERATE"), "agreed"),
    # stopping aid work
    case("wfp-paused-operations", "The World Food Programme paused its operations in Haiti "
         "on Friday.", "SANCTION", "paused"),
    known(case("red-cross-it-was-pausing", "The Red Cross said two drivers had been shot and "
               "that it was pausing its operations in Tigray.", "SANCTION", "pausing", "reported"),
          PRONOUN_DOER),
    case("charity-it-suspends", "The charity said it was suspending its activities in Gaza "
         "City after the strike.", "SANCTION", "suspending", "reported"),
    case("army-pausing-operations", "The army said it was pausing its operations in Rafah "
         "for two days.", "RETREAT", "pausing", "reported"),
    # "target" in a sense of force
    case("jets-targeted-commanders", "Israeli jets targeted Hezbollah commanders in Beirut on "
         "Tuesday.", "ASSAULT", "targeted"),
    case("sanction-and-target", "Campaigners asked London to impose sanctions and target the "
         "oligarchs.", "SANCTION", "target", "requested"),
]

QUIET = [
    # a measure's constraint is no act of its own
    miss("ban-that-does-not-allow", "Kyiv backs the export ban that does not allow Hungary to "
         "sell grain to Serbia.", ("RETREAT", "CONCEDE", "REJECT"), "allow"),
    miss("sanctions-which-would-not-permit", "The sanctions, which would not permit Iran to "
         "buy aircraft parts, remain in force.", ("RETREAT", "CONCEDE", "REJECT"), "permit"),
    miss("embargo-does-not-allow", "The embargo does not allow Turkey to deliver drones to "
         "Libya.", ("RETREAT", "CONCEDE", "REJECT"), "allow"),
    # the standing measure takes no clause reading
    miss("violate-un-imposed-not-hypothetical", "The junta hopes to persuade Beijing to "
         "violate the UN imposed arms embargo on Myanmar.", "SANCTION", "embargo",
         CLAUSE_MODALITIES),
    # a standing relation noun is no act
    miss("cooperation-between-thanks", "Thanks to the cooperation between Ghana and Togo, "
         "smugglers have fewer routes.", ("COOPERATE", "AGREE"), "cooperation"),
    miss("collaboration-between-given", "Given the collaboration between Peru and Chile on "
         "fisheries, the quarrel eased.", ("COOPERATE", "AGREE"), "collaboration"),
    miss("partnership-between-with", "With the partnership between Oman and India, the port "
         "grew quickly.", ("COOPERATE", "AGREE"), "partnership"),
    # aid work paused is no retreat
    miss("wfp-paused-not-retreat", "The World Food Programme paused its operations in Haiti "
         "on Friday.", "RETREAT"),
    known(miss("red-cross-pausing-not-retreat", "The Red Cross said two drivers had been shot "
               "and that it was pausing its operations in Tigray.", "RETREAT"), PRONOUN_DOER),
    # "target" with no force
    known(miss("go-further-target-commanders", "Activists urged Brussels to go further and "
               "target the commanders personally.", "ASSAULT"), DISCOURSE_SENSE),
]


def _at(text: str, event, trigger: str) -> bool:
    return trigger in text[event.start:event.end]


@pytest.mark.parametrize("text,types,trigger,modality,count", FIRES)
def test_construction_is_read_right(text, types, trigger, modality, count):
    ex = events(text)
    found = [e for e in ex.events if e.type in types and _at(text, e, trigger)
             and (modality is None or e.modality in modality)]
    assert found, f"expected {types} at {trigger!r} ({modality})\n{describe(ex)}"
    if count is not None:
        assert len(found) == count, f"expected {count} {types} at {trigger!r}\n{describe(ex)}"
    assert not problems(ex), problems(ex)


@pytest.mark.parametrize("text,types,trigger,modality", QUIET)
def test_no_such_event(text, types, trigger, modality):
    ex = events(text)
    found = [e for e in ex.events if e.type in types
             and (trigger is None or _at(text, e, trigger))
             and (modality is None or e.modality in modality)]
    assert not found, f"expected no {types} at {trigger!r}\n{describe(ex)}"
