export function DocumentPage() {
  return <p>…</p>;
}
