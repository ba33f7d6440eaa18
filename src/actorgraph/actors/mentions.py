"""Find the stretches of a parsed document that refer to actors.

In: a spaCy ``Doc`` (after the actor ruler and NER) and the dictionary. Out: ``Candidate``
mentions, one per stretch, with what the name itself tells (dictionary entry, kind, country,
sector). Three sources: named entities; nominal actors, a group noun made specific by a
country, people or organisation ("Israeli soldiers", "the Sudanese government", "Iraq's
interim government": ``nominals``); and references left for coreference (pronouns, "the
general").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from . import collectives, formats, homonyms, pronouns, regional, seats, vessels
from .candidates import Candidate, token_range
from .collectives import STATE_SECTORS
from .dictionary import Dictionary, Entry, Noun, is_state, norm, word_list
from .fullnames import country_inside, rejoin
from .nominals import ARMED as ARMED  # kept importable here: the sectors of armed groups
from .nominals import nominal_candidates

#: Nouns whose "of" phrase is a place: "the city of Kirkuk".
PLACE_NOUNS = word_list("names.yaml", "place_nouns")
#: Verbs whose direct object is a place ("visited Moscow").
_MOTION = word_list("names.yaml", "motion_verbs")
#: Head words of non-governmental bodies' names (``ngo_words`` in data/names.yaml).
_NGO_WORDS = word_list("names.yaml", "ngo_words")
#: Head words of governing bodies' names ("Sovereignty Council").
_STATE_BODY_WORDS = frozenset(["council"])
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "appos", "dobj", "iobj",
                         "dative", "attr", "ROOT"})


def _span(doc: Doc, start: int, end: int) -> Span:
    """Tokens ``start:end`` without a leading time stamp, bullet or dash (``formats``) or
    article, cut before a bracket, a line break or a new sentence: the NER's "Libyan
    National Army (LNA" is "Libyan National Army", "11:20 - Ana Pires" is "Ana Pires"."""
    start += formats.leading_stamp(doc[start:end])
    articles = word_list("grammar.yaml", "articles")
    while start < end - 1 and (doc[start].lower_ in articles or doc[start].is_space):
        start += 1
    for i in range(start + 1, end):
        if _wrapped(doc, i, end):
            continue  # "Minister Kofi<line break>Mensah": one name a hard wrap broke
        if doc[i].text in ("(", "[", ")", "]") or doc[i].is_space or doc[i].is_sent_start:
            end = i
            break
    while end - 1 > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1  # "North Korea's leader": the possessive is not part of the name
    return doc[start:end]


def _wrapped(doc: Doc, i: int, end: int) -> bool:
    """Whether token ``i`` of a person's name (ending at ``end``) is a single line break
    between two of its capitalised words, or the word after one: a line of hard-wrapped
    text, not a paragraph's end nor a list's next item."""
    if doc[i].text == "\n":
        return i > 0 and i + 1 < end and doc[i].ent_type_ == doc[i + 1].ent_type_ == "PERSON" \
            and doc[i - 1].is_title and doc[i + 1].is_title
    return doc[i - 1].text == "\n" and _wrapped(doc, i - 1, end)


def _is_place_use(token: Token) -> bool:
    """True when ``token`` (a city's head) stands in a place slot, not an agent slot."""
    while token.dep_ in ("conj", "compound", "appos") and token.head != token:
        token = token.head
    if token.dep_ == "pobj":
        prep = token.head
        return prep.lower_ in word_list("names.yaml", "place_preps") or (  # "the town of Samarra"
            prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS)
    if token.dep_ == "dobj":
        return token.head.lemma_ in _MOTION
    return token.dep_ not in _AGENT_DEPS


def _entities(doc: Doc, d: Dictionary) -> list[Span]:
    """Named entities, with a person's name split by the ruler and the NER rejoined
    ("Abdul-Fattah" + "Al-Sisi"); the dictionary's identity of either part is kept; a name
    cut on its "of" is joined to the name after it (``fullnames.rejoin``); a country's name
    cut at its hyphen ("[Timor]-Leste", "[Guinea]-Bissau") is the country's."""
    out: list[Span] = []
    for ent in doc.ents:
        if out and ent.start < out[-1].end:
            continue  # "Leste" of a country's name already joined
        end = ent.end
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper() \
                and d.country_name(doc[ent.start:end + 2].text):
            ent = Span(doc, ent.start, end + 2, label="GPE")
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and prev.end == ent.start \
                and doc[prev.end - 1].whitespace_ == " ":
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON",
                           span_id=ent.ent_id_ or prev.ent_id_)
        else:
            out.append(ent)
    return rejoin(doc, out)  # "[the Ministry of] [Latvia]": one name


