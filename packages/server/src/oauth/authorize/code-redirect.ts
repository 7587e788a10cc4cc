import type { EntityManager } from 'typeorm';
import type { CodeBinding, CodeStore } from '../../grants/code.store.js';
import { successRedirect } from './authorization-response.js';

/** RFC 6749 §4.1.2: issue a code bound to the request and send the user back with it. */
export class CodeRedirects {
  constructor(
    private readonly codes: CodeStore,
    private readonly issuer: () => string,
  ) {}

  async issue(
    binding: CodeBinding & { state: string | null },
    manager?: EntityManager,
  ): Promise<string> {
    const { state, ...bound } = binding;
    const code = await this.codes.issue(bound, manager);
    return successRedirect(binding.redirectUri, { code, state, iss: this.issuer() });
  }
}
