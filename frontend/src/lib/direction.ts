// The direction of a paragraph from its first strong character (the Unicode bidi rule P2), so
// that a right-to-left paragraph carries its number on the right, as the Word export does.

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan…, and the presentation forms.
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR = /[A-Za-z\u00C0-\u02AF\u0370-\u058F\u0900-\u1FFF\u2C00-\uFB1C]/u;

export function textDirection(text: string): "rtl" | "ltr" {
  // Markdown's own marks, link targets and negotiation brackets are not strong characters.
  const plain = text.replace(/\]\([^)]*\)/g, "]").replace(/\[\^[^\]]*\]/g, "");
  for (const char of plain) {
    if (RTL.test(char)) return "rtl";
    if (LTR.test(char)) return "ltr";
  }
  return "ltr";
}
