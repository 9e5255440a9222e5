/** 预警发布: the shapes of /api/v1/warnings (docs/warnings.md). */
import type { Narrowed, Schemas } from '../../api/schemas';

export type WarningLevel = 'red' | 'orange' | 'yellow' | 'blue';
export type WarningStatus = 'draft' | 'approved' | 'published' | 'superseded' | 'cancelled';
export type WarningMessage = 'alert' | 'update' | 'cancel';

export type Warning = Narrowed<
  Schemas['WarningViews.Warning'],
  { level: WarningLevel; status: WarningStatus; message: WarningMessage }
>;
export type Acknowledgement = Schemas['WarningViews.Acknowledgement'];
export type WarningInput = Narrowed<Schemas['WarningViews.WarningRequest'], { level: WarningLevel }>;

/** `scope` of the list: the office's own, those for its area, or both. */
export type WarningScope = 'issued' | 'received' | 'all';
