import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getEnv, isOidcConfigured } from '@/lib/env';
import { getConsoleActor } from '../_lib/current-actor';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; callbackUrl?: string }>;
}) {
  if ((await getConsoleActor()).kind === 'user') redirect('/');
  const { error, callbackUrl } = await searchParams;
  const env = getEnv();
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-slate-900 via-slate-800 to-brand-700 px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center text-white">
          <p className="text-2xl font-semibold tracking-tight">Switchboard</p>
          <p className="mt-1 text-sm text-slate-300">Billing and migration console</p>
        </div>
        <div className="rounded-xl bg-white p-6 shadow-xl">
          <SignInForm
            ssoName={isOidcConfigured(env) ? env.OIDC_DISPLAY_NAME : null}
            initialError={error ? signInErrorMessage(error) : null}
            callbackUrl={callbackUrl?.startsWith('/') ? callbackUrl : '/'}
          />
        </div>
      </div>
    </main>
  );
}

function signInErrorMessage(code: string): string {
  if (code === 'AccessDenied')
    return 'Your single sign-on account is not a Switchboard user. Ask an admin to add you.';
  if (code === 'CredentialsSignin') return 'That email and password do not match an active user.';
  return 'Sign-in did not work. Try again.';
}
