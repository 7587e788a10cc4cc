import { useRef, useState } from 'react';
import { REDIRECT_URIS_MAX, type FieldErrors } from '@bnder/shared';

export interface UriRow {
  /** Stable identity for React, so removing a row keeps the others' focus and state. */
  key: number;
  value: string;
}

function toRows(values: readonly string[]): UriRow[] {
  return (values.length > 0 ? values : ['']).map((value, key) => ({ key, value }));
}

/** The rows of a redirect-URI editor: at least one, at most REDIRECT_URIS_MAX. */
export function useRedirectUriRows(initial: readonly string[] = []) {
  const [rows, setRows] = useState<UriRow[]>(() => toRows(initial));
  const nextKey = useRef(Math.max(initial.length, 1));

  const values = rows.map((row) => row.value);
  const canAdd = rows.length < REDIRECT_URIS_MAX;
  const canRemove = rows.length > 1;

  /** Each change returns the new values, so the form can validate them right away. */
  function update(index: number, value: string): string[] {
    const next = rows.map((row, i) => (i === index ? { ...row, value } : row));
    setRows(next);
    return next.map((row) => row.value);
  }

  function add(): string[] {
    if (!canAdd) return values;
    const next = [...rows, { key: nextKey.current++, value: '' }];
    setRows(next);
    return next.map((row) => row.value);
  }

  function remove(index: number): string[] {
    if (!canRemove) return values;
    const next = rows.filter((_, i) => i !== index);
    setRows(next);
    return next.map((row) => row.value);
  }

  function reset(to: readonly string[]) {
    nextKey.current = Math.max(to.length, 1);
    setRows(toRows(to));
  }

  return { rows, values, canAdd, canRemove, update, add, remove, reset };
}

/** What the redirect-URI editor shows and calls back; useAppFields builds it. */
export interface RedirectUrisEditorProps {
  rows: UriRow[];
  errors: FieldErrors;
  canAdd: boolean;
  canRemove: boolean;
  onChange: (index: number, value: string) => void;
  onBlur: (index: number) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}
