"""numbering.xml: the communiqué's paragraph numbers and the Markdown lists, as Word numbering.

Paragraph numbers are not typed into the text: they are a Word list, so a delegate who inserts a
paragraph in Word sees the rest renumber. The number Word shows must still equal Concord's
(`ExportSection.number`), so whenever the next number is not the previous plus one a new `w:num`
restarts the list there (`w:startOverride`). A template's own numbering is kept (its styles may
point at it); ours gets ids above the template's.
"""

from __future__ import annotations

from lxml import etree

from concord.export.docx.markdown import ListKind
from concord.export.docx.xml import root, sub, to_bytes, w

PARAGRAPH_INDENT = 567  # twips: 1 cm, the paragraph number's hanging indent
_BULLETS = ("\u2022", "\u25e6", "\u25aa")
_ORDERED_FORMATS = ("decimal", "lowerLetter", "lowerRoman")


class Numbering:
    def __init__(self, template: bytes | None) -> None:
        self.part = _template_part(template)
        abstract_ids = [_int(e.get(w("abstractNumId"))) for e in self.part.iter(w("abstractNum"))]
        num_ids = [_int(e.get(w("numId"))) for e in self.part.iter(w("num"))]
        first_abstract = max(abstract_ids, default=-1) + 1
        self.paragraph_abstract = first_abstract
        self.bullet_abstract = first_abstract + 1
        self.ordered_abstract = first_abstract + 2
        self.next_num = max(num_ids, default=0) + 1
        self.nums: list[tuple[int, int, int | None]] = []  # (numId, abstractNumId, start)
        self._paragraph_num: int | None = None
        self._last_number: int | None = None
        self._bullet_num: int | None = None
        self.used = False

    def paragraph(self, number: int) -> int:
        """The numId that makes Word show `number` on the next numbered paragraph."""
        if (
            self._paragraph_num is None
            or self._last_number is None
            or number != self._last_number + 1
        ):
            self._paragraph_num = self._num(self.paragraph_abstract, number)
        self._last_number = number
        return self._paragraph_num

    def list(self, kind: ListKind, start: int) -> int:
        """A numId for one Markdown list: each ordered list restarts, bullets share one."""
        if kind == "bullet":
            if self._bullet_num is None:
                self._bullet_num = self._num(self.bullet_abstract, None)
            return self._bullet_num
        return self._num(self.ordered_abstract, start)

    def _num(self, abstract: int, start: int | None) -> int:
        self.used = True
        num_id = self.next_num
        self.next_num += 1
        self.nums.append((num_id, abstract, start))
        return num_id

    def xml(self) -> bytes:
        """Abstract definitions first, then instances: the schema's order."""
        first_num = next(self.part.iterchildren(w("num")), None)
        for abstract in (
            _paragraph_abstract(self.paragraph_abstract),
            _list_abstract(self.bullet_abstract, "bullet"),
            _list_abstract(self.ordered_abstract, "ordered"),
        ):
            if first_num is not None:
                first_num.addprevious(abstract)
            else:
                self.part.append(abstract)
        for num_id, abstract_id, start in self.nums:
            num = sub(self.part, "num", numId=str(num_id))
            sub(num, "abstractNumId", val=str(abstract_id))
            if start is not None:
                override = sub(num, "lvlOverride", ilvl="0")
                sub(override, "startOverride", val=str(max(0, start)))
        return to_bytes(self.part)


def _template_part(template: bytes | None) -> etree._Element:
    if template:
        try:
            part = etree.fromstring(
                template, etree.XMLParser(resolve_entities=False, no_network=True)
            )
        except etree.XMLSyntaxError:
            part = None
        if part is not None and part.tag == w("numbering"):
            # numIdMacAtCleanup must stay last; drop it rather than reorder around it.
            for element in part.findall(w("numIdMacAtCleanup")):
                part.remove(element)
            return part
    return root("numbering")


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def _abstract(abstract_id: int, name: str) -> etree._Element:
    element = etree.Element(w("abstractNum"))
    element.set(w("abstractNumId"), str(abstract_id))
    sub(
        element,
        "multiLevelType",
        val="multilevel" if name != "ConcordParagraphs" else "singleLevel",
    )
    sub(element, "name", val=name)
    return element


def _level(
    parent: etree._Element, ilvl: int, fmt: str, text: str, left: int, hanging: int
) -> etree._Element:
    level = sub(parent, "lvl", ilvl=str(ilvl))
    sub(level, "start", val="1")
    sub(level, "numFmt", val=fmt)
    sub(level, "lvlText", val=text)
    sub(level, "lvlJc", val="left")
    sub(sub(level, "pPr"), "ind", left=str(left), hanging=str(hanging))
    return level


def _paragraph_abstract(abstract_id: int) -> etree._Element:
    element = _abstract(abstract_id, "ConcordParagraphs")
    _level(element, 0, "decimal", "%1.", PARAGRAPH_INDENT, PARAGRAPH_INDENT)
    return element


def _list_abstract(abstract_id: int, kind: ListKind) -> etree._Element:
    element = _abstract(abstract_id, f"ConcordList{kind.capitalize()}")
    for ilvl in range(9):
        left = PARAGRAPH_INDENT * (ilvl + 2)
        if kind == "bullet":
            level = _level(element, ilvl, "bullet", _BULLETS[ilvl % 3], left, 283)
            sub(sub(level, "rPr"), "rFonts", ascii="Arial", hAnsi="Arial", cs="Arial")
        else:
            text = f"%{ilvl + 1}." if ilvl % 3 == 0 else f"(%{ilvl + 1})"
            _level(element, ilvl, _ORDERED_FORMATS[ilvl % 3], text, left, 425)
    return element
