"""The quiz's screens and dialogs, one per module."""
