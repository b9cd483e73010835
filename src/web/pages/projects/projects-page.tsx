/** Placeholder. */
export function ProjectsPage() {
  return null;
}
