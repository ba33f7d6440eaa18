"""Acts told in a clause about their object: the noun the clause describes is the verb's object.

"the ceasefire [they *signed* in Nairobi]", "the sanctions [Britain *imposed* on Friday]", "the
truce, [*signed* by the two commanders]": a verb whose sense needs an object of a kind (sign +
an agreement, impose + sanctions or a ban, pledge + aid or troops) finds it in the noun its
relative clause or participle describes. The event sits at the verb, done by the clause's
subject (or by-agent), dated by the clause. Near misses: the noun is no object of that kind
("the book she signed"), the verb is another act ("a deal they rejected", "the truce they
broke"), or the noun is where or with what ("the pen he signed with").
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from .helpers import describe, events, known, names_match

PUBLISHED = dt.date(2024, 3, 20)  # a Wednesday
SIGN = ("SUPPORT", "AGREE", "RETREAT")  # a formal agreement (057), a truce declared (0871)

#: text, trigger word, expected types, source names (or None), target names (or None),
#: date prefix (or None)
GAPS = [
    # object-gap relative clauses, with no relative word
    ("The mediator urged both sides to respect the ceasefire they signed in Nairobi last "
     "Sunday.", "signed", SIGN, "sides", None, "2024-03-17"),
    ("Kenya and Uganda reviewed the security memorandum they signed in March.", "signed",
     SIGN, ["Kenya", "Uganda"], None, "2024-03"),
    ("Ministers discussed the sanctions Britain imposed on Friday.", "imposed", "SANCTION",
     ("Britain", "United Kingdom"), None, "2024-03-15"),
    ("The embargo Washington imposed on Caracas in 2019 remains in force.", "imposed",
     "SANCTION", ("United States", "Washington"), None, "2019"),
    ("Diplomats said the treaty Ethiopia and Eritrea signed in 2018 had changed little on "
     "the border.", "signed", SIGN, ["Ethiopia", "Eritrea"], None, "2018"),
    ("Observers praised the peace deal Armenia and Azerbaijan signed in Washington.",
     "signed", SIGN, ["Armenia", "Azerbaijan"], None, None),
    ("The defence pact Moscow signed with Pyongyang last June commits both to mutual aid.",
     "signed", SIGN, ("Russia", "Moscow"), None, "2023-06"),
    ("Farmers protested against the export ban India imposed on rice last July.", "imposed",
     "COERCE", "India", None, "2023-07"),
    ("Shops reopened under the curfew the army imposed on the city on Tuesday.", "imposed",
     "COERCE", "army", None, "2024-03-19"),
    ("Residents said the blockade Israeli forces imposed on the town had cut fuel supplies.",
     "imposed", "COERCE", "Israel", None, None),
    ("Officials in Kyiv said the aid Japan pledged in January has not yet arrived.", "pledged",
     "AGREE", "Japan", None, "2024-01"),
    ("The troops France pledged to the mission will arrive next month.", "pledged", "AGREE",
     "France", None, None),
    ("Islamabad is still waiting for the loan the IMF pledged last year.", "pledged", "AGREE",
     ("IMF", "International Monetary Fund"), None, "2023"),
    ("European carmakers complained about the restrictions Beijing imposed on graphite "
     "exports.", "imposed", "COERCE", ("China", "Beijing"), None, None),
    ("Steelmakers welcomed the tariffs Washington imposed on Chinese steel last year.",
     "imposed", "SANCTION", ("United States", "Washington"), None, "2023"),
    ("The arms embargo the Security Council imposed on Libya in 2011 is still in place.",
     "imposed", "SANCTION", ("Security Council", "United Nations"), None, "2011"),
    ("Critics said the reforms the Tunisian government pledged after the protests have "
     "stalled.", "pledged", "AGREE", ("Tunisia",), None, None),
    ("The grain deal Russia and Ukraine signed in Istanbul in 2022 collapsed a year later.",
     "signed", SIGN, ["Russia", "Ukraine"], None, "2022"),
    ("Opposition parties doubt the elections Mali's junta pledged for next year will be held.",
     "pledged", "AGREE", ("junta", "Mali"), None, None),
    ("Officials in Khartoum said the food Germany pledged on Tuesday will be flown in.",
     "pledged", "AGREE", "Germany", None, "2024-03-19"),
    ("Opposition leaders condemned the ban the Myanmar junta imposed on political parties.",
     "imposed", "COERCE", ("junta", "Myanmar"), None, None),
    # with a relative word that is the object
    ("The peace agreement that Sudan's government and rebel groups signed in Juba in 2020 "
     "is fraying.", "signed", SIGN, "Sudan", None, "2020"),
    ("The memorandum which Turkey and Iraq signed on Monday covers water sharing.", "signed",
     SIGN, ["Turkey", "Iraq"], None, "2024-03-18"),
    ("Critics attacked the sanctions that the European Union imposed on Belarus in 2021.",
     "imposed", "SANCTION", "European Union", None, "2021"),
    # a pronoun subject resolves to the clause's doers
    ("The Philippines and Japan hailed the defence pact they signed on Monday.", "signed",
     SIGN, ["Philippines", "Japan"], None, "2024-03-18"),
    ("Colombia and the ELN resumed talks on the ceasefire they signed in August.", "signed",
     SIGN, ["Colombia", "ELN"], None, "2023-08"),
    ("Ghana and Togo reviewed the border accord they signed last year.", "signed", SIGN,
     ["Ghana", "Togo"], None, "2023"),
    # passive participles with a by-agent
    ("The truce, signed by General Ali Mohamed and negotiator Peter Otieno, covers three "
     "provinces.", "signed", SIGN, ["Mohamed", "Otieno"], None, None),
    ("The deal, brokered by Qatar, freed five prisoners.", "brokered", "CONSULT", "Qatar",
     None, None),
    ("The agreement, signed by Serbia and Kosovo in Ohrid, set out ten steps.", "signed",
     SIGN, ["Serbia", "Kosovo"], None, None),
    ("Sanctions imposed by the European Union on Belarus in 2021 were extended.", "imposed",
     "SANCTION", "European Union", "Belarus", "2021"),
    ("The accord, signed by Egypt and Israel in 1979, has survived several wars.", "signed",
     SIGN, ["Egypt", "Israel"], None, "1979"),
    ("The blockade, imposed by Saudi Arabia in 2017, ended three years later.", "imposed",
     "COERCE", "Saudi Arabia", None, "2017"),
]

#: text, verb word, types that must not be found at that verb (None: no event at all)
NEAR_MISSES = [
    ("Officials read out the letter they received from Paris.", "received", None),
    ("The novelist read from the book she signed for fans in Lagos.", "signed", None),
    ("The striker gave away the shirt he signed after the final.", "signed", None),
    ("The delegates could not find the meeting room they booked.", "booked", None),
    ("Hamas published the text of a deal they rejected on Monday.", "rejected",
     ("AGREE", "SUPPORT")),
    ("Both sides blamed each other for the truce they broke within hours.", "broke",
     ("AGREE", "SUPPORT", "RETREAT")),
    ("The petition they signed was handed to the mayor of Nairobi.", "signed", None),
    ("The pen the president signed with was a gift from Kenya.", "signed", None),
    ("The aid they received from Japan arrived on Monday.", "received", ("AGREE",)),
    ("The deal, rejected by parliament in Lima, would have cut fuel prices.", "rejected",
     ("AGREE", "SUPPORT")),
    ("The letter, signed by forty lawmakers, was sent to the Kremlin.", "signed", None),
    ("The envoys who signed the letter left Geneva on Monday.", "signed", None),
    ("The photographs the minister signed were sold at auction in Paris.", "signed", None),
]

#: Rows another stage keeps from passing (a strict xfail names it): the parser hangs the
#: clause's verb elsewhere (as a subject, as a participle of its own subject, or on a name in
#: apposition), or the second by-agent on the verb instead of on the first.
STAGES: dict[str, str] = {
    GAPS[4][0]: "parser: 'signed' read as the subject of 'had changed'",
    GAPS[5][0]: "parser: 'signed' an acl of 'deal' with the names in apposition",
    GAPS[9][0]: "parser: 'imposed' a participle of 'forces'",
    GAPS[15][0]: "parser: 'imposed' a participle of 'Council'",
    GAPS[21][0]: "parser: the sentence's verb is 'fraying', 'signed' an acl of 'groups'",
    GAPS[27][0]: "parser: 'Otieno' a conjunct of 'by', not of 'Mohamed'",
}


def _at(text: str, word: str, ex):
    """The events whose trigger span covers the first whole-word ``word`` of ``text``."""
    at = re.search(rf"\b{re.escape(word)}\b", text).start()
    return [e for e in ex.events if e.start <= at < e.end]


def _rows(rows):
    out = []
    for row in rows:
        param = pytest.param(*row, id=row[0][:50])
        out.append(known(param, STAGES[row[0]]) if row[0] in STAGES else param)
    return out


@pytest.mark.parametrize(("text", "word", "types", "source", "target", "date"), _rows(GAPS))
def test_the_noun_a_clause_describes_is_its_verbs_object(text, word, types, source, target,
                                                         date):
    ex = events(text, PUBLISHED)
    wanted = (types,) if isinstance(types, str) else types
    found = [e for e in _at(text, word, ex) if e.type in wanted
             and names_match(ex, e.source, source) and names_match(ex, e.target, target)
             and (date is None or (e.date is not None and e.date.isoformat().startswith(date)))]
    assert found, f"expected {wanted} at {word!r} by {source} on {date}\n{describe(ex)}"


@pytest.mark.parametrize(("text", "word", "types"), _rows(NEAR_MISSES))
def test_a_clause_whose_noun_is_no_such_object_is_no_act(text, word, types):
    ex = events(text, PUBLISHED)
    found = [e for e in _at(text, word, ex) if types is None or e.type in types]
    assert not found, describe(ex)
