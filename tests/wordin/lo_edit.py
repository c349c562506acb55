"""Edit a Word file in LibreOffice as a delegate would, with Track Changes on (run by Debian's
python3, which has `uno`; not by the project's Python).

    python3 tests/wordin/lo_edit.py IN.docx OUT.docx PIPE EDITS.json

EDITS is a JSON list of steps, applied in order, each naming a paragraph by words it holds:
    {"replace": "old words", "with": "new words"}      a tracked replacement inside a paragraph
    {"delete_paragraph": "words of it"}                 a tracked deletion of the whole paragraph
    {"insert_after": "words of it", "text": "..."}      a tracked new paragraph after it
    {"comment": "words", "text": "...", "author": "A"}  a comment on those words
    {"untracked": true}                                  the steps after it are not tracked
LibreOffice must already listen on PIPE (soffice --headless --accept=pipe,name=PIPE;urp;).
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def prop(name: str, value: object) -> PropertyValue:
    item = PropertyValue()
    item.Name = name
    item.Value = value
    return item


def connect(pipe: str) -> Any:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    for _ in range(120):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not answer")


def find(doc: Any, words: str) -> Any:
    search = doc.createSearchDescriptor()
    search.SearchString = words
    found = doc.findFirst(search)
    if found is None:
        raise SystemExit(f"not found: {words}")
    return found


def main() -> None:
    source, target, pipe, edits_file = sys.argv[1:5]
    context = connect(pipe)
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context
    )
    doc = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),)
    )
    doc.RecordChanges = True
    with open(edits_file, encoding="utf-8") as handle:
        edits = json.load(handle)
    for step in edits:
        if step.get("untracked"):
            doc.RecordChanges = False
        elif "replace" in step:
            find(doc, step["replace"]).setString(step["with"])
        elif "delete_paragraph" in step:
            found = find(doc, step["delete_paragraph"])
            cursor = found.getText().createTextCursorByRange(found)
            cursor.gotoStartOfParagraph(False)
            cursor.gotoEndOfParagraph(True)
            cursor.goRight(1, True)  # the paragraph mark too: the paragraph goes
            cursor.setString("")
        elif "insert_after" in step:
            found = find(doc, step["insert_after"])
            text = found.getText()
            cursor = text.createTextCursorByRange(found)
            cursor.gotoEndOfParagraph(False)
            text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
            text.insertString(cursor, step["text"], False)
        elif "comment" in step:
            found = find(doc, step["comment"])
            note = doc.createInstance("com.sun.star.text.textfield.Annotation")
            note.Author = step.get("author", "Delegate")
            note.Content = step["text"]
            found.getText().insertTextContent(found, note, True)
    doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "MS Word 2007 XML"),))
    doc.close(True)


if __name__ == "__main__":
    main()
