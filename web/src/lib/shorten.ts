/** A text cut to `max` characters with « … »: a pasted paragraph or a hand-made URL stays readable where it is shown. */
export const shorten = (text: string, max = 40): string => (text.length > max ? `${text.slice(0, max)}…` : text);
