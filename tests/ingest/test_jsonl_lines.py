from __future__ import annotations

import io

import pytest

from actorgraph.ingest import bounded_lines


@pytest.mark.parametrize(("data", "expected"), [
    (b"abcd\nef\n", [(b"abcd\n", 4), (b"ef\n", 2)]),
    (b"abcd\r\nef", [(b"abcd\r\n", 4), (b"ef", 2)]),         # CRLF and a last line without \n
    (b"abcdefgh\nok\n", [(b"abcde", 8), (b"ok\n", 2)]),      # cut to limit+1, true size kept
    (b"x" * 3_000_000 + b"\nok\n", [(b"xxxxx", 3_000_000), (b"ok\n", 2)]),  # drained
])
def test_bounded_lines_reports_content_size_and_cuts_long_lines(
    data: bytes, expected: list[tuple[bytes, int]]
) -> None:
    assert list(bounded_lines(io.BytesIO(data), limit=4)) == expected
