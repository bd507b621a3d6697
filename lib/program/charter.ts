import type { ProgramGoalRow } from '../../db/schema';

export interface Stakeholder {
  name: string;
  role: string;
  email?: string | null;
}
export interface ScopeEntry {
  category: string;
  item: string;
}

/** The parts of the charter kept as one document on the program. */
export interface CharterDocument {
  stakeholders?: Stakeholder[];
  scopeIn?: ScopeEntry[];
  scopeOut?: ScopeEntry[];
  assumptions?: string[];
  constraints?: string[];
}

export interface CharterRecord extends Required<CharterDocument> {
  goals: ProgramGoalRow[];
}
