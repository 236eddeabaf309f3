"""English for questions: the grammar filters templates use, and accepted answers.

phrases (the filters), verbs, agreement, inversion (auxiliaries), wh (the question
word), roles (articles), places (prepositions), quantities (numbers as words), pos
(vocabulary), punctuation, answers (what a student may type). Standard library only
and cheap to import: every stem render goes through here.
"""
