import type { Schemas } from '../../api/schemas';

/** 人员: a person of the caller's tenant as our records know them (GET /api/v1/people). */
export type Person = Schemas['Person'];

/** The tenant admin's correction (PUT /api/v1/people/{id}). */
export interface PersonInput {
  name: string;
  title: string | null;
  unitId: string | null;
  version: number;
}
