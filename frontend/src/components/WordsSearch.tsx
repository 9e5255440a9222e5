import { Input } from 'antd';
import type { CSSProperties } from 'react';

interface Props {
  testId: string;
  placeholder: string;
  enterButton: string;
  /** The words searched for now (the box starts with them, e.g. from ?q=), and the page shown of their hits. */
  q: string;
  page: number;
  /** A search for other words (the page goes back to the first). */
  onSearch: (q: string) => void;
  /** Asks the same search again. */
  refetch: () => unknown;
  style?: CSSProperties;
}

/**
 * The words box of a search page. Searching again for the words already shown asks again: the indexer may
 * have caught up with new records meanwhile.
 */
export function WordsSearch({ testId, placeholder, enterButton, q, page, onSearch, refetch, style }: Props) {
  return (
    <div data-testid={testId} style={style}>
      <Input.Search
        allowClear
        enterButton={enterButton}
        style={{ width: 480 }}
        maxLength={200}
        defaultValue={q}
        placeholder={placeholder}
        onSearch={(value) => {
          if (value === q && page === 0) {
            void refetch();
          }
          onSearch(value);
        }}
      />
    </div>
  );
}
