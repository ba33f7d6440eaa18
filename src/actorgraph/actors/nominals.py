"""Nominal actors: the group nouns and titles of a parsed document that stand for an actor.

``nominal_candidates(doc, sent_of, d, entities)`` reads every noun outside the named
``entities`` that the dictionary lists as a group noun (``Dictionary.noun``: "soldiers",
also with its modifier, "security forces", "civil society groups") or a title
(``Dictionary.title``: "general", "director-general"). None is made for a noun that only
modifies the next one ("security" in "security forces"; but "police" in "a police
*checkpoint*" owns the site and is one), a group of members ("a group of soldiers": the
soldiers are the actor), a title before a person's name ("Ukrainian diplomat Dmytro
Kovalenko": context reads it), or a phrase whose modifiers hold a name and its verb ("the
RSF deployed troops"). Otherwise, in this order:

* offices two countries hold ("Greek and Turkish foreign ministers"): one each
  (``collectives.paired_offices``);
* a group noun whose modifiers or "of/in/from" phrase name a country or an organisation
  (``_identity``: "Israeli soldiers", "workers affiliated with the union", "Druze
  inhabitants of the Golan"): a ``NOUN`` group of that country, keyed ``N:<ISO3>:<sector>``
  when no organisation owns it; an organisation's armed men (sector in ``ARMED``:
  "Hezbollah fighters") are that organisation (``part_of``); with several nationalities
  ("U.S. and Russian negotiators") each earlier one is a group of its own;
* a singular state body, "the army", a bare "Police said", "a court": a group of no country
  yet (placed later: ``placing``);
* unnamed people ("protesters", "a journalist", "the opposition",
  ``generic.unnamed_people``): each its own actor, of the country
  ``generic.population_country`` gives;
* an armed group's noun before a site it holds ("a *rebel* camp", "*jihadist* positions",
  ``force_sites.csv``): an unnamed armed group of its own, placed like unnamed people;
* a body's description ("the rebel group": ``collectives.body_description``);
* one unnamed attacker ("a gunman", "a suicide bomber"): an actor of its own;
* a title with no name under it, singular, with a country, "the", or acted on ("kidnapped
  a councillor"): a person, ``DESC`` when definite ("the general", left to coreference),
  else ``NOUN``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from . import collectives, formats, generic
from .candidates import Candidate, token_range
from .collectives import FORCE_SECTORS, STATE_SECTORS
from .dictionary import Dictionary, Noun, word_list

#: Participles and adjectives tying a group to who it belongs to ("affiliated with").
_TIES = word_list("names.yaml", "tie_words")
#: Sectors of group nouns that, said of an organisation, are the organisation in arms.
ARMED = word_list("sectors.yaml", "armed")


def nominal_candidates(doc: Doc, sent_of: list[int], d: Dictionary,
                       entities: list[Candidate]) -> list[Candidate]:
    """Group nouns with an identifying modifier, and person descriptions like "the general"."""
    in_entity = {i for c in entities for i in range(*token_range(doc, c))}
    by_head = {c.head: c for c in entities}
    # every word of a name, to its name: the parser may hang "of X" on any word of X ("fighters
    # of the *Union* of Forces for Change", whose head it makes "Change")
    in_name = {i: c for c in entities for i in range(*token_range(doc, c))}
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
        noun = _force_named_before(token, noun or d.noun(token.text) or d.noun(token.lemma_), d)
        noun = _force_of_story(token, noun, d, sent_of)
        hyphenated = token.i >= 2 and doc[token.i - 1].text == "-"  # "director-general"
        title = (hyphenated and d.title(doc[token.i - 2:token.i + 1].text)) or d.title(
            token.text) or d.title(token.lemma_)
        if (noun is None and title is None) or collectives.of_members(token, noun):
            continue  # "a group of soldiers": the soldiers are the actor
        if noun is not None and noun.noun in word_list("persons.yaml", "kin_noun") \
                and not generic.unnamed_people(token, noun):
            continue  # "his wife": kin is an actor only named through its kin's "of" phrase
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
        verbs = [i for i in range(start, token.i) if doc[i].tag_ in _FINITE]
        if verbs:  # "Several told aid workers": the parser's modifier "told" is a verb
            start = verbs[-1] + 1
            mods = [t for t in mods if t.i >= start]
        country, of = _identity(token, mods, d, by_head, in_name)
        det = next((t for t in mods if t.dep_ == "det"), None)
        # a site a force named by its noun holds is the force's (below), no title's
        armed_owner = owner and noun is not None and noun.sector in ARMED
        if title is not None and noun is not None and not noun.plural and not armed_owner \
                and not generic.unnamed_people(token, noun):  # "a journalist" is counted
            noun = None  # "the Libyan leader" is one person, not a group
        if noun is not None and country and of is None and not noun.plural \
                and collectives.is_body_description(token, noun) \
                and [d.demonym(t.text) for t in _nationalities(mods, d, by_head, entities)
                     if not d.ethnic_group(t.text)] == [country]:
            # "the Yemeni rebel group": the body of that country last named (coref), else an
            # unnamed one of that country; a people's word is no state's ("the Kurdish militia")
            span = doc[det.i:token.i + 1]  # type: ignore[union-attr]
            out.append(collectives.body_description(span, token, sent_of, noun, country))
        elif noun is not None and (country or of):
            # "U.S. and Russian negotiators", "Ethiopian, Kenyan and Somali officials": the
            # last nationality goes with the noun, each earlier one is a group of its own
            # named with the noun ("Indian [troops]")
            chain = _nationalities(mods, d, by_head, entities)
            rest = chain[-1].i + 1 if chain else token.i  # after the last owner, not its "'s"
            while rest < token.i and (doc[rest].dep_ == "case" or doc[rest].is_punct):
                rest += 1  # "and Uganda*'s* police", "Libya (LNA*)* army units"
            for m in chain[:-1]:
                first = _group(doc[m.left_edge.i:m.i + 1], token, sent_of,
                               _modifier_country(m, d, by_head), noun, of)
                first.text = " ".join((first.text, *doc[rest:token.i + 1].text.split()))
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
        elif armed_owner and noun is not None:
            # "a *rebel* camp": the camp is the rebels', an unnamed armed group of its own,
            # placed like unnamed people are
            c = _group(doc[start:token.i + 1], token, sent_of, None, noun, None)
            c.country = generic.population_country(token, noun.sector, entities, sent_of, d)
            out.append(c)
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
        if of.key is None and of.country == "NGO":
            # a body of no one country taken for an NGO by its name ("Union of Forces for
            # Change") whose men are fighters is an armed group: of no country yet, the
            # fighters' sector
            of.country, of.sector = None, noun.sector
            c.country = None
    return c


def _force_named_before(token: Token, noun: Noun | None, d: Dictionary) -> Noun | None:
    """``noun``, with the sector of the force a compound before it names when both are forces
    of different sectors: "gendarmerie *units*", "border guard *officers*" are police (COP),
    as "army *units*" are the army's."""
    if noun is None or noun.sector not in FORCE_SECTORS or token.i == 0 \
            or token.doc[token.i - 1].dep_ != "compound":
        return noun
    doc = token.doc
    # a force before a noun is written in the singular ("border guard officers": guards)
    words = [doc[token.i - 2:token.i].text] if token.i > 1 else []
    force = next((n for w in (*words, doc[token.i - 1].text) for n in (d.noun(w), d.noun(w + "s"))
                  if n is not None), None)
    if force is None or force.sector not in FORCE_SECTORS or force.sector == noun.sector:
        return noun
    return replace(noun, sector=force.sector)


