import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { useMe } from '../../me/service';
import { NoUnitsWarning } from '../../orgUnits/components/NoUnitsWarning';
import { UnitSelect } from '../../orgUnits/components/UnitSelect';
import { useOrgUnits } from '../../orgUnits/service';
import { EVENT_TYPE_OPTIONS, isFutureDay } from '../../plans/plans';
import { usePlanSearch } from '../../plans/service';
import { useTenantTree } from '../../tenants/service';
import { DRILL_FORMS, drillFormValues, formLabel, regionsBelow, toDrillInput, type DrillFormValues } from '../drills';
import { useSaveDrill } from '../service';
import type { Drill, DrillStatus } from '../types';

type FormValues = Omit<DrillFormValues, 'plannedOn' | 'heldOn'> & { date: Dayjs };

interface Props {
  /** planned: 新增演练计划; held: 登记已举办演练. Ignored when editing (the drill keeps its status). */
  status: DrillStatus;
  editing?: Drill;
  onClose: () => void;
  onSaved?: (drill: Drill) => void;
}

const ISO = 'YYYY-MM-DD';

/**
 * 新增演练计划 / 登记已举办演练 / 编辑: one form, the status decides which date it asks for. Units are the
 * viewer's own; 参演地区 (joint drills) only for a city or province, from the regions below it; 关联预案 are
 * searched among the issued plans the viewer may see.
 */
export function DrillFormModal({ status: preset, editing, onClose, onSaved }: Props) {
  const t = zhCN.drills.drillForm;
  const status = editing?.status ?? preset;
  const { data: me } = useMe();
  const { data: units, isPending: unitsLoading } = useOrgUnits();
  const { data: tree } = useTenantTree();
  const [planQuery, setPlanQuery] = useState('');
  const { data: planHits, isFetching: plansLoading } = usePlanSearch({ q: planQuery, sort: 'relevance', page: 0, size: 20 });
  const save = useSaveDrill();

  const regionOptions = tree ? regionsBelow(tree).map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` })) : [];
  const canInvite = me !== undefined && me.tenant.tier !== 'county';
  // Linked plans already chosen keep their titles while the search shows others.
  const known = new Map((editing?.plans ?? []).map((p) => [p.id, p.name ?? p.id]));
  for (const hit of planHits?.items ?? []) {
    if (hit.status !== 'draft') {
      known.set(hit.id, `${hit.title}（${hit.tenantName}）`);
    }
  }
  const planOptions = [...known].map(([value, label]) => ({ value, label }));

  const date = editing ? (status === 'held' ? editing.heldOn : editing.plannedOn) : null;
  const initialValues: Partial<FormValues> = editing
    ? { ...drillFormValues(editing), ...(date && { date: dayjs(date) }) }
    : { eventTypes: [], participatingUnitIds: [], participantCodes: [], planIds: [] };

  const submit = ({ date: day, ...values }: FormValues) => {
    const iso = day.format(ISO);
    const input = toDrillInput(
      status === 'held' ? { ...values, heldOn: iso } : { ...values, plannedOn: iso },
      status,
      editing,
    );
    return save.mutateAsync(editing ? { id: editing.id, input } : { input });
  };

  return (
    <FormModal
      width={760}
      title={editing ? t.editTitle : status === 'held' ? t.createHeldTitle : t.createPlannedTitle}
      okText={t.save}
      cancelText={t.cancel}
      name="drill"
      initialValues={initialValues}
      submit={submit}
      pending={save.isPending}
      saved={editing ? t.updated : t.created}
      onClose={onClose}
      onSaved={onSaved}
    >
      <NoUnitsWarning units={units} loading={unitsLoading} message={t.organizerEmpty} />
      <Form.Item
        name="title"
        label={t.title}
        rules={[
          { required: true, whitespace: true, message: t.titleRequired },
          { max: 300, message: t.titleTooLong },
        ]}
      >
        <Input placeholder={t.titlePlaceholder} maxLength={300} autoFocus />
      </Form.Item>
      <Form.Item name="form" label={t.form} rules={[{ required: true, message: t.formRequired }]}>
        <Select placeholder={t.formRequired} options={DRILL_FORMS.map((value) => ({ value, label: formLabel(value) }))} />
      </Form.Item>
      {status === 'held' ? (
        <Form.Item name="date" label={t.heldOn} rules={[{ required: true, message: t.heldOnRequired }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isFutureDay} />
        </Form.Item>
      ) : (
        <Form.Item name="date" label={t.plannedOn} rules={[{ required: true, message: t.plannedOnRequired }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      )}
      <Form.Item name="eventTypes" label={t.eventTypes}>
        <Select
          mode="multiple"
          allowClear
          placeholder={t.eventTypesPlaceholder}
          options={EVENT_TYPE_OPTIONS}
        />
      </Form.Item>
      <Form.Item name="organizerUnitId" label={t.organizer} rules={[{ required: true, message: t.organizerRequired }]}>
        <UnitSelect
          loading={unitsLoading}
          placeholder={t.organizerRequired}
          units={units}
        />
      </Form.Item>
      <Form.Item name="participatingUnitIds" label={t.participatingUnits}>
        <UnitSelect
          mode="multiple"
          allowClear
          loading={unitsLoading}
          placeholder={t.participatingUnitsPlaceholder}
          units={units}
        />
      </Form.Item>
      {canInvite && (
        <Form.Item name="participantCodes" label={t.participants}>
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            placeholder={t.participantsPlaceholder}
            options={regionOptions}
          />
        </Form.Item>
      )}
      <Form.Item name="participantCount" label={t.participantCount}>
        <InputNumber min={0} precision={0} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="planIds" label={t.plans}>
        <Select
          mode="multiple"
          allowClear
          showSearch
          filterOption={false}
          loading={plansLoading}
          onSearch={setPlanQuery}
          placeholder={t.plansPlaceholder}
          options={planOptions}
        />
      </Form.Item>
      <Form.Item name="scenario" label={t.scenario}>
        <Input.TextArea rows={3} placeholder={t.scenarioPlaceholder} maxLength={20000} />
      </Form.Item>
      <Form.Item name="summary" label={t.summary}>
        <Input.TextArea rows={4} maxLength={200000} />
      </Form.Item>
    </FormModal>
  );
}
