"""Event clusters: a town one report places an act in ("fired shells *into* the Congolese
village of Kasindi Lubiriha") and another report names as the side acted on ("the shelling of
Kasindi Lubiriha"), where its tagger read the name as a person's, is one town: the reference
joins the act (``actors.merge``, a name the corpus's acts are placed in). Near misses: the
shelling of another village stays apart, and so does the arrest of a person who is no town.
Every sentence is ours."""

from __future__ import annotations

import pytest

from .test_fusion import doc, exported_corpus, one

REPORTS = [
    # (act, the reference to it, a near miss that stays apart)
    (doc("th-0", "Bangkok Ledger", "2025-02-05", "Burmese soldiers fired mortar rounds into "
         "the Thai village of Ban Huai Sai on Tuesday, wounding two farmers, Thai officials "
         "said."),
     doc("th-1", "Coast Wire", "2025-02-07", "Thailand summoned Myanmar's ambassador on "
         "Thursday, two days after the shelling of Ban Huai Sai."),
     doc("th-2", "Coast Wire", "2025-02-07", "Farmers rebuilt two barns on Thursday, two days "
         "after the shelling of Ban Pha Lom.")),
    (doc("cd-0", "Nairobi Post", "2025-06-03", "Ugandan troops fired shells into the Congolese "
         "village of Kasindi Lubiriha on Monday, killing three fishermen, local officials "
         "said."),
     doc("cd-1", "Goma Herald", "2025-06-05", "Congo lodged a protest with Kampala on "
         "Wednesday over the shelling of Kasindi Lubiriha."),
     doc("cd-2", "Goma Herald", "2025-06-05", "Congo lodged a protest with Kampala on "
         "Wednesday over the shelling of Kamango Lusenda.")),
    (doc("am-0", "Yerevan Ledger", "2025-09-10", "Azerbaijani forces fired mortar rounds into "
         "the Armenian village of Nerkin Hand on Tuesday, damaging a school, the Armenian "
         "defence ministry said."),
     doc("am-1", "Caucasus Wire", "2025-09-11", "Armenia's foreign ministry summoned the "
         "Azerbaijani charge d'affaires on Wednesday over the shelling of Nerkin Hand."),
     doc("am-2", "Caucasus Wire", "2025-09-11", "Armenia's foreign ministry summoned the "
         "Azerbaijani charge d'affaires on Wednesday over the shelling of Verin Shorzha.")),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    return exported_corpus(tmp_path_factory, "town-names",
                           [d for row in REPORTS for d in row])


@pytest.mark.parametrize(("act", "reference", "other"), REPORTS,
                         ids=[row[0]["id"][:2] for row in REPORTS])
def test_the_shelling_of_a_town_one_report_places_the_act_in(corpus, act, reference,
                                                             other) -> None:
    fired = one(corpus, "fired", act["id"])
    assert one(corpus, "shelling", reference["id"])["cluster"] == fired["cluster"]
    assert one(corpus, "shelling", other["id"])["cluster"] != fired["cluster"]
