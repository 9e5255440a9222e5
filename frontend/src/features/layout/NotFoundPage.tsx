import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { zhCN } from '../../i18n/zh-CN';

export default function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={zhCN.layout.notFound}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {zhCN.layout.backHome}
        </Button>
      }
    />
  );
}
