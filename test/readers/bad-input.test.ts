import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import officeCrypto from 'officecrypto-tool';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { type ReadResult, readTargetFile, readTargetTables } from '../../src/io/read.js';
import { compoundFile } from '../support/ole.js';
import { Random } from '../support/random.js';

/** Reads bytes that must be refused, and returns the error after checking it speaks to a person. */
async function refused(
  bytes: Uint8Array,
  file: string,
  limits?: Parameters<typeof readTargetTables>[1],
) {
  const result: ReadResult = await readTargetTables(bytes, { file, ...limits });
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('read');
  const { error } = result;
  // Both languages name the file, and neither carries a stack or a JavaScript error name.
  expect(error.text.zh).toContain(`“${file}”`);
  expect(error.text.en).toContain(`"${file}"`);
  for (const text of [error.text.zh, error.text.en]) {
    expect(text).not.toMatch(/\n\s+at |TypeError|ReferenceError|undefined/);
    expect(text).not.toMatch(/\{\w+\}/); // every placeholder filled
  }
  return error;
}

const fixture = async (path: string): Promise<Uint8Array> =>
  new Uint8Array(await readFile(`test/fixtures/${path}`));

async function pdf(options: PDFKit.PDFDocumentOptions, text: string): Promise<Uint8Array> {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  doc.text(text);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A zip whose entry declares `size` expanded bytes, in its local header and in the directory. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const dv = new DataView(out.buffer);
  let eocd = out.length - 22;
  while (dv.getUint32(eocd, true) !== 0x06054b50) eocd -= 1;
  let at = dv.getUint32(eocd + 16, true);
  for (let n = dv.getUint16(eocd + 10, true); n > 0; n -= 1) {
    const length = dv.getUint16(at + 28, true);
    const entry = new TextDecoder().decode(out.subarray(at + 46, at + 46 + length));
    if (entry === name) {
      dv.setUint32(at + 24, size, true);
      dv.setUint32(dv.getUint32(at + 42, true) + 22, size, true);
    }
    at += 46 + length + dv.getUint16(at + 30, true) + dv.getUint16(at + 32, true);
  }
  return out;
}

describe('bad input gets a clear bilingual error, never a stack trace', () => {
  it('an empty file', async () => {
    expect((await refused(new Uint8Array(0), 'empty.xlsx')).code).toBe('empty');
  });

  it('binary garbage', async () => {
    const r = new Random(7);
    const bytes = Uint8Array.from({ length: 4096 }, () => r.int(0, 255));
    expect((await refused(bytes, 'noise.bin')).code).toBe('binary');
  });

  it('a zip that is not an Office file', async () => {
    const zip = zipSync({ 'readme.txt': strToU8('项目名称'), 'photo.jpg': new Uint8Array(100) });
    expect((await refused(zip, 'archive.zip')).code).toBe('zipNotOffice');
  });

  it('a real password-protected workbook', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('目标表').getCell('A1').value = '项目名称';
    const plain = Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const locked = officeCrypto.encrypt(plain, { password: '123456' });
    expect(officeCrypto.isEncrypted(locked)).toBe(true);
    const error = await refused(new Uint8Array(locked), '加密.xlsx');
    expect(error.code).toBe('encrypted');
    expect(error.text.zh).toContain('取消密码');
  });

  it('a legacy .xls and a legacy .doc (OLE compound files)', async () => {
    const xls = compoundFile({ Workbook: new Uint8Array(8192).fill(9) });
    const doc = compoundFile({ WordDocument: new Uint8Array(4096).fill(3) });
    for (const [bytes, name] of [
      [xls, '2019年目标表.xls'],
      [doc, '申报表.doc'],
    ] as const) {
      const error = await refused(bytes, name);
      expect(error.code).toBe('legacyOffice');
      expect(error.text.zh).toContain('另存为 .xlsx 或 .docx');
    }
  });

  it('an image-only PDF', async () => {
    const error = await refused(await fixture('pdf/scan-image-only.pdf'), 'scan.pdf');
    expect(error.code).toBe('pdfNoText');
  });

  it('a PDF that needs a password to open', async () => {
    const locked = await pdf({ userPassword: 'secret', ownerPassword: 'owner' }, 'Budget');
    expect((await refused(locked, 'locked.pdf')).code).toBe('pdfEncrypted');
  });

  it('a PDF with only an owner password opens and reads', async () => {
    const bytes = await pdf(
      { ownerPassword: 'owner', permissions: { copying: false } },
      'no table',
    );
    const error = await refused(bytes, 'permissions.pdf');
    expect(error.code).toBe('noTable'); // opened and read: it just holds no table
  });

  it('a file over the size limit, before anything is parsed', async () => {
    const bytes = await fixture('xlsx/hubei-2022-national-export.xlsx');
    const error = await refused(bytes, 'big.xlsx', { limits: { maxBytes: 1000 } });
    expect(error.code).toBe('tooLarge');
    expect(error.params).toMatchObject({ size: bytes.length, limit: 1000 });
  });

  it('a file on disk over the size limit is refused without reading it', async () => {
    const result = await readTargetFile('test/fixtures/pdf/guangzhou-2021-two-pages.pdf', {
      limits: { maxBytes: 10 },
    });
    expect(result.ok === false && result.error.code).toBe('tooLarge');
  });

  it('a zip bomb declaring more than the expansion limit', async () => {
    const bytes = await fixture('xlsx/shenzhen-2020-workbook.xlsx');
    const error = await refused(bytes, 'bomb.xlsx', { limits: { maxExpandedBytes: 10_000 } });
    expect(error.code).toBe('expandsTooMuch');
  });

  it('a zip bomb whose sheet lies about its expanded size', async () => {
    const sheet = `<worksheet><sheetData>${'<row/>'.repeat(2_000_000)}</sheetData></worksheet>`;
    const zip = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    });
    const lying = declareSize(zip, 'xl/worksheets/sheet1.xml', 1000);
    const error = await refused(lying, 'lying.xlsx');
    expect(error.code).toBe('zipSizeMismatch');
    expect(error.text.zh).toContain('xl/worksheets/sheet1.xml');
  });

  it('a sheet merging millions of cells is refused before ExcelJS would build them', async () => {
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>' +
      '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>';
    const zip = zipSync({
      'xl/workbook.xml': strToU8('<workbook/>'),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    });
    expect((await refused(zip, 'merges.xlsx')).code).toBe('tooManyMerges');
  });

  for (const [path, name] of [
    ['xlsx/hubei-2022-national-export.xlsx', '截断.xlsx'],
    ['docx/chengdu-2023-shenbao.docx', '截断.docx'],
    ['pdf/guangzhou-2021-two-pages.pdf', '截断.pdf'],
  ] as const) {
    it(`a truncated file (${name}) is called damaged`, async () => {
      const bytes = await fixture(path);
      for (const keep of [0.5, 0.9, 0.99]) {
        const error = await refused(bytes.subarray(0, Math.floor(bytes.length * keep)), name);
        expect(error.code).toBe('corrupt');
      }
    });
  }

  it('a missing file and a directory', async () => {
    const missing = await readTargetFile('test/fixtures/no-such-file.xlsx');
    expect(missing.ok === false && missing.error.text.zh).toContain('文件不存在');
    const directory = await readTargetFile('test/fixtures');
    expect(directory.ok === false && directory.error.text.en).toContain('it is a directory');
  });

  it('text that holds no table', async () => {
    const error = await refused(
      strToU8('这是一封普通的信，没有任何表格。\n此致\n敬礼'),
      'letter.txt',
    );
    expect(error.code).toBe('noTable');
  });
});
