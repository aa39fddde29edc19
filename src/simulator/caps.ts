/**
 * Every bound the simulator keeps, in one place: people run it for days on their machines
 * and CI, and anything a client can grow (a buggy one, or a web page on the developer's
 * machine) must stay small. Each is documented in ./README.md ("Bounds").
 */

/** Largest request body read (1 MiB); a longer one is 413 and is never buffered whole. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** A body must arrive within this (slow-drip clients): 408 and the connection closes. */
export const BODY_TIMEOUT_MS = 10_000;
/** Node server: the request head must arrive within this; Node answers 408 otherwise. */
export const HEADERS_TIMEOUT_MS = 10_000;
/** Node server: the largest request head (Node's own default, pinned): 431 beyond. */
export const MAX_HEADER_BYTES = 16 * 1024;
/** Longest string field the API accepts (an email, a password, a token): 400 beyond. */
export const MAX_FIELD_CHARS = 4096;

/** Longest path kept in a request log entry (longer ones are cut). */
export const MAX_LOGGED_PATH_CHARS = 200;
/** Request log entries kept (the oldest go first). */
export const MAX_REQUEST_LOG = 1000;
/** Outbox codes kept (the oldest go first). */
export const MAX_OUTBOX = 200;
/** Open wizards (expired ones are swept; past the cap the oldest go). */
export const MAX_WIZARDS = 10_000;
/** QR channels (expired ones are swept; past the cap the oldest go). */
export const MAX_QR_CHANNELS = 5_000;
/** An expired QR channel is kept this long (a late watch reads `expired`, not 404). */
export const QR_CHANNEL_GRACE_MS = 10 * 60_000;
/** Issued tokens remembered, live and revoked (expired ones are swept; then revoked, then the oldest go). */
export const MAX_TOKENS = 20_000;
/** Rate-limit buckets (idle ones are swept; past the cap the oldest go). */
export const MAX_RATE_BUCKETS = 10_000;
/** How often (simulator clock) expired entries are swept. */
export const SWEEP_INTERVAL_MS = 60_000;

/** Fault rules in the config. */
export const MAX_FAULTS = 100;
/** Nesting depth of a fault's JSON `body` (it is serialized on every matching request). */
export const MAX_FAULT_BODY_DEPTH = 32;
