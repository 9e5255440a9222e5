import { Alert, App as AntdApp, Button, Card, DatePicker, Descriptions, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormModal } from '../../../components/FormModal';
import { useConfirmAction } from '../../../components/useConfirmAction';
import { zhCN } from '../../../i18n/zh-CN';
import { ActionsTable } from '../../drills/components/ActionsTable';
import { NoUnitsWarning } from '../../orgUnits/components/NoUnitsWarning';
import { UnitSelect } from '../../orgUnits/components/UnitSelect';
import { useOrgUnits } from '../../orgUnits/service';
import { formatTime } from '../events';
import { useAddEventAction, useCloseEvent, useEvaluateEvent, useEventCase, useReviewEvent } from '../service';
import type { EvaluationInput, EventDetail, ReviewConclusion } from '../types';

const t = zhCN.events.closing;

/**
 * 总结评估与结案: what closing still lacks, the evaluation (a form for the handling office while the event is open),
 * its 整改措施, 结案, 转为案例 once closed, and 回头看. The tiers above read it all.
 */
export function ClosingCard({ data }: { data: EventDetail }) {
  const { closing, event } = data;
  const own = event.own;
  const confirm = useConfirmAction();
  const navigate = useNavigate();
  const close = useCloseEvent(event.id);
  const toCase = useEventCase(event.id);
  const [adding, setAdding] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const closed = event.status === 'closed';

  return (
    <Card
      title={t.title}
      size="small"
      data-testid="closing-card"
      extra={
        <Space>
          {closing.canClose && (
            <Button
              type="primary"
              data-testid="close-event"
              onClick={() =>
                confirm({
                  title: t.close,
                  content: t.closeConfirm,
                  okText: t.close,
                  cancelText: t.cancel,
                  run: () => close.mutateAsync(data.version),
                  done: t.closedDone,
                })
              }
            >
              {t.close}
            </Button>
          )}
          {closed && own && !closing.caseId && (
            <Button
              type="primary"
              data-testid="event-to-case"
              onClick={() =>
                confirm({
                  title: t.toCase,
                  content: t.toCaseConfirm,
                  okText: t.toCase,
                  cancelText: t.cancel,
                  run: async () => {
                    const after = await toCase.mutateAsync();
                    if (after.closing.caseId) {
                      void navigate(`/cases/${after.closing.caseId}`);
                    }
                  },
                  done: t.toCaseDone,
                })
              }
            >
              {t.toCase}
            </Button>
          )}
          {closing.caseId && <Link to={`/cases/${closing.caseId}`}>{t.viewCase}</Link>}
        </Space>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {closing.missing.length > 0 && own && (
          <Alert type="info" showIcon message={t.missing(closing.missing.join('，'))} data-testid="closing-missing" />
        )}
        {closed && closing.closedBy && closing.closedAt && (
          <Typography.Text type="secondary" data-testid="closed-by">
            {t.closedBy(closing.closedBy, formatTime(closing.closedAt))}
          </Typography.Text>
        )}
        {closing.canEvaluate ? <EvaluationForm data={data} /> : <EvaluationView data={data} />}
        <Space direction="vertical" size={4} style={{ width: '100%' }}>
          <Space style={{ justifyContent: 'space-between', width: '100%' }}>
            <Typography.Text strong>{t.actions}</Typography.Text>
            {own && closing.evaluation && (
              <Button size="small" onClick={() => setAdding(true)}>
                {t.addAction}
              </Button>
            )}
          </Space>
          <ActionsTable actions={closing.actions} canWrite={own} scrollX={860} />
        </Space>
        {closed && (
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Text strong>{t.reviews}</Typography.Text>
              {own && (
                <Button size="small" onClick={() => setReviewing(true)}>
                  {t.addReview}
                </Button>
              )}
            </Space>
            <List
              size="small"
              data-testid="reviews"
              locale={{ emptyText: t.noReviews }}
              dataSource={closing.reviews}
              renderItem={(r) => (
                <List.Item key={r.id}>
                  <Space direction="vertical" size={0}>
                    <Space wrap>
                      <Typography.Text strong>{r.reviewedOn}</Typography.Text>
                      <Tag color={r.conclusion === 'effective' ? 'green' : r.conclusion === 'partial' ? 'orange' : 'red'}>
                        {r.conclusionLabel}
                      </Tag>
                      <Typography.Text type="secondary">{r.reviewers}</Typography.Text>
                    </Space>
                    <Typography.Text>{r.findings}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Space>
        )}
      </Space>
      {adding && <EventActionModal data={data} onClose={() => setAdding(false)} />}
      {reviewing && <ReviewModal data={data} onClose={() => setReviewing(false)} />}
    </Card>
  );
}

function EvaluationView({ data }: { data: EventDetail }) {
  const e = data.closing.evaluation;
  if (!e) {
    return <Typography.Text type="secondary">{t.noEvaluation}</Typography.Text>;
  }
  return (
    <Space direction="vertical" size={0} style={{ width: '100%' }} data-testid="evaluation">
      <Descriptions column={1} size="small" title={t.evaluation}>
        <Descriptions.Item label={t.process}>{e.process}</Descriptions.Item>
        <Descriptions.Item label={t.whatWorked}>{e.whatWorked || '—'}</Descriptions.Item>
        <Descriptions.Item label={t.problems}>{e.problems || '—'}</Descriptions.Item>
        <Descriptions.Item label={t.lessons}>{e.lessons || '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary">{t.evaluatedBy(e.evaluatedBy, formatTime(e.evaluatedAt))}</Typography.Text>
    </Space>
  );
}

/** The handling office's evaluation, written again as often as needed until the event is closed. */
function EvaluationForm({ data }: { data: EventDetail }) {
  const [form] = Form.useForm<Omit<EvaluationInput, 'version'>>();
  const evaluate = useEvaluateEvent(data.event.id);
  const { message } = AntdApp.useApp();
  const e = data.closing.evaluation;
  return (
    <Form
      form={form}
      layout="vertical"
      name="event-evaluation"
      initialValues={{
        process: e?.process ?? '',
        whatWorked: e?.whatWorked ?? '',
        problems: e?.problems ?? '',
        lessons: e?.lessons ?? '',
      }}
      onFinish={async (values) => {
        await evaluate.mutateAsync({ ...values, process: values.process.trim(), version: data.version });
        void message.success(t.evaluationSaved);
      }}
    >
      <Typography.Text strong>{t.evaluation}</Typography.Text>
      {e && (
        <div>
          <Typography.Text type="secondary">{t.evaluatedBy(e.evaluatedBy, formatTime(e.evaluatedAt))}</Typography.Text>
        </div>
      )}
      <Form.Item name="process" label={t.process} rules={[{ required: true, whitespace: true, message: t.processRequired }]}>
        <Input.TextArea rows={3} maxLength={20000} />
      </Form.Item>
      <Form.Item name="whatWorked" label={t.whatWorked}>
        <Input.TextArea rows={2} maxLength={20000} />
      </Form.Item>
      <Form.Item name="problems" label={t.problems}>
        <Input.TextArea rows={2} maxLength={20000} />
      </Form.Item>
      <Form.Item name="lessons" label={t.lessons}>
        <Input.TextArea rows={2} maxLength={20000} />
      </Form.Item>
      <Button htmlType="submit" loading={evaluate.isPending}>
        {t.saveEvaluation}
      </Button>
    </Form>
  );
}

interface ActionValues {
  description: string;
  ownerUnitId: string;
  dueOn: Dayjs;
}

/** 新增整改措施 of the event: what, which unit of the office, by when (not before the event). */
function EventActionModal({ data, onClose }: { data: EventDetail; onClose: () => void }) {
  const f = zhCN.drills.correctiveActions.form;
  const [form] = Form.useForm<ActionValues>();
  const { data: units, isFetching } = useOrgUnits(undefined);
  const add = useAddEventAction(data.event.id);
  const since = dayjs(data.event.occurredAt).format('YYYY-MM-DD');
  return (
    <FormModal
      width={600}
      title={t.addAction}
      okText={t.ok}
      cancelText={t.cancel}
      name="event-action"
      form={form}
      submit={(v: ActionValues) =>
        add.mutateAsync({
          description: v.description.trim(),
          ownerUnitId: v.ownerUnitId,
          dueOn: v.dueOn.format('YYYY-MM-DD'),
          planId: null,
        })
      }
      pending={add.isPending}
      saved={f.saved}
      onClose={onClose}
    >
      <Form.Item name="description" label={f.description} rules={[{ required: true, whitespace: true, message: f.descriptionRequired }]}>
        <Input.TextArea rows={3} maxLength={2000} autoFocus />
      </Form.Item>
      <NoUnitsWarning units={units} loading={isFetching} message={f.unitEmpty} />
      <Form.Item name="ownerUnitId" label={f.unit} rules={[{ required: true, message: f.unitRequired }]}>
        <UnitSelect loading={isFetching} placeholder={f.unitRequired} units={units} />
      </Form.Item>
      <Form.Item name="dueOn" label={f.dueOn} rules={[{ required: true, message: f.dueOnRequired }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(day: Dayjs) => day.format('YYYY-MM-DD') < since} />
      </Form.Item>
    </FormModal>
  );
}

interface ReviewValues {
  reviewedOn: Dayjs;
  reviewers: string;
  findings: string;
  conclusion: ReviewConclusion;
}

/** 开展回头看: when (since the closing, not after today), by whom, what was found, the conclusion. */
function ReviewModal({ data, onClose }: { data: EventDetail; onClose: () => void }) {
  const [form] = Form.useForm<ReviewValues>();
  const review = useReviewEvent(data.event.id);
  const closedOn = dayjs(data.closing.closedAt).format('YYYY-MM-DD');
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <FormModal
      width={600}
      title={t.addReview}
      okText={t.ok}
      cancelText={t.cancel}
      name="event-review"
      form={form}
      initialValues={{ reviewedOn: dayjs() }}
      submit={(v: ReviewValues) =>
        review.mutateAsync({
          reviewedOn: v.reviewedOn.format('YYYY-MM-DD'),
          reviewers: v.reviewers.trim(),
          findings: v.findings.trim(),
          conclusion: v.conclusion,
        })
      }
      pending={review.isPending}
      saved={t.reviewSaved}
      onClose={onClose}
    >
      <Form.Item name="reviewedOn" label={t.reviewedOn} rules={[{ required: true, message: t.reviewedOnRequired }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(day: Dayjs) => day.format('YYYY-MM-DD') < closedOn || day.format('YYYY-MM-DD') > today}
        />
      </Form.Item>
      <Form.Item name="reviewers" label={t.reviewers} rules={[{ required: true, whitespace: true, message: t.reviewersRequired }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="findings" label={t.findings} rules={[{ required: true, whitespace: true, message: t.findingsRequired }]}>
        <Input.TextArea rows={4} maxLength={20000} />
      </Form.Item>
      <Form.Item name="conclusion" label={t.conclusion} rules={[{ required: true, message: t.conclusionRequired }]}>
        <Select options={Object.entries(t.conclusions).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
    </FormModal>
  );
}
