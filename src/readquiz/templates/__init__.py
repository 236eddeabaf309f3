"""Templates in: the template model, the library (discovery, search path) and the sandbox."""
