"""The dates that temporal expressions in news text refer to, and the dates of events.

``find(sentence)`` gives the character spans of the expressions ``resolve`` understands, left to
right: ``sentence[start:end]`` is the expression without a leading preposition ("in 2011" gives
"2011", "on Tuesday" gives "Tuesday", "over the weekend" gives "the weekend").

``resolve(expression, published)`` reads one expression against the publication date and gives
``(date, precision)``, or ``(None, None)`` for anything it does not understand; it never raises.
``precision`` says how much of ``date`` is known:

* ``"day"``: the date itself ("September 29, 1999", "2016-11-28", "yesterday", "on Tuesday");
* ``"week"``: the Monday of that week ("last week", "two weeks ago", "over the weekend");
* ``"month"``: the 1st of the month ("June 2016", "in June", "March last year", "last month",
  "recently"), but the 1st, 11th or 21st for "early", "mid" and "late" ("late June" is June 21);
* ``"year"``: January 1 ("in 2011", "last year", "the 1990s": a decade gives its first year), but
  January, May or September 1 for "early", "mid" and "late" ("late 2015" is 2015-09-01).

Read against ``published`` (news speaks of the recent past, and of the next few days):

* a day or month without a year is the latest one not after ``published`` + 7 days (a month
  counts from its 1st), so "in December" in a January story is last December; a February 29
  without a year is the latest leap day before that limit;
* a bare weekday ("on Tuesday", "Monday night") is the latest on or before ``published`` (so the
  same day in a Tuesday story); "last Tuesday" is strictly before it, "next Tuesday" after it;
* "last July" is the latest July before the month of ``published``, "this July" the one in its
  year, "next July" the first after its month; "March last year" (or "of this/next year") is
  March of the year before (this, after) that of ``published``;
* "the weekend" is the latest weekend begun by ``published``, "this weekend" the one of its week,
  "last weekend" the one of the week before; "recently" and "in recent days/weeks" say only that
  the event is recent: the month of ``published``.

Counts are digits or number words ("seventeen days ago", "twenty-one days later"); "a
fortnight" is two weeks. A count with no "ago" is a span ("a fortnight of talks"). Everything
relative needs ``published``; without it only expressions carrying a year resolve.
Absolute dates are parsed by ``calendar`` (with ``dateparser`` where not plain). ``find`` wants
month and weekday names capitalised ("may" and "march" are verbs), and a bare month name only
after a preposition ("in June", "since March", "by the end of May") or between a determiner and
a noun it dates ("their September meeting", not "the May Day rally").

A shift from another event's date ("two days after", "the following week") is read and
applied by ``offsets``.

Events (``dating.Dating``, over the parse). Every event of a document with a publication date
is dated unless its words place it at a time they do not give. Their words are read against
the day the report speaks from: its wire dateline's day when that is up to two days before the
publication date (filed one evening, published the next morning: "KIGALI, March 10 - ...
yesterday" published on March 11 is March 9, and "on Wednesday" is March 4), else the
publication date (``story.filed``). In order, the first that applies:

1. **Its clause dates it**: a date phrase hangs on the event's verb (or the verb of speech that
   makes it), or on the verb whose subject the event is ("heavy *fighting* broke out on
   Saturday"), or a weekday's possessive on the event noun ("condemned Saturday's strike", "last
   Monday's bombing"): that date, ``date_basis = "text"``. A future or pluperfect act with a date
   of its own keeps it ("will visit Cairo next week", "had bombed the town on Sunday"). A report's
   verb between commas after the date passes it on ("On Monday, police said, gunmen raided a
   post"). A date after a preposition the parser left with no object is the preposition's
   clause's ("said that *on* 10 March troops shelled ...": the shelling; ``story.hung``). A
   date giving the span a comparison runs over dates nothing ("the first of their kind since
   January", "the largest protest this year"), nor does "overnight" on a verb of keeping ("held
   overnight": how long). "Last Monday" in a text naming Monday bare is the one before.
   An event noun that a verb of ``under_way_verbs`` acts on (its object or passive subject) is at
   that verb's time, however dated ("police broke up the march on Saturday"; not "condemned it").
   A recent day hung in a clause that only describes the act's doer or subject is the act's
   ("abducted by men believed to be rebels on Friday"), unless the act has a day of its own
   ("the minister, who arrived on Thursday, met Ruto on Friday": Friday); a weekday or day part
   before a date is part of it ("on the night of Tuesday 6 October"); a verb led by an event
   noun of its own type has the noun's date ("the clashes in March killed forty"); a present
   perfect given a length ("have besieged the town for two years") began that long before the
   report, to the unit (``dating_reach``, whose docstring has the details and the near misses). A
   date on a copula is its predicate's ("she is *due* in Rome on Tuesday"). A date that belongs to
   another noun is that noun's act's, not the clause's: on a noun of one of several acts ("agreed
   on a new *round* of talks in January": the talks), or a month or a year right after a "for"
   phrase naming an act ("ended with a date for a third *session* in December", "preparations for
   *elections* in 2027"; not a day: "arrested for protests on Monday" is the arrests' day).
2. **An offset from another event** ("a month after the two ministers met in Cairo on 3 May 2015",
   "two days after the visit", "a day later", "the following week") dates the clause it hangs on
   by moving the anchor's date: the clause after "after"/"before", or the noun after it ("the
   visit": its own date, else the latest dated event of its type earlier in the text); with no
   such anchor ("a day later", "the day before"), the latest date its sentence gave before the
   phrase ("the army said on Sunday that jets bombed a camp the day before": Saturday), else the
   date of the act of speech that tells the clause, given after it ("rebels shelled the airport
   the day before, the army said on Sunday"), else the latest date the text gave before the phrase
   (always so for a phrase that opens its sentence: "A day later, ..." follows the text before it;
   a "since" or "until" date, when a state began or ends, is no such time: "held since Saturday").
   The latest date is the story's: a backdrop's (a pluperfect's, a relative clause's) only when
   the text gave no other ("seized Walikale on 1 March. The army, which had retreated on 26
   February, retook the town two days later": March 3; but "after a villa was blown up in
   mid-September. When a site was bombed thirteen days later": from the villa's).
   "A few hours after he was received" puts the reception on the day of the clause it hangs on;
   a "when", "as" or "while" clause is at its head's time, and an offset hung on it counts from
   there ("killed on Monday when gunmen stormed a post, four days after an ambush": Thursday).
   Basis ``"text"``. An anchor the text does not date leaves the event undated ("the day before the
   election"): a publication date is no anchor, and the event is not at it either (nor are the
   events below it); but a clause in the present or present perfect is the report's day, and an
   "after" clause on it counts back from there ("six weeks after Lesotho closed its border, the
   crossings remain empty"). "The previous week" is such an offset, not the week before it. A
   time that points back to the time the text is at ("that evening", "the same night", "on that
   day", "later that day", "earlier in the week", "later that year") is an offset of none from
   the latest date the text gave before it, to its unit (a part of a day is that day); with
   none, the clause keeps the stand-in (rule 5), as the act before it did; not "that night"
   describing a noun ("said that night raids would stop"), nor "the same day as the vote". The
   other way round, a clause its own words date dates the event it is said to follow or precede:
   "recalled its envoy on 2 June, a month after the ministers met" puts the meeting in May; an
   offset the parser hangs on the verb of the report ("stormed a base on Friday, two days after the
   drone strike, the army said") is the latest act its sentence dated before it. A date inside a
   to-infinitive complement dates that complement, not the verb it completes ("agreed to hold a
   round in Istanbul next month": the round, not the agreement); a present participle telling what
   someone was doing passes its day to the clause it hangs on ("kidnapped farmers working their
   fields on Saturday"). An act still to come (``future``, ``hypothetical``, ``requested``; not a
   verb in the past tense: "if they cross again, he warned on Monday, ...") or given a day set for
   it ("a march for Thursday"), or told by its arrangement in the present
   (``arranged_predicates``: "the envoy is due in Lilongwe on Tuesday", "is expected in Baku on
   Monday"; not "was due"), dated by a day, a weekday or a month with no year that reads as past
   is the next one after publication (``ahead``: "she will travel to Skopje on 6 November" in an
   October story); "last Friday" or a year is kept as written.
3. **Not now**: an act not done (modality ``future``, ``hypothetical``, ``requested``) or said not
   to have been done (``negated``, ``denied``: "no such request was ever sent" gives no time, and a
   stand-in would narrow the window of the event it disputes), an act arranged ("is to visit", a
   headline's "Putin to visit Cairo"), a pluperfect ("had bombed", "had been attacked", and its
   conjuncts "had entered and shelled"; an event noun a pluperfect that is no act takes as subject,
   object or object of its preposition: "the meeting had ended with a truce", "had led to the
   expulsion") or an act said to be earlier ("previously", "earlier", not "earlier than
   planned") is before or after the publication date by a span the text does not give: undated
   (null); so is one told "months ago", "several years ago", or held "for months" (no count:
   ``dating_reach``). Words in ``data/dates.yaml``. So is an act named by a noun that another act
   is about ("condemned the visit", "criticised Hungary over the trip"): that act's date is not its
   own; so is one a named actor's possessive presents as known ("Uruguay's inquiry has not
   reported"; not "his visit", nor "Monday's raid", rule 1). So is an act told as coming before
   another act of no given time: an "after", "following" or "since" clause or phrase, or the object
   of "in response to", "in retaliation for", "in the wake of" ("Ghana's ambassador, recalled after
   Togo expelled two diplomats, has yet to return", "relations have soured since Warsaw expelled
   the consul": the expulsion), unless a date is reached above it (rule 4) or an offset dates it
   (rule 2); not one in a headline's present ("Ghana recalls envoy after Togo expels diplomats":
   news of the moment), nor one a report is made after ("said after talks with ...": a report tells
   of what has just happened). The act it comes before keeps its stand-in (rule 5).
4. **A governing clause dates it**: the nearest clause above the event with a date gives it, when
   the way up keeps the time: a coordinated verb ("fired on protesters in March 2011 and arrested
   dozens"), a complement, and so reported speech and quotes ("said on Monday that rebels shelled
   the airport", ""Rebels shelled the airport," the army said on Tuesday": the speech act's date,
   since a report tells of what has just happened; basis ``"text"``; not a present perfect's: "has
   asked Spain to extradite him, the minister said on Tuesday" is before, rule 5), an adverbial
   clause that is no "after"/"before"/"since"/ "until" one ("..., killing eight", "as protests
   spread"). A relative clause ("the man *who attacked* the embassy was
   arrested in 2011") and an "after"/"before" clause or phrase are at another time than their
   dated head: undated; a relative clause's own date is its own ("the ministers, who first met in
   Almaty three weeks ago, signed ...": the meeting that week, the signing by rule 5). A date
   phrase that reaches no event dates the first verb above it, for the events below that verb.
5. **The publication date stands in** (the GDELT and POLECAT convention): ``date`` the publication
   date, ``date_precision = "day"`` (the date itself is that day; how weak it is says the basis),
   ``date_basis = "publication"``: present and past tenses, present perfects, reported or believed
   acts, headlines in the present, and the promise a future act makes ("Finland will give Tanzania
   a grant" is an AGREE made now); a headline's act its lead tells again with a date takes that
   date (``headlines.dated``). Fusion gives such an event the window of an undated one (the
   week before its report, or back to the earliest act a retrospective dates:
   ``fuse.retrospectives.reach``), not a day's. A document with no publication date leaves
   these events undated. But an act in the simple past that nothing in its sentence dates goes
   on in its story's time: the date the text gave the latest act in the simple past before it
   in its paragraph, else in its lead, when that date is recent (within a month of the
   report): ``date_basis = "story"`` ("Police arrested three activists on Monday. Officers
   also seized their phones": Monday; ``story``, whose docstring has the near misses). Fusion
   gives it the window of an undated event too: a story's date is an inference.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Literal

from ..actors.dictionary import load_yaml
from .calendar import ABBREVIATIONS as _ABBREVIATIONS
from .calendar import MONTHS
from .calendar import parse as _parse

Precision = Literal["day", "week", "month", "year"]
Resolved = tuple[dt.date | None, Precision | None]
_Resolver = Callable[[re.Match[str], dt.date | None], Resolved]
_Anchored = Callable[[re.Match[str], dt.date], Resolved]

_NOTHING: Resolved = (None, None)
_MONTHS = "|".join(MONTHS)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Placeholders for name lists in the patterns below; see ``_fill``.
_NAMES = {"%MA%": f"{_MONTHS}|{_ABBREVIATIONS}", "%M%": _MONTHS, "%W%": "|".join(WEEKDAYS)}
#: Number words (``number_words`` in ``data/arguments.yaml``), and "a"/"an" for one.
NUMBERS = {"a": 1, "an": 1} | {str(word): int(n) for word, n in load_yaml(
    "arguments.yaml")["number_words"].items()}
_TENS, _UNITS = ("|".join(w for w, n in NUMBERS.items() if test(n)) for test in (
    lambda n: n >= 20 and n % 10 == 0, lambda n: 1 < n < 10))
#: A count: digits, or number words, tens and units adding up ("twenty-one", "twenty one").
COUNT = (rf"(?:(?:{_TENS})(?:[-\s](?:one|{_UNITS}))?|"
         rf"{'|'.join(sorted(NUMBERS, key=len, reverse=True))}|\d{{1,3}})")

_DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_QUALIFIER = r"(?P<q>early|mid|late)(?:\s*-\s*|\s+)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_QUALIFIED_DAY = {"early": 1, "mid": 11, "late": 21}
_QUALIFIED_MONTH = {"early": 1, "mid": 5, "late": 9}

#: Leading words ``resolve`` ignores: prepositions, and "the" before a decade.
_LEAD = re.compile(r"(?:(?:on|in|since|during|until|till|by|from|over|at|through|before|after)"
                   r"\s+)?(?:the\s+(?=\d))?", re.IGNORECASE)
TRAIL = " .,;:!?)\"'"  # stripped from the end of an expression, and a possessive "'s"
#: What must precede a bare month name for ``find`` to take it as a date.
_PREPOSITION = re.compile(r"\b(?:in|since|during|until|till|by|from|through|before|after|"
                          r"(?:end|beginning|start|middle)\s+of)\s+$", re.IGNORECASE)
#: ... or a determiner or possessive, the month naming a noun's time: "Roble's *January* visit".
_DETERMINER = re.compile(r"(?:\b(?:the|their|its|his|her|our)|\w['’]s?)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z]")
def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _shift(published: dt.date, unit: str, n: int) -> Resolved:
    """The ``unit`` (day, week, month, year) ``n`` units from the one holding ``published``."""
    unit = unit.lower()
    if unit == "day":
        return published + dt.timedelta(days=n), "day"
    if unit == "week":
        return monday(published) + dt.timedelta(weeks=n), "week"
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + n, 12)
        return dt.date(year, month + 1, 1), "month"
    return dt.date(published.year + n, 1, 1), "year"


def _latest(published: dt.date, month: int, day: int, by_month: bool) -> dt.date | None:
    """The latest ``month``/``day`` not after ``published`` + 7 days (by month: from its 1st)."""
    limit = published + dt.timedelta(days=7)
    for year in range(published.year + 1, published.year - 9, -1):
        try:
            date = dt.date(year, month, day)
        except ValueError:  # February 29 of a common year, or a year out of range
            continue
        if (date.replace(day=1) if by_month else date) <= limit:
            return date
    return None


def _iso(match: re.Match[str], published: dt.date | None) -> Resolved:
    date = _parse(match[0], iso=True)
    return (date, "day") if date else _NOTHING


def _day_month(match: re.Match[str], published: dt.date | None) -> Resolved:
    date = _parse(f"{int(match['d'])} {match['m'].rstrip('.')} {match['y'] or 2000}")
    if date is not None and not match["y"]:
        date = _latest(published, date.month, date.day, by_month=False) if published else None
    return (date, "day") if date else _NOTHING


def _month_in(month: int, relation: str, published: dt.date) -> dt.date | None:
    """The 1st of ``month`` in the year that ``relation`` (last, this, next or none) means."""
    if relation == "last":
        return dt.date(published.year - (month >= published.month), month, 1)
    if relation == "next":
        return dt.date(published.year + (month <= published.month), month, 1)
    if relation == "this":
        return dt.date(published.year, month, 1)
    return _latest(published, month, 1, by_month=True)


def _month(match: re.Match[str], published: dt.date | None) -> Resolved:
    date = _parse(f"1 {match['m']} {match['y'] or 2000}")
    if date is not None and not match["y"]:
        relation = (match["rel"] or "").lower()
        date = _month_in(date.month, relation, published) if published else None
    if date is None:
        return _NOTHING
    return date.replace(day=_QUALIFIED_DAY.get((match["q"] or "").lower(), 1)), "month"


def _month_of_year(match: re.Match[str], published: dt.date) -> Resolved:
    """"March last year", "in early June of next year": that month of the year named."""
    year = published.year + {"last": -1, "this": 0, "next": 1}[match["yrel"].lower()]
    date = _parse(f"1 {match['m']} {year}")
    if date is None:
        return _NOTHING
    return date.replace(day=_QUALIFIED_DAY.get((match["q"] or "").lower(), 1)), "month"


def _qualified_year(match: re.Match[str], published: dt.date | None) -> Resolved:
    return dt.date(int(match["y"]), _QUALIFIED_MONTH[match["q"].lower()], 1), "year"


def _year(match: re.Match[str], published: dt.date | None) -> Resolved:
    return dt.date(int(match["y"]), 1, 1), "year"


def _decade(match: re.Match[str], published: dt.date | None) -> Resolved:
    return dt.date(int(match["decade"]), 1, 1), "year"


def _weekday(match: re.Match[str], published: dt.date) -> Resolved:
    wanted = [w.lower() for w in WEEKDAYS].index(match["w"].lower())
    back, relation = (published.weekday() - wanted) % 7, (match["rel"] or "").lower()
    if relation == "next":
        return published + dt.timedelta(days=(7 - back) or 7), "day"
    if relation == "last":
        back = back or 7
    return published - dt.timedelta(days=back), "day"


def _weekend(match: re.Match[str], published: dt.date) -> Resolved:
    which = match["which"].lower()
    back = which == "last" or (which == "the" and published.weekday() < 5)
    return _shift(published, "week", -1 if back else 0)


def counted(count: str, unit: str) -> tuple[str, int]:
    """The unit and number a count (``COUNT``) writes: a fortnight is two weeks."""
    count, unit = count.lower(), unit.lower()
    n = int(count) if count.isdigit() else sum(NUMBERS[w] for w in re.split(r"[-\s]+", count))
    return ("week", 2 * n) if unit == "fortnight" else (unit, n)


def _ago(match: re.Match[str], published: dt.date) -> Resolved:
    unit, n = counted(match["n"], match["unit"])
    return _shift(published, unit, -n)


def _relative(unit: str, n: int) -> _Anchored:
    """A resolver for ``n`` units from the publication date (the matched unit, if any)."""
    return lambda match, published: _shift(published, match.groupdict().get("unit") or unit, n)


_ENDS = r"(?![\w%]|[.,:/]\d)"
#: Words one of which, as written, every match of a pattern below holds, by which ``find``
#: skips a sentence the pattern cannot match: a year's century, a month's first letters.
_CENTURIES = ("19", "20")
_MONTH_STEMS = tuple(month[:3] for month in MONTHS)
#: Expressions that need no publication date when they carry a year:
#: (pattern, resolver, what ``find`` wants before and after it, words its matches hold).
_ABSOLUTE: list[tuple[str, _Resolver, str, str, tuple[str, ...]]] = [
    (r"(?:19|20)\d\d-[01]\d-[0-3]\d", _iso, r"(?<![\w.,/-])", r"(?![\w-]|[.,/:]\d)",
     _CENTURIES),
    (rf"(?P<m>%MA%)\.?\s+{_DAY}(?:,?\s+{_YEAR})?", _day_month, r"\b(?:%W%,?\s+)?", _ENDS,
     _MONTH_STEMS),
    (rf"{_DAY}\s+(?:of\s+)?(?P<m>%MA%)\.?(?:,?\s+{_YEAR})?", _day_month,
     r"(?<![\w.,/$£€-])(?:%W%,?\s+(?:the\s+)?)?", _ENDS, _MONTH_STEMS),
    (rf"(?:(?P<rel>last|this|next)\s+|{_QUALIFIER})?(?P<m>%M%)(?:,?\s+{_YEAR})?", _month,
     r"\b", _ENDS, _MONTH_STEMS),
    (rf"{_QUALIFIER}{_YEAR}", _qualified_year, r"\b", _ENDS, _CENTURIES),
    (_YEAR, _year, r"(?<![\w.,/$£€#-])", r"(?![\w%]|[.,:/-]\d|\s*(?:GMT|UTC|hrs|hours)\b)",
     _CENTURIES),
    (r"(?P<decade>(?:19|20)\d0)s", _decade, r"(?<![\w'.,$-])", r"\b", _CENTURIES),
]
_UNIT = r"(?P<unit>week|month|year)"
#: Expressions read against the publication date only: (pattern, resolver).
_ANCHORED: list[tuple[str, _Anchored]] = [
    (rf"(?:(?P<rel>last|next|this)\s+)?(?P<w>%W%){_PART_OF_DAY}", _weekday),
    (r"the\s+day\s+before\s+yesterday", _relative("day", -2)),
    (rf"yesterday{_PART_OF_DAY}|last\s+night", _relative("day", -1)),
    (r"today|tonight|overnight|this\s+(?:morning|afternoon|evening)", _relative("day", 0)),
    (rf"tomorrow{_PART_OF_DAY}", _relative("day", 1)),
    (rf"(?:{_QUALIFIER})?(?P<m>%M%)\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year",
     _month_of_year),
    (rf"(?:(?:earlier|later)\s+)?this\s+{_UNIT}", _relative("", 0)),
    (rf"(?:last|the\s+previous)\s+{_UNIT}", _relative("", -1)),
    (rf"next\s+{_UNIT}", _relative("", 1)),
    (rf"(?P<n>{COUNT})\s+(?P<unit>day|week|fortnight|month|year)s?\s+ago", _ago),
    (r"recently|recent\s+(?:days|weeks)", _relative("month", 0)),
    (r"(?P<which>last|this|the)\s+weekend", _weekend),
]


def _fill(pattern: str, cased: bool) -> str:
    """``pattern`` with its name placeholders filled; ``cased`` keeps the names capitalised."""
    for token, names in _NAMES.items():
        pattern = pattern.replace(token, f"(?-i:(?:{names})\\b)" if cased else f"(?:{names})\\b")
    return pattern


def _compile(pattern: str, cased: bool) -> re.Pattern[str]:
    return re.compile(_fill(pattern, cased), re.IGNORECASE)


_RESOLVE_ABSOLUTE = [(_compile(pattern, False), resolver) for pattern, resolver, *_ in _ABSOLUTE]
_RESOLVE_ANCHORED = [(_compile(pattern, False), resolver) for pattern, resolver in _ANCHORED]
#: Words one of which every expression read against the publication date holds, in lower
#: case: "day" of the weekdays, "today" and "yesterday"; "night" of "tonight" and "overnight".
_ANCHOR_WORDS = ("day", "night", "this", "tomorrow", "year", "last", "previous", "next", "ago",
                 "recent", "weekend")


def _holds(words: tuple[str, ...], cased: bool) -> Callable[[str], bool]:
    """Whether a sentence may hold a match of a pattern all of whose matches hold one of
    ``words`` (as written, or else in lower case: then any sentence not in ascii may)."""
    if cased:
        return lambda text: any(w in text for w in words)
    return lambda text: not text.isascii() or any(w in text.lower() for w in words)


#: ``find``'s patterns, each with the resolver that checks its matches against the calendar
#: and the test of a sentence that may hold a match.
_FINDERS: list[tuple[re.Pattern[str], _Resolver | None, Callable[[str], bool]]] = [
    (_compile(f"{before}(?P<e>{pattern}){after}", True), resolver, _holds(words, True))
    for pattern, resolver, before, after, words in _ABSOLUTE]
_FINDERS.append((_compile(r"(?<!USA )\b(?P<e>{})\b".format("|".join(
    "(?:{})".format(re.sub(r"\(\?P<\w+>", "(?:", pattern)) for pattern, _ in _ANCHORED)), True),
    None, _holds(_ANCHOR_WORDS, False)))
_SOME_DAY = dt.date(2016, 11, 30)
_BARE_MONTH = re.compile(_MONTHS)


def resolve(expression: str, published: dt.date | None) -> Resolved:
    """The ``(date, precision)`` a temporal expression from news text refers to, read against the
    publication date, or ``(None, None)``; see the module docstring for the conventions."""
    if isinstance(published, dt.datetime):  # a timestamp: its calendar day
        published = published.date()
    text = _LEAD.sub("", " ".join(expression.split()).lstrip("(\"'"), count=1).rstrip(TRAIL)
    text = text.removesuffix("'s").removesuffix("’s").rstrip(TRAIL)
    try:
        for pattern, resolver in _RESOLVE_ABSOLUTE:
            if match := pattern.fullmatch(text):
                return resolver(match, published)
        for pattern, anchored in _RESOLVE_ANCHORED:
            if match := pattern.fullmatch(text):
                return anchored(match, published) if published else _NOTHING
    except (ValueError, OverflowError):  # beyond the calendar's years 1 to 9999
        pass
    return _NOTHING


#: Words by which a day or month without a year says it is past ("last Friday", "two days ago").
_PAST = re.compile(r"\b(?:last|ago|yesterday|previous|earlier|past|recent\w*|'\d\d)\b",
                   re.IGNORECASE)
_WEEKDAY = re.compile("|".join(WEEKDAYS), re.IGNORECASE)
_MONTH = re.compile(rf"\b(?:{_MONTHS}|{_ABBREVIATIONS})\b", re.IGNORECASE)


def ahead(expression: str, when: dt.date, precision: Precision | None,
          published: dt.date | None) -> dt.date | None:
    """For an act still to come: the next day or month that ``expression`` names with no year
    ("on Friday", "on 6 November", "in January"), where ``resolve`` read it as the latest one
    (``when``, before ``published``); None when the expression gives a year or says it is
    past ("last Friday"), or ``when`` is not before ``published``."""
    if published is None or when >= published or precision not in ("day", "month") or \
            _PAST.search(expression) or re.search(r"\d{4}", expression):
        return None
    if precision == "day" and _WEEKDAY.search(expression) and not _MONTH.search(expression):
        return when + dt.timedelta(days=7 * ((published - when).days // 7 + 1))
    if not _MONTH.search(expression):
        return None
    try:
        return when.replace(year=when.year + 1)
    except ValueError:  # February 29
        return None


def find(text: str) -> list[tuple[int, int]]:
    """Character spans of temporal expressions in ``text`` (a sentence) that ``resolve``
    understands, left to right, non-overlapping, longest first.

    Where matches overlap, the longest wins (a weekday before a date counts as part of it:
    "Tuesday, Nov. 29" gives only "Nov. 29").
    """
    found: list[tuple[int, int, int, int]] = []
    for finder, resolver, may_hold in _FINDERS:
        for match in finder.finditer(text) if may_hold(text) else ():
            start, end = match.span("e")
            if _BARE_MONTH.fullmatch(text, start, end) and not _PREPOSITION.search(
                    text, max(0, start - 24), start) and not (
                    _DETERMINER.search(text, max(0, start - 8), start)
                    and _NOUN_AFTER.match(text, end)):
                continue
            if resolver and resolver(match, _SOME_DAY)[0] is None:  # "June 31", "2015-02-29"
                continue
            found.append((match.start(), match.end(), start, end))
    found.sort(key=lambda span: (span[0] - span[1], span[0]))
    chosen: list[tuple[int, int, int, int]] = []
    for span in found:
        if all(span[1] <= other[0] or other[1] <= span[0] for other in chosen):
            chosen.append(span)
    return sorted((span[2], span[3]) for span in chosen)
