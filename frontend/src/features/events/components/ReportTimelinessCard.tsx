import { Card, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { formatRate } from '../../obligations/obligations';
import { useDeadlineFigures } from '../../obligations/service';
import type { DeadlineLine } from '../../obligations/types';
import { FEEDBACK_CLOCKS, REPORT_CLOCKS, SPOT_CHECK_CLOCKS, WARNING_ACK_CLOCKS, reportTimeliness } from '../events';
import { useFindingFigures } from '../service';
import type { FindingLine } from '../types';

/**
 * 值守与报送时效: each region's report clocks (电话初报, 书面报告, 续报, 逐级上报) — reported on time, 迟报, or past the
 * clock and still not reported — its confirmed 漏报, 瞒报 and 谎报, and the on-time rates of its 批示 feedback,
 * spot-check answers and warning acknowledgements (叫应), from the same live obligations as 时限办理.
 */
export function ReportTimelinessCard({ region }: { region: string }) {
  const t = zhCN.events.timeliness;
  const { data, isLoading } = useDeadlineFigures(region);
  const { data: findings } = useFindingFigures(region);
  const lineKey = (line: Pick<DeadlineLine, 'own' | 'total' | 'tenantCode'>) =>
    line.own ? 'own' : line.total ? 'total' : line.tenantCode;
  const found = new Map((findings?.lines ?? []).map((l) => [lineKey(l), l]));
  const name = (line: DeadlineLine) =>
    line.own ? zhCN.obligations.figures.own : line.total ? zhCN.obligations.figures.total : line.tenantName;
  return (
    <Card title={t.title} data-testid="report-timeliness">
      <Typography.Paragraph type="secondary">{t.subtitle}</Typography.Paragraph>
      <Table<DeadlineLine>
        rowKey={lineKey}
        size="small"
        bordered
        loading={isLoading}
        pagination={false}
        dataSource={data?.lines ?? []}
        columns={[
          {
            title: zhCN.obligations.figures.region,
            key: 'region',
            render: (_, line) =>
              line.own || line.total ? name(line) : <Link to={`/compliance/${line.tenantCode}`}>{line.tenantName}</Link>,
          },
          ...(['onTime', 'late', 'overdue'] as const).map((outcome) => ({
            title: t[outcome],
            key: outcome,
            align: 'right' as const,
            render: (_: unknown, line: DeadlineLine) => (
              <span data-testid={`timeliness-${lineKey(line)}-${outcome}`}>{reportTimeliness(line, REPORT_CLOCKS)[outcome]}</span>
            ),
          })),
          {
            title: t.rate,
            key: 'rate',
            align: 'right',
            render: (_, line) => formatRate(reportTimeliness(line, REPORT_CLOCKS).rate),
          },
          ...(['missed', 'concealed', 'falseReports'] as const).map((kind) => ({
            title: zhCN.events.findings.figures[kind === 'falseReports' ? 'false' : kind],
            key: kind,
            align: 'right' as const,
            render: (_: unknown, line: DeadlineLine) => {
              const l: FindingLine | undefined = found.get(lineKey(line));
              return <span data-testid={`timeliness-${lineKey(line)}-${kind}`}>{l ? l[kind] : 0}</span>;
            },
          })),
          ...([
            ['feedback', t.feedbackRate, FEEDBACK_CLOCKS],
            ['spotCheck', t.spotCheckRate, SPOT_CHECK_CLOCKS],
            ['warningAck', t.warningAckRate, WARNING_ACK_CLOCKS],
          ] as const).map(([key, title, kinds]) => ({
            title,
            key,
            align: 'right' as const,
            render: (_: unknown, line: DeadlineLine) => {
              const figures = reportTimeliness(line, [...kinds]);
              const due = figures.onTime + figures.late + figures.overdue;
              return (
                <span data-testid={`timeliness-${lineKey(line)}-${key}`} title={t.counted(figures.onTime, due)}>
                  {formatRate(figures.rate)}
                </span>
              );
            },
          })),
        ]}
      />
    </Card>
  );
}
