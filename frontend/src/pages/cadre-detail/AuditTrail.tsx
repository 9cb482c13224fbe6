import { useAudit } from '../../api/queries';
import { AuditTable } from '../../components/audit/AuditTable';
import { CADRE_AUDIT } from '../../components/audit/auditValues';

/** 变更记录 of a cadre's record: who changed what and when, newest first. */
export function AuditTrail({ cadreId }: { cadreId: string }) {
  const audit = useAudit(cadreId, true);
  return <AuditTable audit={audit} vocabulary={CADRE_AUDIT} />;
}
