import type { ParamProblem } from '#domain/api-types.js';
import type { z } from 'zod';
import { HttpError } from './http-error.js';

export type { ParamProblem };

/** The raw value at an issue's path; a single repeatable param arrives as a string, not an array. */
function valueAt(input: Record<string, unknown>, path: PropertyKey[]): unknown {
  const [param, index] = path;
  const raw = input[String(param)];
  return Array.isArray(raw) && typeof index === 'number' ? raw[index] : raw;
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

/** The problems of a failed parse, one per param and value, for a 400 that says what was wrong and what was expected. */
export function describeIssues(error: z.ZodError, input: Record<string, unknown>): ParamProblem[] {
  const problems: ParamProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ param: key, value: input[key], expected: 'aucun paramètre de ce nom (paramètre inconnu)' });
      continue;
    }
    const param = String(issue.path[0] ?? '');
    problems.push({ param, value: valueAt(input, issue.path), expected: expectedOf(issue) });
  }
  return problems;
}

const show = (value: unknown): string => (typeof value === 'string' ? `« ${value} »` : JSON.stringify(value) ?? 'absent');

/** Parses a query string (or params) with a domain schema; a failure is a 400 naming param, value and expectation. */
export function parseQuery<S extends z.ZodType>(schema: S, input: Record<string, unknown>): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = describeIssues(parsed.error, input);
  const message = problems.map((p) => `Paramètre « ${p.param} » : valeur ${show(p.value)} refusée, attendu ${p.expected}.`).join(' ');
  throw new HttpError(400, 'invalid_request', message, problems);
}
