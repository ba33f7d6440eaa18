"""What a meeting came to: an agreement, a deal or a promise that talks *produced* or *ended
with* is made by the parties to those talks (``events.outcomes``).

Every sentence is our own wording, with invented names. News tells the result of a meeting
with the meeting as the subject ("the talks ended with an agreement to meet again", "the
session produced a deal"), so the agreement names no maker of its own: its makers are
whoever met. A result that is not an agreement, a meeting with no parties told, and an
agreement a meeting only discussed stay as they were.
"""

from __future__ import annotations

import pytest

from .helpers import events_over, expect_at

_MET = ("Estonian Foreign Minister Kadri Vaher met her Latvian counterpart, Janis Ozols, in "
        "Tartu on Friday.")

#: (text, outcome word, its type, one maker): the meeting's parties make what it came to.
REACHED = [
    pytest.param(f"{_MET} The talks ended with an agreement to meet again in Riga in May.",
                 "agreement", "AGREE", "Vaher", id="talks-ended-with-agreement"),
    pytest.param(f"{_MET} The meeting ended with a promise to reopen the rail crossing.",
                 "promise", "AGREE", "Ozols", id="meeting-ended-with-promise"),
    pytest.param(f"{_MET} The session produced a deal to cut night flights over the lake.",
                 "deal", "AGREE", ("Vaher", "Ozols"), id="session-produced-deal"),
    pytest.param("Kadri Vaher's talks with Janis Ozols in Valga produced only an agreement "
                 "to share fishing data.", "agreement", "AGREE", ("Vaher", "Ozols"),
                 id="possessed-talks-produced-agreement"),
    pytest.param("VALGA (Baltic Wire) - Estonian and Latvian border chiefs held talks on "
                 "Tuesday that ended with an agreement to set up joint patrols.",
                 "agreement", "AGREE", ("Estonia", "Latvia"), id="wire-talks-that-ended"),
    pytest.param(f"{_MET} Their meeting closed with a deal to raise lake fishing quotas.",
                 "deal", "AGREE", ("Vaher", "Ozols"), id="meeting-closed-with-deal"),
    pytest.param("Rebels of the Ruvala Front and the Moldovan government met in Oslo for two "
                 "days. The round ended with a promise to exchange prisoners.",
                 "promise", "AGREE", ["Rebels", "Moldova"], id="round-ended-with-promise"),
    pytest.param(f"{_MET} The talks resulted in an agreement to review fishing quotas.",
                 "agreement", "AGREE", ("Vaher", "Ozols"), id="talks-resulted-in-agreement"),
    pytest.param("Officers of the Kestonian army and Ruvala Front rebels held talks in Nairobi "
                 "that ended with a ten-day truce.", "truce", "RETREAT", "Ruvala",
                 id="talks-produced-truce"),
    # the outcome the parser hangs elsewhere: after "nothing more than", past a colon, or as
    # the second of two outcomes read into the first one's "of" phrase
    pytest.param("Guatemalan and Mexican border officials held talks in Tapachula on Monday. "
                 "The first round ended with nothing more than an agreement to meet again.",
                 "agreement", "AGREE", ("Guatemala", "Mexico"), id="nothing-more-than"),
    pytest.param("Kenyan and Ugandan officials held talks in Busia on Monday. The session "
                 "ended with little more than a promise to reopen the market.",
                 "promise", "AGREE", ("Kenya", "Uganda"), id="little-more-than"),
    pytest.param("Ghana and Togo held a first round of talks in Accra on 3 May. The meeting "
                 "produced quick results: a joint statement and an agreement to reopen the "
                 "crossing.", "agreement", "AGREE", ("Ghana", "Togo"), id="after-a-colon"),
    pytest.param("Peru's foreign minister met his Chilean counterpart in Lima on Monday. The "
                 "talks produced a promise of a joint commission and an agreement to meet "
                 "again in June.", "agreement", "AGREE", "Peru", id="second-of-two-outcomes"),
]


@pytest.mark.parametrize(("text", "word", "type_", "maker"), REACHED)
def test_meeting_outcome_is_made_by_those_who_met(text: str, word: str, type_: str,
                                                  maker: str | tuple[str, ...]) -> None:
    expect_at(text, word, type_, source=maker)


#: Near misses: what a meeting ended with that is no agreement, an agreement it only
#: talked about, a meeting no one is told to have held, a bare document (told by its
#: signing): no AGREE with a maker over the word.
NOT_REACHED = [
    pytest.param(f"{_MET} The talks ended with a walkout by the Latvian delegation.",
                 "walkout", id="ended-with-walkout"),
    pytest.param(f"{_MET} The talks ended with a dinner at the town hall.", "dinner",
                 id="ended-with-dinner"),
    pytest.param("The film ended with an agreement between two rival chefs.", "agreement",
                 id="film-ended-with-agreement"),
    pytest.param(f"{_MET} The talks focused on the agreement signed in 1994.", "agreement",
                 id="talks-about-old-agreement"),
    pytest.param("The season ended with a promise to build a new stand.", "promise",
                 id="season-ended-with-promise"),
    pytest.param(f"{_MET} The talks produced only a modest fisheries agreement.", "agreement",
                 id="bare-document-left-to-its-signing"),
    pytest.param(f"{_MET} The talks ended with more anger than an agreement to meet again.",
                 "agreement", id="more-anger-than-agreement"),
    pytest.param("Ghana and Togo held a first round of talks in Accra on 3 May. The meeting "
                 "produced two surprises: a walkout and a film about an agreement to share "
                 "water.", "agreement", id="listed-thing-about-an-agreement"),
]


@pytest.mark.parametrize(("text", "word"), NOT_REACHED)
def test_what_is_no_outcome_of_a_meeting_is_no_agreement(text: str, word: str) -> None:
    made = [e for e in events_over(text, word) if e.type == "AGREE" and e.source]
    assert not made, made
