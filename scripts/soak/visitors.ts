import { send } from './client.js';

/** `n` visitor cookies as browsers get them: the page's Set-Cookie (or a first API call's, when no page is served). */
export async function visitorCookies(base: string, n: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < n; i++) {
    const outcome = await send({ path: '/', headers: { Accept: 'text/html', 'Sec-Fetch-Site': 'none' } }, { base });
    let set = 'answer' in outcome ? ([] as string[]).concat(outcome.answer.headers['set-cookie'] ?? []) : [];
    if (!set.length) {
      const api = await send({ path: '/api/taxonomy', headers: { 'Sec-Fetch-Site': 'same-origin' } }, { base });
      set = 'answer' in api ? ([] as string[]).concat(api.answer.headers['set-cookie'] ?? []) : [];
    }
    const cookie = set.find((c) => c.startsWith('odd17_visiteur='))?.split(';')[0];
    if (!cookie) throw new Error(`pas de cookie de visiteur pour le ${i + 1}e visiteur (quota de nouveaux visiteurs atteint ?)`);
    cookies.push(cookie);
  }
  return cookies;
}
