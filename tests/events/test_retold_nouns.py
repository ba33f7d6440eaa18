"""Event nouns that retell an act with no actors of their own (issue 11: every report of an event
is an event): "the church condemned *the raid*", "*the operation* followed two weeks of
surveillance", "*the release* came a day after", "*the procession* ended peacefully". A definite
noun after an act of its kind is a mention of that act, with its actors and its type; a noun of
another sense ("a press release", "the delivery of a speech"), one with nothing before it, or an
indefinite one is no retelling."""

from __future__ import annotations

import pytest

from .helpers import events, known, names_match

# (text, the retelling word (its last occurrence), the type it must have or None for no event
# there, a name its source must match or None)
ROWS = [
    # a raid, told by a verb of force and then by its noun
    ("Police raided the offices of an opposition newspaper in Lagos on Sunday. The church "
     "condemned the raid on Monday.", "raid", "COERCE", "Police"),
    ("Israeli forces raided a refugee camp near Jenin before dawn. Three people were killed in "
     "the raid, medics said.", "raid", "COERCE", "Israeli"),
    ("Special forces raided a compound in Idlib overnight. Residents said the raid lasted two "
     "hours.", "raid", "COERCE", "Special forces"),
    ("Government troops stormed a rebel camp near Goma on Sunday. Two soldiers died in the "
     "raid.", "raid", "ASSAULT", "troops"),
    ("Soldiers stormed a militant hideout in Borno on Friday. The army said the raid freed "
     "two captives.", "raid", "ASSAULT", ("Soldiers", "army")),
    # an operation: a police or a military one, as its document told it
    ("Kenyan police arrested a dozen suspected traffickers near Mombasa. The police chief said "
     "the operation followed two weeks of surveillance.", "operation", "COERCE", "police"),
    ("Belarusian police detained 40 protesters in Minsk on Sunday. The operation lasted three "
     "hours.", "operation", "COERCE", "police"),
    ("The Sudanese army bombed rebel positions in Darfur on Tuesday. A spokesman said the "
     "operation had ended.", "operation", "ASSAULT", "army"),
    ("Israeli troops launched an offensive in Jenin on Monday. The army said the operation "
     "would continue.", "operation", "ASSAULT", "Israeli"),
    # an abduction
    ("Gunmen kidnapped a French aid worker in Niger on Monday. The government condemned the "
     "abduction.", "abduction", "ASSAULT", "Gunmen"),
    ("Gunmen kidnapped a French aid worker in Niger on Monday. Two men suspected of taking part "
     "in the abduction were arrested.", "abduction", "ASSAULT", "Gunmen"),
    # a release of people
    ("The junta released the jailed opposition leader on Friday. The release came a day after "
     "a march in the capital.", "release", "RETREAT", "junta"),
    ("Iran freed a French tourist on Friday. France welcomed the release.", "release",
     "RETREAT", "Iran"),
    ("Hamas freed four Israeli hostages on Saturday. The release was the fourth since the "
     "truce began.", "release", "RETREAT", "Hamas"),
    # a delivery of aid or arms
    ("The World Food Programme sent food to Sudan on Tuesday. The delivery included flour and "
     "cooking oil.", "delivery", "AID", "World Food"),
    ("The United States shipped artillery shells to Ukraine. The delivery was the largest "
     "this year.", "delivery", "AID", "United States"),
    # a deal told again
    ("Kyiv and Moscow agreed to swap prisoners. The deal was brokered by the UAE.", "deal",
     "AGREE", ("Ukraine", "Kyiv")),
    ("Kyiv and Moscow agreed to swap prisoners on Monday. The terms of the deal were not "
     "published.", "deal", "AGREE", ("Ukraine", "Kyiv")),
    # a procession: a march told again
    ("Thousands of Catholics marched through Lima on Sunday against the abortion bill. The "
     "procession ended peacefully.", "procession", "PROTEST", "Catholics"),
    ("Students marched through Dhaka on Saturday to protest the quota law. Police said the "
     "procession was peaceful.", "procession", "PROTEST", "Students"),
    # an expulsion
    ("Latvia expelled a Russian diplomat on Friday. Latvia did not link the expulsion to the "
     "cable.", "expulsion", "SANCTION", "Latvia"),
    ("Estonia expelled two Russian diplomats on Tuesday. Moscow condemned the expulsion.",
     "expulsion", "SANCTION", "Estonia"),
    ("Thailand deported 40 Uyghur men to China on Thursday. Rights groups condemned the "
     "expulsion.", "expulsion", "COERCE", "Thailand"),
    # a beating
    ("Police officers beat a journalist in Harare on Sunday. Rights groups condemned the "
     "beating.", "beating", "ASSAULT", "Police"),
    # a crackdown
    ("Security forces cracked down on protesters in Tehran. The UN condemned the crackdown.",
     "crackdown", "COERCE", "Security forces"),
    ("Police arrested hundreds of opposition supporters in Dhaka. Rights groups condemned the "
     "crackdown.", "crackdown", "COERCE", "Police"),
    # a siege
    ("Russian troops besieged Mariupol for weeks. The siege ended in May.", "siege", "COERCE",
     "Russian"),
    # a walkout and a stoppage
    ("Nurses walked out of hospitals in Nairobi on Monday. The walkout ended on Friday.",
     "walkout", "PROTEST", "Nurses"),
    ("Dock workers went on strike in Antwerp on Monday. The stoppage cost the port millions.",
     "stoppage", "PROTEST", "Dock workers"),
    ("Teachers in Chicago went on strike on Monday. The union said the walkout would last "
     "until a contract is signed.", "walkout", "PROTEST", "Teachers"),
    # after, in, of: the preposition does not stop the retelling
    ("Police raided a mosque in Kano on Friday. Protests broke out after the raid.", "raid",
     "COERCE", "Police"),
    ("Gunmen abducted a priest in Enugu on Monday. Police arrested two men over the "
     "abduction.", "abduction", "ASSAULT", "Gunmen"),
    # near misses: a noun of another sense
    ("Iran freed a French tourist on Friday. The ministry announced the release of documents "
     "on the case.", "release", None, None),
    ("Police arrested two activists in Minsk. The ministry issued a press release on Friday.",
     "release", None, None),
    ("Police arrested two activists in Minsk on Monday. The release date of the film was "
     "moved.", "release", None, None),
    ("The WFP sent food to Sudan on Tuesday. The minister praised the delivery of his speech.",
     "delivery", None, None),
    ("Police arrested a striker in Madrid on Monday. The player had an operation on his knee "
     "last year.", "operation", None, None),
    ("Police arrested two men in Leeds. Doctors said the operation on his knee went well.",
     "operation", None, None),
    ("Protesters marched through Belgrade on Sunday. The procession of cars on the motorway "
     "was slow.", "procession", None, None),
    # near misses: nothing of its kind before it in the document
    ("The deal was worth $3 bn, the company said.", "deal", None, None),
    ("The raid lasted two hours, residents said.", "raid", None, None),
    ("The operation lasted four hours, the hospital said.", "operation", None, None),
    ("The procession wound through the old town on Sunday.", "procession", None, None),
    ("The expulsion was the first in a decade.", "expulsion", None, None),
    ("Chelsea attacked from the start on Saturday. A late raid down the left won the "
     "match.", "raid", None, None),
    ("The abduction remains unsolved, police said.", "abduction", None, None),
    # the act of a sentence's main clause, not one its "after" phrase places before it
    ("Latvia expelled a Russian embassy counsellor on Wednesday, a week after Estonia sent two "
     "Russian diplomats home. Riga did not link the expulsion to the cable.", "expulsion",
     "SANCTION", "Latvia"),
    ("Police arrested an opposition leader in Lusaka on Monday, two days after soldiers "
     "detained three journalists. His lawyers said the arrest was unlawful.", "arrest",
     "COERCE", "Police"),
    ("Mali expelled the French ambassador on Monday, days after Niger had expelled a French "
     "envoy. Paris condemned the expulsion.", "expulsion", "SANCTION", "Mali"),
    # near miss: with no act of its kind in the main clause, the one before is the act
    ("Lusaka was calm on Monday, two days after police arrested the opposition leader. His "
     "lawyers said the arrest was unlawful.", "arrest", "COERCE", "police"),
]

