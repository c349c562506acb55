// The page's Content-Security-Policy nonce for styles, from <meta property="csp-nonce">
// (filled in by the server per response). CodeMirror needs it for the <style> elements it adds.
export function cspNonce(doc: Document = document): string {
  const meta = doc.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  const nonce = meta?.nonce || meta?.getAttribute("nonce") || "";
  return nonce.startsWith("__") ? "" : nonce;
}