def _force_of_story(token: Token, noun: Noun | None, d: Dictionary,
                    sent_of: list[int]) -> Noun | None:
    """``noun``, for a noun of men police and armies share ("officers", with no modifier),
    with the sector of the force named last before it within two sentences, by its noun or by
    a title of its own ("Police fired tear gas, and *officers* arrested ...", "*Police Chief*
    Omar Bello said *officers* ...")."""
    if noun is None or noun.noun not in word_list("names.yaml", "shared_force_members") \
            or any(t.dep_ in ("compound", "amod", "poss") for t in token.lefts):
        return noun
    doc, sent = token.doc, sent_of[token.i]
    for t in reversed(doc[:token.i]):
        if sent - sent_of[t.i] > 2:
            break
        words = [doc[t.i - 1:t.i + 1].text] if t.i else []
        found = [x for w in (*words, t.text, t.lemma_) for x in (d.noun(w), d.title(w))
                 if x is not None and x.sector in FORCE_SECTORS]
        if found:
            return replace(noun, sector=found[0].sector)
    return noun


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
              by_head: dict[int, Candidate],
              in_name: dict[int, Candidate] | None = None) -> tuple[str | None, Candidate | None]:
    """The country and the organisation a group noun's modifiers or "of/in X" name: a
    nationality or named modifier first, then a place it is "of/in/from", then an ethnic
    modifier ("Druze inhabitants of the Syrian Golan Heights" are Syria's). ``in_name``: the
    name each word of a name belongs to, for an "of/from X" phrase (not "in X", where they
    are)."""
    # "workers *affiliated with* the Serbian Workers' Union", "militants *loyal to* ..."
    preps = [*token.rights, *(p for t in token.rights if t.dep_ in ("acl", "amod")
                              and t.lemma_.lower() in _TIES for p in t.children)]
    of_place = word_list("grammar.yaml", "people_place_preps")
    places = [t for prep in preps if prep.lower_ in word_list("grammar.yaml", "group_place_preps")
              and (prep.head != token or prep.lower_ in of_place)
              for p in prep.children if p.dep_ == "pobj"
              for t in (p, *(m for m in p.lefts if m.dep_ in ("amod", "compound", "poss")))]
    # "Vietnamese-led forces", "the Saudi-led coalition"
    mods = [*mods, *(n for t in mods if t.lemma_.lower() == "lead" for n in t.children
                     if n.dep_ in ("npadvmod", "compound", "amod"))]
    # "Kyrgyz border guards": the nationality on the first word of a two-word noun
    mods += [n for t in mods if t.dep_ == "compound" for n in t.lefts if n.dep_ in _QUALIFY]
    ethnic = None
    # the body a group noun's men are of, not a place they are in ("police *in Velka*")
    of_name = {t.i for t in places
               if (t.head if t.dep_ == "pobj" else t.head.head).lower_ != "in"}
    for t in [*mods, *places]:
        if t.dep_ == "det":
            continue
        c = by_head.get(t.i) or ((in_name or {}).get(t.i) if t.i in of_name else None)
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
_FINITE = frozenset({"VBD", "VBZ", "VBP"})  # a verb the parser read as a modifier


def _verb_after_name(t: Token, in_entity: set[int]) -> bool:
    """True when ``t`` is a finite or past-tense verb written right after a name, with a
    space and no hyphen ("RSF deployed", not "RSF-led"): the parser's noun phrase "the RSF
    deployed troops" is the name as subject of that verb."""
    prev = t.doc[t.i - 1]
    return t.tag_ in _FINITE_OR_PAST and prev.i in in_entity and bool(prev.whitespace_)


def _has_name(token: Token) -> bool:
    return any(t.ent_type_ == "PERSON" for t in token.subtree if t.i != token.i)
