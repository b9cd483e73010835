/** Row of `surveys`: a satisfaction survey (满意度调查) of one satisfaction indicator. */
export interface SurveyTable {
  id: string;
  project_id: string;
  org_id: string;
  version: number;
  indicator_index: number;
  indicator_name: string;
  question: string;
  /** open (one public link) | invitation (single-use links) */
  mode: string;
  /** The public link's token for an open survey; null for invitations. */
  open_token: string | null;
  /** Per-survey salt of the device and address hashes, so they cannot be linked across surveys. */
  salt: string;
  /** How many invitation links were made (0 for an open survey). */
  invitations: number;
  /** open | closed */
  state: string;
  created_by_name: string;
  created_at: string;
  closed_at: string | null;
  closed_by_name: string | null;
}

/** Row of `survey_invitations`: a single-use link. Only the token's hash is stored. */
export interface SurveyInvitationTable {
  token_hash: string;
  survey_id: string;
  org_id: string;
  used_at: string | null;
}

/** Row of `survey_responses`: one answer. No address or cookie is stored, only salted hashes. */
export interface SurveyResponseTable {
  id: string;
  survey_id: string;
  org_id: string;
  /** very-satisfied | satisfied | neutral | dissatisfied | very-dissatisfied */
  answer: string;
  comment: string | null;
  /** Salted hash of the device cookie (open surveys: one answer per device). */
  device_key: string | null;
  /** Hash of the invitation token used (invitation surveys: one answer per token). */
  invitation_hash: string | null;
  /** Salted hash of the client's address, to cap answers from one network. */
  ip_hash: string;
  created_at: string;
}
