"""A verb of assuring or of rejecting a charge is a statement, not an act (issue 12).

Every sentence is our own wording. "Assured X that it would ..." promises (AGREE); "assured X
that the police *had opened* an inquiry" tells something done: no promise, and the inquiry is
told as done, not ahead. Rejecting a charge, an accusation or claims ("rejected a charge that
they had recruited children", "rejected as baseless charges that ...") denies them: speech,
no REJECT of a request (PLOVER notes: REJECT refuses requests, proposals, meetings); rejecting
a request, a demand or a proposal stays a REJECT.
Rows: (text, type, a word of its trigger, modalities or None) must come; near misses: (text,
types, trigger word or None for anywhere) must not.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, problems


def case(id: str, text: str, type_: str, trigger: str, modality: tuple[str, ...] | None = None):
    return pytest.param(text, type_, trigger, modality, id=id)


def miss(id: str, text: str, types: str | tuple[str, ...], trigger: str | None = None):
    return pytest.param(text, (types,) if isinstance(types, str) else types, trigger, id=id)


CODED = [
    # the act told in the clause, as done
    case("assured-inquiry-opened", "Kenya assured Uganda that its police had opened an inquiry "
         "into the attack.", "ACCUSE", "inquiry", ("asserted", "reported")),
    case("assured-him-inquiry", "The Kenyan president assured him that the police had opened "
         "an inquiry.", "ACCUSE", "inquiry", ("asserted", "reported")),
    case("assured-arrested", "Ghana's police chief assured the family that officers had "
         "arrested two suspects.", "COERCE", "arrested", ("asserted", "reported")),
    case("rejected-charge-recruited-denied", "The rebel leaders rejected a charge that they "
         "had recruited children.", "MOBILIZE", "recruited", ("denied",)),
    # promises and refusals of requests stay acts
    case("assured-would-reopen", "Zambia assured Malawi that it would reopen the border.",
         "AGREE", "assured"),
    case("assured-would-not-deploy", "Kenya assured Uganda it would not deploy troops to the "
         "border.", "AGREE", "assured"),
    case("rejected-request", "Tunisia rejected a request by Libya to extradite the former "
         "governor.", "REJECT", "rejected"),
    case("rejected-proposal", "Bolivia rejected the proposal from Chile.", "REJECT",
         "rejected"),
    case("rejected-demand", "Serbia rejected the demand by Kosovo to withdraw its police.",
         "REJECT", "rejected"),
]

NOT_ACTS = [
    miss("assured-inquiry-no-promise", "Kenya assured Uganda that its police had opened an "
         "inquiry into the attack.", "AGREE"),
    miss("assured-him-no-promise", "The Kenyan president assured him that the police had "
         "opened an inquiry.", "AGREE"),
    miss("assured-arrested-no-promise", "Ghana's police chief assured the family that officers "
         "had arrested two suspects.", "AGREE"),
    miss("assured-left-no-promise", "The minister assured lawmakers that the navy had left the "
         "disputed reef.", "AGREE"),
    miss("rejected-charge-no-reject", "The rebel leaders rejected a charge that they had "
         "recruited children.", "REJECT"),
    miss("rejected-as-baseless-charges", "Ukraine's foreign ministry rejected as baseless "
         "charges that it had sheltered the suspects.", "REJECT"),
    miss("rejected-charges-against", "The ministry rejected the charges against its former "
         "spokesman Ilan Varga.", "REJECT"),
    miss("rejected-charges-of-abuses", "The junta rejected charges of abuses by its soldiers "
         "in Kidal.", "REJECT"),
    miss("rejected-accusation", "Tunisia rejected the accusation that it had mistreated "
         "migrants.", "REJECT"),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "modality"), CODED)
def test_act_told_or_refused_is_coded(text: str, type_: str, trigger: str,
                                      modality: tuple[str, ...] | None) -> None:
    ex = events(text)
    assert not problems(ex), problems(ex)
    found = [e for e in ex.events if e.type == type_
             and trigger.lower() in text[e.start:e.end].lower().split()
             and (modality is None or e.modality in modality)]
    assert found, f"expected {type_} {modality or ''} on {trigger!r}\n{describe(ex)}"


@pytest.mark.parametrize(("text", "types", "trigger"), NOT_ACTS)
def test_statement_or_denial_is_no_act(text: str, types: tuple[str, ...],
                                       trigger: str | None) -> None:
    ex = events(text)
    found = [e for e in ex.events if e.type in types
             and (trigger is None or trigger.lower() in text[e.start:e.end].lower().split())]
    assert not found, f"expected no {types} on {trigger or 'any word'}\n{describe(ex)}"
