/**
 * PDFs with a text layer, through pdfjs (the legacy build, which runs in Node; loaded only when a
 * PDF arrives, so the other readers do not pay for it). pdfjs parses in this thread: in Node it
 * sets up its "fake worker" in-process, so no worker thread or worker file is involved. The words
 * and their positions go to `pdfGrid`, then to the one grid interpreter.
 *
 * A PDF without any text (a scan) is refused with `pdfNoText`; one that needs a password to
 * open, with `pdfEncrypted` (permission-only encryption opens without one and reads normally).
 */

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { READ_MESSAGES, render } from '../../core/messages/index.js';
import type { Origin, ReaderWarning, TargetTable } from '../../core/table/target-table.js';
import { readGrid } from '../grid/read-grid.js';
import { corruptFile, InputError } from '../input-error.js';
import { type PdfItem, type PdfPage, pdfGrid } from './pdf-grid.js';

/** More pages than any target table has; a longer PDF is read this far, with a warning. */
export const MAX_PDF_PAGES = 300;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

const loadPdfJs = (): Promise<PdfJs> => {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
};

/** Where pdfjs finds the CMaps of Chinese fonts that are not embedded (STSong-Light and kin). */
function assetDirectory(name: string): string {
  const main = fileURLToPath(import.meta.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
  return `${join(dirname(main), '..', '..', name)}/`;
}

interface TextItemLike {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

const isTextItem = (item: unknown): item is TextItemLike =>
  typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;

/** Reads every target table in a PDF's bytes. */
export async function readPdf(bytes: Uint8Array, origin: Origin): Promise<TargetTable[]> {
  const file = origin.file ?? '';
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data: bytes.slice(), // pdfjs may take ownership of the buffer
    cMapUrl: assetDirectory('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetDirectory('standard_fonts'),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new InputError('pdfEncrypted', { file });
    throw corruptFile(file, 'PDF 结构无法解析', 'its PDF structure could not be parsed', error);
  }
  try {
    const pageCount = Math.min(document.numPages, MAX_PDF_PAGES);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pageCount; n += 1) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!isTextItem(item) || item.str.trim() === '') continue;
        const [a = 1, b = 0, , , x = 0, y = 0] = item.transform;
        items.push({
          text: item.str,
          x,
          y,
          width: item.width,
          size: Math.hypot(a, b) || item.height,
        });
      }
      pages.push({ number: n, items });
      page.cleanup();
    }
    if (pages.every((p) => p.items.length === 0)) throw new InputError('pdfNoText', { file });
    const tables = readGrid(pdfGrid(pages), origin);
    if (document.numPages <= MAX_PDF_PAGES) return tables;
    const text = render(READ_MESSAGES.pdfPagesCapped, {
      file,
      pages: document.numPages,
      limit: MAX_PDF_PAGES,
    });
    const capped: ReaderWarning = { code: 'pdfPagesCapped', message: text.zh, messageEn: text.en };
    return tables.map((t) => ({ ...t, warnings: [...t.warnings, capped] }));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw corruptFile(file, 'PDF 内容无法读取', 'its content could not be read', error);
  } finally {
    await document.destroy();
  }
}
