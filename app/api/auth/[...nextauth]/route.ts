import NextAuth from 'next-auth';
import { getDb } from '@/db/client';
import { createAuthOptions } from '@/lib/auth/auth-options';

export const dynamic = 'force-dynamic';

const handler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) =>
  NextAuth(createAuthOptions(getDb))(request, context);

export { handler as GET, handler as POST };
