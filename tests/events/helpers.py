"""Helpers for event tests: one cached parse per text, a lenient matcher, and a readable dump.

Name tests (``source=``, ``target=``, ``involving=``, ``attributed_to=``) are case-insensitive
substrings of an actor's name or aliases:

* ``"Russia"`` - some actor among the event's ids has a name or alias containing "russia";
* ``("Russia", "Moscow", "Kremlin")`` - alternatives, any one of them may match;
* ``["Egypt", "UAE"]`` - a list: every item (itself a string or a tuple of alternatives) must
  match, for coordinated actors such as "Egypt and the UAE ...".

Types and modalities may likewise be one string or a tuple of acceptable alternatives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

import pytest

import actorgraph
from actorgraph.records import MODALITIES, PLOVER_TYPES, Event, Extraction, coded

Names = str | tuple[str, ...] | list[str | tuple[str, ...]]
OneOrMore = str | tuple[str, ...]

#: CAMEO roots each PLOVER type may carry (lenient where the CAMEO mapping splits a root).
CAMEO_ROOTS: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"03"}),
    "CONSULT": frozenset({"04"}),
    "SUPPORT": frozenset({"05"}),
    "COOPERATE": frozenset({"06"}),
    "AID": frozenset({"07"}),
    "CONCEDE": frozenset({"07", "08"}),
    "RETREAT": frozenset({"08"}),
    "REQUEST": frozenset({"02", "10"}),
    "ACCUSE": frozenset({"09", "11", "16"}),
    "REJECT": frozenset({"12"}),
    "THREATEN": frozenset({"13"}),
    "PROTEST": frozenset({"14"}),
    "SANCTION": frozenset({"16"}),
    "MOBILIZE": frozenset({"15"}),
    "COERCE": frozenset({"17", "19"}),  # the table codes blockades 191 and occupation 192
    "ASSAULT": frozenset({"17", "18", "19", "20"}),  # ... and destruction 1712, repression 175
}


@lru_cache(maxsize=2048)
def events(text: str, published: dt.date | None = None) -> Extraction:
    """The extraction of ``text`` (parsed once per text and publication date)."""
    return actorgraph.extract(text, published=published)


def coded_only(ex: Extraction) -> Extraction:
    """``ex`` with its coded events only: without the mentions kept for fusion with no actor
    of their own (``Event.reference``)."""
    return replace(ex, events=coded(ex.events))


def names(ex: Extraction, actor_ids: Iterable[str] | str | None) -> set[str]:
    """Lowercased names and aliases of the actors with these ids."""
    if actor_ids is None:
        return set()
    wanted = {actor_ids} if isinstance(actor_ids, str) else set(actor_ids)
    found: set[str] = set()
    for actor in ex.actors:
        if actor.id in wanted:
            found.add(actor.name.lower())
            found.update(alias.lower() for alias in actor.aliases)
    return found


def _options(value: OneOrMore) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def names_match(ex: Extraction, actor_ids: Iterable[str] | str | None,
                want: Names | None) -> bool:
    """Whether the actors ``actor_ids`` satisfy the name test ``want`` (None: anything does)."""
    if want is None:
        return True
    have = names(ex, actor_ids)
    items = want if isinstance(want, list) else [want]
    return all(any(alt.lower() in name for alt in _options(item) for name in have)
               for item in items)


def at(text: str, event: Event, trigger: str) -> bool:
    """Whether ``event``'s trigger span is ``trigger``, ends with it (a light verb's span runs
    from the verb to its noun: "launched air strikes" is at "air strikes") or begins with it
    (a verb's span runs over the noun of its act: "sent aid" is at "sent")."""
    span = text[event.start:event.end]
    return span == trigger or span.endswith(" " + trigger) or span.startswith(trigger + " ")


def events_over(text: str, word: str, published: dt.date | None = None) -> list[Event]:
    """The events of ``text`` whose trigger span covers the first ``word`` of it."""
    ex = events(text, published)
    start = text.index(word)
    return [e for e in ex.events if e.start <= start < e.end]


def event_on(ex: Extraction, words: str | tuple[str, int], type_: str | None = None) -> Event:
    """The first event (of ``type_``, if given) whose trigger overlaps the first occurrence of
    ``words`` in the text (``(words, n)``: its occurrence after the first n); fails the test,
    listing the text's triggers, when there is none."""
    words, n = (words, 0) if isinstance(words, str) else words
    text = ex.document.text
    at = -1
    for _ in range(n + 1):
        at = text.index(words, at + 1)
    found = [e for e in ex.events if (type_ is None or e.type == type_)
             and e.start < at + len(words) and at < e.end]
    assert found, f"no {type_ or 'event'} on {words!r}: " \
        f"{[(text[e.start:e.end], e.type) for e in ex.events]}"
    return found[0]


def record_of(ex: Extraction, e: Event, *, contents: bool = False) -> str:
    """The id of the act ``e`` is a mention of, following its retellings (``Event.retells``)
    and, with ``contents``, the speech acts it is the content of (``Event.content_of``): the
    act whose PLOVER record lists it."""
    by_id = {x.id: x for x in ex.events}
    seen = set()
    while (up := e.retells or (e.content_of if contents else None)) in by_id \
            and e.id not in seen:
        seen.add(e.id)
        e = by_id[up]
    return e.id


def assert_folded(ex: Extraction, act: str | tuple[str, int], again: str | tuple[str, int],
                  type_: str | None = None) -> None:
    """The event on ``again`` is another mention of the act on ``act``: two events, one
    record (``record_of``)."""
    first, second = event_on(ex, act, type_), event_on(ex, again, type_)
    assert first.id != second.id
    assert record_of(ex, second) == record_of(ex, first)


def expect_at(text: str, word: str, type_: OneOrMore, source: Names | None = None,
              target: Names | None = None, coded_events: bool = False) -> None:
    """Assert that ``text`` yields an event of ``type_`` (or one of them) at the trigger
    ``word`` (``at``) whose source and target pass the name tests (``coded_events``: a coded
    event, not a mention with no actor of its own)."""
    ex = coded_only(events(text)) if coded_events else events(text)
    types = _options(type_)
    found = [e for e in ex.events if at(text, e, word) and e.type in types
             and names_match(ex, e.source, source) and names_match(ex, e.target, target)]
    assert found, describe(ex)


def expect_none_with(text: str, word: str, type_: OneOrMore, source: Names | None = None,
                     target: Names | None = None) -> None:
    """Assert that ``text`` yields no event of ``type_`` at the trigger ``word`` whose source
    and target (where given) pass the name tests: the parties a row says it must not take."""
    ex = events(text)
    types = _options(type_)
    found = [e for e in ex.events if at(text, e, word) and e.type in types
             and (source is None or names_match(ex, e.source, source))
             and (target is None or names_match(ex, e.target, target))]
    assert not found, describe(ex)


def expect_not_done(text: str, word: str) -> None:
    """Assert that no event over ``word`` is told as done (asserted or reported): an aim,
    a topic, what a ban forbids."""
    assert not [e for e in events_over(text, word) if e.modality in ("asserted", "reported")], \
        describe(events(text))


def expect_done(text: str, word: str, type_: str) -> None:
    """Assert that an event of ``type_`` over ``word`` is asserted."""
    assert any(e.type == type_ and e.modality == "asserted" for e in events_over(text, word)), \
        describe(events(text))


def expect_dated(text: str, trigger: str, published: dt.date,
                 expected: tuple[dt.date | None, str | None, str | None],
                 last: bool = True) -> None:
    """Assert the (date, precision, basis) of the event at ``trigger`` (its last occurrence
    among the events there, or its first with ``last=False``)."""
    ex = events(text, published)
    found = [e for e in ex.events if at(text, e, trigger)]
    assert found, f"no event at {trigger!r}\n{describe(ex)}"
    event = found[-1] if last else found[0]
    assert (event.date, event.date_precision, event.date_basis) == expected, describe(ex)


def expect_none_at(text: str, word: str, type_: str) -> None:
    """Assert that ``text`` yields no event of ``type_`` at the trigger ``word``."""
    ex = events(text)
    assert not [e for e in ex.events if at(text, e, word) and e.type == type_], describe(ex)


def find(ex: Extraction, type_: OneOrMore) -> list[Event]:
    """The events of this type (or of any of these types)."""
    types = _options(type_)
    return [e for e in ex.events if e.type in types]


def matching(ex: Extraction, type_: OneOrMore, *, modality: OneOrMore | None = None,
             source: Names | None = None, target: Names | None = None,
             involving: Names | None = None,
             attributed_to: Names | None = None) -> list[Event]:
    """The events of ``type_`` that pass every given test.

    ``involving`` looks at source and target together (meetings, where who hosts is moot).
    """
    return [
        e for e in find(ex, type_)
        if (modality is None or e.modality in _options(modality))
        and names_match(ex, e.source, source)
        and names_match(ex, e.target, target)
        and names_match(ex, (*e.source, *e.target), involving)
        and (attributed_to is None or names_match(ex, e.attributed_to, attributed_to))
    ]


def has_event(ex: Extraction, type_: OneOrMore, *, modality: OneOrMore | None = None,
              source: Names | None = None, target: Names | None = None,
              involving: Names | None = None, attributed_to: Names | None = None) -> bool:
    return bool(matching(ex, type_, modality=modality, source=source, target=target,
                         involving=involving, attributed_to=attributed_to))


def _names_of(ex: Extraction, actor_ids: Iterable[str]) -> str:
    by_id = {a.id: a for a in ex.actors}
    shown = []
    for actor_id in actor_ids:
        actor = by_id.get(actor_id)
        shown.append(f"{actor.name}" if actor else f"?{actor_id}")
    return "[" + ", ".join(shown) + "]"


def describe(ex: Extraction) -> str:
    """Everything extracted, one line per actor and per event, for assertion messages."""
    text = ex.document.text
    lines = [f"text: {text!r}", f"actors ({len(ex.actors)}):"]
    for a in ex.actors:
        aliases = ", ".join(a.aliases)
        lines.append(f"  {a.id} {a.name!r} aliases=[{aliases}] {a.country or '-'} {a.kind}")
    lines.append(f"events ({len(ex.events)}):" if ex.events else "events: none")
    for e in ex.events:
        by = _names_of(ex, [e.attributed_to]) if e.attributed_to else "-"
        date = f"{e.date}/{e.date_precision}" if e.date else "-"
        lines.append(
            f"  {e.type} cameo={e.cameo} mode={e.mode or '-'} modality={e.modality} "
            f"trigger={text[e.start:e.end]!r}@{e.start}:{e.end} "
            f"source={_names_of(ex, e.source)} target={_names_of(ex, e.target)} "
            f"by={by} date={date}")
    return "\n".join(lines)


def _criteria(type_: OneOrMore | None, **tests: object) -> str:
    shown = [f"{k}={v!r}" for k, v in tests.items() if v is not None]
    return " ".join([str(type_ or "any event"), *shown])


def expect(text: str, type_: OneOrMore, *, published: dt.date | None = None,
           modality: OneOrMore | None = None, source: Names | None = None,
           target: Names | None = None, involving: Names | None = None,
           attributed_to: Names | None = None) -> Event:
    """Assert that ``text`` yields a matching event, and return the first one."""
    ex = events(text, published)
    found = matching(ex, type_, modality=modality, source=source, target=target,
                     involving=involving, attributed_to=attributed_to)
    wanted = _criteria(type_, modality=modality, source=source, target=target,
                       involving=involving, attributed_to=attributed_to)
    assert found, f"expected {wanted}\n{describe(ex)}"
    return found[0]


def expect_none(text: str, type_: OneOrMore | None = None, *,
                published: dt.date | None = None, modality: OneOrMore | None = None,
                source: Names | None = None, target: Names | None = None) -> None:
    """Assert that ``text`` yields no matching event (with no type: no event at all)."""
    ex = events(text, published)
    if type_ is None:
        assert not ex.events, f"expected no events at all\n{describe(ex)}"
        return
    found = matching(ex, type_, modality=modality, source=source, target=target)
    unwanted = _criteria(type_, modality=modality, source=source, target=target)
    assert not found, f"expected no {unwanted}\n{describe(ex)}"


def problems(ex: Extraction) -> list[str]:
    """What is malformed in the events of ``ex`` (empty when all is well)."""
    text = ex.document.text
    ids = {a.id for a in ex.actors}
    found = []
    for e in ex.events:
        where = f"{e.type} {text[e.start:e.end]!r}@{e.start}:{e.end}"
        if e.type not in PLOVER_TYPES:
            found.append(f"{where}: unknown type")
        elif e.cameo not in CAMEO_ROOTS[e.type]:
            found.append(f"{where}: CAMEO root {e.cameo!r} is not one of "
                         f"{sorted(CAMEO_ROOTS[e.type])}")
        if e.modality not in MODALITIES:
            found.append(f"{where}: unknown modality {e.modality!r}")
        if not (0 <= e.start < e.end <= len(text)) or not text[e.start:e.end].strip():
            found.append(f"{where}: empty or out-of-range trigger span")
        if not (e.sentence_start <= e.start and e.end <= e.sentence_end):
            found.append(f"{where}: trigger outside its sentence "
                         f"{e.sentence_start}:{e.sentence_end}")
        unknown = [i for i in (*e.source, *e.target) if i not in ids]
        if e.attributed_to is not None and e.attributed_to not in ids:
            unknown.append(e.attributed_to)
        if unknown:
            found.append(f"{where}: refers to unknown actors {unknown}")
    return found


def known(row, why: str):
    """``row`` (a ``pytest.param``) as a row that still fails for a stage its table's modules
    do not own: a strict xfail saying which, so that the day it passes the mark must go."""
    return pytest.param(*row.values, id=row.id, marks=pytest.mark.xfail(reason=why, strict=True))
