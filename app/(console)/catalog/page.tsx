import type { Metadata } from 'next';
import { AreaPlaceholder } from '@/app/_components/area-placeholder';

export const metadata: Metadata = { title: 'Catalog' };

export default function Page() {
  return (
    <AreaPlaceholder
      title="Catalog"
      description="Products, prices, tiers and telecom rate decks: what the provider sells and how each piece is rated."
      emptyTitle="No products yet"
    >
      Products and rate decks arrive with the catalog module, either entered here or imported from a legacy
      export.
    </AreaPlaceholder>
  );
}
