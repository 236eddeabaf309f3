"""Natural English for question stems, statements and accepted answers.

Standard library only and cheap to import: every stem render and every short answer
goes through here, and ``readquiz generate`` must start fast.
"""
