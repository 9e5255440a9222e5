import { Button, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { zhCN } from '../../../i18n/zh-CN';
import { useSimilarToDescription } from '../service';
import { CaseHits } from './CaseHits';

const MAX_LENGTH = 2000;

/** 相似案例 for an event unfolding now: the officer describes it, the library answers with the closest cases. */
export function DescribeEventCard() {
  const t = zhCN.cases.describe;
  const [text, setText] = useState('');
  const similar = useSimilarToDescription();
  return (
    <Card size="small" title={t.title} data-testid="describe-event">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input.TextArea
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={4}
          maxLength={MAX_LENGTH}
          showCount
          placeholder={t.placeholder}
          aria-label={t.placeholder}
        />
        <Typography.Text type="secondary">{t.hint}</Typography.Text>
        <Button
          type="primary"
          disabled={text.trim() === ''}
          loading={similar.isPending}
          onClick={() => similar.mutate(text)}
        >
          {t.button}
        </Button>
        {similar.data && <CaseHits hits={similar.data} empty={t.empty} testId="described-similar" />}
      </Space>
    </Card>
  );
}
