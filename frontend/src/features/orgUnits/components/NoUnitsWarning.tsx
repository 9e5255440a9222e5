import { Alert } from 'antd';

/** Above a form that needs a unit of the region: says there is none to choose (once the list has arrived). */
export function NoUnitsWarning({ units, loading, message }: { units: readonly unknown[] | undefined; loading: boolean; message: string }) {
  return !loading && (units ?? []).length === 0 ? (
    <Alert type="warning" showIcon message={message} style={{ marginBottom: 16 }} />
  ) : null;
}
