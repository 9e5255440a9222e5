import { Tag } from 'antd';
import { useEffect, useState } from 'react';
import { zhCN } from '../../../i18n/zh-CN';
import { minutesLeft } from '../events';
import type { Clock } from '../types';

/** One report clock counting down (剩余 n 分钟), red once past (已超时 n 分钟), with who owes it. */
export function ClockTag({ clock, showAssignee }: { clock: Clock; showAssignee: boolean }) {
  const t = zhCN.events.event;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  const left = minutesLeft(clock, now);
  const who = showAssignee ? `${clock.assigneeTenantName} ` : '';
  return (
    <Tag color={left < 0 ? 'red' : left <= 10 ? 'orange' : 'blue'} data-testid="clock">
      {who}
      {clock.kindLabel} {left < 0 ? t.overdue(-left) : t.left(left)}
    </Tag>
  );
}
