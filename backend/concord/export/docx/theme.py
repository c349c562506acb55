"""The theme and font table a file gets when its template has none.

Both parts are optional in ECMA-376, but the Open XML SDK's validation (the rules Word applies
when it decides to repair a file) expects a main document to have them, and Word writes them in
every file. The theme is Office's default one reduced to what the schema requires; the font
table names the fonts the styles use, with the complex-script font of the template.
"""

from __future__ import annotations

from html import escape

from concord.export.docx.xml import W_NS

A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"

_COLOURS = (
    ("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
    ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
    ("dk2", '<a:srgbClr val="44546A"/>'),
    ("lt2", '<a:srgbClr val="E7E6E6"/>'),
    ("accent1", '<a:srgbClr val="4472C4"/>'),
    ("accent2", '<a:srgbClr val="ED7D31"/>'),
    ("accent3", '<a:srgbClr val="A5A5A5"/>'),
    ("accent4", '<a:srgbClr val="FFC000"/>'),
    ("accent5", '<a:srgbClr val="5B9BD5"/>'),
    ("accent6", '<a:srgbClr val="70AD47"/>'),
    ("hlink", '<a:srgbClr val="0563C1"/>'),
    ("folHlink", '<a:srgbClr val="954F72"/>'),
)
_FILL = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
_LINE = f'<a:ln w="6350">{_FILL}</a:ln>'


def _fonts(kind: str, latin: str, cs: str) -> str:
    faces = f'<a:latin typeface="{latin}"/><a:ea typeface=""/><a:cs typeface="{escape(cs)}"/>'
    return f"<a:{kind}>{faces}</a:{kind}>"


def theme(cs_font: str = "Arial") -> bytes:
    colours = "".join(f"<a:{name}>{value}</a:{name}>" for name, value in _COLOURS)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<a:theme xmlns:a="{A_NS}" name="Concord"><a:themeElements>'
        f'<a:clrScheme name="Office">{colours}</a:clrScheme>'
        '<a:fontScheme name="Office">'
        f"{_fonts('majorFont', 'Calibri', cs_font)}{_fonts('minorFont', 'Calibri', cs_font)}"
        "</a:fontScheme>"
        '<a:fmtScheme name="Office">'
        f"<a:fillStyleLst>{_FILL * 3}</a:fillStyleLst>"
        f"<a:lnStyleLst>{_LINE * 3}</a:lnStyleLst>"
        "<a:effectStyleLst>"
        + "<a:effectStyle><a:effectLst/></a:effectStyle>"
        * 3
        + "</a:effectStyleLst>"
        f"<a:bgFillStyleLst>{_FILL * 3}</a:bgFillStyleLst>"
        "</a:fmtScheme></a:themeElements></a:theme>"
    ).encode()


def font_table(cs_font: str = "Arial") -> bytes:
    names = dict.fromkeys(("Calibri", "Arial", "Courier New", cs_font))
    fonts = "".join(f'<w:font w:name="{escape(name)}"/>' for name in names)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:fonts xmlns:w="{W_NS}">{fonts}</w:fonts>'
    ).encode()
