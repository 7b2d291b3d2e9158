/**
 * The services answer every refusal as problem details (RFC 9457): `code` names the rule, `detail` says it in
 * Chinese, `errors` lists the fields at fault. ApiError carries them to the page, which shows `detail` and puts
 * each field's message beside its field.
 */
export interface FieldError {
  field: string
  message: string
}

export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  code?: string
  errors?: FieldError[]
  correlationId?: string
  [key: string]: unknown
}

export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem

  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || `请求失败（${status}）`)
    this.status = status
    this.problem = problem
  }

  get code(): string {
    return this.problem.code ?? (this.problem.type?.startsWith('urn:kaohe:problem:')
      ? this.problem.type.substring('urn:kaohe:problem:'.length) : `http-${this.status}`)
  }

  /** Someone else changed the thing since it was read (If-Match no longer matches). */
  get isConflict(): boolean {
    return this.status === 412 || this.code === 'stale-version'
  }

  /** Field → message, for a form's error slots; a field named `a.b[0].c` is also found as `a.b.0.c`. */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {}
    for (const error of this.problem.errors ?? []) {
      const key = error.field.replace(/\[(\d+)\]/g, '.$1')
      byField[key] = byField[key] ? `${byField[key]}；${error.message}` : error.message
    }
    return byField
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: '请求有误',
  401: '登录已过期，请重新登录',
  403: '无权进行此操作',
  404: '未找到',
  409: '与现有数据冲突',
  412: '数据已被他人修改',
  413: '内容过大',
  415: '不支持的文件类型',
  422: '内容无法处理',
  429: '操作过于频繁，请稍后再试',
  500: '服务器内部错误',
  502: '服务暂不可用',
  503: '服务暂不可用，请稍后再试',
  504: '服务响应超时，请稍后再试',
}

/** A problem from any answer: the service's own document when it sent one, else one made from the status. */
export async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? ''
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Problem
      if (body && typeof body === 'object') {
        return { status: response.status, ...body, detail: body.detail ?? body.title ?? STATUS_TEXT[response.status] }
      }
    } catch {
      // not JSON after all: fall through to the status text
    }
  }
  return { status: response.status, title: STATUS_TEXT[response.status] ?? `请求失败（${response.status}）`,
    detail: STATUS_TEXT[response.status] ?? `请求失败（${response.status}）` }
}

/** What to tell a person about anything a call threw: a problem's detail, else the error's message. */
export function messageOf(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure)
}
