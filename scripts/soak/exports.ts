import { get } from 'node:http';
import type { Stack } from './stack.js';
import { Tally, type PhaseFigures } from './tally.js';
import { visitorCookies } from './visitors.js';

/** CSV records in a stream, quotes understood (cells hold line breaks): the header and every example row. */
function recordCounter(): { feed(chunk: Buffer): void; readonly records: number } {
  let quoted = false;
  let records = 0;
  let pending = false;
  return {
    feed(chunk) {
      for (const byte of chunk) {
        if (byte === 0x22) quoted = !quoted;
        else if (byte === 0x0a && !quoted) {
          records++;
          pending = false;
          continue;
        }
        pending = true;
      }
    },
    get records() {
      return records + (pending ? 1 : 0);
    },
  };
}

type Result = { status: number; retryAfter?: number } | { status: 200; whole: boolean; rows?: number; total: number; bytes: number; ms: number } | { error: string };

/** One export streamed to the end and checked whole (CSV rows = X-Total-Count; XLSX ends with the zip's directory). */
function exportOnce(base: string, format: 'csv' | 'xlsx', cookie: string): Promise<Result> {
  const started = performance.now();
  return new Promise((resolve) => {
    get(`${base}/api/export?format=${format}`, { headers: { Cookie: cookie } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return res.once('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: Number(res.headers['retry-after'] ?? 0) }));
      }
      const total = Number(res.headers['x-total-count']);
      const counter = recordCounter();
      let tail = Buffer.alloc(0);
      let bytes = 0;
      res.on('data', (c: Buffer) => {
        bytes += c.length;
        if (format === 'csv') counter.feed(c);
        else tail = Buffer.concat([tail, c]).subarray(-4_096);
      });
      const finish = () => {
        const rows = format === 'csv' ? counter.records - 1 : undefined;
        const whole = res.complete && (format === 'csv' ? rows === total : tail.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06])));
        resolve({ status: 200, whole, rows, total, bytes, ms: performance.now() - started });
      };
      res.once('end', finish);
      res.once('error', finish);
    }).once('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
  });
}

/** `count` exports of the whole base at once, half CSV, half XLSX, retried on 503 as Retry-After says; app memory sampled. */
export async function concurrentExports(stack: Stack, count: number, deadlineMs: number): Promise<PhaseFigures> {
  const tally = new Tally(`${count} exports simultanés`);
  const before = stack.appRssMb();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, stack.appRssMb())), 200);
  const deadline = Date.now() + deadlineMs;
  let whole = 0;
  let retries = 0;
  const totals = new Set<number>();
  // Researchers, each in their own browser.
  const cookies = await visitorCookies(stack.base, count);
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const format = i % 2 ? 'xlsx' : 'csv';
      while (Date.now() < deadline) {
        const result = await exportOnce(stack.base, format, cookies[i]!);
        if ('error' in result) return void tally.error(result.error);
        if (!('whole' in result)) {
          tally.status(result.status, 0);
          if (result.status !== 503) return;
          retries++;
          await new Promise((r) => setTimeout(r, 1000 * Math.max(1, result.retryAfter ?? 1) + Math.random() * 500));
          continue;
        }
        tally.status(200, result.ms);
        totals.add(result.total);
        if (result.whole) whole++;
        return;
      }
      tally.hang();
    }),
  );
  clearInterval(sampler);
  tally.note('whole', `${whole}/${count}`);
  tally.note('rows', [...totals].join(','));
  tally.note('retries', retries);
  tally.note('appRss', `${before.toFixed(0)} → pic ${peak.toFixed(0)} MB`);
  tally.note('appRssPeakMb', Math.round(peak));
  return tally.done();
}
