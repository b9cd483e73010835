/**
 * File names given by uploaders, made safe to store and to send back: no folders, no control
 * or direction-changing characters, no `..`, nothing Windows cannot save — and Chinese kept.
 */

const MAX_LENGTH = 120;

/**
 * A safe file name from what the browser sent; `extension` is added when the name has none.
 * @example sanitiseFileName('C:\\报告\\..\\2019年 总结.pdf', 'pdf') // '2019年 总结.pdf'
 */
export function sanitiseFileName(given: string, extension: string): string {
  const last = given.split(/[\\/]/).pop() ?? '';
  let name = last
    .normalize('NFC')
    // C0/C1 controls, and the bidirectional overrides that make "exe.pdf" read as "fdp.exe".
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
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
