/**
 * How an evidence file is sent. By default as an attachment the browser saves and never
 * renders. A preview in the page (`?inline=1`) is allowed only for the types a browser shows
 * without running anything of the file's own — PDF and raster images, whose type was checked
 * from the bytes at upload — and even then inside a sandbox with no script, no plugin access to
 * the app, no subresource, and framable by the app alone. Anything else stays an attachment.
 */

import { contentDisposition } from './file-name.js';

/** Types shown in the page: PDF (the browser's own viewer) and raster images (no SVG). */
const PREVIEWABLE: ReadonlySet<string> = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
]);

/** True when a file of this type may be shown in the page. */
export function isPreviewable(mediaType: string): boolean {
  return PREVIEWABLE.has(mediaType);
}

/** The response headers of an evidence file, inline when asked for and allowed. */
export function evidenceHeaders(
  file: { readonly mediaType: string; readonly size: number; readonly fileName: string },
  inline: boolean,
): Record<string, string | number> {
  const shown = inline && isPreviewable(file.mediaType);
  return {
    'content-type': file.mediaType,
    'content-length': file.size,
    'content-disposition': contentDisposition(shown ? 'inline' : 'attachment', file.fileName),
    'x-content-type-options': 'nosniff',
    // A preview may be framed by the app's own pages only; a download never needs framing.
    'content-security-policy': shown
      ? "default-src 'none'; frame-ancestors 'self'; sandbox"
      : "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
  };
}
