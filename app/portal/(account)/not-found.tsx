import Link from 'next/link';

/** An invoice or page the signed-in customer cannot see: the same answer whether it exists or not. */
export default function PortalNotFound() {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-6 py-10 text-center shadow-sm">
      <h1 className="text-base font-semibold text-slate-900">Not found</h1>
      <p className="mt-1 text-sm text-slate-600">There is nothing here for your account.</p>
      <Link href="/portal" className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
        Back to your account
      </Link>
    </div>
  );
}
