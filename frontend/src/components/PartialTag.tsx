import { Tag } from 'antd';
import { zhCN } from '../i18n/zh-CN';
import { isPartial, type MatchMode } from './matching';

/** 部分匹配, beside a hit that holds only some of the words; nothing beside a full match. */
export function PartialTag({ hit }: { hit: { match?: MatchMode | null } }) {
  return isPartial(hit) ? (
    <Tag color="gold" data-testid="partial-tag">
      {zhCN.search.partial}
    </Tag>
  ) : null;
}