def entity_candidates(doc: Doc, sent_of: list[int], d: Dictionary) -> list[Candidate]:
    out: list[Candidate] = []
    places = formats.dateline_places(doc, d)  # "PORT OF SPAIN": one town, not "SPAIN"
    for ent in sorted(places + [e for e in _entities(doc, d) if not any(
            e.start < p.end and p.start < e.end for p in places)], key=lambda e: e.start):
        if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"):
            continue
        span = _span(doc, ent.start, ent.end)
        if ent.label_ == "PERSON":  # "Queen Rania": the title is context, not name
            while len(span) > 1 and d.title(span[0].text):
                span = span[1:]
        ident = ent.id_
        if ent.label_ in ("PERSON", "ORG") and (start := formats.given_names_before(
                span, d)) < span.start:  # "Teodor [Vasilache]" after a live blog's stamp
            span, ident = doc[start:span.end], None
        elif ident and formats.other_given_name(span, d.entries.get(ident), d):
            ident = None  # "Joseph Ruto" is not William Ruto
        if len(span) > 1 and span[0].lower_ == "anti" and span[1].text == "-":
            span = span[2:]  # "an anti-Shabaab drive": a stance, the name is whom it opposes
        if not span.text.strip() or span[0].is_space or span[-1].is_space or _capitalised_adjective(
                span, ent.label_, d) or (formats.in_capitals_line(span) and d.lookup(span.text)
                                         is None and not d.demonym(span.text)):
            continue  # a headline's words ("MINERS BLOCK HIGHWAY"), not a name
        c = Candidate(span.start_char, span.end_char, " ".join(span.text.split()), ent.label_,
                      span.root.i, sent_of[span.root.i])  # a name a line break cut: one line
        c.filed = ent in places
        _classify(c, span, d.entries.get(ident) if ident else d.lookup(span.text), d)
        out.append(c)
    regional.place_peoples(doc, out, d)
    return out


def state_body_noun(span: Span, d: Dictionary) -> Noun | None:
    """The state body's group noun a name is in capitals, after no more than a country's
    name, adjective or possessive ("the Foreign Ministry", "Azerbaijan's Interior Ministry",
    "the Armenian Defence Ministry"): one country's body, as "the foreign ministry" is."""
    for i in range(len(span) - 1, -1, -1):
        noun = d.noun(span[i:].text)
        if noun is not None and noun.sector in STATE_SECTORS and not noun.plural \
                and " " in noun.noun:
            return noun if all(t.text in ("'s", "’s") or d.country(t.text)
                               for t in span[:i]) else None
    return None


def _capitalised_adjective(span: Span, label: str, d: Dictionary) -> bool:
    """Whether the tagger took a sentence's first word, an adjective on the noun after it, for
    a name ("*Fierce* fighting broke out"), or a noun of people for a place ("— *Gunmen*
    attacked" after a dateline): no name the dictionary knows."""
    t = span[0]
    return len(span) == 1 and t.is_sent_start and d.lookup(span.text) is None and (
        (label in ("ORG", "PERSON") and t.tag_ == "JJ" and t.dep_ == "amod") or (
            d.noun(span.text) is not None and label in ("GPE", "LOC"))) \
        and not d.demonym(span.text)


