import { describe, expect, it } from 'vitest';
import { composeCampaignMessage } from './compose-campaign-message';

const values = {
  accountName: 'Pinecrest Dental',
  cutoverDate: '2027-01-01',
  firstInvoiceDate: '2027-02-01',
  portalLink: 'https://billing.example/portal',
  supportContact: 'support@northwind.example',
};
const version = {
  subject: 'Your billing moves on {{cutoverDate}}',
  body: 'Dear {{accountName}},\nfirst invoice {{firstInvoiceDate}}.\n',
};

describe('composeCampaignMessage', () => {
  it('renders and ends a non-critical message with the unsubscribe link', () => {
    const message = composeCampaignMessage(version, values, {
      critical: false,
      unsubscribeLink: 'https://u/1',
    });
    expect(message.subject).toBe('Your billing moves on 2027-01-01');
    expect(message.text).toBe(
      "Dear Pinecrest Dental,\nfirst invoice 2027-02-01.\n\n--\nDon't want these updates? Unsubscribe: https://u/1\n",
    );
  });

  it('says why a critical message is sent anyway, with no unsubscribe link', () => {
    const message = composeCampaignMessage(version, values, {
      critical: true,
      reason: 'it changes how you pay',
    });
    expect(message.text).toContain('even if you unsubscribed from our updates: it changes how you pay');
    expect(message.text).not.toContain('Unsubscribe:');
  });
});
