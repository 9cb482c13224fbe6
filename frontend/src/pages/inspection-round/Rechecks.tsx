import { App, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFindings, useRecheckFinding } from '../../api/inspectionQueries';
import type { Finding, InspectionRound } from '../../api/types';
import { FindingTable } from '../../components/inspection/FindingTable';
import { FormModal } from '../../components/FormModal';
import { useFormProblem } from '../../components/useFormProblem';
import { acceptsFindings, mayWorkOnRound } from '../../domain/inspection';

/**
 * 回头看: the closed findings of the earlier round this one re-checks, each with 复查 while the team is on site
 * or at feedback (not fixed reopens it with a new deadline).
 */
export function Rechecks({ round, onOpen }: { round: InspectionRound; onOpen: (finding: Finding) => void }) {
  const { t } = useTranslation();
  const earlier = useFindings({ roundId: round.followUpOf ?? undefined, size: 200 }, Boolean(round.followUpOf));
  const [checking, setChecking] = useState<Finding>();
  const ids = new Set(round.recheckFindingIds ?? []);
  const findings = (earlier.data?.items ?? []).filter((finding) => ids.has(finding.id!));
  const mayCheck = mayWorkOnRound(round) && acceptsFindings(round);

  return (
    <>
      <FindingTable
        findings={findings}
        loading={earlier.isFetching}
        pagination={false}
        onOpen={onOpen}
        empty={t('inspection.followUp.none')}
        action={{
          title: t('inspection.recheck.title'),
          render: (finding) =>
            mayCheck && finding.status === 'CLOSED' ? (
              <Button
                size="small"
                onClick={(event) => {
                  event.stopPropagation();
                  setChecking(finding);
                }}
              >
                {t('inspection.recheck.button')}
              </Button>
            ) : null,
        }}
      />
      {checking && <RecheckModal round={round} finding={checking} onClose={() => setChecking(undefined)} />}
    </>
  );
}

/** 复查: fixed (the finding stays closed) or not (reopened with a new deadline), with a note. */
function RecheckModal({ round, finding, onClose }: { round: InspectionRound; finding: Finding; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ fixed: boolean; note: string }>();
  const recheck = useRecheckFinding(round.id!);
  const showProblem = useFormProblem(form, ['fixed', 'note']);
  const submit = ({ fixed, note }: { fixed: boolean; note: string }) =>
    recheck.mutate(
      { findingId: finding.id!, version: finding.version, fixed, note: note.trim() },
      {
        onSuccess: (result) => {
          void message.success(fixed ? t('inspection.recheck.fixed') : t('inspection.recheck.reopened', { due: result.dueOn }));
          onClose();
        },
        onError: showProblem,
      },
    );
  return (
    <FormModal title={t('inspection.recheck.modalTitle', { unit: finding.unitName, category: finding.category })} form={form} saving={recheck.isPending} width={560} onClose={onClose}>
      <Form form={form} layout="vertical" name="recheck" onFinish={submit}>
        <Form.Item name="fixed" label={t('inspection.recheck.result')} rules={[{ required: true, message: t('form.required') }]}>
          <Radio.Group
            options={[
              { value: true, label: t('inspection.recheck.isFixed') },
              { value: false, label: t('inspection.recheck.notFixed') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label={t('inspection.recheck.note')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
