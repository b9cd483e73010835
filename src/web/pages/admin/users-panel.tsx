/** Users and roles: the accounts an administrator manages, adding one, changing a role, resetting a password. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Select, Space, Table, Tag, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { WEB_ADMIN, WEB_ROLES } from '../../../core/messages/index.js';
import { ROLES, type Role } from '../../../core/policy/actor.js';
import { rolesForOrgKind } from '../../../core/policy/user.policy.js';
import { errorText } from '../../api/http.js';
import { useChangeUser, useCreateUser, useOrgs, useUsers } from '../../api/orgs.js';
import type { User } from '../../api/types.js';
import { useNotify } from '../../components/notify.js';
import { orgTree } from '../../components/org-tree.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLanguage, useT } from '../../i18n/language.js';

interface NewUser {
  readonly username: string;
  readonly displayName?: string;
  readonly password: string;
  readonly orgId: string;
  readonly role: Role;
}

/** The users tab. */
export function UsersPanel() {
  const t = useT();
  const { language } = useLanguage();
  const notify = useNotify();
  const users = useUsers();
  const orgs = useOrgs();
  const create = useCreateUser();
  const change = useChangeUser();
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [form] = Form.useForm<NewUser>();
  const [resetForm] = Form.useForm<{ password: string }>();
  const orgId = Form.useWatch('orgId', form);
  const org = (orgs.data ?? []).find((o) => o.id === orgId);
  const roles = org ? rolesForOrgKind(org.kind) : ROLES;
  const orgKindOf = useMemo(
    () => new Map((orgs.data ?? []).map((o) => [o.id, o.kind] as const)),
    [orgs.data],
  );

  const add = (values: NewUser) =>
    create.mutate(
      {
        ...values,
        username: values.username.trim(),
        displayName: values.displayName?.trim() || undefined,
      },
      {
        onSuccess: (user) => {
          notify.success(WEB_ADMIN.userAdded, { name: user.displayName || user.username });
          setAdding(false);
          form.resetFields();
        },
        onError: notify.failure,
      },
    );

  return (
    <div>
      <div className="admin-toolbar">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t(WEB_ADMIN.addUser)}
        </Button>
      </div>
      {users.isError && <Alert type="error" showIcon title={errorText(users.error)[language]} />}
      <Table<User>
        size="small"
        rowKey="id"
        loading={users.isPending}
        dataSource={users.data ?? []}
        pagination={{ pageSize: 15, showSizeChanger: false }}
        columns={[
          { title: t(WEB_ADMIN.username), dataIndex: 'username', width: 150 },
          { title: t(WEB_ADMIN.displayName), dataIndex: 'displayName', width: 170 },
          { title: t(WEB_ADMIN.org), dataIndex: 'orgName', ellipsis: true },
          {
            title: t(WEB_ADMIN.role),
            dataIndex: 'role',
            width: 200,
            render: (role: Role, user) => (
              <Select<Role>
                size="small"
                value={role}
                aria-label={`${t(WEB_ADMIN.changeRole)} · ${user.username}`}
                style={{ width: 180 }}
                options={(user.orgId && orgKindOf.get(user.orgId)
                  ? rolesForOrgKind(orgKindOf.get(user.orgId)!)
                  : ROLES
                ).map((r) => ({
                  value: r,
                  label: t(WEB_ROLES[r]),
                }))}
                onChange={(next) =>
                  change.mutate(
                    { id: user.id, role: next },
                    {
                      onSuccess: () =>
                        notify.success(WEB_ADMIN.roleChanged, {
                          name: user.displayName,
                          role: t(WEB_ROLES[next]),
                        }),
                      onError: notify.failure,
                    },
                  )
                }
              />
            ),
          },
          {
            title: t(WEB_ADMIN.status),
            dataIndex: 'lockedUntil',
            width: 170,
            render: (until: string | null) =>
              until && new Date(until) > new Date() ? (
                <Tag color="red">{t(WEB_ADMIN.locked, { until: formatDateTime(until) })}</Tag>
              ) : (
                <Tag color="green">{t(WEB_ADMIN.active)}</Tag>
              ),
          },
          {
            title: t(WEB_ADMIN.actions),
            width: 110,
            render: (_: unknown, user) => (
              <Button size="small" onClick={() => setResetting(user)}>
                {t(WEB_ADMIN.resetPassword)}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={adding}
        title={t(WEB_ADMIN.addUser)}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: create.isPending }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={add} preserve={false}>
          <Form.Item
            name="orgId"
            label={t(WEB_ADMIN.org)}
            rules={[{ required: true, message: t(WEB_ADMIN.orgRequired) }]}
          >
            <TreeSelect
              treeData={orgTree(orgs.data ?? [])}
              treeDefaultExpandAll
              showSearch
              treeNodeFilterProp="title"
            />
          </Form.Item>
          <Form.Item
            name="role"
            label={t(WEB_ADMIN.role)}
            rules={[{ required: true, message: t(WEB_ADMIN.roleRequired) }]}
          >
            <Select options={roles.map((r) => ({ value: r, label: t(WEB_ROLES[r]) }))} />
          </Form.Item>
          <Space.Compact block>
            <Form.Item
              name="username"
              label={t(WEB_ADMIN.username)}
              style={{ flex: 1 }}
              rules={[
                {
                  required: true,
                  pattern: /^[\p{L}\p{N}._@-]{1,64}$/u,
                  message: t(WEB_ADMIN.usernameRule),
                },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="displayName"
              label={t(WEB_ADMIN.displayName)}
              style={{ flex: 1, marginLeft: 8 }}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Space.Compact>
          <Form.Item
            name="password"
            label={t(WEB_ADMIN.password)}
            rules={[{ required: true, min: 8, message: t(WEB_ADMIN.passwordRule) }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={resetting !== null}
        title={resetting ? `${t(WEB_ADMIN.resetPassword)} · ${resetting.displayName}` : ''}
        onCancel={() => setResetting(null)}
        onOk={() => resetForm.submit()}
        okButtonProps={{ loading: change.isPending }}
        destroyOnHidden
      >
        <Form
          form={resetForm}
          layout="vertical"
          preserve={false}
          onFinish={(values) =>
            resetting &&
            change.mutate(
              { id: resetting.id, password: values.password },
              {
                onSuccess: () => {
                  notify.success(WEB_ADMIN.passwordReset, { name: resetting.displayName });
                  setResetting(null);
                },
                onError: notify.failure,
              },
            )
          }
        >
          <Form.Item
            name="password"
            label={t(WEB_ADMIN.newPassword)}
            rules={[{ required: true, min: 8, message: t(WEB_ADMIN.passwordRule) }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
