import type { Me, Project } from '../../../api/types.js';

/** Placeholder until this tab is built. */
export function SelfEvaluationTab(_props: { readonly project: Project; readonly me: Me }) {
  return null;
}
