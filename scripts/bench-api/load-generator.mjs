// Closed-loop HTTP load generator, run in its own process: N keep-alive connections, each sending its next request as
// soon as the previous one ends. `sides` are what is compared (the engine, the proxy…), each a list of targets, one
// per search. Every step sends the same search to each side in turn, the first side alternating: with one connection,
// the sides are measured paired, under the same machine state, rather than in runs seconds apart. One side = a plain loop.
import { Agent, request } from 'node:http';

const { sides, connections, durationMs } = JSON.parse(process.argv[2]);
const agent = new Agent({ keepAlive: true, maxSockets: connections * sides.length });
const latencies = sides.map(() => []);
const errors = sides.map(() => 0);
let step = 0;

function send(target) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = request(target.url, { method: target.method, agent, headers: target.headers, timeout: 10_000 }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode === 200 ? Number(process.hrtime.bigint() - started) / 1e6 : undefined));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(undefined));
    req.end(target.body);
  });
}

const deadline = Date.now() + durationMs;
const started = Date.now();
const cpu = process.cpuUsage();
await Promise.all(
  Array.from({ length: connections }, async () => {
    while (Date.now() < deadline) {
      const n = step++;
      for (let k = 0; k < sides.length; k++) {
        const side = (n + k) % sides.length;
        const ms = await send(sides[side][n % sides[side].length]);
        if (ms === undefined) errors[side]++;
        else latencies[side].push(ms);
      }
    }
  }),
);
const elapsed = (Date.now() - started) / 1000;
const used = process.cpuUsage(cpu);
const total = latencies.reduce((sum, l) => sum + l.length, 0);
const at = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const result = latencies.map((l, side) => {
  l.sort((a, b) => a - b);
  return { requests: l.length, errors: errors[side], rps: l.length / elapsed, p50: at(l, 0.5), p95: at(l, 0.95) };
});
// The generator's own CPU per request: on 2 shared cores it competes with what it measures, so it is reported.
process.stdout.write(JSON.stringify({ sides: result, cpuMsPerRequest: (used.user + used.system) / 1000 / Math.max(1, total) }));
agent.destroy();
