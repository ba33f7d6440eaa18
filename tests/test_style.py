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


def test_tokens_are_compared_by_value() -> None:
    """spaCy makes a new ``Token`` object on every access, so ``token.head is token`` is never
    true: a walk up the tree that stops on it never stops at the root (a headline whose root
    is a noun hung such a loop). Tokens are compared with ``==``."""
    import re

    pattern = re.compile(r"\.head is (not )?\w")
    found = [f"{p.relative_to(REPO)}:{n}" for p in (REPO / "src").rglob("*.py")
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line)]
    assert not found, found
