"""Events a cross-document cluster needs and the pipeline used to miss (issue 11).

Every sentence is our own wording. Four classes, each a general reading, not one sentence:

- "a request *from* X": X asked, so X is the request's source, never its target.
- An agreement noun that is the subject of its sentence, between two parties ("the pact
  between X and Y took effect"): both parties agree; a document alone with nothing done with it
  ("the agreement runs to forty pages") stays no event.
- A verb that makes the act its object names passes its doer on ("produced an agreement",
  "set up joint patrols", "came with a pledge"); a verb that acts on the object does not
  ("criticised the agreement").
- A bare definite noun ("the round", "the trip") retells the latest earlier event of its kind
  and takes its actors; with no earlier event there is nothing to retell.
"""

from __future__ import annotations

import pytest

from .helpers import Names, describe, events, matching

#: Passing the doer on through "produced" and a "with" phrase finds these, but on the fusion
#: corpus the new agreements did not join their own event (one joined another commitment of
#: the same parties that has a theme), lowering F1; left until fusion tells a deal named by
#: a noun from a commitment to an act.
_FUSION_FIRST = pytest.mark.xfail(strict=True, reason=(
    "'produced'/'with a pledge' do not pass the doer on: the new agreements lowered "
    "fusion F1"))

# (text, type, source, target)
FOUND = [
    # a request from X: X asks
    pytest.param("The court turned down a request from Serbia to delay the hearing.",
                 "REQUEST", "Serbia", None, id="request-from-serbia"),
    pytest.param("Kenya received a formal request from Somalia for more troops.",
                 "REQUEST", "Somalia", "Kenya", id="request-from-somalia-received"),
    pytest.param("A request from Ukraine for air defence systems reached Berlin on Monday.",
                 "REQUEST", "Ukraine", None, id="request-from-ukraine-subject"),
    pytest.param("Officials weighed an appeal from Armenia for mediation.",
                 "REQUEST", "Armenia", None, id="appeal-from-armenia"),
    # agreement nouns as subjects, between two parties
    pytest.param("The pact between Egypt and Sudan took effect on Monday.",
                 "AGREE", ["Egypt", "Sudan"], None, id="pact-between-took-effect"),
    pytest.param("The deal between Ethiopia and Eritrea ended two decades of hostility.",
                 "AGREE", ["Ethiopia", "Eritrea"], None, id="deal-between-ended"),
    pytest.param("An accord between Colombia and Venezuela reopened the border crossings.",
                 "AGREE", ["Colombia", "Venezuela"], None, id="accord-between-reopened"),
    pytest.param("The treaty between Chile and Argentina was hailed in both capitals.",
                 "AGREE", ["Chile", "Argentina"], None, id="treaty-between-hailed"),
    # verbs that pass on who acted
    pytest.param("Three days of talks in Doha produced an agreement between Qatar and Bahrain.",
                 "AGREE", ["Qatar", "Bahrain"], None, id="talks-produced-agreement"),
    pytest.param("Thailand produced a draft agreement on fishing rights with Cambodia.",
                 "AGREE", "Thailand", "Cambodia", id="thailand-produced-agreement",
                 marks=_FUSION_FIRST),
    pytest.param("Peru and Ecuador set up joint patrols along their border.",
                 "COOPERATE", ["Peru", "Ecuador"], None, id="set-up-joint-patrols"),
    pytest.param("Japan came to the summit with a pledge of aid for Vietnam.",
                 ("AID", "AGREE"), "Japan", None, id="came-with-pledge",
                 marks=_FUSION_FIRST),
    pytest.param("Norway arrived with an offer of talks with Sri Lanka.",
                 ("CONSULT", "AGREE"), "Norway", None, id="arrived-with-offer",
                 marks=_FUSION_FIRST),
    pytest.param("Brazil established joint patrols with Paraguay on the river.",
                 "COOPERATE", "Brazil", "Paraguay", id="established-joint-patrols"),
    pytest.param("Ghana forged an alliance with Togo against smuggling.",
                 "COOPERATE", "Ghana", "Togo", id="forged-alliance",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "the lexicon (event_triggers.yaml, not this table's owner) has no noun "
                     "'alliance'"))),
    # a bare definite noun retells the earlier event
    pytest.param("Iran and the United States held indirect talks in Muscat on Saturday. The "
                 "round ended without a breakthrough.",
                 "CONSULT", None, None, id="the-round-retells-talks",),
    pytest.param("Pakistan's prime minister visited Beijing on Tuesday. The trip was his "
                 "first abroad since the election.",
                 "CONSULT", None, None, id="the-trip-retells-visit"),
    pytest.param("Greece and Turkey held talks in Athens. The round was the fourth this year.",
                 "CONSULT", None, None, id="the-round-was-fourth",),
    pytest.param("Kyiv and Moscow held talks in Istanbul in March. The second round ended "
                 "after two hours.", "CONSULT", None, None, id="the-second-round-retells"),
    pytest.param("Armenia and Azerbaijan opened a new round of negotiations in Washington.",
                 "CONSULT", ["Armenia", "Azerbaijan"], None, id="new-round-of-negotiations"),
    pytest.param("Pakistan and India reopened talks on the Indus waters in Lahore.", "CONSULT",
                 ["Pakistan", "India"], None, id="reopened-talks"),
    pytest.param("Serbia and Kosovo began a fresh round of consultations in Brussels.",
                 "CONSULT", ["Serbia", "Kosovo"], None, id="round-of-consultations"),
]

