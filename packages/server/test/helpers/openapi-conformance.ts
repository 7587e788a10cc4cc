import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const API = '/consumer/v1/';
const DOCUMENT_PATH = '/consumer/v1/openapi.json';

type Schema = Record<string, unknown>;
type Header = { $ref?: string; required?: boolean; schema?: Schema };
type Answer = {
  description: string;
  headers?: Record<string, Header>;
  content?: Record<string, { schema: Schema }>;
};
type Operation = { responses: Record<string, Answer> };
type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; headers: Record<string, Header> };
};

/** The server's own document, compiled once per server: what each answer of the API may be. */
class DocumentedAnswers {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly routes: { pattern: RegExp; path: string }[];

  constructor(private readonly document: OpenApiDocument) {
    addFormats.default(this.ajv);
    this.ajv.addSchema(closeObjects(structuredClone(document)), 'openapi');
    this.routes = Object.keys(document.paths).map((path) => ({ path, pattern: templateOf(path) }));
  }

  async check(method: string, pathname: string, response: Response): Promise<string[]> {
    const path = this.routes.find((route) => route.pattern.test(pathname))?.path;
    const verb = method === 'HEAD' ? 'get' : method.toLowerCase();
    const operation = path ? this.document.paths[path]?.[verb] : undefined;
    const where = `${method} ${pathname} answered ${response.status}`;
    // A path or method the API does not have: a 404, or the 4xx of a body Fastify could not
    // read first, in the API's error shape.
    if (!path || !operation) {
      if (response.status < 400 || response.status >= 500)
        return [`${where}, but the document has no such operation`];
      if (method === 'HEAD') return [];
      return this.checkBody(where, response, '#/components/schemas/Error');
    }
    const answer = operation.responses[String(response.status)] ?? operation.responses.default;
    const pointer = `#/paths/${escape(path)}/${verb}/responses/${response.status}`;
    if (!answer) {
      const listed = Object.keys(operation.responses).join(', ');
      return [`${where}, a status the document does not list (it lists ${listed})`];
    }
    const problems = this.checkHeaders(where, response, answer, pointer);
    const media = answer.content?.['application/json'];
    if (!media) {
      const body = await response.clone().text();
      if (body !== '') problems.push(`${where} with a body, where the document lists none`);
      return problems;
    }
    if (method === 'HEAD') return problems;
    return [
      ...problems,
      ...(await this.checkBody(where, response, `${pointer}/content/application~1json/schema`)),
    ];
  }

  /** Every example of every answer, against the schema it illustrates. */
  checkExamples(): string[] {
    const problems: string[] = [];
    for (const [path, item] of Object.entries(this.document.paths)) {
      for (const [verb, operation] of Object.entries(item)) {
        for (const [status, answer] of Object.entries(operation.responses)) {
          const media = answer.content?.['application/json'] as
            { examples?: Record<string, { value: unknown }> } | undefined;
          const pointer = `#/paths/${escape(path)}/${verb}/responses/${status}/content/application~1json/schema`;
          for (const [name, example] of Object.entries(media?.examples ?? {})) {
            const error = this.validate(pointer, example.value);
            if (error) problems.push(`${verb} ${path} ${status} example ${name} ${error}`);
          }
        }
      }
    }
    return problems;
  }

  private checkHeaders(where: string, response: Response, answer: Answer, pointer: string) {
    const problems: string[] = [];
    for (const [name, listed] of Object.entries(answer.headers ?? {})) {
      const header = listed.$ref ? this.resolve<Header>(listed.$ref) : listed;
      const value = response.headers.get(name);
      if (value === null) {
        if (header.required) problems.push(`${where} without the required ${name} header`);
        continue;
      }
      const schemaPointer = listed.$ref
        ? `${listed.$ref}/schema`
        : `${pointer}/headers/${escape(name)}/schema`;
      const error = this.validate(schemaPointer, value);
      if (error) problems.push(`${where} with ${name}: ${value}, which ${error}`);
    }
    return problems;
  }

  private async checkBody(where: string, response: Response, schemaPointer: string) {
    const type = response.headers.get('content-type') ?? '';
    if (!/^application\/json\b/.test(type)) return [`${where} with Content-Type ${type}, not JSON`];
    const text = await response.clone().text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return [`${where} with a body that is not JSON: ${text.slice(0, 200)}`];
    }
    const error = this.validate(schemaPointer, body);
    return error ? [`${where} with ${text.slice(0, 300)}, which ${error}`] : [];
  }

  private validate(pointer: string, value: unknown): string | null {
    let validator = this.validators.get(pointer);
    if (!validator) {
      validator = this.ajv.compile({ $ref: `openapi${pointer}` });
      this.validators.set(pointer, validator);
    }
    return validator(value)
      ? null
      : `breaks the document: ${this.ajv.errorsText(validator.errors)}`;
  }

  private resolve<T>(ref: string): T {
    const parts = ref.replace(/^#\//, '').split('/').map(unescape);
    return parts.reduce<unknown>(
      (node, part) => (node as Record<string, unknown>)[part],
      this.document,
    ) as T;
  }
}

/** `/consumer/v1/notes/{id}` matches `/consumer/v1/notes/<no slash>`; the router allows an empty id too. */
function templateOf(path: string): RegExp {
  const literal = path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join('[^/]*')}$`);
}

// RFC 6901 §3: `~` and `/` in a JSON Pointer token.
const escape = (token: string) => token.replaceAll('~', '~0').replaceAll('/', '~1');
const unescape = (token: string) => token.replaceAll('~1', '/').replaceAll('~0', '~');

/**
 * The tests read every object schema as closed: a field the document does not list fails,
 * though clients of the document may still expect new fields in time.
 */
function closeObjects<T>(node: T): T {
  if (Array.isArray(node)) node.forEach(closeObjects);
  else if (node && typeof node === 'object') {
    const schema = node as Schema;
    if (
      schema.properties &&
      typeof schema.properties === 'object' &&
      !('additionalProperties' in schema)
    )
      schema.additionalProperties = false;
    Object.values(schema).forEach(closeObjects);
  }
  return node;
}

const documents = new Map<string, Promise<DocumentedAnswers>>();

export function documentedAnswers(origin: string): Promise<DocumentedAnswers> {
  let answers = documents.get(origin);
  if (!answers) {
    answers = fetch(new URL(DOCUMENT_PATH, origin))
      .then((response) => response.json() as Promise<OpenApiDocument>)
      .then((document) => new DocumentedAnswers(document));
    documents.set(origin, answers);
  }
  return answers;
}

/**
 * Throws when an answer of the REST API is not one its OpenAPI document lists: an unlisted
 * status, a missing required header, or a body (or a field in it) the schema does not allow.
 * Other paths, the document itself and CORS preflights pass through unchecked.
 */
export async function expectDocumented(
  method: string,
  url: URL,
  response: Response,
): Promise<void> {
  const upper = method.toUpperCase();
  if (!url.pathname.startsWith(API) || url.pathname === DOCUMENT_PATH || upper === 'OPTIONS')
    return;
  const problems = await (await documentedAnswers(url.origin)).check(upper, url.pathname, response);
  if (problems.length > 0) throw new Error(`Undocumented answer: ${problems.join('; ')}`);
}

/** `fetch`, then the check above. */
export async function documentedFetch(
  input: string | URL,
  init: RequestInit = {},
): Promise<Response> {
  const url = new URL(input);
  const response = await fetch(url, init);
  await expectDocumented(init.method ?? 'GET', url, response);
  return response;
}
