import type { Project } from '../../../api/types.js';

/** Placeholder until the history tab is built. */
export function HistoryTab(_props: { readonly project: Project }) {
  return null;
}
