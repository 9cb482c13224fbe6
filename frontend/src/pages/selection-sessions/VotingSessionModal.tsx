import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Flex, Form, Input, InputNumber, Radio, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateVotingSession } from '../../api/selectionQueries';
import { ApiError } from '../../api/problem';
import type { VotingKind, VotingSession, VotingSessionRequest } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { CadrePicker, type PickedCadre } from '../../components/cadre/CadrePicker';
import { onListFields } from '../../components/formErrors';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useFormProblem } from '../../components/useFormProblem';
import { enumOptions, VOTING_KINDS } from '../../domain/enums';

interface CategoryValues {
  name: string;
  weight: number;
  voters: number;
}

export interface VotingSessionValues {
  unitId: string;
  kind: VotingKind;
  title: string;
  places?: number;
  /** The people on the list, picked with their labels (a `candidateIds[i]` violation names the one at that index). */
  candidateIds: PickedCadre[];
  categories: CategoryValues[];
}

/** Named as the request's fields, so the server's violations land on them. */
export const VOTING_SESSION_FIELDS = ['unitId', 'kind', 'title', 'places', 'candidateIds', 'categories'] as const;

/** The service takes at most this many people on a list and this many voter categories. */
const MAX_CANDIDATES = 60;
const MAX_CATEGORIES = 8;

/**
 * The categories usually asked (班子成员, 中层干部, 职工代表), their weights relative to each other; HR changes them as the
 * unit's rules say. The keys are the locale's.
 */
const DEFAULT_CATEGORIES = [
  { key: 'leadership', weight: 40, voters: 5 },
  { key: 'middle', weight: 30, voters: 15 },
  { key: 'staff', weight: 30, voters: 20 },
] as const;

/**
 * The request: a category's code is made from its place (C1, C2 …), unique in the session as the service asks; the
 * voters never see it, the tally names the categories by it and the pages by their names.
 */
export function toVotingSessionRequest(values: VotingSessionValues): VotingSessionRequest {
  return {
    unitId: values.unitId,
    kind: values.kind,
    title: values.title.trim(),
    places: values.kind === 'RECOMMENDATION' ? values.places : undefined,
    candidateIds: values.candidateIds.map((picked) => picked.value),
    categories: values.categories.map((category, index) => ({
      code: `C${index + 1}`,
      name: category.name.trim(),
      weight: category.weight,
      voters: category.voters,
    })),
  };
}

/** A violation of a category's code (made here, not typed) is shown on the category's name. */
function onCategoryNames(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  const violations = error.violations.map((v) => (v.field && /^categories\[\d+\]\.code$/.test(v.field) ? { ...v, field: v.field.replace(/\.code$/, '.name') } : v));
  return new ApiError({ ...error.problem, violations }, error.status);
}

interface Props {
  onClose: () => void;
  onCreated: (session: VotingSession) => void;
}

/**
 * 新建投票场次: the unit holding it, 民主推荐 (with the places: at most so many names on a ballot) or 民主测评, the title,
 * the people on the list (active cadres of the unit and its subunits) and the voter categories with their weights and
 * how many voters (one code each) each has.
 */
