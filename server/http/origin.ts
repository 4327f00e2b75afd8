import type { Request } from 'express';

/**
 * The site's public origin for links that leave the page (exports, feeds): PUBLIC_URL when set, else the request's own
 * (its Host, and its scheme as seen through a trusted proxy only).
 */
export const originOf = (req: Request, publicUrl?: string): string => (publicUrl ? publicUrl.replace(/\/$/, '') : `${req.protocol}://${req.get('host') ?? 'localhost'}`);
