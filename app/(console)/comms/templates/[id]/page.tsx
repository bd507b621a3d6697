import type { Metadata } from 'next';
import { TemplateEditor } from './template-editor';

export const metadata: Metadata = { title: 'Message template' };

export default async function TemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <TemplateEditor id={id} />;
}
