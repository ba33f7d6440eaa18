"""Whom an act that names no recipient of its own is aimed at, from the clause it hangs on.

In: the act's token, an ``ActorMap`` and the act's sources. Out: actor ids.

PLOVER_NOTES names no type whose recipient is the act's matter; an act done for a party names
it. An act wished for is done for whoever wishes it (``wisher``: "*Nepal* would welcome
Chinese aid", "*Kyiv* wants Berlin to deliver tanks", "*Somalia* hopes for Turkish help"),
when that is a state or a body of one other than the doer, or the party a "to"/"for" phrase
of the wishing verb names ("welcome Indian aid *to Sri Lanka*"). An act kept up until a party
yields (RETREAT, CONCEDE) is aimed at that party (``yielder``: "keep fighting until *the
rebels* lay down arms"). A threat made on a condition is aimed at whoever must act for it not
to be carried out (``condition_subjects``: "threatened a strike *unless Israel* rescinded").
A benefit asked for is done for whoever asks it (``asker``: "*Ukraine* asked Germany to
deliver air defence systems", "*Bangladesh* asked India to extradite ..."), as a wished one
is, on the same terms: a state or a body of one other than the doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.dictionary import NON_STATE
from ..actors.tables import word_list
from . import lexicon
from .actormap import ActorMap
from .doers import doers
from .reached import prep_targets, reach

#: Verbs whose subject wants the act they govern done for it: "Kabul would *welcome* Indian
#: aid", "Kyiv *wants* Berlin to deliver tanks", "Haiti *hopes* for Kenyan police".
_WISHES = word_list("events.yaml", "wishing_verbs")
#: How an act hangs on the wish that governs it: its object, its infinitive or clause, its
#: "for" phrase.
_WISHED = frozenset({"dobj", "xcomp", "ccomp", "pobj", "prep"})


def yielder(act: Token, amap: ActorMap, sources: list[str]) -> list[str]:
    """Whom an act kept up until a party yields (RETREAT, CONCEDE) is aimed at: the "until"
    clause's subject ("keep fighting until *the rebels* lay down arms"); not "until X came"."""
    ends = [v for k in (act, act.head)[:1 + (act.dep_ in ("xcomp", "dobj"))] for v in k.children
            if v.dep_ == "advcl" and any(m.lower_ in ("until", "till") for m in v.children) and any(
                e.type in ("RETREAT", "CONCEDE") for e in lexicon.get().senses("verb", v.lemma_))]
    return [a for a in amap.actors(c for v in ends for c in v.children if c.dep_ == "nsubj")
            if a not in sources]


def wisher(head: Token, amap: ActorMap, sources: list[str]) -> list[str]:
    """Whoever wishes for an act that names no recipient of its own ("*Nepal* would welcome
    Chinese aid", "*Kyiv* wants Berlin to deliver tanks", "*Somalia* hopes for Turkish
    help"): the subject of the wishing verb it hangs on, when that is a state (or a body of
    one) other than the act's doer, for whom the act is done. Not a body of no state ("the
    UN wants Israel to withdraw": not for the UN), nor a doer wishing its own act ("India
    hopes to send aid")."""
    if not sources:
        return []
    token, path = head, [head]
    for _ in range(3):
        if token.dep_ not in _WISHED or token.head == token:
            return []
        token = token.head
        path.append(token)
        # the tagger reads "hopes" as the verb "hop"
        if token.pos_ == "VERB" and (token.lemma_.lower() in _WISHES
                                     or token.lower_.rstrip("sd") in _WISHES):
            break
    else:
        return []
    # "welcome Indian aid *to Sri Lanka*", the recipient hung on the wishing verb
    named = reach([o for o in prep_targets(token, frozenset({"to", "for"}))
                    if o not in path], amap, frozenset(), sources, depth=0)
    if named:
        return named
    found = amap.actors(c for c in token.children if c.dep_ == "nsubj")
    return _for_whom(found, amap, sources)


def _for_whom(found: list[str], amap: ActorMap, sources: list[str]) -> list[str]:
    """Of ``found``, those an act is done for: a state or a body of one, not the doer's."""
    mine = {amap.country.get(a) for a in sources}
    return [a for a in found if a not in sources
            and amap.country.get(a) not in (None, *NON_STATE, *mine)]


def asker(act: Token, amap: ActorMap, sources: list[str]) -> list[str]:
    """Whoever asks for the act ``act`` (an infinitive or clause under a verb of asking:
    a verb with a REQUEST sense), for whom a benefit asked for is done ("*Ukraine* asked
    Germany to deliver ...", "*Peru* called on Bolivia to extradite ..."): the asking verb's
    doer, on the terms of ``wisher``; none under any other verb."""
    verb = act.head
    if not sources or act.dep_ not in ("xcomp", "ccomp") or verb.pos_ != "VERB" or not any(
            e.type == "REQUEST" for e in lexicon.get().senses("verb", verb.lemma_.lower())):
        return []
    return _for_whom(doers(verb, amap), amap, sources)


def condition_subjects(verb: Token, amap: ActorMap, exclude: list[str]) -> list[str]:
    """The actors a condition names ("threatened a strike *unless Israel* rescinded ..."):
    whoever must act for the threat not to be carried out."""
    for c in verb.subtree:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if")
                                     for m in c.children):
            return [a for a in amap.actors(x for x in c.children if x.dep_ == "nsubj")
                    if a not in exclude]
    return []
