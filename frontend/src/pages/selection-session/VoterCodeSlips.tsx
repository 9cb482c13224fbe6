import { CheckOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Space, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import type { IssuedVoterCodes, VotingSession } from '../../api/types';
import { useAppConfig } from '../../app/appConfig';
import { usePrintableDocument } from '../../components/usePrinting';
import { enumLabel } from '../../domain/enums';

/** The class on `<body>` while the slips are shown: the print stylesheet then prints the slips and nothing else. */
const SLIPS_CLASS = 'benling-voter-slips';

/** Where a voter types the code: the public ballot page of this very deployment. */
function ballotAddress(): string {
  return `${window.location.origin}/ballot`;
}

interface Props {
  session: VotingSession;
  codes: IssuedVoterCodes;
  /** The slips are printed: they go, and nothing can show them again. */
  onDone: () => void;
}

/**
 * 投票码: the codes the service issued, shown this once, as slips to print and cut, one per voter with the session, the
 * voter's category and where to vote. Leaving the page (or reloading it) loses them, so the user is asked first.
 */
export function VoterCodeSlips({ session, codes, onDone }: Props) {
  const { t } = useTranslation();
  const { appName } = useAppConfig();
  usePrintableDocument(t('selection.slips.documentTitle', { title: session.title }), SLIPS_CLASS);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);
  // leaving for another page of the app loses them as surely as reloading: asked first too
  const { modal } = App.useApp();
  const blocker = useBlocker(true);
  // one question per attempt to leave, however often the page renders meanwhile
  const asking = useRef(false);
  useEffect(() => {
    if (blocker.state !== 'blocked') {
      asking.current = false;
      return;
    }
    if (asking.current) return;
    asking.current = true;
    modal.confirm({
      title: t('selection.slips.leaveTitle'),
      content: t('selection.slips.leaveConfirm'),
      okText: t('selection.slips.leave'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t]);
  const total = codes.categories.reduce((sum, category) => sum + category.codes.length, 0);
  const address = ballotAddress();

  return (
    <Card
      title={t('selection.slips.title')}
      className="selection-slips-card"
      extra={
        <Space className="selection-no-print" wrap>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('selection.slips.print')}
          </Button>
          <Popconfirm title={t('selection.slips.doneConfirm')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={onDone}>
            <Button icon={<CheckOutlined />}>{t('selection.slips.done')}</Button>
          </Popconfirm>
        </Space>
      }
    >
      <Flex vertical gap={16}>
        <Alert
          className="selection-no-print"
          type="warning"
          showIcon
          title={t('selection.slips.onceTitle')}
          description={t('selection.slips.onceDetail', {
            count: total,
            categories: codes.categories.map((category) => t('selection.slips.categoryCount', { name: category.name, count: category.codes.length })).join(t('selection.results.separator')),
          })}
        />
        <div className="selection-slips" aria-label={t('selection.slips.title')} role="list">
          {codes.categories.flatMap((category) =>
            category.codes.map((code) => (
              <div key={code} className="selection-slip" role="listitem" data-category={category.code}>
                <Typography.Text type="secondary" className="selection-slip-head">
                  {appName} · {enumLabel(t, 'votingKind', session.kind)}
                </Typography.Text>
                <Typography.Text strong className="selection-slip-title">
                  {session.title}
                </Typography.Text>
                <span>{t('selection.slips.category', { name: category.name })}</span>
                <span className="selection-slip-code">{code}</span>
                <span className="selection-slip-address">{t('selection.slips.where', { address })}</span>
                <Typography.Text type="secondary" className="selection-slip-note">
                  {t('selection.slips.note')}
                </Typography.Text>
              </div>
            )),
          )}
        </div>
      </Flex>
    </Card>
  );
}