export function VotingSessionModal({ onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useSignedIn();
  const [form] = Form.useForm<VotingSessionValues>();
  const create = useCreateVotingSession();
  const showProblem = useFormProblem(form, VOTING_SESSION_FIELDS);
  const unitId = Form.useWatch('unitId', form);
  const kind = Form.useWatch('kind', form);
  const required = { required: true, message: t('form.required') };
  const field = (key: string) => t(`fields.votingSession.${key}`);

  const onError = (error: unknown) => {
    const picked: PickedCadre[] = form.getFieldValue('candidateIds') ?? [];
    showProblem(
      onListFields(onCategoryNames(error), ['candidateIds'], (_list, index, problem) =>
        picked[index] ? t('selection.form.candidateProblem', { name: picked[index].label, problem }) : problem,
      ),
    );
  };

  const submit = (values: VotingSessionValues) =>
    create.mutate(toVotingSessionRequest(values), {
      onSuccess: (created) => {
        void message.success(t('selection.form.created', { title: created.title }));
        onClose();
        onCreated(created);
      },
      onError,
    });

  return (
    <FormModal title={t('selection.form.title')} form={form} saving={create.isPending} width={760} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('selection.form.hint')}</Typography.Paragraph>
      <Form<VotingSessionValues>
        form={form}
        layout="vertical"
        name="votingSession"
        onFinish={submit}
        initialValues={{
          unitId: session.unitId ?? undefined,
          kind: 'RECOMMENDATION',
          places: 1,
          candidateIds: [],
          categories: DEFAULT_CATEGORIES.map((category) => ({ name: t(`selection.form.defaultCategory.${category.key}`), weight: category.weight, voters: category.voters })),
        }}
        onValuesChange={(changed: Partial<VotingSessionValues>) => {
          // the list is of the unit's cadres: another unit, other people
          if ('unitId' in changed) form.setFieldValue('candidateIds', []);
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name="unitId" label={field('unitId')} rules={[required]}>
              <UnitTreeSelect aria-label={field('unitId')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="kind" label={field('kind')} rules={[required]}>
              <Radio.Group optionType="button" buttonStyle="solid" options={enumOptions(t, 'votingKind', VOTING_KINDS)} aria-label={field('kind')} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={kind === 'RECOMMENDATION' ? 16 : 24}>
            <Form.Item name="title" label={field('title')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={200} placeholder={t(kind === 'EVALUATION' ? 'selection.form.titlePlaceholderEvaluation' : 'selection.form.titlePlaceholder')} />
            </Form.Item>
          </Col>
          {kind === 'RECOMMENDATION' && (
            <Col xs={24} md={8}>
              <Form.Item name="places" label={field('places')} extra={t('selection.form.placesHint')} rules={[required]}>
                <InputNumber min={1} max={20} precision={0} style={{ width: '100%' }} aria-label={field('places')} />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Form.Item
          name="candidateIds"
          label={field('candidates')}
          extra={t(kind === 'EVALUATION' ? 'selection.form.candidatesHintEvaluation' : 'selection.form.candidatesHint')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('selection.form.candidatesRequired') },
            { type: 'array', max: MAX_CANDIDATES, message: t('selection.form.atMost', { count: MAX_CANDIDATES }) },
          ]}
        >
          <CadrePicker unitId={unitId} placeholder={t('selection.form.candidatesPlaceholder')} ariaLabel={field('candidates')} />
        </Form.Item>
        <Typography.Text strong>{field('categories')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('selection.form.categoriesHint')}
        </Typography.Paragraph>
        <Form.List
          name="categories"
          rules={[{ validator: async (_, categories?: unknown[]) => (categories?.length ? undefined : Promise.reject(new Error(t('selection.form.categoriesRequired')))) }]}
        >
          {(rows, { add, remove }, { errors }) => (
            <Flex vertical>
              {rows.map((row, index) => (
                <Row key={row.key} gutter={8} align="top">
                  <Col flex="auto">
                    <Form.Item name={[row.name, 'name']} rules={[{ ...required, whitespace: true }]}>
                      <Input maxLength={60} placeholder={field('categoryName')} aria-label={t('selection.form.categoryLabel', { field: field('categoryName'), index: index + 1 })} />
                    </Form.Item>
                  </Col>
                  <Col flex="140px">
                    <Form.Item name={[row.name, 'weight']} rules={[required]}>
                      <InputNumber
                        min={0.001}
                        max={100}
                        style={{ width: '100%' }}
                        prefix={field('weight')}
                        aria-label={t('selection.form.categoryLabel', { field: field('weight'), index: index + 1 })}
                      />
                    </Form.Item>
                  </Col>
                  <Col flex="160px">
                    <Form.Item name={[row.name, 'voters']} rules={[required]}>
                      <InputNumber
                        min={1}
                        max={2000}
                        precision={0}
                        style={{ width: '100%' }}
                        prefix={field('voters')}
                        suffix={t('selection.form.votersUnit')}
                        aria-label={t('selection.form.categoryLabel', { field: field('voters'), index: index + 1 })}
                      />
                    </Form.Item>
                  </Col>
                  <Col flex="32px">
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      disabled={rows.length === 1}
                      onClick={() => remove(row.name)}
                      aria-label={t('selection.form.removeCategory', { index: index + 1 })}
                    />
                  </Col>
                </Row>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} disabled={rows.length >= MAX_CATEGORIES} onClick={() => add({ name: '', weight: 1, voters: 1 })}>
                {t('selection.form.addCategory')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}
