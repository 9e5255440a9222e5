import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { Link } from 'react-router';

/** A detail page's record was not found (or may not be seen): says so, with the way back to its list. */
export function DetailNotFound({ title, back, to }: { title: string; back: string; to: string }) {
  return (
    <Result
      status="404"
      title={title}
      extra={
        <Link to={to}>
          <Button type="primary">{back}</Button>
        </Link>
      }
    />
  );
}

/** The link above a detail page back to its list. */
export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Link to={to}>
      <ArrowLeftOutlined /> {children}
    </Link>
  );
}
