import type { ValueTransformer } from 'typeorm';

/**
 * Times are stored as epoch milliseconds in a BIGINT: the same on MySQL and SQLite, free of
 * driver time-zone conversions, and cheap to compare in an index.
 */
export const epochMs: ValueTransformer = {
  to: (value: Date | null | undefined) => (value instanceof Date ? value.getTime() : value),
  from: (value: string | number | null) => (value === null ? null : new Date(Number(value))),
};

export const boolean: ValueTransformer = {
  to: (value: boolean | undefined) => value,
  from: (value: number | boolean | null) => (value === null ? null : Boolean(value)),
};
