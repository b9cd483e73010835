/**
 * CSV that Excel opens correctly in Chinese: a UTF-8 byte-order mark, CRLF lines, quoted fields,
 * and formulas defused (a cell starting with = + - @ is prefixed so it stays text).
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number): string => {
    let text = String(value);
    if (/^[=+\-@]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
