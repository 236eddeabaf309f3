"""The quiz in browsers: one quiz process per student behind a join code (textual-serve)."""
