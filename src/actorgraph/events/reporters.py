"""The state body that reports an act of its own told in the passive with no hand named.

In: a verbal trigger, the actor map, the modality reader and the lexicon. Out: the reporting
body as the act's doer, or none. "Police said 40 kilograms of heroin *were seized*",
"officials said 300 rifles *were confiscated*", "eleven smugglers *were arrested*, police
said": an arrest or a seizure (``reported_own_types`` in ``arguments.yaml``) is made by the
police, the army, the customs or a ministry (``reporting_state_sectors``; not a court, which
judges the detentions it speaks of; a body, not the person who speaks for it), and one of them
telling it, with no other hand, tells its own act. Not when the clause names a doer ("by
soldiers"), happens in another country than the body's ("were arrested *in Uganda*"), or is
not told as done by that body (a warning: "goods *will be* seized, customs said"); never
for civilians or rights groups, who report what others did.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tables import word_list
from .actormap import ActorMap
from .doers import doers
from .lexicon import Lexicon
from .modality import Modality
from .subjects import PASSIVE_SUBJECTS, agent, pobjs
from .triggers import Trigger

#: Prepositions that place an act: "arrested *in Uganda*", "seized *at* the border".
_PLACING = word_list("arguments.yaml", "reported_act_place_preps")
#: Pronouns of the speaker and of whom they speak to: an arrest done to them is another's.
_SPEAKERS = word_list("arguments.yaml", "reported_speaker_pronouns")


def own_act(trigger: Trigger, amap: ActorMap, modality: Modality,
            lex: Lexicon) -> list[str]:
    """The state body whose report tells ``trigger`` as its own act (see the module); []
    when it is not such an act or has another hand."""
    verb = trigger.head
    if trigger.entry.pos != "verb" or trigger.entry.type not in word_list(
            "arguments.yaml", "reported_own_types") or trigger.light is not None:
        return []
    undergoers = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
    if not undergoers or agent(verb) or any(c.lower_ in _SPEAKERS for c in undergoers):
        return []  # "*we* were locked up": the speaker's own detention, by another hand
    said = _speech(verb, lex)
    if said is None:
        return []
    sectors = word_list("arguments.yaml", "reporting_state_sectors")
    # a body, not a person who speaks for it ("police spokesman Colonel X said"): its
    # spokesman made no arrest
    speakers = [a for a in doers(said, amap) if amap.sector.get(a) in sectors
                and amap.kind.get(a) != "PERSON"]
    if not speakers:
        return []
    reading = modality.read(trigger.clause, trigger.entry.type)
    if reading.modality != "reported" or reading.attributed_to not in speakers:
        return []
    home = {amap.country.get(a) for a in speakers} - {None}
    places = [a for c in verb.children if c.dep_ == "prep" and c.lower_ in _PLACING
              for a in amap.actors(pobjs(c)) if amap.kind.get(a) in ("COUNTRY", "LOCATION")]
    if home and any(amap.country.get(a) not in (None, *home) for a in places):
        return []  # "two Kenyan traders were arrested in Uganda": Uganda's arrest
    return speakers


def _speech(verb: Token, lex: Lexicon) -> Token | None:
    """The verb of saying whose report ``verb``'s clause is: the verb it is the complement
    of ("police said [they were seized]"), or one set after it ("[they were seized], police
    said")."""
    if verb.dep_ == "ccomp" and lex.cue("report_verbs", verb.head.lemma_.lower()):
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("parataxis", "ccomp")
                 and lex.cue("report_verbs", c.lemma_.lower())
                 and any(s.dep_ == "nsubj" for s in c.children)), None)
