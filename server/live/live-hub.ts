import { SSE_PING, type EventStream } from './event-stream.js';

/** The followers this process holds, by session: a presenter's change reaches them from memory, at once. */
export interface LiveHub {
  add(code: string, stream: EventStream): void;
  count(code: string): number;
  /** Sessions with at least one follower here. */
  codes(): string[];
  streamsFrom(ip: string): number;
  broadcast(code: string, chunk: string): void;
  /** Sends `chunk` (the end event) to a session's followers and closes their streams. */
  endSession(code: string, chunk: string): void;
  ping(): void;
  /** Closes every stream without an end event: browsers reconnect (to another process, after a restart). */
  dropAll(): void;
}

export function createLiveHub(): LiveHub {
  const sessions = new Map<string, Set<EventStream>>();
  const perIp = new Map<string, number>();
  const remove = (code: string, stream: EventStream) => {
    const set = sessions.get(code);
    if (!set?.delete(stream)) return;
    if (set.size === 0) sessions.delete(code);
    const n = (perIp.get(stream.ip) ?? 1) - 1;
    if (n > 0) perIp.set(stream.ip, n);
    else perIp.delete(stream.ip);
  };
  const each = (f: (stream: EventStream) => void) => {
    for (const set of [...sessions.values()]) for (const stream of [...set]) f(stream);
  };
  return {
    add(code, stream) {
      if (stream.closed) return;
      let set = sessions.get(code);
      if (!set) sessions.set(code, (set = new Set()));
      set.add(stream);
      perIp.set(stream.ip, (perIp.get(stream.ip) ?? 0) + 1);
      stream.onClose(() => remove(code, stream));
    },
    count: (code) => sessions.get(code)?.size ?? 0,
    codes: () => [...sessions.keys()],
    streamsFrom: (ip) => perIp.get(ip) ?? 0,
    broadcast(code, chunk) {
      for (const stream of sessions.get(code) ?? []) stream.send(chunk);
    },
    endSession(code, chunk) {
      for (const stream of [...(sessions.get(code) ?? [])]) {
        stream.send(chunk);
        stream.end();
      }
    },
    ping: () => each((stream) => stream.send(SSE_PING)),
    dropAll: () => each((stream) => stream.end()),
  };
}
