import { Agent } from 'node:http';
import { createRng } from '../sample/prng.js';
import { record, send } from './client.js';
import { fuzzCase, type Known } from './fuzz-cases.js';
import { RAW_CASES, sendRaw } from './raw-cases.js';
import type { Stack } from './stack.js';
import { Tally, type PhaseFigures } from './tally.js';
import { visitorCookies } from './visitors.js';

/**
 * ≥ 10,000 hostile requests across every endpoint, paced under the address's ceiling so they reach the handlers:
 * most carry one of 150 visitor cookies (as many browsers behind one address would), some none.
 */
export async function fuzz(stack: Stack, known: Known, options: { requests: number; concurrency: number; perSecond: number }): Promise<PhaseFigures> {
  const tally = new Tally('fuzz');
  const rng = createRng(9_017);
  const cookies = await visitorCookies(stack.base, 150);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < options.requests) {
        const i = next++;
        // Paced: request i is not sent before i / perSecond seconds.
        const due = started + (1000 * i) / options.perSecond - performance.now();
        if (due > 0) await new Promise((r) => setTimeout(r, due));
        const ask = fuzzCase(rng, known);
        if (rng.chance(0.85)) ask.headers = { ...ask.headers, Cookie: [ask.headers?.Cookie, rng.pick(cookies)].filter(Boolean).join('; ') };
        record(await send(ask, { base: stack.base, agent: rng.chance(0.7) ? agent : undefined, keepBytes: 512 * 1024 }), tally, stack.secrets, `${ask.method} ${ask.path}`);
      }
    }),
  );
  const port = Number(new URL(stack.base).port);
  for (let round = 0; round < 3; round++) for (const raw of RAW_CASES) await sendRaw(port, raw, tally, stack.secrets);
  agent.destroy();
  tally.note('raw', RAW_CASES.length * 3);
  return tally.done();
}