def _classify(c: Candidate, span: Span, entry: Entry | None, d: Dictionary) -> None:
    """Set what the name itself (and the words glued to it) say: identity, kind, country (a
    dateline's town is a place wherever it stands)."""
    label = c.label
    if label == "PERSON" and entry is None and ((len(span) == 1 and (
            d.demonym(span.text) or d.ethnic_group(span.text))) or norm(span.text) in d.demonyms):
        label = c.label = "NORP"  # "Ugandan", "Hutu", "Sri Lankan" mistaken for a name
    if label in ("NORP", "ORG") and entry is None and not d.demonym(span.text) and \
            not d.ethnic_group(span.text) and _is_place_use(span.root) and d.place(span.text):
        label = c.label = "GPE"  # "the town of Samarra" tagged NORP
    if label == "NORP" and entry is None:
        iso3 = d.demonym(span.text)
        if iso3:
            entry = d.entries.get(f"C:{iso3}")
            c.plural = span.text.endswith("s")
    if entry is not None and entry.kind in ("ORG", "GROUP") and is_state(entry.country):
        other = country_inside(span, d, places=False)
        if other and other != entry.country:
            entry = None  # "the US House of Representatives" is not Libya's
    if label == "PERSON" and len(span) == 1 and entry is None and not d.gender(span.text) \
            and not formats.titled(span, d) and formats.place_word(span.root):
        label = c.label = "GPE"  # "gathered at Ruvelo", "the Ruvelo crossing"
    if label in ("PERSON", "ORG") and entry is None and formats.place_name(span, d):
        label = c.label = "GPE"  # "an army detachment in Datu Odin"
    if label == "ORG" and entry is None and formats.person_name(span, d):
        label = c.label = "PERSON"  # "Ana Pires", a given name and a family name
    if label == "PERSON" and len(span) == 1 and entry is None and not d.gender(span.text) \
            and not d.surname_country(span.text):  # "Bush" is a president before a town
        place = d.place(span.text, main_name=True)
        if place is not None:  # "Adré" is a town, not a person
            label = c.label = "GPE"
    if entry is None and label in ("ORG", "LOC") and len(span) <= 3 \
            and not any(d.noun(t.text) for t in span):
        iso3 = d.country_name(span.text) or (d.country(span.text) if label == "ORG" else None)
        entry = d.entries.get(f"C:{iso3}") if iso3 else None  # "UAE" tagged ORG
    if entry is None and label in ("ORG", "LOC") and collectives.is_site(span):
        label = c.label = "FAC"  # "Place de la Nation" tagged ORG
    if label in ("GPE", "FAC") and (entry is None or entry.kind == "COUNTRY"):
        place = d.place(span.text)
        is_capital_name = entry is not None and place is not None and place.capital
        if place and (entry is None or is_capital_name) and (
                (c.filed and entry is None) or _is_place_use(span.root)):
            c.kind, c.country, c.key = "LOCATION", place.country, f"L:{norm(place.name)}"
            return
    if entry is not None and entry.key in d.institutions and span.text.islower() \
            and _country_before(span, d) is None:
        entry = None  # "its congress": a generic body's name in lower case is a common noun
    if entry is not None:
        c.key, c.kind, c.country, c.sector = entry.key, entry.kind, entry.country, entry.sector
        return
    if label == "ORG" and (noun := state_body_noun(span, d)) is not None:
        # the group noun in capitals: a body of the country its words name, else placed
        # like "the foreign ministry" (``placing``), never one with another's by its name
        c.label, c.kind, c.sector = "NOUN", "GROUP", noun.sector
        c.country = next((d.country(t.text) for t in (*span.root.lefts, *span)
                          if (t.i >= span.start or t.dep_ in ("poss", "amod", "compound"))
                          and t.is_title and d.country(t.text)), None)
        c.key = f"N:{c.country}:{noun.sector}" if c.country else None
        return
    if label == "PERSON":
        c.kind = "PERSON"
        c.fallback_country = d.surname_country(span[-1].text)
        c.gender = d.gender(span[0].text) if len(span) > 1 else None
    elif label in ("GPE", "LOC", "FAC"):
        region = d.region(span.text)
        c.kind, c.country = "LOCATION", region or d.country(span.text)
        if label == "GPE" and not region and c.country:
            c.kind, c.key = "COUNTRY", f"C:{c.country}"
    elif label == "NORP" and d.ethnic_group(span.text):
        c.kind, c.country, c.plural = "GROUP", d.ethnic_group(span.text), True
    else:
        c.kind = "ORG" if label == "ORG" else "GROUP"
        c.country = country_inside(span, d) or _country_before(span, d)
        head_word = span[-1].lemma_.lower() in _NGO_WORDS | {"committee"}
        of_phrase = len(span) > 2 and span[0].lemma_.lower() in _NGO_WORDS and \
            span[1].lower_ == "of"
        if c.country is None and label == "ORG" and len(span) > 1 \
                and span[-1].lemma_.lower() in _STATE_BODY_WORDS:
            # "Sovereignty Council": a governing body of a state the context names
            # (``placing.place_officials``), not an NGO by default
            c.sector = "GOV"
        elif c.country is None and label == "ORG" and len(span) > 1 and (head_word or of_phrase):
            # "Association of African Jurists", "Ceasefire Violations Committee": a body of
            # no one country is non-governmental, as CAMEO codes it
            c.country, c.sector = "NGO", "NGO"
        noun = d.noun(span[-2:].text) or d.noun(span[-1].text)
        first = d.noun(span[0].text) if len(span) > 2 and span[1].lower_ == "of" else None
        if noun is not None and noun.sector and c.country and d.demonym(span[0].text):
            # "Sudanese Armed Forces" is the group noun phrase "Sudanese army" in capitals
            c.kind, c.sector, c.key = "GROUP", noun.sector, f"N:{c.country}:{noun.sector}"
        elif first is not None and first.sector and not first.plural and c.sector is None:
            # "Government of Samoa", "Ministry of Fisheries": the head noun comes first
            c.sector = first.sector
            if is_state(c.country):
                c.key = f"N:{c.country}:{first.sector}"


