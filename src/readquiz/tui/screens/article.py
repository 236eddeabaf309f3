"""The article on a screen of its own.

For terminals too narrow to show it beside the question, and for reading it on the
start screen before the quiz begins (then "back" is to the start, not to a question).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen

from readquiz.article.model import Article
from readquiz.tui.widgets.article_view import ArticleView
from readquiz.tui.widgets.footer import QuietFooter


class ArticleScreen(Screen[None]):
    """The full article, evidence highlighted when given; Escape or F2 goes back."""

    BINDINGS = [Binding("escape,f2,a", "close", "Back to the question", id="back")]

    def __init__(self, article: Article, evidence: tuple[int, str] | None = None) -> None:
        """Show ``article``; ``evidence`` is (paragraph, quote) to highlight."""
        super().__init__()
        self.article = article
        self.evidence = evidence

    def compose(self) -> ComposeResult:
        """The scrollable article and the footer."""
        yield ArticleView(self.article, evidence=self.evidence, id="article")
        yield QuietFooter()

    def on_mount(self) -> None:
        """Focus the article so arrows and Page Up/Down scroll it."""
        self.query_one(ArticleView).focus()

    def action_close(self) -> None:
        """Back to where the student was."""
        self.dismiss(None)


class ArticleBeforeStartScreen(ArticleScreen):
    """The article opened from the start screen: the same keys go back to the start."""

    # The same keys replace ArticleScreen's binding, so only this one is in the footer.
    BINDINGS = [Binding("escape,f2,a", "close", "Back to the start", id="start-back")]
