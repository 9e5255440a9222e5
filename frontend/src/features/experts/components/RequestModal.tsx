import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { useRequestExpert } from '../service';
import type { Candidate } from '../types';

interface Values {
  subject: string;
  neededOn?: Dayjs;
}

/** 申请调用 an expert for the review of a plan. */
export function RequestModal({ expert, planId, onClose }: { expert: Candidate; planId: string; onClose: () => void }) {
  const t = zhCN.invocations;
  const request = useRequestExpert();
  const [key] = useState(() => crypto.randomUUID());

  const submit = (values: Values) =>
    request.mutateAsync({
      input: {
        expertId: expert.id,
        purpose: 'plan_review',
        planId,
        drillId: null,
        subject: values.subject,
        neededOn: values.neededOn?.format('YYYY-MM-DD') ?? null,
      },
      key,
    });

  return (
    <FormModal
      title={`${t.form.requestTitle}：${expert.name}`}
      okText={t.actions.ok}
      cancelText={t.actions.cancel}
      maskClosable
      name="invocation"
      submit={submit}
      pending={request.isPending}
      saved={t.form.requested}
      onClose={onClose}
    >
      <Form.Item label={t.form.purpose}>{t.purposes.plan_review}</Form.Item>
      <Form.Item name="subject" label={t.form.subject} rules={[{ required: true, whitespace: true, message: t.form.subjectRequired }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="neededOn" label={t.form.neededOn}>
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}
