export function SectionEdit() {
  return <p>…</p>;
}
