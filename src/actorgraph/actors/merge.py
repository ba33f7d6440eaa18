"""Merge the actors of many documents into the actors of a corpus.

In: document-local ``Actor`` records (ids ``<doc_id>#<n>``). Out: corpus actors with stable
ids, and the map from each local id to its corpus id.

Two local actors are one when they share a dictionary identity, a full name or a defined
acronym, or when one person's name is a spelling variant of the other's (Sergey/Sergei,
Ishchenko/Ischenko). A person's full name is one person whatever country each report gave
him (a foreign minister placed in the country he visits), also where the tagger read it as a
body's, or as a place's when a given name opens it; the country is the one most reports
give. A bare surname joins the one full name in the corpus that ends with it (else, a
family name written first, the one that starts with it: "Kovács" of "Kovács Bálint"), and a
family name of several words ("Ould Mennou", "de la Fuente") the one that ends with it, whose
country agrees; when several could, it stays apart. A description ("the prime minister",
"The Minister") is no person's name: it is no spelling of another. A defined acronym is its
body also where the tagger read it as something else (``_join_acronyms``). A place the
dictionary lacks is one place by its name ("Kumbo" in two reports), also where the tagger
read the one-word name as a person or a body in a report that gives it nothing of one
(``_as_places``). Otherwise
actors of different dictionary identities, kinds or countries never merge (Tajikistan's and
Brazil's "defence ministry" are two). An anonymous source ("a
diplomatic source") merges with nothing: it is one per description per document. An unnamed
plural description ("forces", "troops", "Sudan's warring forces") never joins a named actor
across documents, only other such descriptions of its identity; within a document,
coreference may have made it part of one.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import replace

from ..records import Actor
from .acronyms import abbreviates
from .dictionary import Dictionary, norm, word_list
from .formats import bare_key, family_key, family_tail, family_tails, full_name
from .spellings import same_person_names, surname, variant_pairs
from .summary import summarise
from .union import Groups


def actor_id(identity: str) -> str:
    """A stable corpus actor id for a dictionary key or a kind-qualified name."""
    return "A" + hashlib.sha1(identity.encode("utf-8")).hexdigest()[:12]


def _family(kind: str) -> str:
    return "ORG" if kind in ("ORG", "GROUP") else kind


def merge(local: Iterable[Actor], d: Dictionary,
          towns: Collection[str] = ()) -> tuple[list[Actor], dict[str, str]]:
    """Return the corpus actors and the map local id → corpus id; ``towns`` are the names
    (``norm``) of the towns the corpus's acts are placed in (``_as_places``)."""
    actors, anonymous = [], []
    for a in sorted(local, key=lambda a: a.id):
        (anonymous if a.anonymous else actors).append(a)
    names = _people_named(actors, d)  # "a health officer, Mebrat Kidane" is no anonymous source
    actors += [replace(a, anonymous=False) for a in anonymous if _written_after(a, names, d)]
    anonymous = [a for a in anonymous if not _written_after(a, names, d)]
    actors = _as_places(actors, towns)
    u = Groups([a.key for a in actors], [a.kind for a in actors],
               [a.country for a in actors], strict_kinds=True)
    first: dict[tuple[str, str], int] = {}
    for i, a in enumerate(actors):
        if a.key:
            # unnamed members ("troops", "Sudan's warring forces") share the key only among
            # themselves: what joins them to a named actor is a document's coreference
            u.join(first.setdefault(("members" if _members(a, d) else "key", a.key), i), i)
        for alias in a.aliases:
            if len(alias.split()) > 1 or (alias.isupper() and len(alias) > 1) or (
                    a.kind == "LOCATION" and not a.key):
                # a name the dictionary does not know (a person's, "the defence ministry")
                # is one actor only within one country
                u.join(first.setdefault((_family(a.kind), norm(alias)), i), i,
                       strict_country=True)
    _join_acronyms(actors, u)
    _join_people(actors, u, d)
    groups: dict[int, list[Actor]] = defaultdict(list)
    for i, a in enumerate(actors):
        groups[u.find(i)].append(a)
    merged, links, taken = [], {}, set()
    for members in sorted(groups.values(), key=lambda ms: ms[0].id):
        actor = _combine(members, d)
        if actor.id in taken:  # two actors that share a name but were kept apart
            actor = replace(actor, id=actor_id(f"{actor.id}|{actor.doc_id}:{actor.start}"))
        taken.add(actor.id)
        merged.append(actor)
        links.update({m.id: actor.id for m in members})
    for a in anonymous:  # an unnamed source is one per description and document
        merged.append(replace(a, id=actor_id(f"anonymous|{a.doc_id}|{norm(a.name)}")))
        links[a.id] = merged[-1].id
    merged = [replace(a, roles=tuple(replace(r, of=links.get(r.of, r.of) if r.of else None)
                                     for r in a.roles)) for a in merged]
    return sorted(merged, key=lambda a: a.id), links


