import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { regionsBelow } from '../../drills/drills';
import { useMe } from '../../me/service';
import { EVENT_TYPE_OPTIONS } from '../../plans/plans';
import { useTenantTree } from '../../tenants/service';
import { SEVERITIES, cleanTimeline, severityLabel } from '../cases';
import { useSaveCase } from '../service';
import type { Case, CaseInput, Severity } from '../types';

interface FormValues {
  title: string;
  eventType: string;
  severity: Severity;
  placeCode: string;
  placeText?: string;
  occurredOn: Dayjs;
  deaths?: number | null;
  injuries?: number | null;
  missing?: number | null;
  affected?: number | null;
  directLoss?: number | null;
  lossesNote?: string;
  summary?: string;
  whatWorked?: string;
  problems?: string;
  lessons?: string;
  source?: string;
  timeline?: { at?: Dayjs; description?: string }[];
}

interface Props {
  editing?: Case;
  onClose: () => void;
  /** After a successful save, once closed. */
  onSaved?: (saved: Case) => void;
}

/**
 * 编制典型案例 / 编辑: the case's facts, losses, response timeline (step by step) and its lessons. The place is the
 * compiler's own region or one below it; linked records keep what the case had.
 */
export function CaseFormModal({ editing, onClose, onSaved }: Props) {
  const t = zhCN.cases.form;
  const { data: me } = useMe();
  const { data: tree } = useTenantTree();
  const save = useSaveCase();
  const places = [
    ...(me ? [{ value: me.tenant.code, label: me.tenant.name }] : []),
    ...(tree ? regionsBelow(tree).map((r) => ({ value: r.code, label: r.name })) : []),
  ];
  if (editing && !places.some((p) => p.value === editing.place.code)) {
    places.push({ value: editing.place.code, label: editing.place.name });
  }

  const initial: Partial<FormValues> = editing
    ? {
        title: editing.title,
        eventType: editing.eventType,
        severity: editing.severity,
        placeCode: editing.place.code,
        placeText: editing.place.text,
        occurredOn: dayjs(editing.occurredOn),
        ...editing.losses,
        lossesNote: editing.losses.note,
        summary: editing.summary,
        whatWorked: editing.whatWorked,
        problems: editing.problems,
        lessons: editing.lessons,
        source: editing.source,
        timeline: editing.timeline.map((s) => ({ at: dayjs(s.at), description: s.description })),
      }
    : { severity: 'general', placeCode: me?.tenant.code, timeline: [{}] };

  const submit = (v: FormValues) => {
    const input: CaseInput = {
      title: v.title,
      eventType: v.eventType,
      severity: v.severity,
      placeCode: v.placeCode,
      placeText: v.placeText ?? null,
      occurredOn: v.occurredOn.format('YYYY-MM-DD'),
      deaths: v.deaths ?? null,
      injuries: v.injuries ?? null,
      missing: v.missing ?? null,
      affected: v.affected ?? null,
      directLoss: v.directLoss ?? null,
      lossesNote: v.lossesNote ?? null,
      summary: v.summary ?? null,
      whatWorked: v.whatWorked ?? null,
      problems: v.problems ?? null,
      lessons: v.lessons ?? null,
      source: v.source ?? null,
      timeline: cleanTimeline(
        (v.timeline ?? []).map((s) => ({ at: s.at?.format('YYYY-MM-DDTHH:mm:00'), description: s.description })),
      ),
      planIds: editing?.plans.map((p) => p.id) ?? [],
      drillIds: editing?.drills.map((d) => d.id) ?? [],
      actionIds: editing?.actions.map((a) => a.id) ?? [],
      version: editing?.version ?? null,
    };
    return save.mutateAsync({ id: editing?.id, input });
  };

  const count = (name: keyof FormValues, label: string) => (
    <Form.Item name={name} label={label} style={{ width: 150 }}>
      <InputNumber min={0} precision={name === 'directLoss' ? 2 : 0} style={{ width: '100%' }} />
    </Form.Item>
  );

  return (
    <FormModal
      width={860}
      title={editing ? t.editTitle : t.createTitle}
      maskClosable
      name="case"
      initialValues={initial}
      data-testid="case-form"
      submit={submit}
      pending={save.isPending}
      saved={t.saved}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item name="title" label={t.title} rules={[{ required: true, whitespace: true, message: t.titleRequired }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Space size={12} wrap>
        <Form.Item name="eventType" label={t.eventType} rules={[{ required: true, message: t.eventTypeRequired }]}>
          <Select showSearch style={{ width: 180 }} options={EVENT_TYPE_OPTIONS} />
        </Form.Item>
        <Form.Item name="severity" label={t.severity} rules={[{ required: true }]}>
          <Select style={{ width: 130 }} options={SEVERITIES.map((v) => ({ value: v, label: severityLabel(v) }))} />
        </Form.Item>
        <Form.Item name="occurredOn" label={t.occurredOn} rules={[{ required: true, message: t.occurredOnRequired }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="placeCode" label={t.place} rules={[{ required: true, message: t.placeRequired }]}>
          <Select showSearch optionFilterProp="label" style={{ width: 180 }} options={places} />
        </Form.Item>
        <Form.Item name="placeText" label={t.placeText}>
          <Input maxLength={300} style={{ width: 200 }} />
        </Form.Item>
      </Space>
      <Space size={12} wrap>
        {count('deaths', t.deaths)}
        {count('injuries', t.injuries)}
        {count('missing', t.missing)}
        {count('affected', t.affected)}
        {count('directLoss', t.directLoss)}
      </Space>
      <Form.Item name="lossesNote" label={t.lossesNote}>
        <Input maxLength={2000} />
      </Form.Item>
      <Form.Item name="summary" label={t.summary}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item label={t.timeline}>
        <Form.List name="timeline">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'at']} aria-label={t.stepAt}>
                    <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder={t.stepAt} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'description']} style={{ width: 500 }}>
                    <Input placeholder={t.stepDescription} maxLength={2000} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />}>
                {t.addStep}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name="whatWorked" label={t.whatWorked}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="problems" label={t.problems}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="lessons" label={t.lessons}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="source" label={t.source}>
        <Input maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
