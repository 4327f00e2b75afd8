import yauzl from 'yauzl';

/** Every file of a zip, by name (yauzl: a strict reader, so a malformed archive fails here). */
export async function zipEntries(zip: Buffer): Promise<Map<string, Buffer>> {
  const archive = await new Promise<yauzl.ZipFile>((ok, ko) => yauzl.fromBuffer(zip, { lazyEntries: true }, (e, z) => (e ? ko(e) : ok(z))));
  const files = new Map<string, Buffer>();
  await new Promise<void>((ok, ko) => {
    archive.on('error', ko);
    archive.on('end', ok);
    archive.on('entry', (entry: yauzl.Entry) => {
      archive.openReadStream(entry, (error, stream) => {
        if (error) return ko(error);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          archive.readEntry();
        });
      });
    });
    archive.readEntry();
  });
  return files;
}