def _as_places(actors: list[Actor], towns: Collection[str] = ()) -> list[Actor]:
    """``actors`` where a one-word name the dictionary does not know, which the corpus names
    a place somewhere ("the village of Kumbo", "in Kumbo"), is that place wherever the
    tagger read it as someone or some body with nothing of a person or a body about it (no
    role, no title, one word): "gendarmes raided *Kumbo*" is the town. So is a name of any
    length that is a town the corpus's acts are placed in (``towns``: "fired shells into the
    village of Ban Huai Sai"), where the tagger read it as a person, a body or a group the
    text gives nothing of one (no role, title, sector or country): "the shelling of *Ban
    Huai Sai*"."""
    places = {norm(x) for a in actors if a.kind == "LOCATION" and not a.key
              for x in a.aliases if " " not in x}
    towns = frozenset(towns)

    def place(a: Actor) -> bool:
        if a.key or a.roles or not a.named or not a.aliases:
            return False
        if a.kind in ("PERSON", "ORG") and all(" " not in x and norm(x) in places
                                              for x in a.aliases):
            return True
        return a.kind in ("PERSON", "ORG", "GROUP") and a.sector is None \
            and a.country is None and all(norm(x) in towns for x in a.aliases)
    return [replace(a, kind="LOCATION", sector=None) if place(a) else a for a in actors]


def _members(a: Actor, d: Dictionary) -> bool:
    """True for an unnamed actor described by a plural group noun ("forces", "the rebel
    leader's troops"): some of a country's or an organisation's men, not the body itself
    ("the army" is the country's army)."""
    noun = d.noun(a.name.split()[-1]) if not a.named and a.name else None
    return noun is not None and noun.plural


def _join_acronyms(actors: list[Actor], u: Groups) -> None:
    """An acronym a report defines ("Rassemblement des Patriotes du Haut-Plateau (RPHP)":
    the acronym and the name one actor's) is that body in every report, also where the
    tagger read it as a place's or a person's name; not an actor the dictionary knows by
    those letters ("CAF", the Central African Republic)."""
    defined: dict[str, int] = {}
    for i, a in enumerate(actors):
        if a.kind in ("ORG", "GROUP"):
            for x in a.aliases:
                if len(x) > 1 and x.isupper() and any(
                        " " in y and abbreviates(y, x, True) for y in a.aliases):
                    defined.setdefault(x, i)
    for i, a in enumerate(actors):
        if not a.key and a.kind != "COUNTRY":
            for x in a.aliases:
                if x in defined:
                    u.join(defined[x], i, strict_country=True, mislabelled=True)


def _join_people(actors: list[Actor], u: Groups, d: Dictionary) -> None:
    """Join spelling variants of full names, then bare surnames to the one full name they
    can belong to. Names are compared once per distinct spelling, within blocks that share
    the surname's first letter, so the work grows with the vocabulary, not the corpus."""
    people = [i for i, a in enumerate(actors) if a.kind == "PERSON"
              or (a.kind == "ORG" and not a.key and len(a.aliases) == 1 and " " not in a.name)]
    full_names: dict[str, list[int]] = defaultdict(list)
    for i in people:  # a description ("the prime minister") is no one's name
        if actors[i].kind == "PERSON" and actors[i].named:
            for alias in actors[i].aliases:
                if " " in alias:
                    full_names[alias].append(i)
    blocks: dict[str, list[str]] = defaultdict(list)
    firsts: dict[str, list[str]] = defaultdict(list)  # "kovacs" -> ["Kovács Bálint"]
    for name in sorted(full_names):
        blocks[surname(name)[:1]].append(name)
        if (key := family_key(name)) is not None:
            firsts[key].append(name)
    for name, same in full_names.items():  # one person, whatever country each report gave
        same = [j for j in same if actors[j].named]
        if _personal(name, d):
            for j in same[1:]:
                u.join(same[0], j)
    for i, a in enumerate(actors):  # a full name the tagger read as a body's or a place's
        if a.kind in ("ORG", "GROUP", "LOCATION") and not a.key and a.named and a.aliases \
                and all(x in full_names and _personal(x, d) for x in a.aliases) and (
                    a.kind != "LOCATION" or all(d.gender(x.split()[0]) for x in a.aliases)):
            u.join(full_names[a.aliases[0]][0], i, mislabelled=True)
    for a, b in variant_pairs(full_names):
        for i in full_names[a]:
            for j in full_names[b]:
                u.join(i, j, strict_country=True)
    _join_tails(actors, u, full_names, d)
    _join_written_after(actors, u, d)
    fits: dict[str, list[str]] = {}  # a bare name -> the full names it can stand for
    for i in people:
        if any(" " in x for x in actors[i].aliases) and actors[i].kind == "PERSON":
            continue
        name = actors[i].aliases[0] if actors[i].aliases else actors[i].name
        if name not in fits:
            fits[name] = [full for full in blocks.get(surname(name)[:1], [])
                          if surname(full) == surname(name) or same_person_names(full, name)
                          ] or firsts.get(bare_key(name) or "", [])  # family name first
        # actors sharing a full name are one group already: one of them stands for all
        options = {u.find(full_names[full][0]) for full in fits[name]}
        if len(options) > 1 and actors[i].country:
            options = {j for j in options if u.country[j] in (None, actors[i].country)}
        if len(options) == 1:
            u.join(options.pop(), i, strict_country=True, mislabelled=True)


