import type { Schemas } from '../../api/schemas';
/** 定期通报: a kept monthly compliance bulletin of a tenant (its files are downloaded separately). */
export type Bulletin = Schemas['Bulletins.Bulletin'];
