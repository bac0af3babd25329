/** The `<option>`s of a `<select>` built from a list of `{ id, label }` constants. */
export function Options({ items }: { items: readonly { id: string; label: string }[] }) {
  return (
    <>
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.label}
        </option>
      ))}
    </>
  );
}
