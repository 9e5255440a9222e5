import { Tag, Tooltip } from 'antd';
import { zhCN } from '../i18n/zh-CN';
import type { HitMatch } from './matching';

/**
 * How a search found a hit, beside it: nothing for a hit holding every word (`full`), 部分匹配 for one holding only
 * some of them (`partial`, when no record holds all), a discreet 语义相关 for one found by meaning (`semantic`).
 */
export function MatchTag({ match }: { match?: HitMatch | null }) {
  if (match === 'partial') {
    return (
      <Tag color="gold" data-testid="partial-tag">
        {zhCN.search.partial}
      </Tag>
    );
  }
  if (match === 'semantic') {
    return (
      <Tooltip title={zhCN.search.semanticHint}>
        <Tag bordered={false} color="purple" data-testid="semantic-match">
          {zhCN.search.semantic}
        </Tag>
      </Tooltip>
    );
  }
  return null;
}
