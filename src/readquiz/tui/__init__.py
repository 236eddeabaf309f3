"""The student quiz in the terminal (Textual). Imported only by ``readquiz quiz``."""
