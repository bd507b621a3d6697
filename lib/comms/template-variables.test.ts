import { describe, expect, it } from 'vitest';
import {
  firstInvoiceDate,
  missingVariables,
  type RecipientValues,
  renderTemplate,
  templateProblems,
} from './template-variables';

const values: RecipientValues = {
  accountName: 'Pinecrest Dental',
  cutoverDate: '2027-01-01',
  firstInvoiceDate: '2027-02-01',
  portalLink: 'https://billing.example/portal',
  supportContact: 'support@northwind.example',
};

describe('templates', () => {
  it('fills every variable, spaces allowed inside the braces', () => {
    expect(renderTemplate('Dear {{accountName}}, from {{ cutoverDate }}: {{portalLink}}', values)).toBe(
      'Dear Pinecrest Dental, from 2027-01-01: https://billing.example/portal',
    );
  });

  it('names unknown variables and stray braces', () => {
    expect(templateProblems('Hi {{accountName}} {{nickname}}')).toEqual(['Unknown variable {{nickname}}.']);
    expect(templateProblems('Hi {{accountName}')).toEqual(['A {{ or }} does not form a variable.']);
    expect(templateProblems('Hi {{accountName}}')).toEqual([]);
  });
});

describe('firstInvoiceDate', () => {
  it('is the 1st of the next month for calendar-month accounts', () => {
    expect(firstInvoiceDate('2027-01-01', { billingCycle: 'calendar_month', billingDay: 1 })).toBe(
      '2027-02-01',
    );
    expect(firstInvoiceDate('2026-12-15', { billingCycle: 'calendar_month', billingDay: 1 })).toBe(
      '2027-01-01',
    );
  });

  it('is the next billing day for anniversary accounts', () => {
    expect(firstInvoiceDate('2027-01-01', { billingCycle: 'anniversary', billingDay: 15 })).toBe(
      '2027-01-15',
    );
    expect(firstInvoiceDate('2027-01-20', { billingCycle: 'anniversary', billingDay: 15 })).toBe(
      '2027-02-15',
    );
    expect(firstInvoiceDate('2027-01-15', { billingCycle: 'anniversary', billingDay: 15 })).toBe(
      '2027-02-15',
    );
  });
});

describe('missingVariables', () => {
  it('names the variables a template uses that a recipient has no value for, and no others', () => {
    const { cutoverDate: _, firstInvoiceDate: __, ...withoutDates } = values;
    expect(missingVariables(['Moving on {{cutoverDate}}', 'Dear {{accountName}}'], withoutDates)).toEqual([
      'cutoverDate',
    ]);
    expect(missingVariables(['Dear {{accountName}}'], withoutDates)).toEqual([]);
    expect(renderTemplate('Moving on {{cutoverDate}}', withoutDates)).toBe('Moving on {{cutoverDate}}');
  });
});
