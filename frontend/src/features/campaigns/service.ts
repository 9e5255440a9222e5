import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../api/client';
import { XLSX, download } from '../../api/download';
import type { Campaign, CampaignInput, CampaignTask, TaskInput } from './types';

const CAMPAIGNS = 'campaigns';

export function useCampaigns() {
  return useQuery({ queryKey: [CAMPAIGNS, 'list'], queryFn: () => apiGet<Campaign[]>('/api/v1/campaigns') });
}

export function useCampaign(id: string) {
  return useQuery({
    queryKey: [CAMPAIGNS, 'one', id],
    queryFn: () => apiGet<Campaign>(`/api/v1/campaigns/${encodeURIComponent(id)}`),
    retry: false,
  });
}

/** 分配给本地区的任务, from every campaign the viewer can see. */
export function useAssignedTasks(enabled = true) {
  return useQuery({
    queryKey: [CAMPAIGNS, 'assigned'],
    queryFn: () => apiGet<CampaignTask[]>('/api/v1/campaigns/assigned-tasks'),
    enabled,
  });
}

const campaignPath = (id: string, action = '') => `/api/v1/campaigns/${encodeURIComponent(id)}${action && `/${action}`}`;

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [CAMPAIGNS] });
}

export function useCreateCampaign() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: CampaignInput) => apiSend<Campaign>('/api/v1/campaigns', input),
    onSettled: refresh,
  });
}

export function useAddTask() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ campaignId, input }: { campaignId: string; input: TaskInput }) =>
      apiSend<CampaignTask>(campaignPath(campaignId, 'tasks'), input),
    onSettled: refresh,
  });
}

/** 下发: the campaign and its tasks become visible to the regions below. */
export function useLaunchCampaign() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiSend<Campaign>(campaignPath(id, 'launch'), { version }),
    onSettled: refresh,
  });
}

/** 导出 Excel of the board (任务分解表), exactly as the viewer sees it. */
export function useExportBoard() {
  return useMutation({
    mutationFn: ({ id, fileName }: { id: string; fileName: string }) =>
      download(campaignPath(id, 'board.xlsx'), fileName, XLSX),
  });
}
