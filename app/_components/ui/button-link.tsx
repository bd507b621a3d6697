import Link from 'next/link';
import type { ComponentProps } from 'react';
import { type ButtonVariant, buttonClassName } from './button';

/** A link that leads to an action's page and so reads as a button ("New campaign"). */
export function ButtonLink({
  variant = 'primary',
  className,
  ...props
}: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={buttonClassName(variant, `whitespace-nowrap ${className ?? ''}`)} {...props} />;
}
