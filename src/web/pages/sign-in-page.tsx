/** Sign-in: user name and password, then back to where the visitor was going. */
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { WEB_AUTH, WEB_COMMON } from '../../core/messages/index.js';
import { ApiError, errorText } from '../api/http.js';
import { useMe, useSignIn } from '../api/session.js';
import { LanguageSwitch } from '../components/language-switch.js';
import { useNotify } from '../components/notify.js';
import { useLanguage, useT } from '../i18n/language.js';

interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** Only paths inside the app are followed after sign-in (no open redirect). */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** The sign-in screen. */
export function SignInPage() {
  const t = useT();
  const { language } = useLanguage();
  const notify = useNotify();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const signIn = useSignIn();
  const next = safeNext(params.get('next'));
  const expired = params.get('expired') === '1';

  if (me.data && !signIn.isPending && !signIn.isSuccess) return <Navigate to={next} replace />;

  const failure =
    signIn.error instanceof ApiError && signIn.error.status === 401
      ? t(WEB_AUTH.badCredentials)
      : signIn.error
        ? errorText(signIn.error)[language]
        : null;

  return (
    <main className="sign-in">
      <div className="sign-in-language">
        <LanguageSwitch />
      </div>
      <Card className="sign-in-card">
        <div className="sign-in-brand" aria-hidden>
          {t(WEB_COMMON.appName)}
        </div>
        <Typography.Title level={1} className="sign-in-title">
          {t(WEB_AUTH.title)}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t(WEB_AUTH.subtitle)}</Typography.Paragraph>
        {expired && !failure && (
          <Alert type="warning" showIcon title={t(WEB_AUTH.expired)} className="sign-in-alert" />
        )}
        {failure && (
          <Alert type="error" showIcon title={failure} className="sign-in-alert" role="alert" />
        )}
        <Form<Credentials>
          layout="vertical"
          requiredMark={false}
          onFinish={(values) =>
            signIn.mutate(values, {
              onSuccess: (user) => {
                notify.success(WEB_AUTH.signedIn, { name: user.displayName || user.username });
                void navigate(next, { replace: true });
              },
            })
          }
        >
          <Form.Item
            name="username"
            label={t(WEB_AUTH.username)}
            rules={[{ required: true, whitespace: true, message: t(WEB_AUTH.usernameRequired) }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t(WEB_AUTH.password)}
            rules={[{ required: true, message: t(WEB_AUTH.passwordRequired) }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              size="large"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending}>
            {t(WEB_AUTH.signIn)}
          </Button>
        </Form>
        <div className="sign-in-public">
          <Link to="/public">{t(WEB_AUTH.publicLink)}</Link>
        </div>
      </Card>
    </main>
  );
}
