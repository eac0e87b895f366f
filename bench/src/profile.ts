// Summarises a V8 .cpuprofile (node --cpu-prof) by where the self time went: per npm package,
// Node's internals, our own code, GC; and the top functions. Used by `npm run bench -- --profile`.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time per owner (package, node internals, our code ...), biggest first. */
  byOwner: { owner: string; ms: number; share: number }[];
  topFunctions: { fn: string; owner: string; ms: number; share: number }[];
}

/** Who a frame belongs to: the npm package of its file, our code, Node, or V8's pseudo frames. */
export function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node (internals)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) {
    // Prisma's generated client lives in our tree but is Prisma's code.
    return pkg[1];
  }
  if (url.includes('/generated/prisma/')) return '@prisma/client (generated)';
  if (url.includes('/bench/dist/')) return 'portico: bench';
  if (url.includes('/dist/')) return `portico: ${url.slice(url.indexOf('/dist/') + 6).split('/')[0] ?? ''}`;
  return url;
}

export function summariseProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
  // Native frames (writev, runMicrotasks) and Node's own modules (net, streams, crypto) are
  // charged to the nearest package or our code that called them: "pg writing to its socket"
  // shows as pg (via node), not as an anonymous native cost.
  const isNodeOrNative = (url: string) => !url || url.startsWith('node:');
  const chargedTo = (node: ProfileNode): string => {
    const { url, functionName } = node.callFrame;
    if (!isNodeOrNative(url) || functionName.startsWith('(')) return ownerOf(url, functionName);
    for (let id = parentOf.get(node.id); id !== undefined; id = parentOf.get(id)) {
      const caller = byId.get(id)?.callFrame;
      if (caller && !isNodeOrNative(caller.url)) return `${ownerOf(caller.url, caller.functionName)} (via node)`;
    }
    return url ? 'node (internals)' : '(native)';
  };
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const owners = new Map<string, number>();
  const functions = new Map<string, { owner: string; us: number }>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    total += us;
    const owner = chargedTo(node);
    owners.set(owner, (owners.get(owner) ?? 0) + us);
    const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : ''}`.trim();
    const entry = functions.get(key) ?? { owner, us: 0 };
    entry.us += us;
    functions.set(key, entry);
  }
  const share = (us: number) => (total ? us / total : 0);
  return {
    totalMs: total / 1000,
    byOwner: [...owners].sort((a, b) => b[1] - a[1]).map(([owner, us]) => ({ owner, ms: us / 1000, share: share(us) })),
    topFunctions: [...functions]
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, top)
      .map(([fn, { owner, us }]) => ({ fn, owner, ms: us / 1000, share: share(us) })),
  };
}

export function renderProfile(title: string, summary: ProfileSummary, owners = 22): string {
  const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
  return [
    `#### ${title}`,
    '',
    `Self time of the API process under load (idle excluded): ${(summary.totalMs / 1000).toFixed(1)} s.`,
    '',
    '| owner | self time | share |',
    '|---|---:|---:|',
    ...summary.byOwner.slice(0, owners).map((o) => `| ${o.owner} | ${o.ms.toFixed(0)} ms | ${pct(o.share)} |`),
    '',
    '| top functions (self) | owner | share |',
    '|---|---|---:|',
    ...summary.topFunctions.map((f) => `| \`${f.fn.replaceAll('|', '\\|')}\` | ${f.owner} | ${pct(f.share)} |`),
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('profile.js') && process.argv[2]) {
  console.log(renderProfile(process.argv[2], summariseProfile(process.argv[2])));
}
