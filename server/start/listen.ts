import type { Server } from 'node:http';
import type { Express } from 'express';
import type { Config } from '../config.js';
import { createAppServer } from '../http/app-server.js';

/** Listens, resolving once the port is bound; a taken port is said plainly. */
export function listen(app: Express, config: Pick<Config, 'PORT' | 'HOST'>): Promise<Server> {
  return new Promise((resolveServer, reject) => {
    const server: Server = createAppServer(app);
    const refused = (error: NodeJS.ErrnoException) => {
      const busy = error.code === 'EADDRINUSE';
      reject(busy ? new Error(`le port ${config.PORT} est déjà utilisé : arrêtez l’autre service ou choisissez PORT=…`) : error);
    };
    server.once('error', refused);
    server.listen(config.PORT, config.HOST, () => {
      server.off('error', refused);
      resolveServer(server);
    });
    server.headersTimeout = 30_000;
    server.requestTimeout = 10 * 60_000; // a 100k-row export may take a while to stream
    server.keepAliveTimeout = 65_000;
  });
}
