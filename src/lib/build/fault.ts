/**
 * TEST-ONLY fault injection, so tests can break a real build at the points where it could
 * lose or misreport a site. Inert unless the environment variable is set:
 *
 *   ANNALS_FAULT=<point>:<action>[,<point>:<action>…]
 *
 * points:  during-render (Astro's build:generated hook: pages written, Astro not done),
 *          after-render, during-index (search indexing under way), after-index,
 *          swap-aside (instead of moving the old output aside), swap-in (instead of moving
 *          staging into place, old output already aside), roll-back (instead of moving
 *          the old output back), remove-previous
 * actions: throw (a plain error); an errno code such as EACCES, EXDEV or EBUSY (an error
 *          with that code, as the file system gives); hang (print `annals-fault: <point>`
 *          on stderr, then wait, so a test can send SIGKILL or SIGINT at that exact point)
 */
export type FaultPoint =
  | 'during-render'
  | 'after-render'
  | 'during-index'
  | 'after-index'
  | 'swap-aside'
  | 'swap-in'
  | 'roll-back'
  | 'remove-previous';

function actionAt(point: FaultPoint): string | undefined {
  for (const entry of (process.env.ANNALS_FAULT ?? '').split(',')) {
    const [where, action] = entry.split(':');
    if (where === point) return action;
  }
  return undefined;
}

/** Throws for `throw` or an errno action; synchronous, for the rollback in signal handlers. */
export function faultSync(point: FaultPoint): void {
  const action = actionAt(point);
  if (action === 'throw') throw new Error(`injected fault at ${point}`);
  if (action && /^E[A-Z]+$/.test(action)) throw Object.assign(new Error(`${action}: injected at ${point}`), { code: action });
}

export async function fault(point: FaultPoint): Promise<void> {
  faultSync(point);
  if (actionAt(point) === 'hang') {
    process.stderr.write(`annals-fault: ${point}\n`);
    await new Promise(() => setInterval(() => {}, 60_000));
  }
}
