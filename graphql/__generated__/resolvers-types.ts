import type { Role } from '../../lib/auth/roles';
import type { ApiKeyScope } from '../../lib/auth/types';
import type { ApiModule } from '../../lib/auth/modules';
import type { ViewerKind } from '../../lib/auth/actor';
import type { ActorKind } from '../../lib/auth/actor';
import type { AuditResult } from '../../lib/audit/types';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRecord, ApiKeyRecord, SessionRecord } from '../../lib/auth/types';
import type { AuditEntryRecord } from '../../lib/audit/types';
import type { Actor } from '../../lib/auth/actor';
import type { OrganizationRecord } from '../../lib/organization/types';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 4217 currency code with a minor unit, e.g. "USD", "JPY", "KWD". */
  Currency: { input: string; output: string; }
  /** A calendar date, ISO 8601, e.g. "2026-10-05". */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 with a time zone, e.g. "2026-10-05T14:03:00.000Z". */
  DateTime: { input: Date; output: Date | string; }
  /**
   * An exact decimal number as a string, e.g. "12.50" or "0.0150". Money and rates are never
   * floating point.
   */
  Decimal: { input: string; output: string; }
};

export { ActorKind };

/** A key a partner app sends as `Authorization: Bearer <secret>`. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it; null if that user was removed or it was created by the system. */
  createdBy: Maybe<User>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When it was last used, to the minute; null if never. */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** Modules the key is limited to; empty means all. */
  modules: Array<ApiModule>;
  /** The app or integration the key is for. */
  name: Scalars['String']['output'];
  /** The first characters of the secret, to recognise it. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the key may do. */
  scope: ApiKeyScope;
};

/** A page of API keys, newest first. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The keys of this page with their cursors. */
  edges: Array<ApiKeyEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One key in a page of keys. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Position of this key, for `after`. */
  cursor: Scalars['String']['output'];
  /** The key. */
  node: ApiKey;
};

export { ApiKeyScope };

export { ApiModule };

/** One mutation, as recorded in the audit log. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** User, key, system or anonymous. */
  actorKind: ActorKind;
  /** Email, key name or system label at the time. */
  actorLabel: Scalars['String']['output'];
  /** The user, if a user acted and still exists. */
  actorUser: Maybe<User>;
  /** The error code when result is ERROR. */
  errorCode: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The input with secrets redacted and long lists summarised, as JSON. */
  inputSummary: Scalars['String']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The mutation's name, e.g. createApiKey. */
  operation: Scalars['String']['output'];
  /** How it ended. */
  result: AuditResult;
};

/** A page of the audit log, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries of this page with their cursors. */
  edges: Array<AuditEntryEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One entry in a page of the audit log. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Position of this entry, for `after`. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** Narrows the audit log. */
