"""``readquiz review SET``: a teacher keeps, drops, reorders, edits and adds questions.

The set file is checked here, before the app starts, so a broken file prints the
usual one-line ``file:line:col`` problems (as ``readquiz check`` does) and nothing
opens. Textual is imported only after that.
"""

from __future__ import annotations

from pathlib import Path

from readquiz.cli.options import Options


def run(opts: Options, *, set_file: Path) -> int:
    """Review the set in ``set_file`` in the terminal; it is saved only with Ctrl+S.

    Args:
        opts: Options every command takes (``--templates`` are used to make another
            question for a fact).
        set_file: The question-set file (YAML or JSON) to review and save.

    Returns:
        The exit status.

    Raises:
        ReadquizError: the set file or its article is missing or broken.
    """
    from readquiz.questions.editing import ReviewSession, engine_another, save_set_file
    from readquiz.questions.setfile import load_set
    from readquiz.templates.library import load_templates

    loaded = load_set(set_file)
    article = loaded.article
    session = ReviewSession(
        article,
        loaded.qset,
        saver=lambda qset: save_set_file(set_file, qset, article),
        another=engine_another(
            article, lambda: load_templates(opts.template_dirs), loaded.qset.seed or 0
        ),
    )

    from readquiz.tui.review_app import make_review_app  # Textual once the input is good

    make_review_app(session, set_file).run()
    return 0
