import { describe, expect, it } from 'vitest';
import { isCrossOriginFramed, type FramingWindow } from './framing';

const OURS = 'https://broker.example';
const HOSTILE = 'https://widget.evil.example';

/**
 * A frame chain from the top down, the last one being the flow's window. A window of another
 * origin than the flow's throws on `location` (as browsers do). `ancestorOrigins`: give the
 * flow's window the list (Chromium/WebKit) or not (Firefox walks the chain).
 */
function chain(origins: string[], options: { ancestorOrigins?: boolean; opaque?: boolean } = {}): FramingWindow {
  const own = origins.at(-1) ?? OURS;
  let top: FramingWindow | undefined;
  let parent: FramingWindow | undefined;
  let current: FramingWindow | undefined;
  origins.forEach((origin, index) => {
    const isFlow = index === origins.length - 1;
    const ancestors = origins.slice(0, index).reverse();
    const location = {
      origin: isFlow && options.opaque ? 'null' : origin,
      ...(isFlow && options.ancestorOrigins ? { ancestorOrigins: Object.assign([...ancestors], { length: ancestors.length }) } : {}),
    };
    const win: FramingWindow = {
      top: undefined,
      parent: undefined,
      origin: isFlow && options.opaque ? 'null' : origin,
      get location() {
        if (!isFlow && origin !== own) throw new DOMException('Blocked a frame', 'SecurityError');
        return location;
      },
    } as FramingWindow;
    Object.assign(win, { top: top ?? win, parent: parent ?? win });
    top ??= win;
    parent = win;
    current = win;
  });
  return current as FramingWindow;
}

describe('isCrossOriginFramed', () => {
  it.each([true, false])('ancestorOrigins available: %s', (ancestorOrigins) => {
    // Not framed.
    expect(isCrossOriginFramed(chain([OURS], { ancestorOrigins }))).toBe(false);
    // Framed by our own origin, at any depth.
    expect(isCrossOriginFramed(chain([OURS, OURS], { ancestorOrigins }))).toBe(false);
    expect(isCrossOriginFramed(chain([OURS, OURS, OURS], { ancestorOrigins }))).toBe(false);
    // Framed by another origin.
    expect(isCrossOriginFramed(chain([HOSTILE, OURS], { ancestorOrigins }))).toBe(true);
    // Our page → a hostile widget → the flow: `top` is ours, the middle is not.
    expect(isCrossOriginFramed(chain([OURS, HOSTILE, OURS], { ancestorOrigins }))).toBe(true);
    // The reverse: a hostile top → our page → the flow.
    expect(isCrossOriginFramed(chain([HOSTILE, OURS, OURS], { ancestorOrigins }))).toBe(true);
  });

  it('a sandboxed frame (opaque origin) counts as framed by another origin', () => {
    expect(isCrossOriginFramed(chain([OURS, OURS], { opaque: true }))).toBe(true);
    expect(isCrossOriginFramed(chain([OURS, OURS], { opaque: true, ancestorOrigins: true }))).toBe(true);
  });

  it('is false without a window (server rendering)', () => {
    expect(isCrossOriginFramed(undefined)).toBe(false);
  });
});
