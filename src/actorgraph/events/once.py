"""One act, one event line: the mentions that tell again an act their document coded.

In: a document's events in text order, each with the token of its trigger (events absent from
``heads`` were made by no trigger of their own and are left alone). Out: the same events, a
mention that tells an act again marked ``Event.retells`` (its evidence kept, as a mention the
PLOVER export folds into the record of the act it tells).

News tells one act twice in these ways, besides a definite noun that names it again
(``retellings``):

* a participle clause after the verb of its type, with no subject or conjunction of its own:
  the toll or the manner of the act ("attacked a post, *killing* three", "gathered outside
  the court, *chanting* slogans"), the second of two participles too ("shelled the town,
  destroying a school and *killing* a teacher"; ``restatements.tolls``);
* a verb of harm to people coordinated with the attack by its doers: its toll ("attacked a
  convoy *and killed* four officers", "raided a farm *and shot dead* its owner",
  ``toll_verbs``), unless told at a time of its own;
* two verbs of one protest or one meeting coordinated, of one code, by the same doers: "marched
  through Caldera *and chanted* slogans", "met in Arusha *and held talks* on trade" (not
  "marched *and blocked* the bridge", a blockade, nor talks with others or at another time);
* a verb of force whose "in" phrase names the act by a noun that retells it: its toll
  ("two more officers were wounded *in the attack*", "five were killed *in the fighting*");
  and the noun that names the act with its doers, though it retells the toll told just
  before it, is that act ("five were killed in the fighting *between the army and the
  rebels*": the toll of the fighting, not the fighting a mention of a killing with no hand);
* a toll told with the clause of the act it was taken in ("nine were killed *when* the two
  groups *fought*", ``toll_clauses``): the clause's act, and that act the one of its type by
  the same doers told in its sentence or the one just before ("Fighting broke out between
  herders and farmers"), unless the clause gives a time of its own; a riot told with an
  attack by civilians goes with it;
* an act under way told in the present progressive by the very doers of the act of its type
  told in the sentence just before ("students joined the protest. They *are marching* to the
  ministry", "They are still *striking*"), not one told once more ("again", ``repetition_words``);
* a visit and the meeting or the welcome it was made for, in one sentence: "flew to Riga and
  *met* her counterpart", "travelled to Niamey, where he *was received* by the president";
  PLOVER codes the visit once, the visitor its source and the host its recipient, so the host
  joins the visit's recipients; so does a meeting in a relative clause on the visit's noun
  ("a two-day visit *during which he held talks* with ..."). Not a meeting at another time
  or place ("a week *later*", "on Friday ... in Arusha"), nor one by or of other parties
  ("while Niger's president received the Chadian envoy");
* a headline that restates its lead: the act of the document's first line, a line with no
  closing stop followed by a paragraph, tells again the first act of its type in the lead
  that shares a doer with it, or a recipient when either names no doer, one of its very
  code or root first ("Police arrest 40 protesters in Dunmore" over "Police in Dunmore
  arrested 40 protesters on Saturday"; "Clashes kill four" over the shooting, not the
  burning told before it): the lead's act, dated and placed, is the record. The lead is the
  first two paragraphs that end with a stop (a dateline or a byline on a line of its own is
  none: "By a staff reporter"; a line of context may come first), and a headline names a
  doer briefly: a country for its forces or officials ("Turkey strikes" over "Turkish
  warplanes bombed"), a group without the words that set it apart ("Gunmen" for
  "unidentified gunmen") (``headlines``);
* a passive whose definite subject is the object of the act of its type told just before,
  by no other hand ("gunmen attacked a checkpoint ... *the checkpoint was attacked* by ten
  men", ``passives``);
* the protest that crowd control implies ("police fired tear gas at *protesters*",
  ``crowds.told_again``) after a protest its document told, unless told on a day or in a
  town of its own;
* one diplomatic complaint told twice in a sentence by one government: the summons, the note
  and the protest lodged (CAMEO 114, complaining officially) are one démarche ("summoned the
  envoy and lodged a protest"), and an evaluation of the act complained of, made by no
  trigger of its own (``evaluations``: "sent a protest note, *describing* the incursion as
  unacceptable"), says what the complaint is, unless it names another target.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Token

from ..actors.tables import word_list
from ..records import HAPPENED, Actor, Event
from . import crowds, headlines, passives, restatements
from .headlines import Parties
from .lexicon import Lexicon
from .lexicon import get as lexicon
from .repeats import once_more
from .retellings import HOSTING, recorded

Heads = Mapping[tuple[int, int, str], Token]
#: Children by which a clause names its own time ("a week *later*", "*on Friday*").
_TIMED = frozenset({"npadvmod", "prep", "advmod"})
#: How a meeting hangs on the verb of the trip it was made on: a verb coordinated with it,
#: or a clause of place ("where she met").
_ON_TRIP = frozenset({"conj", "advcl", "relcl"})
#: Types of the acts of a gathering, which several verbs of one clause may tell together.
_GATHERINGS = frozenset({"PROTEST", "CONSULT"})
#: The CAMEO code of complaining officially: a summons, a protest note.
_FORMAL = "114"


def retold(found: Sequence[Event], heads: Heads, key: Callable[[Event], str],
           text: str, actors: Mapping[str, Actor]) -> list[Event]:
    """``found`` with each mention that tells an act again (see the module) marked as
    retelling it; ``key`` names an event for ``Event.retells``; ``text`` is the document's,
    ``actors`` its local actors by id."""
    lex = lexicon()
    out = list(found)

    def parties(ids: Sequence[str]) -> set[object]:
        # an unnamed party ("police", "teachers") is a new actor at each mention: the same
        # words of the same sector name it again
        return {(a.name.lower(), a.sector) if (a := actors.get(i)) is not None and not a.named
                else i for i in ids}

    def mark(n: int, act: int, **changes: object) -> None:
        if out[n].retells is None and out[act].retells is None and n != act:
            out[n] = replace(out[n], retells=key(out[act]))
            if changes:
                out[act] = replace(out[act], **changes)

    for n, (act, hosts) in _trip_meetings(out, heads, lex, parties).items():  # "flew, met"
        mark(n, act, target=tuple(dict.fromkeys(
            (*out[act].target, *(a for a in hosts if a not in out[act].source)))))
    for toll, act in restatements.tolls(out, heads).items():  # "attacked ..., killing"
        mark(toll, act)
    for toll, act in _coordinated_tolls(out, heads, lex).items():  # "attacked ... and killed"
        mark(toll, act)
    for n, act in _coordinated_acts(out, heads, lex).items():  # "marched ... and chanted"
        mark(n, act)
    clause_tolls = _clause_tolls(out, heads, lex)  # "were killed when the two groups fought"
    for n, act in _presupposed(out, heads, clause_tolls, parties, text).items():
        mark(n, recorded(out, act, key))
    for toll, act in clause_tolls.items():  # its clause's act, whatever act came before
        told = recorded(out, act, key)
        if told != toll and out[told].retells is None:
            out[toll] = replace(out[toll], retells=key(out[told]))
    for n, act in _under_way(out, heads, lex, parties, text).items():  # "They are marching"
        mark(n, act)
    at = {key(e): n for n, e in enumerate(out)}
    for n, noun in _in_act(out, heads).items():  # "two were wounded in the attack"
        if out[noun].retells == key(out[n]) and out[noun].source and not out[n].source:
            # "five were killed in the fighting between the army and the rebels": the
            # fighting, its doers named, is the act; the killing its toll
            out[noun] = replace(out[noun], retells=None)
            mark(n, noun)
        elif out[noun].retells in at:
            mark(n, at[out[noun].retells])
    for n, act in passives.restated(out, heads, lex, actors).items():  # "the post was
        mark(n, recorded(out, act, key))  # attacked by ..." after "attacked the post"
    kin = _kin(parties, actors)
    for n, act in headlines.restated(out, text, kin).items():  # "Police arrest 40"
        mark(n, act)
        out[n] = headlines.dated(out[n], out[act])  # its lead's "on Friday"
    for n, act in _complaints(out, heads, kin).items():  # "and lodged a"
        mark(n, act)
    for n, act in _riots(out, key).items():  # "herders and farmers clashed": the riot too
        mark(n, act)
    for n, act in crowds.told_again(out, heads).items():  # "marched ... at protesters"
        mark(n, act)
    return out


def _at(e: Event) -> tuple[int, int, str]:
    return (e.start, e.end, e.type)


def _under_way(found: Sequence[Event], heads: Heads, lex: Lexicon, parties: Parties,
               text: str) -> dict[int, int]:
    """For each act told under way by the doers of the act of its type in the sentence just
    before (see the module), by index, the index of that act."""
    out = {}
    for n, e in enumerate(found):
        verb = heads.get(_at(e))
        if verb is None or verb.tag_ != "VBG" or not e.source or e.modality not in HAPPENED \
                or not any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in verb.children) \
                or once_more(verb, lex):
            continue
        act = next((m for m in range(n - 1, -1, -1) if found[m].sentence_end <= e.sentence_start
                    and not text[found[m].sentence_end:e.sentence_start].strip()
                    and found[m].type == e.type and parties(found[m].source) == parties(e.source)
                    and found[m].modality in HAPPENED), None)
        if act is not None:
            out[n] = act
    return out


def _coordinated_tolls(found: Sequence[Event], heads: Heads, lex: Lexicon) -> dict[int, int]:
    """For each verb of harm to people (``toll_verbs``) coordinated with an attack before it
    and sharing its doers ("attacked a convoy near Tarvel *and killed* four officers"), by
    index, the index of the attack; not one with a subject, a time or a repetition word of
    its own ("and, two days *later*, killed", "and rebels killed")."""
    attacks = {t.i: n for n, e in enumerate(found) if e.type == "ASSAULT"
               and (t := heads.get(_at(e))) is not None and t.pos_ == "VERB"}
    out = {}
    for n, e in enumerate(found):
        verb = heads.get(_at(e))
        if verb is None or e.type != "ASSAULT" or verb.dep_ != "conj" or \
                verb.head.i not in attacks or not lex.cue("toll_verbs", verb.lemma_.lower()) or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or \
                once_more(verb, lex) or _dated(verb):
            continue
        act = attacks[verb.head.i]
        if set(e.source) <= set(found[act].source):
            out[n] = act
    return out


def _coordinated_acts(found: Sequence[Event], heads: Heads, lex: Lexicon) -> dict[int, int]:
    """For each verb of a protest or a meeting (``_GATHERINGS``) coordinated with one before it
    of the same code by the same doers ("marched through Caldera *and chanted* slogans", "met
    in Arusha *and held talks* on trade"), by index, the index of the first: one gathering
    told by two of its verbs. Not one with a subject, a time or a repetition word of its own,
    nor one with recipients the first does not have ("met the envoy and held talks *with the
    minister*"), nor one of another code ("marched and *blocked* the bridge": a march and a
    blockade)."""
    words = {n: w for n, e in enumerate(found) if e.type in _GATHERINGS
             and (w := restatements.clause_word(heads.get(_at(e)), lex)) is not None
             and w.pos_ == "VERB"}
    by_word = {(w.i, found[n].type): n for n, w in words.items()}
    out = {}
    for n, verb in words.items():
        e = found[n]
        act = by_word.get((verb.head.i, e.type)) if verb.dep_ == "conj" else None
        if act is None or act == n or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                or once_more(verb, lex) or _dated(verb):
            continue
        first = found[act]
        if e.cameo_code == first.cameo_code and e.modality == first.modality and e.source \
                and set(e.source) <= set(first.source) and set(e.target) <= set(first.target):
            out[n] = act
    return out


def _clause_tolls(found: Sequence[Event], heads: Heads, lex: Lexicon) -> dict[int, int]:
    """For each toll (an attack told by a verb of ``toll_verbs``) whose clause opened by a word
    of ``toll_clauses`` tells an attack ("nine were killed *when* the two groups fought", "two
    were wounded *as* the militias exchanged fire"), by index, the index of that attack: the
    act the toll was taken in."""
    attacks = {v.i: n for n, e in enumerate(found) if e.type == "ASSAULT"
               and (v := _verb(heads.get(_at(e)))) is not None}
    out = {}
    for n, e in enumerate(found):
        verb = heads.get(_at(e))
        if verb is None or e.type != "ASSAULT" or e.modality not in HAPPENED or \
                not lex.cue("toll_verbs", verb.lemma_.lower()):
            continue
        act = next((attacks[c.i] for c in verb.children if c.dep_ == "advcl"
                    and c.i in attacks and any(m.dep_ in ("mark", "advmod") and lex.cue(
                        "toll_clauses", m.lower_) for m in c.children)), None)
        if act is not None and act != n and found[act].modality in HAPPENED:
            out[n] = act
    return out


def _verb(head: Token | None) -> Token | None:
    """The verb of an act's clause: its trigger's head, or the verb whose object it is
    ("*exchanged* fire")."""
    if head is not None and head.pos_ != "VERB" and head.dep_ == "dobj":
        head = head.head
    return head if head is not None and head.pos_ == "VERB" else None


def _presupposed(found: Sequence[Event], heads: Heads, tolls: Mapping[int, int],
                 parties: Parties, text: str) -> dict[int, int]:
    """For each attack told only as the clause a toll was taken in (``tolls``: each toll's
    clause, by index: "nine were killed when *the two groups fought*"), the index of the
    attack (not a toll) of its type by
    the same doers told in its sentence or the one just before ("Fighting broke out between
    herders and farmers"), of its CAMEO root (a fight is no burning told before it): the
    clause presupposes the act its text told, unless it gives a
    time, a place or a repetition word of its own, or its toll a time ("*On Tuesday* nine
    were killed when the two groups fought *again near Marsa*"). Not an act of a headline:
    the lead's act is the record."""
    lex = lexicon()
    out = {}
    line = headlines.end(text)
    line = -1 if line is None else line
    tolled = {act: _verb(heads.get(_at(found[n]))) for n, act in tolls.items()}
    for n in sorted(tolled):
        e, verb = found[n], _verb(heads.get(_at(found[n])))
        if verb is None or not e.source or _dated(verb) or once_more(verb, lex) or (
                tolled[n] is not None and _dated(tolled[n])):
            continue
        act = next((m for m in range(n - 1, -1, -1) if found[m].type == e.type
                    and headlines.root(found[m]) == headlines.root(e)
                    and found[m].start > line and m not in tolls
                    and found[m].modality in HAPPENED and found[m].source
                    and parties(found[m].source) == parties(e.source)
                    and (found[m].sentence_start == e.sentence_start or (
                        found[m].sentence_end <= e.sentence_start
                        and not text[found[m].sentence_end:e.sentence_start].strip()))), None)
        if act is not None and not (e.location and found[act].location
                                    and e.location.name != found[act].location.name):
            out[n] = act
    return out


def _riots(found: Sequence[Event], key: Callable[[Event], str]) -> dict[int, int]:
    """For each riot told with an attack by civilians that tells an act again (the PROTEST on
    the attack's own words, ``events._rioters``), by index, the index of the riot told with
    that act: "herders and farmers clashed ... when the two groups *fought*"."""
    riots = {(e.start, e.end): n for n, e in enumerate(found)
             if e.type == "PROTEST" and e.mode == "riot"}
    at = {key(e): e for e in found}
    out = {}
    for e in found:
        told = at.get(e.retells or "")
        if e.type != "ASSAULT" or told is None:
            continue
        riot, act = riots.get((e.start, e.end)), riots.get((told.start, told.end))
        if riot is not None and act is not None and riot != act:
            out[riot] = act
    return out


def _dated(verb: Token) -> bool:
    """Whether ``verb`` has a time of its own: a phrase or adverb holding a date ("*on
    Friday* he met", "*two days later*")."""
    return any(c.dep_ in _TIMED and any(w.ent_type_ in ("DATE", "TIME") for w in c.subtree)
               for c in verb.children)


def _in_act(found: Sequence[Event], heads: Heads) -> dict[int, int]:
    """For each verb of force whose "in" phrase names an act of its type by a noun ("two
    officers were wounded *in the attack*"), by index, the index of that noun's event: the
    toll of the act the noun tells."""
    nouns = {t.i: n for n, e in enumerate(found) if (t := heads.get(_at(e))) is not None
             and t.pos_ == "NOUN"}
    out = {}
    for n, e in enumerate(found):
        verb = heads.get(_at(e))
        if verb is None or verb.pos_ != "VERB" or e.type != "ASSAULT":
            continue
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ == "in":
                noun = next((nouns[o.i] for o in p.children if o.dep_ == "pobj"
                             and o.i in nouns and found[nouns[o.i]].type == e.type), None)
                if noun is not None:
                    out[n] = noun
    return out


def _trip_meetings(found: Sequence[Event], heads: Heads, lex: Lexicon, parties: Parties
                   ) -> dict[int, tuple[int, tuple[str, ...]]]:
    """For each meeting or welcome made on a visit its sentence tells (see the module), by
    index, the index of the visit and the hosts it names (whom the visitor met, or who
    received the visitor)."""
    words = {n: restatements.clause_word(heads.get(_at(e)), lex) for n, e in enumerate(found)}
    visits = {w.i: n for n, w in words.items() if w is not None and w.pos_ in ("VERB", "NOUN")
              and found[n].mode == "visit" and found[n].source and not _hosted(w, found[n])}
    out = {}
    for n, e in enumerate(found):
        verb = words[n]
        if verb is None or e.type != "CONSULT" or verb.i in visits or verb.dep_ not in _ON_TRIP:
            continue
        # "a visit *during which* he held talks": a clause on the visit's noun
        trip = visits.get(verb.head.i) if verb.dep_ == "relcl" else None
        trip = trip if trip is not None else visits.get(_clause_head(verb).i)
        if trip is None:
            continue
        v = found[trip]
        if v.modality != e.modality or once_more(verb, lex) or _own_time(verb, v, e):
            continue
        hosted = _hosted(verb, e)
        if hosted and not parties(e.source) & parties(v.source):
            out[n] = (trip, e.source)
        elif not hosted and ((e.source and parties(e.source) <= parties(v.source)) or (
                not e.source and _told_visitor(verb))):
            out[n] = (trip, e.target)
    return out


def _told_visitor(verb: Token) -> bool:
    """Whether a meeting with no doer resolved is told in a relative clause on the trip whose
    subject is a pronoun ("a visit during which *he* held talks"): the visitor named again."""
    relatives = word_list("grammar.yaml", "subject_relatives")
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.pos_ == "PRON"
                                        and c.lower_ not in relatives
                                        for c in verb.children)


def _clause_head(verb: Token) -> Token:
    """The verb of the clause ``verb``'s clause hangs on, through the phrase it may hang on
    ("travelled to Niamey on Monday, *where* he was received": on the day of the trip)."""
    node = verb.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def _hosted(verb: Token, e: Event) -> bool:
    """Whether ``e``, told at ``verb``, tells a visit from the host's side: a hosting sense
    ("the president *hosted* him", CAMEO 043) or a passive ("*was received* by the
    president"), whose doer is the host."""
    return e.cameo_code == HOSTING or any(c.dep_ == "auxpass" for c in verb.children)


def _own_time(verb: Token, visit: Event, e: Event) -> bool:
    """Whether the meeting at ``verb`` is told at a time or place of its own, not the visit's:
    another date, or another town its own "in" or "at" phrase names ("on Friday he met ...
    *in Arusha*"; not a place of its topic, "talks on access *to Gaza*")."""
    if visit.date and e.date and visit.date != e.date and e.date_basis == "text":
        return True
    if _dated(verb):
        return True  # "on Friday he met ...": a day of its own
    towns = [w.text for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
             for w in c.children if w.dep_ == "pobj" and w.ent_type_ == "GPE"]
    return bool(visit.location and any(t != visit.location.name for t in towns))


def _kin(parties: Parties, actors: Mapping[str, Actor]) -> Parties:
    """``parties`` with the kin a headline names briefly (see the module): for each actor, its
    country's code when it is a country, and, for an unnamed group, its last word and
    sector."""
    def kin(ids: Sequence[str]) -> set[object]:
        out = parties(ids)
        for a in (actors[i] for i in ids if i in actors):
            if a.kind == "COUNTRY" and a.country:
                out.add(a.country)
            elif not a.named:
                out.update({a.country, (a.name.lower().split()[-1], a.sector)} - {None})
        return out
    return kin


def _complaints(found: Sequence[Event], heads: Heads, parties: Parties) -> dict[int, int]:
    """For each complaint that tells again one its sentence told before by the same doers
    (see the module), by index, the index of the first."""
    out = {}
    for n, e in enumerate(found):
        if e.type != "ACCUSE" or not e.source or e.modality not in HAPPENED:
            continue
        evaluation = _at(e) not in heads
        act = next((m for m in range(n) if found[m].type == "ACCUSE"
                    and found[m].sentence_start == e.sentence_start
                    and found[m].modality in HAPPENED and _at(found[m]) in heads
                    and parties(found[m].source) & parties(e.source) and (
                        (found[m].cameo_code == e.cameo_code == _FORMAL and not evaluation) or (
                            evaluation and found[m].cameo_code == _FORMAL and not (
                                found[m].target and e.target
                                and not parties(found[m].target) & parties(e.target))))),
                   None)
        if act is not None:
            out[n] = act
    return out
