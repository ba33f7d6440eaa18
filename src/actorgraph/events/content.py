"""The code of a demand, a refusal or a threat by the act it is about.

CAMEO codes these speech acts in parallel with the acts they name: demanding aid (103) as giving
aid (07), refusing to extradite (1213) as extraditing (063), threatening sanctions (1312) as
imposing them (163), rejecting a call for a ceasefire (1246) as the call itself (1056). A
general sense ("urged", "refused", "threatened", "a call for") takes the code and mode its
content gives, from the ``content`` table of ``data/event_triggers.yaml`` (by the longest
prefix of the content's CAMEO code); a sense already specific keeps its own code unless the
content names a narrower one under it, of the same mode ("sought aid" 103, "sought
humanitarian aid" 1033).

The content is what the trigger governs: its infinitive or clausal complement ("refused *to
extradite*"), its objects ("demanded the *release*"), the object of its "for" or "of" ("asked
for a *loan*", "the threat of *war*"), also a "for" the parser hung on the light verb of its
noun ("made a request to Tarsia *for the release*") for the record it is listed in. A
content that is itself a demand or an offer is read through ("rejected *calls* for his
resignation", "turned down the *offer* of mediation"), and so is a verb with no sense of its
own ("refused to *let* troops use its bases"); ending a hostile act is easing it ("called for
an *end* to the curfew": 0813, so 1051).

In: a trigger, the senses of the document's triggers by token index, and the lexicon. Out: the
(code, mode) the trigger's event carries instead of its sense's, or None.

Coded so, the speech act is the record of both: the act it asks for, offers, promises,
threatens or refuses, told as such (requested, future, hypothetical; refused: negated), is
its content (``contents``), an event line kept as evidence that the PLOVER export writes in
the speech act's record. The speech act may be an event a modal makes ("Zerevia said Calladon
*must* withdraw", "*will* meet next month", a concession announced: "Dorvan *will* release
the fishermen": ``implied``), whose content is the modal's verb.
An act told as done, or denied, is no content ("urged Calladon to free them, and Calladon
*released* four", "denied that it had shelled"), but for an act asked or promised not to be
done ("asked police *not to use* live rounds") and the content of a speech act itself denied
("denied having ordered *any attack*": the order's, not an attack denied of its own). What
is refused may be what another asked for or proposed: "rejected a proposal *to reopen* the
crossing" refuses the reopening.

A protest holds out for what its "until" clause names ("the strike will continue *until the
government gives a written commitment*"): that act, not yet done, is its demand, its content
too (``_until_met``); one that ended a protest told in the past is an act of its own.

What an accusation lays at someone's door is its content as well (``_charges``): "accused the
police *of using* force on students", "blamed the militias *for burning* two villages",
"charged three officers *with beating* a detainee" tell the accuser's allegation (``believed``,
on the accuser's word), no act the report asserts, so the export lists it in the accusation's
record. An act the report tells as done ("condemned Tarsia for bombing a bridge", "accused
Tarsia after its jets bombed a bridge") stays a record of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Doc, Token

from ..actors.tables import word_list
from ..nlp import word_at
from ..records import Event, root_general
from .lexicon import Entry, Lexicon
from .misreadings import infinitive_conjunct_past
from .tenses import to_infinitive, under_modal
from .triggers import infinitive

_T = TypeVar("_T")
#: Speech acts read through to their own content when they are the content of another.
_THROUGH = frozenset({"REQUEST", "AGREE"})
#: Types of a word that ends an act ("lifting", "end"), whose object says which act it eases.
_EASING = frozenset({"CONCEDE", "RETREAT"})
_VERBS = frozenset({"VERB", "AUX"})
_OBJECTS = frozenset({"dobj", "obj", "attr", "nsubjpass"})
_PREPS = frozenset({"for", "of"})
#: How deep a content is read through (a refusal of a call for the release of ...).
_DEPTH = 3
_ANNOUNCED = frozenset({"requested", "future", "hypothetical"})
#: How the content of a speech act is told: asked for, announced, or refused; what is refused
#: may be what another asked for or proposed ("rejected a proposal *to reopen* the crossing").
_TOLD_AS = {"REJECT": frozenset({"negated"}) | _ANNOUNCED}
#: Readings of a speech act said not to have been made ("denied having *ordered* any attack").
_UNSAID = frozenset({"negated", "denied"})
#: Types of a promise a modal makes of no content table of their own: a concession announced
#: ("Dorvan *will* release them": CONCEDE, its content the release).
_PROMISED = frozenset({"CONCEDE"})
#: The prepositions of what someone is accused of, blamed for or charged with.
_CHARGES = word_list("grammar.yaml", "charge_preps")


def refine(head: Token, entry: Entry, senses: Mapping[int, Entry],
           lex: Lexicon) -> tuple[str, str | None] | None:
    """The (code, mode) that the content of the trigger ``head`` gives its sense ``entry``,
    if the lexicon's ``content`` table has one narrower than the sense's own code."""
    table = lex.content.get(entry.type or "")
    if not table or entry.cameo is None:
        return None
    stray = _stray(head)
    for token in _content(head):
        code = _code(token, senses, lex, 1, stray if token.dep_ in _OBJECTS else ())
        found = _lookup(table, code) if code else None
        if found and _narrower(found[0], entry.cameo) and entry.mode in (None, found[1]):
            return found
    return None


def contents(found: Sequence[Event], heads: Mapping[tuple[int, int, str], Token], doc: Doc,
             key: Callable[[Event], str], lex: Lexicon) -> list[Event]:
    """``found`` (a document's events in text order, ``heads`` the token of each trigger) with
    each content of a speech act (see the module) marked ``content_of`` it, as named by
    ``key``; a speech act is of a type the ``content`` table codes by its content."""
    out = list(found)
    taken: set[int] = set()
    for act in found:
        promised = act.type in _PROMISED and (act.start, act.end, act.type) not in heads
        if (act.type not in lex.content and not promised) or act.content_of or act.retells:
            continue
        word = heads.get((act.start, act.end, act.type)) or word_at(doc, act.start, act.end)
        if word is None:
            continue
        reached = _reached(word)
        told = _TOLD_AS.get(act.type, _ANNOUNCED)
        for n, e in enumerate(found):
            head = heads.get((e.start, e.end, e.type))
            if n in taken or e is act or e.retells or not (e.modality in told or _kept_from(
                    e, act, head)):
                continue
            if (head is not None and head.i in reached) or any(
                    e.start <= doc[i].idx < e.end for i in reached):
                out[n] = replace(e, content_of=key(act))
                taken.add(n)
    for n, act in _until_met(out, heads, lex).items():  # "will go on until the speaker meets"
        if n not in taken:
            out[n] = replace(out[n], content_of=key(out[act]))
            taken.add(n)
    for n, act in _charges(out, heads, lex).items():  # "accused the police of using force"
        if n not in taken:
            out[n] = replace(out[n], content_of=key(out[act]))
    return out


def _kept_from(e: Event, act: Event, head: Token | None) -> bool:
    """Whether ``e``, reached from the speech act ``act``, is its content though told as not
    done: an act asked, promised or ordered not to be done, its own word negated ("asked
    police *not to use* live rounds", "promised not to attack"), or the content of a speech
    act said not to have been made, read alike ("denied having ordered *any attack*")."""
    if act.modality in _UNSAID:
        return e.modality == act.modality
    return e.modality == "negated" and act.type != "REJECT" and head is not None and any(
        c.dep_ == "neg" for c in head.children)


def _charges(found: Sequence[Event], heads: Mapping[tuple[int, int, str], Token],
             lex: Lexicon) -> dict[int, int]:
    """For each act alleged (``believed``) in the charge of an accusation, by index, the index
    of the accusation: an event told by a verb of ``accusation_verbs`` ("accused", "blamed",
    "charged"), its charge the phrase of ``_CHARGES`` on that verb ("accused the police *of
    using force*"), or on its object where the parser hung it there ("accused *the villagers
    of siding* with the rebels")."""
    out = {}
    for m, act in enumerate(found):
        word = heads.get((act.start, act.end, act.type))
        if word is None or act.content_of or act.retells or not lex.cue(
                "accusation_verbs", word.lemma_.lower()):
            continue
        holders = [word, *(c for c in word.children if c.dep_ == "dobj")]
        charge = {t.i for h in holders for c in h.children
                  if c.dep_ == "prep" and c.lower_ in _CHARGES for t in c.subtree}
        for n, e in enumerate(found):
            head = heads.get((e.start, e.end, e.type))
            if n != m and head is not None and head.i in charge and e.modality == "believed" \
                    and not e.retells:
                out.setdefault(n, m)
    return out


def _until_met(found: Sequence[Event], heads: Mapping[tuple[int, int, str], Token],
               lex: Lexicon) -> dict[int, int]:
    """For each act not yet done told in a clause of ``until_marks`` on the clause of a protest
    ("the strike would continue *until the government gives a written commitment*", "will
    stay on strike until the ministry *agrees* to hire staff", "vowed to keep blocking the
    highway until the ministry *signs* a guarantee"), by index, the index of the protest:
    what the protest holds out for, its demand (CAMEO 14: demonstrate *for* a change), no
    act of its own. Not when the protest is told in the past, with no modal ("the strike
    continued until the government *agreed*": the act that ended it, an act of its own)."""
    out = {}
    for m, protest in enumerate(found):
        head = heads.get((protest.start, protest.end, protest.type))
        if protest.type != "PROTEST" or head is None or protest.content_of:
            continue
        verbs = _protest_verbs(head)
        if verbs and verbs[-1].tag_ == "VBD" and not under_modal(verbs[-1:]):
            continue  # "the sit-in went on until police cleared the square": told as over
        clauses = {c.i for v in verbs for c in v.children if c.dep_ == "advcl"
                   and any(w.dep_ == "mark" and lex.cue("until_marks", w.lower_)
                           for w in c.children)}
        for n, e in enumerate(found):
            word = heads.get((e.start, e.end, e.type))
            if clauses and word is not None and e.modality in _ANNOUNCED and (
                    word.i in clauses or (word.dep_ in _OBJECTS and word.head.i in clauses)):
                out.setdefault(n, m)
    return out


def _protest_verbs(head: Token) -> list[Token]:
    """The verbs of a protest's clause: its own verb, or the verb its noun hangs on ("the
    *strike* would *continue*", "*stay* on *strike*"), and the verb that verb completes
    ("*keep* blocking")."""
    node = head
    for _ in range(3):
        if node.pos_ in _VERBS or node.head.i == node.i:
            break
        node = node.head
    if node.pos_ not in _VERBS:
        return []
    return [node, node.head] if node.dep_ == "xcomp" else [node]


def _reached(word: Token) -> set[int]:
    """The tokens a speech act's content may sit on: what it governs, read through to
    ``_DEPTH``, or, for a modal, its verb and what that governs; and the verbs coordinated
    with a verb of them ("to respect the truce *and to allow* convoys"), not a past
    conjunct the parser hung on an infinitive (``misreadings.infinitive_conjunct_past``)."""
    level = [word.head] if word.dep_ == "aux" else [*_content(word), *_on_light(word)]
    reached: set[int] = set()
    for _ in range(_DEPTH):
        level += [c for t in level if t.pos_ in _VERBS for c in t.conjuncts]
        # not a past conjunct hung on an infinitive: the speaker's own act ("urged X to lay
        # down ... and *offered* to mediate")
        level = [t for t in level if t.i not in reached and t.i != word.i
                 and infinitive_conjunct_past(t) is None]
        reached.update(t.i for t in level)
        level = [c for t in level for c in _content(t)]
    return reached


def _on_light(noun: Token) -> list[Token]:
    """What a speech act's noun asks or offers where the parser hung its "for" phrase on the
    light verb whose object the noun is ("*made* a request to Tarsia *for the release*", as
    ``modality`` reads it: requested)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return []
    return [o for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "for"
            for o in c.children if o.dep_ in ("pobj", "pcomp")]


def of_act(kind: str, code: str | None, lex: Lexicon) -> tuple[str, str | None] | None:
    """The (code, mode) of a ``kind`` (THREATEN, REJECT, ...) whose content is an act coded
    ``code``: a future attack announced is a threat of conventional attack (1384)."""
    table = lex.content.get(kind)
    return _lookup(table, code) if table and code else None


def _content(head: Token) -> Iterator[Token]:
    controlled = infinitive(head)
    if controlled is not None and controlled.dep_ == "advcl":
        yield controlled  # "pressed [the government] to reverse": a purpose clause misread
    for c in head.children:
        if c.pos_ in _VERBS and (c.dep_ in ("xcomp", "ccomp", "acl") or (
                c.dep_ == "relcl" and to_infinitive(c))):
            yield c  # "refused to extradite", "calls to end" (read as a relative clause)
        elif c.dep_ in _OBJECTS:
            yield c
            yield from c.conjuncts
        elif c.dep_ == "prep" and c.lower_ in _PREPS:
            for o in c.children:
                if o.dep_ in ("pobj", "pcomp"):
                    yield o
                    yield from o.conjuncts


def _stray(head: Token) -> list[Token]:
    """Infinitives the parser hangs on the verb that belong to its object ("rejected [calls]
    *to end* the curfew")."""
    return [c for c in head.children if c.dep_ == "advcl" and c.pos_ in _VERBS
            and to_infinitive(c)]


def _code(token: Token, senses: Mapping[int, Entry], lex: Lexicon, depth: int,
          stray: list[Token] | tuple[()] = ()) -> str | None:
    """The CAMEO code of the act ``token`` names, reading demands and offers through (with
    the ``stray`` infinitives that belong to it)."""
    entry = senses.get(token.i)
    if token.lemma_.lower() in lex.enders and (entry is None or (
            entry.type in _EASING and not entry.obj)):
        eased = _eased(token, senses, lex)
        if eased is not None:
            return eased
    if entry is not None and entry.type is not None and entry.type not in _THROUGH:
        return entry.cameo
    if depth < _DEPTH:
        for inner in [*_content(token), *(stray if entry is not None
                                          and entry.type in _THROUGH else ())]:
            code = _code(inner, senses, lex, depth + 1)
            if code is not None:
                table = lex.content.get(entry.type or "") if entry is not None else None
                if table:  # a demand of its own: "calls for his resignation" is 1041
                    found = _lookup(table, code)
                    return found[0] if found else entry.cameo  # type: ignore[union-attr]
                return code
    return entry.cameo if entry is not None else None


def _eased(ender: Token, senses: Mapping[int, Entry], lex: Lexicon) -> str | None:
    """The code of easing the hostile act that ``ender`` ends ("an *end* to the curfew",
    "the *lifting* of sanctions", "*halt* the shelling")."""
    ended = [c for c in ender.children if c.dep_ in _OBJECTS]
    ends = word_list("grammar.yaml", "ended_preps")
    ended += [o for c in ender.children if c.dep_ == "prep" and c.lower_ in ends
              for o in c.children if o.dep_ == "pobj"]
    for token in ended:
        entry = senses.get(token.i)
        if entry is not None and entry.cameo is not None:
            found = _lookup(lex.eased, entry.cameo)
            if found is not None:
                return found
    return None


def _lookup(table: Mapping[str, _T], code: str) -> _T | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def _narrower(code: str, sense: str) -> bool:
    """A code under the sense's own, or any code of the root for a root's general code
    ("100", "120", "130")."""
    if code == sense:
        return False
    if root_general(sense):
        return code[:2] == sense[:2]
    return code.startswith(sense)
