import { Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KeyPost } from '../../api/types';
import { CAPABILITIES, enumLabel, POST_EXPERIENCES, READINESS_LEVELS } from '../../domain/enums';

/** The minimum scores a post asks, one tag per capability, in the capabilities' order. */
export function MinimumScores({ post }: { post: Pick<KeyPost, 'minimumScores'> }) {
  const { t } = useTranslation();
  const asked = CAPABILITIES.filter((capability) => post.minimumScores[capability] != null);
  if (asked.length === 0) return <Typography.Text type="secondary">{t('selection.keyPosts.noMinimum')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {asked.map((capability) => (
        <Tag key={capability} color="blue">
          {t('selection.keyPosts.minimum', { capability: enumLabel(t, 'capability', capability), score: post.minimumScores[capability] })}
        </Tag>
      ))}
    </Flex>
  );
}

/** The experience a post asks, one tag each. */
export function ExperienceAsked({ post }: { post: Pick<KeyPost, 'experience'> }) {
  const { t } = useTranslation();
  const asked = POST_EXPERIENCES.filter((experience) => post.experience.includes(experience));
  if (asked.length === 0) return <Typography.Text type="secondary">{t('selection.keyPosts.noExperience')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {asked.map((experience) => (
        <Tag key={experience} color="purple">
          {enumLabel(t, 'postExperience', experience)}
        </Tag>
      ))}
    </Flex>
  );
}

/** The successors of a post counted by readiness (已成熟 · 1–2年 · 3年以上). */
export function ReadinessCounts({ post }: { post: Pick<KeyPost, 'readiness'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {READINESS_LEVELS.map((level) => (
        <Tag key={level} color={level === 'READY_NOW' ? 'success' : level === 'ONE_TO_TWO_YEARS' ? 'processing' : 'default'}>
          {t('selection.keyPosts.readinessCount', { level: enumLabel(t, 'readinessLevel', level), count: post.readiness[level] ?? 0 })}
        </Tag>
      ))}
    </Space>
  );
}
