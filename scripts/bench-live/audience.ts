import { Agent, request } from 'node:http';
import { once } from 'node:events';
import { openSse, type SseConnection } from '../support/sse-client.js';

// bench:live's audience, in its own process: N followers on one session's event stream, and the presenter. Each
// follower that receives a state fetches its results, as a browser does; times are taken here, on one clock.

export interface AudiencePlan {
  base: string;
  code: string;
  token: string;
  followers: number;
  /** The presenter's screens, in order, with the pause before each. */
  steps: { path: string; afterMs: number }[];
  /** The engine alone answering each step's search: its URL, a search key and the bodies the proxy would send. */
  engine: { url: string; key: string; bodies: string[] };
}

export interface PassResult {
  /** Per step and follower: ms from the presenter's PUT to the state received / to the results received. */
  state: number[];
  results: number[];
  /** Per step: the slowest follower's state / results, ms. */
  slowest: { state: number; results: number }[];
  missing: number;
  /** Steps with a follower missing, as « step:count ». */
  missingBySteps: string[];
  errors: number;
}

const plan = JSON.parse(process.argv[2]!) as AudiencePlan;
const agent = new Agent({ keepAlive: true, maxSockets: plan.followers });

/** One request on the keep-alive agent; resolves with the status once the whole body is read. */
function send(url: string, method: string, headers: Record<string, string> = {}, body?: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { method, agent, headers, timeout: 10_000 }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
    });
    req.once('timeout', () => req.destroy(new Error('timeout')));
    req.once('error', () => resolve(0));
    req.end(body);
  });
}

const put = (path: string) =>
  send(`${plan.base}/api/live/${plan.code}/state`, 'PUT', { Authorization: `Bearer ${plan.token}`, 'Content-Type': 'application/json' }, JSON.stringify({ path }));
const searchUrl = (path: string) => `${plan.base}/api/search?${path.slice(path.indexOf('?') + 1)}`;
const report = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

/** The presenter goes through the steps; every follower records when each state arrives and, if `fetch`, its results. */
async function pass(streams: SseConnection[], fetchResults: boolean): Promise<PassResult> {
  const sentAt: number[] = [];
  // Filled with undefined (not sparse): every() below must see each follower.
  const stateAt = plan.steps.map(() => Array.from<number | undefined>({ length: streams.length }));
  const resultsAt = plan.steps.map(() => Array.from<number | undefined>({ length: streams.length }));
  const index = new Map(plan.steps.map((s, i) => [s.path, i]));
  let errors = 0;
  let pending = 0;
  const listeners = streams.map((stream, f) => (event: { event: string; data: string; at: number }) => {
    if (event.event !== 'state') return;
    const step = index.get((JSON.parse(event.data) as { path: string }).path);
    if (step === undefined || stateAt[step]![f] !== undefined) return;
    stateAt[step]![f] = event.at;
    if (!fetchResults) return;
    pending++;
    void send(searchUrl(plan.steps[step]!.path), 'GET').then((status) => {
      pending--;
      if (status === 200) resultsAt[step]![f] = performance.now();
      else errors++;
    });
  });
  streams.forEach((s, f) => (active[f] = listeners[f]!));
  for (const [i, step] of plan.steps.entries()) {
    await new Promise((r) => setTimeout(r, step.afterMs));
    sentAt[i] = performance.now();
    if ((await put(step.path)) !== 204) errors++;
  }
  // Bounded wait for the last states and answers.
  const deadline = performance.now() + 10_000;
  const complete = () => stateAt.every((row) => row.every((t) => t !== undefined)) && pending === 0;
  while (!complete() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const state: number[] = [];
  const results: number[] = [];
  let missing = 0;
  const missingBySteps: string[] = [];
  const slowest = plan.steps.map((_, i) => ({
    state: Math.max(...stateAt[i]!.map((t) => (t ?? NaN) - sentAt[i]!).filter(Number.isFinite)),
    results: Math.max(...resultsAt[i]!.map((t) => (t ?? NaN) - sentAt[i]!).filter(Number.isFinite)),
  }));
  plan.steps.forEach((_, i) => {
    let missed = 0;
    for (let f = 0; f < streams.length; f++) {
      const s = stateAt[i]![f];
      const r = resultsAt[i]![f];
      if (s === undefined || (fetchResults && r === undefined)) missed++;
      if (s !== undefined) state.push(s - sentAt[i]!);
      if (r !== undefined) results.push(r - sentAt[i]!);
    }
    missing += missed;
    if (missed) missingBySteps.push(`${i}:${missed}`);
  });
  return { state, results, slowest, missing, missingBySteps, errors };
}

/** The engine alone: each step's multi-search sent straight to it, 10 times, one at a time; ms each. */
async function engineAlone(): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const body of plan.engine.bodies) {
      const t = performance.now();
      await send(`${plan.engine.url}/multi-search`, 'POST', { Authorization: `Bearer ${plan.engine.key}`, 'Content-Type': 'application/json' }, body);
      times.push(performance.now() - t);
    }
  }
  return times;
}

const active: ((event: { event: string; data: string; at: number }) => void)[] = [];
const streams = await Promise.all(Array.from({ length: plan.followers }, () => openSse(`${plan.base}/api/live/${plan.code}/events`)));
const refused = streams.filter((s) => s.status !== 200).length;
const open = streams.filter((s) => s.status === 200);
open.forEach((s, f) => s.onEvent((e) => active[f]?.(e)));
await Promise.all(open.map((s) => s.next('state', 30_000)));
let dropped = 0;
for (const s of open) void s.ended.then(() => dropped++);
report({ ready: true, refused });
await once(process.stdin, 'data');

const fanout = await pass(open, false);
const full = await pass(open, true);
const engine = await engineAlone();
report({ fanout, full, engine, refused, dropped });
// The app measures its memory with every follower still connected, then without them.
await once(process.stdin, 'data');
for (const s of open) s.close();
agent.destroy();
process.exit(0);
