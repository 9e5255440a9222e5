import { DatePicker, Form, Input, Select, TreeSelect } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { unitOptions } from '../../orgUnits/orgUnits';
import { useOrgUnits } from '../../orgUnits/service';
import { PLAN_CATEGORIES, categoryLabel } from '../../plans/plans';
import type { PlanCategory } from '../../plans/types';
import { useTemplates } from '../../templates/service';
import { useTenantTree } from '../../tenants/service';
import { assigneeOptions } from '../campaigns';
import { useAddTask } from '../service';
import type { Campaign } from '../types';

interface FormValues {
  planTitle: string;
  category: PlanCategory;
  assigneeTenantCode: string;
  assigneeUnitId?: string | null;
  deadline: Dayjs;
  templateId?: string | null;
}

/** 分解任务: a plan to compile or revise, the region (own or below) responsible, a deadline within the campaign's. */
export function TaskFormModal({ campaign, ownTenant, onClose }: { campaign: Campaign; ownTenant: string; onClose: () => void }) {
  const t = zhCN.campaigns.taskForm;
  const [form] = Form.useForm<FormValues>();
  const assignee = Form.useWatch('assigneeTenantCode', form);
  const { data: tree } = useTenantTree();
  const { data: units } = useOrgUnits();
  const { data: templates } = useTemplates('template');
  const add = useAddTask();

  const submit = (values: FormValues) =>
    add.mutateAsync({
      campaignId: campaign.id,
      input: {
        planTitle: values.planTitle.trim(),
        category: values.category,
        assigneeTenantCode: values.assigneeTenantCode,
        // a unit is named only for the own region's tasks
        assigneeUnitId: values.assigneeTenantCode === ownTenant ? (values.assigneeUnitId ?? null) : null,
        deadline: values.deadline.format('YYYY-MM-DD'),
        templateId: values.templateId ?? null,
      },
    });

  return (
    <FormModal
      width={640}
      title={t.title}
      okText={zhCN.campaigns.form.save}
      cancelText={zhCN.campaigns.form.cancel}
      name="task"
      form={form}
      submit={submit}
      pending={add.isPending}
      saved={t.added}
      onClose={onClose}
    >
      <Form.Item
        name="planTitle"
        label={t.planTitle}
        rules={[{ required: true, whitespace: true, message: t.planTitleRequired }]}
      >
        <Input maxLength={300} showCount />
      </Form.Item>
      <Form.Item name="category" label={t.category} rules={[{ required: true, message: t.categoryRequired }]}>
        <Select options={PLAN_CATEGORIES.map((value) => ({ value, label: categoryLabel(value) }))} />
      </Form.Item>
      <Form.Item name="assigneeTenantCode" label={t.assignee} rules={[{ required: true, message: t.assigneeRequired }]}>
        <TreeSelect
          showSearch
          treeNodeFilterProp="title"
          treeDefaultExpandAll
          treeData={tree ? assigneeOptions(tree.root) : []}
          placeholder={t.assigneeRequired}
        />
      </Form.Item>
      {assignee === ownTenant && (
        <Form.Item name="assigneeUnitId" label={t.unit}>
          <Select
            allowClear
            placeholder={t.unitPlaceholder}
            options={unitOptions(units)}
          />
        </Form.Item>
      )}
      <Form.Item name="deadline" label={t.deadline} rules={[{ required: true, message: t.deadlineRequired }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(day: Dayjs) => day.format('YYYY-MM-DD') > campaign.deadline} />
      </Form.Item>
      <Form.Item name="templateId" label={t.template}>
        <Select
          allowClear
          placeholder={t.templatePlaceholder}
          options={(templates ?? []).map((template) => ({ value: template.id, label: template.title }))}
        />
      </Form.Item>
    </FormModal>
  );
}
