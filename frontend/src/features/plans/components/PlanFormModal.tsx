import { Form, Input, Radio, Select } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { openTaskOptions } from '../../campaigns/campaigns';
import { FilingRouteCard } from '../../filings/components/FilingRouteCard';
import { useAssignedTasks } from '../../campaigns/service';
import { NoUnitsWarning } from '../../orgUnits/components/NoUnitsWarning';
import { UnitSelect } from '../../orgUnits/components/UnitSelect';
import { useOrgUnits } from '../../orgUnits/service';
import { useTenantTree } from '../../tenants/service';
import { otherRegions } from '../../tenants/treeSearch';
import { EVENT_TYPE_OPTIONS, JOINT_BASES, PLAN_CATEGORIES, categoryLabel, toPlanInput } from '../plans';
import { useSavePlan } from '../service';
import type { JointBasis, Plan, PlanCategory } from '../types';

interface FormValues {
  title: string;
  category: PlanCategory;
  eventTypes: string[];
  ownerUnitId: string;
  leadUnitId?: string | null;
  summary?: string | null;
  jointBasis?: JointBasis | null;
  participantCodes?: string[];
  campaignTaskId?: string | null;
}

/** What a new plan starts with, e.g. the 编修任务 it answers. */
export interface PlanPreset {
  title: string;
  category: PlanCategory;
  campaignTaskId: string;
}

interface Props {
  /** The plan to edit (draft or returned); a new one when absent. */
  editing?: Plan;
  /** Prefill for a new plan. */
  preset?: PlanPreset;
  onClose: () => void;
  /** Called with the stored plan after a successful save. */
  onSaved?: (plan: Plan) => void;
}

/** 新建/编辑预案. The units to choose from are the caller's own (`GET /api/v1/org-units`). */
export function PlanFormModal({ editing, preset, onClose, onSaved }: Props) {
  const t = zhCN.plans.form;
  const [form] = Form.useForm<FormValues>();
  const { data: units, isPending: unitsLoading } = useOrgUnits();
  const save = useSavePlan();
  const category = Form.useWatch('category', form);
  const ownerUnitId = Form.useWatch('ownerUnitId', form);
  const jointBasis = Form.useWatch('jointBasis', form);
  const participantCodes = Form.useWatch('participantCodes', form);
  const { data: tree } = useTenantTree();
  const regionOptions = tree ? otherRegions(tree).map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` })) : [];
  const { data: tasks } = useAssignedTasks();
  const taskOptions = openTaskOptions(tasks ?? [], editing?.campaignTaskId ?? preset?.campaignTaskId);

  const initialValues: Partial<FormValues> = editing
    ? {
        title: editing.title,
        category: editing.category,
        eventTypes: editing.eventTypes,
        ownerUnitId: editing.ownerUnitId,
        leadUnitId: editing.leadUnitId,
        summary: editing.summary,
        jointBasis: editing.jointBasis,
        participantCodes: editing.participantCodes,
        campaignTaskId: editing.campaignTaskId,
      }
    : { eventTypes: [], ...preset };

  const submit = (values: FormValues) => {
    const input = toPlanInput(values);
    return save.mutateAsync(
      editing
        ? {
            id: editing.id,
            input: { ...input, docNumber: editing.docNumber, issuedOn: editing.issuedOn, version: editing.version },
          }
        : { input },
    );
  };

  return (
    <FormModal
      width={720}
      title={editing ? t.editTitle : t.createTitle}
      okText={t.save}
      cancelText={t.cancel}
      name="plan"
      form={form}
      initialValues={initialValues}
      submit={submit}
      pending={save.isPending}
      saved={editing ? t.updated : t.created}
      onClose={onClose}
      onSaved={onSaved}
    >
      <NoUnitsWarning units={units} loading={unitsLoading} message={t.ownerUnitEmpty} />
      <Form.Item
        name="title"
        label={t.title}
        rules={[
          { required: true, whitespace: true, message: t.titleRequired },
          { max: 200, message: t.titleTooLong },
        ]}
      >
        <Input placeholder={t.titlePlaceholder} maxLength={200} showCount autoFocus />
      </Form.Item>
      <Form.Item name="category" label={t.category} rules={[{ required: true, message: t.categoryRequired }]}>
        <Select
          placeholder={t.categoryRequired}
          options={PLAN_CATEGORIES.map((value) => ({ value, label: categoryLabel(value) }))}
        />
      </Form.Item>
      <Form.Item name="eventTypes" label={t.eventTypes} rules={[{ required: true, message: t.eventTypesRequired }]}>
        <Select
          mode="multiple"
          allowClear
          placeholder={t.eventTypesRequired}
          options={EVENT_TYPE_OPTIONS}
        />
      </Form.Item>
      <Form.Item name="ownerUnitId" label={t.ownerUnit} rules={[{ required: true, message: t.ownerUnitRequired }]}>
        <UnitSelect
          loading={unitsLoading}
          placeholder={t.ownerUnitRequired}
          units={units}
        />
      </Form.Item>
      <Form.Item name="leadUnitId" label={t.leadUnit}>
        <UnitSelect
          allowClear
          loading={unitsLoading}
          placeholder={t.leadUnitPlaceholder}
          units={units}
        />
      </Form.Item>
      {category === 'joint' && (
        <>
          <Form.Item name="jointBasis" label={t.jointBasis} rules={[{ required: true, message: t.jointBasisRequired }]}>
            <Radio.Group
              options={JOINT_BASES.map((value) => ({ value, label: zhCN.plans.jointBases[value] }))}
            />
          </Form.Item>
          <Form.Item
            name="participantCodes"
            label={t.participants}
            rules={[{ required: true, type: 'array', min: 1, message: t.participantsRequired }]}
          >
            <Select mode="tags" allowClear placeholder={t.participantsPlaceholder} options={regionOptions} />
          </Form.Item>
        </>
      )}
      {category && ownerUnitId && (
        <Form.Item label={zhCN.filings.route.title}>
          <FilingRouteCard query={{ category, ownerUnitId, jointBasis, participantCodes }} />
        </Form.Item>
      )}
      <Form.Item name="campaignTaskId" label={t.campaignTask}>
        <Select allowClear placeholder={t.campaignTaskPlaceholder} options={taskOptions} />
      </Form.Item>
      <Form.Item name="summary" label={t.summary}>
        <Input.TextArea rows={6} placeholder={t.summaryPlaceholder} maxLength={20000} />
      </Form.Item>
    </FormModal>
  );
}
