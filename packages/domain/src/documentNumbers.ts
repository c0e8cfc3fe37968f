/**
 * Agency document numbers (发文字号): a Han-character prefix naming the agency and document type,
 * the year in brackets, a serial and 号, e.g. 淄张检刑诉〔2017〕123号, 淄公张立字（2017）00951号,
 * 淄张司矫〔2018〕45号. Local practice varies in brackets and zero padding, so parsing is lenient.
 */
import { MAX_CASE_YEAR, MIN_CASE_YEAR } from './courtCaseNumbers';

export interface DocumentNumber {
  /** The Han-character part before the year, e.g. 淄张检刑诉 or 淄公张立字. */
  prefix: string;
  year: number;
  serial: number;
}

export interface DocumentNumberFormatOptions {
  /** Pad the serial with zeros to this many digits (police documents often use 5). */
  serialDigits?: number;
  brackets?: '〔〕' | '（）';
}

const DOCUMENT_NUMBER = /^(\p{Script=Han}{2,12})[〔（(\[【](\d{4})[〕）)\]】](\d{1,9})号$/u;

export function parseDocumentNumber(input: string): DocumentNumber | null {
  const match = DOCUMENT_NUMBER.exec(input.replace(/\s+/g, ''));
  if (!match) return null;
  const [, prefix, yearText, serialText] = match;
  const year = Number(yearText);
  const serial = Number(serialText);
  if (!prefix || year < MIN_CASE_YEAR || year > MAX_CASE_YEAR || serial < 1) return null;
  return { prefix, year, serial };
}

/** Defaults follow GB/T 9704 (official documents): year in 〔〕, serial without padding. */
export function formatDocumentNumber(n: DocumentNumber, opts: DocumentNumberFormatOptions = {}): string {
  const brackets = opts.brackets ?? '〔〕';
  const serial = String(n.serial).padStart(opts.serialDigits ?? 0, '0');
  return `${n.prefix}${brackets.charAt(0)}${n.year}${brackets.charAt(1)}${serial}号`;
}
