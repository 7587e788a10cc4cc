/** Examples of /consumer/v1/me and /consumer/v1/notes answers, for the OpenAPI document. */

const exampleNote = {
  id: '0b6f4a52-3c1d-4e8f-9a27-5d0c8e1f2b34',
  title: 'Groceries',
  body: 'Milk, bread',
  created_at: '2026-01-05T09:30:00.000Z',
  updated_at: '2026-01-05T09:30:00.000Z',
};

export const API_EXAMPLES = {
  profile: {
    profile: {
      summary: 'Your profile',
      value: {
        id: '7d3e2c1b-9a8f-4e6d-b5c4-3a2f1e0d9c8b',
        email: 'ada@example.com',
        display_name: 'Ada',
      },
    },
  },
  note: { note: { summary: 'A note', value: exampleNote } },
  notes: {
    notes: {
      summary: 'One note, the last page',
      value: { data: [exampleNote], next_cursor: null },
    },
  },
};
