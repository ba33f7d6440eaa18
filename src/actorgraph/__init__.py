"""actorgraph: an evidence-linked, time-aware graph of who did what to whom, from news text.

Public API::

    actorgraph.extract(text)           # typed records for one text, no store
    actorgraph.build(paths, db)        # ingest files into a DuckDB store
    actorgraph.export(db, fmt, out)    # write the store as jsonl, csv or parquet
"""

from .config import Settings
from .export import export
from .pipeline import BuildReport, build, extract

__version__ = "0.1.0"
__all__ = ["BuildReport", "Settings", "__version__", "build", "export", "extract"]
