/** Placeholder. */
export function SurveyPage() {
  return null;
}
