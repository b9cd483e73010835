/**
 * Export buttons: the three standard forms as XLSX (申报表, 监控表, 自评表), the interchange JSON,
 * and print views. Generating a form can take a moment: the user is told it is under way.
 */
import { DownOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { type Bilingual, WEB_PROJECT } from '../../../core/messages/index.js';
import { download, saveBlob } from '../../api/download.js';
import { fetchTable } from '../../api/projects.js';
import { useNotify } from '../../components/notify.js';
import { useT } from '../../i18n/language.js';

/** The standard forms and where the API serves them. */
export const FORMS = {
  target: { label: WEB_PROJECT.exportDeclaration, file: '绩效目标申报表.xlsx' },
  monitoring: { label: WEB_PROJECT.exportMonitoring, file: '绩效监控表.xlsx' },
  'self-evaluation': { label: WEB_PROJECT.exportSelfEvaluation, file: '绩效自评表.xlsx' },
} as const satisfies Record<string, { label: Bilingual; file: string }>;

export type FormId = keyof typeof FORMS;

/** The URL of a form as XLSX, or as the print-ready HTML page. */
export const formUrl = (projectId: string, form: FormId, as: 'xlsx' | 'html' = 'xlsx'): string =>
  `/api/projects/${projectId}/forms/${form}.${as}`;

/** The export dropdown of a project. */
export function ExportMenu({
  projectId,
  projectName,
}: {
  readonly projectId: string;
  readonly projectName: string;
}) {
  const t = useT();
  const notify = useNotify();
  const { message } = App.useApp();

  const run = async (name: string, work: () => Promise<string>) => {
    const key = `export-${name}`;
    void message.open({
      key,
      type: 'loading',
      content: t(WEB_PROJECT.exporting, { name }),
      duration: 0,
    });
    try {
      const saved = await work();
      void message.open({
        key,
        type: 'success',
        content: t(WEB_PROJECT.exported, { name: saved }),
        duration: 3,
      });
    } catch (error) {
      message.destroy(key);
      notify.failure(error);
    }
  };

  const items = [
    ...(Object.keys(FORMS) as FormId[]).map((form) => ({
      key: form,
      label: t(FORMS[form].label),
      onClick: () =>
        void run(t(FORMS[form].label), () =>
          download(formUrl(projectId, form), `${projectName}-${FORMS[form].file}`),
        ),
    })),
    {
      key: 'json',
      label: t(WEB_PROJECT.exportJson),
      onClick: () =>
        void run(t(WEB_PROJECT.exportJson), async () => {
          const { table } = await fetchTable(projectId);
          const name = `${projectName}.jixiao.json`;
          saveBlob(new Blob([JSON.stringify(table, null, 2)], { type: 'application/json' }), name);
          return name;
        }),
    },
    { type: 'divider' as const },
    ...(Object.keys(FORMS) as FormId[]).map((form) => ({
      key: `print-${form}`,
      label: `${t(WEB_PROJECT.printView)} · ${t(FORMS[form].label).replace(/（XLSX）|\(XLSX\)/, '')}`,
      onClick: () => window.open(`/projects/${projectId}/print/${form}`, '_blank', 'noopener'),
    })),
  ];

  return (
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button icon={<ExportOutlined />}>
        {t(WEB_PROJECT.exportForms)} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
