import { App as AntdApp, Button, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { zhCN } from '../../../i18n/zh-CN';
import { secondsLeft } from '../duty';
import { useAnswerSpotCheck, useSpotChecks } from '../service';

/**
 * 查岗 as the checked office's duty officer meets it: a dialog over whatever page is open, which only the answer
 * closes, counting the window down. It follows the office's pending checks, which every live notification
 * refreshes (the bell's stream), so a check appears the moment it is sent and on every page opened later.
 */
export function SpotCheckPrompt() {
  const t = zhCN.duty.prompt;
  const { message } = AntdApp.useApp();
  const pending = useSpotChecks('pending');
  const answer = useAnswerSpotCheck();
  const [now, setNow] = useState(() => Date.now());
  const check = pending.data?.[0] ?? null;
  const checkId = check?.id;
  useEffect(() => {
    if (!checkId) {
      return undefined;
    }
    // the clock starts with the check in view, not when the page was opened
    const first = window.setTimeout(() => setNow(Date.now()), 0);
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [checkId]);
  if (!check) {
    return null;
  }
  const left = secondsLeft(check.answerDueAt, now);
  return (
    <Modal
      open
      title={t.title}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button
          type="primary"
          size="large"
          loading={answer.isPending}
          onClick={() => answer.mutateAsync({ id: check.id, note: null }).then((a) => message.success(`${t.answered}：${a.outcomeLabel}`))}
          data-testid="answer-spot-check"
        >
          {t.answer}
        </Button>
      }
    >
      <Space direction="vertical" data-testid="spot-check-prompt">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t.from(check.tenantName, check.methodLabel)}
        </Typography.Title>
        <Typography.Text>{t.body}</Typography.Text>
        {check.postName && <Typography.Text type="secondary">{check.postName}</Typography.Text>}
        <Typography.Text strong type={left > 0 ? 'warning' : 'danger'} data-testid="spot-check-countdown">
          {left > 0 ? t.left(left) : t.over(-left)}
        </Typography.Text>
      </Space>
    </Modal>
  );
}
