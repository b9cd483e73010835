import { Button, Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { WEB_COMMON, WEB_ERRORS } from '../../core/messages/index.js';
import { useT } from '../i18n/language.js';

/** What a screen shows when it failed to load or crashed: a sentence and a way on. */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Result
        status="404"
        title={t(WEB_COMMON.notFoundTitle)}
        subTitle={t(WEB_COMMON.notFoundBody)}
        extra={<Button href="/">{t(WEB_COMMON.toHome)}</Button>}
      />
    );
  }
  // The error itself goes to the console for whoever supports the user; the user gets a sentence.
  console.error(error);
  return (
    <Result
      status="error"
      title={t(WEB_ERRORS.pageCrashed)}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t(WEB_ERRORS.reload)}
        </Button>
      }
    />
  );
}
