/** Placeholder. */
export function ImportPage() {
  return null;
}
