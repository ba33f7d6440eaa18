"""Places, and the country a place gives to the unnamed bodies acting in it.

In: the parse, the candidates ``mentions`` found, the dictionary. Out: candidates set or
updated in place.

* ``big_city``: a capital or a city of a million people the NER left untagged or called a time
  ("Russia pounded *Kharkiv* overnight") is a place whatever its label, so an act on it has a
  target.
* ``settle_shared``: a region two countries share ("Punjab": India's and Pakistan's) is in the
  one of them its sentence names a place of ("police in Punjab ... in Lahore"), else uncoded; a
  country's name that is also another country's region ("Georgia", a US state) is that region
  when its sentence names places of the region's country and none of its own ("Georgia's
  governor signed the bill in Atlanta").
* ``place_peoples``: a people is placed where the text puts it ("Albanians in southern
  Serbia"), an ethnic group by the place of the act or the one other country its sentence
  names.
* ``place_organs``: an unnamed organ of a state (police, the army, security forces, a court, a
  ministry) is the country of the place it acts in, named by "in/near X" on itself or on its
  verb ("Security forces raided homes in Srinagar", "beaten by riot police in Dhaka"). Other
  places do not place it ("flew soldiers to hospitals in Germany"); what is still unplaced then
  serves the country the report is about (``placing.place_officials``), but not one its own act
  names as another party's or as where it sends things (``generic.not_its_country``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from . import generic
from .candidates import Candidate
from .collectives import STATE_SECTORS
from .dictionary import Dictionary, is_state, norm, word_list

#: Sectors of the organs a place of their act places in any number ("security forces").
_ORGANS = word_list("sectors.yaml", "placed_organs")
#: Prepositions of the place a people's plural is of ("Ethiopians *in* Djibouti").
_OF_PLACE = word_list("grammar.yaml", "people_place_preps")
#: People in a city this big make it a place whatever the NER says of its name.
_BIG_CITY = 1_000_000


def big_city(span: Span, sent_of: list[int], d: Dictionary) -> Candidate | None:
    """A place candidate for a one-word capital or big city ``span`` the NER missed."""
    token = span[0]
    if token.pos_ != "PROPN" or not token.is_title:
        return None
    place = d.place(span.text, main_name=True)
    if place is None or not (place.capital or place.population >= _BIG_CITY):
        return None
    return Candidate(span.start_char, span.end_char, span.text, "GPE", token.i,
                     sent_of[token.i], key=f"L:{norm(place.name)}", kind="LOCATION",
                     country=place.country)


def settle_shared(entities: list[Candidate], d: Dictionary) -> None:
    """Place shared region names and country names that are regions too (module docstring)."""
    for c in entities:
        options = d.regions(c.text)
        if not options or (len(options) == 1 and options[0] == c.country):
            continue
        if c.kind not in ("COUNTRY", "LOCATION", None) and len(options) == 1:
            continue
        named = {x.country for x in entities if x.sent == c.sent and x is not c and x.country
                 and x.kind in ("COUNTRY", "LOCATION") and norm(x.text) != norm(c.text)}
        here = [iso3 for iso3 in options if iso3 in named]
        if len(here) == 1 and (c.kind != "COUNTRY" or c.country not in named):
            c.kind, c.country, c.key, c.plural = "LOCATION", here[0], None, False


def place_peoples(doc: Doc, cands: list[Candidate], d: Dictionary) -> None:
    """Place a people or an ethnic group by where the text puts it (module docstring)."""
    by_head = {c.head: c for c in cands}
    for c in cands:
        if c.label != "NORP" or (not c.plural and c.kind != "GROUP"):
            continue
        root = doc[c.head]
        placed = [by_head[p.i] for prep in root.rights if prep.lower_ in _OF_PLACE
                  for p in prep.children if p.i in by_head and by_head[p.i].country]
        ethnic = d.ethnic_group(c.text) or (root.i > 0 and doc[root.i - 1].lower_ == "ethnic")
        if placed:
            c.country, c.key = placed[0].country, None
        elif ethnic and (where := generic.ethnic_country(c, root, cands, d)):
            c.country, c.key = where, None  # the place of the act, else the one other country
        if c.key is None:
            c.kind = "GROUP"


def place_organs(doc: Doc, nominals: list[Candidate], entities: list[Candidate],
                 d: Dictionary) -> None:
    """Give an unplaced state organ the country of the place it acts in (module docstring)."""
    organs = [c for c in nominals if c.label == "NOUN" and c.kind == "GROUP" and c.country is None
              and c.sector in STATE_SECTORS and c.part_of is None
              and (c.sector in _ORGANS or not c.plural)]  # "officials" are no organ
    for c in organs:
        token = doc[c.head]
        holders = [token.head if token.dep_ == "compound" else token]  # "a police post in X"
        if token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent"):
            holders.append(token.head if token.dep_ == "nsubj" else token.head.head)
        by_head = {e.head: e for e in entities if e.sent == c.sent}
        for holder in holders:
            iso3 = generic.place_of_act(holder, by_head, d)
            if is_state(iso3):
                c.country, c.key = iso3, f"N:{iso3}:{c.sector}"
                break
