import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeProblem } from './problemText';

/** A whole page that could not load: 404 reads as "not found or not yours", anything else as an error. */
export function ProblemResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { title, detail, requestId, status } = describeProblem(error, t);
  const resultStatus = status === 404 ? '404' : status === 403 ? '403' : 'error';
  return (
    <Result
      status={resultStatus}
      title={title}
      subTitle={[detail, requestId && t('problem.requestId', { requestId })].filter(Boolean).join(' ')}
      extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
