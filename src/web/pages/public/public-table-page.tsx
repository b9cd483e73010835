/** Placeholder. */
export function PublicTablePage() {
  return null;
}
