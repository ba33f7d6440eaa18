"""What the grammar of a clause says about whom a plural pronoun may stand for.

In: a pronoun's token in the parse. Out: the tokens and weights ``coref.Resolver`` weighs
its antecedents by.

* ``controllers``: who does the act of the pronoun's own clause: its subject; a conjoined
  verb without a subject shares its first conjunct's ("released the hostages and left
  *them*"), an infinitive's is the object of the verb it hangs on when that object is an
  actor ("asked *the army* to free them") or a pronoun ("asking *us* to send them"), else
  that verb's subject, as a participle's or a gerund's is ("*police* arrested activists,
  accusing them").
  "Them" never stands for it ("the soldiers shot them" is not the soldiers); "themselves"
  always does. A pronoun inside a noun's phrase in a prepositional phrase ("despite the
  arrest of hundreds of them") is in a domain of its own.
* ``ahead``: the subject of the main clause a subordinate clause put before it belongs to,
  when the pronoun is that subordinate clause's subject ("When *they* heard the shots, the
  villagers ran"): the pronoun points ahead to it.
* ``generic``: "they" of a set phrase about what people say ("as they say"): no one.
* ``salience``: how prominent a noun phrase is as the antecedent of an object pronoun (after
  Lappin and Leass, 1994): a subject over an object over the rest, a phrase that is not
  inside another noun phrase or an adverbial, and one in the pronoun's own role; halved for
  each sentence back. A number passes its role to what it counts ("dozens *of activists*").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "dative"})
_CLAUSES = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
_QUANTITIES = frozenset({"NUM", "ADJ", "DET", "PRON"})  # "two", "many", "some", "all"
#: Words on another noun, not phrases of their own ("*arms* dealers", "the *rebels'* camp").
_MODIFIERS = frozenset({"compound", "poss", "nmod", "amod"})
#: Entity types of a time or an amount: "for *three days*", "*hundreds*" are not actors.
_AMOUNTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})
#: Subordinators that put a clause before its main clause ("*when* they heard", "*before*").
_SUBORDINATE = frozenset({"mark", "advmod"})
#: Clauses whose subject is another verb's, left unsaid: a conjunct, an infinitive, a
#: participle of manner or purpose, a gerund after a preposition.
_UNSAID = frozenset({"conj", "xcomp", "advcl", "pcomp"})


def clause_of(token: Token) -> Token:
    """The verb of the clause ``token`` is part of (the root's when there is none)."""
    x = token
    while x.pos_ not in _CLAUSES and x.head.i != x.i:
        x = x.head
    return x


def _own_domain(pron: Token) -> bool:
    """Whether ``pron`` is inside a noun's phrase that is itself in a prepositional phrase
    ("despite the arrest of hundreds of *them*"): a domain of its own, where the clause's
    subject may stand for it; a quantity ("many of them") is no such noun."""
    x = pron
    while x.pos_ not in _CLAUSES and x.head.i != x.i:
        if x.i != pron.i and x.pos_ in ("NOUN", "PROPN") and x.dep_ == "pobj" \
                and not _counts(x):
            return True
        x = x.head
    return False


def controllers(pron: Token) -> tuple[Token, ...]:
    """Who does the act of ``pron``'s own clause: its subject; for a conjoined verb without
    one, its first conjunct's; for a clause without a subject of its own hung on another
    verb, an infinitive's is that verb's object, then its subject ("*police* fired rubber
    bullets to clear them": the object when it names an actor, else the subject, does the
    act; the resolver picks), but only the object for a complement whose object is a
    pronoun ("asking *us* to send them": the person asked does it), a participle's or a
    gerund's that verb's subject ("*police* arrested 78 activists, accusing them",
    "*gunmen* set fire to a bus after shooting 23 of them"). Empty when ``pron`` is
    itself the subject or its phrase is a domain of its own (``_own_domain``)."""
    if _own_domain(pron):
        return ()
    verb = clause_of(pron)
    found: list[Token] = []
    while True:
        subjects = [t for t in verb.children if t.dep_ in SUBJECTS]
        if subjects:
            return (*found, subjects[0]) if subjects[0].i != pron.i else tuple(found)
        head = _unsaid_head(verb)
        if head is None:
            return tuple(found)
        if verb.dep_ == "xcomp" or any(t.dep_ == "aux" and t.lower_ == "to"
                                       for t in verb.children):
            objects = [t for t in head.children if t.dep_ in _OBJECTS]  # "sent X to ..."
            found += objects
            if verb.dep_ == "xcomp" and any(o.pos_ == "PRON" for o in objects):
                return tuple(found)  # "asking *us* to send them": the person asked does it
        verb = head


def _unsaid_head(verb: Token) -> Token | None:
    """The verb whose subject ``verb``, a clause with its subject left unsaid (``_UNSAID``),
    shares: the verb it hangs on, or for a gerund after a preposition the verb that
    preposition hangs on ("after *shooting* them"); None for any other clause."""
    if verb.dep_ not in _UNSAID:
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    return None if head.i == verb.i or head.pos_ not in _CLAUSES else head


def verbs_over(pron: Token) -> Iterator[Token]:
    """The verb of ``pron``'s clause and those whose subject ``controllers`` looks up."""
    verb: Token | None = clause_of(pron)
    while verb is not None:
        yield verb
        if any(t.dep_ in SUBJECTS for t in verb.children):
            return
        verb = _unsaid_head(verb)


def ahead(pron: Token) -> Token | None:
    """The subject of the main clause ``pron``'s clause is put before, when ``pron`` is the
    subject of a subordinate clause written first ("When they heard ..., *the villagers*
    ran"); None otherwise."""
    clause = pron.head
    if pron.dep_ not in SUBJECTS or clause.dep_ != "advcl" or clause.i > clause.head.i \
            or not any(t.dep_ in _SUBORDINATE and t.i < pron.i for t in clause.children):
        return None
    main = clause.head
    return next((t for t in main.children if t.dep_ in SUBJECTS
                 and t.i > clause.right_edge.i), None)


def generic(pron: Token, speech: frozenset[str]) -> bool:
    """Whether ``pron`` is the subject of a reporting verb in an "as" clause ("as they say",
    "as they put it"): a saying, not anyone's statement."""
    verb = pron.head
    return pron.dep_ == "nsubj" and verb.lemma_.lower() in speech | {"put"} and any(
        t.dep_ == "mark" and t.lower_ == "as" for t in verb.children)


def _counts(token: Token) -> bool:
    """Whether ``token`` is a number or quantity of what its "of" phrase names ("*dozens* of
    activists", "*many* of them"), not a noun of its own ("the *capture* of rebels",
    "*residents* of flooded villages")."""
    return token.pos_ in _QUANTITIES or token.ent_type_ in _AMOUNTS


def _role_token(token: Token) -> Token:
    """The token whose place in the clause stands for ``token``'s phrase: the quantity it
    is counted by ("dozens of *activists*", "many of *them*") or the noun it is set beside."""
    x = token
    while True:
        if x.dep_ == "pobj" and x.head.lower_ == "of" and _counts(x.head.head):
            x = x.head.head
        elif x.dep_ == "appos":
            x = x.head
        else:
            return x


def role(token: Token) -> str:
    """"subject", "object" or "other": the place of ``token``'s phrase in its clause."""
    x = _role_token(token)
    if x.dep_ in SUBJECTS:
        return "subject"
    return "object" if x.dep_ in _OBJECTS else "other"


def salience(token: Token, pronoun_role: str, distance: int) -> float:
    """How prominent ``token``'s phrase is as the antecedent of a pronoun in the role
    ``pronoun_role``, ``distance`` sentences before it."""
    x = _role_token(token)
    own = role(token)
    weight = 100 + {"subject": 80, "object": 50}.get(own, 40)
    if x.dep_ not in _MODIFIERS and not (x.dep_ == "pobj" and x.head.head.pos_ in _NOMINAL):
        weight += 80  # the head of a phrase of its own
    if x.dep_ != "npadvmod" and not (x.dep_ == "pobj" and x.head.head.pos_ not in _NOMINAL):
        weight += 50  # not in an adverbial
    if own == pronoun_role:
        weight += 35
    return weight / 2 ** distance
