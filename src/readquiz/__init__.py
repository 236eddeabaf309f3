"""readquiz: reading-comprehension questions from annotated news articles.

This module imports nothing heavy, so ``readquiz --help`` starts fast.
"""

__version__ = "0.1.0"
