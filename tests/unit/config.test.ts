import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '#server/config.js';
import { EngineUnavailableError, findEngineBinary } from '#server/engine/binary.js';

describe('loadConfig', () => {
  it('gives the documented defaults', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3000, MEILI_INDEX: 'examples', MEILI_DATA_DIR: '.meili' });
  });

  it('refuses the old per-minute limit by name rather than ignoring it', () => {
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '6000' })).toThrow(/RATE_LIMIT_PER_MINUTE[\s\S]*RATE_LIMIT_PER_SECOND/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ MEILI_URL: '' }).MEILI_URL).toBeUndefined();
  });

  it('lists every bad key at once', () => {
    expect.assertions(2);
    try {
      loadConfig({ PORT: 'abc', MEILI_URL: 'not a url', MEILI_INDEX: 'a b' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(/PORT[\s\S]*MEILI_URL[\s\S]*MEILI_INDEX/);
    }
  });
});

describe('findEngineBinary', () => {
  it('explains in one line what to do on a platform without a bundled engine', () => {
    expect(() => findEngineBinary('darwin', 'arm64')).toThrow(EngineUnavailableError);
    expect(() => findEngineBinary('darwin', 'arm64')).toThrow(/darwin-arm64.*MEILI_URL/);
  });

  it.runIf(process.platform === 'linux' && process.arch === 'x64')('finds the bundled binary on Linux x64 and makes it executable', () => {
    const path = findEngineBinary();
    expect(path).toMatch(/meilisearch$/);
    expect(statSync(path).mode & 0o100).not.toBe(0);
  });
});
