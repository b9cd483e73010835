import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { WEB_COMMON } from '../../core/messages/index.js';
import { useT } from '../i18n/language.js';

/** An address that leads nowhere. */
export function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t(WEB_COMMON.notFoundTitle)}
      subTitle={t(WEB_COMMON.notFoundBody)}
      extra={
        <Link to="/">
          <Button type="primary">{t(WEB_COMMON.toHome)}</Button>
        </Link>
      }
    />
  );
}
