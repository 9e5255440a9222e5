import { Form, Input, Radio, Select } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { EVENT_TYPE_OPTIONS, PLAN_CATEGORIES, categoryLabel } from '../../plans/plans';
import type { PlanCategory } from '../../plans/types';
import { useSaveTemplate } from '../service';
import { TEMPLATE_KINDS, toTemplateInput } from '../templates';
import type { PlanTemplate, TemplateKind } from '../types';

interface FormValues {
  kind: TemplateKind;
  title: string;
  category?: PlanCategory | null;
  eventTypes?: string[];
  description?: string | null;
  body?: string;
}

/** 新建/编辑 a template or guide (drafts only; a published one is no longer edited). */
export function TemplateFormModal({ editing, onClose }: { editing?: PlanTemplate; onClose: () => void }) {
  const t = zhCN.templates.form;
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('kind', form);
  const save = useSaveTemplate();

  const submit = (values: FormValues) => {
    const input = toTemplateInput(values);
    return save.mutateAsync(editing ? { id: editing.id, input: { ...input, version: editing.version } } : { input });
  };

  return (
    <FormModal
      width={760}
      title={editing ? t.editTitle : t.createTitle}
      okText={t.save}
      cancelText={t.cancel}
      name="template"
      form={form}
      initialValues={
        editing
          ? {
              kind: editing.kind,
              title: editing.title,
              category: editing.category,
              eventTypes: editing.eventTypes,
              description: editing.description,
              body: editing.body,
            }
          : { kind: 'template', eventTypes: [] }
      }
      submit={submit}
      pending={save.isPending}
      saved={editing ? t.updated : t.created}
      onClose={onClose}
    >
      <Form.Item name="kind" label={t.kind}>
        <Radio.Group
          optionType="button"
          disabled={editing !== undefined}
          options={TEMPLATE_KINDS.map((value) => ({ value, label: zhCN.templates.kinds[value] }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t.title} rules={[{ required: true, whitespace: true, message: t.titleRequired }]}>
        <Input maxLength={300} showCount />
      </Form.Item>
      <Form.Item
        name="category"
        label={t.category}
        rules={[{ required: kind === 'template', message: t.categoryRequired }]}
      >
        <Select
          allowClear
          options={PLAN_CATEGORIES.filter((c) => c !== 'joint').map((value) => ({ value, label: categoryLabel(value) }))}
        />
      </Form.Item>
      <Form.Item name="eventTypes" label={t.eventTypes}>
        <Select mode="multiple" allowClear options={EVENT_TYPE_OPTIONS} />
      </Form.Item>
      <Form.Item name="description" label={t.description}>
        <Input.TextArea rows={2} placeholder={t.descriptionPlaceholder} maxLength={2000} />
      </Form.Item>
      <Form.Item name="body" label={t.body}>
        <Input.TextArea rows={8} placeholder={t.bodyPlaceholder} maxLength={200000} />
      </Form.Item>
    </FormModal>
  );
}
