// The worker's resource API actions: the profile and notes, each with the token's scope.
import { pick, snippet } from './plumbing.mjs';

export const apiActions = {
  async me() {
    const grant = this.accessGrant();
    await this.bearer('api.me', 'GET', '/consumer/v1/me', grant, {
      status: [200],
      check: (body) => (body?.id === this.userId ? null : `me is ${snippet(body)}`),
    });
  },

  async notesCreate() {
    const grant = this.accessGrant();
    const allowed = grant.accessScope.includes('write');
    const result = await this.bearer(
      'api.notes.create',
      'POST',
      '/consumer/v1/notes',
      grant,
      {
        status: [allowed ? 201 : 403],
        check: (body) =>
          allowed
            ? typeof body?.id === 'string'
              ? null
              : `created ${snippet(body)}`
            : body?.error === 'insufficient_scope'
              ? null
              : `refused with ${snippet(body)}`,
      },
      { title: `Soak note ${this.requests}`, body: 'Written by bench/soak.mjs' },
    );
    if (allowed && result.verdict === 'ok') this.notes.push(result.body.id);
  },

  async notesList() {
    await this.bearer('api.notes.list', 'GET', '/consumer/v1/notes', this.accessGrant(), {
      status: [200],
      check: (body) => {
        if (!Array.isArray(body?.data)) return `list is ${snippet(body)}`;
        const ids = new Set(body.data.map((n) => n.id));
        const missing = this.notes.filter((id) => !ids.has(id));
        return missing.length === 0 ? null : `own notes missing from the list: ${missing}`;
      },
    });
  },

  async notesGet() {
    const id = pick(this.notes);
    await this.bearer('api.notes.get', 'GET', `/consumer/v1/notes/${id}`, this.accessGrant(), {
      status: [200],
      check: (body) => (body?.id === id ? null : `note is ${snippet(body)}`),
    });
  },

  async notesDelete() {
    const grant = this.accessGrant();
    const allowed = grant.accessScope.includes('delete');
    const id = pick(this.notes);
    const result = await this.bearer(
      'api.notes.delete',
      'DELETE',
      `/consumer/v1/notes/${id}`,
      grant,
      { status: [allowed ? 204 : 403] },
    );
    if (allowed && result.verdict === 'ok') this.notes = this.notes.filter((n) => n !== id);
  },
};