# (text, type): none of these may give an event of the type
NOT_FOUND = [
    pytest.param("The agreement runs to forty pages.", "AGREE", id="near-agreement-alone"),
    pytest.param("The deal covers fishing and shipping.", "AGREE", id="near-deal-alone"),
    pytest.param("The golf round ended in heavy rain.", "CONSULT", id="near-golf-round"),
    pytest.param("The trip took six hours by road.", "CONSULT", id="near-trip-no-earlier"),
    pytest.param("The factory produced cars for export.", "AGREE", id="near-produced-cars"),
    pytest.param("Farmers set up stalls along the road.", "COOPERATE", id="near-set-up-stalls"),
    pytest.param("The round of ammunition was found near the gate.", "CONSULT",
                 id="near-round-of-ammunition"),
    pytest.param("The treaty text was published online.", "AGREE", id="near-treaty-text"),
    pytest.param("Egypt's president received a round of applause in parliament.", "CONSULT",
                 id="near-round-of-applause"),
    pytest.param("The EU adopted a new round of sanctions on Russia.", "CONSULT",
                 id="near-round-of-sanctions"),
    pytest.param("Chile's first round of voting ended on Sunday.", "CONSULT",
                 id="near-first-round-of-voting"),
]

# (text, word): after talks, a round that is not theirs retells nothing
NOT_RETOLD = [
    pytest.param("Qatar and Oman held talks in Doha. The emir then played a round of golf.",
                 "round", id="near-round-of-golf-after-talks"),
    pytest.param("Qatar and Oman held talks in Doha. The golf round was cut short by rain.",
                 "round", id="near-golf-round-after-talks"),
    pytest.param("Chile and Peru held talks in Lima. Chile held the second round of its "
                 "election in May.", "round", id="near-election-round-after-talks"),
    pytest.param("Chile and Peru held talks in Lima. The crowd gave the envoys a round of "
                 "applause.", "round", id="near-applause-after-talks"),
]


@pytest.mark.parametrize(("text", "word"), NOT_RETOLD)
def test_a_round_not_of_talks_is_no_meeting(text: str, word: str) -> None:
    ex = events(text)
    assert not [e for e in ex.events if text[e.start:e.end] == word], describe(ex)


# a request from X: X is never the target
NOT_TARGET = [
    pytest.param("The court turned down a request from Serbia to delay the hearing.",
                 "REQUEST", "Serbia", id="near-serbia-not-target"),
    pytest.param("A request from Ukraine for air defence systems reached Berlin on Monday.",
                 "REQUEST", "Ukraine", id="near-ukraine-not-target"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), FOUND)
def test_the_event_a_cluster_needs_is_found(text: str, kind: str | tuple[str, ...],
                                            source: Names | None, target: Names | None) -> None:
    ex = events(text)
    if source is None and target is None:
        assert len(matching(ex, kind)) >= 2 or any(
            e.retells for e in ex.events if e.type == kind), describe(ex)
        assert all(e.source or e.target for e in ex.events if e.type == kind), describe(ex)
    else:
        assert matching(ex, kind, source=source, target=target), describe(ex)


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_no_event_without_an_act(text: str, kind: str) -> None:
    ex = events(text)
    assert not [e for e in matching(ex, kind) if e.source or e.target], describe(ex)


@pytest.mark.parametrize(("text", "kind", "asker"), NOT_TARGET)
def test_the_asker_is_not_the_target(text: str, kind: str, asker: str) -> None:
    ex = events(text)
    assert not [e for e in matching(ex, kind, target=asker)
                if not matching(ex, kind, source=asker)], describe(ex)
