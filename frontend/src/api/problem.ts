import { zhCN } from '../i18n/zh-CN';

/** RFC 9457 problem details as the API sends them, with our stable `code`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  /** What is wrong, item by item: fields of a form, or rows of an imported sheet (`row` as Excel numbers it). */
  errors?: ProblemError[];
}

export interface ProblemError {
  row?: number;
  field: string;
  message: string;
}

/** A failed API call; `status` 0 means the server was not reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problemMessage(problem));
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/**
 * Reads an error response body. Anything that is not problem JSON (a proxy's HTML page, an empty body)
 * still yields a problem, so callers handle one shape.
 */
export function parseProblem(status: number, body: string): Problem {
  const fallback: Problem = { type: 'about:blank', title: zhCN.errors.status(status), status };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return fallback;
  }
  if (!isRecord(json)) {
    return fallback;
  }
  const problem: Problem = {
    type: text(json.type) ?? fallback.type,
    title: text(json.title) ?? fallback.title,
    status: typeof json.status === 'number' ? json.status : status,
  };
  const detail = text(json.detail);
  const code = text(json.code);
  const errors = Array.isArray(json.errors) ? json.errors.filter(isProblemError) : undefined;
  return { ...problem, ...(detail && { detail }), ...(code && { code }), ...(errors?.length && { errors }) };
}

function isProblemError(value: unknown): value is ProblemError {
  return (
    isRecord(value) &&
    typeof value.field === 'string' &&
    typeof value.message === 'string' &&
    (value.row === undefined || typeof value.row === 'number')
  );
}

export function networkProblem(): Problem {
  return { type: 'about:blank', title: zhCN.errors.network, status: 0 };
}

/** The sentence to show a person: the zh-CN detail when the API gave one. */
export function problemMessage(problem: Problem): string {
  return problem.detail ?? problem.title;
}
