import { Button, Card, Form, Input, Popconfirm, Select, Table } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { OFFICE_ROLES } from '../../../access';
import { roleLabel } from '../../../i18n/labels';
import { zhCN } from '../../../i18n/zh-CN';
import { useAddNotificationRoute, useNotificationRoutes, useRemoveNotificationRoute } from '../service';
import type { Channel, NotificationRoute, NotificationRouteInput } from '../types';

interface FormValues {
  name: string;
  channel: Channel;
  address: string;
  audienceRole?: string;
}

/** 消息外发设置 (单位管理员): where the office's notifications are also sent — SMS, 政务微信, 钉钉, e-mail. */
export function NotificationRoutesCard() {
  const t = zhCN.notifications.routes;
  const { data: routes, isPending } = useNotificationRoutes();
  const add = useAddNotificationRoute();
  const remove = useRemoveNotificationRoute();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<FormValues>();
  const channel = Form.useWatch('channel', form) ?? 'sms';
  return (
    <Card
      title={t.title}
      style={{ marginTop: 16 }}
      data-testid="notification-routes"
      extra={<Button onClick={() => setAdding(true)}>{t.add}</Button>}
    >
      <p style={{ marginTop: 0 }}>{t.hint}</p>
      <Table<NotificationRoute>
        rowKey="id"
        size="small"
        loading={isPending}
        dataSource={routes ?? []}
        pagination={false}
        locale={{ emptyText: t.empty }}
        columns={[
          { title: t.columns.name, dataIndex: 'name' },
          { title: t.columns.channel, dataIndex: 'channelLabel' },
          { title: t.columns.address, dataIndex: 'address' },
          {
            title: t.columns.audience,
            dataIndex: 'audienceRole',
            render: (role: string | null) => (role && roleLabel(role)) ?? t.form.audienceAll,
          },
          {
            title: t.columns.actions,
            key: 'actions',
            render: (_, route) => (
              <Popconfirm title={t.removeConfirm} onConfirm={() => remove.mutateAsync(route.id)}>
                <Button type="link" size="small" danger aria-label={`${t.remove}「${route.name}」`}>
                  {t.remove}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      {adding && (
        <FormModal<FormValues>
          title={t.add}
          name="notification-route"
          form={form}
          initialValues={{ channel: 'sms' }}
          submit={(values) =>
            add.mutateAsync({
              name: values.name.trim(),
              channel: values.channel,
              address: values.address.trim(),
              audienceRole: values.audienceRole ?? null,
            } satisfies NotificationRouteInput)
          }
          pending={add.isPending}
          saved={t.saved}
          onClose={() => setAdding(false)}
        >
          <Form.Item name="name" label={t.form.name} rules={[{ required: true, whitespace: true, message: t.form.nameRequired }]}>
            <Input maxLength={100} placeholder={t.form.namePlaceholder} autoFocus />
          </Form.Item>
          <Form.Item name="channel" label={t.form.channel} rules={[{ required: true }]}>
            <Select options={Object.entries(t.channels).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="address" label={t.form.address} rules={[{ required: true, whitespace: true, message: t.form.addressRequired }]}>
            <Input maxLength={300} placeholder={t.addressHints[channel]} />
          </Form.Item>
          <Form.Item name="audienceRole" label={t.form.audience}>
            <Select
              allowClear
              placeholder={t.form.audienceAll}
              options={OFFICE_ROLES.map((value) => ({ value, label: roleLabel(value) }))}
            />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
