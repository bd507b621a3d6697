import type { Metadata } from 'next';
import { PageHeader } from '@/app/_components/ui/page-header';
import { CatalogBillingRules } from './catalog-billing-rules';
import { CatalogBrowser } from './catalog-browser';

export const metadata: Metadata = { title: 'Catalog' };

export default function CatalogPage() {
  return (
    <>
      <PageHeader
        title="Catalog"
        description="What the provider sells and how each piece is priced: recurring, usage and one-time products, and telecom rate plans. Prices are dated, so a change never rewrites history."
      />
      <div className="space-y-6">
        <CatalogBrowser />
        <CatalogBillingRules />
      </div>
    </>
  );
}
