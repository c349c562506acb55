export function SectionHistory() {
  return <p>…</p>;
}
