import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { zhCN } from '../i18n/zh-CN';
import { ApiError, problemMessage } from './problem';

/**
 * The sentence the central error handler shows for a failed request, or nothing on 401 (the browser is
 * already on its way to the login page).
 */
export function errorText(error: unknown): string | undefined {
  if (error instanceof ApiError) {
    return error.status === 401 ? undefined : problemMessage(error.problem);
  }
  return zhCN.errors.unknown;
}

const isClientError = (error: unknown) => error instanceof ApiError && error.status >= 400 && error.status < 500;

/** Every failed query or mutation is reported once, through `show`. */
export function createQueryClient(show: (text: string) => void): QueryClient {
  const onError = (error: unknown) => {
    const text = errorText(error);
    if (text) {
      show(text);
    }
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // A 4xx will not heal by asking again; a flaky network might.
        retry: (failures, error) => failures < 2 && !isClientError(error),
        refetchOnWindowFocus: false,
      },
    },
  });
}
