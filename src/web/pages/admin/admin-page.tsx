/** Placeholder. */
export function AdminPage() {
  return null;
}
