"""Attempts: the SQLite attempts store and the plain, headless state of one attempt."""
