import { AuditOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Descriptions, Form, Input, Radio, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import { zhCN } from '../../../i18n/zh-CN';
import { isFutureDate } from '../../plans/plans';
import { DRILL_RATINGS } from '../drills';
import { useEvaluateDrill } from '../service';
import type { Drill, DrillRating } from '../types';

interface FormValues {
  rating: DrillRating;
  strengths?: string;
  problems: string;
  evaluatedBy?: string;
  evaluatedOn: Dayjs;
}

const RATING_COLORS: Record<string, string> = { excellent: 'green', good: 'blue', fair: 'orange', poor: 'red' };

function EvaluationModal({ drill, onClose }: { drill: Drill; onClose: () => void }) {
  const t = zhCN.drills.evaluation;
  const evaluate = useEvaluateDrill();
  const current = drill.evaluation;
  const submit = (values: FormValues) =>
    evaluate.mutateAsync({
      id: drill.id,
      input: {
        rating: values.rating,
        strengths: values.strengths?.trim() ?? '',
        problems: values.problems.trim(),
        evaluatedBy: values.evaluatedBy?.trim() || null,
        evaluatedOn: values.evaluatedOn.format('YYYY-MM-DD'),
        version: drill.version,
      },
    });

  return (
    <FormModal
      width={680}
      title={t.title}
      okText={zhCN.drills.actions.ok}
      cancelText={zhCN.drills.drillForm.cancel}
      name="drill-evaluation"
      initialValues={
        current
          ? {
              rating: current.rating,
              strengths: current.strengths,
              problems: current.problems,
              evaluatedBy: current.evaluatedBy ?? undefined,
              evaluatedOn: dayjs(current.evaluatedOn),
            }
          : undefined
      }
      submit={submit}
      pending={evaluate.isPending}
      saved={t.saved}
      onClose={onClose}
    >
      <Form.Item name="rating" label={t.rating} rules={[{ required: true, message: t.ratingRequired }]}>
        <Radio.Group
          optionType="button"
          options={DRILL_RATINGS.map((value) => ({ value, label: zhCN.drills.ratings[value] }))}
        />
      </Form.Item>
      <Form.Item name="strengths" label={t.strengths}>
        <Input.TextArea rows={3} maxLength={20000} />
      </Form.Item>
      <Form.Item name="problems" label={t.problems} rules={[{ required: true, whitespace: true, message: t.problemsRequired }]}>
        <Input.TextArea rows={4} maxLength={20000} />
      </Form.Item>
      <Form.Item name="evaluatedBy" label={t.evaluatedBy}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="evaluatedOn" label={t.evaluatedOn} rules={[{ required: true, message: t.evaluatedOnRequired }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(day: Dayjs) => {
            const iso = day.format('YYYY-MM-DD');
            return isFutureDate(iso) || (drill.heldOn !== null && iso < drill.heldOn);
          }}
        />
      </Form.Item>
    </FormModal>
  );
}

/** 演练评估: rating, 做得好的方面, 发现的问题, evaluator and date; the organizer fills it in once held. */
export function EvaluationCard({ drill, canEvaluate }: { drill: Drill; canEvaluate: boolean }) {
  const t = zhCN.drills.evaluation;
  const [open, setOpen] = useState(false);
  const evaluation = drill.evaluation;
  return (
    <Card
      title={t.title}
      data-testid="drill-evaluation"
      extra={
        canEvaluate && (
          <Button icon={<AuditOutlined />} onClick={() => setOpen(true)}>
            {evaluation ? t.reevaluate : t.evaluate}
          </Button>
        )
      }
    >
      {evaluation ? (
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t.rating}>
            <Tag color={RATING_COLORS[evaluation.rating]}>{evaluation.ratingLabel}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t.evaluatedOn}>
            {evaluation.evaluatedOn}
            {evaluation.evaluatedBy && `（${evaluation.evaluatedBy}）`}
          </Descriptions.Item>
          <Descriptions.Item label={t.strengths} span={2}>
            <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
              {evaluation.strengths || zhCN.drills.detail.noText}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t.problems} span={2}>
            <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{evaluation.problems}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">{drill.status === 'held' ? t.none : t.notHeld}</Typography.Text>
      )}
      {open && <EvaluationModal drill={drill} onClose={() => setOpen(false)} />}
    </Card>
  );
}
