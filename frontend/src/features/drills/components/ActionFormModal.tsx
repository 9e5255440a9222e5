import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { NoUnitsWarning } from '../../orgUnits/components/NoUnitsWarning';
import { UnitSelect } from '../../orgUnits/components/UnitSelect';
import { useOrgUnits } from '../../orgUnits/service';
import { actionRegions } from '../drills';
import { useAddAction } from '../service';
import type { Drill } from '../types';

interface FormValues {
  description: string;
  region: string;
  ownerUnitId: string;
  dueOn: Dayjs;
  planId?: string | null;
}

/**
 * 新增整改措施: what, by when, and the responsible unit — one of the organizer's own or of a region that took
 * part (its units as far as it shares them up); optionally the linked plan it concerns.
 */
export function ActionFormModal({ drill, onClose }: { drill: Drill; onClose: () => void }) {
  const t = zhCN.drills.correctiveActions.form;
  const [form] = Form.useForm<FormValues>();
  const region = Form.useWatch('region', form) ?? drill.tenantCode;
  const { data: units, isFetching: unitsLoading } = useOrgUnits(region === drill.tenantCode ? undefined : region);
  const add = useAddAction();
  const planOptions = drill.plans.map((plan) => ({ value: plan.id, label: plan.name ?? plan.id }));

  const submit = (values: FormValues) =>
    add.mutateAsync({
      drillId: drill.id,
      input: {
        description: values.description.trim(),
        ownerUnitId: values.ownerUnitId,
        dueOn: values.dueOn.format('YYYY-MM-DD'),
        planId: values.planId ?? null,
      },
    });

  return (
    <FormModal
      width={640}
      title={t.title}
      okText={zhCN.drills.actions.ok}
      cancelText={zhCN.drills.drillForm.cancel}
      name="corrective-action"
      form={form}
      initialValues={{ region: drill.tenantCode }}
      onValuesChange={(changed) => {
        if ('region' in changed) {
          form.setFieldValue('ownerUnitId', undefined);
        }
      }}
      submit={submit}
      pending={add.isPending}
      saved={t.saved}
      onClose={onClose}
    >
      <Form.Item
        name="description"
        label={t.description}
        rules={[{ required: true, whitespace: true, message: t.descriptionRequired }]}
      >
        <Input.TextArea rows={3} maxLength={2000} autoFocus />
      </Form.Item>
      <Form.Item name="region" label={t.region}>
        <Select options={actionRegions(drill).map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` }))} />
      </Form.Item>
      <NoUnitsWarning units={units} loading={unitsLoading} message={t.unitEmpty} />
      <Form.Item name="ownerUnitId" label={t.unit} rules={[{ required: true, message: t.unitRequired }]}>
        <UnitSelect
          loading={unitsLoading}
          placeholder={t.unitRequired}
          units={units}
        />
      </Form.Item>
      <Form.Item name="dueOn" label={t.dueOn} rules={[{ required: true, message: t.dueOnRequired }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(day: Dayjs) => drill.heldOn !== null && day.format('YYYY-MM-DD') < drill.heldOn}
        />
      </Form.Item>
      {planOptions.length > 0 && (
        <Form.Item name="planId" label={t.plan}>
          <Select allowClear placeholder={t.planPlaceholder} options={planOptions} />
        </Form.Item>
      )}
    </FormModal>
  );
}
