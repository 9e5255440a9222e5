import { Tag, Tooltip } from 'antd';
import { zhCN } from '../i18n/zh-CN';

/** How a search found a hit: every word (`full`, shown as nothing) or by meaning (`semantic`, 语义检索). */
export type Match = 'full' | 'partial' | 'semantic';

/** A discreet mark on a hit found by meaning rather than by every word of the query. */
export function MatchTag({ match }: { match?: Match | null }) {
  if (match !== 'semantic') {
    return null;
  }
  return (
    <Tooltip title={zhCN.search.semanticHint}>
      <Tag bordered={false} color="purple" data-testid="semantic-match">
        {zhCN.search.semantic}
      </Tag>
    </Tooltip>
  );
}
