import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SoakResult } from '#scripts/soak/report.js';

// `npm run soak -- --short`: the campaign of issue 9 in small (its own engine and app process, ~1 min alone).
describe('reliability campaign, short', () => {
  it('fuzz, webinar, webinar during imports, concurrent exports, engine and import killed: 0 × 500, no hang, no leak, no participant rate-limited', async () => {
    const json = join(mkdtempSync(join(tmpdir(), 'odd17-soak-test-')), 'soak.json');
    const output: string[] = [];
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/soak.ts', '--short', '--json', json], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (c: Buffer) => output.push(c.toString()));
    child.stderr.on('data', (c: Buffer) => output.push(c.toString()));
    await new Promise((resolve) => child.once('exit', resolve));
    const result = JSON.parse(readFileSync(json, 'utf8')) as SoakResult;
    const goal = (what: string) => result.goals.find((g) => g.what === what);
    const report = output.join('');
    expect(goal('0 × 500'), report).toMatchObject({ ok: true });
    expect(goal('0 requête pendue'), report).toMatchObject({ ok: true });
    expect(goal('0 fuite'), report).toMatchObject({ ok: true });
    expect(goal('webinaire : 0 × 429'), report).toMatchObject({ ok: true });
    expect(goal('exports entiers'), report).toMatchObject({ ok: true });
    expect(goal('pannes surmontées'), report).toMatchObject({ ok: true });
    expect(result.phases.find((p) => p.phase === 'fuzz')!.requests).toBeGreaterThan(1_200);
  }, 240_000);
});
