/**
 * File names given by uploaders, made safe to store and to send back: no folders, no control
 * or direction-changing characters, no `..`, nothing Windows cannot save — and Chinese kept.
 */

const MAX_LENGTH = 120;

/** C0/C1 controls, and the direction marks and overrides that make "exe.pdf" read as "fdp.exe". */
const invisible = (c: number): boolean =>
  c < 0x20 ||
  (c >= 0x7f && c <= 0x9f) ||
  c === 0x200e ||
  c === 0x200f ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2066 && c <= 0x2069);

/**
 * A safe file name from what the browser sent; `extension` is added when the name has none.
 * @example sanitiseFileName('C:\\报告\\..\\2019年 总结.pdf', 'pdf') // '2019年 总结.pdf'
 */
export function sanitiseFileName(given: string, extension: string): string {
  const last = given.split(/[\\/]/).pop() ?? '';
  let name = Array.from(last.normalize('NFC'))
    .filter((ch) => !invisible(ch.codePointAt(0) ?? 0))
    .join('')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (name === '') name = 'evidence';
  if (!/\.[A-Za-z0-9]{1,8}$/.test(name)) name = `${name}.${extension}`;
  if (name.length > MAX_LENGTH) {
    const dot = name.lastIndexOf('.');
    const ext = name.slice(dot);
    name = `${name.slice(0, MAX_LENGTH - ext.length)}${ext}`;
  }
  return name;
}

/**
 * A `Content-Disposition` header with the name in both forms: an ASCII fallback and the exact
 * UTF-8 name as RFC 5987 `filename*`, which every current browser prefers.
 * @example contentDisposition('attachment', '自评表.xlsx') // attachment; filename="___.xlsx"; filename*=UTF-8''%E8%87%AA…
 */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
