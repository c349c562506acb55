"""Accept or reject every tracked change of a Word file in LibreOffice, and print the body's
paragraphs as JSON (run by Debian's python3, which has `uno`; not by the project's Python).

    python3 tests/export/lo_changes.py IN.docx PIPE accept|reject

LibreOffice must already listen on PIPE (soffice --headless --accept=pipe,name=PIPE;urp;).
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

COMMANDS = {"accept": ".uno:AcceptAllTrackedChanges", "reject": ".uno:RejectAllTrackedChanges"}


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


def main() -> None:
    source, pipe, what = sys.argv[1:4]
    context = connect(pipe)
    manager = context.ServiceManager
    desktop = manager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    hidden = PropertyValue()
    hidden.Name, hidden.Value = "Hidden", True
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (hidden,))
    try:
        helper = manager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        frame = doc.getCurrentController().getFrame()
        helper.executeDispatch(frame, COMMANDS[what], "", 0, ())
        left = doc.getRedlines().createEnumeration().hasMoreElements()
        paragraphs = []
        items = doc.getText().createEnumeration()
        while items.hasMoreElements():
            item = items.nextElement()
            if item.supportsService("com.sun.star.text.Paragraph"):
                paragraphs.append(item.getString())
        print(json.dumps({"paragraphs": paragraphs, "changes_left": left}))
    finally:
        doc.close(True)


if __name__ == "__main__":
    main()
