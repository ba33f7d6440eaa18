"""Actors: who the mentions in the text refer to."""

from .merge import actor_id, merge_by_text

__all__ = ["actor_id", "merge_by_text"]
