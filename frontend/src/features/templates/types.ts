import type { Narrowed, Schemas } from '../../api/schemas';
import type { PlanCategory } from '../plans/types';

/** 预案模板 (a plan to start from) or 编修指南 (how to revise). */
export type TemplateKind = 'template' | 'guide';

/** `GET /api/v1/plan-templates`: own ones (drafts too) and those published by the tiers above. */
export type PlanTemplate = Narrowed<
  Schemas['PlanTemplates.Template'],
  { kind: TemplateKind; category: PlanCategory | null }
>;

/** Body of `POST /api/v1/plan-templates`; `PUT` adds the `version` read. */
export interface TemplateInput {
  kind: TemplateKind;
  title: string;
  category: PlanCategory | null;
  eventTypes: string[];
  description: string | null;
  body: string;
}
