// A stand-in engine for proxy-cpu.ts: answers each recorded multi-search body with the engine's recorded bytes, at
// once, so the proxy's own CPU can be measured without the real engine competing for the same cores.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const answers = new Map(JSON.parse(readFileSync(process.argv[2], 'utf8')).map(({ body, answer }) => [body, Buffer.from(answer)]));
const server = createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const answer = answers.get(body);
    res.writeHead(answer ? 200 : 404, { 'Content-Type': 'application/json', 'Content-Length': answer ? answer.length : 2 });
    res.end(answer ?? '{}');
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
