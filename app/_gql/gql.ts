/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccountDetailsAccount on Account {\n    ...AccountFieldsFormAccount\n    id currency billingEmail billingEmailBounce { at reply } contactName taxRegion\n    ratePlan { code name } billingCycle billingDay paymentTermsDays invoiceDelivery billToParent\n    parent { id externalId }\n    children { id externalId }\n  }\n": typeof types.AccountDetailsAccountFragmentDoc,
    "\n  mutation AccountDetailsUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) { account { id } userErrors { code field message } }\n  }\n": typeof types.AccountDetailsUpdateAccountDocument,
    "\n  query AccountNotices($id: ID!) {\n    notices(accountId: $id) { id channel title body createdAt }\n  }\n": typeof types.AccountNoticesDocument,
    "\n  query AccountPayments($id: ID!) {\n    accountBalance(accountId: $id) { currency invoiced credited paid credit balance }\n    invoices(first: 200, filter: { accountId: $id, status: FINALIZED, kind: INVOICE }) {\n      edges { node { id number issueDate dueDate amountDue } }\n    }\n  }\n": typeof types.AccountPaymentsDocument,
    "\n  query AccountView($id: ID!) {\n    account(id: $id) {\n      id externalId name status\n      ...AccountDetailsAccount\n      ...PortalContactsCardAccount\n      ...SubscriptionsCardAccount\n      ...OneTimeChargesCardAccount\n    }\n  }\n": typeof types.AccountViewDocument,
    "\n  fragment OneTimeChargesCardAccount on Account {\n    id currency\n    oneTimeCharges { id chargeDate quantity unitPrice description product { code name } }\n  }\n": typeof types.OneTimeChargesCardAccountFragmentDoc,
    "\n  mutation OneTimeChargesCardAdd($input: AddOneTimeChargeInput!) {\n    addOneTimeCharge(input: $input) { charge { id } userErrors { code field message } }\n  }\n": typeof types.OneTimeChargesCardAddDocument,
    "\n  fragment PortalContactsCardAccount on Account {\n    id\n    contacts { id email name verifiedAt createdAt }\n  }\n": typeof types.PortalContactsCardAccountFragmentDoc,
    "\n  mutation PortalContactsCardAdd($input: AddAccountContactInput!) {\n    addAccountContact(input: $input) { contact { id } userErrors { code field message } }\n  }\n": typeof types.PortalContactsCardAddDocument,
    "\n  mutation PortalContactsCardRemove($input: RemoveAccountContactInput!) {\n    removeAccountContact(input: $input) { contact { id } userErrors { code field message } }\n  }\n": typeof types.PortalContactsCardRemoveDocument,
    "\n  query AccountProductOptions($kind: ProductKind) {\n    products(first: 200, filter: { kind: $kind, isActive: true }) { edges { node { id code name } } }\n  }\n": typeof types.AccountProductOptionsDocument,
    "\n  fragment ChangeSubscriptionFormSubscription on AccountSubscription {\n    id quantity unitPrice discountPercent\n  }\n": typeof types.ChangeSubscriptionFormSubscriptionFragmentDoc,
    "\n  mutation SubscriptionFormsCreate($input: CreateSubscriptionInput!) {\n    createSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n": typeof types.SubscriptionFormsCreateDocument,
    "\n  mutation SubscriptionFormsChange($input: ChangeSubscriptionInput!) {\n    changeSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n": typeof types.SubscriptionFormsChangeDocument,
    "\n  mutation SubscriptionFormsEnd($input: EndSubscriptionInput!) {\n    endSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n": typeof types.SubscriptionFormsEndDocument,
    "\n  fragment SubscriptionsCardAccount on Account {\n    id currency\n    subscriptions {\n      ...ChangeSubscriptionFormSubscription\n      id quantity unitPrice discountPercent startDate endDate serviceIds\n      product { id code name }\n    }\n  }\n": typeof types.SubscriptionsCardAccountFragmentDoc,
    "\n  fragment AccountFieldsFormAccount on Account {\n    id externalId name currency status billingEmail contactName taxRegion billingCycle billingDay\n    paymentTermsDays invoiceDelivery billToParent\n    ratePlan { id }\n    parent { id externalId name currency }\n  }\n": typeof types.AccountFieldsFormAccountFragmentDoc,
    "\n  query AccountRatePlanOptions {\n    ratePlans { id code name currency }\n  }\n": typeof types.AccountRatePlanOptionsDocument,
    "\n  mutation AccountsConsoleCreateAccount($input: AccountFieldsInput!) {\n    createAccount(input: $input) { account { id } userErrors { code field message } }\n  }\n": typeof types.AccountsConsoleCreateAccountDocument,
    "\n  query AccountsList($first: Int, $after: String, $search: String, $status: AccountStatus) {\n    accounts(first: $first, after: $after, search: $search, status: $status) {\n      edges {\n        node {\n          id externalId name status currency billingEmail paymentTermsDays billingCycle billingDay\n          parent { id externalId } billToParent ratePlan { code }\n          balance { balance }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AccountsListDocument,
    "\n  query CatalogBrowser($search: String) {\n    products(first: 200, filter: { search: $search }) {\n      edges {\n        node {\n          id code name kind usageType taxCategory isActive\n          priceOn(currency: \"USD\") { ...DescribePricePrice }\n        }\n      }\n    }\n    ratePlans { id code name currency timeZone versionOn { version effectiveFrom entryCount } }\n  }\n": typeof types.CatalogBrowserDocument,
    "\n  mutation CatalogBrowserCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { product { id } userErrors { code field message } }\n  }\n": typeof types.CatalogBrowserCreateProductDocument,
    "\n  fragment DescribePricePrice on Price {\n    model amount unitPrice packageSize packagePrice minimumCharge\n    tiers { from unitPrice }\n  }\n": typeof types.DescribePricePriceFragmentDoc,
    "\n  query ProductEditor($id: ID!) {\n    product(id: $id) {\n      id code name description kind usageType taxCategory isActive\n      prices {\n        ...DescribePricePrice\n        id currency model amount unitPrice packageSize packagePrice minimumCharge\n        tiers { from unitPrice flatFee }\n        effectiveFrom effectiveTo\n      }\n      allowances { minutesPerUnit destinationClasses }\n    }\n  }\n": typeof types.ProductEditorDocument,
    "\n  mutation ProductEditorSetPrice($input: SetProductPriceInput!) {\n    setProductPrice(input: $input) { price { id } userErrors { code field message } }\n  }\n": typeof types.ProductEditorSetPriceDocument,
    "\n  mutation DeckImport($input: ImportRateDeckInput!) {\n    importRateDeck(input: $input) {\n      version { version }\n      report { rowsRead rowsValid problems { line column message } }\n      userErrors { message }\n    }\n  }\n": typeof types.DeckImportDocument,
    "\n  fragment RatePlanBrowserEntry on RateDeckEntry {\n    prefix destination destinationClass ratePerMinute\n    bandRates { band ratePerMinute }\n    initialIncrementSeconds subsequentIncrementSeconds connectionFee\n  }\n": typeof types.RatePlanBrowserEntryFragmentDoc,
    "\n  query RatePlanBrowser($id: ID!) {\n    ratePlan(id: $id) {\n      code name currency timeZone\n      versions { id version effectiveFrom entryCount note timeBands { name } }\n    }\n  }\n": typeof types.RatePlanBrowserDocument,
    "\n  query RatePlanBrowserDeck($id: ID!, $search: String, $first: Int) {\n    rateDeckEntries(ratePlanId: $id, search: $search, first: $first) {\n      edges { node { ...RatePlanBrowserEntry } }\n      pageInfo { hasNextPage }\n    }\n  }\n": typeof types.RatePlanBrowserDeckDocument,
    "\n  query RatePlanBrowserLookup($id: ID!, $number: String!) {\n    destinationLookup(ratePlanId: $id, number: $number) { ...RatePlanBrowserEntry }\n  }\n": typeof types.RatePlanBrowserLookupDocument,
    "\n  fragment InvoiceActionFormsInvoice on Invoice {\n    id number currency\n    account { id billingEmail }\n    billRun { issueDate }\n    lines { id lineType description amount }\n    emails { id status }\n  }\n": typeof types.InvoiceActionFormsInvoiceFragmentDoc,
    "\n  mutation InvoiceActionFormsFinalize($input: FinalizeInvoiceInput!) {\n    finalizeInvoice(input: $input) { invoice { id } userErrors { code field message } }\n  }\n": typeof types.InvoiceActionFormsFinalizeDocument,
    "\n  mutation InvoiceActionFormsDiscard($input: DiscardDraftInvoiceInput!) {\n    discardDraftInvoice(input: $input) { discardedId userErrors { code field message } }\n  }\n": typeof types.InvoiceActionFormsDiscardDocument,
    "\n  mutation InvoiceActionFormsVoid($input: VoidInvoiceInput!) {\n    voidInvoice(input: $input) { invoice { id } reissueBillRun { id } userErrors { code field message } }\n  }\n": typeof types.InvoiceActionFormsVoidDocument,
    "\n  mutation InvoiceActionFormsCredit($input: CreditInvoiceInput!) {\n    creditInvoice(input: $input) { invoice { id } userErrors { code field message } }\n  }\n": typeof types.InvoiceActionFormsCreditDocument,
    "\n  mutation InvoiceActionFormsSend($input: SendInvoiceInput!) {\n    sendInvoice(input: $input) { email { id } userErrors { code field message } }\n  }\n": typeof types.InvoiceActionFormsSendDocument,
    "\n  fragment InvoiceActionsInvoice on Invoice {\n    ...InvoiceActionFormsInvoice\n    id kind status amountDue pdfUrl\n    creditNotes { id }\n  }\n": typeof types.InvoiceActionsInvoiceFragmentDoc,
    "\n  query InvoiceView($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceActionsInvoice\n      id kind status number currency periodStart periodEnd issueDate dueDate subtotal taxTotal total note\n      amountDue\n      account { id name }\n      billTo { externalId name }\n      billRun { id }\n      creditedInvoice { id number }\n      creditNotes { id number status total issueDate note }\n      lines { id lineType description quantity unitPrice amount productCode }\n      payments { amount payment { id receivedDate method reference } }\n      emails { id recipient status transport error requestedBy createdAt sentAt }\n    }\n  }\n": typeof types.InvoiceViewDocument,
    "\n  mutation InvoiceViewResendEmail($input: ResendInvoiceEmailInput!) {\n    resendInvoiceEmail(input: $input) { email { id } userErrors { code field message } }\n  }\n": typeof types.InvoiceViewResendEmailDocument,
    "\n  query BillRunsPanel {\n    billRuns(first: 50) {\n      id periodStart periodEnd issueDate status accountsTotal accountsDone invoicesCreated accountsFailed\n      createdBy createdAt\n    }\n  }\n": typeof types.BillRunsPanelDocument,
    "\n  mutation BillRunsPanelCreate($input: CreateBillRunInput!) {\n    createBillRun(input: $input) { billRun { id } userErrors { code field message } }\n  }\n": typeof types.BillRunsPanelCreateDocument,
    "\n  query BillRunResults($id: ID!, $first: Int, $after: String, $status: BillRunAccountStatus) {\n    billRun(id: $id) {\n      results(first: $first, after: $after, status: $status) {\n        edges {\n          node {\n            status message\n            account { id externalId name }\n            invoice { id number total currency }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.BillRunResultsDocument,
    "\n  query BillRunView($id: ID!) {\n    billRun(id: $id) {\n      id periodStart periodEnd issueDate status accountsTotal accountsDone invoicesCreated accountsFailed\n      error createdBy createdAt finishedAt\n    }\n  }\n": typeof types.BillRunViewDocument,
    "\n  query AccountUsageSummary($id: ID!, $from: DateTime!, $to: DateTime!) {\n    accountUsageSummary(accountId: $id, from: $from, to: $to) {\n      currency total unratedRecords\n      voiceLines { destination calls billableMinutes amount }\n      meteredLines { product { code name } records quantity amount }\n    }\n  }\n": typeof types.AccountUsageSummaryDocument,
    "\n  query UsageIngestions {\n    ingestions(first: 15) {\n      edges {\n        node {\n          id source fileName status bytesTotal bytesRead read imported duplicates conflicts rejected unrated\n          error actorLabel startedAt\n          problems(first: 50) { line recordId kind reason }\n        }\n      }\n    }\n  }\n": typeof types.UsageIngestionsDocument,
    "\n  query UnbillableQueue {\n    unratedUsageSummary { reason count }\n    usageRecords(first: 20, filter: { status: UNRATED }) {\n      edges { node { recordId accountRef usageType startedAt destinationNumber unratedReason } }\n    }\n  }\n": typeof types.UnbillableQueueDocument,
    "\n  mutation UnbillableQueueRerate {\n    rerateUsage(input: { onlyUnrated: true }) { examined rated stillUnrated }\n  }\n": typeof types.UnbillableQueueRerateDocument,
    "\n  query InvoiceList($first: Int, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id kind status number account { id externalId name } currency periodStart periodEnd\n          issueDate dueDate total amountDue\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.InvoiceListDocument,
    "\n  query PriceEditorPreview($input: PricePreviewInput!) {\n    pricePreview(input: $input) {\n      preview { currency amount roundedAmount breakdown { label quantity unitPrice amount } }\n      userErrors { message }\n    }\n  }\n": typeof types.PriceEditorPreviewDocument,
};
const documents: Documents = {
    "\n  fragment AccountDetailsAccount on Account {\n    ...AccountFieldsFormAccount\n    id currency billingEmail billingEmailBounce { at reply } contactName taxRegion\n    ratePlan { code name } billingCycle billingDay paymentTermsDays invoiceDelivery billToParent\n    parent { id externalId }\n    children { id externalId }\n  }\n": types.AccountDetailsAccountFragmentDoc,
    "\n  mutation AccountDetailsUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) { account { id } userErrors { code field message } }\n  }\n": types.AccountDetailsUpdateAccountDocument,
    "\n  query AccountNotices($id: ID!) {\n    notices(accountId: $id) { id channel title body createdAt }\n  }\n": types.AccountNoticesDocument,
    "\n  query AccountPayments($id: ID!) {\n    accountBalance(accountId: $id) { currency invoiced credited paid credit balance }\n    invoices(first: 200, filter: { accountId: $id, status: FINALIZED, kind: INVOICE }) {\n      edges { node { id number issueDate dueDate amountDue } }\n    }\n  }\n": types.AccountPaymentsDocument,
    "\n  query AccountView($id: ID!) {\n    account(id: $id) {\n      id externalId name status\n      ...AccountDetailsAccount\n      ...PortalContactsCardAccount\n      ...SubscriptionsCardAccount\n      ...OneTimeChargesCardAccount\n    }\n  }\n": types.AccountViewDocument,
    "\n  fragment OneTimeChargesCardAccount on Account {\n    id currency\n    oneTimeCharges { id chargeDate quantity unitPrice description product { code name } }\n  }\n": types.OneTimeChargesCardAccountFragmentDoc,
    "\n  mutation OneTimeChargesCardAdd($input: AddOneTimeChargeInput!) {\n    addOneTimeCharge(input: $input) { charge { id } userErrors { code field message } }\n  }\n": types.OneTimeChargesCardAddDocument,
    "\n  fragment PortalContactsCardAccount on Account {\n    id\n    contacts { id email name verifiedAt createdAt }\n  }\n": types.PortalContactsCardAccountFragmentDoc,
    "\n  mutation PortalContactsCardAdd($input: AddAccountContactInput!) {\n    addAccountContact(input: $input) { contact { id } userErrors { code field message } }\n  }\n": types.PortalContactsCardAddDocument,
    "\n  mutation PortalContactsCardRemove($input: RemoveAccountContactInput!) {\n    removeAccountContact(input: $input) { contact { id } userErrors { code field message } }\n  }\n": types.PortalContactsCardRemoveDocument,
    "\n  query AccountProductOptions($kind: ProductKind) {\n    products(first: 200, filter: { kind: $kind, isActive: true }) { edges { node { id code name } } }\n  }\n": types.AccountProductOptionsDocument,
    "\n  fragment ChangeSubscriptionFormSubscription on AccountSubscription {\n    id quantity unitPrice discountPercent\n  }\n": types.ChangeSubscriptionFormSubscriptionFragmentDoc,
    "\n  mutation SubscriptionFormsCreate($input: CreateSubscriptionInput!) {\n    createSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n": types.SubscriptionFormsCreateDocument,
    "\n  mutation SubscriptionFormsChange($input: ChangeSubscriptionInput!) {\n    changeSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n": types.SubscriptionFormsChangeDocument,
    "\n  mutation SubscriptionFormsEnd($input: EndSubscriptionInput!) {\n    endSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n": types.SubscriptionFormsEndDocument,
    "\n  fragment SubscriptionsCardAccount on Account {\n    id currency\n    subscriptions {\n      ...ChangeSubscriptionFormSubscription\n      id quantity unitPrice discountPercent startDate endDate serviceIds\n      product { id code name }\n    }\n  }\n": types.SubscriptionsCardAccountFragmentDoc,
    "\n  fragment AccountFieldsFormAccount on Account {\n    id externalId name currency status billingEmail contactName taxRegion billingCycle billingDay\n    paymentTermsDays invoiceDelivery billToParent\n    ratePlan { id }\n    parent { id externalId name currency }\n  }\n": types.AccountFieldsFormAccountFragmentDoc,
    "\n  query AccountRatePlanOptions {\n    ratePlans { id code name currency }\n  }\n": types.AccountRatePlanOptionsDocument,
    "\n  mutation AccountsConsoleCreateAccount($input: AccountFieldsInput!) {\n    createAccount(input: $input) { account { id } userErrors { code field message } }\n  }\n": types.AccountsConsoleCreateAccountDocument,
    "\n  query AccountsList($first: Int, $after: String, $search: String, $status: AccountStatus) {\n    accounts(first: $first, after: $after, search: $search, status: $status) {\n      edges {\n        node {\n          id externalId name status currency billingEmail paymentTermsDays billingCycle billingDay\n          parent { id externalId } billToParent ratePlan { code }\n          balance { balance }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AccountsListDocument,
    "\n  query CatalogBrowser($search: String) {\n    products(first: 200, filter: { search: $search }) {\n      edges {\n        node {\n          id code name kind usageType taxCategory isActive\n          priceOn(currency: \"USD\") { ...DescribePricePrice }\n        }\n      }\n    }\n    ratePlans { id code name currency timeZone versionOn { version effectiveFrom entryCount } }\n  }\n": types.CatalogBrowserDocument,
    "\n  mutation CatalogBrowserCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { product { id } userErrors { code field message } }\n  }\n": types.CatalogBrowserCreateProductDocument,
    "\n  fragment DescribePricePrice on Price {\n    model amount unitPrice packageSize packagePrice minimumCharge\n    tiers { from unitPrice }\n  }\n": types.DescribePricePriceFragmentDoc,
    "\n  query ProductEditor($id: ID!) {\n    product(id: $id) {\n      id code name description kind usageType taxCategory isActive\n      prices {\n        ...DescribePricePrice\n        id currency model amount unitPrice packageSize packagePrice minimumCharge\n        tiers { from unitPrice flatFee }\n        effectiveFrom effectiveTo\n      }\n      allowances { minutesPerUnit destinationClasses }\n    }\n  }\n": types.ProductEditorDocument,
    "\n  mutation ProductEditorSetPrice($input: SetProductPriceInput!) {\n    setProductPrice(input: $input) { price { id } userErrors { code field message } }\n  }\n": types.ProductEditorSetPriceDocument,
    "\n  mutation DeckImport($input: ImportRateDeckInput!) {\n    importRateDeck(input: $input) {\n      version { version }\n      report { rowsRead rowsValid problems { line column message } }\n      userErrors { message }\n    }\n  }\n": types.DeckImportDocument,
    "\n  fragment RatePlanBrowserEntry on RateDeckEntry {\n    prefix destination destinationClass ratePerMinute\n    bandRates { band ratePerMinute }\n    initialIncrementSeconds subsequentIncrementSeconds connectionFee\n  }\n": types.RatePlanBrowserEntryFragmentDoc,
    "\n  query RatePlanBrowser($id: ID!) {\n    ratePlan(id: $id) {\n      code name currency timeZone\n      versions { id version effectiveFrom entryCount note timeBands { name } }\n    }\n  }\n": types.RatePlanBrowserDocument,
    "\n  query RatePlanBrowserDeck($id: ID!, $search: String, $first: Int) {\n    rateDeckEntries(ratePlanId: $id, search: $search, first: $first) {\n      edges { node { ...RatePlanBrowserEntry } }\n      pageInfo { hasNextPage }\n    }\n  }\n": types.RatePlanBrowserDeckDocument,
    "\n  query RatePlanBrowserLookup($id: ID!, $number: String!) {\n    destinationLookup(ratePlanId: $id, number: $number) { ...RatePlanBrowserEntry }\n  }\n": types.RatePlanBrowserLookupDocument,
    "\n  fragment InvoiceActionFormsInvoice on Invoice {\n    id number currency\n    account { id billingEmail }\n    billRun { issueDate }\n    lines { id lineType description amount }\n    emails { id status }\n  }\n": types.InvoiceActionFormsInvoiceFragmentDoc,
    "\n  mutation InvoiceActionFormsFinalize($input: FinalizeInvoiceInput!) {\n    finalizeInvoice(input: $input) { invoice { id } userErrors { code field message } }\n  }\n": types.InvoiceActionFormsFinalizeDocument,
    "\n  mutation InvoiceActionFormsDiscard($input: DiscardDraftInvoiceInput!) {\n    discardDraftInvoice(input: $input) { discardedId userErrors { code field message } }\n  }\n": types.InvoiceActionFormsDiscardDocument,
    "\n  mutation InvoiceActionFormsVoid($input: VoidInvoiceInput!) {\n    voidInvoice(input: $input) { invoice { id } reissueBillRun { id } userErrors { code field message } }\n  }\n": types.InvoiceActionFormsVoidDocument,
    "\n  mutation InvoiceActionFormsCredit($input: CreditInvoiceInput!) {\n    creditInvoice(input: $input) { invoice { id } userErrors { code field message } }\n  }\n": types.InvoiceActionFormsCreditDocument,
    "\n  mutation InvoiceActionFormsSend($input: SendInvoiceInput!) {\n    sendInvoice(input: $input) { email { id } userErrors { code field message } }\n  }\n": types.InvoiceActionFormsSendDocument,
    "\n  fragment InvoiceActionsInvoice on Invoice {\n    ...InvoiceActionFormsInvoice\n    id kind status amountDue pdfUrl\n    creditNotes { id }\n  }\n": types.InvoiceActionsInvoiceFragmentDoc,
    "\n  query InvoiceView($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceActionsInvoice\n      id kind status number currency periodStart periodEnd issueDate dueDate subtotal taxTotal total note\n      amountDue\n      account { id name }\n      billTo { externalId name }\n      billRun { id }\n      creditedInvoice { id number }\n      creditNotes { id number status total issueDate note }\n      lines { id lineType description quantity unitPrice amount productCode }\n      payments { amount payment { id receivedDate method reference } }\n      emails { id recipient status transport error requestedBy createdAt sentAt }\n    }\n  }\n": types.InvoiceViewDocument,
    "\n  mutation InvoiceViewResendEmail($input: ResendInvoiceEmailInput!) {\n    resendInvoiceEmail(input: $input) { email { id } userErrors { code field message } }\n  }\n": types.InvoiceViewResendEmailDocument,
    "\n  query BillRunsPanel {\n    billRuns(first: 50) {\n      id periodStart periodEnd issueDate status accountsTotal accountsDone invoicesCreated accountsFailed\n      createdBy createdAt\n    }\n  }\n": types.BillRunsPanelDocument,
    "\n  mutation BillRunsPanelCreate($input: CreateBillRunInput!) {\n    createBillRun(input: $input) { billRun { id } userErrors { code field message } }\n  }\n": types.BillRunsPanelCreateDocument,
    "\n  query BillRunResults($id: ID!, $first: Int, $after: String, $status: BillRunAccountStatus) {\n    billRun(id: $id) {\n      results(first: $first, after: $after, status: $status) {\n        edges {\n          node {\n            status message\n            account { id externalId name }\n            invoice { id number total currency }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.BillRunResultsDocument,
    "\n  query BillRunView($id: ID!) {\n    billRun(id: $id) {\n      id periodStart periodEnd issueDate status accountsTotal accountsDone invoicesCreated accountsFailed\n      error createdBy createdAt finishedAt\n    }\n  }\n": types.BillRunViewDocument,
    "\n  query AccountUsageSummary($id: ID!, $from: DateTime!, $to: DateTime!) {\n    accountUsageSummary(accountId: $id, from: $from, to: $to) {\n      currency total unratedRecords\n      voiceLines { destination calls billableMinutes amount }\n      meteredLines { product { code name } records quantity amount }\n    }\n  }\n": types.AccountUsageSummaryDocument,
    "\n  query UsageIngestions {\n    ingestions(first: 15) {\n      edges {\n        node {\n          id source fileName status bytesTotal bytesRead read imported duplicates conflicts rejected unrated\n          error actorLabel startedAt\n          problems(first: 50) { line recordId kind reason }\n        }\n      }\n    }\n  }\n": types.UsageIngestionsDocument,
    "\n  query UnbillableQueue {\n    unratedUsageSummary { reason count }\n    usageRecords(first: 20, filter: { status: UNRATED }) {\n      edges { node { recordId accountRef usageType startedAt destinationNumber unratedReason } }\n    }\n  }\n": types.UnbillableQueueDocument,
    "\n  mutation UnbillableQueueRerate {\n    rerateUsage(input: { onlyUnrated: true }) { examined rated stillUnrated }\n  }\n": types.UnbillableQueueRerateDocument,
    "\n  query InvoiceList($first: Int, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id kind status number account { id externalId name } currency periodStart periodEnd\n          issueDate dueDate total amountDue\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.InvoiceListDocument,
    "\n  query PriceEditorPreview($input: PricePreviewInput!) {\n    pricePreview(input: $input) {\n      preview { currency amount roundedAmount breakdown { label quantity unitPrice amount } }\n      userErrors { message }\n    }\n  }\n": types.PriceEditorPreviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountDetailsAccount on Account {\n    ...AccountFieldsFormAccount\n    id currency billingEmail billingEmailBounce { at reply } contactName taxRegion\n    ratePlan { code name } billingCycle billingDay paymentTermsDays invoiceDelivery billToParent\n    parent { id externalId }\n    children { id externalId }\n  }\n"): typeof import('./graphql').AccountDetailsAccountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountDetailsUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) { account { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').AccountDetailsUpdateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountNotices($id: ID!) {\n    notices(accountId: $id) { id channel title body createdAt }\n  }\n"): typeof import('./graphql').AccountNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPayments($id: ID!) {\n    accountBalance(accountId: $id) { currency invoiced credited paid credit balance }\n    invoices(first: 200, filter: { accountId: $id, status: FINALIZED, kind: INVOICE }) {\n      edges { node { id number issueDate dueDate amountDue } }\n    }\n  }\n"): typeof import('./graphql').AccountPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountView($id: ID!) {\n    account(id: $id) {\n      id externalId name status\n      ...AccountDetailsAccount\n      ...PortalContactsCardAccount\n      ...SubscriptionsCardAccount\n      ...OneTimeChargesCardAccount\n    }\n  }\n"): typeof import('./graphql').AccountViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OneTimeChargesCardAccount on Account {\n    id currency\n    oneTimeCharges { id chargeDate quantity unitPrice description product { code name } }\n  }\n"): typeof import('./graphql').OneTimeChargesCardAccountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OneTimeChargesCardAdd($input: AddOneTimeChargeInput!) {\n    addOneTimeCharge(input: $input) { charge { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').OneTimeChargesCardAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalContactsCardAccount on Account {\n    id\n    contacts { id email name verifiedAt createdAt }\n  }\n"): typeof import('./graphql').PortalContactsCardAccountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalContactsCardAdd($input: AddAccountContactInput!) {\n    addAccountContact(input: $input) { contact { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').PortalContactsCardAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalContactsCardRemove($input: RemoveAccountContactInput!) {\n    removeAccountContact(input: $input) { contact { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').PortalContactsCardRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountProductOptions($kind: ProductKind) {\n    products(first: 200, filter: { kind: $kind, isActive: true }) { edges { node { id code name } } }\n  }\n"): typeof import('./graphql').AccountProductOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeSubscriptionFormSubscription on AccountSubscription {\n    id quantity unitPrice discountPercent\n  }\n"): typeof import('./graphql').ChangeSubscriptionFormSubscriptionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionFormsCreate($input: CreateSubscriptionInput!) {\n    createSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').SubscriptionFormsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionFormsChange($input: ChangeSubscriptionInput!) {\n    changeSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').SubscriptionFormsChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionFormsEnd($input: EndSubscriptionInput!) {\n    endSubscription(input: $input) { subscription { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').SubscriptionFormsEndDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubscriptionsCardAccount on Account {\n    id currency\n    subscriptions {\n      ...ChangeSubscriptionFormSubscription\n      id quantity unitPrice discountPercent startDate endDate serviceIds\n      product { id code name }\n    }\n  }\n"): typeof import('./graphql').SubscriptionsCardAccountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFieldsFormAccount on Account {\n    id externalId name currency status billingEmail contactName taxRegion billingCycle billingDay\n    paymentTermsDays invoiceDelivery billToParent\n    ratePlan { id }\n    parent { id externalId name currency }\n  }\n"): typeof import('./graphql').AccountFieldsFormAccountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountRatePlanOptions {\n    ratePlans { id code name currency }\n  }\n"): typeof import('./graphql').AccountRatePlanOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountsConsoleCreateAccount($input: AccountFieldsInput!) {\n    createAccount(input: $input) { account { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').AccountsConsoleCreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsList($first: Int, $after: String, $search: String, $status: AccountStatus) {\n    accounts(first: $first, after: $after, search: $search, status: $status) {\n      edges {\n        node {\n          id externalId name status currency billingEmail paymentTermsDays billingCycle billingDay\n          parent { id externalId } billToParent ratePlan { code }\n          balance { balance }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').AccountsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogBrowser($search: String) {\n    products(first: 200, filter: { search: $search }) {\n      edges {\n        node {\n          id code name kind usageType taxCategory isActive\n          priceOn(currency: \"USD\") { ...DescribePricePrice }\n        }\n      }\n    }\n    ratePlans { id code name currency timeZone versionOn { version effectiveFrom entryCount } }\n  }\n"): typeof import('./graphql').CatalogBrowserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogBrowserCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { product { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').CatalogBrowserCreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DescribePricePrice on Price {\n    model amount unitPrice packageSize packagePrice minimumCharge\n    tiers { from unitPrice }\n  }\n"): typeof import('./graphql').DescribePricePriceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductEditor($id: ID!) {\n    product(id: $id) {\n      id code name description kind usageType taxCategory isActive\n      prices {\n        ...DescribePricePrice\n        id currency model amount unitPrice packageSize packagePrice minimumCharge\n        tiers { from unitPrice flatFee }\n        effectiveFrom effectiveTo\n      }\n      allowances { minutesPerUnit destinationClasses }\n    }\n  }\n"): typeof import('./graphql').ProductEditorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProductEditorSetPrice($input: SetProductPriceInput!) {\n    setProductPrice(input: $input) { price { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').ProductEditorSetPriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeckImport($input: ImportRateDeckInput!) {\n    importRateDeck(input: $input) {\n      version { version }\n      report { rowsRead rowsValid problems { line column message } }\n      userErrors { message }\n    }\n  }\n"): typeof import('./graphql').DeckImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RatePlanBrowserEntry on RateDeckEntry {\n    prefix destination destinationClass ratePerMinute\n    bandRates { band ratePerMinute }\n    initialIncrementSeconds subsequentIncrementSeconds connectionFee\n  }\n"): typeof import('./graphql').RatePlanBrowserEntryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RatePlanBrowser($id: ID!) {\n    ratePlan(id: $id) {\n      code name currency timeZone\n      versions { id version effectiveFrom entryCount note timeBands { name } }\n    }\n  }\n"): typeof import('./graphql').RatePlanBrowserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RatePlanBrowserDeck($id: ID!, $search: String, $first: Int) {\n    rateDeckEntries(ratePlanId: $id, search: $search, first: $first) {\n      edges { node { ...RatePlanBrowserEntry } }\n      pageInfo { hasNextPage }\n    }\n  }\n"): typeof import('./graphql').RatePlanBrowserDeckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RatePlanBrowserLookup($id: ID!, $number: String!) {\n    destinationLookup(ratePlanId: $id, number: $number) { ...RatePlanBrowserEntry }\n  }\n"): typeof import('./graphql').RatePlanBrowserLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceActionFormsInvoice on Invoice {\n    id number currency\n    account { id billingEmail }\n    billRun { issueDate }\n    lines { id lineType description amount }\n    emails { id status }\n  }\n"): typeof import('./graphql').InvoiceActionFormsInvoiceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceActionFormsFinalize($input: FinalizeInvoiceInput!) {\n    finalizeInvoice(input: $input) { invoice { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').InvoiceActionFormsFinalizeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceActionFormsDiscard($input: DiscardDraftInvoiceInput!) {\n    discardDraftInvoice(input: $input) { discardedId userErrors { code field message } }\n  }\n"): typeof import('./graphql').InvoiceActionFormsDiscardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceActionFormsVoid($input: VoidInvoiceInput!) {\n    voidInvoice(input: $input) { invoice { id } reissueBillRun { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').InvoiceActionFormsVoidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceActionFormsCredit($input: CreditInvoiceInput!) {\n    creditInvoice(input: $input) { invoice { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').InvoiceActionFormsCreditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceActionFormsSend($input: SendInvoiceInput!) {\n    sendInvoice(input: $input) { email { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').InvoiceActionFormsSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceActionsInvoice on Invoice {\n    ...InvoiceActionFormsInvoice\n    id kind status amountDue pdfUrl\n    creditNotes { id }\n  }\n"): typeof import('./graphql').InvoiceActionsInvoiceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceView($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceActionsInvoice\n      id kind status number currency periodStart periodEnd issueDate dueDate subtotal taxTotal total note\n      amountDue\n      account { id name }\n      billTo { externalId name }\n      billRun { id }\n      creditedInvoice { id number }\n      creditNotes { id number status total issueDate note }\n      lines { id lineType description quantity unitPrice amount productCode }\n      payments { amount payment { id receivedDate method reference } }\n      emails { id recipient status transport error requestedBy createdAt sentAt }\n    }\n  }\n"): typeof import('./graphql').InvoiceViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvoiceViewResendEmail($input: ResendInvoiceEmailInput!) {\n    resendInvoiceEmail(input: $input) { email { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').InvoiceViewResendEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillRunsPanel {\n    billRuns(first: 50) {\n      id periodStart periodEnd issueDate status accountsTotal accountsDone invoicesCreated accountsFailed\n      createdBy createdAt\n    }\n  }\n"): typeof import('./graphql').BillRunsPanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillRunsPanelCreate($input: CreateBillRunInput!) {\n    createBillRun(input: $input) { billRun { id } userErrors { code field message } }\n  }\n"): typeof import('./graphql').BillRunsPanelCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillRunResults($id: ID!, $first: Int, $after: String, $status: BillRunAccountStatus) {\n    billRun(id: $id) {\n      results(first: $first, after: $after, status: $status) {\n        edges {\n          node {\n            status message\n            account { id externalId name }\n            invoice { id number total currency }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): typeof import('./graphql').BillRunResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillRunView($id: ID!) {\n    billRun(id: $id) {\n      id periodStart periodEnd issueDate status accountsTotal accountsDone invoicesCreated accountsFailed\n      error createdBy createdAt finishedAt\n    }\n  }\n"): typeof import('./graphql').BillRunViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountUsageSummary($id: ID!, $from: DateTime!, $to: DateTime!) {\n    accountUsageSummary(accountId: $id, from: $from, to: $to) {\n      currency total unratedRecords\n      voiceLines { destination calls billableMinutes amount }\n      meteredLines { product { code name } records quantity amount }\n    }\n  }\n"): typeof import('./graphql').AccountUsageSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageIngestions {\n    ingestions(first: 15) {\n      edges {\n        node {\n          id source fileName status bytesTotal bytesRead read imported duplicates conflicts rejected unrated\n          error actorLabel startedAt\n          problems(first: 50) { line recordId kind reason }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UsageIngestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnbillableQueue {\n    unratedUsageSummary { reason count }\n    usageRecords(first: 20, filter: { status: UNRATED }) {\n      edges { node { recordId accountRef usageType startedAt destinationNumber unratedReason } }\n    }\n  }\n"): typeof import('./graphql').UnbillableQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnbillableQueueRerate {\n    rerateUsage(input: { onlyUnrated: true }) { examined rated stillUnrated }\n  }\n"): typeof import('./graphql').UnbillableQueueRerateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceList($first: Int, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id kind status number account { id externalId name } currency periodStart periodEnd\n          issueDate dueDate total amountDue\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').InvoiceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceEditorPreview($input: PricePreviewInput!) {\n    pricePreview(input: $input) {\n      preview { currency amount roundedAmount breakdown { label quantity unitPrice amount } }\n      userErrors { message }\n    }\n  }\n"): typeof import('./graphql').PriceEditorPreviewDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
