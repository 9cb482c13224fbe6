import { ArrowLeftOutlined, DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Anchor, Button, Col, Flex, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { usePortfolio } from '../../api/queries';
import { useAccess } from '../../app/session';
import type { PortfolioSection } from '../../api/types';
import { EligibilityVerdict } from '../../components/assessment/EligibilityCard';
import { CadreProfile } from '../../components/cadre/CadreProfile';
import { TransferTimeline } from '../../components/cadre/TransferHistory';
import { FindingDrawer } from '../../components/inspection/FindingDrawer';
import { PageLoading } from '../../components/PageLoading';
import { ProblemResult } from '../../components/ProblemResult';
import { ProposalTable } from '../../components/training/ProposalTable';
import { usePrintableDocument, usePrinting } from '../../components/usePrinting';
import { RequirementList } from '../../components/training/RequirementList';
import { ComplianceStatusTag } from '../../components/training/StatusTags';
import { enumLabel } from '../../domain/enums';
import { formatInstant } from '../../domain/format';
import { appointmentFormUrl, cardAnchor, PORTFOLIO_CARDS, portfolioName, sectionStatus, type PortfolioCardKey } from '../../domain/portfolio';
import './CadrePortfolioPage.css';
import { PortfolioCard, SectionBody, SubSection } from './PortfolioCard';
import { FindingList, GapList, MeasureList, PostingList, ProfileSummary, RecordsList, TripList } from './PortfolioLists';
import { SelectionRecord } from './SelectionRecord';

/** The class on `<body>` while the portfolio is shown: its print stylesheet hides the app around it. */
const PRINTABLE_CLASS = 'benling-portfolio';

/**
 * 干部全景档案: everything the services hold about one cadre, each section as its owner lets the caller see it, on one
 * printable page with an anchor per section.
 */
export default function CadrePortfolioPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const portfolio = usePortfolio(id);
  const access = useAccess();
  const printing = usePrinting();
  const [openFinding, setOpenFinding] = useState<string>();
  const name = portfolio.data ? portfolioName(portfolio.data) : undefined;
  const title = name ? t('portfolio.titleOf', { name }) : t('portfolio.title');
  usePrintableDocument(title, PRINTABLE_CLASS);

  if (portfolio.isPending) return <PageLoading />;
  if (portfolio.isError) return <ProblemResult error={portfolio.error} onRetry={() => void portfolio.refetch()} />;

  const data = portfolio.data;
  const retry = { onRetry: () => void portfolio.refetch(), retrying: portfolio.isFetching };
  const status = (section: PortfolioSection) => sectionStatus(data, section);
  const cardTitle = (key: PortfolioCardKey) => t(`portfolio.sections.${key}`);
  const card = (key: PortfolioCardKey) => ({ anchor: cardAnchor(key), title: cardTitle(key) });
  const cadre = data.cadre;

  return (
    <Flex vertical gap={16} className="portfolio-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap>
          <Button className="portfolio-no-print" type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {cadre && (
            <Typography.Text type="secondary">
              {[cadre.employeeNumber, cadre.positionTitle, enumLabel(t, 'rankLevel', cadre.rankLevel)].filter(Boolean).join(' · ')}
            </Typography.Text>
          )}
        </Space>
        <Space wrap>
          <Typography.Text type="secondary">{t('portfolio.composedAt', { at: formatInstant(data.composedAt, i18n.language) })}</Typography.Text>
          {access.canDownloadAppointmentForm && (
            <Button className="portfolio-no-print" icon={<DownloadOutlined />} href={appointmentFormUrl(id)} download>
              {t('portfolio.appointmentForm')}
            </Button>
          )}
          <Button className="portfolio-no-print" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('portfolio.print')}
          </Button>
        </Space>
      </Flex>

      <Row gutter={16} wrap={false}>
        <Col flex="auto" className="portfolio-content" style={{ minWidth: 0 }}>
          <Flex vertical gap={16}>
            <PortfolioCard {...card('cadre')}>
              <SectionBody status={status('CADRE')} data={data.cadre} {...retry}>
                {(record) => <CadreProfile cadre={record} />}
              </SectionBody>
            </PortfolioCard>

            <PortfolioCard {...card('transfers')}>
              <SectionBody status={status('TRANSFERS')} data={data.transfers} {...retry}>
                {(transfers) => <TransferTimeline transfers={transfers} />}
              </SectionBody>
            </PortfolioCard>

            <PortfolioCard {...card('compliance')} extra={data.compliance?.assessment?.status && <ComplianceStatusTag status={data.compliance.assessment.status} />}>
              <SectionBody status={status('COMPLIANCE')} data={data.compliance} {...retry}>
                {(compliance) => <RequirementList compliance={compliance} />}
              </SectionBody>
            </PortfolioCard>

            <PortfolioCard {...card('records')}>
              <SectionBody status={status('TRAINING_RECORDS')} data={data.trainingRecords} {...retry}>
                {(page) => <RecordsList page={page} printing={printing} />}
              </SectionBody>
            </PortfolioCard>

            <PortfolioCard {...card('proposals')}>
              <SectionBody status={status('TRAINING_PROPOSALS')} data={data.trainingProposals?.length ? data.trainingProposals : null} {...retry}>
                {(proposals) => <ProposalTable proposals={proposals} />}
              </SectionBody>
            </PortfolioCard>

            <PortfolioCard {...card('profile')}>
              <SectionBody status={status('PROFILE')} data={data.profile} {...retry}>
                {(profile) => <ProfileSummary profile={profile} />}
              </SectionBody>
            </PortfolioCard>

            <PortfolioCard {...card('gaps')}>
              <SectionBody status={status('GAPS')} data={data.gaps} {...retry}>
                {(page) => <GapList page={page} printing={printing} />}
              </SectionBody>
            </PortfolioCard>

            <PortfolioCard {...card('eligibility')}>
              <Flex vertical gap={24}>
                <SubSection title={t('assessment.eligibility.title')}>
                  <SectionBody status={status('ELIGIBILITY')} data={data.eligibility} {...retry}>
                    {(eligibility) => (
                      <EligibilityVerdict eligibility={eligibility} eligibleHint={t('assessment.eligibility.eligibleHint')} reasonsLabel={t('assessment.eligibility.reasons')} />
                    )}
                  </SectionBody>
                </SubSection>
                <SubSection title={t('portfolio.postingEligibility.title')}>
                  <SectionBody status={status('POSTING_ELIGIBILITY')} data={data.postingEligibility} {...retry}>
                    {(eligibility) => (
                      <EligibilityVerdict
                        eligibility={eligibility}
                        eligibleHint={t('portfolio.postingEligibility.eligibleHint')}
                        reasonsLabel={t('portfolio.postingEligibility.reasons')}
                      />
                    )}
                  </SectionBody>
                </SubSection>
              </Flex>
            </PortfolioCard>

            <PortfolioCard {...card('postings')}>
              <SectionBody status={status('POSTINGS')} data={data.postings} {...retry}>
                {(page) => <PostingList page={page} printing={printing} />}
              </SectionBody>
            </PortfolioCard>

            <PortfolioCard {...card('findings')}>
              <SectionBody status={status('FINDINGS')} data={data.findings} {...retry}>
                {(page) => <FindingList page={page} printing={printing} onOpen={setOpenFinding} />}
              </SectionBody>
            </PortfolioCard>

            <PortfolioCard {...card('measures')}>
              <SectionBody status={status('MEASURES')} data={data.measures} {...retry}>
                {(page) => <MeasureList page={page} printing={printing} />}
              </SectionBody>
            </PortfolioCard>

            <PortfolioCard {...card('trips')}>
              <SectionBody status={status('TRIPS')} data={data.trips} {...retry}>
                {(page) => <TripList page={page} printing={printing} />}
              </SectionBody>
            </PortfolioCard>

            <PortfolioCard {...card('selection')}>
              <SectionBody status={status('SELECTION')} data={data.selection} {...retry}>
                {(record) => <SelectionRecord record={record} />}
              </SectionBody>
            </PortfolioCard>
          </Flex>
        </Col>
        <Col xs={0} lg={{ flex: '180px' }} className="portfolio-no-print">
          <nav aria-label={t('portfolio.nav')}>
            <Anchor
              offsetTop={16}
              onClick={(event) => event.preventDefault()}
              items={PORTFOLIO_CARDS.map(({ key }) => ({ key, href: `#${cardAnchor(key)}`, title: cardTitle(key) }))}
            />
          </nav>
        </Col>
      </Row>
      <FindingDrawer findingId={openFinding} onClose={() => setOpenFinding(undefined)} />
    </Flex>
  );
}
