"""Plural pronouns (they, them, their, themselves) and the group actors they stand for.

Every sentence is our own wording. A row names the pronoun as written, which of its
occurrences is meant (0: the first), and the actor it must be a mention of, or ``None`` when
it must be a mention of no actor. "Them" is never the subject of its own clause (nor whoever
that subject stands for: "the soldiers shot them" is not the soldiers); it is a group of
people when the verb is done to people ("rescued them"); a nearer plural thing or country
group ("the two countries", "rifles") that names no actor should leave it unresolved (two
strict xfails: not done yet). "They" under
a reporting verb is the speaker when the speaker is a plural group ("police said they had
found them"); "as they say" is no one; a pronoun in a clause put before its main clause may
point ahead to that clause's subject. "Themselves" is the subject of its own clause.
"""

from __future__ import annotations

import re

import pytest

from actorgraph.records import Extraction

from .helpers import actors_of


def _owner(ex: Extraction, pronoun: str, nth: int) -> str | None:
    """The name of the actor the ``nth`` written ``pronoun`` is a mention of, or None."""
    found = [m.start() for m in re.finditer(rf"\b{re.escape(pronoun)}\b", ex.document.text)]
    assert len(found) > nth, f"{pronoun!r} #{nth} not in the text"
    at = found[nth]
    owners = [a for a in ex.actors
              if any((m.start, m.end) == (at, at + len(pronoun)) for m in a.mentions)]
    assert len(owners) <= 1, f"{pronoun!r} is in several actors: {owners}"
    return owners[0].name if owners else None


def row(id: str, text: str, pronoun: str, expected: str | None, nth: int = 0,
        xfail: str = ""):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, pronoun, nth, expected, id=id, marks=marks)


#: Why a nearer plural thing or country group that names no actor does not yet stop "them".
_THINGS = ("plural nouns of no actor are not weighed (coref.Resolver._them): a nearer thing "
           "('cut ties with ...; police removed them') took the pronoun from its people")


RESOLVED = [
    # "them" as an object: not the subject of its clause
    row("rescued-them", "All eleven students abducted from the seminary are back with their "
        "families after troops rescued them in a forest south of Kafanchan on Thursday.",
        "them", "students"),
    row("left-them", "The kidnappers released the hostages and left them on a road.",
        "them", "hostages"),
    # object control: whom the asking is addressed to does the complement's act
    row("asking-us-to-send-them", "The Tuareg elders are asking us to send them water "
        "pumps, the governor said.", "them", "Tuareg elders"),
    row("urged-the-army-to-free-them", "The families of the miners urged the army to free "
        "them.", "them", "miners"),
    row("dispersed-them", "Protesters blocked the highway until police dispersed them.",
        "them", "Protesters"),
    row("found-them", "Gunmen seized six workers on Monday. Police said they had found them "
        "on Friday.", "them", "workers"),
    row("shot-them", "Soldiers surrounded the villagers and shot them.", "them", "villagers"),
    row("army-freed-them", "Militants stormed the school and took the students away. The "
        "army later freed them.", "them", "students"),
    row("held-them", "Police arrested dozens of activists on Sunday and held them overnight.",
        "them", "activists"),
    row("killed-many-of-them", "Rebels ambushed the soldiers near Goma and killed many of "
        "them.", "them", "soldiers"),
    row("turned-them-back", "Farmers marched on the capital, but police turned them back.",
        "them", "Farmers"),
    row("guards-beat-them", "The refugees reached the border, where guards beat them.",
        "them", "refugees"),
    row("detained-them", "Journalists covered the rally until security forces detained "
        "them.", "them", "Journalists"),
    row("flew-them", "Nigerian troops freed 30 hostages on Tuesday and flew them to Abuja.",
        "them", "hostages"),
    row("ransom-for-them", "Pirates captured the fishermen and demanded a ransom for them.",
        "them", "fishermen"),
    row("seized-them-march", "The two countries said the captives were well. Rebels had "
        "seized them in March.", "them", "captives"),
    row("tear-gas-at-them", "Students gathered at the gate, and police fired tear gas at "
        "them.", "them", "Students"),
    row("evacuated-them", "Floods cut off the villagers for a week before soldiers evacuated "
        "them.", "them", "villagers"),
    row("tear-gas-to-push", "Villagers marched to the mine, and guards fired tear gas to "
        "push them back.", "them", "Villagers"),
    row("after-beating-them", "Bandits raided the village after tying up the farmers and "
        "beating them.", "them", "farmers"),
    row("despite-detention-of-them", "Teachers plan to march again on Friday despite the "
        "detention of many of them last month.", "them", "Teachers"),
    # "they" as a subject
    row("police-said-they", "Gunmen seized six workers on Monday. Police said they had found "
        "them on Friday.", "they", "Police"),
    row("rebels-said-they", "Rebels said they had taken the town.", "they", "Rebels"),
    row("students-said-they", "The students said they would not return to class.", "they",
        "students"),
    row("they-seized", "Ugandan troops crossed the border on Monday. They seized a market "
        "town.", "They", "Ugandan troops"),
    row("and-they-chanted", "Demonstrators gathered outside parliament, and they chanted "
        "slogans.", "they", "Demonstrators"),
    row("villagers-said-they", "Villagers said they had fled when the shooting began.",
        "they", "Villagers"),
    # "their"
    row("their-leaders", "Activists accused the government of jailing their leaders.",
        "their", "Activists"),
    row("their-rifles", "The soldiers cleaned their rifles and loaded them before dawn.",
        "their", "soldiers"),
    # "themselves"
    row("armed-themselves", "The rebels armed themselves with stolen rifles.", "themselves",
        "rebels"),
    row("barricaded-themselves", "The miners barricaded themselves inside the shaft.",
        "themselves", "miners"),
    row("guards-themselves", "The guards locked the prisoners in and barricaded themselves "
        "in the office.", "themselves", "guards"),
    # a pronoun before its main clause points ahead to that clause's subject
    row("before-they-reached", "Soldiers guarded the route. Before they reached the capital, "
        "the protesters were stopped at a checkpoint.", "they", "protesters"),
    row("when-they-heard", "When they heard the shots, the villagers ran into the bush.",
        "they", "villagers"),
]

