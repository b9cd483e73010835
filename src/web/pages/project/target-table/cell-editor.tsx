/**
 * The editor of one cell: a text box (or the category list) that confirms with Enter or Tab,
 * gives up with Esc, and for target values shows live what the text is read as.
 */
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { Framework } from '../../../../core/framework/frameworks.js';
import { LEVEL2_NAME, type Level2 } from '../../../../core/framework/taxonomy.js';
import { WEB_GRID } from '../../../../core/messages/index.js';
import { parseTargetValue } from '../../../../core/value/parse.js';
import { useLanguage, useT } from '../../../i18n/language.js';
import type { EditableField } from './draft.js';
import { describeValue, valueNotes } from './value-description.js';

/**
 * Where to go after the edit is confirmed: a neighbour, stay on the cell, or nowhere (the focus
 * left the grid, or another part of the page asked to keep the text before it saves).
 */
export type AfterEdit = 'down' | 'right' | 'left' | 'stay' | 'blur' | 'flush';

interface CellEditorProps {
  readonly field: EditableField;
  readonly initial: string;
  /** Typing over a cell starts with the typed character, like a spreadsheet. */
  readonly replaceWith: string | null;
  readonly label: string;
  readonly framework: Framework;
  readonly year: number | null;
  readonly onCommit: (text: string, then: AfterEdit) => void;
  readonly onCancel: () => void;
  /** Lets the grid confirm this editor from outside (a click on another cell, Ctrl+S). */
  readonly register: (flush: (() => void) | null) => void;
}

function ParsedPreview({ text, year }: { readonly text: string; readonly year: number | null }) {
  const t = useT();
  const value = useMemo(() => parseTargetValue(text, { year }), [text, year]);
  const notes = valueNotes(value, t);
  return (
    <div className="cell-preview" role="status" aria-live="polite">
      {t(WEB_GRID.parsedLabel, { text: describeValue(value, t).join(' · ') })}
      {notes.map((note) => (
        <div key={note} className="cell-preview-note">
          {note}
        </div>
      ))}
    </div>
  );
}

/** A cell in edit mode. */
export function CellEditor(props: CellEditorProps) {
  const { field, initial, replaceWith, label, framework, year, onCommit, onCancel, register } =
    props;
  const t = useT();
  const { language } = useLanguage();
  const [text, setText] = useState(replaceWith ?? initial);
  // Blur after Esc or a confirming key must not confirm a second time.
  const done = useRef(false);

  const latest = useRef({ text, onCommit, onCancel });
  latest.current = { text, onCommit, onCancel };

  const finish = (then: AfterEdit | 'cancel') => {
    if (done.current) return;
    done.current = true;
    if (then === 'cancel') latest.current.onCancel();
    else latest.current.onCommit(latest.current.text, then);
  };
  const finishRef = useRef(finish);
  finishRef.current = finish;

  // Whatever closes the editor, what was typed is kept (never lost to a stray click).
  useEffect(() => {
    register(() => finishRef.current('flush'));
    return () => {
      register(null);
      finishRef.current('flush');
    };
  }, [register]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    // Keys typed while an input method (拼音) is composing belong to the composition.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      finish('down');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      finish(event.shiftKey ? 'left' : 'right');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish('cancel');
    }
    event.stopPropagation();
  };

  if (field === 'level2') {
    const known = framework.groups.flatMap((g) =>
      g.categories.map((c) => ({ group: g, category: c })),
    );
    const level2Name = (l2: Level2) => LEVEL2_NAME[l2][language];
    return (
      <select
        className="cell-input"
        aria-label={label}
        // biome-ignore lint/a11y/noAutofocus: the editor opens because the user asked to edit this cell.
        autoFocus
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => finish('blur')}
      >
        <option value="">{t(WEB_GRID.unclassified)}</option>
        {known.map(({ group, category }) => (
          <option key={category.level2} value={category.level2}>
            {language === 'zh'
              ? `${group.label} › ${category.label}`
              : `${level2Name(category.level2)}`}
          </option>
        ))}
      </select>
    );
  }

  return (
    <div className="cell-editor">
      <input
        className="cell-input"
        aria-label={label}
        // biome-ignore lint/a11y/noAutofocus: the editor opens because the user asked to edit this cell.
        autoFocus
        value={text}
        onFocus={(event) => {
          if (replaceWith === null) event.currentTarget.select();
        }}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => finish('blur')}
      />
      {field === 'target' && <ParsedPreview text={text} year={year} />}
    </div>
  );
}
