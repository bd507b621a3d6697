'use client';

import { type ReactNode, useState } from 'react';
import { Button } from './button';
import { Card } from './card';

/**
 * A Card whose header button (for those who may use it) opens a form above the card's
 * content, as "Add contact" or "Add charge" do. `form` gets `close`, for its Cancel and for
 * after it saved.
 */
export function CardWithInlineForm({
  title,
  openLabel,
  canOpen,
  form,
  children,
}: {
  title: string;
  openLabel: string;
  canOpen: boolean;
  form: (close: () => void) => ReactNode;
  children: ReactNode;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const close = () => setIsOpen(false);
  return (
    <Card
      title={title}
      actions={
        canOpen &&
        !isOpen && (
          <Button variant="secondary" onClick={() => setIsOpen(true)}>
            {openLabel}
          </Button>
        )
      }
    >
      {isOpen && <div className="mb-4">{form(close)}</div>}
      {children}
    </Card>
  );
}