def _personal(name: str, d: Dictionary) -> bool:
    """Whether ``name`` is a person's full name (``formats.full_name``), not an office's
    ("Foreign Minister") nor a body's ("Velmar Holdings")."""
    body = word_list("names.yaml", "body_words")
    return full_name(name) and d.title(name) is None and not any(
        w.lower() in body for w in name.split())


def _people_named(actors: list[Actor], d: Dictionary) -> dict[str, str]:
    """The people's full names (``_personal``) of named persons, or of bodies with no
    dictionary identity (a person the tagger read as a body), each with one actor's id."""
    return {x: a.id for a in actors if a.named and (a.kind == "PERSON" or (
        a.kind in ("ORG", "GROUP") and not a.key)) for x in a.aliases if _personal(x, d)}


def _written_after(a: Actor, names: dict[str, str], d: Dictionary) -> str | None:
    """The id of the person (of ``names``) whose full name one of ``a``'s names writes
    after a title or a description ("Chief Minister Tobias Marekau", "the commander of the
    port, Colonel Tobias Marekau"): the words before the name end in a comma, or in a
    capitalised word that is no given name before a name that opens with one; not "the
    wife of Tobias Marekau", nor "Maria Tobias Marekau", nor "Sidi Ould Mennou" (of "Ould
    Mennou")."""
    if a.key or a.kind not in ("PERSON", "ORG", "GROUP"):
        return None
    for alias in a.aliases:
        words = alias.split()
        for k in range(1, len(words) - 1):
            before, name = words[k - 1], " ".join(words[k:])
            if name in names and names[name] != a.id and (before.endswith(",") or (
                    before[:1].isupper() and not d.gender(before.rstrip("."))
                    and d.gender(words[k]))):
                return names[name]
    return None


def _join_written_after(actors: list[Actor], u: Groups, d: Dictionary) -> None:
    """Join an actor written as a title or a description, then a person's full name, to
    that person (``_written_after``)."""
    names = _people_named(actors, d)
    index = {a.id: i for i, a in enumerate(actors)}
    for i, a in enumerate(actors):
        if (person := _written_after(a, names, d)) is not None:
            u.join(index[person], i, mislabelled=True)


def _join_tails(actors: list[Actor], u: Groups, full_names: dict[str, list[int]],
                d: Dictionary) -> None:
    """Join a family name of several words used alone ("Ould Mennou", "van der Hoek") to the
    one person of the corpus whose full name ends with it (``formats.family_tail``) and
    whose country agrees; when several could, it stays apart."""
    ends: dict[str, set[str]] = defaultdict(set)
    for name in full_names:
        for tail in family_tails(name):
            ends[tail].add(name)
    for i, a in enumerate(actors):
        if a.key or a.kind not in ("PERSON", "ORG", "GROUP"):
            continue
        for alias in a.aliases:
            tail = family_tail(alias, d)
            if tail is None or tail not in ends:
                continue
            options = {u.find(full_names[full][0]) for full in ends[tail]}
            if len(options) > 1 and a.country:
                options = {j for j in options if u.country[j] in (None, a.country)}
            if len(options) == 1:
                u.join(options.pop(), i, strict_country=True, mislabelled=True)


def _combine(members: list[Actor], d: Dictionary) -> Actor:
    key = next((m.key for m in members if m.key), None)
    entry = d.entries.get(key) if key else None
    about = summarise(entry, (m.kind for m in members), [m.name for m in members if m.named],
                      [m.name for m in members], (m.country for m in members),
                      (m.sector for m in members),
                      (m.country for m in members if m.country_basis == "report"))
    mentions = tuple(sorted({s for m in members for s in m.mentions},
                            key=lambda s: (s.doc_id, s.start, s.end)))
    first = mentions[0]
    return Actor(
        id=actor_id(key or f"{about.kind}:{norm(about.name)}"), name=about.name,
        doc_id=first.doc_id, start=first.start, end=first.end, kind=about.kind,
        aliases=tuple(dict.fromkeys(x for m in members for x in m.aliases)),
        country=about.country, sector=about.sector,
        roles=tuple(dict.fromkeys(r for m in members for r in m.roles)),
        mentions=mentions, key=key, org=entry.org if entry else None,
        named=any(m.named for m in members),
        country_basis=about.country_basis,
    )
