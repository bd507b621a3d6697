import Link from 'next/link';

/** The way back from a product or a rate plan to the catalog, above the page header. */
export function BackToCatalog() {
  return (
    <p className="mb-2 text-sm">
      <Link className="text-brand-600 hover:underline" href="/catalog">
        ← Catalog
      </Link>
    </p>
  );
}
