import { Spin } from 'antd';
import { WEB_COMMON } from '../../core/messages/index.js';
import { useT } from '../i18n/language.js';

/** A whole-page spinner while the first answer is on its way. */
export function PageLoading() {
  const t = useT();
  return (
    <div className="page-loading" role="status">
      <Spin size="large" description={t(WEB_COMMON.loading)}>
        <div style={{ width: 160, height: 80 }} />
      </Spin>
    </div>
  );
}
