"""``actorgraph eval plover``: scores as CONTRACT.md defines them, and our floors on the dev set."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import actorgraph
from actorgraph import evaluate
from actorgraph.cli import app
from actorgraph.errors import ActorgraphError
from actorgraph.records import Actor, Document, Event, Extraction

# Written by us in the format of the PLOVER gold-standard records.
GOLD = [
    {"id": "DOC", "event": "DOCUMENT", "comment": "documentation records are skipped"},
    {"id": "r1", "event": "CONSULT", "text": "Egypt's foreign minister visited Ankara on Sunday.",
     "source": [{"actorText": "Egypt", "code": "EGY"}],
     "target": [{"actorText": "Ankara", "code": "TUR"}]},
    {"id": "r2", "event": "FIGHT", "text": "Sudanese troops shelled rebel positions near Kadugli.",
     "source": [{"actorText": "Sudanese troops", "code": "SDN"}], "target": []},
    {"id": "r3", "event": "DEMAND", "text": "The weather stayed mild all week.", "source": []},
]


def _extraction(doc_id: str, events: list[tuple[str, str]]) -> Extraction:
    actors = (Actor("x#0", "Egypt", doc_id, 0, 5, "COUNTRY", country="EGY"),
              Actor("x#1", "Turkey", doc_id, 0, 5, "COUNTRY", country="TUR"))
    return Extraction(
        Document(doc_id, "text", "h"), actors=actors,
        events=tuple(Event(f"{doc_id}#e{n}", doc_id, n, n + 1, 0, 4, kind, "04",
                           source=(source,), target=("x#1",))
                     for n, (kind, source) in enumerate(events)))


def test_score_follows_the_contract_definitions() -> None:
    records = GOLD[1:]
    extractions = [_extraction("r1", [("AID", "x#1"), ("CONSULT", "x#0")]),
                   _extraction("r2", [("ASSAULT", "x#1")]), None]
    scores = evaluate.score(records, extractions)
    assert scores["n"] == 3
    assert scores["event_accuracy"] == pytest.approx(2 / 3, abs=1e-4)  # any predicted type
    # first event by offset: r1 → AID (wrong), r2 → ASSAULT (FIGHT mapped), r3 → NONE
    assert scores["per_class"]["CONSULT"]["recall"] == 0.0
    assert scores["per_class"]["ASSAULT"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0,
                                              "support": 1}
    assert scores["macro_f1"] == pytest.approx(1 / 3, abs=1e-4)
    # codes come from the event of the gold type: r1's CONSULT has Egypt → Turkey
    assert scores["source_code_accuracy"] == 0.5 and scores["target_code_accuracy"] == 1.0
    assert scores["records_with_no_event"] == 1


@pytest.mark.parametrize(("content", "reason"), [
    ("not json", "not JSON"), ('{"a": 1}', "list"), ('[{"id": 1, "event": "AGREE"}]', "text"),
    ("[3]", "not an object"),
])
def test_bad_gold_files_are_named_with_the_reason(tmp_path: Path, content: str,
                                                 reason: str) -> None:
    path = tmp_path / "gold.json"
    path.write_text(content)
    with pytest.raises(ActorgraphError, match=reason) as err:
        evaluate.gold_records(path)
    assert str(path) in str(err.value) and "F005" in str(err.value)


def test_cli_prints_one_json_object(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(GOLD))
    result = CliRunner().invoke(app, ["eval", "plover", str(path), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["n"] == 3 and scores["records_with_no_event"] >= 1
    assert {"event_accuracy", "macro_f1", "per_class", "source_code_accuracy",
            "target_code_accuracy"} <= set(scores)
    assert scores["per_class"]["CONSULT"]["recall"] == 1.0  # "visited" is a visit
    table = CliRunner().invoke(app, ["eval", "plover", str(path)])
    assert table.exit_code == 0 and "macro_f1" in table.stdout
    missing = CliRunner().invoke(app, ["eval", "plover", str(tmp_path / "none.json")])
    assert missing.exit_code == 2 and "no such file" in missing.output


#: Measured less 0.02 (0.8447, 0.7961, 0.8688, 0.8276 with ``actorgraph eval plover``; then
#: 0.8509, 0.8156, 0.875, 0.8276 there and 0.8447, 0.818, 0.8688, 0.8276 through the referee;
#: at f46736b 0.8571, 0.8212, 0.875, 0.8276 there and 0.8509, 0.8237, 0.8688, 0.8276 through
#: the referee: the lower of the two, less 0.02, where that is higher; at 39c331c target 0.8345
#: both ways).
FLOORS = {"event_accuracy": 0.831, "macro_f1": 0.801, "source_code_accuracy": 0.85,
          "target_code_accuracy": 0.814}


@pytest.mark.slow
def test_dev_set_scores_reach_the_floors_through_the_referee(shared: Path,
                                                             tmp_path: Path) -> None:
    """build → export → the referee scorer, as the acceptance check runs it."""
    scorer, gold = shared / "eval" / "score_plover.py", shared / "eval" / "plover_gsr_dev.json"
    corpus = tmp_path / "gsr.jsonl"
    subprocess.run([sys.executable, str(scorer), "to-jsonl", str(gold), str(corpus)], check=True)
    actorgraph.build([corpus], tmp_path / "gsr.duckdb")
    actorgraph.export(tmp_path / "gsr.duckdb", "jsonl", tmp_path / "out")
    run = subprocess.run([sys.executable, str(scorer), "score", str(gold), str(tmp_path / "out")],
                         capture_output=True, text=True, check=True)
    referee = json.loads(run.stdout[:run.stdout.rindex("}") + 1])
    ours = evaluate.plover(gold)
    for name, floor in FLOORS.items():
        assert referee[name] >= floor, (name, referee)
        assert ours[name] >= floor, (name, ours)
