"""The command line: a thin Typer layer over ``actorgraph.build``, ``export`` and friends."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from . import evaluate, pipeline
from .config import DEFAULT
from .errors import ActorgraphError, Problem
from .export import export as export_store
from .export import formats
from .stats import summarize

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Build an evidence-linked actor/event graph from news text.")
err = Console(stderr=True, highlight=False, markup=False, soft_wrap=True)
out = Console(highlight=False, markup=False, soft_wrap=True)


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} docs/s" if speed else "… docs/s", style="progress.data.speed")


class _BarProgress(pipeline.Progress):
    """A rich progress bar with documents/s and ETA; silent unless stderr is a terminal."""

    def __init__(self, verbose: bool) -> None:
        self.verbose = verbose
        self.bar = Progress(
            TextColumn("building"), BarColumn(), MofNCompleteColumn(), _Rate(),
            TimeRemainingColumn(), console=err, transient=True, disable=not err.is_terminal,
        )
        self.task = self.bar.add_task("build", total=None)
        self.wants_total = err.is_terminal

    def start(self, total: int | None) -> None:
        self.bar.update(self.task, total=total)
        self.bar.start()

    def advance(self, documents: int) -> None:
        self.bar.advance(self.task, documents)

    def committed(self, batch: int, documents: int) -> None:
        if self.verbose:
            self.bar.console.print(f"committed batch {batch} ({documents} documents)")

    def problem(self, problem: Problem) -> None:
        style = "red" if problem.is_error else "yellow"
        self.bar.console.print(Text(str(problem), style=style))


@app.command()
def build(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH", help="Files, folders or - for stdin.", show_default=False)],
    db: Annotated[Path, typer.Option(help="DuckDB store to create or extend.")],
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per transaction.")] = (
        DEFAULT.batch_size),
    max_bytes: Annotated[int, typer.Option(min=1, help="Reject inputs larger than this.")] = (
        DEFAULT.max_bytes),
    strict_encoding: Annotated[bool, typer.Option(
        help="Reject non-UTF-8 input instead of replacing bad bytes.")] = False,
    n_process: Annotated[int, typer.Option(min=1, help="spaCy worker processes.")] = (
        DEFAULT.n_process),
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log each commit.")] = False,
) -> None:
    """Ingest PATHS into the store DB (documents already stored are skipped)."""
    settings = DEFAULT.with_(batch_size=batch_size, max_bytes=max_bytes, n_process=n_process,
                             encoding_errors="strict" if strict_encoding else "replace")
    progress = _BarProgress(verbose)
    try:
        report = pipeline.build(paths, db, settings, progress=progress,
                                on_problem=progress.problem)
    except ActorgraphError as exc:
        err.print(f"error: {exc}", style="red")
        raise typer.Exit(2) from None
    except duckdb.IOException as exc:
        err.print(f"error: {db}: cannot open the store: {exc}", style="red")
        raise typer.Exit(1) from None
    finally:
        progress.bar.stop()
    err.print(f"built {report.added} document(s) into {db}; {report.skipped} already stored; "
              f"{report.rejected} input(s) rejected")
    raise typer.Exit(1 if report.rejected else 0)


@app.command()
def export(
    db: Annotated[Path, typer.Option(help="DuckDB store to read.")],
    format: Annotated[str, typer.Option(
        "--format", help=f"Output format: {', '.join(formats())}.")],
    out: Annotated[Path, typer.Option(help="Folder to write the files into.")],
) -> None:
    """Write the store as one file per table (documents, actors, events, ...)."""
    try:
        files = export_store(db, format, out)
    except ActorgraphError as exc:
        err.print(f"error: {exc}", style="red")
        raise typer.Exit(2) from None
    err.print(f"wrote {len(files)} files to {out}")


@app.command()
def stats(db: Annotated[Path, typer.Option(help="DuckDB store to read.")]) -> None:
    """Summarize a store: documents, sentences, mentions, top actors, events by type."""
    try:
        summary = summarize(db)
    except ActorgraphError as exc:
        err.print(f"error: {exc}", style="red")
        raise typer.Exit(2) from None
    out.print(f"{summary.documents} documents, {summary.sentences} sentences")
    labels = Table("label", "mentions", title="Entity mentions by label")
    for label, n in summary.mentions_by_label.items():
        labels.add_row(label, str(n))
    out.print(labels)
    top = Table("actor", "mentions", title="Most-mentioned actors")
    for name, n in summary.top_actors:
        top.add_row(name, str(n))
    out.print(top)
    events = Table("type", "events", "by modality", title="Events by PLOVER type")
    for kind, by in summary.events_by_type.items():
        events.add_row(kind, str(sum(by.values())),
                       ", ".join(f"{m} {n}" for m, n in sorted(by.items(), key=lambda x: -x[1])))
    out.print(events)


@app.command()
def serve(
    db: Annotated[Path, typer.Option(help="DuckDB store to serve (opened read-only).")],
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
) -> None:
    """Serve the web UI and JSON API over the store DB, read-only."""
    from .serve import serve as run

    if not db.exists():
        err.print(f"error: store {db} does not exist; create it with `actorgraph build`",
                  style="red")
        raise typer.Exit(2)
    try:
        out.print(f"actorgraph is serving {db} at http://{host}:{port}/ (Ctrl-C stops it)")
        run(db, host, port)
    except ActorgraphError as exc:
        err.print(f"error: {exc}", style="red")
        raise typer.Exit(2) from None


eval_app = typer.Typer(no_args_is_help=True, help="Score the extractor against gold data.")
app.add_typer(eval_app, name="eval")


@eval_app.command("plover")
def eval_plover(
    file: Annotated[Path, typer.Argument(help="PLOVER gold-standard JSON (a list of records).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Code each record of a PLOVER gold file and print event and actor-code scores."""
    try:
        scores = evaluate.plover(file)
    except ActorgraphError as exc:
        err.print(f"error: {exc}", style="red")
        raise typer.Exit(2) from None
    if as_json:
        out.print(json.dumps(scores), soft_wrap=True)
        return
    summary = Table("score", "value", title=f"PLOVER evaluation of {file} ({scores['n']} records)")
    for key in ("event_accuracy", "macro_f1", "source_code_accuracy", "target_code_accuracy",
                "records_with_no_event"):
        summary.add_row(key, str(scores[key]))
    out.print(summary)
    classes = Table("type", "precision", "recall", "f1", "support", title="Per class")
    for kind, row in scores["per_class"].items():
        classes.add_row(kind, *(str(row[k]) for k in ("precision", "recall", "f1", "support")))
    out.print(classes)


def main() -> None:
    app(prog_name="actorgraph")


if __name__ == "__main__":
    sys.exit(main())
