/** Dates as Chinese official letters write them. */
import { chinaDateParts } from '@hub/domain';

const DIGITS = '〇一二三四五六七八九';

function chineseNumber(n: number): string {
  if (n < 10) return DIGITS.charAt(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? '' : DIGITS.charAt(tens)}十${units === 0 ? '' : DIGITS.charAt(units)}`;
}

/** 2018年3月5日 (China date), for the body of a letter. */
export function arabicDate(at: Date): string {
  const { year, month, day } = chinaDateParts(at);
  return `${year}年${month}月${day}日`;
}

/** 二〇一八年三月六日, for the date under the signature. */
export function chineseDate(at: Date): string {
  const { year, month, day } = chinaDateParts(at);
  const digits = [...String(year)].map((d) => DIGITS.charAt(Number(d))).join('');
  return `${digits}年${chineseNumber(month)}月${chineseNumber(day)}日`;
}

