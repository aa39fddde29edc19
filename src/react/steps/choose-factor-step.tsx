import { schemaResolver } from '../schema-resolver';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { translateIssue, useFlowUi, useParts } from '../flow-ui';
import { Button } from '../parts/button';
import { Message } from '../parts/message';
import { StepFrame } from '../parts/step-frame';
import type { StepProps } from './types';

const schema = z.object({ method: z.string().check(z.minLength(1, 'validation.methodRequired')) });
type Values = z.infer<typeof schema>;

/** Two or more second-factor methods, each labelled with the server's `localizedCaption`. */
export function ChooseFactorStep({ step, flow, errorMessage, noticeMessage }: StepProps<'choose-factor'>) {
  const { t } = useFlowUi();
  const p = useParts();
  const form = useForm<Values>({
    resolver: schemaResolver(schema),
    defaultValues: { method: step.providers[0]?.name ?? '' },
  });
  const issue = translateIssue(t, form.formState.errors.method?.message);
  return (
    <StepFrame kind="choose-factor" heading={t('chooseFactor.heading')} notice={noticeMessage} error={errorMessage}>
      <form {...p('form')} noValidate onSubmit={form.handleSubmit(({ method }) => flow.chooseMethod(method))}>
        <fieldset {...p('method-list')} aria-invalid={issue ? true : undefined}>
          <legend {...p('label')}>{t('chooseFactor.description')}</legend>
          {step.providers.map((provider) => (
            <label key={provider.name} {...p('method-option')}>
              <input type="radio" value={provider.name} {...form.register('method')} />
              {provider.localizedCaption}
            </label>
          ))}
        </fieldset>
        {issue && <Message tone="error">{issue}</Message>}
        <Button type="submit" isPending={flow.pendingAction === 'choose-method'}>
          {t('chooseFactor.submit')}
        </Button>
      </form>
    </StepFrame>
  );
}
