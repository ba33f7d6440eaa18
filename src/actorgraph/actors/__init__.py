"""Actors: who the mentions in the text refer to.

``local_actors`` resolves one parsed document; ``merge`` joins documents into a corpus.
"""

from .dictionary import Dictionary, get
from .local import local_actors
from .merge import actor_id, merge

__all__ = ["Dictionary", "actor_id", "get", "local_actors", "merge"]
