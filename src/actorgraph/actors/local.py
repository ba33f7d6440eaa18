"""Actors of one document: mentions grouped into actors, with aliases, codes and roles.

In: a ``Document``, its parse and the dictionary. Out: ``Actor`` records whose ids are local
to the document (``<doc_id>#<n>``); the fuse stage merges them across documents.

Mentions are grouped by dictionary identity, by equal names, by apposition and copula, by
acronyms defined inline ("House of Representatives (HoR)", "Government of National Accord
GNA": ``acronyms``), by surname ("Haftar" after "Khalifa Haftar", "Ould Mennou" after
"Brahim Vall Ould Mennou") and by spelling variants ("Ishchenko", "Ischenko"); then pronouns
and descriptions are resolved (``coref``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc

from ..records import Actor, Document, Role, Span, local_actor_id
from . import acronyms, coref, descriptions, generic, mentions, missed, possessed
from .candidates import Candidate
from .collectives import STATE_SECTORS
from .context import Roles
from .dictionary import Dictionary, is_state, norm
from .formats import family_first, family_tail, family_tails
from .nominals import ARMED
from .placing import office_country, paragraph_openings, place_officials
from .spellings import same_person_names, surname, variant_pairs
from .summary import summarise
from .union import Groups

_OFFICE_GAP = re.compile(r"(\s+of\s+[^,;.()]+)?,\s*")  # "the Bishop[ of Kessely], Name"



def _whole(form: str, text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``form`` in ``text`` standing as whole words (no word character just
    before or after: ``re``'s ``(?<!\\w)form(?!\\w)``, found without compiling a pattern per
    form), left to right, not overlapping."""
    if not form:
        yield from (m.span() for m in re.finditer(r"(?<!\w)(?!\w)", text))
        return
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        if not _word_char(text, start - 1) and not _word_char(text, end):
            yield start, end
            start = text.find(form, end)
        else:
            start = text.find(form, start + 1)


