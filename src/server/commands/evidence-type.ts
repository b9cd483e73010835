/**
 * What an evidence file really is, from its bytes — never from its name or the type the
 * browser claims: an .exe renamed .pdf is still a program, an HTML page renamed .png is still a
 * page. Allowed: PDF, PNG, JPEG, GIF, WebP, XLSX, DOCX, PPTX, plain text and CSV. Office files
 * are recognised from the zip's central directory alone; nothing is expanded.
 */

import type { EvidenceRefusal } from '../../core/messages/index.js';
import { decodeText, garbageRatio } from '../../io/detect/encoding.js';
import { centralDirectory } from '../../io/detect/zip-guard.js';

/** The verdict on a file. */
export type EvidenceType =
  | { readonly kind: 'allowed'; readonly mediaType: string; readonly extension: string }
  | { readonly kind: 'refused'; readonly why: EvidenceRefusal };

const allowed = (mediaType: string, extension: string): EvidenceType => ({
  kind: 'allowed',
  mediaType,
  extension,
});
const refused = (why: EvidenceRefusal): EvidenceType => ({ kind: 'refused', why });

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((b, i) => bytes[at + i] === b);
const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

/** Signatures of programs: Windows PE, ELF, Mach-O (and fat/Java class), WebAssembly. */
const EXECUTABLES: readonly (readonly number[])[] = [
  [0x4d, 0x5a],
  [0x7f, 0x45, 0x4c, 0x46],
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe],
  [0x00, 0x61, 0x73, 0x6d],
];

const OFFICE = {
  xlsx: {
    entry: 'xl/workbook.xml',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  docx: {
    entry: 'word/document.xml',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  pptx: {
    entry: 'ppt/presentation.xml',
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
} as const;

function office(bytes: Uint8Array, fileName: string): EvidenceType {
  let names: string[];
  try {
    names = centralDirectory(bytes, fileName).map((e) => e.name);
  } catch {
    return refused('damaged');
  }
  // Macros run code when the file is opened; evidence needs none.
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) return refused('macro');
  if (!names.includes('[Content_Types].xml')) return refused('zip');
  for (const [extension, kind] of Object.entries(OFFICE))
    if (names.includes(kind.entry)) return allowed(kind.type, extension);
  return refused('zip');
}

/** Markup a browser would run or render: refused even when saved as .txt. */
function markup(text: string): EvidenceRefusal | null {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 4096)
    .toLowerCase();
  const all = text.toLowerCase();
  if (/<svg[\s>]/.test(all)) return 'svg';
  if (
    /<!doctype\s+html|<html[\s>]|<script[\s>]|<iframe[\s>]|<body[\s>]|<head[\s>]|<object[\s>]|<embed[\s>]/.test(
      all,
    )
  )
    return 'html';
  if (head.startsWith('<?xml') || head.startsWith('<!doctype')) return 'xml';
  return null;
}

function plainText(bytes: Uint8Array, fileName: string): EvidenceType {
  if (bytes.includes(0)) return refused('unknown');
  const decoded = decodeText(bytes);
  if (decoded === null || garbageRatio(decoded.text.slice(0, 200_000)) >= 0.02)
    return refused('unknown');
  if (decoded.text.startsWith('#!')) return refused('script');
  const bad = markup(decoded.text);
  if (bad) return refused(bad);
  const charset = decoded.encoding.startsWith('utf-8') ? 'utf-8' : decoded.encoding;
  return /\.csv$/i.test(fileName)
    ? allowed(`text/csv; charset=${charset}`, 'csv')
    : allowed(`text/plain; charset=${charset}`, 'txt');
}

/**
 * Decides from the bytes whether a file may be kept as evidence, and as what.
 * @example evidenceTypeOf(pngBytes, 'photo.pdf') // { kind: 'allowed', mediaType: 'image/png', extension: 'png' }
 */
export function evidenceTypeOf(bytes: Uint8Array, fileName: string): EvidenceType {
  if (EXECUTABLES.some((magic) => startsWith(bytes, magic))) return refused('executable');
  if (startsWith(bytes, ascii('%PDF-'))) return allowed('application/pdf', 'pdf');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return allowed('image/png', 'png');
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return allowed('image/jpeg', 'jpg');
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a')))
    return allowed('image/gif', 'gif');
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8))
    return allowed('image/webp', 'webp');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return office(bytes, fileName);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return refused('legacyOffice');
  return plainText(bytes, fileName);
}
