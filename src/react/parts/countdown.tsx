import { formatDuration } from '../../i18n/format';
import { useCountdown } from '../use-countdown';
import { useFlowUi, useParts } from '../flow-ui';

/** Props of {@link Countdown}. */
export interface CountdownProps {
  /** Wall-clock ms it counts down to. */
  until: number;
  /** Called once at zero. */
  onDone?: () => void;
}

/**
 * A ticking `m:ss` in the flow's digits (`۹:۵۸` in `fa`; `data-state` = `running | done`). Not
 * live: the flow announces the step instead of every second.
 */
export function Countdown({ until, onDone }: CountdownProps) {
  const seconds = useCountdown(until, onDone);
  const { locale } = useFlowUi();
  return (
    <time {...useParts()('countdown')} data-state={seconds > 0 ? 'running' : 'done'} dateTime={`PT${seconds}S`}>
      {formatDuration(seconds, locale)}
    </time>
  );
}

/** Put this where `{time}` goes (`t(key, { time: timeSlot })`), then render with {@link CountdownText}. */
export const timeSlot = '\u2063';

/** A sentence with a live countdown in place of its `{time}` placeholder. */
export function CountdownText({ text, until, onDone }: CountdownProps & { text: string }) {
  const [before, after = ''] = text.split(timeSlot);
  return (
    <>
      {before}
      <Countdown until={until} onDone={onDone} />
      {after}
    </>
  );
}
