/** Placeholder. */
export function PrintPage() {
  return null;
}