def name_state_forces(doc: Doc, d: Dictionary, candidates: list[Candidate]) -> None:
    """Give each name of a body with no country or sector yet that names a state's force noun
    (``_state_force_after``) that state and the noun's sector, in place; the nominal of that
    noun around the name is the named force told with its noun (``part_of`` the name)."""
    for c in candidates:
        if c.is_name and c.kind in ("ORG", "GROUP") and c.key is None and c.country is None \
                and c.sector is None:
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is not None and (force := _state_force_after(span, d)):
                c.country, c.sector = force
                for n in candidates:
                    if n.label == "NOUN" and n.part_of is None and n.head == span.root.head.i:
                        n.part_of, n.country, n.sector = c, *force  # its noun's sector
                        n.key = f"N:{n.country}:{n.sector}"


def _state_force_after(span: Span, d: Dictionary) -> tuple[str, str] | None:
    """The country and sector of the state force noun a name names, where the name stands
    before that noun with nothing between but its acronym in brackets or a state body's noun
    on it, and the noun bears a country's possessive or adjective ("*India's* Sashastra Seema
    Bal (SSB) *border force*", "*Peru's* Dirandro *police* unit"); None for another noun ("the
    Arakan Army's *border unit*" is owned, not named: the name is no modifier of it;
    "Safaricom *sales* team") or no country on it."""
    head = span.root.head
    if span.root.dep_ not in ("compound", "nmod") or head.i < span.end:
        return None
    doc, noun = span.doc, None
    for k in range(span.end, head.i + 1):
        noun = d.noun(doc[k:head.i + 1].text)
        if noun is None and not (doc[k].is_punct or doc[k].text.isupper()):
            noun = d.noun(doc[k].text)  # "police unit": the state's word is the first
            if noun is None:
                return None  # "the Arakan Army *rebel* unit": a word of its own between
        if noun is not None:
            break
    if noun is None or noun.sector not in STATE_SECTORS:
        return None
    country = next((iso3 for t in head.lefts if t.i < span.start and t.dep_ in ("poss", "amod")
                    and (iso3 := d.demonym(t.text) or d.country_name(t.text))), None)
    return (country, noun.sector) if country else None


def _country_before(span: Span, d: Dictionary) -> str | None:
    """A country named by a possessive or adjective on a name: "Israel's Cabinet"."""
    for t in span.root.lefts:
        if t.i < span.start and t.dep_ in ("poss", "amod", "compound"):
            iso3 = d.demonym(t.text) or d.country_name(t.text)
            if iso3:
                return iso3
    return None


