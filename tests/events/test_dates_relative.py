"""Relative dates that reports use: "the day before", "hours later", "Saturday's strike",
"three weeks ago" in a relative clause; and near misses that are durations or comparisons.

The spec is the "Events" part of ``actorgraph.events.dates``' docstring.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import at, describe, events

D = dt.date
WED = D(2016, 11, 30)  # a Wednesday: Sunday is the 27th, Saturday the 26th
FRI = D(2024, 3, 8)  # a Friday


def when(id: str, text: str, trigger: str, expected: dt.date | None, precision: str | None,
         basis: str | None, published: dt.date = WED):
    return pytest.param(text, trigger, published, expected, precision, basis, id=id)


RELATIVE = [
    # "the day before", "the previous day", "a day earlier": from the date the sentence gives
    # another clause, most often the report's own.
    when("day-before-speech", "The Nigerian army said on Sunday that jihadists had raided a "
         "village near Bama the day before.", "raided", D(2016, 11, 26), "day", "text"),
    when("day-before-speech-verb", "The Nigerian army said on Sunday that its jets bombed a "
         "militant camp near Bama the day before.", "bombed", D(2016, 11, 26), "day", "text"),
    when("previous-day-speech", "Mali's army said on Tuesday that jihadists attacked a "
         "checkpoint near Mopti the previous day.", "attacked", D(2016, 11, 28), "day", "text"),
    when("day-earlier-speech", "Somali police said on Friday that al-Shabaab gunmen had "
         "stormed a hotel in Kismayo a day earlier.", "stormed", D(2016, 11, 24), "day", "text"),
    when("two-days-earlier", "Colombia's defence ministry said on Thursday that rebels ambushed "
         "an army patrol in Cauca two days earlier.", "ambushed", D(2016, 11, 22), "day", "text"),
    when("day-before-speech-after", "Rebels shelled the airport in Goma the day before, the "
         "Congolese army said on Sunday.", "shelled", D(2016, 11, 26), "day", "text"),
    when("previous-day-clause", "Thai police arrested two suspects in Narathiwat on Monday, "
         "and insurgents bombed a railway line the previous day.", "bombed", D(2016, 11, 27),
         "day", "text"),
    # "a few hours after X", "hours later": the same day as the clause it hangs on.
    when("hours-after-received", "The Kenyan foreign minister ended a two-day visit to Addis "
         "Ababa on Wednesday evening, a few hours after he was received by Ethiopia's prime "
         "minister.", "received", D(2016, 11, 30), "day", "text"),
    when("hours-before-met", "Pakistan's army chief flew to Riyadh on 4 March 2024, hours "
         "before he met the Saudi crown prince.", "met", D(2024, 3, 4), "day", "text", FRI),
    when("hours-later", "Russian jets bombed a market in Idlib on Monday. Hours later, Turkey "
         "condemned the attack.", "condemned", D(2016, 11, 28), "day", "text"),
    when("an-hour-later", "Israeli troops raided Jenin on 5 March 2024. An hour later, "
         "militants fired rockets at Sderot.", "fired", D(2024, 3, 5), "day", "text", FRI),
    # A weekday's possessive on an event noun dates it.
    when("last-monday-bombing", "Burkina Faso arrested three officers linked to last Monday's "
         "bombing of a police station near Djibo.", "bombing", D(2016, 11, 28), "day", "text"),
    when("tuesday-meeting", "Tuesday's meeting between the Armenian and Azerbaijani foreign "
         "ministers went ahead in Geneva.", "meeting", D(2016, 11, 29), "day", "text"),
    when("saturday-strike", "Pakistan condemned Saturday's strike on a border post in "
         "Kurram.", "strike", D(2016, 11, 26), "day", "text"),
    # "three weeks ago" in a relative clause dates its verb, not the main one.
    when("ago-relcl", "The two deputy prime ministers, who first met in Almaty three weeks "
         "ago, signed a trade agreement in Tashkent.", "met", D(2016, 11, 7), "week", "text"),
    when("ago-relcl-main", "The two deputy prime ministers, who first met in Almaty three weeks "
         "ago, signed a trade agreement in Tashkent.", "signed", WED, "day", "publication"),
    when("ago-relcl-months", "Ecuador's president, who visited Beijing two months ago, hosted "
         "the Chinese foreign minister in Quito on Friday.", "visited", D(2024, 1, 1), "month",
         "text", FRI),
    # A pluperfect with no date of its own stays undated, a noun's too.
    when("pluperfect-noun", "The meeting between the Kazakh and Kyrgyz presidents had ended "
         "with a promise to reconvene.", "meeting", None, None, None),
    when("pluperfect-noun-own-date", "The meeting between the Kazakh and Kyrgyz presidents "
         "had ended on Sunday with a promise to reconvene.", "meeting", D(2016, 11, 27), "day",
         "text"),
    when("past-noun", "The meeting between the Kazakh and Kyrgyz presidents ended with a "
         "promise to reconvene.", "meeting", WED, "day", "publication"),
    when("pluperfect-verb", "Kazakh and Kyrgyz officials had met in Almaty.", "met", None, None,
         None),
    # ... and so does a noun a pluperfect with no act of its own takes as its object or the
    # object of its preposition: the act is at the clause's earlier time
    when("pluperfect-prep-noun", "The rebels had answered with a raid on the garrison.",
         "raid", None, None, None),
    when("pluperfect-prep-noun-end", "The clashes had ended with a truce between the two "
         "clans.", "truce", None, None, None),
    when("pluperfect-object-noun", "The dispute had led to the expulsion of two diplomats.",
         "expulsion", None, None, None),
    when("pluperfect-prep-noun-own-date", "The army had responded on Sunday with airstrikes "
         "on rebel positions.", "airstrikes", D(2016, 11, 27), "day", "text"),
    when("past-prep-noun", "The clashes ended with a truce between the two clans.", "truce",
         WED, "day", "publication"),
    when("past-object-noun", "The dispute led to the expulsion of two diplomats.",
         "expulsion", WED, "day", "publication"),
    # Near misses: no offset, or one from an event the text does not date.
    when("day-before-election", "Ugandan police arrested opposition leaders in Kampala the day "
         "before the election.", "arrested", None, None, None),
    when("earlier-than-planned", "Ghana's president arrived in Abuja on Monday, a day earlier "
         "than planned.", "arrived", D(2016, 11, 28), "day", "text"),
    when("earlier-than-planned-undated", "Ghana's president arrived in Abuja a day earlier "
         "than planned.", "arrived", WED, "day", "publication"),
    when("hours-of-talks", "After hours of talks, Sudan's army and the RSF agreed a truce on "
         "Saturday.", "agreed", D(2016, 11, 26), "day", "text"),
    when("days-of-talks", "Ethiopian and Eritrean officials held two days of talks in "
         "Asmara.", "talks", WED, "day", "publication"),
    when("previous-government", "Chile's new government reversed a mining ban that the "
         "previous government imposed.", "reversed", WED, "day", "publication"),
    # a present participle describing whom the act took ("farmers *working* their fields on
    # Saturday") tells what they were doing when it happened: its date is the act's
    when("participle-of-object", "Armed men kidnapped nine farmers working their fields "
         "outside Zaria on Saturday afternoon.", "kidnapped", D(2016, 11, 26), "day", "text"),
    when("participle-of-subject", "Gunmen hiding in a pickup truck on Sunday killed two "
         "soldiers at the Tiko border post.", "killed", D(2016, 11, 27), "day", "text"),
    when("participle-of-object-passive", "Two traders driving to market near Kajo Keji on "
         "Monday were abducted by gunmen.", "abducted", D(2016, 11, 28), "day", "text"),
    # near misses: a relative clause or a perfect participle has a time of its own, and a
    # participle naming a standing role ("the man heading the ministry since 2019")
    when("after-a-clause-of-its-own", "Gunmen attacked a bus near Gusau on Monday. The "
         "abduction came six days after nine traders were seized outside Zaria.", "abduction",
         None, None, None),
    when("after-the-noun", "Gunmen attacked a bus near Gusau on Monday. Police made arrests "
         "two days after the attack.", "arrests", D(2016, 11, 30), "day", "text"),
    # An "after" clause hung on a clause in the present or present perfect (or a headline's
    # present) is counted back from now, the publication day: "Six weeks after X, the
    # crossings remain empty" dates X to the week six weeks before the report.
    when("weeks-after-present", "Six weeks after Lesotho closed its border with the Free "
         "State, the crossings at Ficksburg remain empty.", "closed", D(2016, 10, 17), "week",
         "text"),
    when("weeks-after-present-perfect", "Almost three weeks after gunmen killed two rangers at "
         "Garamba, the park's guards have still not been paid.", "killed", D(2016, 11, 7),
         "week", "text"),
    when("month-after-passive-present", "A month after the Tongan navy seized the trawler, its "
         "crew are still held in Nuku'alofa.", "seized", D(2016, 10, 1), "month", "text"),
    when("months-after-yet-to", "Two months after the ministers met in Dushanbe, the border "
         "commission has yet to convene.", "met", D(2016, 9, 1), "month", "text"),
    when("days-after-perfect", "Ten days after rebels shelled Bunia, the first aid convoy has "
         "reached the town.", "shelled", D(2016, 11, 20), "day", "text"),
    when("headline-present", "Fiji recalls its ambassador two weeks after Tonga expels a "
         "diplomat.", "expels", D(2016, 11, 14), "week", "text"),
    # A "when" or "as" clause is at the time of the clause it hangs on: an offset hung on it
    # counts back from that time, and does not move the clause itself.
    when("when-clause-days-after", "Three police officers were killed on Monday when gunmen "
         "stormed a station in Tillaberi, four days after an ambush on a convoy near Ayorou.",
         "ambush", D(2016, 11, 24), "day", "text"),
    when("when-clause-keeps-its-day", "Three police officers were killed on Monday when gunmen "
         "stormed a station in Tillaberi, four days after an ambush on a convoy near Ayorou.",
         "stormed", D(2016, 11, 28), "day", "text"),
    when("when-clause-week-after", "Two rangers were killed on Sunday when poachers opened "
         "fire on their patrol in Zakouma, a week after an attack on a camp nearby.",
         "opened", D(2016, 11, 27), "day", "text"),
    when("as-clause-days-after", "A trader was wounded on Saturday as soldiers fired on a "
         "crowd in Kousseri, two days after the arrest of a local chief.", "arrest",
         D(2016, 11, 24), "day", "text"),
    # near misses: a past or future clause is no "now" (its own time is not given), nor is a
    # "before" clause (what comes after now is not told as done)
    when("weeks-after-past", "The fishermen were freed two weeks after their boat was seized "
         "off Komo.", "seized", None, None, None),
    when("week-after-future", "The envoy will travel to Lomé a week after the ministers meet "
         "in Accra.", "meet", None, None, None),
    when("weeks-before-present", "Two weeks before Kenya hosts the summit, its diplomats are "
         "still drafting the communiqué.", "hosts", None, None, None),
    when("relative-clause-own-time", "Police arrested a man who robbed a bank in Mombasa on "
         "Saturday.", "arrested", WED, "day", "publication"),
    when("perfect-participle", "Troops detained three men having crossed the border on "
         "Sunday.", "detained", WED, "day", "publication"),
    when("standing-role", "Protesters blocked the car of the official heading the ministry "
         "since 2019.", "blocked", WED, "day", "publication"),
]


@pytest.mark.parametrize(("text", "trigger", "published", "expected", "precision", "basis"),
                         RELATIVE)
def test_relative_dates(text: str, trigger: str, published: dt.date, expected: dt.date | None,
                        precision: str | None, basis: str | None) -> None:
    ex = events(text, published)
    found = [e for e in ex.events if at(text, e, trigger)]
    assert found, f"no event at {trigger!r}\n{describe(ex)}"
    event = found[0]
    assert (event.date, event.date_precision, event.date_basis) == (expected, precision,
                                                                   basis), describe(ex)
