import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTOR_TYPE_IDS, MODE_IDS, SCALE_IDS, STATUS_IDS, THEME_IDS } from '#domain/facets.js';
import { lookupDepartment, regionOfDepartment } from '#domain/lookup.js';
import { normaliseActorType as lookupActorType, normaliseMode as lookupMode, normaliseRegion as lookupRegion, normaliseScale as lookupScale, normaliseStatus as lookupStatus, normaliseTheme as lookupTheme } from '#domain/normalise/facet-values.js';
import { REGION_IDS } from '#domain/regions.js';
import { COMMITTED } from '#scripts/sample/committed-sample.js';
import { generateSampleFiles } from '#scripts/sample/generate.js';

const FILES = Object.values(COMMITTED.files);
const DIALECT = {
  [COMMITTED.files.plateforme]: { encoding: 'utf8', delimiter: ';', title: 'Titre', region: 'Région', department: 'Département', sdg: 'ODD', actors: "Types d'acteurs", leadType: 'Type de porteur', partners: 'Partenaires', theme: 'Thématiques', mode: 'Mode de partenariat', scale: 'Échelle', status: 'Statut', id: 'ID' },
  [COMMITTED.files.tableur]: { encoding: 'win1252', delimiter: ';', title: 'TITRE :', region: 'REGION', department: 'Departement :', sdg: 'ODD :', actors: 'Types d’acteurs', leadType: 'Type De Porteur', partners: 'Partenaires :', theme: 'Thematiques', mode: 'Mode de partenariat', scale: 'echelle', status: 'Statut :', id: 'id :' },
  [COMMITTED.files.ancien]: { encoding: 'utf8', delimiter: ',', title: 'title', region: 'region', department: 'department', sdg: 'SDG', actors: '', leadType: 'lead type', partners: 'partners', theme: 'themes', mode: 'partnership mode', scale: 'scale', status: 'status', id: 'id' },
} as const;

type Row = Record<string, string>;
let dirA: string;
let dirB: string;
const bytes = new Map<string, Buffer>();
const rows = new Map<string, Row[]>();

function parseFile(file: string, raw: Buffer): Row[] {
  const d = DIALECT[file]!;
  const text = d.encoding === 'win1252' ? iconv.decode(raw, 'win1252') : raw.toString('utf8');
  return parse(text, { bom: true, columns: true, delimiter: d.delimiter, skip_empty_lines: true }) as Row[];
}

const pieces = (cell: string | undefined): string[] => (cell ?? '').split(/[;|,/\n]/).map((s) => s.trim()).filter(Boolean);
const collect = <T>(pick: (file: string, row: Row) => (T | undefined)[]): Set<T> =>
  new Set(FILES.flatMap((file) => rows.get(file)!.flatMap((row) => pick(file, row))).filter((v): v is T => v !== undefined));
const isRejected = (title: string): boolean => title.replace(/<[^>]*>|&nbsp;/g, '').trim() === '';

beforeAll(async () => {
  dirA = await mkdtemp(join(tmpdir(), 'sample-a-'));
  dirB = await mkdtemp(join(tmpdir(), 'sample-b-'));
  await generateSampleFiles({ outDir: dirA });
  await generateSampleFiles({ outDir: dirB });
  for (const file of FILES) {
    bytes.set(file, await readFile(join(dirA, file)));
    rows.set(file, parseFile(file, bytes.get(file)!));
  }
});

afterAll(async () => {
  await rm(dirA, { recursive: true, force: true });
  await rm(dirB, { recursive: true, force: true });
});

