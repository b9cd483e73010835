/** Placeholder. */
export function ProjectPage() {
  return null;
}
