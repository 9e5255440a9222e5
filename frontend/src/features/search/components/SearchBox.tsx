import { Input } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { searchPath } from '../search';

/** The header's one box: opens 全局检索 for the words, and shows them while that page is open. */
export function SearchBox() {
  const location = useLocation();
  const [params] = useSearchParams();
  const shown = location.pathname === '/search' ? (params.get('q') ?? '') : '';
  // a new address starts the box afresh from its words
  return <WordsBox key={shown} initial={shown} />;
}

function WordsBox({ initial }: { initial: string }) {
  const navigate = useNavigate();
  const [words, setWords] = useState(initial);
  return (
    <Input.Search
      data-testid="unified-search"
      allowClear
      maxLength={100}
      placeholder={zhCN.search.placeholder}
      value={words}
      onChange={(event) => setWords(event.target.value)}
      onSearch={(value) => {
        if (value.trim() !== '') {
          void navigate(searchPath(value));
        }
      }}
      style={{ width: 360 }}
    />
  );
}
