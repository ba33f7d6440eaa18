"""How far a negation, a modal or a hedge reaches: only over its own clause.

Every sentence is our own wording, with invented places. A negation negates the clause it
stands in. It does not reach across a semicolon into the clause beside it ("Police detained
four students; no charges have been filed": the detention happened), nor into a coordinated
clause that has its own auxiliary or subject ("will not take sides and would continue to
host both delegations": the hosting is the second clause's own, here hypothetical; "did not
charge him and *released* him": a past tense cannot hang on "did"). A report whose passive
subject is its own ("..., no casualties were reported") does not take the clause before it.
Nor is a definite act that a verb answers negated when the answer is ("did not respond to
the Red Cross request": the request was made, only the response is lacking).

Near misses keep their negation: conjuncts that share one auxiliary ("did not attack or
shell the town", "did not charge him or release him"), a second conjunct with its own "not"
("did not attack ... and did not shell"), a subject said not to exist ("no one was
arrested", "*none* of the detainees has been charged"), a withheld confirmation ("refused
to confirm that troops had crossed") and a response that is itself the act ("did not reject
the request": the rejection is negated, though the request was made). A denial after a
semicolon still reaches what its "this" stands for. Each row also checks that the same
event is not coded a second time with another modality (see ``test_modality.check``).
"""

from __future__ import annotations

import pytest

from .helpers import Names, OneOrMore
from .test_modality import PARAMS, case, check

SCOPE = [
    # a semicolon ends the clause: the negation after it is its own
    case("semicolon-detained-no-charges", "Police detained four students in Lirna on Friday; "
         "no charges have been filed.", "COERCE", "asserted", source="police",
         target="students"),
    case("semicolon-seized-none-freed", "Gunmen abducted six traders near Orvella on Sunday; "
         "none has been released.", ("COERCE", "ASSAULT"), "asserted", source="gunmen",
         target="traders"),
    case("semicolon-fired-nobody-injured", "Gunmen fired on a bus near Tarsel; nobody was "
         "injured.", "ASSAULT", "asserted", source="gunmen"),
    # a clause before a verb whose passive subject is already what the verb is about
    case("splice-no-casualties-reported", "Troops shelled the village of Mirek overnight, no "
         "casualties were reported.", "ASSAULT", "asserted", source="troops"),
    # a conjunct with its own auxiliary is out of the first conjunct's negation
    case("conj-own-modal-host", "Ostrava will not take sides and would continue to host both "
         "delegations.", "CONSULT", "hypothetical", source="Ostrava"),
    case("conj-own-aux-freed", "The reporter was not charged and was freed by police on "
         "Monday.", "RETREAT", "asserted", source="police"),
    # a finite verb cannot be the complement of the first conjunct's "did"
    case("conj-own-tense-released", "Police did not charge the reporter and released him on "
         "Monday.", "RETREAT", "asserted", source="police"),
    # a conjunct with its own subject
    case("conj-own-subject-withdrew", "The rebels did not attack the convoy, and the army "
         "withdrew its troops from Kesh.", "RETREAT", "asserted", source="army"),
    # a definite act that a negated verb answers was still made
    case("answer-did-not-respond", "The ministry in Velmora did not respond to the Red Cross "
         "request for access.", "REQUEST", "asserted", source="Red Cross"),
    # a definite act judged or looked into by a negated or future verb took place
    case("judged-did-not-condemn", "Ostrava did not condemn the shelling of Mirek by Velmoran "
         "artillery.", "ASSAULT", "asserted", target="Mirek"),
    case("judged-will-investigate", "Velmora's parliament will investigate the killing of "
         "the three farmers near Orvella.", "ASSAULT", "asserted", target="farmers"),
    case("answer-did-not-reject", "The junta did not reject the African Union's request for "
         "elections.", "REQUEST", "asserted", source="African Union"),
]

KEPT = [
    # a denial after a semicolon still reaches back to what "this" stands for
    case("kept-semicolon-denies-this", "The Velmoran army says Ostravan gunners shelled Mirek; "
         "Ostrava denies this.", "ASSAULT", "denied", source="Ostrava"),
    case("kept-it-was-reported", "Troops shelled the village of Mirek overnight, it was "
         "reported.", "ASSAULT", "reported", source="troops"),
    case("kept-none-charged", "None of the detainees in Darro has been charged.", "ACCUSE",
         "negated"),
    case("kept-shared-aux", "The army did not attack or shell the town of Kesh.", "ASSAULT",
         "negated", source="army"),
    case("kept-own-not-both", "The army did not attack Kesh and did not shell the town.",
         "ASSAULT", "negated", source="army"),
    case("kept-no-one-arrested", "No one was arrested after the riot in Dorna.", "COERCE",
         "negated"),
    case("kept-refused-to-confirm", "The ministry refused to confirm that troops had crossed "
         "into Velmora.", ("ASSAULT", "MOBILIZE"), "unconfirmed", source="troops"),
    case("kept-semicolon-own-negation", "Police detained four students in Lirna on Friday; "
         "they have not charged them.", "ACCUSE", "negated"),
    case("kept-will-not-and-modal-second", "Ostrava will not send troops and will not host "
         "the delegations.", "CONSULT", "negated", source="Ostrava"),
    case("kept-response-is-the-act", "The junta did not reject the African Union's request "
         "for elections.", "REJECT", "negated", source="junta"),
    case("kept-bare-conjunct", "Police did not charge the reporter or release him on "
         "Monday.", "RETREAT", "negated", source="police"),
]


@pytest.mark.parametrize(PARAMS, SCOPE + KEPT)
def test_negation_scope(text: str, type_: OneOrMore, modality: str, source: Names | None,
                        target: Names | None, attributed_to: Names | None) -> None:
    check(text, type_, modality, source, target, attributed_to)
