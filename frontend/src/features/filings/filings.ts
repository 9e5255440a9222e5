import { zhCN } from '../../i18n/zh-CN';
import type { Filing, FilingMaterial, FilingStatus } from './types';

export const FILING_STATUSES: readonly FilingStatus[] = ['pending', 'filed', 'returned'];

const COLORS: Record<FilingStatus, string> = { pending: 'gold', filed: 'green', returned: 'red' };

/** The antd Tag for a filing status. */
export function filingStatusTag(status: string): { color: string; label: string } {
  return {
    color: COLORS[status as FilingStatus] ?? 'default',
    label: zhCN.filings.statuses[status] ?? status,
  };
}

/** The receipt exists once the authority accepted the filing. */
export const hasReceipt = (filing: Pick<Filing, 'status'>): boolean => filing.status === 'filed';

/** A reviewer decides only what is still pending. */
export const canDecide = (filing: Pick<Filing, 'status'>, canReview: boolean): boolean =>
  canReview && filing.status === 'pending';

/** The file name the browser saves a receipt under. */
export function receiptFileName(filing: Pick<Filing, 'planTitle' | 'decision' | 'id'>): string {
  const number = filing.decision?.filingNumber ?? filing.id;
  const safe = (text: string) => text.replace(/[\\/:*?"<>|\s]+/g, '_');
  return `备案回执-${safe(filing.planTitle)}-${safe(number)}.pdf`;
}

/**
 * The Idempotency-Key of a submission: one per click of 报送备案, kept while the request may be retried
 * (network failure, 5xx) so the server records at most one filing, dropped once the server has answered.
 */
export class IdempotencyKeys {
  private current: string | undefined;

  constructor(private readonly generate: () => string = () => crypto.randomUUID()) {}

  /** The key for this attempt: the pending one on retry, else a new one. */
  next(): string {
    this.current ??= this.generate();
    return this.current;
  }

  /** After an answer that settles the request (success or a 4xx): the next click is a new submission. */
  settle(): void {
    this.current = undefined;
  }
}

/** Whether a failed submission may be sent again with the same key. */
export const isRetryable = (status: number): boolean => status === 0 || status >= 500;

/** The 备案材料 the owner's policy requires and the plan lacks: 报送备案 waits until there are none. */
export const missingMaterials = (materials: readonly FilingMaterial[] | undefined): FilingMaterial[] =>
  (materials ?? []).filter((m) => m.required && !m.present);
