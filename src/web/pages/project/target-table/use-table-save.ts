/**
 * Saving the draft: PUT with If-Match, and on 409 the server's current table for the conflict
 * dialog. A failure never drops the draft (it stays in the page and in localStorage).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { WEB_PROJECT } from '../../../../core/messages/index.js';
import type { TargetTable } from '../../../../core/table/target-table.js';
import { ApiError, errorText } from '../../../api/http.js';
import { fetchTable, projectKeys, saveTable } from '../../../api/projects.js';
import { useNotify } from '../../../components/notify.js';
import { useLanguage } from '../../../i18n/language.js';
import type { Conflict } from './conflict-dialog.js';
import { clearLocalDraft } from './local-draft.js';

export interface TableSave {
  readonly saving: boolean;
  readonly conflict: Conflict | null;
  /** Saves `table` edited from `version`; resolves with the new version, or null when not saved. */
  readonly save: (table: TargetTable, version: number) => Promise<number | null>;
  readonly closeConflict: () => void;
}

/** Save state and actions of one project's table. */
export function useTableSave(projectId: string): TableSave {
  const client = useQueryClient();
  const notify = useNotify();
  const { language } = useLanguage();
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const save = useCallback(
    async (table: TargetTable, version: number): Promise<number | null> => {
      setSaving(true);
      try {
        const next = await saveTable(projectId, version, table);
        clearLocalDraft(projectId);
        setConflict(null);
        client.setQueryData(projectKeys.table(projectId), { table, version: next });
        await client.invalidateQueries({ queryKey: projectKeys.one(projectId) });
        void client.invalidateQueries({ queryKey: projectKeys.findings(projectId) });
        void client.invalidateQueries({ queryKey: projectKeys.history(projectId) });
        void client.invalidateQueries({ queryKey: ['projects', 'list'] });
        notify.success(WEB_PROJECT.saved, { n: next });
        return next;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          try {
            const current = await fetchTable(projectId);
            if (current.version !== version) {
              setConflict({
                mineVersion: version,
                theirs: current.table,
                theirsVersion: current.version,
              });
              return null;
            }
          } catch (inner) {
            notify.failure(inner);
            return null;
          }
        }
        // 401 is handled by the session watcher (the draft is kept for after sign-in).
        if (!(error instanceof ApiError && error.status === 401)) {
          notify.warning(WEB_PROJECT.saveFailed, { reason: errorText(error)[language] });
        }
        return null;
      } finally {
        setSaving(false);
      }
    },
    [client, notify, projectId, language],
  );

  return { saving, conflict, save, closeConflict: useCallback(() => setConflict(null), []) };
}
