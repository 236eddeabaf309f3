"""Articles in: the article model, its loader and the rules a schema cannot express."""
