import { createHash, X509Certificate } from 'node:crypto';
import { createServer } from 'node:https';
import { generate } from 'selfsigned';
import { prepareRoutes, REPLICA_HOSTS, resolveRoute } from '../fixtures/routes.mjs';

// HTTPS server for the replica sites, routed by Host header + path, with a self-signed certificate for
// both real host names made at start. Chromium reaches it through --host-resolver-rules, so pages load
// at their real URLs (https://vpcp.baocaochinhphu.gov.vn/…, port 443 as far as the page knows).

/** base64 SHA-256 of the certificate's public key, for --ignore-certificate-errors-spki-list. */
function spkiHash(certPem) {
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

/**
 * @param {{ port?: number, host?: string }} [options] port 0 (default) picks a free one
 */
export async function startServer({ port = 0, host = '127.0.0.1' } = {}) {
  await prepareRoutes();
  const pems = await generate([{ name: 'commonName', value: REPLICA_HOSTS[0] }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: REPLICA_HOSTS.map((value) => ({ type: 2, value })) },
    ],
  });
  /** Every request the server answered, for tests that want to know what the page loaded. */
  const requests = [];
  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const hostName = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${hostName || 'unknown'}`);
    requests.push({ method: req.method, host: hostName, url: url.href });
    let route;
    try {
      route = resolveRoute(hostName, url);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Lỗi dựng trang mô phỏng: ${error?.stack ?? error}`);
      return;
    }
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Không có trang mô phỏng cho ${url.href}`);
      return;
    }
    res.writeHead(route.status, {
      'content-type': route.type,
      'cache-control': 'no-store',
      ...route.headers,
    });
    res.end(route.body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: actualPort,
    host,
    hosts: REPLICA_HOSTS,
    certificate: pems.cert,
    spki: spkiHash(pems.cert),
    requests,
    /** --host-resolver-rules value sending both replica hosts here and nothing else anywhere. */
    resolverRules: [...REPLICA_HOSTS.map((h) => `MAP ${h} ${host}:${actualPort}`), 'MAP * ~NOTFOUND'].join(
      ', ',
    ),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// `node test/e2e/server.mjs [port]` serves the replicas until Ctrl+C (for looking at them by hand).
if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await startServer({ port: Number(process.argv[2] ?? 8443) });
  console.log(
    `Replicas on https://127.0.0.1:${s.port} — Chromium flag: --host-resolver-rules="${s.resolverRules}"`,
  );
}
