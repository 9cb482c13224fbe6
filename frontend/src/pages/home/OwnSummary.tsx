import { Card, Descriptions, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../api/queries';
import { CategoryTags } from '../../components/cadre/CategoryTags';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { enumLabel } from '../../domain/enums';

/** For a cadre: the own record at a glance, with the way to the full profile. */
export function OwnSummary() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <PageLoading />;
  if (me.isError) return <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />;
  const cadre = me.data.cadre;
  return (
    <Card title={t('home.ownSummary')} extra={cadre && <Link to="/my-profile">{t('home.openProfile')}</Link>}>
      {cadre ? (
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'name', label: t('fields.cadre.name'), children: cadre.name },
            { key: 'unit', label: t('fields.cadre.unitName'), children: cadre.unitName },
            { key: 'position', label: t('fields.cadre.positionTitle'), children: cadre.positionTitle },
            { key: 'rank', label: t('fields.cadre.rankLevel'), children: enumLabel(t, 'rankLevel', cadre.rankLevel) },
            { key: 'postSince', label: t('fields.cadre.postSince'), children: cadre.postSince },
            { key: 'categories', label: t('fields.cadre.categories'), children: <CategoryTags categories={cadre.categories} /> },
          ]}
        />
      ) : (
        <Empty description={t('myProfile.notLinked')} />
      )}
    </Card>
  );
}
