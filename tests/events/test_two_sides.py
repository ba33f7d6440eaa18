"""'Both sides', 'each side', 'the two governments', 'the neighbours' named far from their parties.

A plural that counts two sides without naming them stands for the two parties of the latest act
in the document that had two sides, however many paragraphs back: the two doers of a joint act
("X and Y met", "talks between X and Y", "X held talks with Y") or the doer and the target of
an act between two states or armed bodies ("X's troops shelled Y"). A later two-sided act
overrides an earlier one. Only a noun of a side counts so ("side", "party", "country",
"government", "army", "force", "delegation", "minister", "leader", "chair", "neighbour",
"capital", "camp"): "the two journalists", "both hostages", "the two soldiers killed" are people
acted on, named again, never a pair of sides; nor "the two ministers" when the two ministers
named before serve one state.

"Each side ... the other": one act both sides did to each other. We code it as a joint act, one
event with both parties as its doers and no target of its own: PLOVER codes a dyad, and an
accusation or a clash each side makes against the other is the same act seen from either end
(as "accused each other" is coded), so neither side is its only doer; naming the doers again as
targets would make each side accuse itself, and an event's target never repeats its doers.
"""

from __future__ import annotations

import pytest

from .helpers import events, expect, names

# (text, type, source, target)
FAR = [
    ("Ethiopian Prime Minister Abiy Ahmed held talks with Kenyan President William Ruto in "
     "Nairobi on Tuesday.\n\nThe meeting lasted four hours. Officials said trade and security "
     "were on the agenda.\n\nBoth sides agreed to reopen the Moyale border post by March.",
     "AGREE", ["abiy", "ruto"], None),
    ("Pakistani troops shelled Indian positions along the Line of Control on Sunday night, "
     "officials in Srinagar said.\n\nSchools in the area were closed on Monday. Farmers fled "
     "to nearby towns.\n\nThe United Nations urged both countries to show restraint.",
     "REQUEST", "united nations", ["pakistan", "india"]),
    ("Talks between Serbia and Kosovo resumed in Brussels on Monday under EU mediation.\n\n"
     "Diplomats described the mood as tense. No date was set for a further round.\n\nThe two "
     "governments pledged to set up a joint commission on missing persons.",
     "AGREE", ["serbia", "kosovo"], None),
    ("Thai Foreign Minister Maris Sangiampongsa met Cambodian Foreign Minister Prak Sokhonn in "
     "Bangkok.\n\nBoth ministers signed an agreement on demining along the border.",
     ("SUPPORT", "AGREE", "COOPERATE"), ["maris", "prak sokhonn"], None),
    ("Peruvian and Bolivian officials met in La Paz on Friday to discuss water rights on Lake "
     "Titicaca.\n\nThe lake has fallen to its lowest level in decades, and fishing "
     "villages on both shores have lost much of their catch.\n\nFarmers' unions on Sunday "
     "called on both capitals to fund new irrigation works.",
     "REQUEST", None, [("peru",), ("bolivia",)]),
    # formerly a "not found" row of test_civic_actors.py: the brief of this table reverses it
    ("The army and the rebels fought near Goma.\n\nChurch leaders urged both forces to stop.",
     "REQUEST", "church leaders", ["army", "rebel"]),
    ("Israeli aircraft struck Hezbollah positions in southern Lebanon on Friday.\n\nResidents "
     "said several homes were damaged. Roads were blocked by rubble.\n\nFrance urged the two "
     "camps to return to the ceasefire.",
     "REQUEST", "france", ["israel", "hezbollah"]),
]

