/** LIKE filters shared by scoped queries, portable between SQLite and PostgreSQL. */

import { type Expression, type SqlBool, sql } from 'kysely';

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * `column LIKE pattern ESCAPE '\'`. The ESCAPE clause makes escaping portable: SQLite has no
 * default escape character, PostgreSQL's is the backslash.
 */
function like(column: string, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

/** True for every organisation path inside the subtree at `prefix` ("/root/dept/"). */
export function underPath(column: string, prefix: string): Expression<SqlBool> {
  return like(column, `${escapeLike(prefix)}%`);
}

/** True for every organisation path that passes through the organisation `id`. */
export function pathContains(column: string, id: string): Expression<SqlBool> {
  return like(column, `%/${escapeLike(id)}/%`);
}

/**
 * True when the column contains `text`, ignoring ASCII case (a name search). `lower()` on both
 * sides because SQLite's LIKE ignores ASCII case and PostgreSQL's does not.
 */
export function textContains(column: string, text: string): Expression<SqlBool> {
  const pattern = `%${escapeLike(text.replace(/[A-Z]/g, (c) => c.toLowerCase()))}%`;
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
