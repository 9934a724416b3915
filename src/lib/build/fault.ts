/**
 * TEST-ONLY fault injection, so tests can break a real build at the points where it could
 * lose or misreport a site. Inert unless the environment variable is set:
 *
 *   ANNALS_FAULT=<point>:<action>
 *
 * points:  during-render (Astro's build:generated hook: pages written, Astro not done),
 *          after-render, during-index (search indexing under way), after-index,
 *          swap-aside (instead of moving the old output aside), swap-in (instead of moving
 *          staging into place, old output already aside), remove-previous
 * actions: throw (a plain error), eacces (an error with code EACCES, as a read-only
 *          folder gives), hang (print `annals-fault: <point>` on stderr, then wait, so a
 *          test can send SIGKILL or SIGINT at that exact point)
 */
export type FaultPoint = 'during-render' | 'after-render' | 'during-index' | 'after-index' | 'swap-aside' | 'swap-in' | 'remove-previous';

export async function fault(point: FaultPoint): Promise<void> {
  const [where, action] = (process.env.ANNALS_FAULT ?? '').split(':');
  if (where !== point) return;
  if (action === 'throw') throw new Error(`injected fault at ${point}`);
  if (action === 'eacces') throw Object.assign(new Error(`EACCES: permission denied (injected at ${point})`), { code: 'EACCES' });
  if (action === 'hang') {
    process.stderr.write(`annals-fault: ${point}\n`);
    await new Promise(() => setInterval(() => {}, 60_000));
  }
}
