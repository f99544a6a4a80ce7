/** Reading and validating request parameters from a JSON body or a query string, with the API's error codes. */
import { errors } from './errors';
import { parseAmountFen } from './money';

export type QueryMap = Record<string, string[]>;

/** Uniform access to parameters; query values are strings and get coerced, body values must have the right type. */
export class Params {
  private constructor(
    private readonly values: Record<string, unknown>,
    private readonly fromQuery: boolean,
  ) {}

  static body(body: unknown): Params {
    if (body === undefined || body === null) return new Params({}, false);
    if (typeof body !== 'object' || Array.isArray(body))
      throw errors.paramError('the request body must be a JSON object');
    return new Params(body as Record<string, unknown>, false);
  }

  static query(q: QueryMap): Params {
    const values: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(q)) values[k] = v.length === 1 ? v[0] : v;
    return new Params(values, true);
  }

  has(name: string): boolean {
    return this.values[name] !== undefined && this.values[name] !== null;
  }

  str(name: string, opts: { required?: boolean; max?: number; allowEmpty?: boolean } = {}): string | undefined {
    const v = this.values[name];
    if (v === undefined || v === null) {
      if (opts.required) throw errors.paramError(`${name} is required`);
      return undefined;
    }
    if (typeof v !== 'string') throw errors.invalidParam(`${name} must be a string`);
    if (v === '' && (opts.required || opts.allowEmpty === false))
      throw errors.invalidParam(`${name} must not be empty`);
    if (opts.max !== undefined && v.length > opts.max) throw errors.invalidParam(`${name} is longer than ${opts.max}`);
    return v;
  }

  reqStr(name: string, max?: number): string {
    return this.str(name, { required: true, max }) ?? '';
  }

  int(name: string, opts: { min: number; max: number; def?: number; required?: boolean }): number | undefined {
    const raw = this.values[name];
    if (raw === undefined || raw === null) {
      if (opts.required) throw errors.paramError(`${name} is required`);
      return opts.def;
    }
    const n = this.fromQuery && typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
    if (typeof n !== 'number' || !Number.isInteger(n)) throw errors.invalidParam(`${name} must be an integer`);
    if (n < opts.min || n > opts.max) throw errors.invalidParam(`${name} must be between ${opts.min} and ${opts.max}`);
    return n;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], required = false): T | undefined {
    const v = this.str(name, { required });
    if (v === undefined) return undefined;
    const hit = allowed.find((a) => a === v);
    if (hit === undefined) throw errors.invalidParam(`${name} must be one of ${allowed.join(', ')}`);
    return hit;
  }

  /** A money amount the caller sends: > 0 (or ≥ 0 when allowZero), at most 2 decimals; returned in fen. */
  amountFen(name: string, allowZero = false): number {
    const v = this.values[name];
    if (v === undefined || v === null) throw errors.paramError(`${name} is required`);
    const fen = parseAmountFen(v);
    if (fen === null) throw errors.invalidParam(`${name} must be a decimal with at most 2 decimal places`);
    if (fen < 0 || (fen === 0 && !allowZero)) throw errors.invalidParam(`${name} must be greater than 0`);
    return fen;
  }

  strings(
    name: string,
    opts: { min?: number; max: number; required?: boolean; itemMax?: number },
  ): string[] | undefined {
    let v = this.values[name];
    if (v === undefined || v === null) {
      if (opts.required) throw errors.paramError(`${name} is required`);
      return undefined;
    }
    if (this.fromQuery && typeof v === 'string') v = [v];
    if (!Array.isArray(v) || !v.every((x): x is string => typeof x === 'string')) {
      throw errors.invalidParam(`${name} must be an array of strings`);
    }
    if (v.length < (opts.min ?? 0) || v.length > opts.max) {
      throw errors.invalidParam(`${name} must have ${opts.min ?? 0} to ${opts.max} items`);
    }
    const itemMax = opts.itemMax;
    if (itemMax !== undefined && v.some((x) => x.length > itemMax)) {
      throw errors.invalidParam(`${name} items must be at most ${itemMax} characters`);
    }
    return v;
  }

  /** Array of integers (e.g. quota_status_list, `[]int32` in the Go SDK model). */
  ints(name: string, opts: { max: number }): number[] | undefined {
    const v = this.values[name];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v) || !v.every((x): x is number => Number.isInteger(x))) {
      throw errors.invalidParam(`${name} must be an array of integers`);
    }
    if (v.length > opts.max) throw errors.invalidParam(`${name} must have at most ${opts.max} items`);
    return v;
  }

  /** Array of objects (e.g. customer_infos). */
  objects(name: string, opts: { min: number; max: number }): Params[] {
    const v = this.values[name];
    if (v === undefined || v === null) throw errors.paramError(`${name} is required`);
    if (!Array.isArray(v)) throw errors.invalidParam(`${name} must be an array`);
    if (v.length < opts.min || v.length > opts.max) {
      throw errors.invalidParam(`${name} must have ${opts.min} to ${opts.max} items`);
    }
    return v.map((item) => Params.body(item));
  }

  /** offset/limit with the API's ranges; `maxLimit` is 100 where the docs leave the maximum unconfirmed. */
  page(maxLimit = 100, maxOffset = 40_000_000): { offset: number; limit: number } {
    const offset = this.int('offset', { min: 0, max: maxOffset, def: 0 }) ?? 0;
    const limit = this.int('limit', { min: 1, max: maxLimit, def: 10 }) ?? 10;
    return { offset, limit };
  }

  /** Rejects indirect_partner_id: the sandbox partner has no cloud resellers. */
  noIndirectPartner(): void {
    const v = this.str('indirect_partner_id');
    if (v !== undefined && v !== '') throw errors.indirectPartner();
  }
}

export function paginate<T>(items: readonly T[], page: { offset: number; limit: number }): T[] {
  return items.slice(page.offset, page.offset + page.limit);
}

/** `YYYY-MM` check for billing cycles and incentive months. */
export function cycleParam(p: Params, name: string): string {
  const v = p.reqStr(name);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) throw errors.invalidParam(`${name} must be YYYY-MM`);
  return v;
}
