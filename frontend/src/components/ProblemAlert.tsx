import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeProblem } from './problemText';

/** A failed request shown where its data would have been, with the server's violations listed. */
export function ProblemAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { title, detail, requestId } = describeProblem(error, t);
  const violations = (error as { violations?: { field?: string; message?: string }[] } | null)?.violations ?? [];
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
                <li key={`${v.field}-${i}`}>{v.field ? `${v.field}: ${v.message}` : v.message}</li>
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
      action={onRetry && <Button size="small" onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
