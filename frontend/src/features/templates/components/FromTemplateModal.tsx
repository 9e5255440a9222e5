import { Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { NoUnitsWarning } from '../../orgUnits/components/NoUnitsWarning';
import { UnitSelect } from '../../orgUnits/components/UnitSelect';
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
  const navigate = useNavigate();
  const { data: units, isPending: unitsLoading } = useOrgUnits();
  const create = useCreateFromTemplate();

  const submit = (values: FormValues) =>
    create.mutateAsync({
      templateId: template.id,
      title: values.title.trim(),
      ownerUnitId: values.ownerUnitId,
      leadUnitId: values.leadUnitId ?? null,
      campaignTaskId: campaignTaskId ?? null,
    });

  return (
    <FormModal
      title={t.title}
      okText={f.save}
      cancelText={f.cancel}
      name="fromTemplate"
      initialValues={{ title: title ?? template.title }}
      submit={submit}
      pending={create.isPending}
      saved={t.created}
      onClose={onClose}
      onSaved={(plan) => navigate(`/plans/${plan.id}`)}
    >
      <NoUnitsWarning units={units} loading={unitsLoading} message={f.ownerUnitEmpty} />
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
        <UnitSelect loading={unitsLoading} units={units} />
      </Form.Item>
      <Form.Item name="leadUnitId" label={f.leadUnit}>
        <UnitSelect allowClear placeholder={f.leadUnitPlaceholder} units={units} />
      </Form.Item>
    </FormModal>
  );
}
