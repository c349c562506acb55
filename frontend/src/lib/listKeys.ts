// React keys for lists whose items carry no id of their own (diff segments, people who may be
// undisclosed, lines of a message): a key made from the item's content, with a count appended
// when the same content comes again, so that keys stay put when other items come and go.

/** Each item with a key from `base(item)`, made unique by counting repeats ("x", "x#2", …). */
export function keyed<T>(items: readonly T[], base: (item: T) => string): [string, T][] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const key = base(item);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return [count === 1 ? key : `${key}#${count}`, item];
  });
}