def missed_countries(doc: Doc, sent_of: list[int], d: Dictionary,
                     entities: list[Candidate]) -> list[Candidate]:
    """Country names and demonyms the NER left untagged ("Senegal signed the accord.",
    "Ghanians")."""
    covered = {i for c in entities for i in range(*token_range(doc, c))}
    out = []
    i = 0
    while i < len(doc):
        if i in covered or not doc[i].is_title:
            i += 1
            continue
        for n in (3, 2, 1):
            if i + n > len(doc) or any(j in covered or doc[j].is_space
                                       for j in range(i, i + n)):
                continue
            span = doc[i:i + n]
            iso3 = d.country_name(span.text) if span[-1].pos_ == "PROPN" else None
            if not iso3 and n == 1 and span[0].pos_ == "PROPN" and not _is_place_use(span[0]):
                place = d.place(span.text, main_name=True)  # "Kyiv did not comment."
                iso3 = place.country if place is not None and place.capital else None
            if not iso3 and n == 1 and (city := regional.big_city(span, sent_of, d)):
                out.append(city)  # "Russia pounded Kharkiv", "Kyiv" tagged TIME
                break
            # "West German" is a people; "Somali militias" is a group of one (nominal)
            people = d.demonym(span.text) if not iso3 and span[-1].pos_ in (
                "PROPN", "NOUN", "ADJ") and all(t.is_title for t in span) else None
            if iso3 or people:
                out.append(Candidate(span.start_char, span.end_char, span.text,
                                     "GPE" if iso3 else "NORP", span.root.i,
                                     sent_of[span.root.i], key=f"C:{iso3 or people}",
                                     kind="COUNTRY", country=iso3 or people,
                                     plural=bool(people) and span.text.endswith("s")))
                i += n - 1
                break
        i += 1
    return out


def sentence_index(doc: Doc) -> list[int]:
    """The sentence number of every token of ``doc``."""
    sent_of = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sent_of[i] = n
    return sent_of


def find(doc: Doc, d: Dictionary, sent_of: list[int]) -> list[Candidate]:
    """Every actor mention candidate of ``doc``, in text order; ``sent_of`` is
    ``sentence_index(doc)``."""
    entities = entity_candidates(doc, sent_of, d)
    entities += missed_countries(doc, sent_of, d, entities)
    # a ship named after its noun or prefix is a vessel, whatever the tagger read its name
    # as, and the flag or owner its noun's phrase names is the ship's ("the *Liberian*-
    # flagged tanker Sea Falcon")
    ships = vessels.ships(doc, sent_of, d)
    entities = [e for e in entities if not any(
        (e.start < s.candidate.end and s.candidate.start < e.end)
        or (s.described[0] <= e.start < s.described[1] and e.kind == "COUNTRY") for s in ships)]
    entities = sorted(entities + [s.candidate for s in ships], key=lambda c: c.start)
    regional.settle_shared(entities, d)
    homonyms.settle_towns(doc, entities, d)  # "Tripoli" in a report from Beirut: Lebanon's
    nominals = nominal_candidates(doc, sent_of, d, entities)
    regional.place_organs(doc, nominals, entities, d)
    covered = [(n.start, n.end) for n in nominals if n.label == "NOUN" or (
        n.label == "DESC" and n.kind == "GROUP" and n.country)]  # "the Yemeni rebel group"
    # A demonym inside a nominal actor ("Israeli" in "Israeli soldiers") is part of it, and
    # so is a word of a listed group noun the tagger took for a name ("*Riot* police").
    listed = [(n.start, n.end) for n in nominals if n.label == "NOUN" and d.noun(n.text)]
    entities = [e for e in entities
                if not any(s <= e.start and e.end <= t and e.label == "NORP"
                           for s, t in covered)
                and not (e.key is None and any(s <= e.start and e.end <= t for s, t in listed))]
    found = entities + nominals + pronouns.candidates(doc, sent_of, d)
    seats.speak_for_bodies(found, d)  # "pressed *Brussels* over EU funds": the EU
    return sorted(found, key=lambda c: (c.start, -c.end))