NEAR_MISSES = [
    # no plural antecedent at all
    row("no-antecedent-reforms", "The minister said the reforms were overdue and he would "
        "push them through.", "them", None),
    row("no-antecedent-country", "Kenya signed the agreements and will publish them next "
        "week.", "them", None),
    row("sanctions-not-eu", "Russia faced new sanctions, and the EU said it would extend "
        "them.", "them", None),
    # "the two countries": a plural country group that names no actor
    row("two-countries-urged", "Gunmen had threatened the two countries for years, and the UN "
        "urged them to talk.", "them", None, xfail=_THINGS),
    row("two-countries-praised", "Ethiopia and Eritrea signed a pact, and the UN praised "
        "them.", "them", None),
    # the people a verb is done to are people, not an organisation nor a country
    row("kidnapped-not-org", "The World Bank funded the project, and gunmen kidnapped them on "
        "the road.", "them", None),
    # generic "they"
    row("as-they-say", "Soldiers guard the bridge day and night. But in Kidal, as they say, "
        "any bridge can be crossed.", "they", None),
    row("as-they-say-rebels", "Rebels hold the hills. As they say in Goma, the war never "
        "ends.", "they", None),
    # cataphora: not the group of the sentence before
    row("before-they-not-soldiers", "Police guarded the square. When they reached the "
        "palace, the protesters sat down.", "they", "protesters"),
    # "them" = things: the soldiers' own weapons, the rebels' guns
    row("loaded-them-things", "The soldiers cleaned their rifles and loaded them before "
        "dawn.", "them", None),
    row("hidden-them-things", "Soldiers found crates of rifles in the truck. Rebels had "
        "hidden them there.", "them", None, xfail=_THINGS),
    row("destroyed-them-things", "The police seized the guns and destroyed them.", "them",
        None),
    row("handed-them-over", "The rebels hid their weapons in caves and later handed them "
        "over to the army.", "them", None),
    # binding: never the subject of its own clause, nor the one sent to do its act
    row("not-the-shooters", "The soldiers shot them at dawn.", "them", None),
    row("not-the-guards-sent", "The villagers fled, and guards were sent to protect them.",
        "them", "villagers"),
    # reflexive: the subject, not the object
    row("themselves-not-prisoners", "The guards locked the prisoners in and barricaded "
        "themselves in the office.", "themselves", "guards"),
    row("themselves-no-subject", "Police said the gunmen had killed themselves.",
        "themselves", "gunmen"),
]


@pytest.mark.parametrize(("text", "pronoun", "nth", "expected"), RESOLVED + NEAR_MISSES)
def test_plural_pronoun_stands_for_its_group(text: str, pronoun: str, nth: int,
                                              expected: str | None) -> None:
    assert _owner(actors_of(text), pronoun, nth) == expected


def test_rescue_is_aimed_at_the_rescued_not_the_place() -> None:
    ex = actors_of("All eleven students abducted from the seminary are back with their "
                   "families after troops rescued them in a forest south of Kafanchan.")
    by_id = {a.id: a.name for a in ex.actors}
    rescues = [e for e in ex.events if any(by_id.get(s) == "troops" for s in e.source)]
    assert rescues and all(by_id.get(t) == "students" for e in rescues for t in e.target)
