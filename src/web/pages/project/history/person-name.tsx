/**
 * A person in the history: the 姓名 people know them by, with the login name beside it as a
 * quieter hint (two accounts may share a name; the login never changes). A system process (an
 * import from the command line) has only its name.
 */
import { Typography } from 'antd';

/** The display name of a person, or the login name alone when there is none. */
export function personLabel(displayName: string | null | undefined, login: string): string {
  return displayName && displayName !== login ? displayName : login;
}

/** A person's display name with the login name as a hint. */
export function PersonName({
  displayName,
  login,
}: {
  readonly displayName: string | null | undefined;
  readonly login: string;
}) {
  const name = personLabel(displayName, login);
  return (
    <span className="person-name" title={login} data-login={login}>
      {name}
      {name !== login && (
        <Typography.Text type="secondary" className="person-login">
          {login}
        </Typography.Text>
      )}
    </span>
  );
}
