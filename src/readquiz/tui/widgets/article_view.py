"""The article with numbered paragraphs and section headings; evidence can be highlighted.

Article text goes in as Content objects, never as markup: articles contain [brackets].
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from readquiz.article.evidence import Block, find_quote
from readquiz.article.model import Article
from readquiz.english.dates import format_date

# A theme variable, so the highlight reads well in light and dark themes alike.
QUOTE_STYLE = "bold $text on $warning-muted"


class Paragraph(Horizontal):
    """One block of the article: a numbered paragraph or a heading.

    The number stands in a column of its own, so a paragraph's wrapped lines line up
    with its first line's text (a hanging indent) rather than under the number.
    """

    def __init__(self, block: Block) -> None:
        """Show ``block``; headings get a class so the stylesheet can set them apart."""
        self.block = block
        super().__init__(
            classes="heading" if block.heading else "paragraph",
            id=None if block.heading else f"paragraph-{block.number}",
        )

    def compose(self) -> ComposeResult:
        """The number column (paragraphs only) and the text."""
        if not self.block.heading:
            yield Static(f"{self.block.number:>2}", classes="number", markup=False)
        yield Static(self._content(None), classes="text")

    def _content(self, quote: str | None) -> Content:
        text = Content(self.block.text)
        if quote and not self.block.heading:
            found = find_quote([self.block], quote)
            if found is not None:
                start = text.plain.find(found.quote)
                text = text.stylize(QUOTE_STYLE, start, start + len(found.quote))
        return text

    def set_evidence(self, quote: str | None) -> None:
        """Highlight ``quote`` in this paragraph, or clear the highlight (None)."""
        self.set_class(quote is not None, "-evidence")
        self.query_one(".text", Static).update(self._content(quote))


class ArticleView(VerticalScroll):
    """The whole article, scrollable, with its title and source on top."""

    can_focus = True

    def __init__(
        self,
        article: Article,
        *,
        evidence: tuple[int, str] | None = None,
        id: str | None = None,  # noqa: A002 - Textual's own parameter name
    ) -> None:
        """Show ``article``; ``evidence`` is (paragraph, quote) to highlight at once."""
        super().__init__(id=id)
        self.article = article
        self._evidence = evidence

    def compose(self) -> ComposeResult:
        """The title, the byline and every block in reading order."""
        yield Static(Content(self.article.title), classes="article-title")
        byline = " · ".join(
            part
            for part in (
                self.article.source,
                format_date(self.article.published) if self.article.published else None,
            )
            if part
        )
        if byline:
            yield Static(Content(byline), classes="article-byline")
        for block in self.article.blocks:
            yield Paragraph(block)

    def on_mount(self) -> None:
        """Apply the evidence given at construction."""
        if self._evidence is not None:
            self.highlight(*self._evidence)

    def highlight(self, paragraph: int, quote: str) -> None:
        """Highlight the evidence ``quote`` in ``paragraph`` and scroll it into view."""
        self.clear_highlight()
        self._evidence = (paragraph, quote)
        for widget in self.query(Paragraph):
            if widget.block.number == paragraph and not widget.block.heading:
                # Only the paragraph that changes is redrawn: this runs on every answer.
                widget.set_evidence(quote)
                break
        # Hidden (a narrow terminal), it scrolls when it is shown: see on_show.
        if self.display:
            self._scroll_to_evidence()

    def clear_highlight(self) -> None:
        """Remove any evidence highlight."""
        self._evidence = None
        for widget in self.query(".-evidence").results(Paragraph):
            widget.set_evidence(None)

    def on_show(self) -> None:
        """Bring the evidence into view when the view appears (the terminal grew wide)."""
        self._scroll_to_evidence()

    def _scroll_to_evidence(self) -> None:
        for widget in self.query(".-evidence"):
            # After the refresh, so a freshly mounted view has its layout.
            self.call_after_refresh(self.scroll_to_center, widget, animate=False)
