import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SearchContext } from '../engine-client/multi-search.js';
import { datasetState } from '../search/dataset-info.js';
import { writeDataPackage } from './data-package/write-package.js';
import { exportMeta } from './export-meta.js';
import { ExportDataChangedError, readAllMatches } from './read-all.js';
import { packageName } from './stream-export.js';

// The whole base as a data package, built once per data version into a file of this process's own cache folder and
// served from there. A cache, not state: any process rebuilds it from the engine, so several processes stay stateless.

export interface BasePackage {
  path: string;
  bytes: number;
  dataVersion: string;
  publishedAt: string | null;
  documents: number;
}

export interface BasePackageCache {
  /** The package of the live data version, built first if this process has none for it; undefined when nothing is published. */
  current(origin: string): Promise<BasePackage | undefined>;
}

/** `dir`: the cache folder (absent: a fresh one in the system's temporary directory, made at the first build). */
export function createBasePackageCache(options: { ctx: SearchContext; dir?: string; now?: () => Date }): BasePackageCache {
  const { ctx } = options;
  let folder: Promise<string> | undefined;
  const cacheDir = () => (folder ??= options.dir ? mkdir(options.dir, { recursive: true }).then(() => options.dir!) : mkdtemp(join(tmpdir(), 'odd17-base-')));
  const now = options.now ?? (() => new Date());
  const ready = new Map<string, BasePackage>();
  const building = new Map<string, Promise<BasePackage>>();

  async function build(origin: string): Promise<BasePackage> {
    const dir = await cacheDir();
    const set = await readAllMatches(ctx, {}, 'relevance');
    const version = set.dataVersion ?? 'sans-version';
    const path = join(dir, `base-${version}.zip`);
    const partial = `${path}.${process.pid}.partial`;
    try {
      const reopen = () => readAllMatches(ctx, {}, 'relevance');
      const at = now();
      const meta = exportMeta({ filters: {}, sort: 'relevance', lang: 'fr', total: set.total, dataVersion: set.dataVersion, at, origin }).meta;
      await writeDataPackage(set, reopen, createWriteStream(partial), { name: packageName('base'), separator: ';', lang: 'fr', metaOf: () => meta });
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    // Older versions' files are of no use any more.
    for (const name of await readdir(dir)) if (name.startsWith('base-') && join(dir, name) !== path) await rm(join(dir, name), { force: true });
    const built = { path, bytes: (await stat(path)).size, dataVersion: version, publishedAt: set.publishedAt, documents: set.total };
    ready.clear();
    ready.set(version, built);
    return built;
  }

  /** One build per version at a time; a swap during the build (the set changed under it) is retried once. */
  function buildOnce(version: string, origin: string): Promise<BasePackage> {
    let pending = building.get(version);
    if (!pending) {
      pending = build(origin).catch((error: unknown) => (error instanceof ExportDataChangedError ? build(origin) : Promise.reject(error)));
      building.set(version, pending);
      void pending.finally(() => building.delete(version)).catch(() => {});
    }
    return pending;
  }

  return {
    async current(origin) {
      const { dataVersion, documents } = await datasetState(ctx);
      if (!dataVersion && documents === 0) return undefined;
      const version = dataVersion ?? 'sans-version';
      return ready.get(version) ?? buildOnce(version, origin);
    },
  };
}
