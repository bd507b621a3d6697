export type Responsibility = 'RESPONSIBLE' | 'ACCOUNTABLE' | 'CONSULTED' | 'INFORMED';
export const responsibilities: Responsibility[] = ['ACCOUNTABLE', 'RESPONSIBLE', 'CONSULTED', 'INFORMED'];

export interface AssignmentData {
  id: string;
  responsibility: Responsibility;
  escalationLevel: number | null;
  phone: string | null;
  user: { id: string; name: string; email: string };
}

export interface SubjectData {
  subjectType: 'AREA' | 'MILESTONE';
  subjectKey: string;
  label: string;
  missingAccountable: boolean;
  assignments: AssignmentData[];
}

export interface ContactData {
  name: string;
  email: string;
  phone: string | null;
  responsibility: Responsibility;
  escalationLevel: number | null;
}

export interface AreaContactsData {
  area: string;
  label: string;
  accountable: ContactData | null;
  responsible: ContactData[];
  escalationPath: ContactData[];
}

export const RACI_QUERY = `query($id: ID!) {
  raciMatrix(programId: $id) {
    subjectType subjectKey label missingAccountable
    assignments { id responsibility escalationLevel phone user { id name email } }
  }
  pointOfContactMatrix(programId: $id) {
    area label
    accountable { name email phone responsibility escalationLevel }
    responsible { name email phone responsibility escalationLevel }
    escalationPath { name email phone responsibility escalationLevel }
  }
}`;
