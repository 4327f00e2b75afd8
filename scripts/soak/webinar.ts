import { Agent } from 'node:http';
import { createRng, type Rng } from '../sample/prng.js';
import { record, send } from './client.js';
import type { Known } from './fuzz-cases.js';
import type { Stack } from './stack.js';
import { Tally, type PhaseFigures } from './tally.js';
import { visitorCookies } from './visitors.js';

// What a room is told to look for; each participant types one, letter by letter, then ticks facets.
const WORDS = ['cantine', 'insertion', 'alimentation', 'climat', 'jeunes', 'numerique', 'sante', 'mobilite', 'energie', 'education', 'culture', 'emploi', 'solidarite', 'biodiversite', 'eau', 'sport'];

export interface Participant {
  cookie: string;
  agent: Agent;
  rng: Rng;
  word: string;
  typed: number;
  ticks: string[];
}

/** The participant's next request: the next prefix of its word (as search-as-you-type sends them), a facet tick, a page, an example. */
function nextRequest(p: Participant, known: Known): string {
  const roll = p.rng.next();
  if (p.typed < p.word.length && roll < 0.6) {
    // Typing at ~5 letters a second with a 150 ms debounce: a search every one to three letters.
    p.typed = Math.min(p.word.length, p.typed + p.rng.int(1, 3));
  } else if (roll < 0.8) {
    const facet = p.rng.pick(['region', 'sdg', 'theme', 'actorType']);
    const values = known.facets[facet] ?? [];
    if (values.length) p.ticks = p.ticks.length >= 3 ? [] : [...p.ticks, `${facet}=${encodeURIComponent(p.rng.pick(values.slice(0, 6)))}`];
  } else if (roll < 0.88 && known.ids.length) {
    return `/api/examples/${encodeURIComponent(p.rng.pick(known.ids))}`;
  } else if (roll < 0.93) {
    p.word = p.rng.pick(WORDS);
    p.typed = 1;
  }
  const extra = roll > 0.95 ? '&page=2' : roll > 0.93 ? '&sort=year:desc' : '';
  return `/api/search?q=${p.word.slice(0, Math.max(1, p.typed))}${p.ticks.map((t) => `&${t}`).join('')}${extra}`;
}

/** `count` participants with their own cookie (got as a browser gets it) and connections, behind one address. */
export async function joinParticipants(stack: Stack, count: number, seed = 250): Promise<Participant[]> {
  const cookies = await visitorCookies(stack.base, count);
  const rng = createRng(seed);
  return cookies.map((cookie, i) => ({ cookie, agent: new Agent({ keepAlive: true, maxSockets: 2 }), rng: createRng(seed * 1_000 + i), word: rng.pick(WORDS), typed: 0, ticks: [] }));
}

/** Each participant sends one request a second (jittered) for `seconds`; every answer is timed and checked. */
export async function webinar(stack: Stack, participants: Participant[], known: Known, seconds: number, phase = 'webinaire'): Promise<PhaseFigures> {
  const tally = new Tally(phase);
  const started = performance.now();
  const logFrom = stack.appLog.length;
  await Promise.all(
    participants.map(async (p) => {
      await new Promise((r) => setTimeout(r, p.rng.int(0, 999)));
      for (let second = 0; second < seconds; second++) {
        const due = started + 1000 * second + p.rng.int(0, 999) - performance.now();
        if (due > 0) await new Promise((r) => setTimeout(r, due));
        const path = nextRequest(p, known);
        record(await send({ path, headers: { Cookie: p.cookie, Accept: 'application/json', 'Sec-Fetch-Site': 'same-origin' } }, { base: stack.base, agent: p.agent, keepBytes: 64 * 1024 }), tally, stack.secrets, path);
      }
    }),
  );
  tally.appTimes(stack.appLog.slice(logFrom).flatMap((line) => /"url":"\/api\/[^"]*".*"responseTime":(\d+)/.exec(line)?.[1] ?? []).map(Number));
  tally.note('participants', participants.length);
  tally.note('rate', `${(tally.figures.requests / ((performance.now() - started) / 1000)).toFixed(0)} req/s`);
  return tally.done();
}
