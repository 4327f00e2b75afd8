// What must never leave the server (api.md): keys, the engine's address, raw engine errors, stacks, server paths.

export interface Secrets {
  masterKey: string;
  searchKey: string;
  engineUrl: string;
  root: string;
}

/** The leaks found in a response (headers and body as text), as short descriptions. */
export function findLeaks(text: string, secrets: Secrets): string[] {
  const found: string[] = [];
  const host = new URL(secrets.engineUrl).host;
  if (secrets.masterKey && text.includes(secrets.masterKey)) found.push('clé maître');
  if (secrets.searchKey && text.includes(secrets.searchKey)) found.push('clé de recherche');
  if (text.includes(host)) found.push(`adresse du moteur (${host})`);
  if (text.includes(secrets.root)) found.push('chemin du serveur');
  if (/\n\s+at [^\n]*\.(?:ts|js|mjs):\d+/.test(text)) found.push('pile d’appels');
  if (/ECONNREFUSED|ECONNRESET|index_not_found|invalid_api_key|MeilisearchApiError/.test(text)) found.push('erreur brute du moteur');
  return found;
}
