import type { VerifyCodeStep } from '../../core/flow/types';
import type { Translate } from '../flow-ui';

/**
 * The code step's heading and description by method: `google`, `sms` and `email` have their own
 * words; an admin-added method is named by the server's `localizedCaption` (cleaned and capped by
 * the client), which React renders as text.
 */
export function verifyCodeTexts(step: VerifyCodeStep, t: Translate): { heading: string; description: string } {
  switch (step.method) {
    case 'google':
      return { heading: t('verifyCode.heading'), description: t('verifyCode.google') };
    case 'sms':
      return { heading: t('verifyCode.heading'), description: t('verifyCode.sms') };
    case 'email':
      return { heading: t('verifyCode.emailHeading'), description: t('verifyCode.email') };
    default: {
      const caption = step.providers.find((m) => m.name === step.method)?.localizedCaption ?? step.method;
      return { heading: t('verifyCode.heading'), description: t('verifyCode.other', { method: caption }) };
    }
  }
}
