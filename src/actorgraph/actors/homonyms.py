"""Town names several countries give, and the neighbour a border phrase names.

In: the parse, the named candidates ``mentions`` found, the dictionary. Out: candidates
updated in place (``settle_towns``); a test on tokens (``neighbour``).

* ``neighbour``: a state named by "with" right after a border noun (``border_nouns``: "near
  the border with Somalia", "at the frontier with Venezuela"), or by a word before one ("near
  the Somali border"), is the state across it. The parser often hangs that "with" on the
  verb; the state is still neither where the act happened nor the country of its unnamed
  doers and victims.
* ``side_of``: a state named by a word before a noun of one side of a border (``side_nouns``:
  "the Namibian bank", "on Kenyan soil") is a place, not the country of an unnamed force.
* ``settle_towns``: a town whose name towns of several countries bear ("Tripoli": Libya's
  and Lebanon's; "Busia": Kenya's and Uganda's) is the one of the country its own words give
  it ("Busia, a Ugandan border town", "Tripoli, Lebanon", also a dateline's "TRIPOLI,
  Lebanon -", which would otherwise stand for Libya by its capital's name); else, when the
  report names the gazetteer's first choice nowhere else, the one of the report's country:
  its dateline's where its text names that country too ("BEIRUT - *Lebanese* troops ... in
  Tripoli"; a report filed from Cairo about strikes on Rafah names no Egypt), or the one
  country it names most, at least twice (a neighbour across a border not counted). A town
  the gazetteer knows only as another town's other name ("Pyla": Piła in Poland; "Serpa":
  Itacoatiara in Brazil), a small one (a great city keeps its old English name: "Rangoon"),
  in a report whose dateline, states and bodies name its country nowhere and one other
  country most, is that country's town of the name, else of no country: one ambiguous small
  town does not set the report's country.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from . import dictionary
from .candidates import Candidate
from .dictionary import Dictionary, is_state, norm, word_list

#: A town this populous is known abroad by its old English names too ("Rangoon", "Bombay").
_GREAT_CITY = 1_000_000


def neighbour(token: Token) -> bool:
    """Whether ``token`` names the state across a border: the object of a "with" that comes
    right after a border noun ("the border *with Somalia*"), or a nationality word before a
    border noun that is no modifier itself and has no "with" after it ("near the *Somali*
    border"; not "*Ugandan* border police", nor "the *Polish* border with Belarus")."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "with" and head.i > 0:
        return token.doc[head.i - 1].lemma_.lower() in word_list("places.yaml", "border_nouns")
    # "the *Polish* border with Belarus" is Poland's own border: the neighbour is after "with"
    after = head.i + 1 < len(token.doc) and token.doc[head.i + 1].lower_ == "with"
    return _on_noun(token, "border_nouns") and not after


def side_of(token: Token) -> bool:
    """Whether ``token`` is a nationality word before a noun of one side of a border
    (``side_nouns``: "the *Namibian* bank", "on *Kenyan* soil"), which names a place, not a
    party."""
    return _on_noun(token, "side_nouns")


def _on_noun(token: Token, nouns: str) -> bool:
    """Whether ``token`` is a nationality word (``Dictionary.demonym``: "the *Somali* border",
    "the *Ugandan* side") before a noun of the ``places.yaml`` list ``nouns`` that heads its
    own phrase; not a town's name ("the *Birgunj* border" is a crossing, no neighbour)."""
    head = token.head
    return token.dep_ in ("amod", "compound") and token.i < head.i \
        and head.lemma_.lower() in word_list("places.yaml", nouns) and head.dep_ != "compound" \
        and dictionary.get().demonym(token.text) is not None


def settle_towns(doc: Doc, entities: Sequence[Candidate], d: Dictionary) -> None:
    """Place towns of a name several countries give (module docstring)."""
    for c in entities:  # "TRIPOLI, Lebanon -": the dateline's town of the state after it
        own = _own_country(doc, c, entities) if c.filed and c.country else None
        if own and own != c.country and (place := d.place(c.text, country=own)) is not None \
                and place.country == own:
            c.kind, c.country, c.key = "LOCATION", own, f"L:{norm(place.name)}"
    states = [c for c in entities if is_state(c.country)
              and c.kind in ("COUNTRY", "LOCATION") and not neighbour(doc[c.head])]
    filed = next((c.country for c in entities if c.filed and c.country), None)
    for c in entities:
        if c.kind != "LOCATION" or not c.country or c.filed:
            continue
        own = _own_country(doc, c, entities)
        counts = Counter(x.country for x in states if not x.filed
                         and norm(x.text) != norm(c.text))
        wanted = own or (None if counts[c.country] else (
            filed if filed and counts[filed] else _most_named(counts)))
        if wanted is None or wanted == c.country:
            continue
        place = d.place(c.text, country=wanted)
        if place is not None and place.country == wanted:
            c.country, c.key = wanted, f"L:{norm(place.name)}"
    for c in entities:  # "Pyla" in a Cypriot report is no Piła, whose other name it is
        if c.kind == "LOCATION" and c.country and not c.filed and elsewhere_only(c.text, d):
            _settle_lonely(doc, c, entities, d)


def elsewhere_only(name: str, d: Dictionary) -> bool:
    """Whether the gazetteer knows ``name`` only as the other name of a town of fewer than
    ``_GREAT_CITY`` people (a great city keeps its old English name: "Rangoon"), and no
    country or region bears it ("Panama" is also Panama City's other name)."""
    if d.country_name(name) or norm(name) in d.region_countries:
        return False
    place = d.place(name)
    return place is not None and place.population < _GREAT_CITY and \
        d.place(name, main_name=True) is None


def _settle_lonely(doc: Doc, c: Candidate, entities: Sequence[Candidate],
                   d: Dictionary) -> None:
    """Give the town ``c``, known only by another town's other name, the country the report
    is about (its dateline, states and bodies: the one they name most) when they name the
    gazetteer's country nowhere: that country's town of the name, else no country."""
    counts = Counter(x.country for x in entities if x is not c and is_state(x.country)
                     and x.kind != "PERSON"
                     and norm(x.text) != norm(c.text) and not neighbour(doc[x.head]))
    ranked = counts.most_common(2)
    if counts[c.country] or not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return
    place = d.place(c.text, country=ranked[0][0])
    if place is not None and place.country == ranked[0][0]:
        c.country, c.key = place.country, f"L:{norm(place.name)}"
    else:
        c.country, c.key = None, None


def _own_country(doc: Doc, c: Candidate, entities: Sequence[Candidate]) -> str | None:
    """The country a town's own words give it: a state named in its apposition ("Busia, *a
    Ugandan* border town") or right after it and a comma ("Tripoli, *Lebanon*")."""
    root = doc[c.head]
    inside = {t.i for a in root.children if a.dep_ == "appos" for t in a.subtree}
    after = c.head + 2 if c.head + 1 < len(doc) and doc[c.head + 1].text == "," else None
    if after is not None and after < len(doc):  # the parser may hang the apposition on the
        noun = doc[after].head  # noun the town is in ("Police in Busia, a Ugandan ... town")
        if noun.dep_ == "appos" and noun.lemma_.lower() in word_list("names.yaml",
                                                                     "place_nouns"):
            inside |= {t.i for t in noun.subtree}
    for x in entities:
        if x is c or not is_state(x.country) or x.kind not in ("COUNTRY", None):
            continue
        if x.head in inside or (after is not None and doc[x.head].i == after
                                and x.kind == "COUNTRY"):
            return x.country
    return None


def _most_named(counts: Counter[str]) -> str | None:
    """The one country named most, at least twice and more than any other."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
