"""Item analysis of quiz results: which questions, choices and paragraphs misled a class.

``analysis`` computes the figures (headless); ``text`` and ``csvfile`` print them
(headless); ``pdf`` draws them with reportlab (a leaf: only ``readquiz report
--format pdf`` imports it).
"""
