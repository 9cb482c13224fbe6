import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useUnits } from '../api/queries';
import { useSignedIn } from '../app/session';
import { scopeRoots, toTreeSelectData } from '../domain/unitTree';

type Props = Omit<TreeSelectProps<string>, 'treeData' | 'loading' | 'showSearch' | 'treeDefaultExpandedKeys'> & {
  /** Every unit, whatever the user's scope: a posting's host may lie in another province. */
  wholeTree?: boolean;
};

/**
 * The units in the user's scope (every unit for those who read all), searchable by name, the top levels open. It takes
 * no input until the units are there: the tree opens the ancestors of what matches a search only when the search text
 * changes, so text typed before the units arrived would leave a deep match folded away.
 */
export function UnitTreeSelect({ wholeTree = false, ...props }: Props) {
  const { session, access } = useSignedIn();
  const units = useUnits();
  const unitTree = useMemo(
    () => (units.data ? toTreeSelectData(scopeRoots(units.data, wholeTree || access.readsEveryUnit, session.unitId)) : []),
    [units.data, wholeTree, access.readsEveryUnit, session.unitId],
  );

  return (
    <TreeSelect
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeData={unitTree}
      loading={units.isPending}
      treeDefaultExpandedKeys={unitTree.map((node) => node.value)}
      {...props}
      disabled={props.disabled || units.isPending}
    />
  );
}
