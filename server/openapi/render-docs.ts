// /api/docs: a self-contained page rendered from the OpenAPI document (no CDN is reachable, no script needed).

type Json = Record<string, unknown>;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A short human form of a parameter's JSON Schema: its values, bounds and default. */
function describeSchema(schema: Json): string {
  const item = (schema.type === 'array' ? (schema.items as Json) : schema) ?? {};
  const parts: string[] = [];
  if (schema.type === 'array') parts.push('répétable');
  if (Array.isArray(item.enum)) parts.push(`valeurs : ${item.enum.map(String).join(', ')}`);
  else if (item.type) parts.push(String(item.type));
  if (item.minimum !== undefined || item.maximum !== undefined) parts.push(`${String(item.minimum ?? '…')}–${String(item.maximum ?? '…')}`);
  if (item.maxLength !== undefined) parts.push(`≤ ${String(item.maxLength)} caractères`);
  if (schema.default !== undefined) parts.push(`défaut : ${JSON.stringify(schema.default)}`);
  return parts.join(' · ');
}

function renderOperation(method: string, path: string, op: Json): string {
  const params = (op.parameters as Json[]) ?? [];
  const rows = params
    .map((p) => `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${escapeHtml(String(p.description ?? ''))}</td><td>${escapeHtml(describeSchema(p.schema as Json))}</td></tr>`)
    .join('');
  const responses = Object.entries(op.responses as Record<string, Json>)
    .map(([code, r]) => `<li><strong>${code}</strong> ${escapeHtml(String(r.description ?? ''))}</li>`)
    .join('');
  const url = path.replace('{id}', 'ID').replace('{code}', 'ODD-4821');
  const auth = op.security ? ` -H 'Authorization: Bearer <presenterToken>'` : '';
  const sent = op.requestBody ? ` -H 'Content-Type: application/json' -d '{"path":"/?q=cantine"}'` : '';
  const example = `curl${method === 'get' ? '' : ` -X ${method.toUpperCase()}`}${auth}${sent} '${url}'`;
  return `<section><h2><span class="verb">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h2><p>${escapeHtml(String(op.summary ?? ''))}</p>${op.description ? `<p>${escapeHtml(String(op.description))}</p>` : ''}
${rows ? `<table><thead><tr><th>Paramètre</th><th>Rôle</th><th>Forme</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
<ul>${responses}</ul><pre>${escapeHtml(example)}</pre></section>`;
}

/** The whole documentation page. */
export function renderDocs(doc: Json): string {
  const info = doc.info as Json;
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const body = Object.entries(paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => renderOperation(method, path, op))).join('\n');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(String(info.title))}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}
.verb{background:#19486A;color:#fff;border-radius:4px;padding:0 .4rem;font-size:.9rem}pre{background:#f4f4f4;padding:.5rem}section{margin-bottom:2.5rem}</style>
</head><body><h1>${escapeHtml(String(info.title))}</h1><p>${escapeHtml(String(info.description ?? ''))}</p>
<p>Document OpenAPI 3.1 : <a href="/api/openapi.json">/api/openapi.json</a>. Les paramètres répétables s’écrivent <code>?region=bretagne&amp;region=normandie</code>.</p>
${body}</body></html>`;
}
