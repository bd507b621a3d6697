import type { checklistAreaEnum, DecisionLogRow, RaciAssignmentRow, RiskRow } from '../../db/schema';

export type RiskRecord = RiskRow;
export type RaciAssignmentRecord = RaciAssignmentRow;
export type DecisionLogRecord = DecisionLogRow;

// The domain's values behind the registers' GraphQL enums (codegen's enumValues).

export type RiskStatus = RiskRow['status'];
export type RaciResponsibility = RaciAssignmentRow['responsibility'];
export type DecisionCategory = DecisionLogRow['category'];
export type ChecklistArea = (typeof checklistAreaEnum.enumValues)[number];
/** What a RACI assignment is about: a checklist area, or one milestone. */
export type RaciSubjectType = 'area' | 'milestone';
