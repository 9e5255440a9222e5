import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client';
import type { PlanTemplate, TemplateInput, TemplateKind } from './types';

const TEMPLATES = 'plan-templates';

export function useTemplates(kind?: TemplateKind) {
  return useQuery({
    queryKey: [TEMPLATES, kind ?? 'all'],
    queryFn: () => apiGet<PlanTemplate[]>(kind ? `/api/v1/plan-templates?kind=${kind}` : '/api/v1/plan-templates'),
  });
}

const templatePath = (id: string, action = '') =>
  `/api/v1/plan-templates/${encodeURIComponent(id)}${action && `/${action}`}`;

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [TEMPLATES] });
}

export type SaveTemplate = { id?: undefined; input: TemplateInput } | { id: string; input: TemplateInput & { version: number } };

/** 新建 (no id) or 编辑 a draft. */
export function useSaveTemplate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, input }: SaveTemplate) =>
      id === undefined
        ? apiSend<PlanTemplate>('/api/v1/plan-templates', input)
        : apiSend<PlanTemplate>(templatePath(id), input, 'PUT'),
    onSettled: refresh,
  });
}

/** 发布: the tiers below may use it from now on; it is no longer edited. */
export function usePublishTemplate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiSend<PlanTemplate>(templatePath(id, 'publish'), { version }),
    onSettled: refresh,
  });
}
