import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { getEnv } from '../lib/env';
import type { GraphQLContext } from './context';
import { formatGraphQLError } from './errors';
import { auditPlugin } from './plugins/audit-plugin';
import { resolvers } from './resolvers';

/**
 * Limits against abusive queries; generous for the console and partner apps, tight for
 * attacks. Armor's cost multiplies a list's cost by its literal `first`, so 50,000 admits
 * one full page (200) of rich nodes but not a page of nodes that each open another page.
 */
export const queryLimits = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 4_000,
  maxCost: 50_000,
  maxDirectives: 30,
} as const;

/** The merged SDL that codegen writes (and CI checks is current). */
export function loadTypeDefs(): string {
  return readFileSync(resolve(process.cwd(), 'graphql/schema.graphql'), 'utf8');
}

export function createGraphQLServer(): ApolloServer<GraphQLContext> {
  const env = getEnv();
  const armor = new ApolloArmor({
    maxDepth: { n: queryLimits.maxDepth },
    maxAliases: { n: queryLimits.maxAliases },
    // Counted by graphql-js's own parser (parseOptions below): Armor's token plugin parses in
    // a plugin hook, which turns every syntax error into a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: queryLimits.maxCost },
    maxDirectives: { n: queryLimits.maxDirectives },
    // Field suggestions ("Did you mean …?") leak the schema when introspection is off.
    blockFieldSuggestion: { enabled: !env.GRAPHQL_INTROSPECTION },
  });
  const protection = armor.protect();
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: env.GRAPHQL_INTROSPECTION,
    parseOptions: { maxTokens: queryLimits.maxTokens },
    ...protection,
    includeStacktraceInErrorResponses: false,
    formatError: formatGraphQLError,
    plugins: [...protection.plugins, auditPlugin],
    validationRules: [...protection.validationRules],
  });
}

const globalForServer = globalThis as typeof globalThis & {
  __switchboardGraphQL?: Promise<ApolloServer<GraphQLContext>>;
};

/** One started server per process (Next.js may load the route module more than once). */
export function getGraphQLServer(): Promise<ApolloServer<GraphQLContext>> {
  globalForServer.__switchboardGraphQL ??= (async () => {
    const server = createGraphQLServer();
    await server.start();
    return server;
  })();
  return globalForServer.__switchboardGraphQL;
}
