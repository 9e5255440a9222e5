import { Alert, Space, Typography } from 'antd';
import { zhCN } from '../i18n/zh-CN';
import { matchNotice, type Matching } from './matching';

interface Props {
  result: Matching | undefined;
  /** Searches for a suggested word instead. */
  onSuggest: (word: string) => void;
}

/** Above a search's hits: 部分匹配 notice, or 您是不是要找 with the suggested words to click. */
export function MatchNotice({ result, onSuggest }: Props) {
  const t = zhCN.search;
  const notice = matchNotice(result);
  if (notice === 'partial') {
    return <Alert type="info" showIcon message={t.partialNotice} data-testid="partial-notice" />;
  }
  if (notice === 'suggestions') {
    return (
      <Space wrap data-testid="search-suggestions">
        <Typography.Text>{t.didYouMean}</Typography.Text>
        {result?.suggestions?.map((word) => (
          <Typography.Link key={word} onClick={() => onSuggest(word)} data-testid="search-suggestion">
            {word}
          </Typography.Link>
        ))}
      </Space>
    );
  }
  return null;
}
