export function DocumentCompare() {
  return <p>…</p>;
}
