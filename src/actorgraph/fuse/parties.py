"""The parties each corpus actor stands for in an event, which fusion compares.

In: corpus actors (``actors.merge``) and the dictionary. Out: each actor's parties: a
country (``country:EGY``) for the state and whoever acts for it, an office
(``office:EGY:foreign minister``) for whoever holds it, else the actor itself (and the body its
role is of); ``fuse.clusters`` tells two reports apart by them, ``fuse.contradictions`` finds
whose act a denial is about.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..actors.dictionary import NON_STATE, Dictionary, is_state, word_list
from ..actors.entries import Title
from ..records import Actor
from .acts import town

__all__ = ["parties"]

#: State bodies that stand for their country as a party ("the Russian army", "Moscow").
_STATE = word_list("sectors.yaml", "state_parties")
#: Of these, the armed, police and intelligence forces.
_FORCES = word_list("sectors.yaml", "state_party_forces")
#: The rank of a national office in ``data/titles.csv`` (below: a governor, a spokesman).
_TOP_RANK = 3
#: The rank of a grade of a force in ``data/titles.csv`` (a captain; below: a soldier).
_GRADE_RANK = 2
#: Nouns of the men of a force that police and armies share, and other services too.
_SHARED_MEMBERS = word_list("names.yaml", "shared_force_members")


def parties(actors: Iterable[Actor], d: Dictionary) -> dict[str, frozenset[str]]:
    """The parties each corpus actor stands for in an event: a country for the country
    itself, its places (however the tagger labelled a place the dictionary knows), capital
    and metonyms, its government and its armed forces (named or not: "the army", "Cambodian
    troops", "its soldiers"), and the officials the text gives a role in its state or in one
    of its bodies; an office ("office:EGY:foreign minister") for whoever holds it, by role or
    by description; else the actor, and the body of its own name (a movement, a union) its
    role is of; none for an unnamed actor with no identity ("the two ministers")."""
    actors = list(actors)
    out: dict[str, frozenset[str]] = {}
    country_of = {a.id: a.country for a in actors}
    kind_of = {a.id: a.kind for a in actors}
    for a in actors:
        country = a.country
        key = a.key or ""
        place = a.kind == "LOCATION" or key.startswith("L:")
        if country is None and place:
            known = d.place(a.name)
            country = known.country if known is not None else None
        state = is_state(country) and (
            a.kind == "COUNTRY" or place or key.startswith(("C:", "M:"))
            or (key.startswith("N:") and a.sector in _STATE) or _state_body(a, key)
            # a state's unnamed forces ("Cambodian troops", "its soldiers"; not its
            # officials, whom reports place less surely), not where their country is only
            # their report's ("Actor.country_basis": a guess keeps no reports apart)
            or (a.kind == "GROUP" and not a.named and not key and a.sector in _FORCES
                and a.country_basis != "report")
            or _member(a, key, d))
        if state:
            out[a.id] = frozenset({f"country:{country}"})
            continue
        if place and a.kind == "LOCATION" and country is None:  # "the shelling of Dorvale"
            out[a.id] = frozenset({town(a.name)})
            continue
        offices = {_office(country_of.get(r.of) or a.country, r.title, d) for r in a.roles}
        # a minister acts for the state the text makes him serve ("her government had never
        # asked Brazil")
        offices |= {f"country:{country_of[r.of]}" for r in a.roles
                    if a.sector in _STATE and r.of in kind_of
                    and kind_of[r.of] == "COUNTRY" and country_of.get(r.of)}
        # ... and so does one holding a national office of the state his words give by an
        # adjective ("Zambian Foreign Minister Chanda Mwale"; not a governor or a spokesman)
        if a.sector in _STATE and is_state(country) and any(
                r.of is None and _national(r.title, d) for r in a.roles):
            offices.add(f"country:{country}")
        if a.kind == "PERSON" and not a.named and a.country:  # "Egypt's foreign minister"
            title = _title_in(a.name, d)
            offices.add(_office(a.country, title, d) if title else None)
        if _organ(a, d) and country not in NON_STATE:  # "Romania's defence ministry"
            offices.add(f"country:{country}")
        own = {a.id} if a.named or key else set()
        out[a.id] = frozenset(own | {o for o in offices if o})
    return _serving(actors, out, kind_of)


#: Kinds of the bodies an official acts for (not a town he governs, nor a person he serves).
_BODIES = frozenset({"ORG", "GROUP"})


def _serving(actors: list[Actor], out: dict[str, frozenset[str]],
             kind_of: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """``out`` where an actor the text gives a role in a body (``Role.of``: "a government
    spokesman", "the Houthis' negotiator") also stands for what the body stands for: its
    state, for one of a state sector (not an opposition spokesman), or the body itself."""
    for a in actors:
        bodies = [out.get(r.of, frozenset()) for r in a.roles
                  if r.of and r.of != a.id and kind_of.get(r.of) in _BODIES]
        serves = {p for ps in bodies for p in ps if not p.startswith("office:")
                  and (a.sector in _STATE or not p.startswith("country:"))}
        if serves:
            out[a.id] = out[a.id] | serves
    return out


def _national(title: str, d: Dictionary) -> bool:
    """Whether ``title`` names a national office of a state (a president, a minister, an army
    commander: the top rank of a state sector), which acts for the state."""
    known = d.title(title)
    return known is not None and known.sector in _STATE and known.rank >= _TOP_RANK


def _organ(a: Actor, d: Dictionary) -> bool:
    """Whether ``a`` is one organ of a state its words describe rather than name ("the
    defence ministry", "Romania's foreign ministry": lowercase, one body, however the NER
    tagged it), or a ministry by its name ("Ministry of Foreign Affairs"); it acts for its
    state too."""
    if a.kind not in ("ORG", "GROUP") or a.key or not a.country or a.sector not in _STATE:
        return False
    if _organ_named(a.name):
        return True
    words = a.name.replace("'s", "").split()
    noun = d.noun(words[-1]) if words else None
    return all(not w[:1].isupper() for w in words[1:]) and noun is not None \
        and not noun.plural


def _state_body(a: Actor, key: str) -> bool:
    """Whether ``a`` is a body of a state by its own name (``data/institutions.csv``): one of
    its forces ("the Finnish Coast Guard", "Hungarian Border Police") or a ministry ("Togo's
    Ministry of the Interior"), which act for the state; not its courts, parliament, central
    bank or electoral commission, nor a party."""
    return key.startswith("B:") and (a.sector in _FORCES or (
        a.sector in _STATE and _organ_named(a.name)))


def _organ_named(name: str) -> bool:
    """Whether ``name`` is an executive organ's (``state_organs``): its head noun, first
    before an "of" phrase ("Ministry of Foreign Affairs") or last ("Foreign Ministry")."""
    words = [w.lower() for w in name.replace("'s", "").split()
             if w.lower() not in word_list("grammar.yaml", "articles")]
    if not words:
        return False
    head = words[0] if len(words) > 1 and words[1] == "of" else words[-1]
    return head in word_list("names.yaml", "state_organs")


def _office(country: str | None, title: str, d: Dictionary) -> str | None:
    """The office a title names in a country ("top diplomat" and "foreign secretary" name
    the foreign minister's)."""
    known = d.title(title)
    office = known.office if known is not None else title
    return f"office:{country}:{office.lower()}" if country else None


def _title_in(name: str, d: Dictionary) -> str | None:
    """The longest title that ends a description ("Egypt's *foreign minister*"), when it
    names an office: not a military grade (a captain, a colonel: one of many, or the master
    of a ship), whose holder the description does not tell apart."""
    title = _ending_title(name, d)
    if title is None or (title.sector == "MIL" and title.rank < _TOP_RANK):
        return None
    return title.title


def _ending_title(name: str, d: Dictionary) -> Title | None:
    """The longest title that ends a description ("Egypt's *foreign minister*")."""
    words = name.replace("’", "'").split()
    for n in range(min(4, len(words)), 0, -1):
        title = d.title(" ".join(words[-n:]))
        if title is not None:
            return title
    return None


def _member(a: Actor, key: str, d: Dictionary) -> bool:
    """Whether ``a`` is one unnamed member of a state's forces its words give by the state's
    adjective ("a Thai soldier", "an Iranian coastguard officer", "a Pakistani policeman"),
    who acts for the state as its forces do ("Thai soldiers"); not a grade (a captain, a
    colonel: the master of a ship, or one of many the words do not tell apart)."""
    if a.kind != "PERSON" or a.named or key or a.sector not in _FORCES:
        return False
    title = _ending_title(a.name, d)
    if title is None or title.sector not in _FORCES or title.rank >= _GRADE_RANK:
        return False
    if title.title.lower() not in _SHARED_MEMBERS:
        return True
    # an "officer" is of the force the word before names ("a *coastguard* officer"; not "a
    # consular officer")
    words = a.name.lower().split()
    force = d.noun(words[-2]) if len(words) > 1 else None
    return force is not None and force.sector in _FORCES
