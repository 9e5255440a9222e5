import { App as AntdApp, Form, Input, Modal, Select } from 'antd';
import { zhCN } from '../../../i18n/zh-CN';
import { useOrgUnits } from '../../orgUnits/service';
import { EVENT_TYPES } from '../../plans/plans';
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
  const { message } = AntdApp.useApp();
  const [form] = Form.useForm<ExpertInput>();
  const save = useSaveExpert();
  const { data: units } = useOrgUnits();

  const submit = (values: ExpertInput) => {
    const input = { ...values, email: values.email?.trim() ? values.email.trim() : null };
    save
      .mutateAsync(editing ? { id: editing.id, input: { ...input, version: editing.version } } : { input })
      .then(() => {
        void message.success(t.form.saved);
        onClose();
      })
      .catch(() => undefined); // shown by the central handler
  };

  return (
    <Modal
      open
      title={editing ? t.form.editTitle : t.form.createTitle}
      okText={t.form.save}
      cancelText={t.form.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      width={640}
    >
      <Form<ExpertInput>
        form={form}
        layout="vertical"
        name="expert"
        initialValues={expertFormValues(editing)}
        onFinish={submit}
        style={{ marginTop: 16 }}
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
          <Select mode="multiple" options={EVENT_TYPES.map((type) => ({ value: type, label: type }))} />
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
          <Select allowClear options={(units ?? []).map((unit) => ({ value: unit.id, label: unit.name }))} />
        </Form.Item>
        <Form.Item name="note" label={t.form.note}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
