import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { zhCN } from '../../../i18n/zh-CN';
import { hasReceipt, receiptFileName } from '../filings';
import { useDownloadReceipt } from '../service';
import type { Filing } from '../types';

/** 下载回执, for accepted filings only. */
export function ReceiptButton({ filing, size }: { filing: Filing; size?: 'small' | 'middle' }) {
  const download = useDownloadReceipt();
  if (!hasReceipt(filing)) {
    return null;
  }
  return (
    <Button
      size={size}
      icon={<DownloadOutlined />}
      loading={download.isPending}
      onClick={() => download.mutate({ id: filing.id, fileName: receiptFileName(filing) })}
    >
      {zhCN.filings.receipt}
    </Button>
  );
}
