import { Form, Input, Select } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { unitOptions } from '../../orgUnits/orgUnits';
import { useOrgUnits } from '../../orgUnits/service';
import { EVENT_TYPE_OPTIONS } from '../../plans/plans';
import { expertFormValues } from '../experts';
import { useSaveExpert } from '../service';
import type { Expert, ExpertInput } from '../types';

interface Props {
  editing?: Expert;
  onClose: () => void;
}

/** 登记专家 / 编辑专家信息: the registering office's own experts. */
export function ExpertFormModal({ editing, onClose }: Props) {
  const t = zhCN.experts;
  const save = useSaveExpert();
  const { data: units } = useOrgUnits();

  const submit = (values: ExpertInput) => {
    const input = { ...values, email: values.email?.trim() ? values.email.trim() : null };
    return save.mutateAsync(editing ? { id: editing.id, input: { ...input, version: editing.version } } : { input });
  };

  return (
    <FormModal
      width={640}
      title={editing ? t.form.editTitle : t.form.createTitle}
      okText={t.form.save}
      cancelText={t.form.cancel}
      name="expert"
      initialValues={expertFormValues(editing)}
      submit={submit}
      pending={save.isPending}
      saved={t.form.saved}
      onClose={onClose}
    >
      <Form.Item name="name" label={t.form.name} rules={[{ required: true, whitespace: true, message: t.form.nameRequired }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="organization"
        label={t.form.organization}
        rules={[{ required: true, whitespace: true, message: t.form.organizationRequired }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="title" label={t.form.title}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="specialties" label={t.form.specialties} rules={[{ required: true, message: t.form.specialtiesRequired }]}>
        <Select mode="multiple" options={EVENT_TYPE_OPTIONS} />
      </Form.Item>
      <Form.Item name="level" label={t.form.level}>
        <Select options={Object.entries(t.levels).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="phone" label={t.form.phone} rules={[{ required: true, whitespace: true, message: t.form.phoneRequired }]}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="email" label={t.form.email}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="availability" label={t.form.availability}>
        <Select options={Object.entries(t.availabilities).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item name="affiliationUnitId" label={t.form.affiliation} extra={t.form.affiliationHint}>
        <Select allowClear options={unitOptions(units)} />
      </Form.Item>
      <Form.Item name="note" label={t.form.note}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