export type AuditEntryFilter = {
  /** Only what this API key did. */
  actorApiKeyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only what this user did. */
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this mutation, e.g. createApiKey. */
  operation?: InputMaybe<Scalars['String']['input']>;
  /** From this instant on. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Before this instant. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export { AuditResult };

/** A new API key. */
export type CreateApiKeyInput = {
  /** Limit the key to these modules; omit or leave empty for all. */
  modules?: InputMaybe<Array<ApiModule>>;
  /** The app or integration the key is for. */
  name: Scalars['String']['input'];
  /** What the key may do. */
  scope: ApiKeyScope;
};

/** Result of createApiKey. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The new key; null when userErrors is not empty. */
  apiKey: Maybe<ApiKey>;
  /** The secret, shown this once and never again. Store it in the partner app now. */
  secret: Maybe<Scalars['String']['output']>;
  /** Problems with the input; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A new console user. */
export type CreateUserInput = {
  /** Sign-in email; must be unused. */
  email: Scalars['String']['input'];
  /** Display name. */
  name: Scalars['String']['input'];
  /** At least 12 characters. Omit for a user who signs in through single sign-on only. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** What the user may do. */
  role: Role;
};

/** Result of createUser. */
export type CreateUserPayload = {
  __typename?: 'CreateUserPayload';
  /** The new user; null when userErrors is not empty. */
  user: Maybe<User>;
  /** Problems with the input; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a key for a partner app; returns its secret once. Admins only. */
  createApiKey: CreateApiKeyPayload;
  /** Adds a console user. Admins only. */
  createUser: CreateUserPayload;
  /** Revokes a key; requests with it are refused from then on. Admins only. */
  revokeApiKey: RevokeApiKeyPayload;
  /** Ends a user's console sessions before they expire. Admins only. */
  revokeUserSessions: RevokeUserSessionsPayload;
  /** Sets or removes a user's password. Admins only. */
  setUserPassword: SetUserPasswordPayload;
  /** Renames, changes the role of, or deactivates a user. Admins only. */
  updateUser: UpdateUserPayload;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationRevokeUserSessionsArgs = {
  input: RevokeUserSessionsInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationSetUserPasswordArgs = {
  input: SetUserPasswordInput;
};


/** Write operations. Each takes one `input` and returns a payload with `userErrors`. */
export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

/** The provider running this Switchboard. */
export type Organization = {
  __typename?: 'Organization';
  /** Currency used when an account does not name one. */
  defaultCurrency: Scalars['Currency']['output'];
  /** The provider's trading name. */
  name: Scalars['String']['output'];
  /** IANA time zone of billing periods and time-of-day rating. */
  timeZone: Scalars['String']['output'];
};

/** Where a page of a connection ends, for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to fetch the next page; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Read operations. */
export type Query = {
  __typename?: 'Query';
  /** API keys, newest first. Admins only. */
  apiKeys: ApiKeyConnection;
  /** Every mutation made, newest first. Admins only. */
  auditEntries: AuditEntryConnection;
  /** The Switchboard this is: the provider's name and defaults. Null before setup. */
  organization: Maybe<Organization>;
  /** A user's 50 most recent console sessions. Admins only. */
  userSessions: Array<UserSession>;
  /** Console users, newest first. Admins only. */
  users: UserConnection;
  /** The signed-in user or API key making this request; null when anonymous. */
  viewer: Maybe<Viewer>;
};


/** Read operations. */
export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Read operations. */
export type QueryAuditEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. */
export type QueryUserSessionsArgs = {
  userId: Scalars['ID']['input'];
};


/** Read operations. */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The key to revoke. */
export type RevokeApiKeyInput = {
  /** The key. */
  id: Scalars['ID']['input'];
};

/** Result of revokeApiKey. */
export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  /** The key, now revoked; null when userErrors is not empty. */
  apiKey: Maybe<ApiKey>;
  /** Problems with the input; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** Which sessions to end. */
export type RevokeUserSessionsInput = {
  /** Only this session; omit to end all of the user's live sessions. */
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  /** The user whose sessions end. */
  userId: Scalars['ID']['input'];
};

/** Result of revokeUserSessions. */
export type RevokeUserSessionsPayload = {
  __typename?: 'RevokeUserSessionsPayload';
  /** How many live sessions were ended. */
  revokedCount: Scalars['Int']['output'];
  /** Problems with the input; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

export { Role };

/** A new password for a user. */
export type SetUserPasswordInput = {
  /** The user. */
  id: Scalars['ID']['input'];
  /** At least 12 characters; null removes password sign-in (single sign-on only). */
  password?: InputMaybe<Scalars['String']['input']>;
};

/** Result of setUserPassword. */
export type SetUserPasswordPayload = {
  __typename?: 'SetUserPasswordPayload';
  /** The user; null when userErrors is not empty. */
  user: Maybe<User>;
  /** Problems with the input; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** Changes to a user; omitted fields stay as they are. */
export type UpdateUserInput = {
  /** The user to change. */
  id: Scalars['ID']['input'];
  /** False deactivates the user and ends their sessions. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New role. The last active admin cannot be demoted. */
  role?: InputMaybe<Role>;
};

/** Result of updateUser. */
export type UpdateUserPayload = {
  __typename?: 'UpdateUserPayload';
  /** The user as changed; null when userErrors is not empty. */
  user: Maybe<User>;
  /** Problems with the input; nothing was changed when there are any. */
  userErrors: Array<UserError>;
};

/** A person who signs in to the console. */
export type User = {
  __typename?: 'User';
  /** When the user was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Sign-in email, lower-cased. */
  email: Scalars['String']['output'];
  /** Whether the user can sign in with a password (otherwise single sign-on only). */
  hasPassword: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Inactive users cannot sign in and their sessions are ended. */
  isActive: Scalars['Boolean']['output'];
  /** When the user last signed in; null if never. */
  lastSignInAt: Maybe<Scalars['DateTime']['output']>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** What the user may do. */
  role: Role;
};

/** A page of users, newest first. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The users of this page with their cursors. */
  edges: Array<UserEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** One user in a page of users. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Position of this user, for `after`. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
};

/** A problem with a mutation's input that the user can fix. Nothing was changed. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem this is. */
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]; null when it is the whole input. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** A sentence to show the user. */
  message: Scalars['String']['output'];
};

/** Why a user-fixable problem stopped a mutation. */
export type UserErrorCode =
  /** The value is not acceptable (format, length, range). */
  | 'INVALID'
  /** The thing cannot change this way in its current state. */
  | 'INVALID_STATE'
  /** The thing referred to does not exist. */
  | 'NOT_FOUND'
  /** A value is missing. */
  | 'REQUIRED'
  /** The value must be unique and is already used. */
  | 'TAKEN';

/** Narrows a list of users. */
export type UserFilter = {
  /** Only active (true) or inactive (false) users. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only users with this role. */
  role?: InputMaybe<Role>;
  /** Part of the email or name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A console sign-in. */
export type UserSession = {
  __typename?: 'UserSession';
  /** When the user signed in. */
  createdAt: Scalars['DateTime']['output'];
  /** When the session ends by itself (at most 12 hours after sign-in). */
  expiresAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Neither revoked nor expired. */
  isLive: Scalars['Boolean']['output'];
  /** Last request seen, to the minute. */
  lastSeenAt: Maybe<Scalars['DateTime']['output']>;
  /** `password` or `oidc`. */
  method: Scalars['String']['output'];
  /** When an admin ended it; null if not revoked. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** Browser that signed in. */
  userAgent: Maybe<Scalars['String']['output']>;
};

/** Who is making this request, and what they may do. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The API key in use; null for a user. */
  apiKey: Maybe<ApiKey>;
  /** User or API key. */
  kind: ViewerKind;
  /** Names of the operations (root fields) this viewer may call. */
  permissions: Array<Scalars['String']['output']>;
  /** The signed-in user; null for an API key. */
  user: Maybe<User>;
};

export { ViewerKind };



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActorKind: ActorKind;
  ApiKey: ResolverTypeWrapper<ApiKeyRecord>;
  ApiKeyConnection: ResolverTypeWrapper<Omit<ApiKeyConnection, 'edges'> & { edges: Array<ResolversTypes['ApiKeyEdge']> }>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  ApiKeyScope: ApiKeyScope;
  ApiModule: ApiModule;
  AuditEntry: ResolverTypeWrapper<AuditEntryRecord>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditEntryFilter: AuditEntryFilter;
  AuditResult: AuditResult;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  CreateUserInput: CreateUserInput;
  CreateUserPayload: ResolverTypeWrapper<Omit<CreateUserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: ResolverTypeWrapper<Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  RevokeUserSessionsInput: RevokeUserSessionsInput;
  RevokeUserSessionsPayload: ResolverTypeWrapper<RevokeUserSessionsPayload>;
  Role: Role;
  SetUserPasswordInput: SetUserPasswordInput;
  SetUserPasswordPayload: ResolverTypeWrapper<Omit<SetUserPasswordPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UpdateUserInput: UpdateUserInput;
  UpdateUserPayload: ResolverTypeWrapper<Omit<UpdateUserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  User: ResolverTypeWrapper<UserRecord>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  UserFilter: UserFilter;
  UserSession: ResolverTypeWrapper<SessionRecord>;
  Viewer: ResolverTypeWrapper<Actor>;
  ViewerKind: ViewerKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiKey: ApiKeyRecord;
  ApiKeyConnection: Omit<ApiKeyConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApiKeyEdge']> };
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  AuditEntry: AuditEntryRecord;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditEntryFilter: AuditEntryFilter;
  Boolean: Scalars['Boolean']['output'];
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  CreateUserInput: CreateUserInput;
  CreateUserPayload: Omit<CreateUserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  Currency: Scalars['Currency']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationRecord;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  RevokeUserSessionsInput: RevokeUserSessionsInput;
  RevokeUserSessionsPayload: RevokeUserSessionsPayload;
  SetUserPasswordInput: SetUserPasswordInput;
  SetUserPasswordPayload: Omit<SetUserPasswordPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  String: Scalars['String']['output'];
  UpdateUserInput: UpdateUserInput;
  UpdateUserPayload: Omit<UpdateUserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  User: UserRecord;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserError: UserError;
  UserFilter: UserFilter;
  UserSession: SessionRecord;
  Viewer: Actor;
};

export type ActorKindResolvers = EnumResolverSignature<{ ANONYMOUS?: any, API_KEY?: any, SYSTEM?: any, USER?: any }, ResolversTypes['ActorKind']>;

export type ApiKeyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  modules?: Resolver<Array<ResolversTypes['ApiModule']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ApiKeyScope'], ParentType, ContextType>;
};

