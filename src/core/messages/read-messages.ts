import type { Bilingual } from './message.js';

/** Errors and warnings of the readers: what is wrong with a file, and where. */
export const READ_MESSAGES = {
  empty: { zh: '文件“{file}”是空的。', en: 'The file "{file}" is empty.' },
  tooLarge: {
    zh: '文件“{file}”有 {size} 字节，超过上限 {limit} 字节。',
    en: 'The file "{file}" has {size} bytes, more than the limit of {limit}.',
  },
  expandsTooMuch: {
    zh: '文件“{file}”解压后超过 {limit} 字节，疑似压缩炸弹，已拒绝。',
    en: 'The file "{file}" expands past {limit} bytes when unzipped; refused as a possible zip bomb.',
  },
  zipSizeMismatch: {
    zh: '文件“{file}”中的“{entry}”解压后的大小与其声明不符：文件已损坏或被篡改（疑似压缩炸弹），已拒绝。',
    en: 'In "{file}", "{entry}" does not expand to the size it declares: the file is damaged or tampered with (a possible zip bomb) and was refused.',
  },
  tooManyMerges: {
    zh: '文件“{file}”的工作表合并单元格过多（超过 {limit} 个单元格或 2 万个合并区域），疑似恶意文件，已拒绝。',
    en: 'A sheet of "{file}" merges too many cells (more than {limit} cells or 20,000 ranges); refused as a possibly hostile file.',
  },
  tooDeep: {
    zh: '文件“{file}”的标签嵌套超过 {limit} 层，不像是表格文件（疑似恶意构造），已拒绝。',
    en: 'The file "{file}" nests its elements more than {limit} levels deep; no table does that (possibly hostile), so it was refused.',
  },
  binary: {
    zh: '文件“{file}”不是可识别的表格：既不是文本，也不是 Excel、Word、PDF 或 HTML 文件。',
    en: 'The file "{file}" is not a table jixiao can read: not text, Excel, Word, PDF or HTML.',
  },
  zipNotOffice: {
    zh: '文件“{file}”是压缩包，但不是 Excel（.xlsx）或 Word（.docx）文件。',
    en: 'The file "{file}" is a zip archive, but not an Excel (.xlsx) or Word (.docx) file.',
  },
  encrypted: {
    zh: '文件“{file}”设有打开密码。请在 Excel 或 Word 中取消密码后再导入。',
    en: 'The file "{file}" is password-protected. Remove the password in Excel or Word, then import it again.',
  },
  legacyOffice: {
    zh: '文件“{file}”是旧版 Office 格式（.xls/.doc）。请另存为 .xlsx 或 .docx 后再导入。',
    en: 'The file "{file}" is in the old Office format (.xls/.doc). Save it as .xlsx or .docx and import it again.',
  },
  pdfNoText: {
    zh: 'PDF 文件“{file}”没有文字层（可能是扫描件），无法读取。请提供带文字的 PDF 或原始 Excel/Word 文件。',
    en: 'The PDF "{file}" has no text layer (probably a scan). Provide a PDF with text, or the original Excel/Word file.',
  },
  pdfEncrypted: {
    zh: 'PDF 文件“{file}”已加密，无法读取。',
    en: 'The PDF "{file}" is encrypted and cannot be read.',
  },
  pdfPagesCapped: {
    zh: 'PDF 文件“{file}”有 {pages} 页，只读取了前 {limit} 页。',
    en: 'The PDF "{file}" has {pages} pages; only the first {limit} were read.',
  },
  corrupt: {
    zh: '文件“{file}”已损坏或格式不正确：{detail}',
    en: 'The file "{file}" is damaged or malformed: {detailEn}',
  },
  undecodable: {
    zh: '无法识别文件“{file}”的文字编码（已尝试 UTF-8、UTF-16、GB18030）。',
    en: 'Could not tell the text encoding of "{file}" (tried UTF-8, UTF-16 and GB18030).',
  },
  noTable: {
    zh: '文件“{file}”中没有找到绩效指标：找不到“二级指标/绩效指标/指标值”这样的表头，也认不出指标行。',
    en: 'No performance indicators found in "{file}": no header such as 二级指标/绩效指标/指标值, and no recognisable indicator rows.',
  },
  badJson: {
    zh: '文件“{file}”不是有效的 jixiao 目标表 JSON：{detail}',
    en: 'The file "{file}" is not a valid jixiao target-table JSON: {detail}',
  },
  unreadable: {
    zh: '读取文件“{file}”时出错：{detail}',
    en: 'Could not read the file "{file}": {detailEn}',
  },
  hiddenSheet: {
    zh: '此表读自隐藏的工作表“{sheet}”，请确认它是要提交的版本。',
    en: 'This table was read from the hidden sheet "{sheet}"; check that it is the version meant to be submitted.',
  },
  clippedColumns: {
    zh: '工作表“{sheet}”第 {limit} 列之后还有 {count} 个单元格，目标表不会这么宽，已忽略。',
    en: 'Sheet "{sheet}" has {count} cells beyond column {limit}; no target table is that wide, so they were ignored.',
  },
  unplacedRow: {
    zh: '{where}无法归入任何指标类别，已跳过：“{text}”',
    en: '{whereEn} fits no indicator category and was skipped: "{text}"',
  },
  unknownCategory: {
    zh: '“{label}”不是已知的指标类别，指标“{name}”的类别未能确定。',
    en: '"{label}" is not a known indicator category; the category of "{name}" is unknown.',
  },
  badAmount: {
    zh: '金额“{text}”（{field}）无法读取为精确金额。',
    en: 'The amount "{text}" ({field}) could not be read as an exact amount.',
  },
  badDate: {
    zh: '日期“{text}”（{field}）无法识别。',
    en: 'The date "{text}" ({field}) could not be read.',
  },
} as const satisfies Record<string, Bilingual>;

export type ReadMessageCode = keyof typeof READ_MESSAGES;
