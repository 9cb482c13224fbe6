import { Descriptions, type DescriptionsProps } from 'antd';

/** The facts of a selection record: each label with its value in a bordered list, two columns on a wide screen. */
export function RecordFacts({ items }: { items: DescriptionsProps['items'] }) {
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />;
}
