import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App as AntdApp, Button, Card, Empty, List, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { zhCN } from '../../i18n/zh-CN';
import { useTenantTree } from '../tenants/service';
import { AbsenceFormModal } from './components/AbsenceFormModal';
import { PostFormModal } from './components/PostFormModal';
import { ShiftFormModal } from './components/ShiftFormModal';
import { addDays, formatSpan, type RosterDay, regionsBelow, rosterDays, shiftHours, shiftStart, weekStart } from './duty';
import { useRemoveShift, useRoster } from './service';
import type { Shift } from './types';

/**
 * 值班排班: an office's week of duty as a calendar — each day's 带班领导 and 值班员, who is on duty now, the stretches
 * short of staff against the policy (checked before they start) and the leaders' absence reports. An upper tier
 * reads the rosters of the offices below it (`?tenant=`); the week is in the URL (`?from=`).
 */
export default function RosterPage() {
  const t = zhCN.duty;
  const { message } = AntdApp.useApp();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? weekStart(new Date());
  const tenant = params.get('tenant');
  const roster = useRoster(tenant, from, 7);
  const tree = useTenantTree();
  const remove = useRemoveShift();
  const [adding, setAdding] = useState<string | null>(null);
  const [absent, setAbsent] = useState(false);
  const [newPost, setNewPost] = useState(false);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) {
      next.set(key, value);
    } else {
      next.delete(key);
    }
    setParams(next);
  };
  const data = roster.data;
  const days = data ? rosterDays(from, 7, data.shifts, data.gaps) : [];
  const below = regionsBelow(tree.data?.root);
  const editable = data?.editable ?? false;

  const people = (shifts: Shift[]) =>
    shifts.map((s) => (
      <Tag key={s.id} color={s.role === 'leader' ? 'gold' : 'blue'} data-testid="roster-shift">
        {s.personName}
        <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 4 }}>
          {shiftHours(s.startsAt, s.endsAt)}
        </Typography.Text>
        {editable && dayjs(s.endsAt).isAfter(dayjs()) && (
          <Popconfirm title={t.roster.removeConfirm} onConfirm={() => remove.mutateAsync(s.id).then(() => message.success(t.roster.removed))}>
            <Button type="link" size="small" danger>
              {t.roster.remove}
            </Button>
          </Popconfirm>
        )}
      </Tag>
    ));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Button icon={<LeftOutlined />} onClick={() => set('from', addDays(from, -7))}>
          {t.roster.prevWeek}
        </Button>
        <Button onClick={() => set('from', null)}>{t.roster.thisWeek}</Button>
        <Button onClick={() => set('from', addDays(from, 7))}>
          {t.roster.nextWeek} <RightOutlined />
        </Button>
        {below.length > 0 && (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ minWidth: 200 }}
            placeholder={t.roster.region}
            value={tenant}
            onChange={(v: string | undefined) => set('tenant', v ?? null)}
            options={below.map((n) => ({ value: n.code, label: n.name }))}
            data-testid="roster-region"
          />
        )}
        {editable && (
          <>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!data?.posts.length}
              onClick={() => setAdding(from)}
              data-testid="add-shifts"
            >
              {t.roster.addShifts}
            </Button>
            <Button onClick={() => setAbsent(true)}>{t.roster.reportAbsence}</Button>
            <Button onClick={() => setNewPost(true)}>{t.roster.addPost}</Button>
          </>
        )}
      </Space>
      {data && (
        <Card
          title={t.roster.title(data.tenantName)}
          extra={!editable && <Tag>{t.roster.readOnly}</Tag>}
          loading={roster.isLoading}
          data-testid="roster"
        >
          <Space direction="vertical" style={{ width: '100%' }}>
            {data.posts.length === 0 ? (
              <Alert type="info" showIcon message={t.roster.noPosts} />
            ) : (
              <Typography.Text type="secondary">
                {t.roster.posts}：{data.posts.map((p) => `${p.name}（${p.room}，${p.phone}）`).join('；')}
              </Typography.Text>
            )}
            <Space>
              <Typography.Text strong>{t.roster.onDutyNow}：</Typography.Text>
              {data.onDutyNow.length === 0 ? (
                <Tag color="red">{t.roster.nobodyOnDuty}</Tag>
              ) : (
                data.onDutyNow.map((s) => (
                  <Tag key={s.id} color={s.role === 'leader' ? 'gold' : 'blue'} data-testid="on-duty-now">
                    {s.roleLabel} {s.personName}
                  </Tag>
                ))
              )}
            </Space>
            <Table<RosterDay>
              rowKey="day"
              size="small"
              pagination={false}
              dataSource={days}
              columns={[
                { title: t.roster.day, dataIndex: 'label', width: 130 },
                { title: t.roles.leader, render: (_, d) => people(d.leaders) },
                { title: t.roles.officer, render: (_, d) => people(d.officers) },
                {
                  title: t.roster.gaps,
                  render: (_, d) =>
                    d.gaps.map((g) => (
                      <Tag key={g.from} color="red" data-testid="roster-gap">
                        {formatSpan(g.from, g.to)} {g.description}
                      </Tag>
                    )),
                },
                ...(editable
                  ? [
                      {
                        title: '',
                        width: 80,
                        render: (_: unknown, d: RosterDay) => (
                          <Button size="small" type="link" disabled={!data.posts.length} onClick={() => setAdding(d.day)}>
                            {t.roster.addShifts}
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            {data.gaps.length === 0 ? (
              <Alert type="success" showIcon message={t.roster.noGaps} />
            ) : (
              <Alert type="warning" showIcon message={t.roster.gapsHint} />
            )}
          </Space>
        </Card>
      )}
      {data && (
        <Card title={t.roster.absences} size="small">
          <List
            dataSource={data.absences}
            locale={{ emptyText: <Empty description={t.roster.noAbsences} /> }}
            renderItem={(a) => (
              <List.Item>
                {t.roster.absenceLine(a.personName, formatSpan(a.startsAt, a.endsAt), a.destination, a.deputyName)}
                {a.floodSeason && <Tag color="blue">{t.roster.floodSeason}</Tag>}
                <Typography.Text type="secondary">{a.reason}</Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      )}
      {adding && data && (
        <ShiftFormModal
          posts={data.posts}
          people={data.people}
          start={dayjs(shiftStart(adding))}
          onClose={() => setAdding(null)}
        />
      )}
      {absent && data && <AbsenceFormModal people={data.people} onClose={() => setAbsent(false)} />}
      {newPost && <PostFormModal onClose={() => setNewPost(false)} />}
    </Space>
  );
}
