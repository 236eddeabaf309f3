"""One module per command; each exposes ``run(opts, **options) -> int``."""