describe('generateSampleFiles › committed sample', () => {
  it('writes the same bytes on every run', async () => {
    for (const file of FILES) expect((await readFile(join(dirB, file))).equals(bytes.get(file)!), file).toBe(true);
  });

  it('matches the files committed in data/', async () => {
    for (const file of FILES) expect((await readFile(join('data', file))).equals(bytes.get(file)!), `data/${file} is stale: run npm run generate-sample`).toBe(true);
  });

  it('writes the platform export as UTF-8 with BOM and `;`', () => {
    const raw = bytes.get(COMMITTED.files.plateforme)!;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.subarray(3, 40).toString('utf8')).toMatch(/^ID;Titre;Résumé;/);
  });

  it('writes the spreadsheet in Windows-1252 with `;` and CRLF', () => {
    const raw = bytes.get(COMMITTED.files.tableur)!;
    expect(raw.includes(Buffer.from([0xe9]))).toBe(true); // é as one cp1252 byte
    expect(raw.includes(Buffer.from('é', 'utf8'))).toBe(false);
    const header = raw.subarray(0, raw.indexOf(0x0a) + 1).toString('latin1');
    expect(header).toMatch(/^TITRE :;r\xe9sum\xe9;REGION;.*;Commentaire interne\r\n$/);
  });

  it('writes the old export as UTF-8 without BOM, `,` and English headers', () => {
    const raw = bytes.get(COMMITTED.files.ancien)!;
    expect(raw.subarray(0, 20).toString('utf8')).toMatch(/^id,title,summary,/);
  });

  it('holds at least 1,200 distinct titled examples and exactly the planned rejects', () => {
    const titled = collect((file, r) => {
      const title = r[DIALECT[file]!.title] ?? '';
      return [isRejected(title) ? undefined : title];
    });
    expect(titled.size).toBeGreaterThanOrEqual(1200);
    const rejected = FILES.map((file) => rows.get(file)!.filter((r) => isRejected(r[DIALECT[file]!.title] ?? '') && Object.values(r).some(Boolean)).length);
    expect(rejected).toEqual([COMMITTED.rejects.plateforme, COMMITTED.rejects.tableur, COMMITTED.rejects.ancien]);
  });

  it('covers every region, overseas and national included', () => {
    const regions = collect((file, r) => [
      ...pieces(r[DIALECT[file]!.region]).map(lookupRegion),
      ...pieces(r[DIALECT[file]!.department]).map((d) => regionOfDepartment(lookupDepartment(d) ?? '')),
    ]);
    expect([...regions].sort()).toEqual([...REGION_IDS].sort());
  });

  it('covers all 17 SDGs', () => {
    const sdgs = collect((file, r) => pieces(r[DIALECT[file]!.sdg]).map((s) => Number(/^(?:ODD|SDG|Objectif)?\s*(\d{1,2})/i.exec(s)?.[1])));
    expect([...sdgs].sort((a, b) => a - b)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it('covers every actor type, theme, mode, scale and status', () => {
    const actors = collect((file, r) => [
      ...pieces(r[DIALECT[file]!.actors]).map(lookupActorType),
      lookupActorType(r[DIALECT[file]!.leadType] ?? ''),
      ...pieces(r[DIALECT[file]!.partners]).map((p) => lookupActorType(/\(([^)]+)\)$/.exec(p)?.[1] ?? '')),
    ]);
    expect([...actors].sort()).toEqual([...ACTOR_TYPE_IDS].sort());
    expect([...collect((f, r) => pieces(r[DIALECT[f]!.theme]).map(lookupTheme))].sort()).toEqual([...THEME_IDS].sort());
    expect([...collect((f, r) => [lookupMode(r[DIALECT[f]!.mode] ?? '')])].sort()).toEqual([...MODE_IDS].sort());
    expect([...collect((f, r) => [lookupScale(r[DIALECT[f]!.scale] ?? '')])].sort()).toEqual([...SCALE_IDS].sort());
    expect([...collect((f, r) => [lookupStatus(r[DIALECT[f]!.status] ?? '')])].sort()).toEqual([...STATUS_IDS].sort());
  });

  it('includes the showcased examples with SDG 17', () => {
    const platform = rows.get(COMMITTED.files.plateforme)!;
    for (const id of ['gaia-isere', 'labo-partenariats-strasbourg', 'pemb-vitawin', 'alliance-dynamique']) {
      expect(platform.find((r) => r.ID === id)?.ODD, id).toMatch(/ODD 17/);
    }
  });

  it('repeats the planned ids across and within files', () => {
    const ids = FILES.flatMap((file) => rows.get(file)!.map((r) => r[DIALECT[file]!.id]).filter(Boolean));
    const planned = COMMITTED.olderInAncien + COMMITTED.olderInPlateforme + COMMITTED.repeatedInPlateforme;
    expect(ids.length - new Set(ids).size).toBe(planned);
  });
});

describe('generateSampleFiles › bulk rows', () => {
  it('writes exactly N valid rows with distinct titles across the three dialects', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sample-bulk-'));
    try {
      const written = await generateSampleFiles({ outDir: dir, rows: 300, seed: 7 });
      expect(written.map((f) => f.rows)).toEqual([150, 90, 60]);
      const titles = (await Promise.all(FILES.map(async (file) => parseFile(file, await readFile(join(dir, file))).map((r) => r[DIALECT[file]!.title]))))
        .flat();
      expect(titles).toHaveLength(300);
      expect(new Set(titles).size).toBe(300);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
