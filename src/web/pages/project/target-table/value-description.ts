/**
 * How the grid shows what a target value was read as, beside what was typed:
 * `≥90% · 数值 · ≥ · 90 · %`. A person sees at once whether the machine understood them.
 */
import {
  type MessageParams,
  VALUE_NOTE_MESSAGES,
  WEB_GRID,
  WEB_VALUE_LEVELS,
} from '../../../../core/messages/index.js';
import { assertNever } from '../../../../core/util/assert-never.js';
import {
  comparatorSymbol,
  formatNumber,
  formatTargetValue,
} from '../../../../core/value/format.js';
import type { TargetValue } from '../../../../core/value/target-value.js';
import type { Translate } from '../../../i18n/language.js';

/** The pieces of the parsed value, joined with " · " for display. */
export function describeValue(value: TargetValue, t: Translate): readonly string[] {
  switch (value.kind) {
    case 'number': {
      const unit = value.unit
        ? `${value.unit}${value.per ? `/${value.per}` : ''}`
        : t(WEB_GRID.noUnit);
      if (value.op === 'between')
        return [
          formatTargetValue(value),
          t(WEB_GRID.kindRange),
          `${formatNumber(value.min)}–${formatNumber(value.max)}`,
          unit,
        ];
      return [
        formatTargetValue(value),
        t(WEB_GRID.kindNumber),
        value.implicit ? t(WEB_GRID.implicitAtLeast) : comparatorSymbol(value.op),
        formatNumber(value.value),
        unit,
      ];
    }
    case 'date':
      return value.op === 'between'
        ? [formatTargetValue(value), t(WEB_GRID.kindDate), `${value.min} – ${value.max}`]
        : [formatTargetValue(value), t(WEB_GRID.kindDate), '≤', value.value];
    case 'boolean':
      return [formatTargetValue(value), t(WEB_GRID.kindBoolean)];
    case 'text': {
      const level = value.placeholder
        ? WEB_VALUE_LEVELS.placeholder
        : value.level
          ? WEB_VALUE_LEVELS[value.level]
          : null;
      return [formatTargetValue(value), t(WEB_GRID.kindText), ...(level ? [t(level)] : [])];
    }
    case 'compound':
      return [
        formatTargetValue(value),
        t(WEB_GRID.kindCompound),
        t(WEB_GRID.parts, { n: value.parts.length }),
      ];
    case 'none':
      return value.reason === 'empty'
        ? [t(WEB_GRID.kindNone)]
        : [t(WEB_GRID.kindNone), t(WEB_GRID.notApplicable)];
    default:
      return assertNever(value);
  }
}

/** The parser's remarks on a value (a placeholder, 》 for ≥, …) as sentences. */
export function valueNotes(value: TargetValue, t: Translate): readonly string[] {
  return (value.notes ?? []).map((note) => {
    const params: MessageParams = { text: note.text ?? value.raw };
    return t(VALUE_NOTE_MESSAGES[note.code], params);
  });
}

/** Whether the value could be measured: texts, empties and compounds get a quieter chip. */
export function isMeasured(value: TargetValue): boolean {
  return value.kind === 'number' || value.kind === 'date' || value.kind === 'boolean';
}
