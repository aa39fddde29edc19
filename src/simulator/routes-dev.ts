import { mergeConfig } from './config';
import { parseConfigPatch } from './config-validation';
import { badPathEncoding, decodeSegment, fail, json, readJsonObject, requireStrings } from './http';
import { approveByEmail } from './routes-qr';
import type { SimState } from './state';

/** Dev endpoints under `/__sim`; `reset` is the simulator's own reset (it replaces the state). */
export async function handleDev(
  state: SimState,
  request: Request,
  path: string,
  reset: () => void,
): Promise<Response> {
  const method = request.method.toUpperCase();
  if (path === '/outbox' && method === 'GET') return json(200, state.outbox);
  if (path === '/requests' && method === 'GET') return json(200, state.log);
  if (path === '/reset' && method === 'POST') {
    reset();
    return json(200, {});
  }
  if (path === '/config' && method === 'GET') return json(200, state.config);
  if (path === '/config' && method === 'PUT') {
    const body = await readJsonObject(request);
    if (body instanceof Response) return body;
    const parsed = parseConfigPatch(body);
    if (!parsed.ok) return fail(400, 'validation', 'The config patch is invalid.', { details: parsed.issues });
    state.config = mergeConfig(state.config, parsed.patch);
    return json(200, state.config);
  }
  const approve = /^\/qrcodes\/([^/]+)\/approve$/.exec(path);
  if (approve && method === 'POST') {
    const body = await readJsonObject(request);
    if (body instanceof Response) return body;
    const fields = requireStrings(body, ['email']);
    if (fields instanceof Response) return fields;
    const channelId = decodeSegment(approve[1]!);
    if (channelId === null) return badPathEncoding();
    const result = approveByEmail(state, channelId, fields.email);
    return result.ok ? json(200, { authorizationToken: result.authorizationToken }) : result.response;
  }
  return fail(404, 404, 'Not found.');
}
