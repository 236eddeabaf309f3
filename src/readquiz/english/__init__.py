"""English for questions: the grammar filters templates use (phrases, verbs, agreement)."""
