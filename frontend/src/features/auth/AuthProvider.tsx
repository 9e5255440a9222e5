import { Button, Result, Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { zhCN } from '../../i18n/zh-CN';
import { authenticate } from './service';
import { SessionContext } from './useSession';
import type { Session } from './types';

type State = { status: 'loading' } | { status: 'ready'; session: Session } | { status: 'failed' };

/** Renders its children only for a logged-in user. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    authenticate().then(
      (session) => setState({ status: 'ready', session }),
      () => setState({ status: 'failed' }),
    );
  }, []);

  if (state.status === 'loading') {
    return <Spin fullscreen tip={zhCN.auth.loading} />;
  }
  if (state.status === 'failed') {
    return (
      <Result
        status="warning"
        title={zhCN.auth.initFailed}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {zhCN.auth.retry}
          </Button>
        }
      />
    );
  }
  return <SessionContext value={state.session}>{children}</SessionContext>;
}