export type ApiKeyConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ApiKeyEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
};

export type ApiKeyScopeResolvers = EnumResolverSignature<{ READ?: any, READ_WRITE?: any }, ResolversTypes['ApiKeyScope']>;

export type ApiModuleResolvers = EnumResolverSignature<{ ACCOUNTS?: any, CATALOG?: any, COMMS?: any, INVOICING?: any, MIGRATION?: any, PROGRAM?: any, USAGE?: any }, ResolversTypes['ApiModule']>;

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  actorKind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  actorLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorUser?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputSummary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['AuditResult'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditResultResolvers = EnumResolverSignature<{ ERROR?: any, OK?: any, REJECTED?: any }, ResolversTypes['AuditResult']>;

export type CreateApiKeyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateUserPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateUserPayload'] = ResolversParentTypes['CreateUserPayload']> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['CreateUserPayload'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
  revokeUserSessions?: Resolver<ResolversTypes['RevokeUserSessionsPayload'], ParentType, ContextType, RequireFields<MutationRevokeUserSessionsArgs, 'input'>>;
  setUserPassword?: Resolver<ResolversTypes['SetUserPasswordPayload'], ParentType, ContextType, RequireFields<MutationSetUserPasswordArgs, 'input'>>;
  updateUser?: Resolver<ResolversTypes['UpdateUserPayload'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'input'>>;
};

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  defaultCurrency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'includeRevoked'>>;
  auditEntries?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<QueryAuditEntriesArgs>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  userSessions?: Resolver<Array<ResolversTypes['UserSession']>, ParentType, ContextType, RequireFields<QueryUserSessionsArgs, 'userId'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, Partial<QueryUsersArgs>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RevokeApiKeyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevokeApiKeyPayload'] = ResolversParentTypes['RevokeApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RevokeUserSessionsPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevokeUserSessionsPayload'] = ResolversParentTypes['RevokeUserSessionsPayload']> = {
  revokedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RoleResolvers = EnumResolverSignature<{ ADMIN?: any, BILLING?: any, PROGRAM?: any, VIEWER?: any }, ResolversTypes['Role']>;

export type SetUserPasswordPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetUserPasswordPayload'] = ResolversParentTypes['SetUserPasswordPayload']> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateUserPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateUserPayload'] = ResolversParentTypes['UpdateUserPayload']> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastSignInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserSessionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserSession'] = ResolversParentTypes['UserSession']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isLive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ViewerKind'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type ViewerKindResolvers = EnumResolverSignature<{ API_KEY?: any, USER?: any }, ResolversTypes['ViewerKind']>;

export type Resolvers<ContextType = GraphQLContext> = {
  ActorKind?: ActorKindResolvers;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApiKeyScope?: ApiKeyScopeResolvers;
  ApiModule?: ApiModuleResolvers;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditResult?: AuditResultResolvers;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  CreateUserPayload?: CreateUserPayloadResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RevokeApiKeyPayload?: RevokeApiKeyPayloadResolvers<ContextType>;
  RevokeUserSessionsPayload?: RevokeUserSessionsPayloadResolvers<ContextType>;
  Role?: RoleResolvers;
  SetUserPasswordPayload?: SetUserPasswordPayloadResolvers<ContextType>;
  UpdateUserPayload?: UpdateUserPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  UserSession?: UserSessionResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  ViewerKind?: ViewerKindResolvers;
};

