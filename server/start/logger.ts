import { createRequire } from 'node:module';
import { pino, type Logger } from 'pino';

/** JSON lines for machines; readable lines on a terminal when pino-pretty is installed (it is a dev dependency). */
export function createLogger(level: string, stream: NodeJS.WriteStream = process.stdout): Logger {
  if (stream.isTTY && canResolve('pino-pretty')) {
    return pino({ level, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true } } });
  }
  return pino({ level });
}

function canResolve(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}
