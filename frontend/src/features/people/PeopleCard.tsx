import { Button, Card, Form, Input, Table } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { zhCN } from '../../i18n/zh-CN';
import { UnitSelect } from '../orgUnits/components/UnitSelect';
import type { OrgUnit } from '../orgUnits/types';
import { usePeople, useSavePerson } from './service';
import type { Person } from './types';

interface FormValues {
  name: string;
  title?: string;
  unitId?: string | null;
}

/**
 * 人员名录: the names every receipt, timeline and bulletin prints for the people of the admin's tenant. People are
 * added when they first sign in; the admin corrects name, 职务 and unit here.
 */
export function PeopleCard({ units }: { units: OrgUnit[] }) {
  const t = zhCN.people;
  const { data: people, isPending } = usePeople(true);
  const [editing, setEditing] = useState<Person>();
  const save = useSavePerson();

  return (
    <Card title={t.title} style={{ marginTop: 16 }} data-testid="people">
      <p style={{ marginTop: 0 }}>{t.hint}</p>
      <Table<Person>
        rowKey="id"
        size="small"
        loading={isPending}
        dataSource={people ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t.empty }}
        columns={[
          { title: t.columns.name, dataIndex: 'name' },
          { title: t.columns.title, dataIndex: 'title', render: (v: string | null) => v ?? '—' },
          { title: t.columns.unit, dataIndex: 'unitName', render: (v: string | null) => v ?? '—' },
          {
            title: t.columns.actions,
            key: 'actions',
            render: (_, person) => (
              <Button type="link" size="small" onClick={() => setEditing(person)}>
                {t.edit}
              </Button>
            ),
          },
        ]}
      />
      {editing && (
        <FormModal<FormValues>
          title={t.form.title}
          name="person"
          initialValues={{ name: editing.name, title: editing.title ?? undefined, unitId: editing.unitId }}
          submit={(values) =>
            save.mutateAsync({
              id: editing.id,
              input: {
                name: values.name,
                title: values.title?.trim() ? values.title.trim() : null,
                unitId: values.unitId ?? null,
                version: editing.version,
              },
            })
          }
          pending={save.isPending}
          saved={t.form.saved}
          onClose={() => setEditing(undefined)}
        >
          <Form.Item
            name="name"
            label={t.form.name}
            rules={[
              { required: true, whitespace: true, message: t.form.nameRequired },
              { max: 100, message: t.form.nameTooLong },
            ]}
          >
            <Input maxLength={100} autoFocus />
          </Form.Item>
          <Form.Item name="title" label={t.form.position} rules={[{ max: 50, message: t.form.positionTooLong }]}>
            <Input maxLength={50} placeholder={t.form.positionPlaceholder} />
          </Form.Item>
          <Form.Item name="unitId" label={t.form.unit}>
            <UnitSelect allowClear placeholder={t.form.unitPlaceholder} units={units} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}
