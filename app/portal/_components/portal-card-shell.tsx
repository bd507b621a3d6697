import type { ReactNode } from 'react';

/** The centred card of the portal's sign-in pages, under the provider's name. */
export function PortalCardShell({ provider, children }: { provider: string | null; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-slate-100 to-brand-50 px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-2xl font-semibold tracking-tight text-slate-900">
            {provider ?? 'Customer portal'}
          </p>
          {provider && <p className="mt-1 text-sm text-slate-500">Customer portal</p>}
        </div>
        <div className="rounded-xl bg-white p-6 shadow-lg ring-1 ring-slate-200">{children}</div>
      </div>
    </main>
  );
}
