"""Precision (issue 12, "Precision audit"): one act coded once, non-events, and the modality
of background states.

Every sentence is our own wording. Three tables, each case next to its near miss:

* ``ONCE``: a noun that restates a verb of the same act in the same sentence ("used its veto
  *to block*", "visited Moscow, *his second visit* to Russia") is one event, the verbal one;
  the near misses are two acts of the same type told in one sentence (another actor, another
  time: "days after his visit to Tokyo").
* ``PRESENT`` / ``ABSENT``: what a sentence must and must not yield. A purpose clause states
  an aim, not an act ("sanctions *to help* the talks": the help is hypothetical); a source
  "who asked not to be named" makes no request; a state the sentence only names keeps its
  own reading inside a conditional or a request ("if Russia breaks *the UN embargo*": the
  embargo exists); leaning towards an act ("is inclined to support") is not doing it; and
  what a request asks for is requested, whatever the request's own reading.
"""

from __future__ import annotations

import pytest

from .helpers import Names, OneOrMore, describe, events, expect, expect_none, matching

RUSSIA = ("Russia", "Moscow", "Kremlin")
CHINA = ("China", "Beijing")
USA = ("United States", "Washington", "U.S.")
TURKEY = ("Turkey", "Türkiye", "Ankara")
ASSERTED = ("asserted", "reported")
NOT_ASSERTED = ("future", "hypothetical", "requested", "believed", "negated")


def once(id: str, text: str, type_: OneOrMore, source: Names, count: int = 1):
    return pytest.param(text, type_, source, count, id=id)


#: (text, type, source, how many events of that type by that source).
ONCE = [
    once("veto-to-block", "China used its veto to block a draft resolution on Myanmar.",
         "REJECT", CHINA),
    once("veto-to-block-near-two-vetoers", "China vetoed a draft on Myanmar, and Russia "
         "blocked a second text on Sudan.", "REJECT", CHINA),
    once("cast-veto-to-stop", "Russia cast its veto on Thursday to block a Security Council "
         "text on Ukraine.", "REJECT", RUSSIA),
    once("visit-apposition", "Modi visited Moscow on Monday, his second visit to Russia "
         "this year.", "CONSULT", "Modi"),
    once("visit-which-makes-it", "Lula visited Beijing on Friday, which makes it his second "
         "visit to China as president.", "CONSULT", "Lula"),
    once("right-of-veto-to-block", "Washington has not used its right of veto to block a "
         "single Council draft on Gaza this year.", "REJECT", USA),
    once("right-of-veto-near-threat", "France used the threat of sanctions to block the "
         "merger, and Italy used its right of veto to block a text on Libya.", "REJECT",
         "Italy"),
    once("visit-which-makes-it-long-subject", "The commander of the eastern forces, General "
         "Ali Saleh, visited Ankara last month, which makes it his third visit to Turkey this "
         "year.", "CONSULT", "Saleh"),
    once("visit-near-days-after", "Lula visited Beijing on Friday, days after his visit to "
         "Tokyo.", "CONSULT", "Lula", 2),
    once("visit-near-other-visitor", "Modi visited Moscow on Monday, a week after Orban's "
         "visit to Beijing.", "CONSULT", "Modi"),
    once("trip-apposition", "Blinken arrived in Cairo on Sunday, his ninth trip to the "
         "region since the war began.", "CONSULT", "Blinken"),
    once("welcome-aid-one-act", "Mali's interim president told reporters that Bamako would "
         "welcome Turkish military assistance.", ("AGREE", "SUPPORT"), ("Mali", "Bamako")),
    once("welcome-aid-no-promise-by-the-giver", "Mali's interim president told reporters "
         "that Bamako would welcome Turkish military assistance.", "AGREE",
         ("Turkey", "Türkiye"), 0),
    once("welcome-aid-near-promise-of-aid", "Russia said it would send aid to Sudan.",
         "AGREE", "Russia"),
    once("welcome-support-no-promise-by-the-giver", "Kyiv would welcome Turkey's support in "
         "the grain talks, the minister said.", "AGREE", ("Turkey", "Türkiye"), 0),
    once("endorse-one-act", "Kenya said it would welcome a mission led by the African Union.",
         ("AGREE", "SUPPORT"), "Kenya"),
    once("promise-near-material-act", "Japan said it would provide loans to Sri Lanka.",
         "AGREE", "Japan"),
    once("promise-near-signing", "Germany said it will sign the accord with Namibia.",
         "AGREE", "Germany"),
]


@pytest.mark.parametrize(("text", "type_", "source", "count"), ONCE)
def test_one_act_is_coded_once(text: str, type_: OneOrMore, source: Names,
                               count: int) -> None:
    ex = events(text)
    found = matching(ex, type_, source=source)
    assert len(found) == count, f"expected {count} {type_} by {source!r}\n{describe(ex)}"


def present(id: str, text: str, type_: OneOrMore, modality: OneOrMore | None = None, *,
            source: Names | None = None, target: Names | None = None):
    return pytest.param(text, type_, modality, source, target, id=id)


