import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../api/types';
import { reasonText } from '../domain/reasons';
import { describeProblem } from './problemText';

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** The retry button's label, when retrying means something more precise (刷新). */
  retryText?: string;
  /** Prefix each violation with its field; off where the messages name what they are about themselves. */
  showFields?: boolean;
}

/** One violation in the reader's language: worded from its reason code where it has one, else the server's words. */
function violationText(language: string, v: Violation, showField: boolean): string {
  const message = reasonText(language, v, v.message);
  return v.field && showField ? `${v.field}: ${message}` : message;
}

/** A failed request shown where its data would have been, with the server's violations listed. */
export function ProblemAlert({ error, onRetry, retryText, showFields = true }: Props) {
  const { t, i18n } = useTranslation();
  const { title, detail, requestId } = describeProblem(error, t);
  const violations = (error as { violations?: Violation[] } | null)?.violations ?? [];
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={
        <>
          {detail && <div>{detail}</div>}
          {violations.length > 0 && (
            <ul>
              {violations.map((v, i) => (
                <li key={`${v.field}-${i}`}>{violationText(i18n.language, v, showFields)}</li>
              ))}
            </ul>
          )}
          {requestId && (
            <Typography.Text type="secondary" copyable={{ text: requestId }}>
              {t('problem.requestId', { requestId })}
            </Typography.Text>
          )}
        </>
      }
      action={onRetry && <Button size="small" onClick={onRetry}>{retryText ?? t('common.retry')}</Button>}
    />
  );
}
