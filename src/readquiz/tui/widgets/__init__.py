"""Widgets the quiz's screens are built from."""
