import type { components } from './schema';

type Schemas = components['schemas'];

export type Session = Schemas['Session'];
export type Me = Schemas['Me'];
export type UnitNode = Schemas['UnitNode'];
export type Cadre = Schemas['Cadre'];
export type CadrePage = Schemas['PageResultCadreView'];
export type Transfer = Schemas['Transfer'];
export type AuditEntry = Schemas['AuditEntry'];
export type FieldChange = Schemas['FieldChange'];
export type ImportReport = Schemas['ImportReport'];
export type ImportRow = Schemas['ImportRow'];
export type Problem = Schemas['Problem'];
export type Violation = Schemas['Violation'];

export type RankLevel = Schemas['RankLevel'];
export type CadreCategory = Schemas['CadreCategory'];
export type Gender = Schemas['Gender'];
export type PoliticalStatus = Schemas['PoliticalStatus'];
export type Education = Schemas['Education'];
export type CadreStatus = Schemas['CadreStatus'];
export type RowStatus = Schemas['RowStatus'];
