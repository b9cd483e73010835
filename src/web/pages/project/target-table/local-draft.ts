/**
 * Unsaved edits live in this browser's localStorage until the server has them, so a failed save,
 * an expired session or a closed tab loses nothing: the project page offers them back.
 */
import { useEffect, useRef } from 'react';
import type { Indicator } from '../../../../core/table/target-table.js';

const PREFIX = 'jixiao.draft.';

export interface StoredDraft {
  /** The version the edits were made on (a save of them is checked against it). */
  readonly version: number;
  readonly savedAt: string;
  readonly indicators: readonly Indicator[];
}

/** The unsaved edits of a project kept on this computer, if any. */
export function loadLocalDraft(projectId: string): StoredDraft | null {
  try {
    const text = localStorage.getItem(PREFIX + projectId);
    if (!text) return null;
    const stored = JSON.parse(text) as StoredDraft;
    return Array.isArray(stored.indicators) && typeof stored.version === 'number' ? stored : null;
  } catch {
    return null;
  }
}

function write(projectId: string, draft: StoredDraft): void {
  try {
    localStorage.setItem(PREFIX + projectId, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the edits still live in the page until it is closed.
  }
}

/** Forgets the kept edits (after a save, or when the user discards them). */
export function clearLocalDraft(projectId: string): void {
  try {
    localStorage.removeItem(PREFIX + projectId);
  } catch {
    // Nothing to forget.
  }
}

/**
 * Keeps the edits in localStorage while they are unsaved: shortly after each change, and at once
 * when the page is hidden or left. Warns before closing the tab with unsaved edits.
 */
export function useKeepLocalDraft(
  projectId: string,
  version: number,
  indicators: readonly Indicator[],
  dirty: boolean,
): void {
  const latest = useRef({ projectId, version, indicators, dirty });
  latest.current = { projectId, version, indicators, dirty };

  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(() => {
      write(projectId, { version, savedAt: new Date().toISOString(), indicators });
    }, 250);
    return () => window.clearTimeout(timer);
  }, [projectId, version, indicators, dirty]);

  useEffect(() => {
    const keepNow = () => {
      const l = latest.current;
      if (l.dirty)
        write(l.projectId, {
          version: l.version,
          savedAt: new Date().toISOString(),
          indicators: l.indicators,
        });
    };
    const warn = (event: BeforeUnloadEvent) => {
      keepNow();
      if (latest.current.dirty) event.preventDefault();
    };
    window.addEventListener('pagehide', keepNow);
    window.addEventListener('beforeunload', warn);
    return () => {
      keepNow();
      window.removeEventListener('pagehide', keepNow);
      window.removeEventListener('beforeunload', warn);
    };
  }, []);
}
