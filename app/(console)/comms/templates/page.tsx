import type { Metadata } from 'next';
import { CommsTabs } from '@/app/_components/comms/comms-tabs';
import { PageHeader } from '@/app/_components/ui/page-header';
import { TemplateLibrary } from './template-library';

export const metadata: Metadata = { title: 'Message templates' };

export default function TemplatesPage() {
  return (
    <>
      <PageHeader
        title="Message templates"
        description="What customers are told, with {{variables}} filled in for each account. Every edit saves a new version; a campaign sends one fixed version."
      />
      <CommsTabs current="templates" />
      <TemplateLibrary />
    </>
  );
}