def _word_char(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a word character as ``re`` reads ``\\w`` (none outside it)."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


class Local:
    def __init__(self, document: Document, doc: Doc, d: Dictionary) -> None:
        self.document, self.doc, self.d = document, doc, d
        self.sent_of = mentions.sentence_index(doc)
        found = missed.untagged_people(doc, d, self.sent_of,
                                       mentions.find(doc, d, self.sent_of))
        found = acronyms.whole_long_names(document.text, doc, self.sent_of, found)
        mentions.name_state_forces(doc, d, found)
        self.candidates = possessed.owned_forces(doc, self.sent_of, d, found)

    def run(self) -> tuple[Actor, ...]:
        same = Roles(self.doc, self.document.id, self.candidates, self.d).run()
        titles = [(r.start, r.end) for c in self.candidates for r in c.roles]
        self.candidates = [c for c in self.candidates  # "Defense" in "Secretary of Defense"
                           if not any(s <= c.start and c.end <= e for s, e in titles)]
        same += [(c, c.part_of) for c in self.candidates if c.part_of is not None]
        same += self._offices_read_as_bodies()
        described, referring = descriptions.back_references(self.doc, self.candidates,
                                                            self.sent_of)
        self.candidates = sorted(self.candidates + described, key=lambda x: (x.start, -x.end))
        same += referring  # "Armenia's defence ministry ... The ministry"
        kept = {id(c) for c in self.candidates}
        same = [(a, b) for a, b in same if id(a) in kept and id(b) in kept]
        definitions = acronyms.definitions(self.document.text, self.candidates)
        self._add_acronym_mentions(definitions)
        cands = self.candidates
        groups = Groups([c.key for c in cands], [c.kind for c in cands],
                        [c.country for c in cands], strict_kinds=False)
        names = [i for i, c in enumerate(cands) if not c.is_reference]
        by_key: dict[tuple[str, str], int] = {}
        by_text: dict[str, int] = {}
        for i in names:
            c = cands[i]
            if c.key:  # "troops", "warring forces" are some of the army's men, not it
                members = c.label == "NOUN" and c.plural
                groups.join(by_key.setdefault(("members" if members else "", c.key), i), i)
            if c.label != "NOUN":
                groups.join(by_text.setdefault(norm(c.text), i), i, strict_country=True)
        index = {id(c): i for i, c in enumerate(cands)}
        for a, b in same:
            groups.join(index[id(b)], index[id(a)])
        for c, acronym in definitions:
            for i, other in enumerate(cands):
                if other.text == acronym:
                    groups.join(index[id(c)], i)
        self._join_people(groups, names)
        order: dict[int, int] = {}
        for i in names:
            cands[i].group = order.setdefault(groups.find(i), len(order))
        for i, c in enumerate(cands):  # "X, the director-general of the WHO": the apposition
            if c.label == "DESC" and groups.find(i) in order:  # named its description
                c.group = order[groups.find(i)]
        self._add_name_mentions()
        resolver = coref.Resolver(self.doc, self.candidates)
        resolver.run()
        self._join_owned_forces()
        self._owned_groups()
        count = self._renumber()
        held = {self._office(r.title) for c in self.candidates
                if c.group >= 0 and not c.is_reference for r in c.roles}
        by_head, opening = {c.head: c for c in self.candidates}, paragraph_openings(self.doc)
        for c in self.candidates:
            if c.label == "DESC" and c.group < 0 and not c.country and c.sector in STATE_SECTORS:
                head, title = self.doc[c.head], re.sub(r"^(?i:the)\s+", "", c.text)
                unheld = not generic.regional_office(c, head) and generic.unheld_office(
                    c, head, self.d.title(title), held)
                first = c.sent - (c.sent not in opening)  # its paragraph's sentence before
                if unheld:  # "Malaysia closed ... The prime minister": the acting state's
                    c.country = generic.hosting_place(head, self.candidates, c.sent) \
                        or generic.acting_state(c, self.doc, self.candidates, first)
                # "imposed across Ecuador by the president": an office of the state with no
                # antecedent is that of the one country its sentence names, unless it acts
                # on it or travels there as the doer (who acts on it are its own people)
                here = generic.sentence_countries(c, self.candidates)  # "Thai protesters"
                hosts = {x.country for x in self.candidates if x.sent == c.sent
                         and generic.hosted_by(head, x)}
                hosts |= {x.country for x in self.candidates if x.sent == c.sent
                          and head.dep_ == "nsubj" and x.country in here and (
                              generic.travelled_to(head, x, self.d)
                              or generic.not_its_country(head, x, by_head, self.d))}
                abroad = bool(hosts) and not here - hosts  # a visitor or one acting abroad
                if not c.country:
                    c.country = here.pop() if len(here) == 1 and not here & hosts else None
                if unheld and not c.country and not here:
                    c.country, c.country_basis = office_country(c, self.candidates, first)
                if unheld and c.country:  # no holder named: the state's, with its role
                    c.roles = [Role(title, None, self.document.id, c.end - len(title), c.end)]
                    c.label, c.group, count = "NOUN", count, count + 1
                    continue
                if abroad:  # an actor the text gives no country
                    c.label, c.group, count = "NOUN", count, count + 1
                    continue
                if c.country is None and generic.regional_office(c, head):
                    # "the governor": a region's office holder is an actor even unnamed
                    c.country = generic.context_country(c, self.candidates)
                    c.label, c.group, count = "NOUN", count, count + 1
                    continue
            if c.label == "DESC" and c.group < 0 and (c.country or (
                    c.kind == "GROUP" and c.sector)):  # "the militia", unnamed
                c.label, c.group, count = "NOUN", count, count + 1  # "the president of Armenia"
        for pronoun, office in resolver.spoken_by:  # "the interior minister said *she* ..."
            if office.group < 0:  # "the chief administrator": an office the table lacks
                office.label, office.group, count = "NOUN", count, count + 1
            pronoun.group = office.group
        return self._actors(count)

    def _offices_read_as_bodies(self) -> list[tuple[Candidate, Candidate]]:
        """(person, office) for each name of a body the dictionary does not know that holds
        the title of a role of the person apposed to it, an "of" phrase between them or not
        ("the Catholic Bishop of Kessely, Tobias Marekau"): the office is a description of
        him, no body."""
        out = []
        for c in self.candidates:
            for r in c.roles if c.kind == "PERSON" and c.is_name else ():
                for o in self.candidates:
                    if o.label == "ORG" and o.key is None and o.start <= r.start \
                            and r.end <= o.end and _OFFICE_GAP.fullmatch(
                                self.document.text, o.end, max(o.end, c.start)):
                        o.label, o.kind, o.title = "DESC", "PERSON", r.title
                        out.append((c, o))
        for c, o in out:  # his office is of no body the office's own words name
            c.roles = [replace(r, of=None) if r.of == f"@{o.start}:{o.end}" else r
                       for r in c.roles]
        return out

    def _office(self, title: str) -> str:
        """The office ``title`` names ("premier": prime minister), lowercased."""
        found = self.d.title(title)
        return found.office.lower() if found else title.lower()

    def _join_owned_forces(self) -> None:
        """Armed men an organisation owns are that organisation: "The RSF said *its
        fighters* ...", "*the army's forces*"; a leader's ("the paramilitary leader's
        forces", "Hemedti's troops") are the organisation the text makes him lead, else
        stay their own, of his country, never the state's forces by default."""
        cands = self.candidates
        kind: dict[int, str | None] = {}
        for c in cands:
            if c.group >= 0 and not c.is_reference and kind.get(c.group) != "PERSON":
                kind[c.group] = c.kind if c.group not in kind or c.kind == "PERSON" \
                    else kind[c.group]
        by_head = {c.head: c for c in cands if c.group >= 0}
        by_span = {f"@{c.start}:{c.end}": c for c in cands if c.group >= 0}
        for c in cands:
            if c.label != "NOUN" or c.kind != "GROUP" or c.sector not in ARMED \
                    or c.part_of is not None:
                continue
            owner = next((by_head[t.i] for t in self.doc[c.head].children
                          if t.dep_ == "poss" and t.i in by_head), None)
            if owner is None or owner is c:
                continue
            owner_kind = kind.get(owner.group)
            if owner_kind in ("ORG", "GROUP"):
                self._move(c.group, owner.group)
                if c.key is None:  # a country its sentence gave it, not its own words:
                    c.country = None  # the organisation's is its own ("its fighters")
                c.key = None
            elif owner_kind == "PERSON":
                led = next((by_span[r.of] for m in cands if m.group == owner.group
                            for r in m.roles if r.of in by_span
                            and kind.get(by_span[r.of].group) in ("ORG", "GROUP")), None)
                if led is not None:
                    self._move(c.group, led.group)
                    c.key = None
                else:
                    person = next((m.country for m in cands if m.group == owner.group
                                   and m.country), None)
                    c.country, c.key = person, None

    def _move(self, old: int, new: int) -> None:
        """Put every mention of group ``old`` (with the pronouns resolved to it) in ``new``."""
        for m in self.candidates:
            if m.group == old:
                m.group = new

    def _renumber(self) -> int:
        """Number the groups that still have members 0, 1, ... in their order; return how
        many there are."""
        order: dict[int, int] = {}
        for c in sorted(self.candidates, key=lambda x: x.group):
            if c.group >= 0:
                c.group = order.setdefault(c.group, len(order))
        return len(order)

    def _owned_groups(self) -> None:
        """A group noun or an office a pronoun owns ("Turkey denied that *its troops* ...",
        "Kenya recalled *its ambassador* from Uganda") is that actor's: it takes the country
        the pronoun resolved to, and a group the key of such groups."""
        owners = {c.head: c for c in self.candidates if c.label == "PRON" and c.group >= 0}
        country = {}
        for c in self.candidates:
            if c.group >= 0 and not c.is_reference and c.country:
                country.setdefault(c.group, c.country)
        for c in self.candidates:
            # an office's owner outweighs a place its phrase names ("its ambassador *from
            # Uganda*"); a group keeps a country its own words gave it
            office = c.kind == "PERSON" and c.title is not None and c.label in ("NOUN", "DESC")
            if not (office or (c.label == "NOUN" and c.kind == "GROUP" and c.country is None)):
                continue
            poss = [t for t in self.doc[c.head].children if t.dep_ == "poss" and t.i in owners]
            found = country.get(owners[poss[0].i].group) if poss else None
            if is_state(found):
                c.country = found
                if not office:
                    c.key = f"N:{found}:{c.sector}" if c.sector else None

    def _add_name_mentions(self) -> None:
        """Uses of an actor's names that the NER missed ("Ishchenko stressed") become
        mentions; a name two actors share is left alone."""
        owners: dict[str, set[int]] = {}
        for c in self.candidates:
            if c.group < 0 or c.is_reference or c.label == "NOUN":
                continue
            forms = {c.text} if " " in c.text or c.text.isupper() else set()
            if c.kind == "PERSON":
                forms.add(c.text.split()[-1])
            for form in forms:
                if len(form) > 2:
                    owners.setdefault(form, set()).add(c.group)
        taken = self._coverage()
        for form, groups in owners.items():
            if len(groups) == 1:
                model = next(c for c in self.candidates
                             if c.group in groups and not c.is_reference)
                self.candidates += self._uses(form, model, taken)
        self.candidates.sort(key=lambda x: (x.start, -x.end))

    def _coverage(self) -> bytearray:
        """One byte per character of the text: 1 where a candidate already covers it (not a
        nominal that is part of a named body: "India's SSB (SSB) border force")."""
        taken = bytearray(len(self.document.text))
        for c in self.candidates:
            if c.label == "NOUN" and c.part_of is not None:
                continue
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        return taken

    def _uses(self, form: str, model: Candidate, taken: bytearray) -> list[Candidate]:
        """New mentions like ``model`` for each use of ``form`` where ``taken`` shows no
        candidate yet (and marks them)."""
        out = []
        for start, end in _whole(form, self.document.text):
            if any(taken[start:end]):
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                out.append(replace(model, start=start, end=end, text=form,
                                   head=span.root.i, sent=self.sent_of[span.root.i], roles=[]))
                taken[start:end] = b"\x01" * (end - start)
        return out

    # -- acronyms -----------------------------------------------------------------------
    def _add_acronym_mentions(self, definitions: list[tuple[Candidate, str]]) -> None:
        """Every use of a defined acronym is a mention, whatever label the NER gave it."""
        taken = self._coverage()
        for c, acronym in definitions:
            self.candidates += self._uses(acronym, replace(c, group=-1), taken)
        self.candidates.sort(key=lambda x: (x.start, -x.end))

    # -- people -------------------------------------------------------------------------
    def _join_people(self, groups: Groups, names: list[int]) -> None:
        """Surnames to the full name they end (the last one before them, else the next),
        and spelling variants of one name; compared by distinct spelling, so long
        documents stay fast."""
        cands = self.candidates
        full = [i for i in names if cands[i].kind == "PERSON" and len(cands[i].text.split()) > 1]
        by_surname: dict[str, list[int]] = {}
        for j in full:
            by_surname.setdefault(surname(cands[j].text), []).append(j)
        spellings: dict[str, list[int]] = {}  # distinct full names, in text order
        tails: dict[str, list[int]] = {}  # "ould mennou" -> "Brahim Vall Ould Mennou"
        for j in full:
            spellings.setdefault(cands[j].text, []).append(j)
            for tail in family_tails(cands[j].text):
                tails.setdefault(tail, []).append(j)
        for i in names:
            c = cands[i]
            if c.label == "NOUN" or c.kind not in ("PERSON", "ORG", "GROUP", "LOCATION", None):
                continue
            matches = []
            if len(c.text.split()) == 1:
                matches = by_surname.get(surname(c.text), [])
                if not matches and c.kind == "PERSON":
                    matches = [j for text, js in spellings.items()
                               if same_person_names(text, c.text) for j in js]
                if not matches:  # "Kovács" after "Kovács Bálint": the family name first
                    matches = family_first(c.text, spellings)
            elif c.key is None and c.kind != "LOCATION" and (
                    tail := family_tail(c.text, self.d)) is not None:
                matches = tails.get(tail, [])  # "Ould Mennou": one person's name ends so
                if len({norm(cands[j].text) for j in matches}) > 1:
                    matches = []
            if matches:
                before = [j for j in matches if cands[j].start < c.start]
                if groups.join(before[-1] if before else matches[0], i):
                    if c.kind != "PERSON":  # "Ondo" of Léa Ondo is not Nigeria's town
                        c.country = c.key = None
                    c.kind = "PERSON"
        for a, b in variant_pairs(spellings):
            groups.join(spellings[a][0], spellings[b][0])
        singles: dict[str, list[int]] = {}
        for i in names:
            if cands[i].kind == "PERSON" and " " not in cands[i].text:
                singles.setdefault(cands[i].text, []).append(i)
        for same in singles.values():
            for i in same[1:]:
                groups.join(same[0], i)
        for a, b in variant_pairs(singles):
            groups.join(singles[a][0], singles[b][0])

    # -- records --------------------------------------------------------------------------
    def _actors(self, count: int) -> tuple[Actor, ...]:
        members: list[list[Candidate]] = [[] for _ in range(count)]
        for c in self.candidates:
            if c.group >= 0:
                members[c.group].append(c)
        doc_id = self.document.id
        ids = [local_actor_id(doc_id, n) for n in range(count)]
        at = {f"@{c.start}:{c.end}": ids[c.group] for c in self.candidates if c.group >= 0}
        actors = []
        deferred: dict[int, str] = {}  # a surname's country, if the report places no one
        for n, group in enumerate(members):
            named = [c for c in group if not c.is_reference]
            entry = next((self.d.entries.get(c.key) for c in named if c.key), None)
            # Names are aliases; a description ("Burkina Faso's junta leader") only when the
            # actor has no name.
            proper = [c.text for c in named if c.label != "NOUN"]
            aliases = tuple(dict.fromkeys(proper or [c.text for c in named]))
            countries = [c.country for c in named if c.country]
            guessed = [c.country for c in named if c.country and c.country_basis == "report"]
            surnames = [c.fallback_country for c in named if c.fallback_country]
            # a full name no table lists ("Elena Garcia"), or an official ("Foreign
            # Minister Garcia"), is no famous bearer of its surname: where the report places
            # its officials comes first (``placing``)
            if surnames and not countries and any(
                    c.kind == "PERSON" and (len(c.text.split()) > 1 or c.roles)
                    for c in named):
                deferred[n] = surnames[0]
            elif not countries:
                countries = surnames
            about = summarise(entry, (c.kind for c in named if c.kind), proper,
                              [c.text for c in named], countries, (c.sector for c in named),
                              guessed)
            roles = tuple(dict.fromkeys(
                replace(r, of=at.get(r.of) if r.of else None) for c in named for r in c.roles))
            spans = tuple(sorted({Span(doc_id, c.start, c.end) for c in group},
                                 key=lambda s: (s.start, s.end)))
            first = spans[0]
            actors.append(Actor(
                id=ids[n], name=about.name, doc_id=doc_id, start=first.start, end=first.end,
                kind=about.kind, aliases=aliases, country=about.country, sector=about.sector,
                roles=tuple(r for r in roles if r.of != ids[n]), mentions=spans,
                key=next((c.key for c in named if c.key), None),
                org=entry.org if entry else None,
                named=bool(proper) or entry is not None,
                country_basis=about.country_basis,
            ))
        return place_officials(actors, self.candidates, self.d, self.doc, deferred)


def local_actors(document: Document, doc: Doc, d: Dictionary) -> tuple[Actor, ...]:
    """The actors of one parsed document (ids local to it)."""
    return Local(document, doc, d).run()
