import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useUnits } from '../api/queries';
import { useSignedIn } from '../app/session';
import { scopeRoots, toTreeSelectData } from '../domain/unitTree';

type Props = Omit<TreeSelectProps<string>, 'treeData' | 'loading' | 'showSearch' | 'treeDefaultExpandedKeys'>;

/** The units in the user's scope (every unit for those who read all), searchable by name, the top levels open. */
export function UnitTreeSelect(props: Props) {
  const { session, access } = useSignedIn();
  const units = useUnits();
  const unitTree = useMemo(
    () => (units.data ? toTreeSelectData(scopeRoots(units.data, access.readsEveryUnit, session.unitId)) : []),
    [units.data, access.readsEveryUnit, session.unitId],
  );

  return (
    <TreeSelect
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeData={unitTree}
      loading={units.isPending}
      treeDefaultExpandedKeys={unitTree.map((node) => node.value)}
      {...props}
    />
  );
}
