import { EditOutlined, FileAddOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Modal, Segmented, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { access } from '../../access';
import { useUrlChoice } from '../../components/useUrlChoice';
import { useConfirmAction } from '../../components/useConfirmAction';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { formatTime } from '../orgUnits/orgUnits';
import { categoryLabel } from '../plans/plans';
import { FromTemplateModal } from './components/FromTemplateModal';
import { TemplateFormModal } from './components/TemplateFormModal';
import { usePublishTemplate, useTemplates } from './service';
import { TEMPLATE_KINDS, templateActions } from './templates';
import type { PlanTemplate, TemplateKind } from './types';

type Dialog = { kind: 'edit'; template?: PlanTemplate } | { kind: 'use' | 'view'; template: PlanTemplate };

/** 模板与指南: the own tier's templates and guides (drafts too) and those published from above. */
export default function TemplatesPage() {
  const t = zhCN.templates;
  const confirm = useConfirmAction();
  const { data: me } = useMe();
  const [kind, setKind] = useUrlChoice<TemplateKind | 'all'>('kind', ['all', 'template', 'guide'], 'all');
  const { data, isPending } = useTemplates(kind === 'all' ? undefined : kind);
  const publish = usePublishTemplate();
  const [dialog, setDialog] = useState<Dialog>();

  if (!me) {
    return <Skeleton active />;
  }
  const canCompile = access(me.roles).canCompilePlans;
  const close = () => setDialog(undefined);
  const confirmPublish = (template: PlanTemplate) =>
    confirm({
      title: t.publish,
      content: t.publishConfirm,
      okText: zhCN.plans.actions.ok,
      cancelText: zhCN.plans.actions.cancel,
      run: () => publish.mutateAsync({ id: template.id, version: template.version }),
      done: t.publishedDone,
    });

  return (
    <Card
      title={t.title}
      extra={
        canCompile && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'edit' })}>
            {t.create}
          </Button>
        )
      }
    >
      <Segmented
        style={{ marginBottom: 16 }}
        value={kind}
        onChange={(value) => setKind(value as TemplateKind | 'all')}
        options={[
          { value: 'all', label: t.all },
          ...TEMPLATE_KINDS.map((value) => ({ value, label: t.kinds[value] })),
        ]}
      />
      <Table<PlanTemplate>
        rowKey="id"
        loading={isPending}
        dataSource={data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t.empty }}
        data-testid="templates"
        columns={[
          {
            title: t.columns.title,
            key: 'title',
            render: (_, template) => (
              <Space direction="vertical" size={0}>
                <Typography.Link onClick={() => setDialog({ kind: 'view', template })}>{template.title}</Typography.Link>
                {template.description && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {template.description}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t.columns.kind,
            key: 'kind',
            width: 100,
            render: (_, template) => (
              <Tag color={template.kind === 'guide' ? 'purple' : 'blue'}>{template.kindLabel}</Tag>
            ),
          },
          {
            title: t.columns.category,
            key: 'category',
            width: 120,
            render: (_, template) => (template.category ? categoryLabel(template.category) : zhCN.plans.none),
          },
          {
            title: t.columns.publisher,
            key: 'publisher',
            width: 120,
            render: (_, template) => (template.own ? <Tag color="geekblue">{t.own}</Tag> : template.tenantName),
          },
          {
            title: t.columns.status,
            key: 'status',
            width: 90,
            render: (_, template) =>
              template.published ? <Tag color="green">{t.published}</Tag> : <Tag>{t.draft}</Tag>,
          },
          {
            title: t.columns.updatedAt,
            key: 'updatedAt',
            width: 160,
            render: (_, template) => formatTime(template.updatedAt),
          },
          {
            title: t.columns.actions,
            key: 'actions',
            render: (_, template) => {
              const actions = templateActions(template, canCompile);
              return (
                <Space size={4} wrap>
                  {actions.edit && (
                    <Button size="small" icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit', template })}>
                      {t.edit}
                    </Button>
                  )}
                  {actions.publish && (
                    <Button size="small" icon={<SendOutlined />} onClick={() => confirmPublish(template)}>
                      {t.publish}
                    </Button>
                  )}
                  {actions.use && (
                    <Button
                      size="small"
                      type="primary"
                      icon={<FileAddOutlined />}
                      onClick={() => setDialog({ kind: 'use', template })}
                    >
                      {t.use}
                    </Button>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      {dialog?.kind === 'edit' && <TemplateFormModal editing={dialog.template} onClose={close} />}
      {dialog?.kind === 'use' && <FromTemplateModal template={dialog.template} onClose={close} />}
      {dialog?.kind === 'view' && (
        <Modal open width={760} title={dialog.template.title} footer={null} onCancel={close}>
          <Space size={4} wrap style={{ marginBottom: 12 }}>
            <Tag>{dialog.template.kindLabel}</Tag>
            {dialog.template.category && <Tag>{categoryLabel(dialog.template.category)}</Tag>}
            {dialog.template.eventTypes.map((type) => (
              <Tag key={type} color="orange" bordered={false}>
                {type}
              </Tag>
            ))}
            <Tag color="geekblue" bordered={false}>
              {dialog.template.tenantName}
            </Tag>
          </Space>
          {dialog.template.description && <Typography.Paragraph>{dialog.template.description}</Typography.Paragraph>}
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
            {dialog.template.body || <Typography.Text type="secondary">{t.noBody}</Typography.Text>}
          </Typography.Paragraph>
        </Modal>
      )}
    </Card>
  );
}