_DOCUMENT = ("a document noun nobody acts on in its sentence ('under the deal') is dropped by "
             "sides.of before any retelling is looked for")
_ROUND = "a bare 'the round' after talks is read by implied.bare, which finds no talks here"
ROWS += [
    known(pytest.param("Israel and Hamas agreed on a ceasefire on Sunday. Under the deal, the "
                       "hostages will be freed within a week.", "deal", "AGREE", "Israel"),
        _DOCUMENT),
    known(pytest.param("Iran and the United States held talks in Oman on Saturday. The round "
                       "was described as constructive.", "round", "CONSULT", "Iran"), _ROUND),
    known(pytest.param("Police officers beat a journalist in Harare on Sunday. Rights groups "
                       "condemned the beating at the police station.", "beating", "ASSAULT",
                       "Police"),
          "a place's compound ('the *police* station') is read as the beating's target, so "
          "it is not looked up as an act told again (events.arguments)"),
]


# Second pass: talks told again as a round, a session or a meeting named by its place; a
# sanctions listing or measures told again; a ramming, a collision, a clearing; a noun as the
# subject of a verb that is no act ("came", "included", "freeze"); a noun with a participle
# of its own; a truce or ceasefire named by its date and place
ROWS += [
    # talks told again: a round, a session, a place's round or meeting
    ("Serbia and Kosovo held talks in Brussels on Thursday. Belgrade blamed Pristina for the "
     "failure of the round.", "round", "CONSULT", ("Serbia", "Kosovo")),
    ("Taliban and Pakistani officials held talks in Almaty on Monday. The session ended "
     "without a joint statement.", "session", "CONSULT", ("Taliban", "Pakistan")),
    # a host of the session told again hosts a meeting (043): the verb is the act
    ("Afghan and Pakistani delegations held talks in Kazakhstan on Monday. Kazakhstan's "
     "foreign ministry again hosted the session.", "hosted", "CONSULT", "Kazakhstan"),
    ("Armenia and Azerbaijan held talks in Almaty on Friday. The ministers flew home after "
     "the Almaty meeting.", "meeting", "CONSULT", ("Armenia", "Azerbaijan")),
    ("Venezuelan and American envoys met in Doha on Tuesday. The Doha meeting was the "
     "first in a year.", "meeting", "CONSULT", ("Venezuela", "America", "United States")),
    # a missile launch told again
    ("North Korea test-fired a ballistic missile into the sea on Sunday. The launch was the "
     "fourth this year.", "launch", "MOBILIZE", "North Korea"),
    ("Iran test-fired a cruise missile on Tuesday. State television showed the launch.",
     "launch", "MOBILIZE", "Iran"),
    # a sanctions listing, measures, sanctions told again, freezing assets: "freeze" is the
    # act (163) with the actors of the measures its subject retells
    ("Britain added three Iranian drone makers to its sanctions list on Monday. The listing "
     "also freezes any assets the firms hold in Britain.", "listing", "SANCTION", "Britain"),
    ("Japan listed two North Korean banks under its sanctions law on Friday. Tokyo said the "
     "listing would take effect at once.", "listing", "SANCTION", "Japan"),
    ("Britain imposed sanctions on three Chinese firms on Tuesday. The British measures "
     "freeze the companies' assets.", "freeze", "SANCTION", "Britain"),
    ("The EU imposed sanctions on two Belarusian officials on Monday. The measures freeze "
     "their assets in Europe.", "freeze", "SANCTION", ("EU", "European Union")),
    ("Canada sanctioned three Haitian gang leaders on Friday. The sanctions freeze any assets "
     "the three hold in Canada.", "freeze", "SANCTION", "Canada"),
    # a ramming, a collision
    ("A Chinese coast guard ship rammed a Philippine supply boat on Sunday. The argument over "
     "the ramming matters more than it might seem.", "ramming", "ASSAULT", "Chin"),
    ("A Russian warship rammed a Ukrainian tug in the Kerch Strait. Kyiv condemned the "
     "ramming.", "ramming", "ASSAULT", "Russia"),
    # a clearing of a camp or a blockade
    ("Riot police cleared a protest camp outside parliament on Sunday. The clearing lasted "
     "four hours.", "clearing", "COERCE", "police"),
    # the subject of a verb that is no act of its own
    ("Police arrested 12 suspected smugglers in Durban on Monday. The operation came a day "
     "after the deadline.", "operation", "COERCE", "Police"),
    ("The junta freed the jailed journalist on Thursday. The release came a day after the "
     "march.", "release", "RETREAT", "junta"),
    ("UNICEF delivered vaccines to Gaza on Sunday. The delivery, flown in on a chartered "
     "aircraft, included syringes.", "delivery", "AID", "UNICEF"),
    # a truce or ceasefire named by its date or place
    ("Pakistan and Afghanistan declared a ceasefire in Doha on Friday. A week later Pakistan "
     "accused Kabul of breaking last Friday's Doha ceasefire.", "ceasefire", "RETREAT",
     ("Pakistan", "Afghanistan")),
    ("Israel and Hamas began a truce on Sunday. Five Palestinians have been killed since the "
     "truce.", "truce", "RETREAT", ("Israel", "Hamas")),
    ("Thailand and Cambodia declared a truce on Monday. Both armies have held their positions "
     "since the truce.", "truce", "RETREAT", ("Thailand", "Cambodia")),
    # an indefinite noun with a target of its own: an act, told again or new
    ("Gunmen attacked a police post in Ak-Tash on Monday. Three days after an attack on "
     "nearby Ak-Tash, troops sealed the valley.", "attack", "ASSAULT", None),
    # a beating, a request told again
    ("Niger asked France to withdraw its troops on Monday. The request was made in a letter "
     "to Paris.", "request", "REQUEST", "Niger"),
    ("Ukraine asked Germany for more air defence systems. The request was made in a letter "
     "to Berlin.", "request", "REQUEST", "Ukraine"),
    ("Mali asked the UN to withdraw its peacekeepers. The UN said it would study the "
     "request.", "request", "REQUEST", "Mali"),
    # a crackdown, a siege, an expulsion told again as subject of a verb that is no act
    ("Police detained 200 protesters in Tbilisi on Saturday. The crackdown came a day after "
     "the vote.", "crackdown", "COERCE", "Police"),
    ("Latvia expelled a Russian diplomat on Friday. The expulsion came after a spy case.",
     "expulsion", "SANCTION", "Latvia"),
    ("The WFP sent flour to Sudan on Tuesday. The delivery, the largest this year, reached "
     "Darfur.", "delivery", "AID", ("WFP", "World Food")),
    # a light verb in the passive with no agent presupposes the act told before
    ("Hamas fired rockets at Tel Aviv on Sunday. The attack was carried out from northern "
     "Gaza.", "attack", "ASSAULT", "Hamas"),
    ("Police detained 40 protesters in Minsk. The arrests were made near the station.",
     "arrests", "COERCE", "Police"),
    ("The army shelled rebel positions near Goma. The offensive was launched at dawn.",
     "offensive", "ASSAULT", "army"),
    # a participle or relative clause naming no one describes the act told before
    ("Iran freed a French tourist on Friday. The release, announced on state television, "
     "ended a two-year ordeal.", "release", "RETREAT", "Iran"),
    ("Russian troops besieged Mariupol for weeks. The siege, which ended in May, killed "
     "thousands.", "siege", "COERCE", "Russian"),
    ("Soldiers cleared a blockade at the Senkata plant on Tuesday. Eight people died in the "
     "clearing.", "clearing", "COERCE", "Soldiers"),
    # near misses: another sense of the noun, sport, or nothing before it
    ("Police arrested two men near the woods in Leeds. The clearing was searched by dogs.",
     "clearing", None, None),
    ("The request was made in a letter, the court said.", "request", None, None),
    ("A deal was reached on Monday, the company said.", "deal", None, None),
    ("Serbia and Kosovo held talks in Brussels. Later the crowd gave the singer a round of "
     "applause.", "round", None, None),
    ("Iran and the United States held talks in Oman. The president later played a round of "
     "golf.", "round", None, None),
    ("Japan and China held talks in Tokyo on Monday. Sony announced the launch of a new "
     "phone.", "launch", None, None),
    ("Moldova and Romania held talks in Chisinau on Monday. The session of parliament "
     "opened on Tuesday.", "session", None, None),
    ("Britain imposed sanctions on three firms. The architect took the measures of the "
     "room.", "measures", None, None),
    ("A Russian warship rammed a Ukrainian tug. Astronomers studied the collision of two "
     "galaxies.", "collision", None, None),
    ("The junta freed the journalist on Friday. The album's release date was moved.",
     "release", None, None),
    ("UNICEF delivered vaccines to Gaza. Critics mocked the delivery of the minister's "
     "speech.", "delivery", None, None),
    ("Police cleared a protest camp on Sunday. Rangers found the body in a clearing in the "
     "forest.", "clearing", None, None),
    ("Britain added three firms to its sanctions list. Property listings in London fell.",
     "listings", None, None),
    ("Chelsea beat Arsenal on Saturday. The collision between the two strikers left one in "
     "hospital.", "collision", None, None),
    ("Djokovic beat Nadal in Paris on Sunday. The round was delayed by rain.", "round",
     None, None),
    ("The round ended without a deal, officials said.", "round", None, None),
    ("The collision cracked the hull, the coast guard said.", "collision", None, None),
    ("The listing freezes any assets the firms hold.", "listing", None, None),
    ("The launch was the fourth this year.", "launch", None, None),
    ("The session opened with a minute of silence.", "session", None, None),
    ("The measures freeze any assets the firms hold.", "measures", None, None),
]

