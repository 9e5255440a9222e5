import type { PlanTemplate, TemplateInput, TemplateKind } from './types';
import type { PlanCategory } from '../plans/types';

export const TEMPLATE_KINDS: readonly TemplateKind[] = ['template', 'guide'];

/** What the viewer may do with a template: only the own tier's drafts change; any usable template starts a plan. */
export function templateActions(
  template: Pick<PlanTemplate, 'own' | 'published' | 'kind'>,
  canCompile: boolean,
): { edit: boolean; publish: boolean; use: boolean } {
  const ownDraft = canCompile && template.own && !template.published;
  return {
    edit: ownDraft,
    publish: ownDraft,
    use: canCompile && template.kind === 'template' && (template.published || template.own),
  };
}

/** The form's values as the API wants them: trimmed, a guide without a category unless one was chosen. */
export function toTemplateInput(values: {
  kind: TemplateKind;
  title: string;
  category?: PlanCategory | null;
  eventTypes?: string[];
  description?: string | null;
  body?: string | null;
}): TemplateInput {
  const description = values.description?.trim();
  return {
    kind: values.kind,
    title: values.title.trim(),
    category: values.category ?? null,
    eventTypes: values.eventTypes ?? [],
    description: description ? description : null,
    body: values.body?.trim() ?? '',
  };
}
