import { App as AntdApp } from 'antd';
import type { ReactNode } from 'react';

interface ConfirmAction {
  title: ReactNode;
  content: ReactNode;
  okText: string;
  cancelText: string;
  /** The OK button is red: the action cannot be undone. */
  danger?: boolean;
  /** The mutation to run once confirmed. */
  run: () => Promise<unknown>;
  /** Said once it succeeded. */
  done: string;
}

/**
 * Asks before an action and runs it on OK: success is said, a failure is left to the central handler (the
 * confirmation closes either way).
 */
export function useConfirmAction(): (action: ConfirmAction) => void {
  const { modal, message } = AntdApp.useApp();
  return ({ title, content, okText, cancelText, danger, run, done }) => {
    modal.confirm({
      title,
      content,
      okText,
      cancelText,
      ...(danger && { okButtonProps: { danger: true } }),
      onOk: () =>
        run()
          .then(() => void message.success(done))
          .catch(() => undefined),
    });
  };
}