_ROUND_VERB = ("'the round' as the subject of a passive ('is scheduled to last') has a carrier "
               "verb, so implied.bare does not read it as the talks told again")
_ROUND_PLACE = ("a place's compound ('the *Almaty* round') is a modifier implied.bare refuses, "
                "though it names where the talks were held")
_COLLISION = ("'collision' has no sense: a collision is an act only as a ramming told again; "
              "and a noun of an accident is dropped as harm with no hand (nonagents.by_force)")
_OF_PLACE = ("an 'of' phrase naming the place ('the clearing *of Senkata*') is a phrase of its "
             "own, so the clearing is not read as the act told before")
_DATED = ("an indefinite, dated act with no actors ('a brief exchange of fire in February'): "
          "an earlier act of its own, whose parties the text leaves unsaid; not decided")
_PLACE_COMPOUND = ("a place's compound ('at the *police* station') is read as the beating's "
                   "target (events.arguments), so the noun is not read as told again")
_BROKER = ("a participle naming a third party ('brokered by Qatar') is read as the release's "
           "doer (events.arguments)")
ROWS += [
    known(pytest.param(
        "Armenian and Azerbaijani envoys held talks in Washington on Monday. The round is "
        "scheduled to last three days.", "round", "CONSULT", ("Armenia", "Azerbaijan")),
        _ROUND_VERB),
    known(pytest.param(
        "Armenia and Azerbaijan held talks in Almaty on Friday. Both sides praised the Almaty "
        "round.", "round", "CONSULT", ("Armenia", "Azerbaijan")),
        _ROUND_PLACE),
    known(pytest.param(
        "A Chinese coast guard vessel rammed a Philippine boat on Monday. Manila said the "
        "collision cracked the hull.", "collision", "ASSAULT", "Chin"),
        _COLLISION),
    known(pytest.param(
        "Soldiers cleared a blockade at the Senkata fuel plant on Tuesday. Whichever account is "
        "right, the clearing of Senkata has not settled anything.", "clearing", "COERCE",
        "Soldiers"),
        _OF_PLACE),
    # a delivery of aid (070) is akin to aid sent (070): passes since the deliveries of relief
    #   and of aid (tests/events/test_aid_deliveries.py)
    pytest.param(
        "The United States sent medical aid to Haiti on Monday. The delivery, carried on a navy "
        "ship, included tents.", "delivery", "AID", "United States"),
    known(pytest.param(
        "Kyrgyz and Tajik border guards exchanged fire on Monday. It was the worst clash since "
        "a brief exchange of fire in February.", "exchange", "ASSAULT", None),
        _DATED),
    known(pytest.param(
        "Police officers beat a student in Dhaka on Friday. His family filed a complaint over "
        "the beating at the police station.", "beating", "ASSAULT", "Police"),
        _PLACE_COMPOUND),
    known(pytest.param(
        "Hamas freed three Thai hostages on Thursday. The release, brokered by Qatar, came "
        "after weeks of talks.", "release", "RETREAT", "Hamas"),
        _BROKER),
]


def _at(text: str, word: str):
    ex = events(text)
    last = text.rindex(word)
    return ex, [e for e in ex.events if e.start <= last < e.end]


@pytest.mark.parametrize(("text", "word", "type_", "source"), ROWS,
                         ids=[(r.values if hasattr(r, "values") else r)[0][:50] for r in ROWS])
def test_a_definite_noun_retells_the_act_of_its_kind(text: str, word: str, type_: str | None,
                                                     source: str | tuple | None) -> None:
    ex, found = _at(text, word)
    shown = [(text[e.start:e.end], e.type, e.source) for e in ex.events]
    if type_ is None:
        assert not found, shown
        return
    assert [e.type for e in found] == [type_], shown
    assert names_match(ex, found[0].source, source), shown
