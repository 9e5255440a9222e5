import { DatePicker, Form, InputNumber, Radio, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { useAddShifts } from '../service';
import type { DutyPost, DutyRole, Roster, StaffMember } from '../types';

interface Values {
  postId: string;
  personId: string;
  role: DutyRole;
  startsAt: Dayjs;
  hours: number;
  repeat: number;
}

/**
 * 排班: one person on one post for a shift, repeated for consecutive days (a week's 24-hour shifts in one go); the
 * roster takes them all or none, and a person already on duty then is refused with the conflicts listed.
 */
export function ShiftFormModal({
  posts,
  people,
  start,
  onClose,
}: {
  posts: DutyPost[];
  people: StaffMember[];
  start: Dayjs;
  onClose: () => void;
}) {
  const t = zhCN.duty;
  const add = useAddShifts();
  return (
    <FormModal<Values, Roster>
      title={t.shiftForm.title}
      name="shift"
      width={560}
      data-testid="shift-form"
      initialValues={{ postId: posts[0]?.id, role: 'officer', startsAt: start, hours: 24, repeat: 1 }}
      pending={add.isPending}
      saved={t.shiftForm.saved}
      onClose={onClose}
      submit={(v) =>
        add.mutateAsync(
          Array.from({ length: v.repeat }, (_, i) => {
            const from = v.startsAt.add(i, 'day');
            return {
              postId: v.postId,
              personId: v.personId,
              role: v.role,
              startsAt: from.toISOString(),
              endsAt: from.add(v.hours, 'hour').toISOString(),
            };
          }),
        )
      }
    >
      <Form.Item name="postId" label={t.shiftForm.post} rules={[{ required: true }]}>
        <Select options={posts.map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      <Space size="middle" style={{ display: 'flex' }}>
        <Form.Item name="personId" label={t.shiftForm.person} rules={[{ required: true }]} style={{ minWidth: 220 }}>
          <Select
            showSearch
            optionFilterProp="label"
            options={people.map((p) => ({ value: p.id, label: p.title ? `${p.name}（${p.title}）` : p.name }))}
          />
        </Form.Item>
        <Form.Item name="role" label={t.shiftForm.role} rules={[{ required: true }]}>
          <Radio.Group options={Object.entries(t.roles).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      </Space>
      <Space size="middle" style={{ display: 'flex' }}>
        <Form.Item name="startsAt" label={t.shiftForm.startsAt} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" minuteStep={30} />
        </Form.Item>
        <Form.Item name="hours" label={t.shiftForm.hours} rules={[{ required: true }]}>
          <InputNumber min={1} max={48} />
        </Form.Item>
        <Form.Item name="repeat" label={t.shiftForm.repeat} tooltip={t.shiftForm.repeatHint} rules={[{ required: true }]}>
          <InputNumber min={1} max={31} />
        </Form.Item>
      </Space>
    </FormModal>
  );
}

