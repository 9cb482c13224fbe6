import { SmileOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Result, theme, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBallotForm } from '../../api/selectionQueries';
import type { BallotForm } from '../../api/types';
import { useAppConfig } from '../../app/appConfig';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { normaliseVoterCode } from '../../domain/selection';
import { ballotProblemText } from './ballotProblems';
import { BallotSheet } from './BallotSheet';
import './BallotPage.css';

/** Where the voter is: typing the code, filling in the ballot of that code, or done. */
type Step = { step: 'code'; refusal?: string } | { step: 'ballot'; code: string; form: BallotForm } | { step: 'done' };

/**
 * 网上投票: the public page a voter opens from the printed slip, on a phone as often as not, without a login. The code
 * typed is the credential: it goes in the bodies of the two calls and stays in this page's memory only (never in the
 * address, never in a cache), until the ballot is cast. Then the page thanks the voter and is ready for the next code
 * (a shared device at the meeting).
 */
export default function BallotPage() {
  const { t } = useTranslation();
  const { appName } = useAppConfig();
  const { token } = theme.useToken();
  const [step, setStep] = useState<Step>({ step: 'code' });
  const title = t('selection.ballot.documentTitle', { appName });
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);

  return (
    <div className="ballot-page" style={{ background: token.colorBgLayout }}>
      <header className="ballot-header">
        <Typography.Text strong style={{ color: token.colorPrimary, fontSize: 18 }}>
          {appName}
        </Typography.Text>
        <LanguageSwitch />
      </header>
      <main className="ballot-main">
        {step.step === 'code' && <CodeStep refusal={step.refusal} onBallot={(code, form) => setStep({ step: 'ballot', code, form })} />}
        {step.step === 'ballot' && (
          <BallotSheet
            code={step.code}
            form={step.form}
            onCast={() => setStep({ step: 'done' })}
            onRefused={(refusal) => setStep({ step: 'code', refusal })}
          />
        )}
        {step.step === 'done' && (
          <Card>
            <Result
              status="success"
              icon={<SmileOutlined />}
              title={t('selection.ballot.thanksTitle')}
              subTitle={t('selection.ballot.thanksDetail')}
              extra={<Button onClick={() => setStep({ step: 'code' })}>{t('selection.ballot.next')}</Button>}
            />
          </Card>
        )}
      </main>
    </div>
  );
}

/** The code as printed on the slip (letters in any case, the dash or none); a code that cannot be one is not sent. */
function CodeStep({ refusal, onBallot }: { refusal?: string; onBallot: (code: string, form: BallotForm) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const ballot = useBallotForm();
  const [problem, setProblem] = useState<string | undefined>(refusal);

  const submit = ({ code: typed }: { code: string }) => {
    const code = normaliseVoterCode(typed);
    if (!code) {
      form.setFields([{ name: 'code', errors: [t('selection.ballot.codeFormat')] }]);
      return;
    }
    setProblem(undefined);
    ballot.mutate(code, {
      onSuccess: (answer) => {
        form.resetFields();
        onBallot(code, answer);
      },
      onError: (error) => setProblem(ballotProblemText(error, t)),
    });
  };

  return (
    <Card title={t('selection.ballot.title')}>
      <Flex vertical gap={16}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('selection.ballot.intro')}</Typography.Paragraph>
        {problem && <Alert type="error" showIcon title={problem} role="alert" />}
        <Form form={form} layout="vertical" name="voterCode" onFinish={submit} requiredMark={false}>
          <Form.Item name="code" label={t('selection.ballot.code')} rules={[{ required: true, whitespace: true, message: t('selection.ballot.codeRequired') }]}>
            <Input
              size="large"
              className="ballot-code-input"
              placeholder="ABCDE-FGHJK"
              maxLength={16}
              autoComplete="off"
              autoCorrect="off"
              autoCapitalize="characters"
              spellCheck={false}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={ballot.isPending}>
            {t('selection.ballot.open')}
          </Button>
        </Form>
        <Typography.Text type="secondary">{t('selection.ballot.privacy')}</Typography.Text>
      </Flex>
    </Card>
  );
}
