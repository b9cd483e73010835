/** Placeholder. */
export function PublicPage() {
  return null;
}
