"""Whose office, body or land "its" / "their" names (our own sentences, many countries).

A possessive pronoun on an office, a body or a state's noun ("its prime minister", "its army",
"its embassy", "its territory") stands for the state or organisation the clause is about:

* in a phrase that gives the reason for an act done to another party ("X rebuked *Y* over the
  trip of its prime minister", "X summoned *Y's* envoy over comments by its minister"), that
  other party;
* on the object of an act another party is charged with or asked to do ("X accused *Y* of
  sending its troops", "X urged *Y* to withdraw its troops", "X's call *on Y* to withdraw its
  troops"), that party, the doer.

Near misses keep the subject: an own office acted on by its own state ("Kenya recalled its
ambassador"), what the speaker says of its own ("China said its army would ..."), and an
office, body or land harmed by the party blamed ("Russia accused Ukraine of shelling its
territory", "France summoned Iran's envoy over the detention of its citizens").

Each row: (text, the pronoun as written, the possessor: a country code or a name).
"""

from __future__ import annotations

import pytest

from .helpers import resolved

OTHER = [
    # the reason for an act done to another: that other's office
    ("Poland's government rebuked Hungary over the Moscow trip of its prime minister.",
     "its", "HUN"),
    ("Germany criticised Turkey over the remarks of its foreign minister.", "its", "TUR"),
    ("Japan protested to China over the conduct of its coast guard near the islands.",
     "its", "CHN"),
    ("Brazil scolded Venezuela over the border build-up of its army.", "its", "VEN"),
    ("Pakistan faulted Afghanistan over the India trip of its foreign minister.", "its",
     "AFG"),
    ("Washington rebuked Israel over a speech by its defence minister.", "its", "ISR"),
    ("Morocco condemned Algeria for the statements of its ambassador in Madrid.", "its",
     "DZA"),
    ("Kenya blamed Somalia for the conduct of its soldiers at the border.", "its", "SOM"),
    ("South Korea criticised Japan over a shrine visit by its prime minister.", "its", "JPN"),
    ("Britain warned Iran over the seizure of a tanker by its navy.", "its", "IRN"),
    ("The United States sanctioned Russia over the role of its intelligence service in "
     "the hack.", "its", "RUS"),
    ("Argentina criticised Britain over the Falklands visit of its defence secretary.",
     "its", "GBR"),
    ("Sweden summoned Turkey's ambassador over comments by its interior minister.", "its",
     "TUR"),
    ("Canada criticised India over the role of its agents in the killing.", "its", "IND"),
    # the object of an act another is charged with or asked to do: that other's
    ("Ethiopia accused Eritrea of sending its troops into Tigray.", "its", "ERI"),
    ("Nigeria urged Niger to rein in its army.", "its", "NER"),
    ("The United Nations asked Rwanda to withdraw its troops from Congo.", "its", "RWA"),
    ("Lebanon accused Syria of moving its artillery closer to the border.", "its", "SYR"),
    ("Armenia urged Azerbaijan to pull its troops back from the border.", "its", "AZE"),
    # ... asked by a noun put on or to that other (issue 12)
    ("The African Union's call on Kenya to withdraw its troops came after the clashes.",
     "its", "KEN"),
    ("The UN's appeal to Ethiopia to pull back its forces from Tigray went unheeded.", "its",
     "ETH"),
    ("Egypt's plea to Sudan to rein in its army was ignored.", "its", "SDN"),
    ("The EU's request to Serbia to withdraw its ambassador from Pristina angered Belgrade.",
     "its", "SRB"),
    ("Washington's demand on Caracas to release its political prisoners was rejected.",
     "its", "VEN"),
    ("ECOWAS's ultimatum to Niger to pull its soldiers out of the border zone expired on "
     "Sunday.", "its", "NER"),
    ("Ghana's call on Togo to reopen its embassy in Accra was welcomed.", "its", "TGO"),
    ("The OAS invitation to Nicaragua to free its detained priests went unanswered.", "its",
     "NIC"),
    # "their": a plural body's, or an organisation's
    ("NATO criticised the Taliban over the conduct of their fighters.", "their", "Taliban"),
    ("The African Union criticised the Sudanese generals over the conduct of their troops.",
     "their", "SDN"),
]

SUBJECT = [
    # its own office, body or land, acted on by itself or spoken of by itself
    ("Kenya recalled its ambassador from Uganda.", "its", "KEN"),
    ("The Indian foreign ministry said its staff had left Khartoum.", "its", "IND"),
    ("China said its army would hold drills near Taiwan.", "its", "CHN"),
    ("Turkey deployed its troops along the Syrian border.", "its", "TUR"),
    ("Nigeria said its embassy in Kyiv would stay open.", "its", "NGA"),
    ("Qatar announced that its negotiators would return to Cairo.", "its", "QAT"),
    ("Ghana withdrew its peacekeepers from Mali on Sunday.", "its", "GHA"),
    ("Kenya recalled its ambassador after the African Union's call.", "its", "KEN"),
    ("Uganda rejected Kenya's call on it to withdraw, saying its troops would stay.", "its",
     "UGA"),
    ("Rwanda agreed to withdraw its troops from Congo.", "its", "RWA"),
    ("Poland's government said its ambassador to Hungary would be recalled.", "its", "POL"),
    ("Ukraine's foreign minister said its army had retaken the town.", "its", "UKR"),
    ("The rebels said their fighters had withdrawn from the town.", "their", "rebels"),
    ("The Houthis said their drones had struck a cargo ship.", "their", "Houthis"),
    # harmed by the party blamed or addressed: the complainant's
    ("Russia accused Ukraine of shelling its territory.", "its", "RUS"),
    ("France summoned Iran's ambassador over the detention of its citizens.", "its", "FRA"),
    ("Armenia accused Azerbaijan of violating its airspace.", "its", "ARM"),
    ("Mexico protested to the United States over the killing of its citizens by border "
     "agents.", "its", "MEX"),
    ("India accused Pakistan of harbouring militants who attacked its soldiers.", "its",
     "IND"),
    ("Egypt condemned Israel over the strike on its border post.", "its", "EGY"),
    ("Japan said Chinese ships had entered its waters.", "its", "JPN"),
    ("Iran summoned the British envoy over the seizure of its tanker.", "its", "IRN"),
    ("Vietnam protested to China over attacks on its fishermen.", "its", "VNM"),
]


@pytest.mark.parametrize(("text", "pronoun", "owner"), OTHER)
def test_pronoun_on_the_other_partys_office_is_that_party(text: str, pronoun: str,
                                                           owner: str) -> None:
    assert owner.lower() in resolved(text, pronoun)


@pytest.mark.parametrize(("text", "pronoun", "owner"), SUBJECT)
def test_pronoun_on_its_own_office_stays_with_the_subject(text: str, pronoun: str,
                                                           owner: str) -> None:
    assert owner.lower() in resolved(text, pronoun)
