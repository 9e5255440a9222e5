import { Alert, App as AntdApp, Form, Input, Modal, Select } from 'antd';
import { useNavigate } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { useOrgUnits } from '../../orgUnits/service';
import { useCreateFromTemplate } from '../../plans/service';

interface FormValues {
  title: string;
  ownerUnitId: string;
  leadUnitId?: string | null;
}

interface Props {
  /** The template; its title is shown when known (a task names only the id). */
  template: { id: string; title?: string };
  /** Prefilled 预案名称 (a task's plan title), else the template's title. */
  title?: string;
  /** The 编修任务 the new plan answers. */
  campaignTaskId?: string;
  onClose: () => void;
}

/** 从模板新建预案: name and owner unit, then the new draft is opened. */
export function FromTemplateModal({ template, title, campaignTaskId, onClose }: Props) {
  const t = zhCN.templates.fromTemplate;
  const f = zhCN.plans.form;
  const { message } = AntdApp.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const { data: units, isPending: unitsLoading } = useOrgUnits();
  const create = useCreateFromTemplate();
  const unitOptions = (units ?? []).map((unit) => ({ value: unit.id, label: unit.name }));

  const submit = (values: FormValues) => {
    create
      .mutateAsync({
        templateId: template.id,
        title: values.title.trim(),
        ownerUnitId: values.ownerUnitId,
        leadUnitId: values.leadUnitId ?? null,
        campaignTaskId: campaignTaskId ?? null,
      })
      .then((plan) => {
        void message.success(t.created);
        onClose();
        navigate(`/plans/${plan.id}`);
      })
      .catch(() => undefined); // shown by the central handler
  };

  return (
    <Modal
      open
      title={t.title}
      okText={f.save}
      cancelText={f.cancel}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
    >
      {!unitsLoading && unitOptions.length === 0 && (
        <Alert type="warning" showIcon message={f.ownerUnitEmpty} style={{ marginTop: 16 }} />
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        style={{ marginTop: 16 }}
        name="fromTemplate"
        initialValues={{ title: title ?? template.title }}
      >
        {template.title && (
          <Form.Item label={t.template}>
            <Input value={template.title} disabled />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t.planTitle}
          rules={[{ required: true, whitespace: true, message: f.titleRequired }]}
        >
          <Input maxLength={300} showCount />
        </Form.Item>
        <Form.Item name="ownerUnitId" label={f.ownerUnit} rules={[{ required: true, message: f.ownerUnitRequired }]}>
          <Select showSearch optionFilterProp="label" loading={unitsLoading} options={unitOptions} />
        </Form.Item>
        <Form.Item name="leadUnitId" label={f.leadUnit}>
          <Select allowClear showSearch optionFilterProp="label" placeholder={f.leadUnitPlaceholder} options={unitOptions} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
