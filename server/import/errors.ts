/** A fatal import error: the run stops, the live index is untouched, the message is shown as is. */
export class ImportError extends Error {
  override name = 'ImportError';
}
