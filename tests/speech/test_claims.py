"""Claims: the stance a speaker (or the author) takes, and the event a claim is about.

Flip tables: the same content with a different cue must change the stance, so a system that
gives every claim one stance, or reads the stance off the content alone, fails. Every sentence
is our own wording.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Claim, Extraction

from .helpers import extraction, names


def case(id: str, text: str, span: str, stance: str, claimant: str | tuple[str, ...] | None):
    """A claim whose span contains ``span``, with ``stance``; ``claimant`` is a name of the
    claimant actor, or None for the author (no claimant)."""
    return pytest.param(text, span, stance, claimant, id=id)


STANCES = [
    # asserts / denies: one proposition, two cues
    case("asserts-said-that", "Ethiopia's army said that its troops had crossed into Sudan.",
         "its troops had crossed into Sudan", "asserts", "Ethiop"),
    case("denies-denied-that", "Ethiopia's army denied that its troops had crossed into "
         "Sudan.", "denied that its troops had crossed into Sudan", "denies", "Ethiop"),
    case("denies-denied-gerund", "The Rwandan government denied sending soldiers into "
         "eastern Congo.", "sending soldiers into eastern Congo", "denies", "Rwand"),
    case("denies-rejected-reports", "Cairo rejected reports that Egyptian jets had bombed "
         "targets in Libya.", "Egyptian jets had bombed targets in Libya", "denies",
         ("Egypt", "Cairo")),
    case("denies-nothing-to-do-with", "A spokesman for the militia said the group had "
         "nothing to do with the attack on the convoy.", "nothing to do with the attack",
         "denies", None),
    case("denies-no-such", "The foreign ministry said no such request was ever received "
         "from Tripoli.", "no such request was ever received", "denies", None),
    case("denies-baseless", "Moscow said the allegations were baseless.",
         "the allegations were baseless", "denies", ("Russia", "Moscow")),
    case("denies-past-act-negated", "Turkey said its drones had not struck the village.",
         "its drones had not struck the village", "denies", ("Turkey", "Türkiye")),
    case("asserts-future-negated-is-no-denial", "Turkey said its troops would not leave "
         "northern Syria this year.", "its troops would not leave northern Syria", "asserts",
         ("Turkey", "Türkiye")),
    case("denies-rejected-the-report", "The Wagner group rejected the report and said it had "
         "no personnel in Sudan.", "rejected the report", "denies", "Wagner"),
    case("denies-any-wrongdoing", "The defence minister denied any wrongdoing in the "
         "procurement of the helicopters.", "denied any wrongdoing", "denies", None),
    # declines_to_confirm
    case("declines-declined-to-confirm", "The Kremlin spokesman Dmitry Peskov declined to "
         "confirm whether the talks had taken place.", "declined to confirm whether the talks",
         "declines_to_confirm", "Peskov"),
    case("declines-declined-to-comment", "The Pentagon declined to comment on the report.",
         "declined to comment", "declines_to_confirm", "Pentagon"),
    case("declines-refused-to-say", "The Israeli army refused to say how many reservists "
         "had been called up.", "refused to say how many reservists", "declines_to_confirm",
         ("Israel",)),
    case("declines-neither-confirm-nor-deny", "Iran's foreign ministry would neither "
         "confirm nor deny that the tanker had been seized.", "confirm nor deny that the "
         "tanker had been seized", "declines_to_confirm", "Iran"),
    case("declines-would-not-say", "Hamas would not say when the hostages would be "
         "released.", "would not say when the hostages would be released",
         "declines_to_confirm", "Hamas"),
    case("asserts-confirmed-flip", "The Kremlin spokesman Dmitry Peskov confirmed that the "
         "talks had taken place.", "the talks had taken place", "asserts", "Peskov"),
    # believes
    case("believes-it-is-believed", "It is believed that the convoy was carrying weapons "
         "for the rebels.", "believed that the convoy was carrying weapons", "believes",
         None),
    case("believes-widely-believed-to-be", "The colonel is widely believed to be the real "
         "power behind the junta.", "believed to be the real power behind the junta",
         "believes", None),
    case("believes-they-believe", "Opposition leaders in Caracas met on Monday. They believe "
         "that the election was stolen.", "the election was stolen", "believes",
         ("Opposition leaders", "opposition")),
    case("believes-perceive-as", "Hardliners in Tehran reacted quickly. They perceive the "
         "deal as a surrender to Washington.", "the deal as a surrender", "believes",
         ("Hardliners",)),
    case("believes-fears", "The United Nations fears that the famine will spread to "
         "neighbouring provinces.", "the famine will spread to neighbouring provinces",
         "believes", ("United Nations", "UN")),
]


def claims_over(ex: Extraction, span: str) -> list[Claim]:
    text = ex.document.text
    return [c for c in ex.claims if span in text[c.start:c.end]]


@pytest.mark.parametrize(("text", "span", "stance", "claimant"), STANCES)
def test_claim_stance_and_claimant(text: str, span: str, stance: str,
                                   claimant: str | tuple[str, ...] | None) -> None:
    ex = extraction(text)
    found = claims_over(ex, span)
    shown = [(ex.document.text[c.start:c.end], c.stance, sorted(names(ex, c.claimant)))
             for c in ex.claims]
    assert any(c.stance == stance for c in found), shown
    claim = next(c for c in found if c.stance == stance)
    if claimant is None:
        return
    options = (claimant,) if isinstance(claimant, str) else claimant
    have = names(ex, claim.claimant)
    assert any(o.lower() in n for o in options for n in have), shown


@pytest.mark.parametrize(("text", "span", "stance"), [
    pytest.param("Ethiopia's army said that its troops had crossed into Sudan.",
                 "its troops had crossed", "denies", id="said-is-no-denial"),
    pytest.param("The Kremlin spokesman Dmitry Peskov confirmed that the talks had taken "
                 "place.", "the talks had taken place", "declines_to_confirm",
                 id="confirmed-is-no-refusal"),
    pytest.param("Ethiopia's army denied that its troops had crossed into Sudan.",
                 "its troops had crossed", "asserts", id="denied-is-no-assertion"),
    pytest.param("Peskov declined to confirm whether the talks had taken place.",
                 "the talks had taken place", "asserts", id="declined-asserts-nothing"),
    pytest.param("The ministry did not deny the report.", "deny the report", "denies",
                 id="not-denying-is-no-denial"),
    pytest.param("An aide who asked not to be named said the vote would be delayed.",
                 "named", "declines_to_confirm", id="unnamed-source-declines-nothing"),
])
def test_claim_does_not_take_the_flipped_stance(text: str, span: str, stance: str) -> None:
    ex = extraction(text)
    assert not any(c.stance == stance for c in claims_over(ex, span)), ex.claims


def test_a_quote_is_a_claim_of_its_speaker() -> None:
    ex = extraction("“We have not sent a single soldier to Libya,” Egypt's foreign minister "
                    "Sameh Shoukry said.")
    (quote,) = ex.quotes
    claim = next(c for c in ex.claims if c.quote == quote.id)
    assert claim.claimant == quote.speaker and claim.stance == "denies"


def test_claim_is_about_the_event_it_states() -> None:
    ex = extraction("Ukrainian officials said Russian forces shelled the port of Odesa on "
                    "Sunday night.")
    text = ex.document.text
    claim = next(c for c in ex.claims if "shelled" in text[c.start:c.end])
    event = next(e for e in ex.events if e.id == claim.about)
    assert text[event.start:event.end] == "shelled" and event.type == "ASSAULT"


def test_claim_is_about_the_earlier_event_it_names_by_a_definite_description() -> None:
    ex = extraction("Sudan's army chief Abdel Fattah al-Burhan visited Cairo on Monday and met "
                    "President Abdel Fattah al-Sisi. An aide to Burhan later said the visit "
                    "had nothing to do with weapons purchases.")
    text = ex.document.text
    claim = next(c for c in ex.claims if "nothing to do" in text[c.start:c.end])
    assert claim.stance == "denies"
    event = next(e for e in ex.events if e.id == claim.about)
    assert event.type == "CONSULT" and event.start < claim.start


@pytest.mark.parametrize("text", [
    "Villagers said soldiers burned three huts near Tessit on Friday. The army denies it.",
    "Residents said the militia looted the market in Menaka. Its commander denied this on "
    "Sunday.",
    "A lawyer said police beat the activist in his cell. The police chief disputed that.",
])
def test_a_denial_of_it_is_about_the_act_told_before(text: str) -> None:
    ex = extraction(text)
    deny = [c for c in ex.claims if c.stance == "denies"]
    assert deny, ex.claims
    event = next((e for e in ex.events if e.id == deny[0].about), None)
    assert event is not None and event.end < deny[0].start, (deny, ex.events)


@pytest.mark.parametrize("text", [
    # a proposal rejected is no denial of what was told before
    "Mediators offered a new plan on Friday. The rebels rejected it.",
    # "it" that is no object of the denial
    "Soldiers burned three huts near Tessit, villagers said. It denied access to reporters.",
])
def test_it_is_no_denial_of_what_was_told_before(text: str) -> None:
    ex = extraction(text)
    assert not [c for c in ex.claims if c.stance == "denies" and c.about], ex.claims


def test_claim_about_nothing_when_no_event_is_named() -> None:
    ex = extraction("The minister said the weather in the capital had been unusually warm.")
    assert ex.claims and all(c.about is None for c in ex.claims)


def test_events_in_a_quote_are_attributed_to_its_speaker() -> None:
    ex = extraction("Kenyan foreign minister Musalia Mudavadi spoke in Nairobi. “Our police "
                    "will deploy to Haiti next month,” he said.")
    event = next(e for e in ex.events if e.type == "MOBILIZE" or e.type == "AID")
    assert names(ex, event.attributed_to) & {"musalia mudavadi"}


# Flip table: a mention with no actor of its own (``Event.reference``) that is an argument of
# another verb inside a claim is what the claim takes as known, never what it asserts or
# denies; one hung on a noun ("taken part in the raid") is what it denies; a noun that points
# back to an act told before (it has that act's actors) is what the claim is about.
ABOUT_REFERENCE = [
    pytest.param("The ministry denied that the peace talks had been suspended.",
                 "denied that", None, id="inside-denial-of-a-suspension"),
    pytest.param("The government rejected claims that the negotiations had collapsed.",
                 "rejected claims", None, id="inside-rejected-claims"),
    pytest.param("Police said the raid on the farm had ended without arrests.",
                 "ended without", None, id="inside-assertion-about-its-end"),
    pytest.param("The union said it was pulling out of the wage talks.",
                 "pulling out", None, id="inside-pulling-out"),
    pytest.param("The army denied that it had taken part in the raid.", "taken part",
                 "hung", id="hung-on-a-noun-part-in"),
    pytest.param("Troops raided the village of Kidal on Monday, residents said. The army denied "
                 "that the raid had taken place.", "denied that", "before",
                 id="outside-the-raid-told-before"),
    pytest.param("Residents said soldiers burned three huts near Tessit. The army denies it.",
                 "denies it", "before", id="outside-denies-it"),
]


@pytest.mark.parametrize(("text", "span", "about"), ABOUT_REFERENCE)
def test_a_claim_is_never_about_a_reference_inside_it(text: str, span: str,
                                                       about: str | None) -> None:
    ex = extraction(text)
    (claim,) = claims_over(ex, span)
    events = {e.id: e for e in ex.events}
    target = events.get(claim.about or "")
    if about == "hung":
        assert target is not None and target.reference and claim.start <= target.start
        return
    assert target is None or not (target.reference and claim.start <= target.start
                                  < claim.end), (claim, target)
    if about == "before":
        assert target is not None and not target.reference and target.start < claim.start


# Flip table: a claim's evidence reaches the words naming its speaker, and the cue, in its
# sentence, so a side of a contradiction shows who takes it; not past an event told between
# them, nor into another sentence. What the claim is about is read from its proposition.
WITH_SPEAKER = [
    pytest.param("The port authority denied that its guards had seized the trawlers.",
                 "seized", "The port authority denied that", id="speaker-before-a-denial"),
    pytest.param("Italy's fisheries minister said Tunisian coastguard boats had rammed two "
                 "trawlers.", "rammed", "Italy's fisheries minister said",
                 id="speaker-before-an-assertion"),
    pytest.param("Tunisian coastguard boats rammed two Italian trawlers off Sfax, Italy's "
                 "fisheries minister said.", "rammed", "Italy's fisheries minister said",
                 id="speaker-after"),
    pytest.param("The ministry warned that troops would seize the boats.", "seize", None,
                 id="not-past-a-warning-told-between"),
    pytest.param("“Nobody seized the boats,” the ministry said on Monday.", "seized", None,
                 id="not-a-direct-quote-whose-claim-is-the-quote"),
    pytest.param("The union spoke to reporters on Monday. “Nobody seized our boats,” it said "
                 "later.", "seized", None, id="quote-speaker-named-in-another-sentence"),
]


@pytest.mark.parametrize(("text", "inside", "speaker"), WITH_SPEAKER)
def test_a_claims_evidence_shows_its_speaker_in_its_sentence(text: str, inside: str,
                                                             speaker: str | None) -> None:
    ex = extraction(text)
    (claim,) = claims_over(ex, inside)
    span = ex.document.text[claim.start:claim.end]
    if speaker is None:
        assert not span.lower().startswith(("the ministry", "the union")), span
    else:
        assert speaker in span, span
