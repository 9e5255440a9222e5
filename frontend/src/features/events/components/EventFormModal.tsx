import { DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { TenantPicker } from '../../orgUnits/components/TenantPicker';
import { EVENT_TYPE_OPTIONS } from '../../plans/plans';
import { useTenantTree } from '../../tenants/service';
import { useScreenIntake } from '../service';
import type { EventInput, IntakeItem, Severity } from '../types';

interface Values {
  title: string;
  eventType: string;
  severity: Severity;
  occurredAt: Dayjs;
  learnedAt?: Dayjs;
  address: string;
  longitude: number;
  latitude: number;
  summary?: string;
  placeCode?: string;
}

/** 立为事件: opens an event from an intake item (its time, place and words carried over); the clocks start. */
export function EventFormModal({ item, onClose, onSaved }: { item: IntakeItem; onClose: () => void; onSaved: (eventId: string) => void }) {
  const t = zhCN.events;
  const screen = useScreenIntake();
  const { data: tree } = useTenantTree();
  return (
    <FormModal<Values, IntakeItem>
      title={t.event.newTitle}
      name="event"
      width={680}
      data-testid="event-form"
      initialValues={{
        severity: 'general',
        occurredAt: item.occurredAt ? dayjs(item.occurredAt) : dayjs(item.receivedAt),
        learnedAt: dayjs(item.receivedAt),
        address: item.address ?? undefined,
        longitude: item.longitude ?? undefined,
        latitude: item.latitude ?? undefined,
        summary: item.content,
      }}
      pending={screen.isPending}
      saved={t.event.created}
      onClose={onClose}
      onSaved={(screened) => screened.eventId && onSaved(screened.eventId)}
      submit={(v) => {
        const event: EventInput = {
          title: v.title,
          eventType: v.eventType,
          severity: v.severity,
          occurredAt: v.occurredAt.toISOString(),
          learnedAt: v.learnedAt ? v.learnedAt.toISOString() : null,
          address: v.address,
          longitude: v.longitude,
          latitude: v.latitude,
          summary: v.summary ?? null,
          placeCode: v.placeCode ?? null,
        };
        return screen.mutateAsync({
          id: item.id,
          input: { decision: 'open', eventId: null, event, version: item.version, forwardTo: null, note: null },
        });
      }}
    >
      <Form.Item name="title" label={t.event.title} rules={[{ required: true, max: 200 }]}>
        <Input />
      </Form.Item>
      <Space size="middle" style={{ display: 'flex' }}>
        <Form.Item name="eventType" label={t.event.eventType} rules={[{ required: true }]} style={{ minWidth: 200 }}>
          <Select showSearch options={EVENT_TYPE_OPTIONS} />
        </Form.Item>
        <Form.Item name="severity" label={t.event.severity} rules={[{ required: true }]} style={{ minWidth: 140 }}>
          <Select options={Object.entries(t.severities).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      </Space>
      <Space size="middle" style={{ display: 'flex' }}>
        <Form.Item name="occurredAt" label={t.event.occurredAt} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="learnedAt" label={t.event.learnedAt}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
      </Space>
      {tree && tree.root.children.length > 0 && (
        <Form.Item name="placeCode" label={t.event.place} extra={t.event.placeHint} initialValue={tree.root.code}>
          <TenantPicker root={tree.root} />
        </Form.Item>
      )}
      <Form.Item name="address" label={t.event.address} rules={[{ required: true, max: 300 }]}>
        <Input />
      </Form.Item>
      <Space size="middle">
        <Form.Item name="longitude" label={t.intake.longitude} rules={[{ required: true }]}>
          <InputNumber min={73} max={136} step={0.0001} />
        </Form.Item>
        <Form.Item name="latitude" label={t.intake.latitude} rules={[{ required: true }]}>
          <InputNumber min={3} max={54} step={0.0001} />
        </Form.Item>
      </Space>
      <Form.Item name="summary" label={t.event.summary} rules={[{ max: 4000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
