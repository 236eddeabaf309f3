"""The printable worksheet and answer key (reportlab).

This package is a leaf: the core never imports it. ``versions`` is headless; the other
modules import reportlab, so import them only when a PDF is being made.

Modules: ``versions`` (order of questions and choices per version), ``fonts`` (the
shipped DejaVu Sans, shaping only where a script needs it), ``styles`` (paper, margins,
escaped paragraphs), ``flowables`` (bubbles, ruled lines, answer box, keep-together
blocks), ``content`` (a handout), ``key`` (the answer keys: grid, stems and evidence,
the table across versions), ``pages`` (per-version page furniture), ``build`` (the whole
document), ``progress`` (stderr bar); the atomic write is the core's
``readquiz.output``, shared with ``generate -o`` and ``export``.

Decisions where the design is silent (stable; document them for teachers):

* Version A is the question set exactly as ``readquiz generate`` prints it for the same
  seed; versions B, C, ... shuffle the question order and each multiple-choice
  question's choices, seeded from the set's seed and the version letter. True/false
  stays "True, False"; numeric choices already in ascending order stay in order.
* The version letter is printed on every page, also with ``--versions 1``.
* Each version starts on an odd page; a blank page (no header or footer, not counted
  in "Page n of m") is put in where needed. The keys follow all versions, the first
  on an odd page, each key on pages of its own.
* The key prints the seed and the full ``readquiz worksheet ...`` command that makes
  the same worksheet again, broken only between options.
* ``-o`` must end in .pdf; another name is refused (not corrected) before any work, so
  the file always lands where the teacher said.
* "Wrote FILE (K versions, N questions, P pages, seed S)" goes to stdout; the progress
  bar and warnings (letters the font lacks) go to stderr.
* PDFs are made with reportlab's ``invariant`` mode: a fixed creation date and an id
  computed from the content, so the same inputs and seed give the same bytes.
"""
