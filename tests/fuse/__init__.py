"""Tests of the fuse package."""
