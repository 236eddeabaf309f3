"""Questions out: the plain data every front end consumes."""
