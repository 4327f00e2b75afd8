import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

// Frictionless validation of a data package: ajv (draft-04, as the profiles are written) against the published v1
// profiles that Frictionless's own `datapackage` package ships, then that package's loader, which also reads every
// row of the tabular resources and casts it with their Table Schema.
const require = createRequire(import.meta.url);
const profile = (name: string): object => require(`datapackage/lib/profiles/${name}.json`) as object;

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('textarea', true);

type Descriptor = { profile?: string; resources: { profile?: string; name: string }[] };

/** The problems of a package (descriptor plus its files by name); an empty list when it is valid. */
export async function frictionlessProblems(files: Map<string, Buffer>): Promise<string[]> {
  const descriptor = JSON.parse(files.get('datapackage.json')!.toString('utf8')) as Descriptor;
  const problems: string[] = [];
  const check = (name: string, value: unknown, where: string) => {
    const validate = ajv.getSchema(name) ?? (ajv.addSchema(profile(name), name), ajv.getSchema(name)!);
    if (!validate(value)) problems.push(...(validate.errors ?? []).map((e) => `${where}${e.instancePath} ${e.message}`));
  };
  check(descriptor.profile ?? 'data-package', descriptor, 'datapackage.json');
  descriptor.resources.forEach((r, i) => check(r.profile ?? 'data-resource', r, `resources[${i}] (${r.name})`));
  const dir = mkdtempSync(join(tmpdir(), 'odd17-package-'));
  try {
    for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
    const { Package } = require('datapackage') as { Package: { load(d: unknown, o: object): Promise<DataPackage> } };
    const dp = await Package.load(join(dir, 'datapackage.json'), { strict: false });
    problems.push(...dp.errors.map((e) => `datapackage: ${e.message}`));
    for (const resource of dp.resources.filter((r) => r.tabular)) {
      try {
        await resource.read({ cast: true });
      } catch (error) {
        const multiple = (error as { errors?: Error[] }).errors;
        problems.push(...(multiple?.length ? multiple : [error as Error]).map((e) => `${resource.name}: ${e.message}`));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return problems;
}

interface DataPackage {
  errors: Error[];
  resources: { name: string; tabular: boolean; read(options: { cast: boolean }): Promise<unknown[][]> }[];
}