#: Events a sentence must yield (the near misses of ``ABSENT`` among them).
PRESENT = [
    present("offer-is-agree", "Turkey offered military support to Azerbaijan.", "AGREE",
            ASSERTED, source=TURKEY),
    present("near-sent-support-is-aid", "Turkey sent military support to Azerbaijan.", "AID",
            ASSERTED, source=TURKEY, target="Azerbaijan"),
    present("sanctions-to-help-keep-sanction", "The European Union imposed sanctions on "
            "Belarus to help the peace negotiations.", "SANCTION", ASSERTED,
            source="European Union", target="Belarus"),
    present("near-helped-with-loans", "The European Union helped Moldova with emergency "
            "loans.", "AID", ASSERTED, source="European Union", target="Moldova"),
    present("near-provided-despite-embargo", "Iran provided weapons to the Houthis despite "
            "the embargo.", "AID", ASSERTED, source="Iran", target="Houthi"),
    present("near-asked-to-host", "A Malian official asked Algeria to host the talks.",
            "REQUEST", ASSERTED, target="Algeria"),
    present("near-asked-to-name", "The court asked Israel to name the officers involved.",
            "REQUEST", ASSERTED, target="Israel"),
    present("near-asked-to-be-heard", "Ghana asked to be heard by the Security Council.",
            "REQUEST", ASSERTED, source="Ghana"),
    present("embargo-under-if-exists", "If Russia breaks the UN arms embargo on Libya, "
            "Washington will respond.", "SANCTION", ASSERTED, source="United Nations"),
    present("near-embargo-imposed-if", "If Russia breaks its promises, the UN will impose "
            "an arms embargo on Moscow.", "SANCTION", ("future", "hypothetical"),
            source="United Nations"),
    present("lift-is-requested", "Haftar asked Russia to help lift the UN arms embargo.",
            ("RETREAT", "CONCEDE", "SANCTION"), "requested"),
    present("near-impose-requested", "Haftar asked Russia to impose an arms embargo on "
            "Sudan.", "SANCTION", "requested"),
    present("inclined-not-asserted", "Serbia is inclined to support the Russian position.",
            "SUPPORT", ("believed", "hypothetical", "future"), source="Serbia"),
    present("near-supported", "Serbia supported the Russian position at the UN.", "SUPPORT",
            ASSERTED, source="Serbia"),
    present("request-content-under-belief", "Officials believe the junta asked Moscow for "
            "military support.", ("AID", "SUPPORT"), "requested"),
    pytest.param("It is believed that the junta's request to Moscow is for military support.",
                 ("AID", "SUPPORT"), "requested", None, None, id="request-content-copular"),
    present("near-request-for-support", "The junta asked Moscow for military support.",
            ("AID", "SUPPORT"), "requested"),
]


@pytest.mark.parametrize(("text", "type_", "modality", "source", "target"), PRESENT)
def test_sentence_yields(text: str, type_: OneOrMore, modality: OneOrMore | None,
                         source: Names | None, target: Names | None) -> None:
    expect(text, type_, modality=modality, source=source, target=target)


def absent(id: str, text: str, type_: OneOrMore, modality: OneOrMore | None = None, *,
           source: Names | None = None):
    return pytest.param(text, type_, modality, source, id=id)


#: Events a sentence must not yield.
ABSENT = [
    absent("offer-gives-no-aid", "Turkey offered military support to Azerbaijan.", "AID",
           ASSERTED),
    absent("offering-gives-no-aid", "Egypt is offering military and logistical support to "
           "the Sudanese army.", "AID", ASSERTED),
    absent("purpose-help-not-asserted", "The European Union imposed sanctions on Belarus to "
           "help the peace negotiations.", "AID", ASSERTED),
    absent("purpose-protect-not-asserted", "NATO imposed a no-fly zone over Libya to protect "
           "civilians.", "AID", ASSERTED),
    absent("purpose-support-not-asserted", "Paris froze the junta's assets to support the "
           "return to civilian rule.", ("AID", "SUPPORT"), ASSERTED),
    absent("embargo-forbids-provide", "The UN kept an arms embargo that would not allow "
           "Iran to provide weapons to the Houthis.", "AID", ASSERTED),
    absent("embargo-allows-nothing", "The UN kept an arms embargo that would not allow "
           "Iran to provide weapons to the Houthis.", "RETREAT", ASSERTED),
    absent("anonymous-source", "A Malian official, who asked not to be named, said the "
           "talks had failed.", "REQUEST"),
    absent("anonymity-requested", "Two diplomats, who requested anonymity, said Ghana "
           "would send troops.", "REQUEST"),
    absent("embargo-not-hypothetical", "If Russia breaks the UN arms embargo on Libya, "
           "Washington will respond.", "SANCTION", ("hypothetical", "future")),
    absent("lift-embargo-not-requested-sanction", "Haftar asked Russia to help lift the UN "
           "arms embargo.", "SANCTION", ("requested", "hypothetical")),
    absent("help-lift-not-asserted", "Haftar asked Russia to help lift the UN arms embargo.",
           ("AID", "RETREAT", "CONCEDE"), ASSERTED),
    absent("inclined-support", "Serbia is inclined to support the Russian position.",
           "SUPPORT", ASSERTED),
    absent("leaning-support", "Austria is leaning towards supporting the Ukrainian bid.",
           "SUPPORT", ASSERTED),
    absent("request-content-not-believed", "It is believed that the junta's request to "
           "Moscow is for military support.", ("AID", "SUPPORT"), "believed"),
    absent("request-content-not-believed-verbal", "Officials believe the junta asked Moscow "
           "for military support.", ("AID", "SUPPORT"), "believed"),
]


@pytest.mark.parametrize(("text", "type_", "modality", "source"), ABSENT)
def test_sentence_does_not_yield(text: str, type_: OneOrMore, modality: OneOrMore | None,
                                 source: Names | None) -> None:
    expect_none(text, type_, modality=modality, source=source)
