import type { ComponentProps } from 'react';
import { cn } from '@/app/_components/ui/cn';

/** A multi-line input styled like `TextInput`. */
export function TextArea({ className, ...props }: ComponentProps<'textarea'>) {
  return (
    <textarea
      className={cn(
        'block w-full rounded-md border-0 bg-white px-2.5 py-1.5 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-brand-500 focus:outline-none',
        className,
      )}
      {...props}
    />
  );
}
