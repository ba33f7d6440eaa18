"""An act told as coming before another act whose time the text does not give is undated
too: "Ghana's ambassador, recalled after Togo expelled two Ghanaian diplomats, has yet to
return" puts the expulsion before the recall, by a span it does not give, so the publication
date is no stand-in for it (as for a pluperfect). The acts it comes before keep theirs.

Near misses: the earlier act has a date of its own ("on Tuesday", "in September"), or an
offset from a dated act gives it one ("two days after"), or it is told after the other
("before troops arrived"), at its time ("as they marched"), in a relative clause, in a
headline's present ("after Togo expels diplomats": news of the moment), or after which a
report is made ("said after talks with ..."): a report tells of what has just happened.

The spec is rule 3 of the "Events" part of ``actorgraph.events.dates``' docstring.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import expect_dated

D = dt.date
WED = D(2016, 11, 30)  # a Wednesday: Friday is the 25th, Monday the 28th, Tuesday the 29th
STAND_IN = (WED, "day", "publication")
UNDATED = (None, None, None)


def when(id: str, text: str, trigger: str, expected: tuple[dt.date | None, str | None,
                                                           str | None]):
    return pytest.param(text, trigger, expected, id=id)


EARLIER = [
    # an "after" / "since" / "following" clause under an act the text does not date
    when("after-in-participle", "Ghana's ambassador, recalled after Togo expelled two "
         "Ghanaian diplomats, has yet to return to Lome.", "expelled", UNDATED),
    when("since-perfect", "Relations between Poland and Belarus have soured since Warsaw "
         "expelled the Belarusian consul in Bialystok.", "expelled", UNDATED),
    when("after-accused", "Kenya recalled its envoy to Mogadishu after Somalia accused "
         "Nairobi of meddling in Jubaland.", "accused", UNDATED),
    when("after-detained", "Bolivia closed two border crossings with Peru after Peruvian "
         "police detained a Bolivian lawmaker.", "detained", UNDATED),
    when("after-raided", "Serbia put its troops on high alert after Kosovo police raided "
         "two Serb-run municipal offices.", "raided", UNDATED),
    when("after-fired", "Cambodia lodged a formal protest after Thai troops fired rockets at "
         "a Cambodian border post.", "fired", UNDATED),
    when("after-shelled", "Armenia asked Moscow for military help after Azerbaijani forces "
         "shelled villages in Syunik.", "shelled", UNDATED),
    when("since-attacked", "Chad has kept its border with Sudan closed since RSF fighters "
         "attacked a camp near Adre.", "attacked", UNDATED),
    when("after-blocked", "Vietnam summoned the Chinese ambassador after Chinese coastguard "
         "ships blocked a Vietnamese survey vessel.", "blocked", UNDATED),
    when("after-expelled-priests", "Guatemala recalled its ambassador from Managua after "
         "Nicaragua's government expelled a group of Guatemalan priests.", "expelled",
         UNDATED),
    when("after-fronted", "After Turkish jets bombed Kurdish positions in northern Iraq, "
         "Baghdad summoned the Turkish envoy.", "bombed", UNDATED),
    when("after-seized", "Sri Lanka deported three Indian fishermen after its navy seized "
         "their trawler off Jaffna.", "seized", UNDATED),
    when("since-shelled", "Sudan's army has refused to return to talks since the RSF shelled "
         "a hospital in El Fasher.", "shelled", UNDATED),
    when("since-rammed", "The Philippine coastguard has stepped up patrols since Chinese "
         "vessels rammed a supply boat near Second Thomas Shoal.", "rammed", UNDATED),
    when("after-arrested", "Azerbaijan shut the Baku office of a Russian news agency after "
         "police in Yekaterinburg arrested several Azerbaijani men.", "arrested", UNDATED),
    when("days-after", "India suspended a water treaty with Pakistan days after gunmen "
         "killed tourists in Kashmir.", "killed", UNDATED),
    when("after-reported", "Pakistan said India violated the ceasefire after Indian troops "
         "shelled posts along the Line of Control.", "shelled", UNDATED),
    when("after-gerund", "After expelling two Lithuanian diplomats, Moscow closed the "
         "Lithuanian consulate in Saint Petersburg.", "expelling", UNDATED),
    # the object of "in response to", "in retaliation for", "in the wake of"
    when("in-response-to-gerund", "Colombia expelled a Venezuelan diplomat in response to "
         "Caracas expelling two Colombian consuls.", "expelling", UNDATED),
    when("in-retaliation-for-gerund", "Lithuania shut the Russian consulate in Klaipeda in "
         "retaliation for Russia closing the Lithuanian consulate in Saint Petersburg.",
         "closing", UNDATED),
    when("in-response-to-noun", "Algeria recalled its ambassador from Madrid in response to "
         "Spain's backing of Morocco's autonomy plan.", "backing", UNDATED),
    when("in-the-wake-of-noun", "Tallinn recalled its ambassador in the wake of the arrest of "
         "an Estonian border guard by Russian agents.", "arrest", UNDATED),
    # "a week after" with no date for the act it comes before: neither has one
    when("week-after-earlier", "Eritrea withdrew from the regional bloc a week after Ethiopia's "
         "prime minister met Tigrayan leaders.", "met", UNDATED),
    when("week-after-later", "Eritrea withdrew from the regional bloc a week after Ethiopia's "
         "prime minister met Tigrayan leaders.", "withdrew", UNDATED),
    when("dated-main-no-offset", "Chad closed its border on Monday after RSF fighters "
         "attacked a camp near Adre.", "attacked", UNDATED),
    # the acts they come before keep the stand-in
    when("main-keeps-stand-in", "Kenya recalled its envoy to Mogadishu after Somalia "
         "accused Nairobi of meddling in Jubaland.", "recalled", STAND_IN),
    when("main-keeps-stand-in-fronted", "After Turkish jets bombed Kurdish positions in "
         "northern Iraq, Baghdad summoned the Turkish envoy.", "summoned", STAND_IN),
    when("main-keeps-stand-in-response", "Colombia expelled a Venezuelan diplomat in response "
         "to Caracas expelling two Colombian consuls.", "expelled", STAND_IN),
]

NEAR_MISSES = [
    # a dated main act with an offset dates the act it follows (two days before Friday)
    when("offset-from-dated", "On Friday Ghana expelled a Togolese counsellor, two days after "
         "Lome sent two Ghanaian diplomats home.", "sent", (D(2016, 11, 23), "day", "text")),
    when("offset-from-dated-date", "Eritrea withdrew from the regional bloc on 2 November, a "
         "week after Ethiopia's prime minister met Tigrayan leaders.", "met",
         (D(2016, 10, 24), "week", "text")),  # a shift by weeks is known to the week
    when("day-after-dated", "Serbia put its troops on high alert on Sunday, a day after "
         "Kosovo police raided two municipal offices.", "raided",
         (D(2016, 11, 26), "day", "text")),
    # the earlier act has a date of its own
    when("own-weekday", "Kenya recalled its envoy after Somali officials expelled two Kenyan "
         "diplomats on Tuesday.", "expelled", (D(2016, 11, 29), "day", "text")),
    when("own-month", "Armenia asked Moscow for military help after Azerbaijani forces "
         "shelled villages in Syunik in September.", "shelled", (D(2016, 9, 1), "month", "text")),
    when("talks-on-monday", "Bolivia reopened the border crossing after talks on Monday "
         "with Peruvian officials.", "talks", (D(2016, 11, 28), "day", "text")),
    # a headline's present tells news of the moment
    when("headline-present", "Ghana recalls envoy after Togo expels diplomats", "expels",
         STAND_IN),
    when("headline-present-main", "Ghana recalls envoy after Togo expels diplomats", "recalls",
         STAND_IN),
    # told after the other act, or at its time, or in a relative clause
    when("before-clause", "Rebels looted the market in Bunia before Congolese troops "
         "attacked their camp.", "attacked", STAND_IN),
    when("before-clause-main", "Rebels looted the market in Bunia before Congolese troops "
         "attacked their camp.", "looted", STAND_IN),
    when("as-clause", "Police fired tear gas at protesters as they marched on parliament in "
         "Nairobi.", "marched", STAND_IN),
    when("relative-clause", "Kenyan police arrested a man who attacked a bank guard in "
         "Mombasa.", "attacked", STAND_IN),
    # a report made after talks tells of what has just happened
    when("said-after-talks", "Cambodia said after talks with Thai officials that the border "
         "would reopen.", "talks", STAND_IN),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), EARLIER + NEAR_MISSES)
def test_act_told_before_an_undated_act_is_undated(
        text: str, trigger: str, expected: tuple[dt.date | None, str | None, str | None]
) -> None:
    expect_dated(text, trigger, WED, expected, last=False)
