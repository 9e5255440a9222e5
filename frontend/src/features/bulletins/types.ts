/** 定期通报: a kept monthly compliance bulletin of a tenant (its files are downloaded separately). */
export interface Bulletin {
  id: string;
  tenantCode: string;
  tenantName: string;
  month: string;
  generatedAt: string;
  generatedBy: string;
  score: number | null;
}
