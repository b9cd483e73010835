/** Undo and redo over drafts: every edit pushes the previous draft, capped to keep memory flat. */
import { useCallback, useMemo, useReducer } from 'react';
import type { Draft } from './draft.js';

const LIMIT = 200;

interface State {
  readonly past: readonly Draft[];
  readonly present: Draft;
  readonly future: readonly Draft[];
}

type Action =
  | { readonly kind: 'apply'; readonly next: Draft }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  | { readonly kind: 'reset'; readonly draft: Draft };

function reduce(state: State, action: Action): State {
  switch (action.kind) {
    case 'apply':
      if (action.next === state.present) return state;
      return {
        past: [...state.past.slice(-(LIMIT - 1)), state.present],
        present: action.next,
        future: [],
      };
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return {
        past: state.past.slice(0, -1),
        present: previous,
        future: [state.present, ...state.future],
      };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return { past: [...state.past, state.present], present: next, future: rest };
    }
    case 'reset':
      return { past: [], present: action.draft, future: [] };
  }
}

export interface DraftHistory {
  readonly draft: Draft;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly apply: (next: Draft) => void;
  readonly undo: () => void;
  readonly redo: () => void;
  /** Starts over from a draft (after a save or a reload): no undo past this point. */
  readonly reset: (draft: Draft) => void;
}

/** The draft being edited with its undo history. */
export function useDraftHistory(initial: () => Draft): DraftHistory {
  const [state, dispatch] = useReducer(reduce, undefined, () => ({
    past: [],
    present: initial(),
    future: [],
  }));
  const apply = useCallback((next: Draft) => dispatch({ kind: 'apply', next }), []);
  const undo = useCallback(() => dispatch({ kind: 'undo' }), []);
  const redo = useCallback(() => dispatch({ kind: 'redo' }), []);
  const reset = useCallback((draft: Draft) => dispatch({ kind: 'reset', draft }), []);
  return useMemo(
    () => ({
      draft: state.present,
      canUndo: state.past.length > 0,
      canRedo: state.future.length > 0,
      apply,
      undo,
      redo,
      reset,
    }),
    [state, apply, undo, redo, reset],
  );
}
