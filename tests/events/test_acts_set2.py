"""Acts that had no trigger, set 2: courts, veiled threats, promises and plans to meet,
acceptance and respect.

Codes, from the PLOVER notes and the CAMEO table:

* a court sentencing or convicting people reduces relations by a conviction: SANCTION 160
  (mode convict; the notes put court convictions under SANCTION); "jailed" stays COERCE 173
  for now (older tables expect it, even with a term);
* a court ruling a detention unlawful finds the detaining side liable: ACCUSE 116 ("find
  guilty or liable (legally)"); a court ordering another to release people demands it of
  those who hold them: REQUEST 1053 ("demand release of persons"), while "ordered the release
  of" stays the release itself, the orderer its doer (RETREAT, tests/events/test_news_verbs);
  a court acquitting coerces and convicts nobody;
* a threat told by a hint or a promise of an unnamed response is a THREATEN (130, 134 for
  negotiations); the act a conditional warning announces stays hypothetical;
* agreeing or pledging to meet again is AGREE 036 and the meeting a future CONSULT;
* accepting an offer is AGREE; saying one will respect a pause announces a retreat kept
  (the RETREAT in the future, its announcement CONCEDE or AGREE);
* a joint statement demanding something is that demand: REQUEST by its issuers;
* raising a person's case with a government appeals to it for them: REQUEST 100.
"""

from __future__ import annotations

import pytest

from tests.events.helpers import expect, expect_none, known

P = pytest.param

FIRES = [
    # 1. courts
    pytest.param("A court in Minsk on Thursday jailed four opposition bloggers for six years "
                 "each over posts criticising the election.", "SANCTION", None, None,
                 id="court-jailed", marks=pytest.mark.xfail(strict=True, reason=(
                     "'jail' is coded COERCE 173 even with a term (tests/events/"
                     "test_news_verbs, test_participles); the notes' court conviction is "
                     "SANCTION: left for the lead to decide"))),
    P("Iran's Revolutionary Court convicted the French researcher of espionage.",
      "SANCTION", "Revolutionary Court", None, id="court-convicted"),
    P("Kenya's High Court ruled on Monday that the detention of the three activists by police "
      "was unlawful.", "ACCUSE", "High Court", None, id="court-unlawful"),
    known(P("Kenya's High Court ruled on Monday that the detention of the three activists by "
            "police was unlawful.", "ACCUSE", "High Court", "police",
            id="court-unlawful-liable"), "arguments: the liable party is the doer of the act "
          "the ruling is about"),
    P("A judge in Lahore ordered the provincial government to release the detained "
      "journalist within 24 hours.", "REQUEST", None, "government",
      id="court-orders-release"),
    # 2. veiled threats
    P("Pyongyang hinted on Sunday that it could reconsider the talks with Seoul if the "
      "drills went ahead.", "THREATEN", "Pyongyang", None, id="hinted-reconsider"),
    P("Moscow said it would respond appropriately to any deployment of NATO troops in "
      "Finland.", "THREATEN", "Moscow", None, id="respond-appropriately"),
    pytest.param("The Hungarian government said it would review the legal status of "
                 "Ukrainian-language schools if Kyiv did not change its education law.",
                 "THREATEN", "Hungarian", "Kyiv", id="would-review-if",
                 marks=pytest.mark.xfail(strict=True, reason="a review of a status is no act "
                                         "of its own yet, so no threat on a condition")),
    known(P("The dockers' union warned that port workers in Rotterdam would also stop work if "
            "the ministry cut their pensions.", "THREATEN", "union", None,
            id="warned-stop-work"), "actors: a union named by its members' possessive"),
    P("Cosatu warned that miners in Rustenburg would also stop work if the government cut "
      "their pensions.", "THREATEN", "Cosatu", "government", id="warned-stop-work-named"),
    P("Cosatu warned that miners in Rustenburg would also stop work if the government cut "
      "their pensions.", "PROTEST", None, None, id="stop-work-hypothetical"),
    P("The interior minister, who last week threatened to close the whole border with "
      "Belarus, cancelled his trip to Warsaw.", "THREATEN", "minister", None,
      id="relative-threatened"),
    # 3. promises and plans to meet
    P("Armenian and Azerbaijani negotiators agreed to reconvene in Geneva in June.",
      "AGREE", None, None, id="agreed-reconvene"),
    P("Armenian and Azerbaijani negotiators agreed to reconvene in Geneva in June.",
      "CONSULT", None, None, id="reconvene-future"),
    P("Ethiopia and Eritrea each pledged to hand the other its maps of the minefields.",
      "AGREE", None, None, id="pledged-hand-maps"),
    P("The talks ended with a promise by Colombia and the ELN to reconvene in Havana.",
      "AGREE", None, None, id="promise-reconvene"),
    P("The joint border commission of India and Nepal would meet in December, the foreign "
      "ministry said.", "CONSULT", None, None, id="commission-would-meet"),
    P("Nigeria said it would send a mission to Niamey to talk to the junta.",
      "AGREE", "Nigeria", None, id="would-send-mission"),
    P("Mediators said a review meeting arranged by Saudi Arabia for next week would bring the "
      "Sudanese parties back to Jeddah.", ("AGREE", "CONSULT"), "Saudi", None,
      id="review-meeting-arranged"),
    P("The summit that Lula and Petro agreed on in Brasilia will take place in Belem in "
      "August.", "AGREE", ["Lula", "Petro"], None, id="summit-agreed-on"),
    # 4. acceptance and respect
    P("Hamas accepted the Egyptian offer within hours, a senior official said.",
      "AGREE", "Hamas", None, id="accepted-offer"),
    P("Both Sudan and South Sudan said they would respect the pause in fighting around "
      "Heglig.", ("AGREE", "CONCEDE"), None, None, id="would-respect-pause"),
    P("Macron praised what he called a new tone from Algiers.", "SUPPORT", "Macron", None,
      id="praised-what"),
    P("Germany and France issued a joint statement demanding that Serbia withdraw its "
      "troops from the border.", "REQUEST", ["Germany", "France"], "Serbia",
      id="joint-statement-demanding"),
    P("Sweden has repeatedly raised the plight of Swedish-Eritrean journalist Dawit Isaak "
      "with Asmara.", "REQUEST", "Sweden", "Eritrea", id="raised-plight-with"),
]

