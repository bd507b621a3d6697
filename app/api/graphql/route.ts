import { getDb } from '@/db/client';
import { graphqlHandlerOptions } from '@/graphql/handler-options';
import { handleGraphQLRequest } from '@/graphql/http-handler';

export const dynamic = 'force-dynamic';

async function handle(request: Request): Promise<Response> {
  return handleGraphQLRequest(request, graphqlHandlerOptions(await getDb()));
}

export { handle as GET, handle as POST };
