"""Find the stretches of a parsed document that refer to actors.

In: a spaCy ``Doc`` (after the actor ruler and NER) and the dictionary. Out: ``Candidate``
mentions, one per stretch, with what the name itself tells (dictionary entry, kind, country,
sector). Three sources: named entities; nominal actors, a group noun made specific by a
country, people or organisation ("Israeli soldiers", "the Sudanese government", "Iraq's
interim government"); and references left for coreference (pronouns, "the general").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from . import collectives, formats, generic, homonyms, pronouns, regional, seats
from .candidates import Candidate
from .collectives import STATE_SECTORS
from .dictionary import NON_STATE, Dictionary, Entry, Noun, norm, word_list
from .fullnames import country_inside, rejoin

#: Nouns whose "of" phrase is a place: "the city of Kirkuk".
PLACE_NOUNS = word_list("names.yaml", "place_nouns")
#: Verbs whose direct object is a place ("visited Moscow").
_MOTION = word_list("names.yaml", "motion_verbs")
#: Head words of non-governmental bodies' names.
_NGO_WORDS = frozenset(["association", "federation", "society", "foundation", "institute",
                        "network", "coalition", "alliance", "league", "union", "movement",
                        "fund", "trust", "initiative", "observatory", "watch", "centre",
                        "center"])
#: Head words of governing bodies' names ("Sovereignty Council").
_STATE_BODY_WORDS = frozenset(["council"])
#: Participles and adjectives tying a group to who it belongs to ("affiliated with").
_TIES = frozenset(["affiliate", "affiliated", "link", "linked", "loyal", "ally", "allied",
                   "base", "based", "belong", "attach", "attached", "tie", "tied", "connect",
                   "connected", "close"])
#: Sectors of group nouns that, said of an organisation, are the organisation in arms.
ARMED = frozenset({"MIL", "REB", "INS", "UAF", "COP"})
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "appos", "dobj", "iobj",
                         "dative", "attr", "ROOT"})


def _span(doc: Doc, start: int, end: int) -> Span:
    """Tokens ``start:end`` without a leading time stamp, bullet or dash (``formats``) or
    article, cut before a bracket, a line break or a new sentence: the NER's "Libyan
    National Army (LNA" is "Libyan National Army", "11:20 - Ana Pires" is "Ana Pires"."""
    start += formats.leading_stamp(doc[start:end])
    while start < end - 1 and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_space):
        start += 1
    for i in range(start + 1, end):
        if doc[i].text in ("(", "[", ")", "]") or doc[i].is_space or doc[i].is_sent_start:
            end = i
            break
    while end - 1 > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1  # "North Korea's leader": the possessive is not part of the name
    return doc[start:end]


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


