"""The document body: title block, sections as the variant shows them, the annex.

Paragraph properties follow the schema's order (Word refuses a file whose order is wrong).
Direction is decided per Word paragraph from its own text (core/text.py `direction`), so an
Arabic paragraph in an English communiqué is a right-to-left paragraph whose number sits right.

Paragraph numbers are Word numbering in the clean and bracketed copies, and typed text in the
redline. A redline's numbers must follow the newer text (the usual UN practice), and Word
numbering cannot show that with tracked paragraphs: Word keeps counting a deleted numbered
paragraph while it is shown, and LibreOffice (7.4, Debian 12) shows "[3.]" or "2.[3.]" on every
numbered paragraph that holds a tracked deletion, then counts the rest off by one. So the
redline types "5." and a tab before the text, with the numbered paragraph's hanging indent, and a
number that changed between the two texts is itself a tracked change ("6." deleted, "5."
inserted): accepting every change gives the newer numbers, rejecting every change the older.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from itertools import pairwise

from lxml import etree

from concord.core.text import direction
from concord.export.content import ExportDocument, ExportSection, ParagraphStatus, long_date
from concord.export.docx import redline
from concord.export.docx.inline import Change, Context, Direction, PartWriter, Piece, Rels
from concord.export.docx.markdown import (
    BOLD,
    Block,
    Run,
    mark_brackets,
    parse,
    parse_inline,
    plain_note,
)
from concord.export.docx.numbering import PARAGRAPH_INDENT, Numbering
from concord.export.docx.properties import status_label
from concord.export.docx.xml import root, safe, sub, w, w3cdtf

log = logging.getLogger(__name__)

PORTRAIT_PARTIES = 7  # more parties than this: the matrix gets a landscape page
PORTRAIT_WIDTH = 9070  # A4 between 2.5 cm margins, in twips
LANDSCAPE_WIDTH = 14002
_STATUS_FILL = {
    ParagraphStatus.agreed: "C6EFCE",
    ParagraphStatus.pending: "FFEB9C",
    ParagraphStatus.objected: "FFC7CE",
}
_DECISION = {
    "approve": "Approve",
    "ad_referendum": "Ad referendum",
    "reservation": "Reservation",
    "object": "Object",
    "abstain": "Abstain",
}


def date_label(moment: datetime) -> str:
    return long_date(moment)


def decision_label(decision: str) -> str:
    return _DECISION.get(decision, decision.replace("_", " ").capitalize())


def statement_text(delegation: str, decision: str, text: str) -> str:
    kind = "Reservation" if decision == "reservation" else "Statement"
    suffix = "" if decision in ("reservation", "") else f" ({decision_label(decision).lower()})"
    return f"{kind} by {delegation}{suffix}: {text}"


class Body:
    def __init__(self, doc: ExportDocument, context: Context, numbering: Numbering) -> None:
        self.doc = doc
        self.context = context
        self.numbering = numbering
        self.rels = Rels()
        self.writer = PartWriter(context, self.rels)
        self.document = root("document")
        self.body = sub(self.document, "body")
        self.label_indent = label_indent(doc) if doc.variant == "redline" else PARAGRAPH_INDENT
        self.section_break: etree._Element | None = None  # ends a portrait body (the annex's)
        # The Markdown table being written: (section, table, change kind), its w:tbl, the row.
        self._table: tuple[tuple[int, int, str | None], etree._Element, etree._Element] | None
        self._table = None
        self._columns: etree._Element | None = None  # the bilingual table, made as needed

    # --- paragraphs -----------------------------------------------------------------------

    def paragraph(
        self,
        style: str,
        base: Direction,
        *,
        num: tuple[int, int] | None = None,
        no_num: bool = False,
        mark: Change | None = None,
        keep_next: bool = False,
        page_break: bool = False,
        indent: int | None = None,
        hanging: int | None = None,
        parent: etree._Element | None = None,
    ) -> etree._Element:
        paragraph = sub(self.body if parent is None else parent, "p")
        ppr = sub(paragraph, "pPr")
        sub(ppr, "pStyle", val=style)
        if keep_next:
            sub(ppr, "keepNext")
        if page_break:
            sub(ppr, "pageBreakBefore")
        if num is not None:
            numbering = sub(ppr, "numPr")
            sub(numbering, "ilvl", val=str(num[1]))
            sub(numbering, "numId", val=str(num[0]))
        elif no_num and self.context.numbered_styles:
            sub(sub(ppr, "numPr"), "numId", val="0")  # a template's heading numbering is off
        if base == "rtl":
            sub(ppr, "bidi")
        if indent is not None:
            ind = sub(ppr, "ind", left=str(indent))
            if hanging is not None:
                ind.set(w("hanging"), str(hanging))
        if mark is not None or base == "rtl":
            rpr = sub(ppr, "rPr")
            if mark is not None:
                self.writer.change(rpr, mark)
            if base == "rtl":
                sub(rpr, "rtl")
        return paragraph

    def text_paragraph(self, style: str, text: str, flags: int = 0) -> etree._Element:
        text = safe(text)
        base = direction(text)
        paragraph = self.paragraph(style, base, no_num=True)
        self.writer.runs(paragraph, [Piece(Run(text, flags))], base)
        return paragraph

    # --- title block ------------------------------------------------------------------------

    def title_block(self) -> None:
        doc = self.doc
        self.text_paragraph("Title", doc.title)
        self.text_paragraph("Subtitle", ", ".join(filter(None, (doc.place, date_label(doc.date)))))
        if doc.variant == "redline":
            since = doc.compare_label or "the previous text"
            line = f"Changes from {since} to {doc.revision_label} — {status_label(doc.status)}"
        elif doc.circulated:
            line = doc.standing
        else:
            line = f"{doc.revision_label} — {status_label(doc.status)}"
        self.text_paragraph("Subtitle", line)
        if doc.standing == "Draft":
            self.text_paragraph("Subtitle", "Draft", BOLD)
        if doc.language_note:
            self.text_paragraph("Subtitle", doc.language_note)
        if doc.variant == "bracketed":
            self.text_paragraph(
                "Subtitle",
                "Negotiating copy: text in brackets is not agreed; "
                "each paragraph shows its status (agreed, pending, objected).",
            )

    # --- sections ---------------------------------------------------------------------------

    def section(self, section: ExportSection) -> None:
        start = len(self.body)
        try:
            if section.beside_text is not None:
                self._bilingual_section(section)
            elif self.doc.variant == "redline" and _changed(section):
                self._redline_section(section)
            else:
                self._clean_section(section)
        except Exception:  # an export never fails: the section's text, unformatted
            log.exception("section %s could not be formatted", section.section_id)
            self.text_paragraph("NumberedParagraph", section.text)
        if self.doc.variant != "redline":
            self._identify(section, start)

    def _identify(self, section: ExportSection, start: int) -> None:
        """A hidden bookmark (`_cs12v3`: section 12 at version 3) around the section's
        paragraphs, so that a copy edited in Word comes back to the right section and the
        version it was made from (wordin/returns.py)."""
        paragraphs = [p for p in self.body[start:] if p.tag == w("p")]
        if not paragraphs:
            return
        mark = str(section.section_id)
        begin = etree.Element(w("bookmarkStart"))
        begin.set(w("id"), mark)
        begin.set(w("name"), f"_cs{section.section_id}v{section.version}")
        first = paragraphs[0]
        first.insert(1 if first.find(w("pPr")) is not None else 0, begin)
        sub(paragraphs[-1], "bookmarkEnd", id=mark)

    def _blocks(self, section: ExportSection, text: str) -> list[Block]:
        if section.kind == "heading":
            return [Block(parse_inline(text))]
        blocks = parse(text) or [Block()]
        if blocks[0].list_kind is not None or blocks[0].cell is not None:
            # A paragraph that opens with a list: the number stands on a lead-in paragraph of
            # its own and the list is nested under it, as a communiqué is set in Word (the first
            # item keeps its bullet or letter instead of taking the paragraph's number).
            blocks.insert(0, Block())
        return blocks

    def _clean_section(self, section: ExportSection) -> None:
        blocks = self._blocks(section, section.text)
        if self.doc.variant == "bracketed":
            mark_brackets(blocks)
            _add_holders(section, blocks)
        self._add_statements(section, blocks[-1].runs)
        lists: dict[int, int] = {}
        for index, block in enumerate(blocks):
            base = direction(block.plain() or _first_words(blocks))
            paragraph = self._block_paragraph(section, block, index == 0, lists, base, None)
            if index == 0 and self.doc.variant == "bracketed" and section.status is not None:
                self._status_tag(paragraph, section.status)
            pieces = self.writer.plain(block.runs)
            if index == 0 and self.doc.variant == "redline":
                pieces[:0] = self._label(section, None)
            self.writer.runs(paragraph, pieces, base)

    def _bilingual_section(self, section: ExportSection) -> None:
        """A bilingual row: the section in each language in the two cells of one table row, so
        that the numbers stand level; numbers typed, each paragraph in its own direction."""
        if self._columns is None:
            self._columns = self._columns_table()
        row = sub(self._columns, "tr")
        sub(sub(row, "trPr"), "cantSplit")
        for text, first in ((section.text, True), (section.beside_text or "", False)):
            cell = sub(row, "tc")
            sub(sub(cell, "tcPr"), "tcW", w=str(PORTRAIT_WIDTH // 2), type="dxa")
            blocks = self._blocks(section, text)
            if self.doc.variant == "bracketed":
                mark_brackets(blocks)
            if first:  # the reservations once, under the first language's text
                self._add_statements(section, blocks[-1].runs)
            counted: dict[int, int] = {}  # a numbered list's next number, by list
            for index, block in enumerate(blocks):
                base = direction(block.plain() or _first_words(blocks))
                pieces = self.writer.plain(block.runs)
                if section.kind == "heading":
                    level = min(max(section.level or 1, 1), 6)
                    paragraph = self.paragraph(
                        f"Heading{level}", base, no_num=True, keep_next=True, parent=cell
                    )
                else:
                    paragraph = self.paragraph("TableText", base, parent=cell)
                    if index == 0 and section.number is not None:
                        pieces[:0] = [Piece(Run(f"{section.number}. ", BOLD))]
                    elif block.list_kind is not None and not block.continued:
                        pieces[:0] = [Piece(Run(_list_marker(block, counted)))]
                self.writer.runs(paragraph, pieces, base)

    def _columns_table(self) -> etree._Element:
        """The bilingual table: two equal columns headed by their languages."""
        assert self.doc.columns is not None
        table = sub(self.body, "tbl")
        tpr = sub(table, "tblPr")
        sub(tpr, "tblW", w=str(PORTRAIT_WIDTH), type="dxa")
        sub(tpr, "tblLayout", type="fixed")
        grid = sub(table, "tblGrid")
        for _ in self.doc.columns:
            sub(grid, "gridCol", w=str(PORTRAIT_WIDTH // 2))
        head = sub(table, "tr")
        sub(sub(head, "trPr"), "tblHeader")
        for name in self.doc.columns:
            cell = sub(head, "tc")
            sub(sub(cell, "tcPr"), "tcW", w=str(PORTRAIT_WIDTH // 2), type="dxa")
            self.writer.runs(
                self.paragraph("TableHeading", "ltr", parent=cell), [Piece(Run(name))], "ltr"
            )
        return table

    def _redline_section(self, section: ExportSection) -> None:
        start = len(self.body)
        paragraphs = self._redline_paragraphs(section)
        whole = section.removed is not None or section.old_text is None
        self._write_redline(section, paragraphs, whole or section.moved is not None)
        if paragraphs and paragraphs[0].mark is not None and paragraphs[0].mark.kind in MOVES:
            self._move_range(section, paragraphs[0].mark, start)

    def _redline_paragraphs(self, section: ExportSection) -> list[redline.Paragraph]:
        doc = self.doc
        if section.moved == "from":
            blocks = self._blocks(section, section.old_text or section.text)
            return moved_away(blocks, mover(doc, section))
        old = None if section.old_text is None else self._blocks(section, section.old_text)
        removed = None
        if section.removed is not None:
            removed = redline.Author(section.removed.author, w3cdtf(section.removed.created_at))
        versions = [
            (self._blocks(section, step.text), redline.Author(step.author, w3cdtf(step.created_at)))
            for step in section.steps
        ]
        if removed is None and (not section.steps or section.steps[-1].text != section.text):
            versions.append(
                (
                    self._blocks(section, section.text),
                    redline.Author(doc.organisation, w3cdtf(doc.date)),
                )
            )
        if removed is None and old is not None and _has_table(old, versions):
            # A table that changed is tracked whole: the older one deleted (rows and text),
            # the newer inserted, so accepting or rejecting every change gives either table.
            gone = versions[-1][1]
            paragraphs = redline.redline(old, [], gone)
            paragraphs += redline.redline(None, versions, None)
        else:
            paragraphs = redline.redline(old, versions, removed)
        if removed is None and paragraphs:
            # Statements belong to the exported text: in the last paragraph that stays whatever
            # is accepted or rejected, else (an added section) inserted with it.
            runs: list[Run] = []
            self._add_statements(section, runs)
            kept = [p for p in paragraphs if p.mark is None]
            home = kept[-1] if kept else paragraphs[-1]
            home.pieces.extend(Piece(run, home.mark) for run in runs)
        _insertion_last_but_one(paragraphs)
        if section.moved == "to":
            return moved_in(paragraphs, self._blocks(section, section.text), mover(doc, section))
        return paragraphs

    def _write_redline(
        self, section: ExportSection, paragraphs: list[redline.Paragraph], whole: bool
    ) -> None:
        lists: dict[int, int] = {}
        for index, item in enumerate(paragraphs):
            base = direction(
                "".join(piece.run.text for piece in item.pieces)
                or _first_words([p.block for p in paragraphs])
            )
            paragraph = self._block_paragraph(
                section, item.block, index == 0, lists, base, item.mark
            )
            pieces = item.pieces
            if index == 0:
                pieces = [*self._label(section, item.mark if whole else None), *pieces]
            self.writer.runs(paragraph, pieces, base)

    def _move_range(self, section: ExportSection, mark: Change, start: int) -> None:
        """`w:moveFromRangeStart` … `w:moveFromRangeEnd` (or moveTo) around the section's
        paragraphs, one name for both ends of the move, so that Word and LibreOffice pair them."""
        paragraphs = [p for p in self.body[start:] if p.tag == w("p")]
        if not paragraphs:
            return
        range_id = self.context.revision_id()
        begin = etree.Element(w(f"{mark.kind}RangeStart"))
        begin.set(w("id"), range_id)
        begin.set(w("author"), safe(mark.author))
        begin.set(w("date"), mark.date)
        begin.set(w("name"), f"_cm{section.section_id}")
        first = paragraphs[0]
        first.insert(1 if first.find(w("pPr")) is not None else 0, begin)
        sub(paragraphs[-1], f"{mark.kind}RangeEnd", id=range_id)

    def _label(self, section: ExportSection, whole: Change | None) -> list[Piece]:
        """A redline paragraph's number as text: the newer number (the older one for a removed
        paragraph), inserted or deleted with a whole paragraph (`whole`), and a renumbering
        tracked as the older number deleted and the newer inserted."""
        old, new = section.redline_numbers()
        if new is None and old is None:
            return []
        if whole is not None or new == old:
            return [Piece(Run(f"{new if new is not None else old}.\t"), whole)]
        by = redline.Author(self.doc.organisation, w3cdtf(self.doc.date))
        pieces = [Piece(Run(f"{old}."), by.delete())] if old is not None else []
        if new is not None:
            pieces.append(Piece(Run(f"{new}."), by.ins()))
        return [*pieces, Piece(Run("\t"))]

    def _block_paragraph(
        self,
        section: ExportSection,
        block: Block,
        first: bool,
        lists: dict[int, int],
        base: Direction,
        mark: Change | None,
    ) -> etree._Element:
        if block.cell is not None:
            return self._table_cell(section, block, base, mark)
        if section.kind == "heading":
            level = min(max(section.level or 1, 1), 6)
            return self.paragraph(f"Heading{level}", base, no_num=True, keep_next=True, mark=mark)
        if first and self.doc.variant == "redline" and section.kind == "paragraph":
            return self.paragraph(
                "NumberedParagraph",
                base,
                indent=self.label_indent,
                hanging=self.label_indent,
                mark=mark,
                keep_next=not block.runs,
            )
        if first and section.number is not None:
            num = (self.numbering.paragraph(section.number), 0)
            lead_in = not block.runs  # keeps its number with the list under it
            return self.paragraph("NumberedParagraph", base, num=num, mark=mark, keep_next=lead_in)
        if block.style == "code":
            return self.paragraph("CodeBlock", base, mark=mark)
        if block.style == "quote":
            return self.paragraph("Quote", base, mark=mark)
        if block.list_kind is not None:
            if block.continued:
                indent = PARAGRAPH_INDENT * (block.list_level + 2)
                return self.paragraph("ListParagraph", base, indent=indent, mark=mark)
            if block.list_id not in lists:
                lists[block.list_id] = self.numbering.list(block.list_kind, block.list_start)
            num = (lists[block.list_id], block.list_level)
            return self.paragraph("ListParagraph", base, num=num, mark=mark)
        numbered = section.number is not None or section.old_number is not None
        style = "BodyContinued" if numbered else "NumberedParagraph"
        return self.paragraph(style, base, mark=mark)

    def _table_cell(
        self, section: ExportSection, block: Block, base: Direction, mark: Change | None
    ) -> etree._Element:
        """A cell's paragraph, in a Word table made as its first cell comes (a row inserted or
        deleted whole in a redline carries the change on the row, not on the cell's mark)."""
        cell = block.cell
        assert cell is not None
        key: tuple[int, int, str | None] = (
            section.section_id,
            cell.table,
            None if mark is None else mark.kind,
        )
        if self._table is None or self._table[0] != key:
            self._table = (key, self._new_table(section, cell.columns), self.body)
        key, table, row = self._table
        rows = table.findall(w("tr"))
        if cell.column == 0 or not rows:
            row = sub(table, "tr")
            trpr = sub(row, "trPr")
            sub(trpr, "cantSplit")
            if cell.head:
                sub(trpr, "tblHeader")
            if mark is not None:
                self.writer.change(trpr, mark)
            self._table = (key, table, row)
        width = self._table_width(section) // max(1, cell.columns)
        tc = sub(row, "tc")
        sub(sub(tc, "tcPr"), "tcW", w=str(width), type="dxa")
        style = "TableHeading" if cell.head else "TableText"
        paragraph = self.paragraph(style, base, parent=tc)
        if cell.align in ("left", "center", "right"):
            ppr = paragraph[0]
            jc = etree.Element(w("jc"))
            jc.set(w("val"), cell.align)
            rpr = ppr.find(w("rPr"))
            if rpr is None:
                ppr.append(jc)
            else:
                rpr.addprevious(jc)
        return paragraph

    def _table_width(self, section: ExportSection) -> int:
        return PORTRAIT_WIDTH - (PARAGRAPH_INDENT if section.kind == "paragraph" else 0)

    def _new_table(self, section: ExportSection, columns: int) -> etree._Element:
        table = sub(self.body, "tbl")
        tpr = sub(table, "tblPr")
        sub(tpr, "tblStyle", val="TableGrid")
        sub(tpr, "tblW", w=str(self._table_width(section)), type="dxa")
        if section.kind == "paragraph":  # under the paragraph's text, past its number
            sub(tpr, "tblInd", w=str(PARAGRAPH_INDENT), type="dxa")
        sub(tpr, "tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="0", lastColumn="0")
        grid = sub(table, "tblGrid")
        for _ in range(columns):
            sub(grid, "gridCol", w=str(self._table_width(section) // max(1, columns)))
        return table

    def _add_statements(self, section: ExportSection, runs: list[Run]) -> None:
        for statement in section.statements:
            text = statement_text(statement.delegation, statement.decision, statement.text)
            runs.append(Run("", note=plain_note(text)))

    def _status_tag(self, paragraph: etree._Element, status: ParagraphStatus) -> None:
        tag = sub(paragraph, "r")
        rpr = sub(tag, "rPr")
        sub(rpr, "rStyle", val="ParagraphStatus")
        sub(rpr, "shd", val="clear", color="auto", fill=_STATUS_FILL.get(status, "D9D9D9"))
        text = sub(tag, "t")
        text.text = f"\u00a0{status.value}\u00a0"
        space = sub(sub(paragraph, "r"), "t")
        space.text = " "
        space.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

    # --- annex ------------------------------------------------------------------------------

    def annex(self) -> None:
        """The approval matrix: the parties' codes as column heads, with a legend; on a
        landscape page of its own when the parties are too many for a portrait one; rows that
        never split across pages, the head repeated on each page."""
        doc = self.doc
        codes = doc.party_codes if len(doc.party_codes) == len(doc.parties) else doc.parties
        landscape = len(doc.parties) > PORTRAIT_PARTIES
        if landscape:
            # The body's own page setup ends here (build_docx gives this paragraph a copy of
            # the section properties); the annex's section, the document's last, is landscape.
            self.section_break = self.paragraph("Normal", "ltr")
        heading = self.paragraph(
            "Heading1", "ltr", no_num=True, keep_next=True, page_break=not landscape
        )
        self.writer.runs(heading, [Piece(Run("Annex: approval matrix"))], "ltr")
        self.text_paragraph(
            "Normal",
            "Each cell is the delegation's position on the paragraph; “(stale)” marks a "
            "position given on an earlier version, which no longer counts.",
        )
        if codes is not doc.parties:
            pairs = zip(codes, doc.parties, strict=True)
            legend = "; ".join(f"{code}: {name}" for code, name in pairs)
            self.text_paragraph("Normal", f"Columns: {legend}.")
        columns = len(doc.parties) + 1
        width = (LANDSCAPE_WIDTH if landscape else PORTRAIT_WIDTH) - 100
        first = 1000
        other = max(500, (width - first) // max(1, columns - 1))
        table = sub(self.body, "tbl")
        tpr = sub(table, "tblPr")
        sub(tpr, "tblStyle", val="TableGrid")
        sub(tpr, "tblW", w="0", type="auto")
        margins = sub(tpr, "tblCellMar")  # narrow, for narrow columns
        sub(margins, "left", w="57", type="dxa")
        sub(margins, "right", w="57", type="dxa")
        sub(tpr, "tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="1", lastColumn="0")
        grid = sub(table, "tblGrid")
        widths = [first] + [other] * (columns - 1)
        for cell_width in widths:
            sub(grid, "gridCol", w=str(cell_width))
        header = sub(table, "tr")
        header_pr = sub(header, "trPr")
        sub(header_pr, "cantSplit")
        sub(header_pr, "tblHeader")
        for cell_width, label in zip(widths, ("Paragraph", *codes), strict=True):
            self._cell(header, cell_width, label, BOLD)
        for section in doc.sections:
            row = sub(table, "tr")
            sub(sub(row, "trPr"), "cantSplit")
            if section.kind == "heading":
                heading_text = "".join(run.text for run in parse_inline(section.text))
                self._cell(row, sum(widths), heading_text, BOLD, span=columns)
                continue
            label = f"para. {section.number}" if section.number is not None else "—"
            self._cell(row, first, label)
            for index in range(columns - 1):
                position = section.positions[index] if index < len(section.positions) else None
                text = "—"
                if position is not None:
                    text = decision_label(position.decision)
                    if not position.current:
                        text += " (stale)"
                self._cell(row, other, text)

    def commitments_annex(self) -> None:
        """The annex of commitments: a row per project (title, description, partners) across
        the table, a row per commitment under it (pledged by, amount, kind, period), totals per
        currency; right to left when the export's language is. Rows never split across pages;
        the head repeats on each page."""
        annex = self.doc.commitments
        if annex is None:
            return
        base: Direction = annex.direction
        heading = self.paragraph("Heading1", base, no_num=True, keep_next=True, page_break=True)
        self.writer.runs(heading, [Piece(Run(safe(annex.heading)))], base)
        note = self.paragraph("Normal", base, no_num=True)
        self.writer.runs(note, [Piece(Run(safe(annex.note)))], base)
        widths = (3400, 2400, 1500, 1200)
        table = sub(self.body, "tbl")
        tpr = sub(table, "tblPr")
        sub(tpr, "tblStyle", val="TableGrid")
        if base == "rtl":
            sub(tpr, "bidiVisual")
        sub(tpr, "tblW", w=str(sum(widths)), type="dxa")
        sub(tpr, "tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="1", lastColumn="0")
        grid = sub(table, "tblGrid")
        for cell_width in widths:
            sub(grid, "gridCol", w=str(cell_width))
        header = sub(table, "tr")
        header_pr = sub(header, "trPr")
        sub(header_pr, "cantSplit")
        sub(header_pr, "tblHeader")
        for cell_width, label in zip(widths, annex.labels[1:], strict=True):
            self._cell(header, cell_width, label, BOLD)
        for project in annex.projects:
            row = sub(table, "tr")
            sub(sub(row, "trPr"), "cantSplit")
            lines = [(project.title, BOLD), (project.description, 0), (project.partners, 0)]
            self._cell_lines(row, sum(widths), [line for line in lines if line[0]], len(widths))
            for pledge in project.pledges:
                row = sub(table, "tr")
                sub(sub(row, "trPr"), "cantSplit")
                cells = (
                    pledge.pledgers,
                    f"{pledge.currency} {pledge.amount}",
                    pledge.kind,
                    pledge.period,
                )
                for cell_width, text in zip(widths, cells, strict=True):
                    self._cell(row, cell_width, text)
        for currency, amount in annex.totals:
            row = sub(table, "tr")
            sub(sub(row, "trPr"), "cantSplit")
            self._cell(row, widths[0], annex.total_label, BOLD)
            self._cell(row, widths[1], f"{currency} {amount}", BOLD)
            self._cell(row, widths[2], "")
            self._cell(row, widths[3], "")

    def _cell_lines(
        self, row: etree._Element, width: int, lines: list[tuple[str, int]], span: int
    ) -> None:
        cell = sub(row, "tc")
        cpr = sub(cell, "tcPr")
        sub(cpr, "tcW", w=str(width), type="dxa")
        sub(cpr, "gridSpan", val=str(span))
        for text, flags in lines:
            text = safe(text)
            base = direction(text)
            paragraph = self.paragraph("MatrixCell", base, parent=cell)
            self.writer.runs(paragraph, [Piece(Run(text, flags))], base)

    def _cell(
        self, row: etree._Element, width: int, text: str, flags: int = 0, span: int = 1
    ) -> None:
        cell = sub(row, "tc")
        cpr = sub(cell, "tcPr")
        sub(cpr, "tcW", w=str(width), type="dxa")
        if span > 1:
            sub(cpr, "gridSpan", val=str(span))
        text = safe(text)
        base = direction(text)
        paragraph = self.paragraph("MatrixCell", base, parent=cell)
        self.writer.runs(paragraph, [Piece(Run(text, flags))], base)


# Widths in twips at 11 pt in DejaVu Sans (what LibreOffice falls back to without Calibri), the
# widest of the usual body fonts, so the room is enough in any of them.
_DIGIT_WIDTH = 140
_DOT_WIDTH = 70
_LABEL_GAP = 280  # at least half a centimetre between a redline's number and its text


def label_indent(doc: ExportDocument) -> int:
    """The hanging indent of a redline's numbered paragraphs: room for the widest typed label
    and a gap, so the tab after "12.13." (a renumbering shows both numbers) still reaches a tab
    stop of its own instead of running past it to the next default stop. One indent for every
    paragraph, so all texts start on one line."""
    widest = 0
    for section in doc.sections:
        numbers = [n for n in section.redline_numbers() if n is not None]
        if len(set(numbers)) == 1:
            numbers = numbers[:1]
        width = sum(len(str(n)) * _DIGIT_WIDTH + _DOT_WIDTH for n in numbers)
        widest = max(widest, width)
    return max(PARAGRAPH_INDENT, widest + _LABEL_GAP)


def _list_marker(block: Block, counted: dict[int, int]) -> str:
    """A list item's typed marker in a bilingual cell: a bullet, or its number."""
    if block.list_kind == "bullet":
        return "\u2022 "
    number = counted.get(block.list_id, block.list_start)
    counted[block.list_id] = number + 1
    return f"{number}. "


def _has_table(old: list[Block], versions: list[tuple[list[Block], redline.Author]]) -> bool:
    return any(b.cell is not None for blocks in [old, *(v for v, _ in versions)] for b in blocks)


def _first_words(blocks: list[Block]) -> str:
    """The first text of a section: the direction of a number's empty lead-in paragraph (a
    paragraph that opens with a list), so an Arabic list's number stands on the right."""
    return next((text for text in (b.plain() for b in blocks) if text.strip()), "")


def _changed(section: ExportSection) -> bool:
    return (
        section.removed is not None or section.moved is not None or section.old_text != section.text
    )


MOVES = ("moveFrom", "moveTo")


def _insertion_last_but_one(paragraphs: list[redline.Paragraph]) -> None:
    """A paragraph that ends in replaced words ("is welcome." → "shall be ensured:") and is
    followed by paragraphs inserted whole (a list): its inserted words go before its deleted
    ones. LibreOffice (7.4) joins an insertion that ends a paragraph with the inserted
    paragraphs after it into one range, which takes in the paragraph's own untracked mark, so
    rejecting every change ran the paragraph into the next one; a deletion in between keeps
    the two apart. The words and the changes stay the same, only their order in the change."""
    for paragraph, following in pairwise(paragraphs):
        if paragraph.mark is not None or following.mark is None or following.mark.kind != "ins":
            continue
        pieces = paragraph.pieces
        end = len(pieces)
        inserted = end
        while inserted > 0 and (c := pieces[inserted - 1].change) and c.kind == "ins":
            inserted -= 1
        deleted = inserted
        while deleted > 0 and (c := pieces[deleted - 1].change) and c.kind == "del":
            deleted -= 1
        if deleted < inserted < end:
            pieces[deleted:] = [*pieces[inserted:], *pieces[deleted:inserted]]


def mover(doc: ExportDocument, section: ExportSection) -> redline.Author:
    """Who moved a section (the organisation, at the export's date, when unknown)."""
    step = section.move
    if step is None:
        return redline.Author(doc.organisation, w3cdtf(doc.date))
    return redline.Author(step.author, w3cdtf(step.created_at))


def moved_away(blocks: list[Block], by: redline.Author) -> list[redline.Paragraph]:
    """A moved section at its older place: its older text moved away, whole (a table, which
    Word tracks by row and cannot move, is deleted)."""
    tables = any(b.cell is not None for b in blocks)
    change = by.delete() if tables else Change("moveFrom", by.name, by.date)
    return [redline.Paragraph(b, change, [Piece(run, change) for run in b.runs]) for b in blocks]


def moved_in(
    paragraphs: list[redline.Paragraph], blocks: list[Block], by: redline.Author
) -> list[redline.Paragraph]:
    """A moved section at its newer place: moved in, with the changes made to its words; text
    deleted there is deleted within the move, so it shows in neither text. A section whose
    paragraphs themselves were added or deleted, or with a table, is moved in as its newer
    text, whole."""
    into = Change("moveTo", by.name, by.date)
    if any(p.mark is not None for p in paragraphs) or any(b.cell is not None for b in blocks):
        if any(b.cell is not None for b in blocks):
            into = by.ins()
        return [
            redline.Paragraph(
                p.block,
                into,
                [Piece(x.run, into) for x in p.pieces if not x.change or not x.change.removes],
            )
            for p in paragraphs
            if p.mark is None or not p.mark.removes
        ]
    out: list[redline.Paragraph] = []
    for paragraph in paragraphs:
        pieces = []
        for piece in paragraph.pieces:
            change = piece.change
            if change is None:
                change = into
            elif change.removes:
                change = replace(change, within=into)
            pieces.append(Piece(piece.run, change, piece.was))
        out.append(redline.Paragraph(paragraph.block, into, pieces))
    return out


_HEADER_WIDTH = 9070  # twips between A4's 2.5 cm margins
_HEADER_RIGHT = 3400  # the revision's column: "Rev.12 — circulated 30 September 2026" fits


def _two_columns(part: etree._Element, style: str) -> tuple[etree._Element, etree._Element]:
    """A borderless one-row table of fixed columns, its two cells' paragraphs (left, right),
    then the empty tiny paragraph a header or footer must end with: a long text on the left
    wraps within its column and never pushes the right one onto a line of its own."""
    table = sub(part, "tbl")
    tpr = sub(table, "tblPr")
    sub(tpr, "tblW", w="5000", type="pct")  # the page's width, portrait or landscape
    sub(tpr, "tblLayout", type="fixed")
    margins = sub(tpr, "tblCellMar")
    sub(margins, "left", w="0", type="dxa")
    sub(margins, "right", w="0", type="dxa")
    sub(tpr, "tblLook", val="0000", firstRow="0", lastRow="0", firstColumn="0", lastColumn="0")
    grid = sub(table, "tblGrid")
    widths = (_HEADER_WIDTH - _HEADER_RIGHT, _HEADER_RIGHT)
    for width in widths:
        sub(grid, "gridCol", w=str(width))
    row = sub(table, "tr")
    lines = []
    for width, align in zip(widths, ("left", "right"), strict=True):
        cell = sub(row, "tc")
        sub(sub(cell, "tcPr"), "tcW", w=str(width), type="dxa")
        line = sub(cell, "p")
        ppr = sub(line, "pPr")
        sub(ppr, "pStyle", val=style)
        sub(ppr, "jc", val=align)
        lines.append(line)
    ppr = sub(sub(part, "p"), "pPr")
    sub(ppr, "pStyle", val=style)
    rpr = sub(ppr, "rPr")
    sub(rpr, "sz", val="2")
    sub(rpr, "szCs", val="2")
    return lines[0], lines[1]


def header_paragraphs(writer: PartWriter, part: etree._Element, doc: ExportDocument) -> None:
    """The title left, what the text is right."""
    mark = doc.revision_label if doc.adopted_hash is not None else doc.standing
    if mark == "Draft":
        mark = f"{doc.revision_label} — Draft"
    left, right = _two_columns(part, "Header")
    for line, text in ((left, safe(doc.title)), (right, safe(mark))):
        writer.runs(line, [Piece(Run(text))], direction(text))


def footer_paragraphs(writer: PartWriter, part: etree._Element, doc: ExportDocument) -> None:
    """What the text is; then the title and revision left, "Page N of M" right."""
    line = sub(part, "p")
    sub(sub(line, "pPr"), "pStyle", val="Footer")
    writer.runs(line, [Piece(Run(safe(doc.standing), 0 if doc.adopted_hash else BOLD))], "ltr")
    left, right = _two_columns(part, "Footer")
    title = f"{safe(doc.title)} — {safe(doc.revision_label)}"
    writer.runs(left, [Piece(Run(title))], direction(title))
    writer.runs(right, [Piece(Run("Page "))], "ltr")
    _field(right, "PAGE", "1")
    writer.runs(right, [Piece(Run(" of "))], "ltr")
    _field(right, "NUMPAGES", "1")


def _field(paragraph: etree._Element, instruction: str, result: str) -> None:
    sub(sub(paragraph, "r"), "fldChar", fldCharType="begin")
    code = sub(sub(paragraph, "r"), "instrText")
    code.text = f" {instruction} "
    code.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    sub(sub(paragraph, "r"), "fldChar", fldCharType="separate")
    sub(sub(paragraph, "r"), "t").text = result
    sub(sub(paragraph, "r"), "fldChar", fldCharType="end")


def holder_note(names: str) -> str:
    return f"Bracket held by: {names}."


def _add_holders(section: ExportSection, blocks: list[Block]) -> None:
    """Each held bracket gets a footnote naming its holders, on its closing bracket as UN
    compilation texts have it (at the paragraph's end when the Markdown hid that bracket)."""
    for count, names in reversed(section.holders):
        note = Run("", note=plain_note(holder_note(names)))
        if not _after_bracket(blocks, count, note):
            blocks[-1].runs.append(note)


def _after_bracket(blocks: list[Block], count: int, note: Run) -> bool:
    seen = 0
    for block in blocks:
        for index, run in enumerate(block.runs):
            if run.note is not None or run.brk or "]" not in run.text:
                continue
            here = run.text.count("]")
            if seen + here < count:
                seen += here
                continue
            cut = -1
            for _ in range(count - seen):
                cut = run.text.index("]", cut + 1)
            head, tail = run.text[: cut + 1], run.text[cut + 1 :]
            pieces = [replace(run, text=head), note]
            if tail:
                pieces.append(replace(run, text=tail))
            block.runs[index : index + 1] = pieces
            return True
    return False
