import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Skeleton, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { useConfirmAction } from '../../components/useConfirmAction';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { formatTime } from '../orgUnits/orgUnits';
import { MAX_NOTE_LENGTH, canAddSearchTerms, parseTerms, termsProblem } from './searchTerms';
import { useDeleteSearchTerms, useSaveSearchTerms, useSearchTerms } from './service';
import type { SearchTermGroup } from './types';

interface FormValues {
  terms: string;
  note?: string;
}

/** The dialog of one group: new, or the one being changed. One Idempotency-Key per opening (a doubled click adds one). */
function SearchTermsModal({ editing, onClose }: { editing?: SearchTermGroup; onClose: () => void }) {
  const t = zhCN.searchTerms;
  const save = useSaveSearchTerms();
  const [key] = useState(() => crypto.randomUUID());
  return (
    <FormModal<FormValues>
      title={editing ? t.form.editTitle : t.form.addTitle}
      name="search-terms"
      initialValues={{ terms: editing?.terms.join('、') ?? '', note: editing?.note ?? '' }}
      submit={(values) =>
        save.mutateAsync({
          id: editing?.id,
          key,
          input: {
            terms: parseTerms(values.terms),
            note: values.note?.trim() ? values.note.trim() : null,
            ...(editing ? { version: editing.version } : {}),
          },
        })
      }
      pending={save.isPending}
      saved={t.form.saved}
      onClose={onClose}
    >
      <Form.Item
        name="terms"
        label={t.form.terms}
        extra={t.form.termsHint}
        rules={[
          {
            validator: (_, value: string | undefined) => {
              const problem = termsProblem(parseTerms(value ?? ''));
              return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
            },
          },
        ]}
      >
        <Input autoFocus placeholder={t.form.termsPlaceholder} />
      </Form.Item>
      <Form.Item name="note" label={t.form.note} rules={[{ max: MAX_NOTE_LENGTH, message: t.form.noteTooLong }]}>
        <Input.TextArea rows={2} maxLength={MAX_NOTE_LENGTH} placeholder={t.form.notePlaceholder} />
      </Form.Item>
    </FormModal>
  );
}

/**
 * 检索同义词: the groups of search terms of the caller's province, which every case search of its offices applies
 * (docs/search-terms.md). Kept by the province's 单位管理员; the cities and counties read them.
 */
export default function SearchTermsPage() {
  const t = zhCN.searchTerms;
  const { data: me } = useMe();
  const { data: groups, isPending } = useSearchTerms();
  const [editing, setEditing] = useState<{ group?: SearchTermGroup }>();
  const remove = useDeleteSearchTerms();
  const confirm = useConfirmAction();

  if (!me) {
    return <Skeleton active />;
  }
  const canAdd = canAddSearchTerms(me);
  return (
    <Card
      title={t.title}
      extra={
        canAdd && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t.add}
          </Button>
        )
      }
    >
      <Alert style={{ marginBottom: 16 }} type="info" showIcon message={canAdd ? t.hint : t.readOnly} />
      <Table<SearchTermGroup>
        rowKey="id"
        size="small"
        data-testid="search-terms"
        loading={isPending}
        dataSource={groups ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t.empty }}
        columns={[
          {
            title: t.columns.terms,
            dataIndex: 'terms',
            render: (terms: string[]) => (
              <Space size={[0, 4]} wrap>
                {terms.map((term) => (
                  <Tag key={term} color="blue">
                    {term}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: t.columns.note, dataIndex: 'note', render: (v: string | null) => v ?? '—' },
          { title: t.columns.owner, dataIndex: 'tenantName' },
          {
            title: t.columns.updated,
            key: 'updated',
            render: (_, g) => `${g.updatedByName ?? '—'} ${formatTime(g.updatedAt)}`,
          },
          {
            title: t.columns.actions,
            key: 'actions',
            render: (_, group) =>
              group.editable && (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing({ group })}>
                    {t.edit}
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    danger
                    onClick={() =>
                      confirm({
                        title: t.deleteConfirm(group.terms.join('、')),
                        content: t.deleteContent,
                        okText: t.delete,
                        cancelText: t.cancel,
                        danger: true,
                        run: () => remove.mutateAsync(group),
                        done: t.deleted,
                      })
                    }
                  >
                    {t.delete}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      {editing && <SearchTermsModal editing={editing.group} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}
