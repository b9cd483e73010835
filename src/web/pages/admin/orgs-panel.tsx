/** The organisation tree (财政部门 → 主管部门 → 预算单位): browse it, add under any node, see who works there. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Form, Input, List, Tag, Tree } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { WEB_ADMIN, WEB_ORG_KINDS, WEB_ROLES } from '../../../core/messages/index.js';
import { childKindOf, type OrgKind } from '../../../core/policy/actor.js';
import { rolesForOrgKind } from '../../../core/policy/user.policy.js';
import { errorText } from '../../api/http.js';
import { useCreateOrg, useOrgs, useUsers } from '../../api/orgs.js';
import type { Org } from '../../api/types.js';
import { useNotify } from '../../components/notify.js';
import { type OrgNode, orgTree } from '../../components/org-tree.js';
import { useLanguage, useT } from '../../i18n/language.js';

interface TreeItem {
  readonly key: string;
  readonly title: ReactNode;
  readonly children: TreeItem[];
}

const KIND_COLOUR: Readonly<Record<OrgKind, string>> = {
  finance: 'gold',
  department: 'blue',
  unit: 'green',
};

/** The organisations tab. */
export function OrgsPanel() {
  const t = useT();
  const { language } = useLanguage();
  const notify = useNotify();
  const orgs = useOrgs();
  const users = useUsers();
  const create = useCreateOrg();
  const [selected, setSelected] = useState<Org | null>(null);
  const [form] = Form.useForm<{ name: string }>();
  const tree = useMemo(() => orgTree(orgs.data ?? []), [orgs.data]);
  const kinds = childKindOf(selected?.kind ?? null);
  const kind = kinds[0] ?? null;

  const treeData = (nodes: OrgNode[]): TreeItem[] =>
    nodes.map((n) => ({
      key: n.key,
      title: (
        <span>
          <span className="org-name">{n.title}</span>{' '}
          <Tag color={KIND_COLOUR[n.org.kind]}>{t(WEB_ORG_KINDS[n.org.kind])}</Tag>
        </span>
      ),
      children: treeData(n.children),
    }));

  const add = (values: { name: string }) => {
    if (!kind) return;
    create.mutate(
      { name: values.name.trim(), kind, parentId: selected?.id ?? null },
      {
        onSuccess: (org) => {
          notify.success(WEB_ADMIN.orgAdded, { name: org.name });
          form.resetFields();
        },
        onError: notify.failure,
      },
    );
  };

  const people = (users.data ?? []).filter((u) => selected && u.orgId === selected.id);

  return (
    <div className="admin-columns">
      <Card size="small" title={t(WEB_ADMIN.orgs)} className="admin-tree">
        {orgs.isError && <Alert type="error" showIcon title={errorText(orgs.error)[language]} />}
        {tree.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Tree
            treeData={treeData(tree)}
            defaultExpandAll
            blockNode
            selectedKeys={selected ? [selected.id] : []}
            onSelect={(keys) =>
              setSelected((orgs.data ?? []).find((o) => o.id === keys[0]) ?? null)
            }
          />
        )}
        <Button type="link" onClick={() => setSelected(null)} icon={<PlusOutlined />}>
          {t(WEB_ADMIN.addRoot)}
        </Button>
      </Card>
      <div className="admin-side">
        <Card
          size="small"
          title={selected ? t(WEB_ADMIN.addChild, { parent: selected.name }) : t(WEB_ADMIN.addRoot)}
        >
          {kind ? (
            <Form form={form} layout="inline" onFinish={add}>
              <Form.Item
                name="name"
                label={t(WEB_ADMIN.orgName)}
                rules={[
                  { required: true, whitespace: true, message: t(WEB_ADMIN.orgNameRequired) },
                ]}
              >
                <Input style={{ width: 260 }} />
              </Form.Item>
              <Form.Item label={t(WEB_ADMIN.orgKind)}>
                <Tag color={KIND_COLOUR[kind]}>{t(WEB_ORG_KINDS[kind])}</Tag>
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                loading={create.isPending}
                icon={<PlusOutlined />}
              >
                {t(WEB_ADMIN.addOrg)}
              </Button>
            </Form>
          ) : (
            <Alert type="info" showIcon title={t(WEB_ADMIN.noChildKind)} />
          )}
          {!selected && <p className="admin-hint">{t(WEB_ADMIN.selectOrg)}</p>}
        </Card>
        {selected && (
          <Card size="small" title={t(WEB_ADMIN.orgUsers)}>
            <p className="admin-hint">
              {t(WEB_ADMIN.rolesOfKind, {
                roles: rolesForOrgKind(selected.kind)
                  .map((r) => t(WEB_ROLES[r]))
                  .join('、'),
              })}
            </p>
            <List
              size="small"
              dataSource={people}
              renderItem={(u) => (
                <List.Item>
                  {u.displayName} <span className="admin-hint">{u.username}</span>
                  <Tag>{t(WEB_ROLES[u.role])}</Tag>
                </List.Item>
              )}
            />
          </Card>
        )}
      </div>
    </div>
  );
}
