import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { todayIso } from '../../plans/plans';
import { useTemplates } from '../../templates/service';
import { useCreateCampaign } from '../service';

interface FormValues {
  title: string;
  noticeDocNumber?: string;
  deadline: Dayjs;
  guideId?: string | null;
  description?: string;
}

/** 发起编修专项行动; the new campaign's board opens next. */
export function CampaignFormModal({ onClose }: { onClose: () => void }) {
  const t = zhCN.campaigns.form;
  const navigate = useNavigate();
  const { data: guides } = useTemplates('guide');
  const create = useCreateCampaign();

  const submit = (values: FormValues) => {
    const trimmed = (text?: string) => (text?.trim() ? text.trim() : null);
    return create.mutateAsync({
      title: values.title.trim(),
      noticeDocNumber: trimmed(values.noticeDocNumber),
      description: trimmed(values.description),
      deadline: values.deadline.format('YYYY-MM-DD'),
      guideId: values.guideId ?? null,
    });
  };

  return (
    <FormModal
      width={640}
      title={t.title}
      okText={t.save}
      cancelText={t.cancel}
      name="campaign"
      submit={submit}
      pending={create.isPending}
      saved={t.created}
      onClose={onClose}
      onSaved={(campaign) => navigate(`/campaigns/${campaign.id}`)}
    >
      <Form.Item name="title" label={t.name} rules={[{ required: true, whitespace: true, message: t.nameRequired }]}>
        <Input placeholder={t.namePlaceholder} maxLength={300} showCount />
      </Form.Item>
      <Form.Item name="noticeDocNumber" label={t.noticeDocNumber}>
        <Input placeholder={t.noticeDocNumberPlaceholder} maxLength={100} />
      </Form.Item>
      <Form.Item name="deadline" label={t.deadline} rules={[{ required: true, message: t.deadlineRequired }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(day: Dayjs) => day.format('YYYY-MM-DD') < todayIso()} />
      </Form.Item>
      <Form.Item name="guideId" label={t.guide}>
        <Select
          allowClear
          placeholder={t.guidePlaceholder}
          options={(guides ?? []).map((guide) => ({ value: guide.id, label: `${guide.title}（${guide.tenantName}）` }))}
        />
      </Form.Item>
      <Form.Item name="description" label={t.description}>
        <Input.TextArea rows={4} maxLength={20000} />
      </Form.Item>
    </FormModal>
  );
}
