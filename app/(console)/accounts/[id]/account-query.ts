import type { AccountOption } from '@/app/_components/account-picker';
import type { AccountFields } from '../account-fields-form';

/** The account page's data: the account, its portal contacts, subscriptions and one-time charges. */
export const ACCOUNT_QUERY = `query($id: ID!) { account(id: $id) {
  id externalId name currency status billingEmail billingEmailBounce { at reply } contactName taxRegion billingCycle billingDay
  paymentTermsDays invoiceDelivery billToParent createdAt
  ratePlan { id code name }
  parent { id externalId name currency }
  children { id externalId name billToParent }
  contacts { id email name verifiedAt createdAt }
  subscriptions { id quantity unitPrice discountPercent startDate endDate serviceIds
    product { id code name } }
  oneTimeCharges { id chargeDate quantity unitPrice description product { code name } }
} }`;

export interface AccountData extends Omit<AccountFields, 'ratePlanId' | 'parentAccountId'> {
  id: string;
  status: 'ACTIVE' | 'SUSPENDED' | 'CLOSED';
  /** Set when an invoice email to the billing email bounced; cleared when the address changes. */
  billingEmailBounce: { at: string; reply: string } | null;
  createdAt: string;
  ratePlan: { id: string; code: string; name: string } | null;
  parent: AccountOption | null;
  children: { id: string; externalId: string; name: string; billToParent: boolean }[];
  contacts: ContactData[];
  subscriptions: SubscriptionData[];
  oneTimeCharges: {
    id: string;
    chargeDate: string;
    quantity: string;
    unitPrice: string | null;
    description: string | null;
    product: { code: string; name: string };
  }[];
}

/** A person who may sign in to the customer portal; `verifiedAt` is their first sign-in. */
export interface ContactData {
  id: string;
  email: string;
  name: string;
  verifiedAt: string | null;
  createdAt: string;
}

export interface SubscriptionData {
  id: string;
  quantity: string;
  unitPrice: string | null;
  discountPercent: string;
  startDate: string;
  endDate: string | null;
  serviceIds: string[];
  product: { id: string; code: string; name: string };
}

/** The account as the edit form starts from. */
export function accountFields(account: AccountData): AccountFields {
  return {
    externalId: account.externalId,
    name: account.name,
    currency: account.currency,
    status: account.status,
    billingEmail: account.billingEmail,
    contactName: account.contactName,
    taxRegion: account.taxRegion,
    ratePlanId: account.ratePlan?.id ?? null,
    billingCycle: account.billingCycle,
    billingDay: account.billingDay,
    paymentTermsDays: account.paymentTermsDays,
    invoiceDelivery: account.invoiceDelivery,
    parentAccountId: account.parent?.id ?? null,
    billToParent: account.billToParent,
  };
}

/** Today as YYYY-MM-DD (UTC), the default of date inputs. */
export const today = () => new Date().toISOString().slice(0, 10);
