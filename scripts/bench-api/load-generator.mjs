// Closed-loop HTTP load generator run in its own process: N keep-alive connections, each sending the next request as soon as the previous ends.
import { Agent, request } from 'node:http';

const { targets, connections, durationMs } = JSON.parse(process.argv[2]);
const agent = new Agent({ keepAlive: true, maxSockets: connections });
const latencies = [];
let errors = 0;
let next = 0;

function send(target) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = request(target.url, { method: target.method, agent, headers: target.headers, timeout: 10_000 }, (res) => {
      res.on('data', () => {});
      res.on('end', () => {
        if (res.statusCode !== 200) errors++;
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
        resolve();
      });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => {
      errors++;
      resolve();
    });
    req.end(target.body);
  });
}

const deadline = Date.now() + durationMs;
const started = Date.now();
const cpu = process.cpuUsage();
await Promise.all(
  Array.from({ length: connections }, async () => {
    while (Date.now() < deadline) await send(targets[next++ % targets.length]);
  }),
);
const elapsed = (Date.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
const used = process.cpuUsage(cpu);
// The generator's own CPU per request: on 2 shared cores it competes with what it measures, so it is reported.
const cpuMsPerRequest = (used.user + used.system) / 1000 / Math.max(1, latencies.length);
process.stdout.write(JSON.stringify({ requests: latencies.length, errors, rps: latencies.length / elapsed, p50: at(0.5), p95: at(0.95), cpuMsPerRequest }));
agent.destroy();
