import { Alert, App, Button, Card, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../../api/notificationQueries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatInstant } from '../../domain/format';

/** 日历订阅: a private address for calendar apps, shown once when made; a new one or revoking stops the old. */
export function CalendarFeedCard() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string>();
  const active = feed.data?.active ?? false;

  return (
    <Card title={t('calendarFeed.title')}>
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('calendarFeed.intro')}
        </Typography.Paragraph>
        {feed.error && <ProblemAlert error={feed.error} onRetry={() => feed.refetch()} />}
        {(create.error ?? revoke.error) && <ProblemAlert error={create.error ?? revoke.error} />}
        {feed.data && (
          <Typography.Text>
            {active && feed.data.createdAt
              ? t('calendarFeed.active', { at: formatInstant(feed.data.createdAt, i18n.language) })
              : t('calendarFeed.none')}
          </Typography.Text>
        )}
        {url && (
          <Alert
            type="success"
            showIcon
            title={t('calendarFeed.copyNow')}
            description={
              <Typography.Text code copyable>
                {url}
              </Typography.Text>
            }
          />
        )}
        <Flex gap={8}>
          <Button
            type={active ? 'default' : 'primary'}
            loading={create.isPending}
            disabled={!feed.data}
            onClick={() => create.mutate(undefined, { onSuccess: (link) => setUrl(link.url) })}
          >
            {active ? t('calendarFeed.recreate') : t('calendarFeed.create')}
          </Button>
          {active && (
            <Popconfirm
              title={t('calendarFeed.revokeConfirm')}
              onConfirm={() =>
                revoke.mutate(undefined, {
                  onSuccess: () => {
                    setUrl(undefined);
                    void message.success(t('calendarFeed.revoked'));
                  },
                })
              }
            >
              <Button danger loading={revoke.isPending}>
                {t('calendarFeed.revoke')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
