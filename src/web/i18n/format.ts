/** Dates, money and numbers as Chinese offices write them (the same in both languages). */
import { type Fen, formatWanYuan, yuanToFen } from '../../core/money/money.js';

/** 2024-03-05 14:07 in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A yuan decimal string with thousands separators: 27,890,645.00. Null stays empty. */
export function formatYuanText(yuan: string | null | undefined): string {
  if (!yuan) return '';
  const fen: Fen | null = yuanToFen(yuan);
  if (fen === null) return yuan;
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${whole}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** The same amount in 万元 (2789.0645), as finance forms print it. */
export function formatWan(yuan: string | null | undefined): string {
  if (!yuan) return '';
  const fen = yuanToFen(yuan);
  return fen === null ? yuan : formatWanYuan(fen);
}
