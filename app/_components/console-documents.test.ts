import { readFileSync } from 'node:fs';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { buildASTSchema, buildSchema, type DocumentNode, Kind, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryLimits } from '../../graphql/server';
import * as generated from '../_gql/graphql';

// The console's operations as codegen wrote them (fragments appended), read from the generated
// module, so this sees exactly what the console sends.
const operations: { name: string; document: DocumentNode }[] = Object.entries(generated).flatMap(
  ([name, value]) => {
    if (!(value instanceof generated.TypedDocumentString)) return [];
    const document = parse(value.toString());
    const isOperation = document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
    return isOperation ? [{ name, document }] : [];
  },
);

const schemaText = readFileSync('graphql/schema.graphql', 'utf8');

describe('the console sends only documents the schema accepts', () => {
  it('finds the console operations', () => {
    expect(operations.length).toBeGreaterThan(100);
  });

  it('every operation validates against the committed schema', () => {
    const schema = buildSchema(schemaText);
    const invalid = operations
      .map(({ name, document }) => ({ name, errors: validate(schema, document).map((e) => e.message) }))
      .filter(({ errors }) => errors.length > 0);
    expect(invalid).toEqual([]);
  });

  it("every operation stays under the API's query cost limit (a console page must never be refused)", () => {
    const schema = buildSchema(schemaText);
    // Armor's rule throws its refusal rather than reporting it.
    const refusal = (document: DocumentNode) => {
      try {
        return validate(schema, document, [costLimitRule({ maxCost: queryLimits.maxCost })]).map(
          (e) => e.message,
        );
      } catch (error) {
        return [(error as Error).message];
      }
    };
    const tooCostly = operations
      .map(({ name, document }) => ({ name, errors: refusal(document) }))
      .filter(({ errors }) => errors.length > 0);
    expect(tooCostly).toEqual([]);
  });

  it('a schema change that drops a field the console reads is caught', () => {
    // Remove Invoice.amountDue, which the invoice list shows: its query must stop validating.
    const schemaDocument = parse(schemaText);
    const withoutAmountDue = buildASTSchema({
      ...schemaDocument,
      definitions: schemaDocument.definitions.map((definition) =>
        definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Invoice'
          ? { ...definition, fields: definition.fields?.filter((field) => field.name.value !== 'amountDue') }
          : definition,
      ),
    });
    expect(withoutAmountDue.getType('Invoice')).toBeDefined();
    const schema = withoutAmountDue;
    const invoiceList = operations.find(({ name }) => name === 'InvoiceListDocument');
    expect(invoiceList).toBeDefined();
    const errors = invoiceList ? validate(schema, invoiceList.document) : [];
    expect(errors.map((e) => e.message).join('\n')).toContain('amountDue');
  });
});
