/**
 * Print view of a standard form: the server's print-ready HTML page (A4 landscape, the form's
 * own layout) in a frame, with a toolbar to print it or go back. The toolbar itself never prints.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { WEB_COMMON, WEB_PROJECT } from '../../../core/messages/index.js';
import { errorFromResponse, errorText } from '../../api/http.js';
import { LanguageSwitch } from '../../components/language-switch.js';
import { useLanguage, useT } from '../../i18n/language.js';
import { FORMS, type FormId, formUrl } from '../project/export-menu.js';

/** The print page. */
export function PrintPage() {
  const t = useT();
  const { language } = useLanguage();
  const { id = '', form = 'target' } = useParams();
  const kind: FormId = form in FORMS ? (form as FormId) : 'target';
  const frame = useRef<HTMLIFrameElement>(null);
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(formUrl(id, kind, 'html'), { credentials: 'same-origin', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok)
          throw errorFromResponse(response.status, await response.json().catch(() => null));
        setHtml(await response.text());
      })
      .catch((e: unknown) => {
        if (!(e instanceof DOMException && e.name === 'AbortError')) setError(e);
      });
    return () => controller.abort();
  }, [id, kind]);

  return (
    <div className="print-page">
      <div className="print-toolbar no-print">
        <Space>
          <Link to={`/projects/${id}`}>← {t(WEB_COMMON.back)}</Link>
          <strong>{t(FORMS[kind].label).replace(/（XLSX）|\(XLSX\)/, '')}</strong>
        </Space>
        <Space>
          <LanguageSwitch />
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            disabled={!html}
            onClick={() => frame.current?.contentWindow?.print()}
          >
            {t(WEB_COMMON.print)}
          </Button>
        </Space>
      </div>
      {error !== null && (
        <Alert
          type="warning"
          showIcon
          title={`${t(WEB_PROJECT.exportUnavailable)} ${errorText(error)[language]}`}
        />
      )}
      {html && (
        // The form page forbids scripts itself; the sandbox keeps it from reaching the app.
        <iframe
          ref={frame}
          className="print-frame"
          title={t(FORMS[kind].label)}
          srcDoc={html}
          sandbox="allow-modals allow-same-origin"
        />
      )}
    </div>
  );
}
