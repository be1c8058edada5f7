/**
 * Money. The API counts integer fen (分, fields ending in `Fen`); people read and type 元 with two
 * decimals. Conversions go through the decimal string, never through floating-point arithmetic, so
 * 3000.01 元 is 300001 fen exactly.
 */

/** The most 元 a form accepts (13 integer digits keeps every fen amount a safe integer). */
const MAX_INTEGER_DIGITS = 13;

/** 4000 → "40.00", -150 → "-1.50". */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const digits = String(Math.abs(fen)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** 4000 → "40.00 元"; '—' when absent. */
export function yuanText(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '—' : `${formatYuan(fen)} 元`;
}

/** Full-width digits and marks (as a Chinese input method types them) as their ASCII forms. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0C\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export type YuanParse = { ok: true; fen: number } | { ok: false; message: string };

/**
 * Reads an amount typed in 元: "40", "40.5", "0.1", "3000.01", "1,000", "1,234.56", "￥40", "40元",
 * full-width digits. At most two decimals; thousands separators only in groups of three; no sign.
 */
export function parseYuan(input: string | null | undefined): YuanParse {
  const text = halfWidth(input ?? '')
    .trim()
    .replace(/^[¥￥]\s*/, '')
    .replace(/\s*元$/, '');
  if (text === '') return { ok: false, message: '请填写金额' };
  if (text.startsWith('-')) return { ok: false, message: '金额不能为负数' };
  const match = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/.exec(text);
  if (!match) return { ok: false, message: '请填写金额（元），如 97.50' };
  const integer = (match[1] ?? '').replace(/,/g, '');
  const decimals = match[2] ?? '';
  if (integer === '' && decimals === '') return { ok: false, message: '请填写金额（元），如 97.50' };
  if (decimals.length > 2) return { ok: false, message: '金额最多两位小数（精确到分）' };
  const significant = integer.replace(/^0+/, '');
  if (significant.length > MAX_INTEGER_DIGITS) return { ok: false, message: '金额过大' };
  return { ok: true, fen: Number(`${significant || '0'}${decimals.padEnd(2, '0')}`) };
}

/** The fen of a typed amount, or undefined when it is not one. */
export function yuanToFen(input: string | null | undefined): number | undefined {
  const parsed = parseYuan(input);
  return parsed.ok ? parsed.fen : undefined;
}

/**
 * An antd Form rule for an amount typed in 元 (the field itself stays a string).
 * `min`/`max` are in fen; `positive` refuses zero.
 */
export function yuanRule(options: { required?: boolean; positive?: boolean; min?: number; max?: number; label?: string } = {}) {
  const { required = true, positive = false, min, max, label = '金额' } = options;
  return {
    validator: async (_: unknown, value: string | undefined) => {
      if (value === undefined || value === null || value.trim() === '') {
        if (required) throw new Error(`请填写${label}`);
        return;
      }
      const parsed = parseYuan(value);
      if (!parsed.ok) throw new Error(parsed.message);
      if (positive && parsed.fen === 0) throw new Error(`${label}应大于零`);
      if (min !== undefined && parsed.fen < min) throw new Error(`${label}不能少于 ${formatYuan(min)} 元`);
      if (max !== undefined && parsed.fen > max) throw new Error(`${label}不能超过 ${formatYuan(max)} 元`);
    },
  };
}

/** A ratio (0–1, e.g. a collection rate) as a percentage with one decimal: 0.8532 → "85.3%"; '—' when absent. */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}
