"""Rendering Markdown to HTML: useful output, and nothing a participant types can run script."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import unquote

import pytest

from concord.drafting.render import render_html, url_is_safe

SAFE_TAGS = {
    "p", "a", "img", "strong", "em", "code", "pre", "ul", "ol", "li", "blockquote", "hr", "br",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "sup",
    "section", "span",
}  # fmt: skip
SAFE_ATTRIBUTES = {"href", "src", "alt", "title", "class", "id", "rel", "start", "style"}
FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "style", "svg", "math", "base", "form"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:", "file:")


class Elements(HTMLParser):
    """Every element and attribute a browser would build from the HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))


def elements(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser.elements


def as_browser_reads(url: str) -> str:
    """Entities are already decoded by the parser; also decode %xx and drop what browsers drop."""
    return re.sub(r"[\x00-\x20\x7f]", "", unquote(url)).lower()


def assert_inert(html: str) -> None:
    for tag, attrs in elements(html):
        assert tag not in FORBIDDEN_TAGS, html
        assert tag in SAFE_TAGS, html
        for name, value in attrs:
            assert not name.startswith("on"), html
            assert name in SAFE_ATTRIBUTES, html
            if name == "style":
                assert re.fullmatch(r"text-align:(left|right|center)", value or ""), html
            if name in ("href", "src"):
                url = as_browser_reads(value or "")
                assert not url.startswith(BAD_SCHEMES), html
                scheme = re.match(r"([a-z][a-z0-9+.-]*):", url)
                assert scheme is None or scheme.group(1) in ("http", "https", "mailto"), html


XSS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    '<img src="x" onerror="alert(1)"/>',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<object data=javascript:alert(1)></object>",
    "<embed src=javascript:alert(1)>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    "<a href=javascript:alert(1)>x</a>",
    "<div style=\"background:url('javascript:alert(1)')\">x</div>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<body onload=alert(1)>",
    "<!--><script>alert(1)</script>-->",
    "<<script>script>alert(1)<</script>/script>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "[x](jav&#x61;script:alert(1))",
    "[x](jav&#97;script:alert(1))",
    "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](java%73cript:alert(1))",
    "[x](%6A%61%76%61%73%63%72%69%70%74%3Aalert(1))",
    "[x](<java\tscript:alert(1)>)",
    "[x](<java\nscript:alert(1)>)",
    "[x]( javascript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](\x01javascript:alert(1))",
    "[x](java\u00adscript:alert(1))",
    "[x](file:///etc/passwd)",
    '[x](https://ok.example "title" onclick="alert(1)")',
    '[x](https://ok.example"onmouseover="alert(1))',
    "[x][r]\n\n[r]: javascript:alert(1)",
    "[x][r]\n\n[r]: JAVASCRIPT:alert(1)",
    "[x][r]\n\n[r]: data:text/html,<script>alert(1)</script>",
    "[r]\n\n[r]: <vbscript:msgbox(1)>",
    "<javascript:alert(1)>",
    "<JAVASCRIPT:alert(1)>",
    "<vbscript:msgbox(1)>",
    "<data:text/html,<script>alert(1)</script>>",
    "![img](javascript:alert(1))",
    "![img](data:image/png;base64,iVBORw0KGgo=)",
    '![img](x.png "a" onerror="alert(1)")',
    "![img][r]\n\n[r]: javascript:alert(1)",
    "![<img src=x onerror=alert(1)>](x.png)",
    "[<script>alert(1)</script>](https://ok.example)",
    "Agreed.[^1]\n\n[^1]: <script>alert(1)</script> [x](javascript:alert(1))",
    "Agreed.[^<img src=x onerror=alert(1)>]\n\n[^<img src=x onerror=alert(1)>]: note",
    "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
    "| a |\n|---|\n| [x](javascript:alert(1)) |",
    '| a |\n|:-" onmouseover="alert(1)|\n| b |',
    "```html\n<script>alert(1)</script>\n```",
    "`<script>alert(1)</script>`",
    "> <iframe src=//evil.example></iframe>",
    "* <object data=x.swf></object>\n* <embed src=x.swf>",
    '[x](https://ok.example/"><script>alert(1)</script>)',
    "[[x](javascript:alert(1))](javascript:alert(2))",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "<a href='&#x6A;avascript:alert(1)'>x</a>",
    "<base href=javascript:alert(1)//>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "[x](\\javascript:alert(1))",
    "[x](javascript://%0aalert(1))",
]


def test_xss_corpus_is_large() -> None:
    assert len(XSS) >= 40


@pytest.mark.parametrize("payload", XSS)
def test_payload_renders_inert(payload: str) -> None:
    assert_inert(render_html(payload))


@pytest.mark.parametrize("payload", XSS)
def test_payload_inside_a_bracket_and_a_table_renders_inert(payload: str) -> None:
    one_line = payload.replace("\n", " ")
    assert_inert(render_html(f"[{one_line}] and | [{one_line}] |\n|---|\n| x |"))


def test_raw_html_is_shown_as_text() -> None:
    assert render_html("<b>bold</b>") == "<p>&lt;b&gt;bold&lt;/b&gt;</p>\n"


def test_links_get_noopener_noreferrer() -> None:
    html = render_html("[report](https://example.org/r)")
    assert html == ('<p><a href="https://example.org/r" rel="noopener noreferrer">report</a></p>\n')


@pytest.mark.parametrize(
    "url", ["https://example.org", "http://example.org", "mailto:a@example.org", "/docs/1", "#p17"]
)
def test_allowed_links_are_kept(url: str) -> None:
    assert f'href="{url}"' in render_html(f"[x]({url})")


@pytest.mark.parametrize(
    "url",
    ["javascript:x", "data:image/png;base64,AA", "ftp://example.org", "foo:bar", "java%0ascript:x"],
)
def test_other_schemes_are_not_links(url: str) -> None:
    assert not url_is_safe(url)
    assert "<a " not in render_html(f"[x]({url})")


def test_data_image_is_not_rendered_as_an_image() -> None:
    assert "<img" not in render_html("![x](data:image/png;base64,iVBORw0KGgo=)")


def test_table_renders() -> None:
    html = render_html("| a | b |\n|---|--:|\n| 1 | 2 |")
    assert "<table>" in html
    assert '<td style="text-align:right">2</td>' in html


def test_footnotes_render() -> None:
    html = render_html("Agreed.[^1]\n\n[^1]: Adopted in Rome.")
    assert 'class="footnote-ref"' in html
    assert "Adopted in Rome." in html


def test_negotiation_brackets_are_wrapped() -> None:
    html = render_html("They [shall][should] respect [the **full** text].")
    assert html == (
        '<p>They <span class="bracket">[shall]</span><span class="bracket">[should]</span>'
        ' respect <span class="bracket">[the <strong>full</strong> text]</span>.</p>\n'
    )


def test_brackets_across_emphasis_boundaries_are_not_wrapped() -> None:
    assert "bracket" not in render_html("*x [a* *b] y*")


def test_link_and_code_brackets_are_not_wrapped() -> None:
    assert "bracket" not in render_html("[x](https://example.org) `[c]` note[^1]\n\n[^1]: n")


def test_arabic_text_with_brackets_renders() -> None:
    html = render_html("تلتزم الدول [بالسلام]")
    assert html == '<p>تلتزم الدول <span class="bracket">[بالسلام]</span></p>\n'
