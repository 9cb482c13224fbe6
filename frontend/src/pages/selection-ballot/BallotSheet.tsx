import { Alert, Button, Card, Checkbox, Flex, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCastBallot } from '../../api/selectionQueries';
import type { BallotForm, Grade, VotingCandidate } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { enumLabel, GRADES } from '../../domain/enums';
import { ballotProblemText, codeRefusal, type CodeRefusal } from './ballotProblems';

/** "Not graded" on a 民主测评 ballot: the person is left out of it, as the service reads a missing grade. */
const NOT_GRADED = 'NONE';
type GradeChoice = Grade | typeof NOT_GRADED;

/** The refusals that end this code's ballot: the voter goes back to type a code, told why. */
const SENT_BACK: readonly (CodeRefusal | undefined)[] = ['used', 'closed', 'unknown'];

interface Props {
  code: string;
  form: BallotForm;
  onCast: () => void;
  /** The code can no longer vote (used meanwhile, the voting closed): back to the code, with why. */
  onRefused: (refusal: string) => void;
}

/**
 * The ballot of one code: 民主推荐 ticks up to `places` people of the list (none is an abstention), 民主测评 grades each
 * person or leaves one out. A last look at the choices before the ballot is cast, since it cannot be changed after.
 */
export function BallotSheet({ code, form, onCast, onRefused }: Props) {
  const { t } = useTranslation();
  const cast = useCastBallot();
  const [chosen, setChosen] = useState<string[]>([]);
  const [grades, setGrades] = useState<Record<string, GradeChoice>>({});
  const [confirming, setConfirming] = useState(false);
  const recommendation = form.kind === 'RECOMMENDATION';
  const places = form.places ?? 0;
  const full = chosen.length >= places;

  const toggle = (cadreId: string, on: boolean) =>
    // kept in the list's order, so the confirmation reads as the ballot does
    setChosen((current) => form.candidates.map((one) => one.cadreId).filter((id) => (id === cadreId ? on : current.includes(id))));

  const submit = () => {
    const graded = Object.fromEntries(Object.entries(grades).filter(([, grade]) => grade !== NOT_GRADED)) as Record<string, Grade>;
    cast.mutate(recommendation ? { code, chosen } : { code, grades: graded }, {
      onSuccess: onCast,
      onError: (error) => {
        if (SENT_BACK.includes(codeRefusal(error))) onRefused(ballotProblemText(error, t));
      },
    });
  };

  const person = (one: VotingCandidate) => (
    <Flex vertical>
      <Typography.Text strong>{one.name ?? '—'}</Typography.Text>
      {one.unitName && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {one.unitName}
        </Typography.Text>
      )}
    </Flex>
  );

  const header = (
    <Flex vertical gap={8}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {form.title}
      </Typography.Title>
      <Flex wrap gap={4}>
        <Tag color="geekblue">{enumLabel(t, 'votingKind', form.kind)}</Tag>
        <Tag>{t('selection.ballot.category', { name: form.category })}</Tag>
      </Flex>
    </Flex>
  );

  if (confirming) {
    const graded = form.candidates.filter((one) => grades[one.cadreId] && grades[one.cadreId] !== NOT_GRADED);
    return (
      <Card title={t('selection.ballot.confirmTitle')}>
        <Flex vertical gap={16}>
          {header}
          {recommendation ? (
            chosen.length === 0 ? (
              <Alert type="info" showIcon title={t('selection.ballot.abstain')} />
            ) : (
              <Flex vertical gap={8}>
                <Typography.Text>{t('selection.ballot.recommending', { count: chosen.length })}</Typography.Text>
                <ul className="ballot-choice" aria-label={t('selection.ballot.yourChoice')}>
                  {form.candidates
                    .filter((one) => chosen.includes(one.cadreId))
                    .map((one) => (
                      <li key={one.cadreId}>{person(one)}</li>
                    ))}
                </ul>
              </Flex>
            )
          ) : (
            <Flex vertical gap={8}>
              <Typography.Text>{t('selection.ballot.grading', { count: graded.length, skipped: form.candidates.length - graded.length })}</Typography.Text>
              <ul className="ballot-choice" aria-label={t('selection.ballot.yourChoice')}>
                {form.candidates.map((one) => (
                  <li key={one.cadreId}>
                    {person(one)}
                    <Typography.Text strong>
                      {grades[one.cadreId] && grades[one.cadreId] !== NOT_GRADED ? enumLabel(t, 'grade', grades[one.cadreId]) : t('selection.ballot.notGraded')}
                    </Typography.Text>
                  </li>
                ))}
              </ul>
            </Flex>
          )}
          <Alert type="warning" showIcon title={t('selection.ballot.final')} />
          {cast.isError &&
            !SENT_BACK.includes(codeRefusal(cast.error)) &&
            (codeRefusal(cast.error) ? <Alert type="error" showIcon role="alert" title={ballotProblemText(cast.error, t)} /> : <ProblemAlert error={cast.error} showFields={false} />)}
          <Flex vertical gap={8}>
            <Button type="primary" size="large" block loading={cast.isPending} onClick={submit}>
              {t('selection.ballot.cast')}
            </Button>
            <Button size="large" block disabled={cast.isPending} onClick={() => setConfirming(false)}>
              {t('selection.ballot.change')}
            </Button>
          </Flex>
        </Flex>
      </Card>
    );
  }

  return (
    <Card title={t('selection.ballot.sheet')}>
      <Flex vertical gap={16}>
        {header}
        <Typography.Paragraph style={{ margin: 0 }}>
          {recommendation ? t('selection.ballot.howRecommend', { count: places }) : t('selection.ballot.howEvaluate')}
        </Typography.Paragraph>
        {recommendation ? (
          <Flex vertical gap={8} role="group" aria-label={t('selection.ballot.list')}>
            {form.candidates.map((one) => {
              const checked = chosen.includes(one.cadreId);
              return (
                <Checkbox
                  key={one.cadreId}
                  className={`ballot-option${checked ? ' ballot-option-checked' : ''}`}
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(event) => toggle(one.cadreId, event.target.checked)}
                >
                  {person(one)}
                </Checkbox>
              );
            })}
          </Flex>
        ) : (
          <Flex vertical gap={8} role="group" aria-label={t('selection.ballot.list')}>
            {form.candidates.map((one) => (
              <div key={one.cadreId} className="ballot-option ballot-option-grades">
                {person(one)}
                <Radio.Group
                  // a name of its own: the radios of every person are in one page (and one form for the browser)
                  name={`grade-${one.cadreId}`}
                  value={grades[one.cadreId] ?? NOT_GRADED}
                  onChange={(event) => setGrades((current) => ({ ...current, [one.cadreId]: event.target.value as GradeChoice }))}
                  aria-label={t('selection.ballot.gradeOf', { name: one.name })}
                  options={[
                    ...GRADES.map((grade) => ({ value: grade, label: enumLabel(t, 'grade', grade) })),
                    { value: NOT_GRADED, label: t('selection.ballot.notGraded') },
                  ]}
                />
              </div>
            ))}
          </Flex>
        )}
        <div className="ballot-footer">
          {recommendation && (
            <Typography.Text strong={full} type={full ? 'warning' : undefined} aria-live="polite">
              {full ? t('selection.ballot.full', { count: places }) : t('selection.ballot.counter', { chosen: chosen.length, places })}
            </Typography.Text>
          )}
          <Button type="primary" size="large" block onClick={() => setConfirming(true)}>
            {t('selection.ballot.review')}
          </Button>
        </div>
      </Flex>
    </Card>
  );
}
