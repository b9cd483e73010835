/**
 * Reading speed: target values parsed per second and text tables read per second, over the
 * generated corpus of 10,000 tables. Baselines run in the same process: a naive regex for
 * values, and splitting the same text into cells for tables (the least any reader must do).
 * The product code is measured as it ships: compiled into dist/ by `npm run build`.
 */

import { parseTargetValue } from '../dist/core/value/parse.js';
import { readText } from '../dist/io/text/read-text.js';
import { generateTables, toTabText } from '../test/support/corpus.js';
import { type Figures, round, timeIt } from './support.js';

const NAIVE = /([≥≤><=]?)(\d+(?:\.\d+)?)(\S*)/;

export async function bench(): Promise<Figures> {
  const tables = generateTables(10_000);
  const values = tables.flatMap((t) =>
    t.indicators.map((i) => ({ raw: i.target.raw, year: t.project.year })),
  );
  const texts = tables.map(toTabText);
  const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

  const valueMs = await timeIt(() => {
    for (const v of values) parseTargetValue(v.raw, { year: v.year });
  }, 2000);
  const naiveMs = await timeIt(() => {
    for (const v of values) NAIVE.exec(v.raw);
  }, 2000);
  const textMs = await timeIt(
    () => {
      for (const text of texts) readText(text, { format: 'text' });
    },
    3000,
    1,
  );
  const splitMs = await timeIt(() => {
    for (const text of texts) text.split('\n').map((line) => line.split('\t'));
  }, 2000);

  return {
    'parse.values': {
      value: round((values.length / valueMs) * 1000, 0),
      unit: 'values/s',
      baseline: 'naive regex over the same values',
      ratio: round(valueMs / naiveMs),
    },
    'parse.text-throughput': {
      value: round((megabytes / textMs) * 1000, 2),
      unit: 'MB/s',
      baseline: 'splitting the same text into cells',
      ratio: round(textMs / splitMs),
    },
    'parse.text-tables': {
      value: round((texts.length / textMs) * 1000, 0),
      unit: 'tables/s',
      baseline: `${texts.length} tables, ${values.length} indicators, ${round(megabytes, 1)} MB`,
    },
  };
}
