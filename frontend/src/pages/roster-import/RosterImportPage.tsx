import { useQueryClient } from '@tanstack/react-query';
import { App, Card, Flex, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem';
import { queryKeys, useRosterImport } from '../../api/queries';
import { applyProblemToForm } from '../../components/formErrors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { problemMessage } from '../../components/problemText';
import { ImportForm, IMPORT_FORM_FIELDS, type ImportFormValues } from './ImportForm';
import { ImportReportView } from './ImportReportView';
import { outcomeFromRejection, outcomeFromReport, type ImportOutcome } from './importOutcome';

/** 花名册导入: upload an xlsx roster and read, row by row, what was imported and what to fix. */
export default function RosterImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ImportFormValues>();
  const importRoster = useRosterImport();
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const [failure, setFailure] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);

  const submit = (values: Parameters<typeof importRoster.mutate>[0]) => {
    setOutcome(undefined);
    setFailure(undefined);
    setAttempt((n) => n + 1);
    importRoster.mutate(values, {
      onSuccess: (report) => {
        setOutcome(outcomeFromReport(report));
        if (report.committed) {
          void queryClient.invalidateQueries({ queryKey: ['cadres'] });
          void queryClient.invalidateQueries({ queryKey: queryKeys.units });
        }
      },
      onError: (error) => {
        const rejected = error instanceof ApiError ? outcomeFromRejection(error.problem) : undefined;
        if (rejected) {
          setOutcome(rejected);
          return;
        }
        const unplaced = applyProblemToForm(form, error, IMPORT_FORM_FIELDS);
        void message.error(problemMessage(error, t));
        if (!(error instanceof ApiError) || unplaced.length > 0 || error.violations.length === 0) setFailure(error);
      },
    });
  };

  return (
    <Flex vertical gap={16}>
      <Card title={t('rosterImport.title')}>
        <ImportForm form={form} submitting={importRoster.isPending} onSubmit={submit} />
      </Card>
      {failure !== undefined && <ProblemAlert error={failure} />}
      {outcome && <ImportReportView key={attempt} outcome={outcome} />}
    </Flex>
  );
}