QUIET = [
    P("A court in Tbilisi acquitted the two opposition politicians of all charges.",
      ("COERCE", "SANCTION", "ACCUSE"), id="acquitted"),
    P("The opposition leader was jailed on Friday pending trial in Dakar.", "SANCTION",
      id="jailed-pending-trial"),
    P("The court will rule next month on whether the detention was lawful.",
      ("ACCUSE", "REQUEST"), id="court-will-rule"),
    P("The Supreme Court of Zambia ruled that the election law was constitutional.",
      "ACCUSE", id="ruled-constitutional"),
    P("Lithuania's parliament reconsidered the budget of the defence ministry.", "THREATEN",
      id="reconsidered-budget"),
    P("The lawyer raised the case of the missing students in parliament.", "REQUEST",
      id="raised-case-in-parliament"),
    P("The ministry responded to questions from reporters about the drought.",
      "THREATEN", id="responded-to-questions"),
    P("The committee reviewed the budget of the health ministry on Tuesday.",
      "THREATEN", id="reviewed-budget"),
    P("Fans praised the new stadium in Lusaka.", "ACCUSE", id="fans-praised"),
    P("The panel accepted the report of the auditors.", "AGREE", id="accepted-report"),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), FIRES)
def test_fires(text, type_, source, target):
    expect(text, type_, source=source, target=target)


@pytest.mark.parametrize(("text", "type_"), QUIET)
def test_quiet(text, type_):
    expect_none(text, type_)
