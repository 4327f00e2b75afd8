import type { ParamProblem } from '#domain/api-types.js';
import type { z } from 'zod';
import { HttpError } from './http-error.js';

export type { ParamProblem };

/** A 400 stays small whatever the request (a 15 KB URL once gave a 146 KB answer): ten problems, values cut. */
const MAX_PROBLEMS = 10;
const MAX_VALUE_CHARS = 100;

/** The raw value at an issue's path; a single repeatable param arrives as a string, not an array. */
function valueAt(input: Record<string, unknown>, path: PropertyKey[]): unknown {
  const [param, index] = path;
  const raw = input[String(param)];
  return Array.isArray(raw) && typeof index === 'number' ? raw[index] : raw;
}

const cut = (text: string): string => (text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text);

/** A value as shown back: strings cut; anything else (an array of a param given twice where one was expected) as cut JSON. */
function shown(value: unknown): unknown {
  if (value === undefined || typeof value === 'number' || typeof value === 'boolean') return value;
  return cut(typeof value === 'string' ? value : JSON.stringify(value));
}

function expectedOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value': {
      const values = issue.values.map(String);
      return values.length > 12 ? `l’une des ${values.length} valeurs de /api/taxonomy (ex. ${values.slice(0, 4).join(', ')}…)` : `l’une de : ${values.join(', ')}`;
    }
    case 'too_big':
      return issue.origin === 'string' ? `au plus ${String(issue.maximum)} caractères` : `un nombre inférieur ou égal à ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string' ? `au moins ${String(issue.minimum)} caractères` : `un nombre supérieur ou égal à ${String(issue.minimum)}`;
    case 'invalid_type':
      // Domain schemas carry French messages ("un entier entre 1 et 17"); zod's own default is English.
      return issue.message.startsWith('Invalid input') ? (issue.expected === 'number' ? 'un nombre entier' : `une valeur de type ${issue.expected}`) : issue.message;
    default:
      return issue.message;
  }
}

/** Every problem of a failed parse, one per param and distinct value, values cut to a readable length. */
export function describeIssues(error: z.ZodError, input: Record<string, unknown>): ParamProblem[] {
  const problems = new Map<string, ParamProblem>();
  // Told apart by the whole param and value, shown cut.
  const add = (param: string, value: unknown, expected: string) => {
    const key = JSON.stringify([param, value]);
    if (!problems.has(key)) problems.set(key, { param: cut(param), value: shown(value), expected });
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(key, input[key], 'aucun paramètre de ce nom (paramètre inconnu)');
      continue;
    }
    add(String(issue.path[0] ?? ''), valueAt(input, issue.path), expectedOf(issue));
  }
  return [...problems.values()];
}

const show = (value: unknown): string => (typeof value === 'string' ? `« ${value} »` : JSON.stringify(value) ?? 'absent');
const count = (n: number) => n.toLocaleString('fr-FR').replace(/\u202f/g, ' ');

/** Parses a query string (or params) with a domain schema; a failure is a 400 naming param, value and expectation. */
export function parseQuery<S extends z.ZodType>(schema: S, input: Record<string, unknown>): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const all = describeIssues(parsed.error, input);
  const listed = all.slice(0, MAX_PROBLEMS);
  const more = all.length - listed.length;
  const sentences = listed.map((p) => `Paramètre « ${p.param} » : valeur ${show(p.value)} refusée, attendu ${p.expected}.`);
  if (more > 0) sentences.push(`(et ${count(more)} autre${more > 1 ? 's' : ''} problème${more > 1 ? 's' : ''})`);
  throw new HttpError(400, 'invalid_request', sentences.join(' '), listed);
}