def _entities(doc: Doc) -> list[Span]:
    """Named entities, with a person's name split by the ruler and the NER rejoined
    ("Abdul-Fattah" + "Al-Sisi"); the dictionary's identity of either part is kept; a name
    cut on its "of" is joined to the name after it (``fullnames.rejoin``)."""
    out: list[Span] = []
    for ent in doc.ents:
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
    for ent in sorted(places + [e for e in _entities(doc) if not any(
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
        c = Candidate(span.start_char, span.end_char, span.text, ent.label_, span.root.i,
                      sent_of[span.root.i])
        c.filed = ent in places
        _classify(c, span, d.entries.get(ident) if ident else d.lookup(span.text), d)
        out.append(c)
    regional.place_peoples(doc, out, d)
    return out


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
    if entry is not None and entry.kind in ("ORG", "GROUP") and entry.country \
            and entry.country not in NON_STATE:
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
            # (``local._place_officials``), not an NGO by default
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
            if c.country and c.country not in NON_STATE:
                c.key = f"N:{c.country}:{first.sector}"


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
    covered = {i for c in entities for i in range(*_token_range(doc, c))}
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


def nominal_candidates(doc: Doc, sent_of: list[int], d: Dictionary,
                       entities: list[Candidate]) -> list[Candidate]:
    """Group nouns with an identifying modifier, and person descriptions like "the general"."""
    in_entity = {i for c in entities for i in range(*_token_range(doc, c))}
    by_head = {c.head: c for c in entities}
    out = []
    for token in doc:
        if token.i in in_entity or token.pos_ not in ("NOUN", "PROPN"):
            continue
        compound_head = token.dep_ == "compound" and token.head.i == token.i + 1
        owner = compound_head and token.head.lemma_.lower() in d.force_sites
        if compound_head and not owner:  # "a police checkpoint": the police are its owner
            continue  # "security forces": the head word carries the phrase
        phrase = doc[token.i - 1:token.i + 1].text if token.i else token.text
        # a listed phrase of a noun and its compound or adjective: "security forces", "armed
        # men", "masked men", "religious leaders"
        noun = d.noun(phrase) if token.i and doc[token.i - 1].dep_ in ("compound", "amod") \
            else None
        if noun is None and token.i > 1 and doc[token.i - 1].dep_ == "compound":
            noun = d.noun(doc[token.i - 2:token.i + 1].text)  # "civil society groups"
        noun = noun or d.noun(token.text) or d.noun(token.lemma_)
        hyphenated = token.i >= 2 and doc[token.i - 1].text == "-"  # "director-general"
        title = (hyphenated and d.title(doc[token.i - 2:token.i + 1].text)) or d.title(
            token.text) or d.title(token.lemma_)
        if (noun is None and title is None) or collectives.of_members(token, noun):
            continue  # "a group of soldiers": the soldiers are the actor
        if token.dep_ == "compound" and token.head.ent_type_ == "PERSON":
            continue  # "Ukrainian diplomat Dmytro Kovalenko": a title, read by context
        held = collectives.paired_offices(  # "Greek and Turkish foreign ministers"
            token, d, lambda t: _modifier_country(t, d, by_head), entities, sent_of)
        if held is not None:
            out += held
            continue
        mods = [t for t in (*token.lefts, *(generic.site_modifiers(token) if owner else ()))
                if t.dep_ in _MODS and not generic.resultative(t)]  # "shot *dead* two ..."
        start = formats.same_line(doc, min((t.left_edge.i for t in mods if t.dep_ != "det"),
                                           default=token.i), token.i)
        if any(_verb_after_name(doc[i], in_entity) for i in range(start + 1, token.i)):
            continue  # "the RSF deployed troops": the name and its verb, not one name
        country, of = _identity(token, mods, d, by_head)
        det = next((t for t in mods if t.dep_ == "det"), None)
        if title is not None and noun is not None and not noun.plural \
                and not generic.unnamed_people(token, noun):  # "a journalist" is counted
            noun = None  # "the Libyan leader" is one person, not a group
        if noun is not None and (country or of):
            # "U.S. and Russian negotiators", "Ethiopian, Kenyan and Somali officials": the
            # last nationality goes with the noun, each earlier one is a group of its own
            # named with the noun ("Indian [troops]")
            chain = _nationalities(mods, d, by_head, entities)
            for m in chain[:-1]:
                first = _group(doc[m.left_edge.i:m.i + 1], token, sent_of,
                               _modifier_country(m, d, by_head), noun, of)
                first.text += " " + doc[chain[-1].i + 1:token.i + 1].text
                out.append(first)
            if len(chain) > 1:
                start, country = chain[-1].i, _modifier_country(chain[-1], d, by_head)
            out.append(_group(doc[start:token.i + 1], token, sent_of, country, noun, of))
        elif noun is not None and not noun.plural and noun.sector in STATE_SECTORS and (
                (det is not None and det.lower_ == "the" and (token.tag_ in ("NN", "NNP")
                                                              or token.lower_ == noun.noun))
                or generic.counted_court(token, noun)
                or (" ".join(t.lower_ for t in (*mods, token)) == noun.noun
                    and (token.dep_ in _BARE_ROLES or owner))):  # "by riot police"
            # "the army", "the police" (tagged plural), a bare "Police said ...", "a court": a
            # state body no country is named for yet, placed later in the report's country
            out.append(_group(doc[start:token.i + 1], token, sent_of, None, noun, None))
        elif noun is not None and generic.unnamed_people(token, noun):
            # "protesters", "humanitarian groups", "a journalist", "the opposition": actors
            # too, of the place of the act or the one country their sentence names, unless
            # another party's or a venue (``generic``, ``descriptions``); each its own actor
            c = _group(doc[start:token.i + 1], token, sent_of, None, noun, None)
            c.country = generic.population_country(token, noun.sector, entities, sent_of, d)
            out.append(c)
        elif noun is not None and collectives.is_body_description(token, noun):
            # "the rebel group": the body last named (coref), else an unnamed one
            span = doc[det.i:token.i + 1]  # type: ignore[union-attr]
            out.append(collectives.body_description(span, token, sent_of, noun))
        elif det is not None and det.lower_ in ("a", "an") and token.tag_ == "NN" and (
                (title or noun) is not None and (title or noun).sector in _UNNAMED_ATTACKERS):
            # "a gunman", "a suicide bomber": one attacker the text does not name, an actor
            # of their own
            if title is None:
                out.append(_group(doc[start:token.i + 1], token, sent_of, None, noun, None))
            else:
                span = doc[start:token.i + 1]
                out.append(Candidate(span.start_char, span.end_char, span.text, "NOUN",
                                     token.i, sent_of[token.i], kind="PERSON", country=None,
                                     sector=title.sector, title=title.title.lower(),
                                     gender=title.gender))
        elif title is not None and not _has_name(token) and token.tag_ not in ("NNS", "NNPS") \
                and (country or (det is not None and det.lower_ == "the")
                     or generic.counted_one_acted_on(token)):  # "kidnapped a councillor"
            definite = det is not None and det.lower_ == "the"
            span = doc[det.i if definite else start:token.i + 1]  # type: ignore[union-attr]
            # "the general", "the Russian columnist": someone the text named before (coref
            # resolves it; with a country and no antecedent it stands for itself, like
            # "Egypt's president" always does).
            out.append(Candidate(span.start_char, span.end_char, span.text,
                                 "DESC" if definite else "NOUN", token.i, sent_of[token.i],
                                 kind="PERSON", country=country, sector=title.sector,
                                 title=title.title.lower(), gender=title.gender))
    return out


#: Sectors whose single unnamed member acts on its own: "*a gunman* opened fire".
_UNNAMED_ATTACKERS = frozenset({"INS"})
#: Where a state body's noun stands bare, with no article, as an actor ("*Police* said",
#: "clashed with *police*"), not as a modifier or a predicate.
_BARE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})


def _group(span: Span, noun_token: Token, sent_of: list[int], country: str | None,
           noun: Noun, of: Candidate | None) -> Candidate:
    c = Candidate(span.start_char, span.end_char, span.text, "NOUN", noun_token.i,
                  sent_of[noun_token.i], kind="GROUP", country=country, sector=noun.sector,
                  plural=noun.plural)
    # "Israeli troops" in two reports are one actor; "the Al-Thinni government" is its
    # leader's, not the country's.
    c.key = f"N:{country}:{noun.sector}" if country and noun.sector and of is None else None
    if of is not None and of.kind in ("ORG", "GROUP") and noun.sector in ARMED:
        c.part_of = of  # "Hezbollah fighters", "RSF troops" are the organisation acting
    return c


def _modifier_country(t: Token, d: Dictionary, by_head: dict[int, Candidate]) -> str | None:
    c = by_head.get(t.i)
    return c.country if c is not None and c.country else d.demonym(t.text)


def _nationalities(mods: list[Token], d: Dictionary, by_head: dict[int, Candidate],
                   entities: list[Candidate]) -> list[Token]:
    """The modifiers (and their conjuncts) that name a country, in text order, one word per
    name (the last: "Guinean" for "Papua New Guinean")."""
    words = sorted({t for m in mods if m.dep_ != "det" for t in (m, *m.conjuncts)
                    if _modifier_country(t, d, by_head)}, key=lambda t: t.i)
    one = {next((id(e) for e in entities if e.start <= t.idx < e.end), t.i): t for t in words}
    return list(one.values())


def _identity(token: Token, mods: list[Token], d: Dictionary,
              by_head: dict[int, Candidate]) -> tuple[str | None, Candidate | None]:
    """The country and the organisation a group noun's modifiers or "of/in X" name: a
    nationality or named modifier first, then a place it is "of/in/from", then an ethnic
    modifier ("Druze inhabitants of the Syrian Golan Heights" are Syria's)."""
    # "workers *affiliated with* the Serbian Workers' Union", "militants *loyal to* ..."
    preps = [*token.rights, *(p for t in token.rights if t.dep_ in ("acl", "amod")
                              and t.lemma_.lower() in _TIES for p in t.children)]
    places = [t for prep in preps if prep.lower_ in ("of", "in", "from", "with", "to")
              and (prep.head != token or prep.lower_ in ("of", "in", "from"))
              for p in prep.children if p.dep_ == "pobj"
              for t in (p, *(m for m in p.lefts if m.dep_ in ("amod", "compound", "poss")))]
    # "Vietnamese-led forces", "the Saudi-led coalition"
    mods = [*mods, *(n for t in mods if t.lemma_.lower() == "lead" for n in t.children
                     if n.dep_ in ("npadvmod", "compound", "amod"))]
    # "Kyrgyz border guards": the nationality on the first word of a two-word noun
    mods += [n for t in mods if t.dep_ == "compound" for n in t.lefts if n.dep_ in _QUALIFY]
    ethnic = None
    for t in [*mods, *places]:
        if t.dep_ == "det":
            continue
        c = by_head.get(t.i)
        country = c and (c.country or c.fallback_country)  # "the Bush administration"
        if c is not None and country and not (c.label == "NORP" and d.ethnic_group(c.text)):
            return country, c if c.kind in ("ORG", "GROUP", "PERSON") else None
        iso3 = d.demonym(t.text)
        if iso3:
            return iso3, None
        ethnic = ethnic or (c.country if c is not None and c.country else None) \
            or d.ethnic_group(t.text)
    return ethnic, None


_QUALIFY = frozenset({"amod", "compound", "nmod", "poss"})
_MODS = _QUALIFY | {"det"}
#: Tags of a verb's finite or past forms ("deployed", "moves"), not of a base form.
_FINITE_OR_PAST = frozenset({"VBD", "VBZ", "VBP", "VBN"})


def _verb_after_name(t: Token, in_entity: set[int]) -> bool:
    """True when ``t`` is a finite or past-tense verb written right after a name, with a
    space and no hyphen ("RSF deployed", not "RSF-led"): the parser's noun phrase "the RSF
    deployed troops" is the name as subject of that verb."""
    prev = t.doc[t.i - 1]
    return t.tag_ in _FINITE_OR_PAST and prev.i in in_entity and bool(prev.whitespace_)


def _has_name(token: Token) -> bool:
    return any(t.ent_type_ == "PERSON" for t in token.subtree if t.i != token.i)


def _token_range(doc: Doc, c: Candidate) -> tuple[int, int]:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


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
    regional.settle_shared(entities, d)
    homonyms.settle_towns(doc, entities, d)  # "Tripoli" in a report from Beirut: Lebanon's
    nominals = nominal_candidates(doc, sent_of, d, entities)
    regional.place_organs(doc, nominals, entities, d)
    covered = [(n.start, n.end) for n in nominals if n.label == "NOUN"]
    # A demonym inside a nominal actor ("Israeli" in "Israeli soldiers") is part of it.
    entities = [e for e in entities
                if not any(s <= e.start and e.end <= t and e.label == "NORP"
                           for s, t in covered)]
    found = entities + nominals + pronouns.candidates(doc, sent_of, d)
    seats.speak_for_bodies(found, d)  # "pressed *Brussels* over EU funds": the EU
    return sorted(found, key=lambda c: (c.start, -c.end))
