"""Unnamed descriptions of bodies: what they refer back to, and which country they serve.

In: the parse, the mention candidates (``mentions.find``) and their sentence numbers. Out:

* ``back_references``: a bare definite description of a body ("the ministry", "the army",
  "the agency", "the council", "the court", "the service"; capitalised or not: "The
  Government warned ...") with no word of its own naming a
  country refers to the body last named, within ``MAX_SENTENCES`` sentences before it, whose
  name has the same head noun ("Armenia's defence ministry ... The ministry"); it returns the
  new mentions for descriptions no other rule made a mention of ("the agency" after "the UN
  refugee agency") and the (description, antecedent) pairs that are one actor. A description
  with a modifier ("the Congolese army", "Burundi's army") is its own body, and one whose
  head noun no body named before has is left to ``placing.place_officials``. A description
  of a state body never refers to an armed group outside the state, nor the reverse: "the
  army" after "the Arakan Army" (a rebel group) is the state's army (``same_side``).
* ``sentence_country``: the country an unnamed plural ("officials", "trading firms", "rebel
  commanders") takes from its sentence when its own words name none: the one country the
  sentence names, unless that country is another party's to the same act ("Beijing
  sanctioned 12 officials": the officials are not Chinese) or is named only as the place the
  act happens in ("signed the truce in Addis Ababa") or the side of a border someone is on
  ("swam to the Namibian bank": ``homonyms.side_of``). Civilians (protesters, residents,
  workers) are taken to be people of the country or place their sentence names, whoever
  else acts there ("Kenyan police dispersed protesters").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .candidates import Candidate
from .collectives import NON_STATE_ARMED, STATE_SECTORS
from .dictionary import is_state
from .homonyms import neighbour, side_of

#: How far back (in sentences) a description looks for the body it refers to.
MAX_SENTENCES = 3
#: Kinds of actor a description of a body may refer to.
_BODY_KINDS = frozenset({"ORG", "GROUP"})
#: Sectors of people who are taken to belong where they are ("protesters in Nairobi").
CIVILIAN_SECTORS = frozenset({"CVL", "LAB", "EDU", "AGR", "HLH", "REF", "MED"})
#: Sectors of people a state acts on abroad as often as at home (sanctions, expulsions,
#: blacklists): officials and firms. Others a state acts on in its sentence are, as CAMEO
#: codes them, its own (protesters police disperse, insurgents its army fights).
_SERVANTS = frozenset({"GOV", "BUS", "DIP"})
#: Dependencies of a verb's or noun's parties: subject, objects, agent, possessor.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "iobj", "poss", "attr"})
#: Dependencies that pass a noun phrase up to the word it belongs to.
_PHRASE_DEPS = frozenset({"compound", "conj", "appos", "nummod", "amod"})


def _bare_definite(token: Token) -> bool:
    """Whether ``token`` is the head of "the <noun>", singular, with no other modifier; a
    capital letter makes it no name ("The Government", as communiques write it)."""
    common = token.tag_ == "NN" or (token.tag_ == "NNP" and token.text.istitle())
    if not common or token.dep_ == "compound":
        return False
    lefts = list(token.lefts)
    return len(lefts) == 1 and lefts[0].dep_ == "det" and lefts[0].lower_ == "the" \
        and lefts[0].i == token.i - 1


def back_references(doc: Doc, candidates: list[Candidate], sent_of: list[int]
                    ) -> tuple[list[Candidate], list[tuple[Candidate, Candidate]]]:
    """New mentions for bare "the <noun>" descriptions of bodies named before, and the
    (description, antecedent) pairs that are one actor; ``candidates`` in text order."""
    bodies: list[tuple[int, str, Candidate]] = []  # (sentence, head lemma, body) in order
    for c in candidates:
        if c.kind in _BODY_KINDS and not c.is_reference and not c.plural:
            bodies.append((c.sent, doc[c.head].lemma_.lower(), c))
    if not bodies:
        return [], []
    heads = {lemma for _, lemma, _ in bodies}
    by_head = {c.head: c for c in candidates}
    new: list[Candidate] = []
    pairs: list[tuple[Candidate, Candidate]] = []
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma not in heads or not _bare_definite(token):
            continue
        mention = by_head.get(token.i)
        # the tagger's name of one capitalised noun no table knows is none: "The Army said"
        noun = mention is not None and (mention.label == "NOUN" or (
            mention.text == token.text and mention.key is None and token.tag_ == "NNP"))
        if mention is not None and (not noun or mention.country is not None):
            continue  # a name, or a body its own words place
        sector = mention.sector if mention is not None else None
        antecedent = _antecedent(bodies, token, lemma, sent_of[token.i], sector)
        if antecedent is None:
            continue
        if mention is None:
            mention = Candidate(token.idx, token.idx + len(token.text), token.text, "NOUN",
                                token.i, sent_of[token.i], kind=antecedent.kind,
                                sector=antecedent.sector)
            new.append(mention)
        pairs.append((mention, antecedent))
    return new, pairs


def _antecedent(bodies: list[tuple[int, str, Candidate]], token: Token, lemma: str,
                sent: int, sector: str | None) -> Candidate | None:
    """The last body before ``token``, within ``MAX_SENTENCES``, whose head is ``lemma``
    and which is on the side (``same_side``) of a description of ``sector``."""
    found = None
    for body_sent, body_lemma, body in bodies:
        if body.head >= token.i:
            break
        if body_lemma == lemma and sent - body_sent <= MAX_SENTENCES \
                and same_side(sector, body.sector):
            found = body
    return found


def same_side(sector: str | None, other: str | None) -> bool:
    """Whether bodies of ``sector`` and ``other`` may be one: not a body of the state and an
    armed group outside it ("the army" and "the Arakan Army"); an unknown sector may be
    either."""
    return not ((sector in STATE_SECTORS and other in NON_STATE_ARMED)
                or (sector in NON_STATE_ARMED and other in STATE_SECTORS))


def _predicate(token: Token) -> Token | None:
    """The verb or noun whose party the noun phrase headed by ``token`` is."""
    while token.dep_ in _PHRASE_DEPS and token.head != token:
        token = token.head
    if token.dep_ == "pobj":
        token = token.head
        if token.dep_ == "agent" or token.head.pos_ in ("VERB", "AUX", "NOUN"):
            return token.head
        return None
    if token.dep_ in _PARTY_DEPS and token.head != token:
        return token.head
    return None


def _parties(predicate: Token) -> list[Token]:
    """The heads of the parties of ``predicate``: subject, objects, agent and "to/on/with"
    objects, and the subject it shares with the verb it is coordinated with."""
    out: list[Token] = []
    verbs = [predicate]
    if predicate.dep_ in ("conj", "xcomp") and predicate.head != predicate:
        verbs.append(predicate.head)
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in _PARTY_DEPS:
                out.append(child)
            elif child.dep_ in ("prep", "agent"):
                out += [p for p in child.children if p.dep_ == "pobj"]
    return out


def _countries_of(token: Token, by_head: dict[int, Candidate],
                  demonym: Callable[[str], str | None]) -> set[str]:
    """The countries a party's head and its left modifiers name."""
    found = set()
    for t in (token, *token.lefts, *token.conjuncts):
        c = by_head.get(t.i)
        if c is not None and c.country:
            found.add(c.country)
        iso3 = demonym(t.text)
        if iso3:
            found.add(iso3)
    return found


def sentence_country(token: Token, sector: str | None, entities: list[Candidate],
                     sent_of: list[int], demonym: Callable[[str], str | None]) -> str | None:
    """The country the sentence of the plural noun ``token`` gives it, if any (see the
    module docstring); ``entities``: the named candidates, ``demonym``: the dictionary's."""
    sent = sent_of[token.i]
    civilian = sector in CIVILIAN_SECTORS
    here = {e.country for e in entities if e.sent == sent and is_state(e.country)
            and (civilian or (e.kind != "LOCATION" and not side_of(token.doc[e.head])))
            and not neighbour(token.doc[e.head])}  # "near the border with Somalia"
    if len(here) != 1:
        return None
    country = here.pop()
    predicate = _predicate(token) if sector in _SERVANTS else None
    if predicate is None:  # "police dispersed protesters in Nairobi": Kenyans
        return country
    by_head = {e.head: e for e in entities}
    for party in _parties(predicate):
        if party.i != token.i and country in _countries_of(party, by_head, demonym):
            return None
    return country
