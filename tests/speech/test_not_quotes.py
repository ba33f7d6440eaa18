"""What is not a quote: scare quotes, titles, nicknames, marks after digits, ditto marks, and
stray marks that must not swallow the sentences after them.

Every sentence is our own wording. A case names a span that no quote's content may cover by
more than half of the span's length; the sentences avoid cues of saying, so that a quote over
the span can only come from mistaking the marks. For marks after digits and ditto marks, the
span is the text between two such marks, which is what pairing them would yield.
"""

from __future__ import annotations

import pytest

from .helpers import NotQuote, check, no_quote

SCARE_QUOTES = [
    no_quote("scare-one-word", 'The junta\'s "transition" has now lasted longer than the '
             "civilian government it replaced.", "transition"),
    no_quote("scare-two-words", "Residents of the border villages have grown tired of the "
             '"temporary measures" that closed their only market three years ago.',
             "temporary measures"),
    no_quote("scare-so-called", 'The so-called "shadow fleet" of ageing tankers continues to '
             "carry Russian crude through the Baltic.", "shadow fleet"),
    no_quote("scare-single-marks", "The government's ‘hostile environment’ policy was quietly "
             "renamed in 2018.", "hostile environment"),
    no_quote("scare-participle-announced", 'The "reforms" announced in March have yet to reach '
             "the courts.", "reforms"),
    no_quote("term-word-discussed", 'The word "genocide" does not appear anywhere in the draft '
             "resolution on Myanmar.", "genocide"),
    no_quote("term-spelling-discussed", "Most international newspapers dropped the spelling "
             "“Kiev” after 2019 and now write “Kyiv”.", "Kiev"),
]

NAMES = [
    no_quote("title-before-a-cue-verb", "A report by the state water agency, “Running Dry: The "
             "Delta Aquifers at a Crossroads,” found that wells had fallen by 30 metres.",
             "Running Dry: The Delta Aquifers at a Crossroads"),
    no_quote("title-book", 'The former ambassador\'s memoir, "Notes from Kabul", became a '
             "bestseller in Germany last spring.", "Notes from Kabul"),
    no_quote("title-film", "The documentary “Ashes of Aleppo” was screened at the festival in "
             "Berlin despite protests from Damascus.", "Ashes of Aleppo"),
    no_quote("title-operation-curly", "Israel launched Operation “Northern Arrows” against "
             "Hezbollah positions in September.", "Northern Arrows"),
    no_quote("title-operation-straight", 'Operation "Sindoor" targeted sites in Pakistan and '
             "Pakistani-administered Kashmir in May.", "Sindoor"),
    no_quote("title-agreement", "Delegates spent the night arguing over the final paragraph of "
             "the “Marrakech Compact” on migration.", "Marrakech Compact"),
    no_quote("title-newspaper", "The opposition weekly “Free Voice” was closed by court order "
             "in Minsk.", "Free Voice"),
    no_quote("name-ship", 'The tanker "Eagle S" was detained by Finnish police after an '
             "undersea cable was damaged.", "Eagle S"),
    no_quote("nickname-curly", "Mohamed Hamdan “Hemedti” Dagalo commands the Rapid Support "
             "Forces, which control most of Darfur.", "Hemedti"),
    no_quote("nickname-straight", 'Joaquín "El Chapo" Guzmán is serving a life sentence in a '
             "prison in Colorado.", "El Chapo"),
    no_quote("nickname-unit", "Members of the “Azov” regiment were exchanged in the latest "
             "prisoner swap.", "Azov"),
]

AFTER_DIGITS = [
    no_quote("inches-screens", 'The army ordered tablets with 10" screens for its field units, '
             'replacing the older 7" models.', "screens for its field units, replacing the "
             "older 7"),
    no_quote("inches-height", "Under the old rules, army recruits had to be at least 5'6\" "
             "tall; the new minimum is 5'4\" for both men and women.", "tall; the new minimum "
             "is 5'4"),
    no_quote("seconds-clip", "The video, 2'30\" long, shows a convoy crossing the bridge at "
             "Kherson; a second clip of 45\" shows the explosion.", "long, shows a convoy "
             "crossing the bridge at Kherson; a second clip of 45"),
    no_quote("ditto-marks-list", "Aid delivered to Rafah on Monday:\nFlour, World Food "
             'Programme: 40 trucks\nMedicine, " : 6 trucks\nFuel, " : 2 trucks',
             ': 6 trucks\nFuel,'),
    no_quote("ditto-marks-three", "Shelters opened by the city council:\nSchool No. 4, "
             'Zaporizhzhia: 300 beds\nSchool No. 9, " : 250 beds\nSports hall, " : 500 beds\n'
             'Library, " : 80 beds', ': 250 beds\nSports hall, " : 500 beds\nLibrary,'),
]

STRAY_MARKS = [
    no_quote("stray-straight-opener", 'The defence ministry published its "annual review on '
             "Monday. The document runs to 300 pages. It lists every base the army plans to "
             "close by 2030.", "The document runs to 300 pages. It lists every base the army "
             "plans to close by 2030."),
    no_quote("stray-curly-opener", "Thousands marched through Belgrade on Saturday under the "
             "banner “Students for justice. The protest was the largest since the 1990s. "
             "Organisers plan another march next month.", "The protest was the largest since "
             "the 1990s. Organisers plan another march next month."),
    no_quote("stray-single-opener", "The ‘peace caravan set off from Goma towards Bukavu at "
             "dawn. Roadblocks slowed it near Kavumu. It reached the city two days later.",
             "Roadblocks slowed it near Kavumu. It reached the city two days later."),
    no_quote("stray-opener-next-paragraph", 'Security was tight for the "victory parade in Red '
             "Square.\n\nTanks and missile launchers rolled past the Kremlin walls. Foreign "
             "guests watched from a stand near the mausoleum.", "Tanks and missile launchers "
             "rolled past the Kremlin walls. Foreign guests watched from a stand near the "
             "mausoleum."),
]

GROUPS = {"scare quotes and terms": SCARE_QUOTES, "titles and nicknames": NAMES,
          "marks after digits, ditto marks": AFTER_DIGITS, "stray marks": STRAY_MARKS}
NOT_QUOTES = [c for cases in GROUPS.values() for c in cases]


@pytest.mark.parametrize("unwanted", NOT_QUOTES)
def test_not_a_quote(unwanted: NotQuote) -> None:
    check(unwanted)