#: A later two-sided act overrides an earlier one: the latest pair wins.
LATEST = [
    ("Armenia and Azerbaijan held talks in Geneva in May.\n\nIn September, Sudanese army "
     "troops clashed with the Rapid Support Forces in Omdurman.\n\nAid groups said thousands "
     "had fled. Markets were closed for a week.\n\nChurch leaders urged both forces to let "
     "convoys through.",
     "REQUEST", "church leaders", ["sudan", "rapid support"], "armenia"),
    ("Rwanda's president met his Congolese counterpart in Doha in March.\n\nIn June, Ugandan "
     "and Kenyan delegations held talks in Kampala on a new railway link.\n\nEngineers said "
     "the line could open in 2030.\n\nThe two delegations agreed to share the costs.",
     "AGREE", ["uganda", "kenya"], None, "rwanda"),
    # captives taken later are held, no side: the fight before gives the two forces
    ("Chadian and Sudanese troops clashed near Adre on Monday.\n\nOn Tuesday Sudanese "
     "troops detained four Cameroonian truck drivers near the border.\n\nChurch leaders "
     "urged both forces to stop the fighting.",
     "REQUEST", "church leaders", ["chad", "sudan"], "cameroon"),
]

#: "Each side ... the other": a joint act of both, no side its only doer.
EACH = [
    ("Colombia and Venezuela reopened their shared border in 2022 after years of tension.\n\n"
     "Trade has since doubled. Bus lines now run between the two countries again.\n\nEach "
     "side accused the other of failing to stop smuggling gangs.",
     "ACCUSE", ["colombia", "venezuela"], None),
]

#: Near misses: people acted on or one state's officers are not sides; nothing two-sided
#: before: nothing invented.
NEAR = [
    ("Gunmen abducted two journalists near Mogadishu on Monday, a week after al-Shabaab "
     "fighters attacked Somali troops in Baidoa.\n\nPolice said a search was under way.\n\n"
     "The two journalists were freed on Thursday.", "freed", ["al-shabaab", "somali"]),
    ("Russian forces attacked Ukrainian troops near Bakhmut on Wednesday.\n\nThe fighting "
     "lasted all night. Relatives said they had heard nothing since.\n\nBoth hostages were "
     "released on Friday.", "released", ["russia", "ukrain"]),
    ("Kenya's foreign minister and its trade minister met farmers in Eldoret on Monday, a "
     "day after Uganda and Tanzania signed a fuel pipeline deal.\n\nPrices of diesel have "
     "risen by a fifth this year.\n\nThe two ministers promised to cut fertiliser prices.",
     "promised", ["uganda", "tanzania"]),
    ("Flooding closed the main road to Kisumu on Monday.\n\nThe Red Cross urged both sides "
     "to open the dams gradually.", "urged", ["kisumu"]),
    ("Chadian troops clashed with rebels near Abeche in April.\n\nThe blast wounded several "
     "people at a market in N'Djamena.\n\nThe two soldiers killed in the blast were buried "
     "on Sunday.", "killed", ["chad", "rebel"]),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), FAR,
                         ids=[c[0][:40] for c in FAR])
def test_two_sides_far_from_their_parties(text: str, type_, source, target) -> None:
    expect(text, type_, source=source, target=target)


@pytest.mark.parametrize(("text", "type_", "source", "target", "earlier"), LATEST,
                         ids=[c[0][:40] for c in LATEST])
def test_latest_two_sided_act_wins(text: str, type_, source, target, earlier: str) -> None:
    event = expect(text, type_, source=source, target=target)
    ex = events(text)
    own = names(ex, event.target if target else event.source)
    assert not any(earlier in n for n in own), text


@pytest.mark.parametrize(("text", "type_", "source", "target"), EACH,
                         ids=[c[0][:40] for c in EACH])
def test_each_side_against_the_other(text: str, type_, source, target) -> None:
    expect(text, type_, source=source, target=target)


@pytest.mark.parametrize(("text", "trigger", "absent"), NEAR, ids=[c[0][:40] for c in NEAR])
def test_not_two_sides(text: str, trigger: str, absent: list[str]) -> None:
    ex = events(text)
    told = [e for e in ex.events if trigger in text[e.start:e.end]]
    held = names(ex, [a for e in told for a in (*e.source, *e.target)])
    assert not any(a in n for a in absent for n in held), text
