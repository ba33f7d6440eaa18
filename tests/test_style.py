"""House rules that keep the code readable: ruff clean, modules under ~500 lines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import REPO

RUFF = Path(sys.executable).with_name("ruff")


def test_ruff_is_clean() -> None:
    run = subprocess.run([str(RUFF), "check", "--output-format", "concise", "src", "tests",
                          "bench"], cwd=REPO, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr


def test_modules_stay_small() -> None:
    sizes = {p.relative_to(REPO): len(p.read_text(encoding="utf-8").splitlines())
             for p in (REPO / "src").rglob("*.py")}
    assert sizes and max(sizes.values()) <= 500, sorted(sizes.items(), key=lambda kv: -kv[1])[:3]
