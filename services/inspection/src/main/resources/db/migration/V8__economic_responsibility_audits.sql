-- 经济责任审计 (issue 19) as a kind of round: the audit of a unit's leader on leaving post (离任) or during the term
-- (任中), over the period of office audited. Its findings are findings like any round's: the same rectification flow,
-- deadlines and overdue detection.
ALTER TABLE inspection_round ADD COLUMN audit_type TEXT CHECK (audit_type IN ('DEPARTURE', 'IN_TERM'));
ALTER TABLE inspection_round ADD COLUMN auditee_cadre_id UUID;
ALTER TABLE inspection_round ADD COLUMN audit_from DATE;
ALTER TABLE inspection_round ADD COLUMN audit_to DATE;
ALTER TABLE inspection_round ADD CONSTRAINT inspection_round_audit
    CHECK ((kind = 'AUDIT') = (audit_type IS NOT NULL AND auditee_cadre_id IS NOT NULL AND audit_from IS NOT NULL
                               AND audit_to IS NOT NULL));
ALTER TABLE inspection_round_aud ADD COLUMN audit_type TEXT;
ALTER TABLE inspection_round_aud ADD COLUMN auditee_cadre_id UUID;
ALTER TABLE inspection_round_aud ADD COLUMN audit_from DATE;
ALTER TABLE inspection_round_aud ADD COLUMN audit_to DATE;
CREATE INDEX inspection_round_auditee ON inspection_round (auditee_cadre_id) WHERE auditee_cadre_id IS NOT NULL;
