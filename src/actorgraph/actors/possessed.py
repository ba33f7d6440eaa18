"""Armed bodies a pronoun or a named leader owns: "Haftar and *his army*", "*Hemedti's
fighters*".

In: the parse, the candidates ``mentions.find`` made, and the dictionary. Out: a nominal
candidate for each armed noun a possessive pronoun owns that no candidate covers yet (a
singular "army" or "militia" has no country or article of its own, so ``mentions`` leaves
it). It is an actor of its own, a second party beside its owner; which owner and what
country, coreference and ``local.Local._join_owned_forces`` decide (an organisation's own
fighters are the organisation; a leader's army is of his country). Armed men a named person
owns whom the dictionary makes the leader of an armed group ("commander of the Libyan
National Army") are that group: "Haftar's forces" is the LNA acting.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .candidates import Candidate
from .dictionary import Dictionary, Entry
from .mentions import ARMED
from .tables import word_list

#: Possessives that may own an armed body ("*his* army", "*our* forces").
_OWNERS = word_list("grammar.yaml", "force_owner_possessives")


def owned_forces(doc: Doc, sent_of: list[int], d: Dictionary,
                 candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with a candidate added for each pronoun-owned armed noun not yet
    covered ("his army"), in text order."""
    heads = {c.head for c in candidates if c.label != "PRON"}
    added = []
    for c in candidates:
        if c.label != "PRON" or c.text.lower() not in _OWNERS:
            continue
        pron = doc[c.head]
        noun_token = pron.head
        if pron.dep_ != "poss" or noun_token.i in heads or noun_token.pos_ != "NOUN":
            continue
        noun = d.noun(noun_token.text) or d.noun(noun_token.lemma_)
        if noun is None or noun.sector not in ARMED:
            continue
        span = doc[pron.i:noun_token.i + 1]
        added.append(Candidate(span.start_char, span.end_char, span.text, "NOUN",
                               noun_token.i, sent_of[noun_token.i], kind="GROUP",
                               sector=noun.sector, plural=noun.plural))
        heads.add(noun_token.i)
    _join_led_forces(doc, d, candidates)
    return sorted(candidates + added, key=lambda x: (x.start, -x.end)) if added else candidates


def _join_led_forces(doc: Doc, d: Dictionary, candidates: list[Candidate]) -> None:
    """An armed group noun a named leader owns ("*Hemedti's* fighters", "*Haftar's*
    forces") stands for the armed group the dictionary makes him lead: part of that group's
    mention when the text names it, else a mention of it by his name; a leader of no group
    the dictionary knows leaves his forces to ``local`` (his own, of his country)."""
    owners = {c.head: c for c in candidates if c.kind == "PERSON" and c.key}
    if not owners:
        return
    named = {c.key: c for c in candidates if c.key and c.label not in ("PRON", "DESC", "NOUN")}
    for c in candidates:
        if c.label != "NOUN" or c.kind != "GROUP" or c.sector not in ARMED \
                or c.part_of is not None:
            continue
        owner = next((owners[t.i] for t in doc[c.head].children
                      if t.dep_ == "poss" and t.i in owners), None)
        led = _led_group(d, owner.key) if owner is not None and owner.key else None
        if led is None:
            continue
        if led.key in named:
            c.part_of = named[led.key]
        else:  # the group named through its leader: a name, not a noun for its members
            c.label, c.key, c.kind = "ORG", led.key, led.kind
            c.country, c.sector = led.country, led.sector


def _led_group(d: Dictionary, person_key: str) -> Entry | None:
    """The armed group the dictionary's title of a person names ("commander of the Libyan
    National Army", "Rapid Support Forces commander"), if any."""
    person = d.entries.get(person_key)
    if person is None or person.kind != "PERSON" or not person.title:
        return None
    title = person.title
    for name in (title.partition(" of ")[2], title.rpartition(" ")[0]):
        led = d.lookup(name) if name else None
        if led is not None and led.kind in ("GROUP", "ORG") and led.sector in ARMED:
            return led
    return None
