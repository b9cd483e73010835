/**
 * Evidence files (佐证材料) of one indicator: the list, an upload with progress, deletion (audited),
 * and a preview of PDFs, images and text in the page (other files are downloaded). A PDF is shown
 * by the browser's own viewer in a same-origin frame of the server's sandboxed inline answer.
 */
import { DeleteOutlined, DownloadOutlined, EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Empty, Modal, Popconfirm, Progress, Space, Upload } from 'antd';
import { useState } from 'react';
import { WEB_SELF } from '../../../../core/messages/index.js';
import { download } from '../../../api/download.js';
import { errorFromResponse } from '../../../api/http.js';
import { type Evidence, uploadEvidence, useDeleteEvidence, yearKeys } from '../../../api/year.js';
import { useNotify } from '../../../components/notify.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useT } from '../../../i18n/language.js';

type Preview = {
  readonly name: string;
  readonly image?: string;
  readonly text?: string;
  /** The inline address of a PDF, shown in a frame. */
  readonly pdf?: string;
} | null;

const isPdf = (e: Evidence) => e.mediaType === 'application/pdf';
const previewable = (e: Evidence) =>
  isPdf(e) || e.mediaType.startsWith('image/') || e.mediaType.startsWith('text/');

/** The address of a file's inline preview (the server sends PDFs and images inline only). */
const inlineUrl = (e: Evidence) => `${e.url}${e.url.includes('?') ? '&' : '?'}inline=1`;

/** Reads a file as a data: URL (the app's content policy allows data: images, not blob:). */
function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** The evidence of one indicator. */
export function EvidencePanel({
  projectId,
  index,
  evidence,
  canEdit,
}: {
  readonly projectId: string;
  readonly index: number;
  readonly evidence: readonly Evidence[];
  readonly canEdit: boolean;
}) {
  const t = useT();
  const notify = useNotify();
  const client = useQueryClient();
  const remove = useDeleteEvidence(projectId);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [preview, setPreview] = useState<Preview>(null);

  const open = async (e: Evidence) => {
    if (isPdf(e)) {
      setPreview({ name: e.fileName, pdf: inlineUrl(e) });
      return;
    }
    try {
      const response = await fetch(e.url, { credentials: 'same-origin' });
      if (!response.ok)
        throw errorFromResponse(response.status, await response.json().catch(() => null));
      const blob = await response.blob();
      if (e.mediaType.startsWith('image/'))
        setPreview({
          name: e.fileName,
          image: await dataUrl(new Blob([blob], { type: e.mediaType })),
        });
      else setPreview({ name: e.fileName, text: await blob.text() });
    } catch (error) {
      notify.failure(error);
    }
  };

  return (
    <div className="evidence-panel">
      {evidence.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(WEB_SELF.noEvidence)} />
      ) : (
        <ul className="evidence-list">
          {evidence.map((e) => (
            <li key={e.id} data-testid="evidence-item" className="evidence-item">
              <span className="evidence-name" title={e.fileName}>
                {e.fileName}
              </span>
              <span className="side-hint">
                {t(WEB_SELF.uploadedBy, {
                  who: e.uploadedByName,
                  when: formatDateTime(e.createdAt),
                })}
              </span>
              <Space size={4}>
                {previewable(e) && (
                  <Button
                    size="small"
                    icon={<EyeOutlined />}
                    aria-label={`${t(WEB_SELF.preview)} ${e.fileName}`}
                    onClick={() => void open(e)}
                  >
                    {t(WEB_SELF.preview)}
                  </Button>
                )}
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  aria-label={e.fileName}
                  onClick={() => void download(e.url, e.fileName).catch(notify.failure)}
                />
                {canEdit && (
                  <Popconfirm
                    title={t(WEB_SELF.deleteEvidence)}
                    onConfirm={() =>
                      remove.mutate(e, {
                        onSuccess: () => notify.success(WEB_SELF.deleted, { name: e.fileName }),
                        onError: notify.failure,
                      })
                    }
                  >
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`${t(WEB_SELF.deleteEvidence)} ${e.fileName}`}
                    />
                  </Popconfirm>
                )}
              </Space>
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <Upload
          multiple={false}
          showUploadList={false}
          customRequest={({ file }) => {
            const f = file as File;
            setProgress({ name: f.name, fraction: 0 });
            uploadEvidence(projectId, index, f, (fraction) =>
              setProgress({ name: f.name, fraction }),
            )
              .then(() => {
                notify.success(WEB_SELF.uploaded, { name: f.name });
                return client.invalidateQueries({ queryKey: yearKeys.actuals(projectId) });
              })
              .catch(notify.failure)
              .finally(() => setProgress(null));
          }}
        >
          <Button icon={<UploadOutlined />} block>
            {t(WEB_SELF.upload)}
          </Button>
        </Upload>
      )}
      {progress && (
        <div role="status">
          <Progress percent={Math.round(progress.fraction * 100)} size="small" status="active" />
          {t(WEB_SELF.uploading, {
            name: progress.name,
            percent: Math.round(progress.fraction * 100),
          })}
        </div>
      )}
      {canEdit && <p className="side-hint">{t(WEB_SELF.uploadHint)}</p>}
      <Modal
        open={preview !== null}
        title={preview?.name}
        footer={null}
        width={820}
        onCancel={() => setPreview(null)}
      >
        {preview?.image && (
          <img src={preview.image} alt={preview.name} className="evidence-image" />
        )}
        {preview?.text !== undefined && <pre className="evidence-text">{preview.text}</pre>}
        {preview?.pdf && (
          <iframe
            src={preview.pdf}
            title={preview.name}
            className="evidence-pdf"
            data-testid="evidence-pdf"
          />
        )}
      </Modal>
    </div>
  );
}
