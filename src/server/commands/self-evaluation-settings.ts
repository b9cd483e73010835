/**
 * Settings of the year's records: where evidence content lives, how large a file may
 * be, which monitoring profile sets the checkpoints, and the limits of public surveys.
 */

import { dirname, join } from 'node:path';
import type { MonitoringProfile } from '../../core/monitoring/monitoring-profile.js';
import { NATIONAL_MONITORING } from '../../core/monitoring/profiles.js';
import type { ScoringProfile } from '../../core/scoring/scoring-profile.js';
import type { Store } from '../../store/store.js';

/** What `buildApp` may be given; every field has a default. */
export interface SelfEvaluationOptions {
  /**
   * Folder of evidence content. Default: `evidence` beside the embedded SQLite file. A
   * PostgreSQL deployment names one (`JIXIAO_EVIDENCE_DIR`, `jixiao serve --evidence DIR`),
   * shared by every app process; without it uploads answer 503.
   */
  readonly evidenceDir?: string | null;
  /** Largest evidence file in bytes (default 20 MB). */
  readonly evidenceBytes?: number;
  /** When units report (default 1–7月, 财预〔2019〕136号). */
  readonly monitoringProfile?: MonitoringProfile;
  /** The profile of the scores stored for lists and the portfolio (default national). */
  readonly scoringProfile?: ScoringProfile;
  readonly survey?: Partial<SurveyLimits>;
}

/** Limits of the public questionnaire. */
export interface SurveyLimits {
  /** Answers counted per survey from one network address (its salted hash). */
  readonly maxPerAddress: number;
  /** Submissions per address per minute, across surveys. */
  readonly answersPerMinute: number;
  /** Page views per address per minute. */
  readonly pagesPerMinute: number;
}

/** The resolved settings. */
export interface SelfEvaluationSettings {
  readonly evidenceDir: string | null;
  readonly evidenceBytes: number;
  readonly monitoringProfile: MonitoringProfile;
  readonly survey: SurveyLimits;
}

/** 20 MB: a scanned report or a few photos, well under the import limit. */
export const DEFAULT_EVIDENCE_BYTES = 20 * 1024 * 1024;

/** Fills in the defaults. */
export function resolveSelfEvaluation(
  store: Store,
  options: SelfEvaluationOptions = {},
): SelfEvaluationSettings {
  const beside =
    store.location.kind === 'sqlite' && store.location.file !== ':memory:'
      ? join(dirname(store.location.file), 'evidence')
      : null;
  return {
    evidenceDir: options.evidenceDir ?? beside,
    evidenceBytes: options.evidenceBytes ?? DEFAULT_EVIDENCE_BYTES,
    monitoringProfile: options.monitoringProfile ?? NATIONAL_MONITORING,
    survey: {
      // A venue's Wi-Fi puts many honest respondents behind one address; 50 bounds what one
      // person clearing cookies can add. Invitation links have no such limit.
      maxPerAddress: 50,
      answersPerMinute: 20,
      pagesPerMinute: 120,
      ...options.survey,
    },
  };
}
